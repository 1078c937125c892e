"""Polite announcements for screen readers, without moving focus (Qt's announcement events).

A test can read `last_announcements` to check that a change was announced.
"""

from __future__ import annotations

from collections import deque

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QWidget

last_announcements: deque[str] = deque(maxlen=50)


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    last_announcements.append(text)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive if assertive
                        else QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
