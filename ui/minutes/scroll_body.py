"""The page inside a scroll area, never squeezed below the size its parts ask for.

With the app's style sheet, Qt can report a push button's minimum height smaller than the
height its text needs; at large text sizes a scroll area then squeezes rows of buttons until
their words are cut off. Asking for the preferred size as the minimum keeps every row whole;
the page scrolls instead.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QWidget


class ScrollBody(QWidget):
    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        hint, least = self.sizeHint(), super().minimumSizeHint()
        return QSize(least.width(), max(hint.height(), least.height()))
