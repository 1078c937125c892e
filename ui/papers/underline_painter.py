"""Draws the findings' marks under the words of the visible part of the editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QPlainTextEdit

from ui.papers.highlighter import Segment
from ui.papers.offsets import to_qt
from ui.papers.underlines import SHAPES, WHOLE_SENTENCE, mark_colour, mark_tile, tile_height

Segments = Callable[[int, str], list[Segment]]


def _minus(start: int, end: int, holes: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of start..end not covered by `holes` (sorted)."""
    parts, at = [], start
    for hole_start, hole_end in holes:
        if hole_end <= at or hole_start >= end:
            continue
        if hole_start > at:
            parts.append((at, hole_start))
        at = max(at, hole_end)
    if at < end:
        parts.append((at, end))
    return parts


def marks_for_block(segments: list[Segment]) -> list[tuple[int, int, str]]:
    """(start, end, category) to draw: sentence marks with gaps where word marks go."""
    words = sorted((s, e) for s, e, f in segments if f.category not in WHOLE_SENTENCE)
    marks = []
    for start, end, finding in segments:
        if finding.category in WHOLE_SENTENCE:
            marks.extend((s, e, finding.category) for s, e in _minus(start, end, words))
    marks.extend((s, e, f.category) for s, e, f in segments if f.category not in WHOLE_SENTENCE)
    return marks


def paint_underlines(editor: QPlainTextEdit, segments: Segments, area: QRect) -> None:
    metrics = editor.fontMetrics()
    thickness = round(max(1.4, metrics.height() / 11) * 4) / 4  # few sizes: tiles are reused
    below = min(metrics.descent() * 0.55, thickness * 2)
    rgba = mark_colour(editor.palette()).rgba()
    ratio = editor.viewport().devicePixelRatioF()
    height = tile_height(thickness)
    painter = QPainter(editor.viewport())
    offset = editor.contentOffset()
    block = editor.firstVisibleBlock()
    while block.isValid():
        box = editor.blockBoundingGeometry(block).translated(offset)
        if box.top() > area.bottom():
            break
        text = block.text()
        if block.isVisible() and box.bottom() >= area.top() and text:
            layout = block.layout()
            for start, end, category in marks_for_block(segments(block.blockNumber(), text)):
                first, last = to_qt(text, start), to_qt(text, end)
                for index in range(layout.lineCount()):
                    line = layout.lineAt(index)
                    begin = max(first, line.textStart())
                    finish = min(last, line.textStart() + line.textLength())
                    if finish <= begin:
                        continue
                    x1 = box.left() + line.cursorToX(begin)[0]
                    x2 = box.left() + line.cursorToX(finish)[0]
                    y = box.top() + line.y() + line.ascent() + below + thickness / 2
                    tile = mark_tile(SHAPES.get(category, "dashes"), thickness, rgba, ratio)
                    painter.drawTiledPixmap(QRectF(x1, y - height / 2, x2 - x1, height), tile)
        block = block.next()
    painter.end()
