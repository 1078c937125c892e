"""A bar chart of speaking time, drawn with QPainter. Every bar is labelled in words (name,
role, time, turns), and partners' bars are also striped, so nothing is told by colour alone.
The same figures are in the tables beside it, and in the chart's accessible description."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Bar:
    label: str  # "Sam Okafor (partner)"
    seconds: float
    detail: str  # "4 min 10 s, 3 turns"
    striped: bool = False  # partners


class HeardChart(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Chart of speaking time per person")
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.detail}" for b in bars) or "Nobody has spoken yet.")
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.8)

    def _stacked(self, width: int) -> bool:
        """Names go above their bars when they would not fit beside them (large text)."""
        widest = max((self.fontMetrics().horizontalAdvance(b.label) for b in self.bars), default=0)
        return widest + 12 > width // 3

    def hasHeightForWidth(self) -> bool:  # noqa: N802 (Qt's name)
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt's name)
        rows = max(1, len(self.bars)) * (2 if self.bars and self._stacked(width) else 1)
        return rows * self._row_height() + 8

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, self.heightForWidth(max(self.width(), 480)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, self.heightForWidth(max(self.width(), 240)))

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if self.height() != self.heightForWidth(self.width()):
            self.updateGeometry()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        ink = self.palette().color(QPalette.ColorRole.WindowText)
        fill = self.palette().color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        row = self._row_height()
        painter.setPen(ink)
        if not self.bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, "Nobody has spoken yet.")
            return
        stacked = self._stacked(self.width())
        name_width = 0 if stacked else max(metrics.horizontalAdvance(b.label)
                                           for b in self.bars) + 12
        detail_width = max(metrics.horizontalAdvance(b.detail) for b in self.bars) + 12
        room = max(20, self.width() - name_width - detail_width - 8)
        most = max(b.seconds for b in self.bars) or 1.0
        middle = Qt.AlignmentFlag.AlignVCenter
        for index, bar in enumerate(self.bars):
            top = 4 + index * row * (2 if stacked else 1)
            painter.setPen(ink)
            if stacked:
                painter.drawText(QRectF(0, top, self.width(), row),
                                 middle | Qt.AlignmentFlag.AlignLeft, bar.label)
                top += row
            else:
                painter.drawText(QRectF(0, top, name_width - 8, row),
                                 middle | Qt.AlignmentFlag.AlignRight, bar.label)
            length = room * bar.seconds / most
            painter.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern if bar.striped
                                    else Qt.BrushStyle.SolidPattern))
            painter.drawRect(QRectF(name_width, top + row * 0.2, max(length, 1.0), row * 0.6))
            painter.drawText(QRectF(name_width + length + 6, top, detail_width, row),
                             middle | Qt.AlignmentFlag.AlignLeft, bar.detail)
        painter.end()
