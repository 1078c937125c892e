"""Who was heard: speaking time and turns per person and per role, from the stored turns.

Pure functions over Turn records and the attendee list, so the same figures come out during
the meeting, in the minutes and in the committee's trend later.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from meetingkit.timer.events import Turn
from meetingkit.timer.people import ROLES, Attendee, PersonId


@dataclass(frozen=True)
class PersonHeard:
    person: Attendee
    seconds: float  # speaking time (passes and skips are not speaking)
    turns: int
    passes: int


@dataclass(frozen=True)
class RoleHeard:
    role: str
    head_count: int
    seconds: float
    turns: int
    share: float  # of all speaking time, 0.0 to 1.0
    fair_share: float  # head_count / everyone present: the share an equal split would give

    @property
    def share_of_fair(self) -> float | None:
        """1.0 means exactly a fair share by head count; None if nobody has spoken."""
        return self.share / self.fair_share if self.fair_share else None


@dataclass(frozen=True)
class HeardSummary:
    agenda_item_id: Any  # None for the whole meeting
    total_seconds: float
    people: tuple[PersonHeard, ...]  # attendees first, in list order, then anyone else
    roles: tuple[RoleHeard, ...]  # in ROLES order, only roles present
    not_heard: tuple[Attendee, ...]  # present but no spoken turn yet

    def role(self, role: str) -> RoleHeard | None:
        return next((r for r in self.roles if r.role == role), None)


def who_was_heard(
    turns: Iterable[Turn], attendees: Sequence[Attendee], *, agenda_item_id: Any = None
) -> HeardSummary:
    """The summary for one agenda item, or for the whole meeting when agenda_item_id is None.

    Someone who spoke but is not in the attendee list (added late, say) is still counted,
    under their person id and the role stored with the turn, so no speaking time goes missing.
    """
    chosen = [t for t in turns if agenda_item_id is None or t.agenda_item_id == agenda_item_id]
    people: dict[PersonId, Attendee] = {p.person_id: p for p in attendees}
    for turn in chosen:
        if turn.person_id not in people:
            people[turn.person_id] = Attendee(turn.person_id, str(turn.person_id), turn.role)
    seconds = dict.fromkeys(people, 0.0)
    spoke = dict.fromkeys(people, 0)
    passes = dict.fromkeys(people, 0)
    for turn in chosen:
        if turn.spoke:
            seconds[turn.person_id] += turn.duration
            spoke[turn.person_id] += 1
        elif turn.passed:
            passes[turn.person_id] += 1
    heard = tuple(
        PersonHeard(person, seconds[pid], spoke[pid], passes[pid]) for pid, person in people.items()
    )
    total = sum(h.seconds for h in heard)
    return HeardSummary(
        agenda_item_id=agenda_item_id,
        total_seconds=total,
        people=heard,
        roles=_by_role(heard, total),
        not_heard=tuple(h.person for h in heard if h.turns == 0),
    )


def heard_by_item(turns: Iterable[Turn], attendees: Sequence[Attendee]) -> dict[Any, HeardSummary]:
    """One summary per agenda item, in the order the items were first spoken on."""
    turns = list(turns)
    items = list(dict.fromkeys(t.agenda_item_id for t in turns))
    return {item: _for_item(turns, attendees, item) for item in items}


def _for_item(turns: list[Turn], attendees: Sequence[Attendee], item: Any) -> HeardSummary:
    chosen = [t for t in turns if t.agenda_item_id == item]
    summary = who_was_heard(chosen, attendees)
    return HeardSummary(
        item, summary.total_seconds, summary.people, summary.roles, summary.not_heard
    )


def _by_role(heard: tuple[PersonHeard, ...], total: float) -> tuple[RoleHeard, ...]:
    everyone = len(heard)
    rows = []
    for role in ROLES:
        members = [h for h in heard if h.person.role == role]
        if not members:
            continue
        seconds = sum(h.seconds for h in members)
        rows.append(
            RoleHeard(
                role=role,
                head_count=len(members),
                seconds=seconds,
                turns=sum(h.turns for h in members),
                share=seconds / total if total else 0.0,
                fair_share=len(members) / everyone,
            )
        )
    return tuple(rows)
