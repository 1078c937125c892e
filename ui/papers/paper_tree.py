"""The meeting's agenda items with their papers under them. Files dropped on an item become
papers of that item."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QTreeWidget, QTreeWidgetItem

from meetingkit.model import AgendaItem, Paper
from ui.papers.editor import local_files

KIND_ROLE = Qt.ItemDataRole.UserRole  # "item" or "paper"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the agenda item a row belongs to
# Said beside a paper in the list, so the chair sees it without opening each paper.
OUT_OF_DATE = " (plain version out of date)"
WARNING_SIGN = "\u26a0"


class PaperTree(QTreeWidget):
    files_dropped = Signal(int, list)  # agenda item id, file paths

    def __init__(self) -> None:
        super().__init__()
        self.setHeaderHidden(True)
        self.setAccessibleName("Papers for each agenda item")
        self.setAccessibleDescription("Agenda items, each with its papers under it. You can "
                                      "drop Word, PDF, web page, markdown or text files on an item.")
        self.setAcceptDrops(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.setWordWrap(True)

    def load(self, items: list[AgendaItem], papers: list[Paper]) -> None:
        """Show the items and papers, keeping the current row when it is still there."""
        kind, ident = self.current_kind(), self.current_id()
        self.blockSignals(True)
        self.clear()
        by_item: dict[int, list[Paper]] = {}
        for paper in papers:
            by_item.setdefault(paper.item_id, []).append(paper)
        for number, item in enumerate(items, start=1):
            row = QTreeWidgetItem([f"{number}. {item.title}"])
            self._tag(row, "item", item.id, item.id)
            count = len(by_item.get(item.id, []))
            row.setToolTip(0, f"{count} paper{'' if count == 1 else 's'}. Drop a Word, "
                           "markdown or text file here to add one.")
            for paper in by_item.get(item.id, []):
                stale = paper.plain_is_out_of_date
                title = paper.title + (OUT_OF_DATE if stale else "")
                # The list is narrow, so the sign goes first where it cannot be cut off.
                child = QTreeWidgetItem([f"{WARNING_SIGN} {title}" if stale else title])
                self._tag(child, "paper", paper.id, item.id)
                child.setToolTip(0, title)
                child.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"Paper: {title}")
                row.addChild(child)
            self.addTopLevelItem(row)
        self.expandAll()
        self.blockSignals(False)
        if kind is not None and ident is not None and self.select(kind, ident):
            return
        self.setCurrentItem(self._first_paper() or self.topLevelItem(0))

    @staticmethod
    def _tag(row: QTreeWidgetItem, kind: str, ident: int, item_id: int) -> None:
        row.setData(0, KIND_ROLE, kind)
        row.setData(0, ID_ROLE, ident)
        row.setData(0, ITEM_ID_ROLE, item_id)

    def _first_paper(self) -> QTreeWidgetItem | None:
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            if top.childCount():
                return top.child(0)
        return None

    def _rows(self):
        for index in range(self.topLevelItemCount()):
            top = self.topLevelItem(index)
            yield top
            for child in range(top.childCount()):
                yield top.child(child)

    def select(self, kind: str, ident: int) -> bool:
        for row in self._rows():
            if row.data(0, KIND_ROLE) == kind and row.data(0, ID_ROLE) == ident:
                self.setCurrentItem(row)
                return True
        return False

    def current_kind(self) -> str | None:
        row = self.currentItem()
        return row.data(0, KIND_ROLE) if row is not None else None

    def current_id(self) -> int | None:
        row = self.currentItem()
        return row.data(0, ID_ROLE) if row is not None else None

    def current_paper_id(self) -> int | None:
        return self.current_id() if self.current_kind() == "paper" else None

    def current_item_id(self) -> int | None:
        row = self.currentItem()
        return row.data(0, ITEM_ID_ROLE) if row is not None else None

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
        self.files_dropped.emit(row.data(0, ITEM_ID_ROLE), files)
