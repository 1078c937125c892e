"""Find patient details in text: NHS numbers, dates of birth, postcodes, phone numbers, e-mail
addresses and names after titles. Pragmatic rather than perfect: it exists to catch the common
slips before a meeting pack goes out, and its messages say what to do in plain words."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from meetingkit.privacy import patterns
from meetingkit.privacy.nhs_number import is_valid_nhs_number

KINDS = ("nhs_number", "date_of_birth", "postcode", "phone", "email", "name_after_title")

MESSAGES = {
    "nhs_number": "This looks like an NHS number. Remove it before the pack goes out.",
    "date_of_birth": "This looks like someone's date of birth. Remove it or give an age range.",
    "postcode": "This looks like a postcode, which can identify where someone lives.",
    "phone": "This looks like a phone number. Remove it unless it is a public service number.",
    "email": "This looks like an e-mail address. Remove it unless it is a shared team address.",
    "name_after_title": (
        "This looks like a person's name. If it is a patient or a family member, remove it."
    ),
}

# When two findings overlap, the earlier kind in this list wins.
_PRIORITY = ("email", "nhs_number", "date_of_birth", "phone", "postcode", "name_after_title")

_CUE_BEFORE = 40  # characters before a date searched for a birth cue such as "DOB"
_CUE_AFTER = 25  # characters after it, for "01/02/1950 (date of birth)"
_ORDINAL = re.compile(r"\d(?:st|nd|rd|th)$")


@dataclass(frozen=True)
class PiiFinding:
    kind: str
    start: int
    end: int
    text: str
    message: str


def scan(text: str) -> list[PiiFinding]:
    """All patient details found in `text`, in order, none overlapping."""
    if not text:
        return []
    candidates: list[tuple[int, int, str]] = []
    for kind, finder in _FINDERS.items():
        candidates.extend((start, end, kind) for start, end in finder(text))
    rank = {kind: index for index, kind in enumerate(_PRIORITY)}
    # Take the highest-priority (then longest) candidates first, skipping any that overlap.
    candidates.sort(key=lambda c: (rank[c[2]], c[0] - c[1], c[0]))
    taken: list[tuple[int, int, str]] = []  # kept sorted by start; never overlapping
    for start, end, kind in candidates:
        index = bisect.bisect_left(taken, (start,))
        if index > 0 and taken[index - 1][1] > start:
            continue  # overlaps the one before
        if index < len(taken) and taken[index][0] < end:
            continue  # overlaps the one after
        taken.insert(index, (start, end, kind))
    return [PiiFinding(kind, s, e, text[s:e], MESSAGES[kind]) for s, e, kind in taken]


def _nhs_numbers(text: str) -> Iterator[tuple[int, int]]:
    for match in patterns.NHS_NUMBER.finditer(text):
        if is_valid_nhs_number(match.group(0)):
            yield match.span()


def _postcodes(text: str) -> Iterator[tuple[int, int]]:
    for match in patterns.POSTCODE.finditer(text):
        found = match.group(0)
        # "b2 3rd" matches the pattern; real postcodes written in lower case are rare enough
        # that an ordinal ending in lower case is taken as an ordinal.
        if found != found.upper() and _ORDINAL.search(found):
            continue
        yield match.span()


def _phones(text: str) -> Iterator[tuple[int, int]]:
    for match in patterns.PHONE.finditer(text):
        start, found = match.start(), match.group(0)
        # A greedy match may take one group too many ("07700 900123 12"); drop trailing groups
        # at separators until the digits make a real UK number, or give up.
        while True:
            if _is_uk_phone(found):
                yield start, start + len(found)
                break
            cut = max(found.rfind(" "), found.rfind("-"))
            if cut <= 0:
                break
            found = found[:cut].rstrip(" -")


def _is_uk_phone(candidate: str) -> bool:
    digits = re.sub(r"\D", "", candidate)
    if candidate.startswith("+44"):
        digits = digits[2:]
        if candidate.replace(" ", "").replace("-", "").startswith("+44(0)"):
            digits = digits[1:]
        digits = "0" + digits
    if digits[:2] not in ("01", "02", "03", "07"):
        return False
    if digits.startswith("07"):
        return len(digits) == 11
    return len(digits) in (10, 11)


def _emails(text: str) -> Iterator[tuple[int, int]]:
    if "@" not in text:
        return
    for match in patterns.EMAIL.finditer(text):
        yield match.span()


def _names(text: str) -> Iterator[tuple[int, int]]:
    for match in patterns.NAME_AFTER_TITLE.finditer(text):
        yield match.span()


def _dates_of_birth(text: str) -> Iterator[tuple[int, int]]:
    for match in patterns.DATE.finditer(text):
        if not _plausible_date(match):
            continue
        start, end = match.span()
        before = text[max(0, start - _CUE_BEFORE) : start]
        before = before[before.rfind("\n") + 1 :]  # a cue on an earlier line does not count
        after = text[end : end + _CUE_AFTER].split("\n", 1)[0]
        if patterns.BIRTH_CUE.search(before) or patterns.BIRTH_CUE.search(after):
            yield start, end


def _plausible_date(match: re.Match[str]) -> bool:
    if match.group("d"):
        day, month = int(match.group("d")), int(match.group("m"))
    elif match.group("iy"):
        day, month = int(match.group("id")), int(match.group("im"))
    else:
        return True  # written with a month name, so it is certainly a date
    return 1 <= day <= 31 and 1 <= month <= 12


_FINDERS: dict[str, Callable[[str], Iterator[tuple[int, int]]]] = {
    "nhs_number": _nhs_numbers,
    "date_of_birth": _dates_of_birth,
    "postcode": _postcodes,
    "phone": _phones,
    "email": _emails,
    "name_after_title": _names,
}
