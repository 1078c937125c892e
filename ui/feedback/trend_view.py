"""The committee's view of feedback: the trend as a chart and as a table (the same numbers, for
screen readers and anyone who prefers them), and this meeting's comments."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.feedback.scale import QUESTIONS, average_words
from ui.feedback.trend_chart import TrendChart, short_day


def trend_table() -> QTableWidget:
    headers = ["Meeting", "Replies", *(short for _key, _q, short in QUESTIONS)]
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName("Table of how meetings have felt")
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


class TrendView(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.committee_id: int | None = None
        heading = QLabel("<h2>How meetings have felt</h2>")
        intro = QLabel("The average answer to each question at each meeting, from 'Not at all' "
                       "(1) to 'Completely' (5). The chart and the table show the same numbers.")
        intro.setWordWrap(True)
        self.chart = TrendChart()
        self.table = trend_table()
        self.views = QTabWidget()
        self.views.setAccessibleName("Chart or table")
        self.views.addTab(self.chart, "Chart")
        self.views.addTab(self.table, "Table")
        self.comments_label = QLabel("&Comments about this meeting:")
        self.comments = QListWidget()
        self.comments.setAccessibleName("Comments about this meeting")
        self.comments.setWordWrap(True)
        self.comments_label.setBuddy(self.comments)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addWidget(self.views, 3)
        layout.addWidget(self.comments_label)
        layout.addWidget(self.comments, 1)
        context.bus.changed.connect(self._changed)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.committee_id = (self.context.store.meetings.get(meeting_id).committee_id
                             if meeting_id else None)
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.FEEDBACK, Kind.MEETINGS, Kind.PEOPLE):
            self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        rows = store.feedback.trend(self.committee_id) if self.committee_id else []
        self.chart.set_rows(rows)
        self.table.setRowCount(len(rows))
        for row_number, row in enumerate(rows):
            cells = [short_day(row["date"]), str(row["responses"]),
                     *(average_words(row[key]) for key, _q, _s in QUESTIONS)]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column == 1:
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row_number, column, cell)
        self.comments.clear()
        if self.meeting_id:
            names = {p.id: p.name for p in store.people.all()}
            for reply in store.feedback.for_meeting(self.meeting_id):
                if reply["comment"].strip():
                    who = names.get(reply["person_id"], "Anonymous")
                    self.comments.addItem(f"{who}: {reply['comment']}")
        if self.comments.count() == 0:
            self.comments.addItem("No comments yet for this meeting.")
