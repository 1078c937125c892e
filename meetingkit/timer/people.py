"""Who is in the room, and the order a round goes round in.

Roles are fixed words so the "who was heard" figures can compare partners with staff.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from meetingkit.errors import MeetingKitError

PersonId = int | str

ROLES = ("chair", "partner", "staff", "administrator", "guest")

# Plain words for each role group, as the app says them (plural, lower case).
ROLE_GROUP_NAMES = {
    "chair": "the chair",
    "partner": "partners",
    "staff": "staff",
    "administrator": "the administrator",
    "guest": "guests",
}

# How a round's order is chosen. The chair's own order is the default.
ORDERS = ("as_set", "shuffled", "partners_first")


class TimerError(MeetingKitError):
    """The timer was asked to do something that does not fit (no people, unknown person...)."""


@dataclass(frozen=True)
class Attendee:
    person_id: PersonId
    name: str
    role: str = "staff"

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise TimerError(f"The timer does not know the role '{self.role}'.")


def check_seconds(seconds: float) -> None:
    if not seconds > 0:
        raise TimerError("The time for each turn must be more than zero.")


def check_unique(attendees: Iterable[Attendee]) -> list[Attendee]:
    """The list, refusing a person twice (a round must give each person one turn)."""
    people = list(attendees)
    seen: set[PersonId] = set()
    for person in people:
        if person.person_id in seen:
            raise TimerError(f"{person.name} is in the list twice.")
        seen.add(person.person_id)
    return people


def round_order(
    attendees: Sequence[Attendee],
    *,
    order: str = "as_set",
    round_number: int = 1,
    reverse_each_round: bool = False,
    rng: random.Random | None = None,
) -> list[Attendee]:
    """The speaking order for one round.

    Reversal applies to the base order (every second round goes the other way round the
    table); "partners first" is applied last, so partners still open a reversed round.
    """
    if order not in ORDERS:
        raise TimerError(f"The timer cannot order a round by '{order}'.")
    people = check_unique(attendees)
    if order == "shuffled":
        (rng if rng is not None else random.Random()).shuffle(people)
    if reverse_each_round and round_number % 2 == 0:
        people.reverse()
    if order == "partners_first":
        people = [p for p in people if p.role == "partner"] + [
            p for p in people if p.role != "partner"
        ]
    return people
