"""A table of actions that holds only their ids and fetches rows a page at a time as they are
shown, so a log of 100,000 actions opens and filters at once. Status is always in words
("Overdue", "Done"), never told by colour alone."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from meetingkit import clock
from meetingkit.model import Action

PAGE = 200
PAGES_KEPT = 20
COLUMNS = ("What", "Who", "Due", "Status", "Agreed on")
Index = QModelIndex | QPersistentModelIndex


def day_words(iso: str | None) -> str:
    """'3 Mar 2026' (or 'No date')."""
    if not iso:
        return "No date"
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {day:%b %Y}"


def action_rows(context) -> Callable[[list[int]], dict[int, dict]]:
    """The action log's rows, read from the store the app has now (a restored backup is a new
    store; a method bound to the old one would read a closed database)."""
    return lambda ids: context.store.involvement.action_log.rows(ids)


class ActionsModel(QAbstractTableModel):
    def __init__(self, fetch: Callable[[list[int]], dict[int, dict]], parent=None):
        super().__init__(parent)
        self._fetch = fetch
        self.ids: list[int] = []
        self._pages: OrderedDict[int, dict[int, dict]] = OrderedDict()
        self.today = clock.today_iso()

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = list(ids)
        self._pages.clear()
        self.today = clock.today_iso()
        self.endResetModel()

    def refresh_rows(self) -> None:
        """The same ids with fresh rows (after a status change)."""
        self._pages.clear()
        if self.ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.ids) - 1,
                                                               len(COLUMNS) - 1))

    def row(self, row_number: int) -> dict | None:
        page = row_number // PAGE
        if page not in self._pages:
            self._pages[page] = self._fetch(self.ids[page * PAGE:(page + 1) * PAGE])
            while len(self._pages) > PAGES_KEPT:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        return self._pages[page].get(self.ids[row_number])

    def action(self, row_number: int) -> Action | None:
        found = self.row(row_number)
        return Action.from_row(found) if found else None

    # ----- Qt model --------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                        Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.FontRole):
            return None
        found = self.row(index.row())
        if found is None:
            return "(removed)" if role == Qt.ItemDataRole.DisplayRole else None
        action = Action.from_row(found)
        status = action.status_words(self.today)
        if role == Qt.ItemDataRole.FontRole:
            if status != "Overdue" or index.column() != 3:
                return None
            font = QFont()
            font.setBold(True)  # a second cue beside the word itself
            return font
        column = index.column()
        if column == 0:
            return action.text
        if column == 1:
            return action.owner or "Nobody yet"
        if column == 2:
            return day_words(action.due)
        if column == 3:
            return status
        return day_words(found.get("meeting_date"))


class ActionsView(QTableView):
    """The table people see: whole rows selected, sensible widths, Tab leaves it."""

    def __init__(self, model: ActionsModel, name: str, show_meeting: bool = True):
        super().__init__()
        self.setModel(model)
        self.show_meeting = show_meeting  # 'Agreed on' (hidden anyway when space is tight)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.fit_columns()

    def fit_columns(self) -> None:
        """Widths from the text size (not from the rows: 100,000 rows are never measured).
        When space is tight (large text), 'What' keeps at least 40%, the status and due date
        keep their full width, 'Who' is shortened with '…' (in full in the tooltip) and
        'Agreed on' steps aside."""
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        metrics = self.fontMetrics()
        natural = {column: metrics.horizontalAdvance(sample) + 24 for column, sample in
                   ((1, "Dr David Evans"), (2, "30 Sep 2026"), (3, "Overdue"), (4, "Agreed on"),
                    (5, "30 Sep 2026"))}
        natural[4] = max(natural.pop(4), natural.pop(5))
        room = max(self.viewport().width(), 1)
        left = room - int(room * 0.4) - natural[2] - natural[3]
        agreed = self.show_meeting and left >= natural[1] + natural[4]
        self.setColumnHidden(4, not agreed)
        who = max(min(natural[1], left - (natural[4] if agreed else 0)),
                  metrics.horizontalAdvance("Maria…") + 24)
        widths = {1: who, 2: natural[2], 3: natural[3], 4: natural[4] if agreed else 0}
        for column, width in widths.items():
            if width:
                self.setColumnWidth(column, width)
        self.setColumnWidth(0, max(room - sum(widths.values()), metrics.averageCharWidth() * 12))
        self.verticalHeader().setDefaultSectionSize(metrics.lineSpacing() + 12)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.fit_columns()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name): a few rows, following the text size
        rows = self.fontMetrics().lineSpacing() + 12
        return QSize(super().sizeHint().width(), rows * 5 + self.horizontalHeader().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_columns()

    def choose_ids(self, wanted: set[int]) -> None:
        """Selects these actions again after the table reloads (if they are still shown)."""
        if not wanted:
            return
        model, selection = self.model(), self.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for row, action_id in enumerate(model.ids):
            if action_id in wanted:
                selection.select(model.index(row, 0), flags)

    def choose_one(self, action_id: int) -> bool:
        """Chooses only this action and puts the keyboard on it (Find in all meetings). False
        when it is not shown."""
        model = self.model()
        if action_id not in model.ids:
            return False
        index = model.index(model.ids.index(action_id), 0)
        self.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.scrollTo(index)
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def chosen_ids(self) -> list[int]:
        model = self.model()
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [model.ids[r] for r in rows if r < len(model.ids)]
