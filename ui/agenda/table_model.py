"""The agenda as a table: number, title, purpose in words, presenter, minutes, and whether the
item has a plain summary (said in words). Rows can be dragged to a new place; the model does not
move them itself but asks for the new order, so the move goes through undo like any other."""

from __future__ import annotations

import json

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from meetingkit.model import AgendaItem

MIME_TYPE = "application/x-meetingkit-agenda-items"
NO_SUMMARY = "No plain summary yet"
COLUMNS = ("No.", "Item", "Purpose", "Presenter", "Minutes", "Plain summary")
Index = QModelIndex | QPersistentModelIndex


class AgendaTableModel(QAbstractTableModel):
    order_dropped = Signal(object, object)  # (new order of item ids, the first moved item id)

    def __init__(self) -> None:
        super().__init__()
        self.items: list[AgendaItem] = []

    def load(self, items: list[AgendaItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def ids(self) -> list[int]:
        return [item.id for item in self.items]

    def row_of(self, item_id: int | None) -> int:
        return next((row for row, item in enumerate(self.items) if item.id == item_id), -1)

    # ----- reading -----------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 (Qt's name)
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return COLUMNS[section]
            return None
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, column = self.items[index.row()], index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return cell_text(index.row(), item, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 5):
            return item.summary or NO_SUMMARY
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 4):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == 5 and not item.summary.strip():
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)  # a second cue beside the words, never instead of them
            return font
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None

    # ----- drag and drop ---------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled  # drops land between rows, not on them

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({index.row() for index in indexes if index.isValid()})
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps([self.items[r].id for r in rows]).encode())
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                        column: int, parent: Index) -> bool:
        return data.hasFormat(MIME_TYPE) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int,  # noqa: N802
                     column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        try:
            moved = [int(i) for i in json.loads(bytes(data.data(MIME_TYPE)).decode())]
        except (ValueError, TypeError):
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self.items)
        new_order = order_after_drop(self.ids(), moved, row)
        if new_order is None:
            return False
        # Reported, not applied: the tab makes the move an undo step, then reloads the table.
        self.order_dropped.emit(new_order, moved[0])
        return True


def order_after_drop(ids: list[int], moved: list[int], row: int) -> list[int] | None:
    """The order after dropping `moved` items before row `row` (row == len: at the end).
    None when the drop changes nothing or names items that are not here."""
    if not moved or any(item_id not in ids for item_id in moved):
        return None
    row = max(0, min(row, len(ids)))
    staying = [item_id for item_id in ids if item_id not in moved]
    insert_at = sum(1 for item_id in ids[:row] if item_id not in moved)
    new_order = staying[:insert_at] + [i for i in ids if i in moved] + staying[insert_at:]
    return None if new_order == ids else new_order


def cell_text(row: int, item: AgendaItem, column: int) -> str:
    if column == 0:
        return str(row + 1)
    if column == 1:
        return item.title
    if column == 2:
        return item.purpose_label
    if column == 3:
        return item.presenter or "Not set"
    if column == 4:
        return str(item.minutes)
    return "Written" if item.summary.strip() else NO_SUMMARY
