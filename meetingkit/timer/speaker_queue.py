"""Who speaks next: the order for a round or pair, or the raised hands in open discussion.

A person who passes in a round is offered the turn again once everyone else has spoken.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable

from meetingkit.timer.people import Attendee, PersonId


class SpeakerQueue:
    def __init__(self, order: Iterable[Attendee] = (), *, offer_passes_again: bool = False):
        self._queue: deque[Attendee] = deque(order)
        self._offer_again = offer_passes_again
        self._passed: list[Attendee] = []  # passed and not spoken since
        self._offered_again = False
        self.extra: dict[PersonId, float] = {}  # seconds owed to a person's next turn

    def take_next(self) -> Attendee | None:
        if not self._queue and self._passes_waiting():
            self._queue.extend(self._passed)
            self._offered_again = True
        return self._queue.popleft() if self._queue else None

    def peek_next(self) -> Attendee | None:
        if self._queue:
            return self._queue[0]
        return self._passed[0] if self._passes_waiting() else None

    def still_to_speak(self) -> tuple[Attendee, ...]:
        waiting = tuple(self._passed) if self._passes_waiting() else ()
        return tuple(self._queue) + waiting

    def passed(self) -> tuple[Attendee, ...]:
        return tuple(self._passed)

    def record(self, person: Attendee, *, passed: bool) -> None:
        if passed:
            if person not in self._passed:
                self._passed.append(person)
        elif person in self._passed:
            self._passed.remove(person)

    def contains(self, person_id: PersonId) -> bool:
        return any(p.person_id == person_id for p in self._queue)

    def add(self, person: Attendee) -> bool:
        """Adds at the end (a raised hand); a person already waiting is not added twice."""
        if self.contains(person.person_id):
            return False
        self._queue.append(person)
        return True

    def remove(self, person_id: PersonId) -> bool:
        for person in self._queue:
            if person.person_id == person_id:
                self._queue.remove(person)
                return True
        return False

    def clear(self) -> None:
        self._queue.clear()
        self._offered_again = True  # nobody is offered a turn after the round is closed

    def _passes_waiting(self) -> bool:
        return self._offer_again and not self._offered_again and bool(self._passed)
