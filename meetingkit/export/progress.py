"""Progress reports and stopping for long exports, so the UI can run them on a worker thread,
show how far they have got and let the user stop them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from meetingkit.errors import MeetingKitError

ProgressCallback = Callable[[float, str], None]  # (fraction done 0..1, what is happening now)
# A callable returning True to stop, or anything with is_set() (such as threading.Event).
CancelFlag = Callable[[], bool] | Any


class ExportCancelled(MeetingKitError):
    """The user stopped an export. No file was written (exports are saved atomically)."""

    def __init__(self, message: str = "The export was stopped. No file was saved.") -> None:
        super().__init__(message)


class Progress:
    """Wraps the optional callback and cancel flag an exporter was given."""

    def __init__(self, callback: ProgressCallback | None = None, cancel: CancelFlag = None):
        self._callback = callback
        self._cancel = cancel

    def cancelled(self) -> bool:
        if self._cancel is None:
            return False
        is_set = getattr(self._cancel, "is_set", None)
        return bool(is_set() if callable(is_set) else self._cancel())

    def step(self, fraction: float, message: str = "") -> None:
        """Reports progress and raises ExportCancelled if the user asked to stop."""
        if self.cancelled():
            raise ExportCancelled()
        if self._callback is not None:
            self._callback(max(0.0, min(1.0, fraction)), message)
