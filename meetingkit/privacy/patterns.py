"""Regular expressions for postcodes, phone numbers, e-mail addresses and dates. Matching here is
deliberately loose; the rules then check each candidate (digit counts, nearby words) before
reporting it. NHS numbers, names and places have their own modules."""

from __future__ import annotations

import re

# Full UK postcode: outward code (A9, A99, AA9, AA99, A9A, AA9A) then inward code (9AA).
# The letters allowed in each place follow Royal Mail's rules, which keeps out things like
# "PSII 2023". Case-insensitive; the scanner rejects lower-case ordinals such as "b2 3rd".
POSTCODE = re.compile(
    r"(?<![A-Za-z0-9])"
    r"(GIR ?0AA|[A-PR-UWYZ](?:[0-9][0-9A-HJKPSTUW]?|[A-HK-Y][0-9][0-9ABEHMNPRV-Y]?)"
    r" ?[0-9][ABD-HJLNP-UW-Z]{2})"
    r"(?![A-Za-z0-9])",
    re.IGNORECASE,
)

# A UK phone number candidate: +44 or 0, then a 1/2/3/7 area or mobile prefix, then digit
# groups separated by single spaces or hyphens. The scanner counts the digits.
PHONE = re.compile(
    r"(?<![\w+(])(?:\+44[ -]?(?:\(0\)[ -]?)?|\(?0)[1237]\d{0,4}\)?(?:[ -]?\d{2,6}){1,3}(?!\w)"
)

EMAIL = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62})"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}))*\.[A-Za-z]{2,24}(?![\w])"
)

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
# Dates written the ways people write them in the UK: 01/02/1950, 1.2.50, 1950-02-01,
# 1950/02/01, 1st February 1950, 1-Feb-1950, February 1, 1950, and (only with a birth cue)
# February 1950.
DATE = re.compile(
    r"(?<![\w/.-])(?:"
    r"(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|(?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})"
    r"|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?" + _MONTH + r"\.?,?[ \t]+\d{4}"
    r"|\d{1,2}[-/ ]" + _MONTH + r"\.?[-/ ]\d{2}(?:\d{2})?"
    r"|" + _MONTH + r"\.?[ \t]+\d{1,2}(?:st|nd|rd|th)?,?[ \t]+\d{4}"
    r"|" + _MONTH + r"\.?[ \t]+\d{4}"
    r")(?![\w]|[/.-]\d)",
    re.IGNORECASE,
)

# Words that say a nearby date is someone's date of birth.
BIRTH_CUE = re.compile(
    r"(?<![\w])(?:born|d\.?o\.?b\.?|date[ \t]+of[ \t]+birth|birth[ \t]*date|birthday|aged)(?![\w])",
    re.IGNORECASE,
)
