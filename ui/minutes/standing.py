"""Standing items fill themselves in: apologies, the last meeting's minutes (with a button to
approve them), the action log carried forward, any other business, and the next meeting."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from meetingkit import clock
from meetingkit.model import AttendanceStatus, Meeting, MeetingStatus
from meetingkit.ops import committees
from ui.context import AppContext
from ui.info_label import InfoLabel
from ui.minutes.action_buttons import ActionStatusButtons
from ui.minutes.action_table import ActionsModel, ActionsView, action_rows

STANDING_KINDS = ("apologies", "minutes", "actions", "aob", "next_meeting")


def long_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%A} {day.day} {day:%B %Y}"


def _text_label(name: str) -> QLabel:
    label = InfoLabel(name, tab_stop=True)  # screen readers reach it with Tab and hear it all
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class StandingBlock(QGroupBox):
    """Shown above the notes for a standing item; hidden for ordinary items."""

    go_to_attendance = Signal()

    def __init__(self, context: AppContext):
        super().__init__("Filled in by MeetingKit")
        self.context = context
        self.meeting_id: int | None = None
        self.kind = ""
        self.text = _text_label("About this item")
        self.approve_button = QPushButton("Approve the last meeting's minutes")
        self.approve_button.setAccessibleName("Approve the last meeting's minutes")
        self.approve_button.clicked.connect(self.approve_previous)
        self.attendance_button = QPushButton("Change who came…")
        self.attendance_button.setAccessibleName("Change who came")
        self.attendance_button.clicked.connect(self.go_to_attendance.emit)
        self.carried = ActionsModel(action_rows(context), self)
        self.carried_view = ActionsView(self.carried, "Actions from earlier meetings")
        self.carried_buttons = ActionStatusButtons(context, self.carried_view)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.attendance_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        layout.addWidget(self.carried_view)
        layout.addWidget(self.carried_buttons)

    def show_item(self, meeting_id: int | None, kind: str) -> None:
        self.meeting_id = meeting_id
        self.kind = kind if kind in STANDING_KINDS else ""
        self.refresh()

    def refresh(self) -> None:
        kind = self.kind if self.meeting_id is not None else ""
        self.setVisible(bool(kind))
        self.approve_button.setVisible(False)
        self.attendance_button.setVisible(kind == "apologies")
        self.carried_view.setVisible(kind == "actions")
        self.carried_buttons.setVisible(kind == "actions")
        if not kind:
            return
        meeting = self.context.store.meetings.get(self.meeting_id)
        text = getattr(self, f"_{kind}")(meeting)
        self.text.setText(text)

    # ----- each kind -------------------------------------------------------------------------
    def _apologies(self, meeting: Meeting) -> str:
        rows = self.context.store.attendance.for_meeting(meeting.id)
        by_status = {s.value: [r["name"] for r in rows if r["status"] == s.value]
                     for s in AttendanceStatus}
        lines = [f"{AttendanceStatus(s).label}: {', '.join(names) if names else 'nobody'}."
                 for s, names in by_status.items() if s != "present"]
        lines.insert(0, f"Present: {len(by_status['present'])} of {len(rows)} members.")
        declared = [f"{r['name']}: {r['declaration']}" for r in rows if r["declaration"].strip()]
        lines.append("Declarations of interest: " + ("; ".join(declared) if declared
                                                       else "none recorded."))
        return "\n".join(lines)

    def _minutes(self, meeting: Meeting) -> str:
        previous = self.context.store.meetings.previous(meeting.id)
        if previous is None:
            return ("This is the committee's first meeting in MeetingKit, so there are no "
                    "earlier minutes to approve.")
        approved = previous.status == MeetingStatus.MINUTES_APPROVED.value
        self.approve_button.setVisible(not approved)
        when = long_day(previous.date)
        if approved:
            return f"The minutes of the last meeting ({when}) are approved."
        return (f"The last meeting was on {when}. Its minutes are: {previous.status_label}. "
                "If the committee agrees they are right, approve them here.")

    def _actions(self, meeting: Meeting) -> str:
        carried = self.context.store.actions.carried_forward(meeting.id)
        chosen = set(self.carried_view.chosen_ids())
        self.carried.set_ids([a.id for a in carried])
        self.carried_view.choose_ids(chosen)
        if not carried:
            return "There are no open actions from earlier meetings."
        today = clock.today_iso()
        still_open = sum(a.status == "open" for a in carried)
        overdue = sum(a.is_overdue(today) for a in carried)
        return (f"Actions from earlier meetings: {len(carried)} in all, {still_open} still open, "
                f"{overdue} overdue. Choose one and mark it done or closed as the committee "
                "hears about it.")

    def _aob(self, _meeting: Meeting) -> str:
        return ("Write anything raised under any other business in the notes below. If someone "
                "agrees to do something, add it as an action.")

    def _next_meeting(self, meeting: Meeting) -> str:
        later = [m for m in self.context.store.meetings.for_committee(meeting.committee_id)
                 if (m.date, m.id) > (meeting.date, meeting.id)]
        if not later:
            return ("No next meeting is set yet. Make one with File, New meeting (Ctrl+N), and "
                    "its date will show here.")
        following = min(later, key=lambda m: (m.date, m.id))
        where = f" in {following.place}" if following.place else ""
        return f"The next meeting is on {long_day(following.date)} at {following.start_time}{where}."

    # ----- commands --------------------------------------------------------------------------
    def approve_previous(self) -> None:
        if self.meeting_id is None:
            return
        store = self.context.store
        previous = store.meetings.previous(self.meeting_id)
        if previous is None:
            return
        self.context.perform(
            self, lambda: committees.approve_minutes(store, previous.id),
            f"The minutes of the meeting on {long_day(previous.date)} are approved.")
        self.text.setFocus()  # the button has gone; keep the keyboard on the same spot
