"""Who was heard: a chart and two tables (per person, and partners against staff), for the
whole meeting or one agenda item, with who has not spoken yet."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
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


class FittedTable(QTableWidget):
    """A read-only table as tall as its rows (the page scrolls, not the table), at any text
    size; wide tables scroll sideways rather than cut their headings."""

    def __init__(self, columns: list[str], name: str):
        super().__init__(0, len(columns))
        self.setHorizontalHeaderLabels(columns)
        self.setAccessibleName(name)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setTabKeyNavigation(False)  # Tab moves on to the next control: no keyboard trap
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fill(self, rows: list[list[str]]) -> None:
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.setItem(r, c, QTableWidgetItem(text))
        self.updateGeometry()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = sum(self.rowHeight(r) for r in range(self.rowCount())) if self.rowCount() else 0
        height = (self.horizontalHeader().sizeHint().height() + rows + 2 * self.frameWidth()
                  + self.horizontalScrollBar().sizeHint().height())  # room for sideways scroll
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(120, self.sizeHint().height())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.resizeRowsToContents()
            self.updateGeometry()


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
        self.people_table = FittedTable(PERSON_COLUMNS, "Speaking time for each person")
        layout.addWidget(self.people_table)
        layout.addWidget(QLabel("Partners and staff:"))
        self.groups_table = FittedTable(GROUP_COLUMNS, "Speaking time for partners and staff")
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
        self.people_table.fill([
            [p.person.name, ROLE_WORDS.get(p.person.role, p.person.role),
             duration_words(p.seconds), str(p.turns), str(p.passes)]
            for p in summary.people])
        self.groups_table.fill([
            [GROUP_WORDS.get(r.role, r.role), str(r.head_count), duration_words(r.seconds),
             str(r.turns), f"{round(r.share * 100)}%", f"{round(r.fair_share * 100)}%"]
            for r in summary.roles])
