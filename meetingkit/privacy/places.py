"""Where a patient is: a bed or cot number ("bed 14"), an exact age with a ward or bed in the
same sentence ("the 84-year-old man ... on Ward 7"), and a street address ("14 Larkspur
Close"). A ward on its own ("Ward 7 reported 12 falls") and age ranges ("aged 65 and over")
are not patient details."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from meetingkit.privacy import context
from meetingkit.privacy.context import NAME_WORD
from meetingkit.privacy.wordlists import words

Span = tuple[int, int]

_BED = re.compile(
    r"(?<![\w-])(?:bed|cot|cubicle|bed[ \t]*space)[ \t]*(?:no\.?[ \t]*|number[ \t]*)?"
    r"\d{1,3}[A-Za-z]?(?![\w])",
    re.IGNORECASE,
)
# A named or numbered place for one patient: "Ward 7", "Cedar Ward", "bay 3", "side room 2".
_PLACE = re.compile(
    r"(?<![\w])(?:ward[ \t]+[A-Z0-9][\w]*|" + NAME_WORD + r"[ \t]+Ward\b"
    r"|(?:bed|bay|side[ \t]+room|cot|cubicle|room)[ \t]*\d{1,3}[A-Za-z]?(?![\w]))",
    re.IGNORECASE,
)


def beds(text: str) -> Iterator[Span]:
    for match in _BED.finditer(text):
        yield match.span()


def ages_with_places(text: str) -> Iterator[Span]:
    for match in context.STRONG_AGE.finditer(text):
        begin, finish = context.sentence_around(text, match.start(), match.end())
        if _PLACE.search(text, begin, finish):
            yield match.span()


@cache
def _address() -> re.Pattern[str] | None:
    streets = sorted(words("street_words.txt"), key=len, reverse=True)
    if not streets:
        return None
    street = "(?:" + "|".join(re.escape(s.capitalize()) for s in streets) + ")"
    return re.compile(
        r"(?<![\w])(?:(?:Flat|Apartment|Apt\.?)[ \t]+\d{1,4}[A-Za-z]?,?[ \t]+)?"
        r"\d{1,4}[A-Za-z]?,?[ \t]+(?:" + NAME_WORD + r"[ \t]+){1,3}" + street + r"(?![\w])"
    )


def addresses(text: str) -> Iterator[Span]:
    pattern = _address()
    if pattern is None:
        return
    for match in pattern.finditer(text):
        yield match.span()
