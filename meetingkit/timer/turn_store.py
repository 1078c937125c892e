"""Turns to and from the store, and who is in the room. No Qt here, so the crash-test driver
stores turns exactly as the tab does.

A skipped turn (the chair moved on because the person was away) is stored as skipped, not as a
pass; the speaker's role is stored with the turn.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from meetingkit.errors import MeetingKitError
from meetingkit.store import Store
from meetingkit.timer import ROLES, Attendee, Turn


@dataclass(frozen=True)
class Member:
    """A committee member as the timer sees them, with their attendance for this meeting."""

    attendee: Attendee
    status: str  # present, apologies or absent

    @property
    def present(self) -> bool:
        return self.status == "present"


def members(store: Store, meeting_id: int) -> list[Member]:
    """Everyone on the committee, in the committee's own order (the chair first)."""
    return [Member(Attendee(row["person_id"], row["name"], _role(row["role"])), row["status"])
            for row in store.attendance.for_meeting(meeting_id)]


def store_turn(store: Store, meeting_id: int, turn: Turn) -> int:
    """Saves one ended turn straight away; returns its row id."""
    return store.turns.record(
        meeting_id,
        turn.person_id if isinstance(turn.person_id, int) else None,
        turn.started_at,
        turn.duration,
        mode=turn.mode,
        item_id=turn.agenda_item_id,
        passed=turn.passed,
        skipped=turn.skipped,
        role=turn.role,
        round_number=turn.round_number,
        allotted_s=turn.allotted,
    )


def stored_turns(store: Store, meeting_id: int, people: Iterable[Attendee]) -> list[Turn]:
    """The meeting's saved turns as timer Turns (roles from the people we know)."""
    roles = {p.person_id: p.role for p in people}
    turns = []
    for row in store.turns.for_meeting(meeting_id):
        person_id = row["person_id"]
        role = row.get("role") or roles.get(person_id) or _role_of(store, person_id)
        turns.append(Turn(
            person_id=person_id if person_id is not None else f"gone-{row['id']}",
            role=role,
            agenda_item_id=row["item_id"],
            mode=row["mode"],
            started_at=row["started_at"],
            duration=float(row["duration_s"]),
            passed=bool(row["passed"]),
            skipped=bool(row.get("skipped", 0)),
            round_number=int(row.get("round_number") or 0),
            allotted=float(row.get("allotted_s") or 0.0),
        ))
    return turns


def heard_attendees(present: list[Attendee], turns: Iterable[Turn], store: Store) -> list[Attendee]:
    """The people present, plus anyone else who has a stored turn (so no time goes missing)."""
    known = {p.person_id for p in present}
    extra: list[Attendee] = []
    for turn in turns:
        if turn.person_id in known:
            continue
        known.add(turn.person_id)
        extra.append(Attendee(turn.person_id, _name_of(store, turn.person_id), turn.role))
    return list(present) + extra


def _role(role: str) -> str:
    return role if role in ROLES else "guest"


def _role_of(store: Store, person_id) -> str:
    if isinstance(person_id, int):
        try:
            return _role(store.people.get(person_id).role)
        except MeetingKitError:  # the person was removed from MeetingKit
            pass
    return "guest"


def _name_of(store: Store, person_id) -> str:
    if isinstance(person_id, int):
        try:
            return store.people.get(person_id).name
        except MeetingKitError:
            pass
    return "Someone no longer in MeetingKit"
