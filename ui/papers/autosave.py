"""Saves a paper's text soon after it changes: at most a second after the first unsaved edit,
even while typing goes on, and at once on flush() (switching papers, closing the window)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

SAVE_DELAY_MS = 1000  # well inside the promise that edits reach the database within 2 seconds


class Autosaver(QObject):
    saved = Signal()
    pending_changed = Signal(bool)

    def __init__(self, save: Callable[[int, str], None], text: Callable[[], str],
                 parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS):
        super().__init__(parent)
        self._save = save
        self._text = text
        self.paper_id: int | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self.timer.isActive()

    def track(self, paper_id: int | None) -> None:
        """Save what is waiting for the old paper, then follow the new one."""
        self.flush()
        self.paper_id = paper_id

    def changed(self) -> None:
        if self.paper_id is not None and not self.timer.isActive():
            self.timer.start()  # not restarted by later keys: the first edit sets the clock
            self.pending_changed.emit(True)

    def flush(self) -> None:
        if not self.timer.isActive():
            return
        self.timer.stop()
        if self.paper_id is not None:
            self._save(self.paper_id, self._text())
        self.pending_changed.emit(False)
        self.saved.emit()
