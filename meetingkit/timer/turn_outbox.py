"""Ended turns waiting to be handed to the UI's store, so a failing store loses nothing.

If the store raises, the turn stays at the front and is offered again on the next call; the
failure is reported once (as a TurnNotSaved event), not on every poll.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Any

from meetingkit.timer.events import Turn, TurnNotSaved


class TurnOutbox:
    def __init__(self) -> None:
        self._waiting: deque[Turn] = deque()
        self._failure_told = False

    def add(self, turn: Turn) -> None:
        self._waiting.append(turn)

    @property
    def waiting(self) -> tuple[Turn, ...]:
        return tuple(self._waiting)

    def deliver(self, store: Callable[[Turn], Any] | None, now: float) -> TurnNotSaved | None:
        """Hands over waiting turns, oldest first; returns an event the first time one fails."""
        while self._waiting:
            if store is not None:
                try:
                    store(self._waiting[0])
                except Exception as error:  # any store failure: keep the turn, try later
                    if self._failure_told:
                        return None
                    self._failure_told = True
                    return TurnNotSaved(now, self._waiting[0], str(error))
            self._waiting.popleft()
            self._failure_told = False
        return None
