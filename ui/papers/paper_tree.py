"""The meeting's agenda items with their papers under them. Files dropped on an item become
papers of that item.

A flat list (each item's row, then its papers, drawn indented), not a tree: Qt's tree tells
screen readers a hidden header row is its first child, so Orca heard the row above the chosen one
("5. How we learn … expanded, not selected" while a paper was chosen), as it did in the meetings
list (ui/navigator.py). A list says the chosen paper and that it is selected. Left goes from a
paper to its item and Right from an item to its first paper, as they did in the tree."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QListWidget,
    QListWidgetItem,
)

from meetingkit.model import AgendaItem, Paper
from ui.indented_rows import IndentedRows
from ui.papers.editor import local_files

KIND_ROLE = Qt.ItemDataRole.UserRole  # "item" or "paper"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the agenda item a row belongs to
# Said beside a paper in the list, so the chair sees it without opening each paper.
OUT_OF_DATE = " (plain version out of date)"
WARNING_SIGN = "\u26a0"


class PaperTree(QListWidget):
    files_dropped = Signal(int, list)  # agenda item id, file paths

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName("Papers for each agenda item")
        self.setAccessibleDescription("Agenda items, each with its papers under it. You can "
                                      "drop Word, PDF, web page, markdown or text files on an item.")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when it is resized
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(IndentedRows(self, KIND_ROLE, "paper"))

    def load(self, items: list[AgendaItem], papers: list[Paper]) -> None:
        """Show the items and papers, keeping the current row when it is still there."""
        kind, ident = self.current_kind(), self.current_id()
        self.blockSignals(True)
        self.clear()
        by_item: dict[int, list[Paper]] = {}
        for paper in papers:
            by_item.setdefault(paper.item_id, []).append(paper)
        for number, item in enumerate(items, start=1):
            row = QListWidgetItem(f"{number}. {item.title}")
            self._tag(row, "item", item.id, item.id)
            count = len(by_item.get(item.id, []))
            row.setToolTip(f"{count} paper{'' if count == 1 else 's'}. Drop a Word, "
                           "markdown or text file here to add one.")
            row.setData(Qt.ItemDataRole.AccessibleTextRole, f"Item {number}. {item.title}, "
                        f"{count} paper{'' if count == 1 else 's'}")
            self.addItem(row)
            for paper in by_item.get(item.id, []):
                stale = paper.plain_is_out_of_date
                title = paper.title + (OUT_OF_DATE if stale else "")
                # The list is narrow, so the sign goes first where it cannot be cut off.
                child = QListWidgetItem(f"{WARNING_SIGN} {title}" if stale else title)
                self._tag(child, "paper", paper.id, item.id)
                child.setToolTip(title)
                child.setData(Qt.ItemDataRole.AccessibleTextRole, f"Paper: {title}")
                self.addItem(child)
        self.blockSignals(False)
        if kind is not None and ident is not None and self.select(kind, ident):
            return
        self.setCurrentItem(self._first_paper() or self.item(0))

    @staticmethod
    def _tag(row: QListWidgetItem, kind: str, ident: int, item_id: int) -> None:
        row.setData(KIND_ROLE, kind)
        row.setData(ID_ROLE, ident)
        row.setData(ITEM_ID_ROLE, item_id)

    def _first_paper(self) -> QListWidgetItem | None:
        return next((row for row in self._rows() if row.data(KIND_ROLE) == "paper"), None)

    def _rows(self) -> Iterator[QListWidgetItem]:
        for index in range(self.count()):
            yield self.item(index)

    def select(self, kind: str, ident: int) -> bool:
        for row in self._rows():
            if row.data(KIND_ROLE) == kind and row.data(ID_ROLE) == ident:
                self.setCurrentItem(row)
                return True
        return False

    def current_kind(self) -> str | None:
        row = self.currentItem()
        return row.data(KIND_ROLE) if row is not None else None

    def current_id(self) -> int | None:
        row = self.currentItem()
        return row.data(ID_ROLE) if row is not None else None

    def current_paper_id(self) -> int | None:
        return self.current_id() if self.current_kind() == "paper" else None

    def current_item_id(self) -> int | None:
        row = self.currentItem()
        return row.data(ITEM_ID_ROLE) if row is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt's name)
        """Left from a paper to its item, Right from an item to its first paper (the tree's
        keys); everything else as in any list."""
        row = self.currentRow()
        if event.modifiers() == Qt.KeyboardModifier.NoModifier and row >= 0:
            kind = self.current_kind()
            if event.key() == Qt.Key.Key_Left and kind == "paper":
                self.select("item", self.current_item_id())
                return
            after = self.item(row + 1)
            if event.key() == Qt.Key.Key_Right and kind == "item" and after is not None \
                    and after.data(KIND_ROLE) == "paper":
                self.setCurrentItem(after)
                return
        super().keyPressEvent(event)

    # ----- dropping files ----------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's name)
        if local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        files = local_files(event.mimeData())
        row = self.itemAt(event.position().toPoint()) or self.currentItem()
        if not files or row is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.files_dropped.emit(row.data(ITEM_ID_ROLE), files)
