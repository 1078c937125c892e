"""Overview: the meeting's details, its status, and what still needs doing."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ui.context import AppContext


class OverviewTab(QScrollArea):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.summary.setAccessibleName("Meeting overview")
        layout.addWidget(self.summary)
        layout.addStretch()
        self.setWidget(body)
        context.bus.changed.connect(lambda _changes: self.refresh())
        self.refresh()

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.refresh()

    def refresh(self) -> None:
        if self.meeting_id is None:
            self.summary.setText("<h2>No meeting chosen</h2><p>Choose a meeting on the left, or "
                                 "make a new one from the File menu (Ctrl+N).</p>")
            return
        store = self.context.store
        try:
            meeting = store.meetings.get(self.meeting_id)
        except Exception:  # the meeting was deleted a moment ago
            self.summary.setText("")
            return
        committee = store.committees.get(meeting.committee_id)
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


def overview_todo(context: AppContext, meeting_id: int) -> list[str]:
    store = context.store
    items = store.agenda.items(meeting_id)
    lines = []
    if not items:
        lines.append("Add the agenda items (Agenda tab).")
    missing = [i.title for i in items if not i.summary.strip()]
    if missing:
        lines.append(f"Write a short plain summary for {len(missing)} item(s): "
                     + ", ".join(_esc(t) for t in missing[:3]) + ("…" if len(missing) > 3 else ""))
    return lines


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
