"""A calm progress bar for a turn: drawn, not a QProgressBar, so screen readers are not sent a
value change four times a second (some beep for every progress bar update)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget


class CalmBar(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName(name)
        self.setAccessibleDescription("Fills up as the speaker's time is used. The time left is "
                                      "written beside it.")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._steps = 0  # thousandths, so repaints only happen when something visible changes
        self._boxed = False

    def set_fraction(self, fraction: float, boxed: bool = False) -> None:
        steps = round(max(0.0, min(1.0, fraction)) * 1000)
        if steps != self._steps or boxed != self._boxed:
            self._steps, self._boxed = steps, boxed
            self.update()

    @property
    def fraction(self) -> float:
        return self._steps / 1000

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(200, max(16, self.fontMetrics().height()))

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        rect = QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5)
        painter.setPen(QPen(ink, 3 if self._boxed else 1.5))  # a heavier frame near the end
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 4, 4)
        filled = rect.adjusted(3, 3, -3, -3)
        filled.setWidth(filled.width() * self.fraction)
        if filled.width() > 0:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(filled, 2, 2)
        painter.end()
