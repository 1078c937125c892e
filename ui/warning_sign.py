"""The warning sign beside words that warn (an agenda over time, a plain version out of date),
drawn in the theme's text colour so it reaches 3:1 in every theme. Qt's own sign is a pale
yellow triangle: about 1.4:1 on the light theme's background. It is a triangle with "!", a
shape, so colour is never the cue; the words beside it say what is wrong.

    label.setPixmap(warning_pixmap(size, label.palette()))
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap


def warning_pixmap(size: int, palette: QPalette) -> QPixmap:
    size = max(12, size)
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(0, 0, 0, 0))
    ink = palette.color(QPalette.ColorRole.WindowText)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    line = max(1.5, size / 12)
    painter.setPen(QPen(ink, line, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                        Qt.PenJoinStyle.RoundJoin))
    edge = line
    triangle = QPainterPath(QPointF(size / 2, edge))
    triangle.lineTo(size - edge, size - edge)
    triangle.lineTo(edge, size - edge)
    triangle.closeSubpath()
    painter.drawPath(triangle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    bar = max(1.5, size / 9)
    painter.drawRoundedRect(QRectF(size / 2 - bar / 2, size * 0.36, bar, size * 0.3), bar / 2,
                            bar / 2)
    painter.drawEllipse(QPointF(size / 2, size * 0.77), bar * 0.65, bar * 0.65)
    painter.end()
    return pixmap


def warning_icon(palette: QPalette, size: int = 32) -> QIcon:
    return QIcon(warning_pixmap(size, palette))
