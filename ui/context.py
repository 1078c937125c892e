"""What a screen needs from the app, handed to it explicitly (no global main window).

Tests build an AppContext around an in-memory store and pass it to one tab or dialog alone.

Every change a person makes is an operation from meetingkit.ops, run through `perform`: it runs
the operation, turns a refusal into a calm message, and tells the screens what the store says
changed. Undo and redo go through here too, so the Edit menu and every screen follow them.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QSettings, Signal
from PySide6.QtWidgets import QWidget

from meetingkit import ops
from meetingkit.errors import MeetingKitError
from meetingkit.store import Store
from meetingkit.store.changes import Changes
from meetingkit.store.history import Outcome


class ChangeBus(QObject):
    """Every change to the store goes through here as a Changes (which kinds of thing, which
    rows), worked out by the store from what it wrote; each screen redraws only what it shows."""

    changed = Signal(object)  # Changes
    history = Signal()  # what Undo and Redo would do has changed
    stepped = Signal(object)  # an Outcome: Undo or Redo just did this (screens may show it)
    meeting_selected = Signal(object)  # int | None
    status = Signal(str)  # a short message for the status bar and screen readers


@dataclass
class AppContext:
    store: Store
    bus: ChangeBus = field(default_factory=ChangeBus)
    settings: QSettings | None = None
    meeting_id: int | None = None
    windows: list[QWidget] = field(default_factory=list)  # open windows of their own
    before_history: list[Callable[[], object]] = field(default_factory=list)  # save typing
    # Set by the main window: shows a target (ui/navigation.py), in another meeting if given.
    go_to: Callable[..., bool] = field(default=lambda target, meeting_id=None: False)

    def keep_open(self, window: QWidget) -> None:
        """Holds a window of its own (a review window) until it is closed and deleted: with
        no parent, nothing else keeps it, and a parent would keep it above the main window."""
        self.windows.append(window)
        window.destroyed.connect(lambda *_: window in self.windows and self.windows.remove(window))

    def perform(self, parent: QWidget | None, operation: Callable[[], Outcome],
                done: str = "") -> Outcome | None:
        """Runs an operation (from meetingkit.ops), tells the screens what it changed, and
        turns a problem the person can act on (or a database or disk that refuses the change)
        into a calm message instead of a traceback. Returns the operation's Outcome (its
        `result` holds a new row's id), or None when it was refused."""
        outcome = self.attempt(parent, operation)
        if outcome is None:
            return None
        self.tell_screens(outcome.changes)
        if done:
            self.bus.status.emit(done)
        return outcome

    def attempt(self, parent: QWidget | None, work: Callable[[], Any], done: str = "") -> Any:
        """Work that changes nothing the screens show (a backup, a file saved): a refusal gets
        the same calm message. Returns the work's result, or None when it was refused."""
        from ui.messages import tell

        try:
            result = work()
        except MeetingKitError as error:
            tell(parent, "That could not be done", str(error))
            return None
        except (sqlite3.Error, OSError) as error:  # the database or the disk, in plain words
            from meetingkit.file_problems import problem_words

            tell(parent, "That could not be done", problem_words(self.store.path, error))
            return None
        if done:
            self.bus.status.emit(done)
        return result

    def tell_screens(self, changes: Changes) -> None:
        if changes:
            self.bus.changed.emit(changes)
        self.bus.history.emit()

    # ----- undo and redo ---------------------------------------------------------------------
    def undo(self, parent: QWidget | None = None) -> Outcome | None:
        return self._step_through(parent, ops.undo, "Undone")

    def redo(self, parent: QWidget | None = None) -> Outcome | None:
        return self._step_through(parent, ops.redo, "Redone")

    def _step_through(self, parent: QWidget | None, move: Callable[[Store], Outcome],
                      said: str) -> Outcome | None:
        for flush in self.before_history:  # typing waiting to be saved is saved first
            flush()
        outcome = self.perform(parent, lambda: move(self.store))
        if outcome is not None and outcome.changes:
            self.bus.stepped.emit(outcome)
            self.bus.status.emit(f"{said}: {outcome.description}.")
        return outcome
