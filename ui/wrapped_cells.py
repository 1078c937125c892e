"""A column whose cells wrap onto as many lines as their words need. Qt's tree view paints
wrapped text but measures every row as one line (it never asks how wide the column is), so a
long cell was cut off: the rewrite window's "Why" lost the end of its advice.

    wrap_column(tree, column)   # after the columns have their widths
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTreeView


class WrappedCells(QStyledItemDelegate):
    def __init__(self, view: QTreeView):
        super().__init__(view)
        self.view = view
        # A column made wider or narrower (by the person, or the text size) measures the rows
        # again, once the resizing stops for a moment: a drag resizes at every pixel.
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(view.doItemsLayout)
        view.header().sectionResized.connect(self._column_resized)

    def _column_resized(self, _column: int, _old: int, _new: int) -> None:
        self._relayout.start()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        text = str(index.data() or "")
        metrics = option.fontMetrics
        room = self.view.columnWidth(index.column()) - 2 * metrics.averageCharWidth()
        if not text or room <= 0:
            return size
        lines = metrics.boundingRect(QRect(0, 0, room, 1_000_000),
                                     int(Qt.TextFlag.TextWordWrap), text)
        extra = size.height() - metrics.height()  # the row's padding above and below
        # Never lower than a tick box with room round it: one-line rows cut the boxes in half.
        box = self.view.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option,
                                            self.view) + 8
        return QSize(size.width(), max(size.height(), lines.height() + extra, box))


def wrap_column(view: QTreeView, column: int) -> None:
    view.setUniformRowHeights(False)
    view.setWordWrap(True)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegateForColumn(column, WrappedCells(view))
