"""Words and numbers for the timer screens, and a label setter that only repaints on change."""

from __future__ import annotations

import math

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from meetingkit.timer import Attendee, Snapshot

ROLE_WORDS = {
    "chair": "chair",
    "partner": "patient safety partner",
    "staff": "staff",
    "administrator": "administrator",
    "guest": "guest",
}

# Role groups as the "Who was heard" table names them.
GROUP_WORDS = {
    "chair": "Chair",
    "partner": "Patient safety partners",
    "staff": "Staff",
    "administrator": "Administrator",
    "guest": "Guests",
}

MODE_WORDS = {"round": "Round", "pair": "Thinking pair", "open": "Open discussion"}


def set_text(label: QLabel | QAbstractButton, text: str) -> bool:
    """Sets the text only if it changed (the 4 Hz refresh then costs almost nothing, and
    screen readers are not told of a change that is not one). True if it changed."""
    if label.text() == text:
        return False
    label.setText(text)
    return True


def set_visible(widget: QWidget, visible: bool) -> None:
    if widget.isHidden() == visible:  # only when it changes
        widget.setVisible(visible)


def clock_text(seconds: float) -> str:
    """Minutes and seconds, counting down: 4:05. Rounded up, so 0:00 means time is up."""
    whole = max(0, math.ceil(seconds - 1e-9))
    return f"{whole // 60}:{whole % 60:02d}"


def duration_words(seconds: float) -> str:
    """Speaking time in short words: 45 s, 4 min 5 s, 1 h 2 min."""
    whole = round(seconds)
    if whole < 60:
        return f"{whole} s"
    minutes, secs = divmod(whole, 60)
    if minutes < 60:
        return f"{minutes} min {secs} s" if secs else f"{minutes} min"
    hours, minutes = divmod(minutes, 60)
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"


def person_words(person: Attendee | None) -> str:
    if person is None:
        return ""
    return f"{person.name} ({ROLE_WORDS.get(person.role, person.role)})"


def names(people: tuple[Attendee, ...] | list[Attendee], empty: str = "nobody") -> str:
    return ", ".join(p.name for p in people) if people else empty


def time_left_numbers(snap: Snapshot) -> str:
    """The facilitator's clock: time left, or how far over."""
    if snap.speaker is None:
        return "–:––"
    if snap.time_up:
        return f"0:00 (+{clock_text(snap.overtime)})" if snap.overtime >= 1 else "0:00"
    return clock_text(snap.time_left)


def time_left_words(snap: Snapshot) -> str:
    if snap.speaker is None:
        return ""
    if snap.paused:
        return "Paused. " + snap.time_left_words + "."
    return snap.time_left_words + "."
