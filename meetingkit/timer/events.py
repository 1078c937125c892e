"""What the timer hands out: finished turns, events to announce, and snapshots to draw.

All immutable, so the UI can keep them, compare them and pass them between threads safely.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any

from meetingkit.timer.people import Attendee, PersonId

MODES = ("round", "pair", "open")


@dataclass(frozen=True)
class Turn:
    """One turn, reported the moment it ends so the UI can store it straight away.

    duration is speaking time only: paused time inside the turn is left out.
    """

    person_id: PersonId
    role: str
    agenda_item_id: Any
    mode: str
    started_at: str  # wall-clock ISO 8601 time, with the UTC offset
    duration: float  # seconds
    passed: bool = False
    skipped: bool = False  # the chair moved on (person away); not offered again this round
    round_number: int = 0
    allotted: float = 0.0  # seconds the person was given, including any time added

    @property
    def spoke(self) -> bool:
        return not (self.passed or self.skipped)

    def as_row(self) -> dict[str, Any]:
        """A plain dict, ready for sqlite_utils' insert()."""
        return asdict(self)


@dataclass(frozen=True)
class TimerEvent:
    at: float  # the monotonic clock reading when it happened

    @property
    def message(self) -> str:  # pragma: no cover - every event below says its own
        raise NotImplementedError


@dataclass(frozen=True)
class SpeakerChanged(TimerEvent):
    speaker: Attendee | None
    previous: Attendee | None = None

    @property
    def message(self) -> str:
        if self.speaker is None:
            return "Nobody is speaking now."
        return f"{self.speaker.name}'s turn."


@dataclass(frozen=True)
class OneMinuteLeft(TimerEvent):
    speaker: Attendee

    @property
    def message(self) -> str:
        return f"One minute left for {self.speaker.name}."


@dataclass(frozen=True)
class TimeUp(TimerEvent):
    speaker: Attendee

    @property
    def message(self) -> str:
        return f"Time is up for {self.speaker.name}."


@dataclass(frozen=True)
class RoundEnded(TimerEvent):
    mode: str
    round_number: int
    agenda_item_id: Any = None
    early: bool = False

    @property
    def message(self) -> str:
        what = {"round": "round", "pair": "thinking pair", "open": "open discussion"}[self.mode]
        return f"The {what} was ended early." if self.early else f"The {what} has ended."


@dataclass(frozen=True)
class TurnNotSaved(TimerEvent):
    turn: Turn
    reason: str

    @property
    def message(self) -> str:
        return "A turn could not be saved yet. MeetingKit will keep trying."


@dataclass(frozen=True)
class Snapshot:
    """Everything the UI needs to draw the timer at one instant."""

    at: float
    mode: str | None = None
    agenda_item_id: Any = None
    round_number: int = 0
    speaker: Attendee | None = None
    next_speaker: Attendee | None = None
    allotted: float = 0.0  # seconds given to this turn, including any added
    spoken: float = 0.0  # speaking seconds so far in this turn (pauses left out)
    time_left: float = 0.0  # never negative
    overtime: float = 0.0  # seconds past the allotted time
    fraction_elapsed: float = 0.0  # 0.0 to 1.0, for a progress bar
    paused: bool = False
    passed: tuple[Attendee, ...] = ()
    still_to_speak: tuple[Attendee, ...] = ()  # in order; in open discussion, the raised hands
    one_minute_left: bool = False  # 0 < time_left <= 60
    last_thirty_seconds: bool = False  # 0 < time_left <= 30
    time_up: bool = False
    auto_advance: bool = False

    @property
    def running(self) -> bool:
        return self.speaker is not None and not self.paused

    @property
    def time_left_words(self) -> str:
        """Calm words for the time left, to show beside the clock or read on request."""
        if self.speaker is None:
            return ""
        return describe_time_left(self.time_left, self.overtime)


def describe_time_left(time_left: float, overtime: float = 0.0) -> str:
    """Whole minutes in plain words; never a second-by-second count."""
    if time_left <= 0:
        if overtime >= 60:
            minutes = math.floor(overtime / 60)
            return f"Time is up ({minutes} minute{'s' if minutes != 1 else ''} over)"
        return "Time is up"
    if time_left <= 60:
        return "Less than a minute left"
    minutes = math.ceil(time_left / 60)
    return f"About {minutes} minutes left"
