"""Who was heard: a chart and two tables (per person, and partners against staff), for the
whole meeting or one agenda item, with who has not spoken yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.timer import Attendee, HeardSummary, Turn, who_was_heard
from ui.forms import add_field
from ui.run.controls import generous
from ui.run.format import GROUP_WORDS, ROLE_WORDS, duration_words, names
from ui.run.heard_chart import Bar, HeardChart

PERSON_COLUMNS = ["Name", "Role", "Speaking time", "Turns", "Passes"]
GROUP_COLUMNS = ["Group", "People", "Speaking time", "Turns", "Share", "Equal share"]


def _table(columns: list[str], name: str) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab moves on to the next control: no keyboard trap
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(text))
    # Tall enough for every row, so the page scrolls instead of the table.
    height = table.horizontalHeader().height() + 4
    height += sum(table.rowHeight(r) for r in range(table.rowCount()))
    table.setFixedHeight(max(height, table.horizontalHeader().height() * 2))


class WhoWasHeardView(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("Who was heard", parent)
        self.setAccessibleName("Who was heard")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.scope = add_field(form, "S&how:", QComboBox(),
                               "The whole meeting, or one agenda item.")
        generous(self.scope)
        self.scope.currentIndexChanged.connect(lambda _i: self._redraw())
        layout.addLayout(form)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.chart = HeardChart()
        layout.addWidget(self.chart)
        self.not_heard = QLabel()
        self.not_heard.setWordWrap(True)
        layout.addWidget(self.not_heard)
        layout.addWidget(QLabel("Each person:"))
        self.people_table = _table(PERSON_COLUMNS, "Speaking time for each person")
        layout.addWidget(self.people_table)
        layout.addWidget(QLabel("Partners and staff:"))
        self.groups_table = _table(GROUP_COLUMNS, "Speaking time for partners and staff")
        layout.addWidget(self.groups_table)
        note = QLabel("Share: each group's part of all the speaking time. Equal share: the part "
                      "it would have if everyone spoke for the same time.")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.turns: list[Turn] = []
        self.attendees: list[Attendee] = []
        self.last_summary: HeardSummary | None = None

    def set_items(self, items: list[tuple[Any, str]]) -> None:
        """The agenda items to choose from (id, title)."""
        current = self.scope.currentData()
        self.scope.blockSignals(True)
        self.scope.clear()
        self.scope.addItem("The whole meeting", None)
        for item_id, title in items:
            self.scope.addItem(title, item_id)
        index = self.scope.findData(current)
        self.scope.setCurrentIndex(max(0, index))
        self.scope.blockSignals(False)

    def set_data(self, turns: list[Turn], attendees: list[Attendee]) -> None:
        self.turns, self.attendees = list(turns), list(attendees)
        self._redraw()

    def _redraw(self) -> None:
        summary = who_was_heard(self.turns, self.attendees,
                                agenda_item_id=self.scope.currentData())
        self.last_summary = summary
        spoken = [p for p in summary.people if p.turns or p.passes]
        self.summary.setText(f"Total speaking time: {duration_words(summary.total_seconds)}."
                             if spoken else "Nobody has had a turn yet.")
        self.chart.set_bars([
            Bar(f"{p.person.name} ({ROLE_WORDS.get(p.person.role, p.person.role)})", p.seconds,
                f"{duration_words(p.seconds)}, {p.turns} turn{'s' if p.turns != 1 else ''}",
                striped=p.person.role == "partner")
            for p in summary.people if p.turns])
        self.not_heard.setText(f"Not heard yet: {names(summary.not_heard)}." if summary.not_heard
                               else "Everyone present has spoken.")
        _fill(self.people_table, [
            [p.person.name, ROLE_WORDS.get(p.person.role, p.person.role),
             duration_words(p.seconds), str(p.turns), str(p.passes)]
            for p in summary.people])
        _fill(self.groups_table, [
            [GROUP_WORDS.get(r.role, r.role), str(r.head_count), duration_words(r.seconds),
             str(r.turns), f"{round(r.share * 100)}%", f"{round(r.fair_share * 100)}%"]
            for r in summary.roles])
