"""Time to think: a turn-taking timer for rounds, thinking pairs and open discussion.

Qt-free and thread-free: drive it from the UI by polling `TurnTimer.state()` and
`TurnTimer.poll_events()`; store each `Turn` handed to `on_turn_end` straight away.
"""

from meetingkit.timer.engine import TurnTimer
from meetingkit.timer.events import (
    OneMinuteLeft,
    RoundEnded,
    Snapshot,
    SpeakerChanged,
    TimerEvent,
    TimeUp,
    Turn,
    TurnNotSaved,
    describe_time_left,
)
from meetingkit.timer.heard import (
    HeardSummary,
    PersonHeard,
    RoleHeard,
    heard_by_item,
    who_was_heard,
)
from meetingkit.timer.people import ORDERS, ROLES, Attendee, TimerError, round_order
from meetingkit.timer.shares import share_prompt

__all__ = [
    "ORDERS",
    "ROLES",
    "Attendee",
    "HeardSummary",
    "OneMinuteLeft",
    "PersonHeard",
    "RoleHeard",
    "RoundEnded",
    "Snapshot",
    "SpeakerChanged",
    "TimeUp",
    "TimerError",
    "TimerEvent",
    "Turn",
    "TurnNotSaved",
    "TurnTimer",
    "describe_time_left",
    "heard_by_item",
    "round_order",
    "share_prompt",
    "who_was_heard",
]
