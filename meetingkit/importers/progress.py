"""Telling how far an import has got, and stopping it when asked: the UI runs imports on a
worker thread with a progress window and a Stop button."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from meetingkit.errors import MeetingKitError

ProgressCallback = Callable[[float, str], None]  # (fraction done 0..1, what is happening)


class ImportStopped(MeetingKitError):
    """The person stopped the import. Nothing was added."""

    def __init__(self, message: str = "The import was stopped. Nothing was added.") -> None:
        super().__init__(message)


class Progress:
    """The optional callback and stop flag (anything with is_set(), e.g. threading.Event) an
    import was given. Reports only when the figure moves by a percent, so a big file read in
    thousands of pieces does not flood the window with updates."""

    def __init__(self, callback: ProgressCallback | None = None, stop: Any = None,
                 start: float = 0.0, end: float = 1.0) -> None:
        self._callback = callback
        self._stop = stop
        self._start, self._end = start, end
        self._last = -1.0

    def part(self, start: float, end: float) -> Progress:
        """The same reporting for a stage that covers start..end of this one."""
        span = self._end - self._start
        return Progress(self._callback, self._stop, self._start + start * span,
                        self._start + end * span)

    def step(self, fraction: float, message: str = "") -> None:
        """Reports `fraction` of this stage done; raises ImportStopped if Stop was pressed."""
        if self._stop is not None and self._stop.is_set():
            raise ImportStopped()
        overall = self._start + max(0.0, min(1.0, fraction)) * (self._end - self._start)
        if self._callback is not None and (overall - self._last >= 0.01 or message):
            self._last = overall
            self._callback(overall, message)
