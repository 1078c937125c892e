"""Overview: the meeting's details, its status, what still needs doing, and the meeting pack:
when it is due (in working days), how much reading it is, and sending it."""

from __future__ import annotations

import sqlite3
from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from meetingkit.counting import counted
from meetingkit.errors import MeetingKitError
from meetingkit.model import MeetingStatus
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.publish.pack_section import pack_section_html
from ui.publish.send_flow import send_pack

SEND_TEXT = "Send the meeting &pack…"


def _reading_label(name: str) -> InfoLabel:
    """A Tab stop read out in full: the date, the deadline, what is still to do, the reading
    time (its spoken name follows its text; `name` is said only while it is empty)."""
    label = InfoLabel(name, tab_stop=True, rich=True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


class OverviewTab(QScrollArea):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self._pack_pending = False
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.summary = _reading_label("Meeting overview")
        self.pack = _reading_label("The meeting pack")
        self.send_button = QPushButton(SEND_TEXT)
        self.send_button.setAccessibleName("Send the meeting pack")
        self.send_button.setToolTip("Check the pack for anything that would get in a "
                                    "partner's way, then record it as sent.")
        self.send_button.clicked.connect(self.send_pack)
        self.send_action = QAction("Send &the meeting pack…", self)
        self.send_action.setObjectName("send_meeting_pack")
        self.send_action.triggered.connect(self._send_from_menu)
        layout.addWidget(self.summary)
        layout.addWidget(self.pack)
        layout.addWidget(self.send_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch()
        self.setWidget(body)
        context.bus.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("File", self.send_action)]

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        self._set_sendable(False)
        if self.meeting_id is None:
            self.summary.setText("<h2>No meeting chosen</h2><p>Choose a meeting on the left, or "
                                 "make a new one from the File menu (Ctrl+N).</p>")
            self.pack.setText("")
            return
        store = self.context.store
        try:
            meeting = store.meetings.get(self.meeting_id)
            committee = store.committees.get(meeting.committee_id)
        except MeetingKitError:  # the meeting was deleted a moment ago
            self.summary.setText("")
            self.pack.setText("")
            return
        items = store.agenda.items(meeting.id)
        day = date.fromisoformat(meeting.date)
        where = meeting.place or ("Online" if meeting.call_link else "Place not set yet")
        todo = overview_todo(context=self.context, meeting_id=meeting.id)
        todo_html = "".join(f"<li>{line}</li>" for line in todo) or "<li>Nothing. Well done.</li>"
        self.summary.setText(
            f"<h2>{_esc(meeting.title)}</h2>"
            f"<p><b>When:</b> {day:%A} {day.day} {day:%B %Y}, {meeting.start_time} "
            f"({meeting.length_minutes} minutes)<br><b>Where:</b> {_esc(where)}<br>"
            f"<b>Committee:</b> {_esc(committee.name)}<br>"
            f"<b>Status:</b> {meeting.status_label}<br>"
            f"<b>Agenda:</b> {len(items)} items, "
            f"{sum(i.minutes for i in items)} of {meeting.length_minutes} minutes planned</p>"
            f"<h3>Still to do</h3><ul>{todo_html}</ul>"
        )
        # The deadline needs the bank holiday tables (slow to load the first time), so the pack
        # section follows a moment after the rest: the window appears without waiting for it.
        if not self._pack_pending:
            self._pack_pending = True
            QTimer.singleShot(0, self._refresh_pack)
        self.send_button.setText("Send the meeting &pack again…" if meeting.published_at
                                 else SEND_TEXT)
        self._set_sendable(True)

    def _refresh_pack(self) -> None:
        self._pack_pending = False
        if self.meeting_id is None:
            return
        store = self.context.store
        try:
            meeting = store.meetings.get(self.meeting_id)
            committee = store.committees.get(meeting.committee_id)
            self.pack.setText(pack_section_html(store, meeting, committee))
        except (MeetingKitError, sqlite3.ProgrammingError):  # deleted, or the app is closing
            return

    def _set_sendable(self, sendable: bool) -> None:
        self.send_button.setVisible(sendable)
        self.send_action.setEnabled(sendable)

    def _send_from_menu(self) -> None:
        workspace = self.parentWidget()
        while workspace is not None and not isinstance(workspace, QTabWidget):
            workspace = workspace.parentWidget()
        if workspace is not None:
            workspace.setCurrentWidget(self)
        self.send_pack()

    def send_pack(self) -> None:
        send_pack(self, self.context, self.meeting_id)


def overview_todo(context: AppContext, meeting_id: int) -> list[str]:
    store = context.store
    items = store.agenda.items(meeting_id)
    meeting = store.meetings.get(meeting_id)
    lines = []
    if not items:
        lines.append("Add the agenda items (Agenda tab).")
    missing = [i.title for i in items if not i.summary.strip()]
    if missing:
        lines.append(f"Write a short plain summary for {counted(len(missing), 'item')}: "
                     + ", ".join(_esc(t) for t in missing[:3]) + ("…" if len(missing) > 3 else ""))
    stale = [p.title for p in store.papers.for_meeting(meeting_id) if p.plain_is_out_of_date]
    if stale:
        lines.append(f"Make the plain version again, or remove it, for {counted(len(stale), 'paper')} "
                     "changed since their plain version was made: "
                     + ", ".join(_esc(t) for t in stale[:3]) + ("…" if len(stale) > 3 else "")
                     + " (Papers tab).")
    over = sum(i.minutes for i in items) - meeting.length_minutes
    if items and over > 0:
        lines.append(f"Shorten the agenda: it is {over} minute{'s' * (over != 1)} longer than "
                     "the meeting (Agenda tab).")
    if not meeting.published_at and meeting.status == MeetingStatus.DRAFT.value:
        lines.append("Send the meeting pack (the button below, or the File menu).")
    return lines


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
