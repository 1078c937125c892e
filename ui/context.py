"""What a screen needs from the app, handed to it explicitly (no global main window).

Tests build an AppContext around an in-memory store and pass it to one tab or dialog alone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from meetingkit.errors import MeetingKitError
from meetingkit.store import Store


class ChangeBus(QObject):
    """Every change goes through here as a set of words naming what changed ("committees",
    "meetings", "agenda", "papers", "minutes", "actions", "attendance", "turns", "feedback",
    "glossary", "people", "settings"); each screen refreshes what it shows from that."""

    changed = Signal(object)  # frozenset[str]
    meeting_selected = Signal(object)  # int | None
    status = Signal(str)  # a short message for the status bar and screen readers


@dataclass
class AppContext:
    store: Store
    bus: ChangeBus = field(default_factory=ChangeBus)
    settings: QSettings | None = None
    meeting_id: int | None = None
    windows: list[QWidget] = field(default_factory=list)  # open windows of their own

    def keep_open(self, window: QWidget) -> None:
        """Holds a window of its own (a review window) until it is closed and deleted: with
        no parent, nothing else keeps it, and a parent would keep it above the main window."""
        self.windows.append(window)
        window.destroyed.connect(lambda *_: window in self.windows and self.windows.remove(window))

    def perform(self, parent: QWidget | None, operation: Callable[[], Any],
                changes: set[str] | frozenset[str], done: str = "") -> Any:
        """Runs a change to the store, tells the screens what changed, and turns a problem the
        user can act on (or a database or disk that refuses the change) into a calm message
        instead of a traceback. Returns the operation's result, or None when it was refused."""
        try:
            result = operation()
        except MeetingKitError as error:
            from ui.messages import tell

            tell(parent, "That could not be done", str(error))
            return None
        except (sqlite3.Error, OSError) as error:  # the database or the disk, in plain words
            from meetingkit.file_problems import problem_words
            from ui.messages import tell

            tell(parent, "That could not be done", problem_words(self.store.path, error))
            return None
        self.bus.changed.emit(frozenset(changes))
        if done:
            self.bus.status.emit(done)
        return result
