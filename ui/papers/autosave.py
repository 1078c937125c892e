"""Saves a paper's text soon after it changes: at most a second after the first unsaved edit,
even while typing goes on, and at once on flush() (switching papers, closing the window).
`save(paper_id, text)` returns False when the save was refused; the text then stays waiting."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

SAVE_DELAY_MS = 1000  # well inside the promise that edits reach the database within 2 seconds


class Autosaver(QObject):
    saved = Signal()
    pending_changed = Signal(bool)

    def __init__(self, save: Callable[[int, str], bool], text: Callable[[], str],
                 parent: QObject | None = None, delay_ms: int = SAVE_DELAY_MS):
        super().__init__(parent)
        self._save = save
        self._text = text
        self.paper_id: int | None = None
        self._dirty = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._dirty

    def track(self, paper_id: int | None) -> None:
        """Save what is waiting for the old paper, then follow the new one."""
        self.flush()
        self.paper_id = paper_id

    def changed(self) -> None:
        if self.paper_id is None:
            return
        if not self._dirty:
            self._dirty = True
            self.pending_changed.emit(True)
        if not self.timer.isActive():
            self.timer.start()  # not restarted by later keys: the first edit sets the clock

    def flush(self) -> None:
        self.timer.stop()
        if not self._dirty:
            return
        self._dirty = False  # first: saving tells the screens, which may ask to flush again
        if self.paper_id is not None and not self._save(self.paper_id, self._text()):
            self._dirty = True  # refused (the chair was told why): the next edit tries again
            return
        self.pending_changed.emit(False)
        self.saved.emit()
