"""Feedback: after each meeting, anyone (partners especially) says how it felt, named or
anonymous; the committee sees how that changes over its meetings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from meetingkit.errors import MeetingKitError
from ui.context import AppContext
from ui.feedback.form import FeedbackForm
from ui.feedback.trend_chart import short_day
from ui.feedback.trend_view import TrendView


class FeedbackTab(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.form = FeedbackForm(context)
        self.trend = TrendView(context)
        form_page = QScrollArea()
        form_page.setWidgetResizable(True)
        form_page.setAccessibleName("Feedback form")
        form_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: it follows the focus
        form_page.setWidget(self.form)
        self.pages = QTabWidget()
        self.pages.setAccessibleName("Feedback pages")
        self.pages.addTab(form_page, "Give feedback")
        self.pages.addTab(self.trend, "How meetings have felt")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.pages, 1)
        context.bus.changed.connect(self._changed)
        self.set_meeting(None)

    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        meeting = None
        if meeting_id is not None:
            try:
                meeting = self.context.store.meetings.get(meeting_id)
            except MeetingKitError:
                self.meeting_id = None
        if meeting is None:
            self.heading.setText("<h2>Feedback</h2><p>Choose a meeting on the left.</p>")
        else:
            count = len(self.context.store.feedback.for_meeting(meeting.id))
            replies = "1 reply" if count == 1 else f"{count} replies"
            self.heading.setText(f"<h2>Feedback: {meeting.title}, {short_day(meeting.date)}</h2>"
                                 f"<p>{replies} so far.</p>")
        self.form.set_meeting(self.meeting_id)
        self.trend.set_meeting(self.meeting_id)

    def _changed(self, changes: frozenset[str]) -> None:
        if changes & {"feedback", "meetings"}:
            self.set_meeting(self.meeting_id)
        elif changes & {"people", "committees"}:
            self.form.fill_people()
