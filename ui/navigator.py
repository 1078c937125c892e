"""The navigator on the left: committees, then their meetings (newest first) with status in words.

A flat list (each committee's row, then its meetings, drawn indented), not a tree: Qt's tree
tells screen readers a hidden header row is its first child, so Orca read the row above the
chosen one ("Committee: … expanded, not selected" while a meeting was chosen). A list says the
chosen meeting, its status and that it is selected.

Rows wrap rather than being cut short: at large text on a laptop screen the list is narrow, and a
meeting's status (the last words of its row) must still show in full."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
)

from meetingkit import clock
from meetingkit.model import Meeting
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.indented_rows import IndentedRows

KIND_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
COMMITTEE_ROLE = Qt.ItemDataRole.UserRole + 3  # the committee a row belongs to


def meeting_label(meeting: Meeting, committee_name: str = "") -> str:
    """"Tue 8 Dec 2026 – Draft": the title only when it says more than the committee's name."""
    day = date.fromisoformat(meeting.date)
    title = "" if meeting.title in committee_name else f" {meeting.title}"
    return f"{day:%a} {day.day} {day:%b %Y}{title} – {meeting.status_label}"


class Navigator(QListView):
    """Emits `selection(kind, id)` where kind is "committee", "meeting" or None."""

    selection = Signal(object, object)

    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setAccessibleName("Committees and meetings")
        self.setAccessibleDescription(
            "Choose a committee, then one of its meetings. Newest meetings are first."
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Names are never cut short (the status word comes last): a row too long for the list
        # wraps onto a second line; each row's tooltip says it all.
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # rows wrap again when it is resized
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setItemDelegate(IndentedRows(self, KIND_ROLE, "meeting", "committee"))
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.selectionModel().currentChanged.connect(self._current_changed)
        context.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changes: Changes) -> None:
        if changes.touches(Kind.COMMITTEES, Kind.MEETINGS):
            self.reload()

    def reload(self) -> None:
        kind, ident = self.current()
        store = self.context.store
        # Quiet while the rows are replaced: clearing them moved the current row one row at a
        # time, and each move redrew the tabs for that meeting (4 s with 2,400 meetings).
        self.selectionModel().blockSignals(True)
        try:
            self._fill(store)
        finally:
            self.selectionModel().blockSignals(False)
        if kind is None or not self.select(kind, ident):
            self.setCurrentIndex(QModelIndex())
            self.selection.emit(None, None)

    def _fill(self, store) -> None:
        self.model_.clear()
        for committee in store.committees.all():
            row = QStandardItem(committee.name)
            row.setData("committee", KIND_ROLE)
            row.setData(committee.id, ID_ROLE)
            row.setData(committee.id, COMMITTEE_ROLE)
            row.setData(f"Committee: {committee.name}", Qt.ItemDataRole.AccessibleTextRole)
            row.setToolTip(committee.name)
            self.model_.appendRow(row)
            for meeting in store.meetings.for_committee(committee.id):
                child = QStandardItem(meeting_label(meeting, committee.name))
                child.setToolTip(f"{child.text()} ({committee.name})")
                child.setData("meeting", KIND_ROLE)
                child.setData(meeting.id, ID_ROLE)
                child.setData(committee.id, COMMITTEE_ROLE)
                self.model_.appendRow(child)

    def minimumSizeHint(self):  # noqa: N802 (Qt's name)
        # Room for "Tue 8 Dec 2026" at any text size (the status wraps under it); the splitter
        # can give more. Wider, it took half a laptop's screen at 250% text.
        hint = super().minimumSizeHint()
        hint.setWidth(max(hint.width(), self.fontMetrics().averageCharWidth() * 17))
        return hint

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.updateGeometry()  # the text size changed: ask the splitter for more room

    def current(self) -> tuple[str | None, int | None]:
        index = self.currentIndex()
        if not index.isValid():
            return None, None
        return index.data(KIND_ROLE), index.data(ID_ROLE)

    def current_committee_id(self) -> int | None:
        index = self.currentIndex()
        return index.data(COMMITTEE_ROLE) if index.isValid() else None

    def select(self, kind: str, ident: int) -> bool:
        for row in range(self.model_.rowCount()):
            index = self.model_.index(row, 0)
            if index.data(KIND_ROLE) == kind and index.data(ID_ROLE) == ident:
                self.setCurrentIndex(index)
                return True
        return False

    def select_upcoming_meeting(self) -> None:
        """On start, open the next meeting to come (or the newest one)."""
        today = clock.today_iso()
        best: tuple[str, int] | None = None
        for committee in self.context.store.committees.all():
            for meeting in self.context.store.meetings.for_committee(committee.id):
                if meeting.date >= today and (best is None or meeting.date < best[0]):
                    best = (meeting.date, meeting.id)
        if best:
            self.select("meeting", best[1])
        elif self.model_.rowCount():
            first = self.model_.index(0, 0)
            after = self.model_.index(1, 0)  # the committee's newest meeting, if it has one
            self.setCurrentIndex(after if after.data(KIND_ROLE) == "meeting" else first)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.selection.emit(current.data(KIND_ROLE), current.data(ID_ROLE))
        else:
            self.selection.emit(None, None)
