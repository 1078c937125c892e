"""A flat list drawn as a tree: rows of one kind sit a little in from the rows they belong to,
and every row wraps at the list's width. (Qt's own tree put screen readers one row off; the
meetings list and the Papers tab's list are flat lists drawn this way.)"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize
from PySide6.QtWidgets import QListView, QStyledItemDelegate, QStyleOptionViewItem, QWidget

INDENT_EM = 1.5  # how far in the rows that belong to another row sit


class IndentedRows(QStyledItemDelegate):
    def __init__(self, parent: QWidget, kind_role: int, indented: str, bold: str = ""):
        super().__init__(parent)
        self.kind_role, self.indented, self.bold = kind_role, indented, bold

    def _indent(self, index: QModelIndex, widget: QWidget | None) -> int:
        if index.data(self.kind_role) != self.indented or widget is None:
            return 0
        return round(widget.fontMetrics().averageCharWidth() * INDENT_EM * 2)

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.rect.adjust(self._indent(index, option.widget), 0, 0, 0)
        if self.bold and index.data(self.kind_role) == self.bold:
            option.font.setBold(True)  # follows the text size, unlike a font kept in the model

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        view = option.widget
        indent = self._indent(index, view)
        if not isinstance(view, QListView):
            size = super().sizeHint(option, index)
            return QSize(size.width() + indent, size.height())
        # Wrapped at the list's width (less the indent, taken off in initStyleOption), so a
        # long row shows in full on a second line when the list is narrow.
        room = max(1, view.viewport().width())
        wrapped = QStyleOptionViewItem(option)
        wrapped.rect = QRect(0, 0, room, 1)
        wrapped.features |= QStyleOptionViewItem.ViewItemFeature.WrapText
        size = super().sizeHint(wrapped, index)
        return QSize(min(size.width() + indent, room), size.height())
