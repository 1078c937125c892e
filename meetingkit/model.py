"""The domain: plain dataclasses and the fixed vocabularies, with the words people see."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, fields
from enum import Enum
from functools import cache


class Labelled(str, Enum):
    """A stored value with the plain words shown for it."""

    @property
    def label(self) -> str:
        return _LABELS[self]


class Role(Labelled):
    CHAIR = "chair"
    PARTNER = "partner"
    STAFF = "staff"
    ADMINISTRATOR = "administrator"
    GUEST = "guest"


class MeetingStatus(Labelled):
    DRAFT = "draft"
    PACK_PUBLISHED = "pack_published"
    HELD = "held"
    MINUTES_DRAFTED = "minutes_drafted"
    MINUTES_APPROVED = "minutes_approved"


class Purpose(Labelled):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"
    ASSURANCE = "assurance"


class ActionStatus(Labelled):
    OPEN = "open"
    DONE = "done"
    CLOSED = "closed"


class AttendanceStatus(Labelled):
    PRESENT = "present"
    APOLOGIES = "apologies"
    ABSENT = "absent"


_LABELS = {
    Role.CHAIR: "Chair",
    Role.PARTNER: "Patient safety partner",
    Role.STAFF: "Staff member",
    Role.ADMINISTRATOR: "Administrator",
    Role.GUEST: "Guest",
    MeetingStatus.DRAFT: "Draft",
    MeetingStatus.PACK_PUBLISHED: "Pack sent",
    MeetingStatus.HELD: "Held",
    MeetingStatus.MINUTES_DRAFTED: "Minutes drafted",
    MeetingStatus.MINUTES_APPROVED: "Minutes approved",
    Purpose.INFORMATION: "To share news",
    Purpose.DISCUSSION: "To talk about",
    Purpose.DECISION: "To decide",
    Purpose.ASSURANCE: "To check things are working",
    ActionStatus.OPEN: "Open",
    ActionStatus.DONE: "Done",
    ActionStatus.CLOSED: "Closed",
    AttendanceStatus.PRESENT: "Present",
    AttendanceStatus.APOLOGIES: "Sent apologies",
    AttendanceStatus.ABSENT: "Absent",
}


class Row:
    """Builds a dataclass from a database row, ignoring columns it does not know."""

    @classmethod
    def from_row(cls, row: dict):
        names = _field_names(cls)
        return cls(**{k: v for k, v in row.items() if k in names})


@cache
def _field_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls))  # fields() is slow to call for every row


@dataclass(frozen=True)
class Committee(Row):
    id: int
    name: str
    pack_working_days: int = 5
    meeting_minutes: int = 120
    reading_age_target: int = 11
    pack_word_limit: int = 12000
    quorum: int | None = None
    region: str = "ENG"
    plain_packs_off: str = ""  # domain word lists switched off, comma-separated (plain/packs.py)

    @property
    def plain_packs(self) -> frozenset[str]:
        """The domain word lists this committee's papers are checked with."""
        from meetingkit.plain.packs import packs_on

        return packs_on(self.plain_packs_off)


@dataclass(frozen=True)
class Person(Row):
    id: int
    name: str
    role: str = Role.STAFF.value
    access_needs: str = ""
    email: str = ""

    @property
    def role_label(self) -> str:
        return Role(self.role).label

    @property
    def is_partner(self) -> bool:
        return self.role == Role.PARTNER.value


@dataclass(frozen=True)
class Meeting(Row):
    id: int
    committee_id: int
    title: str
    date: str  # ISO date, yyyy-mm-dd
    start_time: str = "10:00"
    length_minutes: int = 120
    place: str = ""
    call_link: str = ""
    status: str = MeetingStatus.DRAFT.value
    published_at: str | None = None
    published_on_time: int | None = None
    publish_note: str = ""

    @property
    def status_label(self) -> str:
        return MeetingStatus(self.status).label


@dataclass(frozen=True)
class AgendaItem(Row):
    id: int
    meeting_id: int
    position: int
    title: str
    purpose: str = Purpose.DISCUSSION.value
    presenter: str = ""
    minutes: int = 10
    summary: str = ""
    standing: str = ""  # which standing item this is (apologies, minutes, actions...), or ""

    @property
    def purpose_label(self) -> str:
        return Purpose(self.purpose).label


def body_digest(body: str) -> str:
    """A short fingerprint of a paper's text, kept with its plain version to notice when the paper
    changes afterwards. Line endings and blank space at either end do not count as a change."""
    text = body.replace("\r\n", "\n").replace("\r", "\n").strip()
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def has_plain_text(plain_body: str | None) -> bool:
    """Whether there is a plain version to send (blank space alone is not one)."""
    return bool(plain_body and plain_body.strip())


@dataclass(frozen=True)
class Paper(Row):
    id: int
    item_id: int
    title: str
    author: str = ""
    body: str = ""
    plain_body: str | None = None
    source_name: str = ""
    updated_at: str = ""
    plain_from: str | None = None  # body_digest() of the text the plain version was made from

    @property
    def has_plain_version(self) -> bool:
        return has_plain_text(self.plain_body)

    @property
    def plain_is_out_of_date(self) -> bool:
        """The paper changed after its plain version was saved. A plain version saved before
        MeetingKit kept this (plain_from is None) is never called out of date: nobody knows.
        Nor is one the paper now reads exactly like ("Change the paper itself" to the same
        plain words)."""
        if not (self.has_plain_version and self.plain_from is not None):
            return False
        digest = body_digest(self.body)
        return self.plain_from != digest and body_digest(self.plain_body or "") != digest


@dataclass(frozen=True)
class Action(Row):
    id: int
    meeting_id: int
    item_id: int | None
    text: str
    owner: str = ""
    due: str | None = None
    status: str = ActionStatus.OPEN.value
    closed_at: str | None = None

    def is_overdue(self, today: str) -> bool:
        return self.status == ActionStatus.OPEN.value and bool(self.due) and self.due < today

    def status_words(self, today: str) -> str:
        """Status in words, so overdue is never told by colour alone."""
        if self.is_overdue(today):
            return "Overdue"
        return ActionStatus(self.status).label


@dataclass(frozen=True)
class Decision(Row):
    id: int
    item_id: int
    text: str


@dataclass(frozen=True)
class GlossaryTerm(Row):
    id: int
    term: str
    meaning: str
    plain: str = ""
    kind: str = "acronym"  # acronym | jargon | allow
    note: str = ""
