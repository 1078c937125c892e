"""Postcodes, phone numbers and e-mail addresses. Public service numbers (a switchboard, PALS,
numbers starting 03) and shared team mailboxes (patientsafety.team@..., pals.enquiries@...)
are not a patient's, and neither are the e-mail addresses of people the app knows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from meetingkit.privacy import context, patterns
from meetingkit.privacy.known_staff import KnownStaff
from meetingkit.privacy.wordlists import phrase_pattern, words

Span = tuple[int, int]
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")
# Words near a number that make it a person's own, whatever else is said.
_PERSONAL = re.compile(
    r"\b(?:mobile|home|daughter|son|wife|husband|partner's|mother|father|carer|family|next[ \t]+of"
    r"[ \t]+kin|nok|patient|relative)\b",
    re.IGNORECASE,
)
_SERVICE_BEFORE = 60  # characters before a number searched for "switchboard", "PALS"...


def postcodes(text: str) -> Iterator[Span]:
    for match in patterns.POSTCODE.finditer(text):
        found = match.group(0)
        # "b2 3rd" matches the pattern; real postcodes written in lower case are rare enough
        # that an ordinal ending in lower case is taken as an ordinal.
        if found != found.upper() and _ORDINAL.search(found):
            continue
        yield match.span()


def phones(text: str) -> Iterator[Span]:
    for match in patterns.PHONE.finditer(text):
        start, found = match.start(), match.group(0)
        # A greedy match may take one group too many ("07700 900123 12"); drop trailing groups
        # at separators until the digits make a real UK number, or give up.
        while True:
            if _is_uk_phone(found):
                if not _is_service_number(text, start, found):
                    yield start, start + len(found)
                break
            cut = max(found.rfind(" "), found.rfind("-"))
            if cut <= 0:
                break
            found = found[:cut].rstrip(" -")


def _national_digits(candidate: str) -> str:
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith("+44"):
        digits = digits[2:]
        if candidate.replace(" ", "").replace("-", "").startswith("+44(0)"):
            digits = digits[1:]
        digits = "0" + digits
    return digits


def _is_uk_phone(candidate: str) -> bool:
    digits = _national_digits(candidate)
    if digits[:2] not in ("01", "02", "03", "07"):
        return False
    if digits.startswith("07"):
        return len(digits) == 11
    return len(digits) in (10, 11)


def _is_service_number(text: str, start: int, found: str) -> bool:
    if _national_digits(found).startswith("03"):
        return True  # 03 numbers belong to public bodies and charities, never to a patient
    begin, _ = context.sentence_around(text, start, start + len(found))
    before = text[max(begin, start - _SERVICE_BEFORE):start]
    cues = phrase_pattern("service_phone_cues.txt")
    return bool(cues and cues.search(before) and not _PERSONAL.search(before))


def emails(text: str, known: KnownStaff) -> Iterator[Span]:
    if "@" not in text:
        return
    for match in patterns.EMAIL.finditer(text):
        address = match.group(0)
        if known.knows_email(address) or is_team_mailbox(address):
            continue
        yield match.span()


def is_team_mailbox(address: str) -> bool:
    """patientsafety.team@nhs.net, pals.enquiries@..., qualitygovernance@...: the part before
    the @ holds a word for a team or a service."""
    local = address.split("@", 1)[0].lower()
    team_words = words("team_mailbox_words.txt")
    for token in re.findall(r"[a-z]+", local):
        if token in team_words:
            return True
        if any(len(w) >= 5 and (token.startswith(w) or token.endswith(w)) for w in team_words):
            return True
    return False
