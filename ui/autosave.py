"""One autosaver for everything typed (a paper's text, an item's notes), with one promise:
what you type reaches the database within a second of the first key not yet saved, while
typing goes on or after it stops, and at once on flush() (moving to another paper or item,
closing the window). So a crash, a kill or a power cut loses at most the last second or so.

A save that fails (disk full, file read-only, database busy) keeps the text waiting, says why
through `failed`, and tries again a second later without waiting for another key. A save the
caller refused and has already explained returns False: the text waits for the next key.

The clock starts at the first unsaved key and is not restarted by later keys, so steady typing
cannot put the save off. The save itself is one small write, and the callers let it wait only a
moment for a busy database (Store.waiting_at_most) so the window never freezes: it is simply
tried again. What the screens do with the news (`saved`) runs after the save, never before.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Hashable

from PySide6.QtCore import QObject, QTimer, Signal

from meetingkit.errors import MeetingKitError
from meetingkit.file_problems import short_reason

SAVE_WITHIN_MS = 1000
AUTOSAVE_WAIT_S = 0.25  # for a busy database, then try again a second later


class Autosaver(QObject):
    saved = Signal(object, str)  # what was saved (a paper's or an item's id), the text saved
    failed = Signal(str)  # a plain reason; the text is still waiting
    pending_changed = Signal(bool)  # True: something typed is not saved yet

    def __init__(self, save: Callable[[Hashable, str], bool | None],
                 text: Callable[[], str] | None = None, parent: QObject | None = None,
                 within_ms: int = SAVE_WITHIN_MS):
        super().__init__(parent)
        self._save = save
        self._text: Callable[[], str] = text or (lambda: "")
        self.key: Hashable | None = None
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(within_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._dirty

    def track(self, key: Hashable | None, text: Callable[[], str] | None = None) -> None:
        """Saves what is waiting for the text followed until now, then follows `key` (a
        paper's or an item's id; None follows nothing), read through `text` if given."""
        self.flush()
        self.key = key
        if text is not None:
            self._text = text

    def changed(self) -> None:
        """A key was typed (or the text changed in any other way)."""
        if self.key is None:
            return
        if not self._dirty:
            self._dirty = True
            self.pending_changed.emit(True)
        if not self.timer.isActive():
            self.timer.start()  # from the first unsaved key; later keys do not move it

    def flush(self) -> bool:
        """Saves now if anything is waiting. True when nothing is left unsaved."""
        self.timer.stop()
        if not self._dirty or self.key is None:
            return True
        key, text = self.key, self._text()
        self._dirty = False  # first: the news of the save may ask for another flush
        try:
            accepted = self._save(key, text) is not False
        except (MeetingKitError, sqlite3.Error, OSError) as error:
            self._dirty = True
            self.timer.start()  # try again shortly, typing or not
            self.failed.emit(_not_saved_yet(error))
            return False
        if not accepted:
            self._dirty = True  # refused and explained by the caller: the next key tries again
            return False
        self.pending_changed.emit(False)
        self.saved.emit(key, text)
        return True


def _not_saved_yet(error: Exception) -> str:
    return (f"Your typing is not saved yet: {short_reason(error)}. Trying again every second; "
            "keep MeetingKit open.")
