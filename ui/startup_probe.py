"""`meetingkit --startup-probe`: prints the milliseconds from process start to the main window's
first paint as the last line of output, then quits. Used by benchmarks/."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


def process_age_ms() -> float:
    """Time since the process began, read from the OS where it tells us."""
    try:  # Linux: field 22 of /proc/self/stat is the start time in clock ticks after boot
        with open("/proc/self/stat") as stat:
            start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime") as uptime:
            up_seconds = float(uptime.read().split()[0])
        return (up_seconds - start_ticks / os.sysconf("SC_CLK_TCK")) * 1000
    except (OSError, ValueError, IndexError):
        import meetingkit

        return (time.perf_counter() - getattr(meetingkit, "_import_clock", time.perf_counter())) * 1000


class _FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            # Let the paint finish and the window accept input, then report.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"{process_age_ms():.1f}", flush=True)
        QApplication.quit()


def report_first_paint(window: QWidget) -> None:
    watcher = _FirstPaint(window)
    window.installEventFilter(watcher)
    window._startup_probe = watcher  # keep it alive
