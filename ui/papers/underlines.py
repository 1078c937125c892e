"""How each kind of finding is marked: a line drawn under the words in the editor, and the same
line as a small marker in the findings list, so the kinds differ by shape and by word, never by
colour alone. Wave: hard words (and Latin, person-first); dots: short forms (acronyms);
dashes: sentences; dash and dot: layout. Lines scale with the text size."""

from __future__ import annotations

import math
from functools import lru_cache

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QIcon,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)

WAVE, DOTS, DASHES, DASH_DOT = "wave", "dots", "dashes", "dash-dot"
SHAPES = {
    "jargon": WAVE,
    "latin": WAVE,
    "person-first": WAVE,
    "acronym": DOTS,
    "sentence": DASHES,
    "structure": DASH_DOT,
}
SHAPE_WORDS = {WAVE: "wavy line", DOTS: "dotted line", DASHES: "dashed line",
               DASH_DOT: "dash-and-dot line"}
WHOLE_SENTENCE = {"sentence", "structure"}  # drawn first; word marks are drawn over them
_DASHES = {DOTS: [0.01, 2.6], DASHES: [3.0, 2.2], DASH_DOT: [3.0, 2.0, 0.01, 2.0]}  # pen widths


def mark_colour(palette: QPalette) -> QColor:
    """A calm accent that reads on light and dark themes (the theme's link colour)."""
    return palette.color(QPalette.ColorRole.Link)


def period(shape: str, thickness: float) -> int:
    """Width in whole pixels after which the mark repeats (so tiles meet without a seam)."""
    units = 4.0 if shape == WAVE else sum(_DASHES.get(shape, [3.0]))
    return max(3, round(units * thickness))


def draw_mark(painter: QPainter, shape: str, x1: float, x2: float, y: float,
              thickness: float) -> None:
    """One mark from x1 to x2 with its middle at height y."""
    if x2 - x1 < 1:
        return
    pen = painter.pen()
    pen.setWidthF(thickness)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    if shape == WAVE:
        pen.setStyle(Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        half = period(WAVE, thickness) / 2
        amplitude = thickness * 1.1
        path = QPainterPath(QPointF(x1, y))
        x, up = x1, True
        while x < x2:
            step = min(half, x2 - x)
            path.quadTo(QPointF(x + step / 2, y - amplitude if up else y + amplitude),
                        QPointF(x + step, y))
            x += step
            up = not up
        painter.drawPath(path)
        return
    pen.setStyle(Qt.PenStyle.CustomDashLine)
    pattern = _DASHES.get(shape, [1.0, 0.0])
    scale = period(shape, thickness) / (sum(pattern) * thickness)  # stretch to whole pixels
    pen.setDashPattern([part * scale for part in pattern])
    painter.setPen(pen)
    painter.drawLine(QPointF(x1, y), QPointF(x2, y))


def tile_height(thickness: float) -> int:
    return math.ceil(thickness * 3.4) + 2


@lru_cache(maxsize=64)
def mark_tile(shape: str, thickness: float, rgba: int, ratio: float) -> QPixmap:
    """A strip of the mark a few periods wide, drawn once and then tiled under words: far
    quicker than drawing each wave while the chair types."""
    width = period(shape, thickness) * 8
    height = tile_height(thickness)
    pixmap = QPixmap(math.ceil(width * ratio), math.ceil(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor.fromRgba(rgba)))
    step = period(shape, thickness)
    draw_mark(painter, shape, -step, width + step, height / 2, thickness)  # overhang: no seams
    painter.end()
    return pixmap


def marker_icon(category: str, palette: QPalette, size: int = 24) -> QIcon:
    """A small picture of the category's mark, drawn in the text colour, and in the selected
    text colour for a chosen row (the text colour on the highlight was about 1.4:1 in high
    contrast; each pair is at least 3:1 in every theme, tests/test_display_contrast.py)."""
    icon = QIcon()
    for mode, role in ((QIcon.Mode.Normal, QPalette.ColorRole.Text),
                       (QIcon.Mode.Active, QPalette.ColorRole.Text),
                       (QIcon.Mode.Selected, QPalette.ColorRole.HighlightedText)):
        icon.addPixmap(_mark_pixmap(category, palette.color(role), size), mode)
    return icon


def _mark_pixmap(category: str, colour: QColor, size: int) -> QPixmap:
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen else 1.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour))
    draw_mark(painter, SHAPES.get(category, DASHES), 2, size - 2, size / 2, max(2.0, size / 10))
    painter.end()
    return pixmap
