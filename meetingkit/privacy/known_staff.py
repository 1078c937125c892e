"""Staff the app knows (committee members, presenters, paper authors, action owners), so their
names and e-mail addresses are not reported as a patient's. "Dr Evans" matches a known "Dr
David Evans"; "Mr Patel" does not match "Dr A Patel", because the titles differ and a patient
may share a surname with the author."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from meetingkit.errors import MeetingKitError

TITLES = {
    "mr": "mr", "mrs": "mrs", "ms": "ms", "miss": "miss", "mx": "mx", "master": "master",
    "dr": "dr", "doctor": "dr", "prof": "prof", "professor": "prof", "sister": "sister",
    "nurse": "nurse", "rev": "rev", "revd": "rev", "reverend": "rev", "sir": "sir",
    "dame": "dame", "lady": "lady", "lord": "lord", "cllr": "cllr", "councillor": "cllr",
}
_WORD = re.compile(r"[^\W\d_](?:[^\W\d_]|['’-])*")


@dataclass(frozen=True)
class _Name:
    title: str  # normalised title, or ""
    given: tuple[str, ...]  # first names and initials, lower case
    surname: str  # lower case


def parse_name(text: str) -> _Name | None:
    """Title, given names and surname of a written name; None when there is no surname."""
    tokens = [t.lower().replace("’", "'") for t in _WORD.findall(text)]
    title = ""
    while tokens and tokens[0] in TITLES:
        word = TITLES[tokens.pop(0)]
        title = title or word
    if not tokens:
        return None
    return _Name(title, tuple(tokens[:-1]), tokens[-1])


def _same_person(found: _Name, known: _Name) -> bool:
    if found.surname != known.surname:
        return False
    if found.title and known.title and found.title != known.title:
        return False
    if found.given and known.given:
        a, b = found.given[0], known.given[0]
        if len(a) > 1 and len(b) > 1:
            return a == b
        return a[0] == b[0]  # an initial matches a name that starts with it
    return True


class KnownStaff:
    """Names and e-mail addresses of people the app knows are staff or committee members."""

    def __init__(self, names: Iterable[str] = (), emails: Iterable[str] = ()) -> None:
        self._names = [n for n in (parse_name(name) for name in names if name) if n]
        self._by_surname: dict[str, list[_Name]] = {}
        for name in self._names:
            self._by_surname.setdefault(name.surname, []).append(name)
        self._emails = frozenset(e.strip().lower() for e in emails if e and "@" in e)

    def __bool__(self) -> bool:
        return bool(self._names or self._emails)

    def knows_name(self, text: str) -> bool:
        found = parse_name(text)
        if found is None:
            return False
        return any(_same_person(found, known) for known in self._by_surname.get(found.surname, []))

    def knows_email(self, address: str) -> bool:
        return address.strip().lower() in self._emails


def as_known_staff(value: KnownStaff | Iterable[str] | None) -> KnownStaff:
    """What callers pass (a KnownStaff, a list of names and e-mail addresses, or None) as one
    KnownStaff. Entries with an @ in a plain list are taken as e-mail addresses."""
    if isinstance(value, KnownStaff):
        return value
    if value is None:
        return KnownStaff()
    if isinstance(value, str):
        value = [value]
    entries = [v for v in value if isinstance(v, str)]
    return KnownStaff([e for e in entries if "@" not in e], [e for e in entries if "@" in e])


def known_staff_from_store(store, meeting_id: int | None = None) -> KnownStaff:
    """Everyone the store knows as a person (members and partners, with their e-mail
    addresses), and the presenters, paper authors and action owners typed in for a meeting
    (all meetings when none is given). Reading fails softly: a store without one of these
    tables still gives the rest."""
    names: list[str] = []
    emails: list[str] = []
    try:
        for person in store.people.all():
            names.append(person.name)
            emails.append(person.email)
    except (sqlite3.Error, MeetingKitError):  # a store this version cannot read: fewer names
        pass
    names.extend(_typed_names(store, meeting_id))
    return KnownStaff(names, emails)


def _typed_names(store, meeting_id: int | None) -> list[str]:
    """Presenters, paper authors and action owners as typed (free text, so not in people)."""
    found: list[str] = []
    try:
        if meeting_id is None:
            meetings = [m.id for c in store.committees.all()
                        for m in store.meetings.for_committee(c.id)]
        else:
            meetings = [meeting_id]
        for meeting in meetings:
            typed = [item.presenter for item in store.agenda.items(meeting)]
            typed += [paper.author for paper in store.papers.for_meeting(meeting)]
            typed += [action.owner for action in store.actions.for_meeting(meeting)]
            for value in typed:
                found.extend(_split_people(value or ""))
    except (sqlite3.Error, MeetingKitError):  # as above: fewer known names, never a failure
        pass
    return found


def _split_people(value: str) -> list[str]:
    """'Dr A Patel and Sarah Okafor' or 'Dr Evans / Ms Nair' as separate names."""
    parts = re.split(r"\s*(?:,|;|/|&|\band\b|\+)\s*", value)
    return [p.strip() for p in parts if p.strip()]
