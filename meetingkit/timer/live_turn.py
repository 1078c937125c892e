"""The turn in progress: when it started, how long it was given, and its paused time.

Speaking time is always worked out from clock readings (now - start - paused), never by
counting ticks, so a slow or stalled UI cannot add or lose a second.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from meetingkit.timer.events import OneMinuteLeft, TimerEvent, TimeUp, Turn
from meetingkit.timer.people import Attendee

ONE_MINUTE = 60.0
LAST_STRETCH = 30.0


@dataclass
class LiveTurn:
    person: Attendee
    started: float  # monotonic
    allotted: float
    started_at: str  # wall-clock ISO time, for the Turn record
    paused: float = 0.0  # paused seconds already closed inside this turn
    paused_since: float | None = None
    minute_armed: bool = False  # "one minute left" not yet announced for this stretch
    time_up_armed: bool = True  # "time is up" not yet announced for this stretch

    def __post_init__(self) -> None:
        self.minute_armed = self.allotted > ONE_MINUTE

    @property
    def is_paused(self) -> bool:
        return self.paused_since is not None

    def spoken(self, now: float) -> float:
        """Speaking seconds so far: the clock stops for the whole of a pause."""
        end = self.paused_since if self.paused_since is not None else now
        return (end - self.started) - self.paused

    def time_left(self, now: float) -> float:
        """Seconds left; negative once over time (callers clamp for display)."""
        return self.allotted - self.spoken(now)

    def deadline(self) -> float:
        """The monotonic time the turn runs out, if it is not paused again."""
        return self.started + self.paused + self.allotted

    def pause(self, now: float) -> bool:
        if self.paused_since is not None:
            return False
        self.paused_since = now
        return True

    def resume(self, now: float) -> float:
        """Ends a pause; returns the paused seconds it closed (0.0 when not paused)."""
        if self.paused_since is None:
            return 0.0
        span = now - self.paused_since
        self.paused += span
        self.paused_since = None
        return span

    def add_time(self, seconds: float, now: float) -> None:
        self.allotted += seconds
        left = self.time_left(now)
        # Adding time makes the calm announcements true again, so let them be made again.
        if left > ONE_MINUTE:
            self.minute_armed = True
        if left > 0:
            self.time_up_armed = True

    def finish(self, now: float, **fields: Any) -> tuple[Turn, float]:
        """Ends the turn at `now` (moving on ends a pause): its record, and the paused
        seconds that ending closed."""
        closed = self.resume(now)
        duration = (now - self.started) - self.paused
        person = self.person
        turn = Turn(
            person_id=person.person_id,
            role=person.role,
            started_at=self.started_at,
            duration=duration,
            allotted=self.allotted,
            **fields,
        )
        return turn, closed

    def crossings(self, now: float, time_left: float) -> list[TimerEvent]:
        """The calm announcements due at this reading, each made once per stretch."""
        if time_left <= 0:
            due: list[TimerEvent] = [TimeUp(now, self.person)] if self.time_up_armed else []
            self.time_up_armed = self.minute_armed = False  # a late minute warning is noise
            return due
        if time_left <= ONE_MINUTE and self.minute_armed:
            self.minute_armed = False
            return [OneMinuteLeft(now, self.person)]
        return []

    def display(self, now: float) -> dict[str, Any]:
        """The turn's part of a Snapshot."""
        spoken = self.spoken(now)
        left = self.allotted - spoken
        return dict(
            speaker=self.person,
            allotted=self.allotted,
            spoken=spoken,
            time_left=max(0.0, left),
            overtime=max(0.0, -left),
            fraction_elapsed=min(1.0, max(0.0, spoken / self.allotted)),
            paused=self.is_paused,
            one_minute_left=0 < left <= ONE_MINUTE,
            last_thirty_seconds=0 < left <= LAST_STRETCH,
            time_up=left <= 0,
        )
