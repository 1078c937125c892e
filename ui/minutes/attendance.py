"""Who came: present, sent apologies or absent for each member, with their role in words and any
a personal interest in an item, and whether enough people are here to make decisions (when the
committee sets a number)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
)

from meetingkit.model import AttendanceStatus, Role
from meetingkit.ops import minutes
from meetingkit.store.changes import Changes, Kind
from ui.announce import announce
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.keys import guard_wheel
from ui.minutes.scroll_body import ScrollBody


def quorum_words(present: int, needed: int | None) -> str:
    """'Enough people to make decisions: 5 here, 4 needed.'; '' when the committee sets no number."""
    if not needed:
        return ""
    people = "person" if present == 1 else "people"
    if present >= needed:
        return f"Enough people to make decisions: {present} {people} here, {needed} needed."
    return (f"Not enough people to make decisions: {present} {people} here, {needed} needed. "
            "The committee can talk, but decisions may need to wait or be agreed later.")


class AttendancePanel(QScrollArea):
    def __init__(self, context: AppContext):
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: it follows the focus
        self.context = context
        self.meeting_id: int | None = None
        self.setWidgetResizable(True)
        self.setAccessibleName("Who came")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = ScrollBody()
        self.heading = QLabel("<h2>Who came</h2>")
        self.intro = QLabel("Everyone is marked present until you change it. Choose 'Sent "
                            "apologies' for people who said they could not come.")
        self.intro.setWordWrap(True)
        self.quorum = InfoLabel("Enough people to make decisions?", tab_stop=True)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(2, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addWidget(self.quorum)
        layout.addLayout(self.grid)
        layout.addStretch()
        self.setWidget(body)
        self.rows: dict[int, tuple[QComboBox, QLineEdit]] = {}
        self._people: list[tuple] = []
        context.bus.changed.connect(self._changed)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.ATTENDANCE, Kind.PEOPLE, Kind.COMMITTEES, Kind.MEETINGS):
            self.refresh()

    # ----- building and filling the rows -------------------------------------------------------
    def refresh(self) -> None:
        rows = self.context.store.attendance.for_meeting(self.meeting_id) if self.meeting_id else []
        people = [(r["person_id"], r["name"], r["role"]) for r in rows]
        if people != self._people:  # rebuild only when the members change, so focus stays put
            self._build(people)
        for row in rows:
            status, declaration = self.rows[row["person_id"]]
            status.blockSignals(True)
            status.setCurrentIndex(status.findData(row["status"]))
            status.blockSignals(False)
            if not declaration.hasFocus():
                declaration.setText(row["declaration"])
        present = sum(r["status"] == AttendanceStatus.PRESENT.value for r in rows)
        needed = None
        if self.meeting_id:
            meeting = self.context.store.meetings.get(self.meeting_id)
            needed = self.context.store.committees.get(meeting.committee_id).quorum
        self.quorum.setText(quorum_words(present, needed) or
                            f"{present} of {len(rows)} members present.")

    def _build(self, people: list[tuple]) -> None:
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.rows.clear()
        self._people = people
        for column, title in enumerate(("Name and role", "Attendance", "Personal interest in an item")):
            header = QLabel(f"<b>{title}</b>")
            header.setAccessibleName(title)
            header.setWordWrap(True)  # at 250% the three columns fit the page, not past it
            self.grid.addWidget(header, 0, column)
        if not people:
            empty = QLabel("No members yet. Add people with File, People on this committee.")
            empty.setWordWrap(True)
            self.grid.addWidget(empty, 1, 0, 1, 3)
        for row, (person_id, name, role) in enumerate(people, start=1):
            label = QLabel(f"{name}\n{Role(role).label}")
            label.setWordWrap(True)
            status = QComboBox()
            for choice in AttendanceStatus:
                status.addItem(choice.label, choice.value)
            status.setAccessibleName(f"Attendance for {name}, {Role(role).label}")
            label.setBuddy(status)
            declaration = QLineEdit()
            declaration.setAccessibleName(f"Personal interest in an item for {name}")
            declaration.setPlaceholderText("None")
            status.currentIndexChanged.connect(
                lambda _i, p=person_id, n=name, box=status: self._set_status(p, n, box))
            declaration.editingFinished.connect(
                lambda p=person_id, n=name, line=declaration: self._set_declaration(p, n, line))
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(status, row, 1)
            self.grid.addWidget(declaration, row, 2)
            self.rows[person_id] = (status, declaration)
        guard_wheel(self)  # scrolling past the list never changes who came

    # ----- saving ----------------------------------------------------------------------------
    def _set_status(self, person_id: int, name: str, box: QComboBox) -> None:
        if self.meeting_id is None:
            return
        meeting_id, value = self.meeting_id, box.currentData()
        words = f"{name}: {AttendanceStatus(value).label.lower()}."
        self.context.perform(self, lambda: minutes.set_attendance(
            self.context.store, meeting_id, person_id, status=value), words)
        announce(self, self.quorum.text())  # the bus refreshed it just now

    def _set_declaration(self, person_id: int, name: str, line: QLineEdit) -> None:
        if self.meeting_id is None:
            return
        rows = self.context.store.attendance.for_meeting(self.meeting_id)
        old = next((r["declaration"] for r in rows if r["person_id"] == person_id), "")
        text = line.text().strip()
        if text == old:
            return
        meeting_id = self.meeting_id
        self.context.perform(self, lambda: minutes.set_attendance(
            self.context.store, meeting_id, person_id, declaration=text),
            f"Declaration of interest saved for {name}.")
