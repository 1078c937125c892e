"""Saves an item's notes as they are typed.

A save happens a second after typing pauses, and never later than two seconds after the first
unsaved key, even while typing goes on; flush() saves at once (changing item, closing the
window). So a crash or a closed lid loses at most the last couple of seconds of typing.
A failed save (disk full, file locked) keeps the text waiting and tries again shortly.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from meetingkit.errors import MeetingKitError

QUIET_MS = 1000  # typing paused this long: save
LONGEST_WAIT_MS = 2000  # typing goes on: save anyway this long after the first unsaved key


class NotesSaver(QObject):
    saved = Signal(int, str)  # item id, the text now in the database
    failed = Signal(str)  # a plain reason
    pending_changed = Signal(bool)

    def __init__(self, save: Callable[[int, str], None], parent: QObject | None = None,
                 quiet_ms: int = QUIET_MS, longest_wait_ms: int = LONGEST_WAIT_MS):
        super().__init__(parent)
        self._save = save
        self._text: Callable[[], str] = lambda: ""
        self.item_id: int | None = None
        self._dirty = False
        self.quiet = self._timer(quiet_ms)
        self.longest = self._timer(longest_wait_ms)

    def _timer(self, interval_ms: int) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval_ms)
        timer.timeout.connect(self.flush)
        return timer

    @property
    def pending(self) -> bool:
        return self._dirty

    def track(self, item_id: int | None, text: Callable[[], str]) -> None:
        """Saves what is waiting for the old item, then follows the new one."""
        self.flush()
        self.item_id = item_id
        self._text = text

    def changed(self) -> None:
        if self.item_id is None:
            return
        if not self._dirty:
            self._dirty = True
            self.longest.start()  # not restarted by later keys
            self.pending_changed.emit(True)
        self.quiet.start()  # restarted by every key

    def flush(self) -> bool:
        """Saves now if anything is waiting. True when nothing is left unsaved."""
        self.quiet.stop()
        self.longest.stop()
        if not self._dirty or self.item_id is None:
            return True
        text = self._text()
        try:
            self._save(self.item_id, text)
        except (MeetingKitError, sqlite3.Error, OSError) as error:
            self.longest.start()  # try again shortly, typing or not
            self.failed.emit(f"Your notes are not saved yet ({error}). MeetingKit will keep "
                             "trying; please do not close it.")
            return False
        self._dirty = False
        self.pending_changed.emit(False)
        self.saved.emit(self.item_id, text)
        return True
