"""Find patient details in text: NHS numbers, hospital numbers, dates of birth, postcodes,
street addresses, phone numbers, e-mail addresses, names (after a title, or next to an age or a
patient's story), initials with an age, bed numbers, and an exact age with a ward or bed.
Pragmatic rather than perfect: it exists to catch the common slips before a meeting pack goes
out, and every finding says in plain words what it is, where it is and what to do.

Staff the app knows are passed in as `known_staff` and are never reported. The rules' word
lists are data (resources/privacy/), so a trust can extend them."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from meetingkit.privacy import contact, hospital_numbers, names, patterns, places
from meetingkit.privacy.known_staff import KnownStaff, as_known_staff
from meetingkit.privacy.nhs_number import nhs_number_spans

KINDS = (
    "nhs_number", "date_of_birth", "postcode", "phone", "email", "name_after_title",
    "hospital_number", "name", "initials_with_age", "age_with_place", "bed", "address",
)

# What each kind is, in plain words ("a hospital number"), for summaries such as "Item 3 may
# hold a patient's details (a name, an NHS number)".
LABELS = {
    "nhs_number": "an NHS number",
    "hospital_number": "a hospital number",
    "date_of_birth": "a date of birth",
    "postcode": "a postcode",
    "address": "a street address",
    "phone": "a phone number",
    "email": "an e-mail address",
    "name_after_title": "a name",
    "name": "a name",
    "initials_with_age": "initials with an age",
    "age_with_place": "an exact age with a ward or bed",
    "bed": "a bed number",
}

MESSAGES = {
    "nhs_number": "This looks like an NHS number. Remove it before the pack goes out.",
    "hospital_number": "This looks like a hospital number (MRN). Remove it before the pack goes "
                       "out.",
    "date_of_birth": "This looks like someone's date of birth. Remove it or give an age range.",
    "postcode": "This looks like a postcode, which can identify where someone lives.",
    "address": "This looks like a street address. If it is where a patient or family lives, "
               "remove it.",
    "phone": "This looks like a phone number. Remove it unless it is a public service number.",
    "email": "This looks like a person's e-mail address. Remove it unless it is a shared team "
             "address.",
    "name_after_title": (
        "This looks like a person's name. If it is a patient or a family member, remove it."
    ),
    "name": "This looks like the name of a patient or a relative. Remove it, or say 'the "
            "patient' instead.",
    "initials_with_age": "These look like a patient's initials with their age. Together they "
                         "can identify someone: remove them.",
    "age_with_place": "An exact age with a ward or bed can identify a patient. Give an age "
                      "range instead, such as 'in their eighties'.",
    "bed": "A bed number can point to one patient. Say 'a patient on the ward' instead.",
}

# When two findings overlap, the earlier kind in this list wins.
_PRIORITY = ("email", "nhs_number", "hospital_number", "date_of_birth", "phone", "postcode",
             "address", "name_after_title", "name", "initials_with_age", "age_with_place", "bed")

_CUE_BEFORE = 40  # characters before a date searched for a birth cue such as "DOB"
_CUE_AFTER = 25  # characters after it, for "01/02/1950 (date of birth)"

KnownStaffLike = KnownStaff | Iterable[str] | None


@dataclass(frozen=True)
class PiiFinding:
    kind: str
    start: int
    end: int
    text: str
    message: str
    label: str = ""  # what it is in plain words: "an NHS number"
    line: int = 0  # where: 1 is the first line of the text scanned
    column: int = 0  # 1 is the first character of the line

    @property
    def where(self) -> str:
        return f"line {self.line}" if self.line else ""

    def describe(self) -> str:
        """One plain sentence: where, what was found, and what to do."""
        where = f"Line {self.line}: " if self.line else ""
        return f"{where}'{self.text}'. {self.message}"


def scan(text: str, known_staff: KnownStaffLike = None) -> list[PiiFinding]:
    """All patient details found in `text`, in order, none overlapping.

    `known_staff`: names (and e-mail addresses) of people the app knows as staff, such as
    committee members, presenters and paper authors: a KnownStaff, or a list of strings."""
    if not text:
        return []
    known = as_known_staff(known_staff)
    candidates: list[tuple[int, int, str]] = []
    for kind, spans in _candidates(text, known):
        candidates.extend((start, end, kind) for start, end in spans)
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
    return _with_places(text, taken)


def _candidates(text: str, known: KnownStaff) -> Iterator[tuple[str, Iterable[tuple[int, int]]]]:
    yield "nhs_number", nhs_number_spans(text)
    yield "hospital_number", hospital_numbers.hospital_numbers(text)
    yield "date_of_birth", _dates_of_birth(text)
    yield "postcode", contact.postcodes(text)
    yield "address", places.addresses(text)
    yield "phone", contact.phones(text)
    yield "email", contact.emails(text, known)
    yield "name_after_title", names.titled_names(text, known)
    yield "name", names.first_name_names(text, known)
    yield "initials_with_age", names.initials_with_age(text, known)
    yield "age_with_place", places.ages_with_places(text)
    yield "bed", places.beds(text)


def _with_places(text: str, taken: list[tuple[int, int, str]]) -> list[PiiFinding]:
    findings = []
    line, line_start, counted_to = 1, 0, 0
    for start, end, kind in taken:
        newlines = text.count("\n", counted_to, start)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", counted_to, start) + 1
        counted_to = start
        findings.append(PiiFinding(kind, start, end, text[start:end], MESSAGES[kind],
                                   LABELS[kind], line, start - line_start + 1))
    return findings


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
