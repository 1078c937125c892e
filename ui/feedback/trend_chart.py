"""How meetings have felt over time, as a line chart drawn with QPainter.

Never colour alone: each question has its own marker shape and line style as well as a colour
(Okabe-Ito colours, safe for colour-blind readers), the legend repeats shape and words, the
axis is labelled in words, and the same numbers are in a table beside it. Fonts come from the
widget's font, so the chart grows with the text size.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.feedback.scale import ANSWERS, QUESTIONS, answer_words

SERIES = (  # colour, line style, marker
    ("#0072B2", Qt.PenStyle.SolidLine, "circle"),
    ("#D55E00", Qt.PenStyle.DashLine, "square"),
    ("#009E73", Qt.PenStyle.DotLine, "triangle"),
    ("#CC79A7", Qt.PenStyle.DashDotLine, "diamond"),
)
LINES = tuple(zip(SERIES, QUESTIONS, strict=True))  # one look per question


def short_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%b %Y}"


def draw_marker(painter: QPainter, shape: str, centre: QPointF, size: float) -> None:
    half = size / 2
    x, y = centre.x(), centre.y()
    if shape == "circle":
        painter.drawEllipse(centre, half, half)
    elif shape == "square":
        painter.drawRect(QRectF(x - half, y - half, size, size))
    elif shape == "triangle":
        painter.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y + half),
                                       QPointF(x - half, y + half)]))
    else:
        painter.drawPolygon(QPolygonF([QPointF(x, y - half), QPointF(x + half, y),
                                       QPointF(x, y + half), QPointF(x - half, y)]))


class TrendChart(QWidget):
    def __init__(self):
        super().__init__()
        self.rows: list[dict] = []
        self.setAccessibleName("Chart of how meetings have felt")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # so a screen reader can land on it
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_rows(self, rows: list[dict]) -> None:
        """Rows from store.feedback.trend(): date, responses and an average per question."""
        self.rows = rows
        self.setAccessibleDescription(describe(rows))
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 40, line * 20)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        line = self.fontMetrics().lineSpacing()
        return QSize(line * 20, line * 14)

    # ----- drawing ---------------------------------------------------------------------------
    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        ink = palette.windowText().color()
        painter.fillRect(self.rect(), palette.base())
        if self.hasFocus():  # a clear ring, like the app's other controls
            ring = QPen(palette.highlight().color(), 3)
            painter.setPen(ring)
            painter.drawRect(QRectF(self.rect()).adjusted(1.5, 1.5, -1.5, -1.5))
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        if not self.rows:
            painter.setPen(ink)
            painter.drawText(self.rect().adjusted(line, line, -line, -line),
                             Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignCenter,
                             "No feedback yet. When people send feedback after a meeting, "
                             "how it felt will show here.")
            return
        legend_bottom = self._draw_legend(painter, ink, line)
        left = max(metrics.horizontalAdvance(words) for _v, words in ANSWERS) + line
        right_room = line * 4  # half a date label, so the last one is not cut off
        plot = QRectF(left + line, legend_bottom + line, self.width() - left - line - right_room,
                      self.height() - legend_bottom - line * 4.5)
        self._draw_axes(painter, plot, ink, line)
        self._draw_series(painter, plot, line)

    def _x(self, plot: QRectF, index: int) -> float:
        if len(self.rows) == 1:
            return plot.center().x()
        pad = self.fontMetrics().lineSpacing()  # markers clear of the axis words
        return plot.left() + pad + (plot.width() - 2 * pad) * index / (len(self.rows) - 1)

    @staticmethod
    def _y(plot: QRectF, value: float) -> float:
        return plot.bottom() - plot.height() * (value - 1) / 4

    def _draw_legend(self, painter: QPainter, ink: QColor, line: int) -> float:
        x, y = float(line), float(line * 0.5)
        metrics = self.fontMetrics()
        for (colour, style, shape), (_key, _question, short) in LINES:
            width = line * 2.5 + metrics.horizontalAdvance(short) + line
            if x + width > self.width() and x > line:
                x, y = float(line), y + line * 1.4
            pen = QPen(QColor(colour), max(2.0, line / 8), style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, y + line / 2), QPointF(x + line * 1.8, y + line / 2))
            painter.setBrush(QColor(colour))
            painter.setPen(QPen(QColor(colour), 1))
            draw_marker(painter, shape, QPointF(x + line * 0.9, y + line / 2), line * 0.6)
            painter.setPen(ink)
            painter.drawText(QPointF(x + line * 2.2, y + metrics.ascent()), short)
            x += width
        return y + line

    def _draw_axes(self, painter: QPainter, plot: QRectF, ink: QColor, line: int) -> None:
        metrics = self.fontMetrics()
        grid = QColor(ink)
        grid.setAlpha(60)
        for value, words in ANSWERS:
            y = self._y(plot, value)
            painter.setPen(QPen(grid, 1, Qt.PenStyle.SolidLine))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(ink)
            painter.drawText(QRectF(0, y - line / 2, plot.left() - line / 2, line),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, words)
        step = max(1, int(len(self.rows) * metrics.horizontalAdvance("30 Sep 2026  ")
                          / max(plot.width(), 1)) + 1)  # label every nth meeting if crowded
        for index, row in enumerate(self.rows):
            if index % step and index != len(self.rows) - 1:
                continue
            x = self._x(plot, index)
            replies = "1 reply" if row["responses"] == 1 else f"{row['responses']} replies"
            for offset, text in ((0.4, short_day(row["date"])), (1.5, replies)):
                box = QRectF(x - line * 5, plot.bottom() + line * offset, line * 10, line)
                painter.drawText(box, Qt.AlignmentFlag.AlignHCenter, text)

    def _draw_series(self, painter: QPainter, plot: QRectF, line: int) -> None:
        for number, ((colour, style, shape), (key, _q, _short)) in enumerate(LINES):
            nudge = (number - 1.5) * line * 0.3  # equal answers stay visible side by side
            points = [QPointF(self._x(plot, i) + nudge, self._y(plot, row[key]))
                      for i, row in enumerate(self.rows) if row.get(key) is not None]
            if len(points) > 1:
                path = QPainterPath(points[0])
                for point in points[1:]:
                    path.lineTo(point)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.setPen(QPen(QColor(colour), max(2.0, line / 8), style))
                painter.drawPath(path)
            painter.setBrush(QColor(colour))
            painter.setPen(QPen(QColor(colour), 1))
            for point in points:
                draw_marker(painter, shape, point, line * 0.6)


def describe(rows: list[dict]) -> str:
    """The chart in words, for screen readers: the latest meeting, and the table to read."""
    if not rows:
        return "No feedback yet."
    latest = rows[-1]
    parts = [f"{short}: {answer_words(latest[key])}" for key, _q, short in QUESTIONS
             if latest.get(key) is not None]
    return (f"{len(rows)} meetings with feedback. Latest, {short_day(latest['date'])}, "
            f"{latest['responses']} replies: " + "; ".join(parts) +
            ". The table shows every number.")
