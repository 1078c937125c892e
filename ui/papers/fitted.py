"""Window sizes in characters and lines of the current text size, so a window opened with
large text is large enough to use, and never bigger than the screen."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


def fitted_size(widget: QWidget, columns: int, lines: int) -> QSize:
    metrics = widget.fontMetrics()
    wanted = QSize(columns * metrics.averageCharWidth(), lines * metrics.lineSpacing())
    screen = widget.screen()
    if screen is not None:
        wanted = wanted.boundedTo(screen.availableGeometry().size() * 0.9)
    return wanted
