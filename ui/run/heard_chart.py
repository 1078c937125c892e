"""A bar chart of speaking time, drawn with QPainter. Every bar is labelled in words (name,
role, time, turns), and partners' bars are also striped, so nothing is told by colour alone.
The same figures are in the tables beside it, and in the chart's accessible description."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QPainter, QPaintEvent, QPalette, QPen
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
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.bars: list[Bar] = []

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {b.detail}" for b in bars) or "Nobody has spoken yet.")
        self.updateGeometry()
        self.update()

    def _row_height(self) -> int:
        return round(self.fontMetrics().height() * 1.8)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(480, max(1, len(self.bars)) * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        painter = QPainter(self)
        palette = self.palette()
        ink = palette.color(QPalette.ColorRole.WindowText)
        fill = palette.color(QPalette.ColorRole.Highlight)
        metrics = self.fontMetrics()
        row = self._row_height()
        if not self.bars:
            painter.setPen(ink)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignLeft, "Nobody has spoken yet.")
            return
        name_width = min(self.width() // 3,
                         max(metrics.horizontalAdvance(b.label) for b in self.bars) + 12)
        detail_width = max(metrics.horizontalAdvance(b.detail) for b in self.bars) + 12
        room = max(20, self.width() - name_width - detail_width - 8)
        most = max((b.seconds for b in self.bars), default=0.0) or 1.0
        for index, bar in enumerate(self.bars):
            top = 4 + index * row
            text_rect = QRectF(0, top, name_width - 8, row)
            painter.setPen(ink)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                name_width - 8))
            length = room * bar.seconds / most
            bar_rect = QRectF(name_width, top + row * 0.2, max(length, 1.0), row * 0.6)
            painter.setPen(QPen(ink, 1))
            painter.setBrush(QBrush(fill, Qt.BrushStyle.BDiagPattern if bar.striped
                                    else Qt.BrushStyle.SolidPattern))
            painter.drawRect(bar_rect)
            painter.drawText(QRectF(name_width + length + 6, top, detail_width, row),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, bar.detail)
        painter.end()
