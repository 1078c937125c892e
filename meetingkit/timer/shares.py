"""A gentle prompt when one group has had far less than its share of the speaking time.

"Fair share" is by head count: with 3 partners among 12 people, partners' fair share is a
quarter of the time spoken. The prompt is a suggestion to the chair, never an alarm.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from meetingkit.timer.events import Turn
from meetingkit.timer.heard import who_was_heard
from meetingkit.timer.people import ROLE_GROUP_NAMES, Attendee


def share_prompt(
    turns: Iterable[Turn],
    attendees: Sequence[Attendee],
    *,
    threshold: float = 0.5,
    min_total_seconds: float = 300.0,
    watch_roles: Sequence[str] = ("partner",),
    mode: str | None = None,
    agenda_item_id: Any = None,
) -> str | None:
    """Prompt text, or None when all is well.

    A watched group gets a prompt when its share of speaking time is below `threshold` times
    its fair share. Nothing is said until `min_total_seconds` have been spoken (early figures
    swing too much). `mode` narrows to "open" discussion, say, where quotas matter most.
    """
    chosen = [t for t in turns if mode is None or t.mode == mode]
    summary = who_was_heard(chosen, attendees, agenda_item_id=agenda_item_id)
    if summary.total_seconds < min_total_seconds:
        return None
    for role in watch_roles:
        group = summary.role(role)
        if group is None or group.share_of_fair is None or group.share_of_fair >= threshold:
            continue
        name = ROLE_GROUP_NAMES[role]
        return (
            f"{name.capitalize()} have had {_percent(group.share)} of the speaking time so far; "
            f"an equal share for everyone would give them about {_percent(group.fair_share)}. "
            f"You could invite {name} to speak next."
        )
    return None


def _percent(fraction: float) -> str:
    return f"{round(fraction * 100)}%"
