"""The agenda list in the review window: whole titles wrapped over as many lines as they need
(never cut short with '…'), with a little room around each row so every row is an easy target
at any text size."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtWidgets import QListWidget, QStyledItemDelegate, QStyleOptionViewItem, QWidget

ROW_PADDING = 10  # pixels added to each row's height; rows are at least 24 pixels tall


class _RoomyRows(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), max(24, size.height() + ROW_PADDING))


class AgendaList(QListWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAccessibleName("Agenda")
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.setItemDelegate(_RoomyRows(self))

    def relayout(self) -> None:
        """After the text size changes, so rows take their new height straight away."""
        self.doItemsLayout()
