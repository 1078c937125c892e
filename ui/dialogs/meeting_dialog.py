"""New meeting / meeting details."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit import clock
from meetingkit.model import Meeting
from ui.date_box import KEYS_HINT as DATE_KEYS
from ui.date_box import DateBox
from ui.forms import add_field, ok_cancel
from ui.time_box import TimeBox


class MeetingDialog(QDialog):
    def __init__(self, parent: QWidget | None, meeting: Meeting | None = None,
                 default_title: str = "", default_length: int = 120):
        super().__init__(parent)
        new = meeting is None
        self.setWindowTitle("New meeting" if new else "Meeting details")
        form = QFormLayout()
        self.title = add_field(form, "&Name:", QLineEdit())
        self.date = add_field(form, "&Date:", DateBox(), f"The day of the meeting. {DATE_KEYS}")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dddd d MMMM yyyy")
        self.time = add_field(form, "&Starts at:", TimeBox())
        self.length = add_field(form, "&Length (minutes):", QSpinBox())
        self.length.setRange(15, 600)
        self.length.setSingleStep(15)
        self.place = add_field(form, "&Place:", QLineEdit(), "The room, or leave empty for an "
                               "online meeting")
        self.link = add_field(form, "&Call link:", QLineEdit(), "A link to join online, if any")
        if meeting is None:
            self.title.setText(default_title)
            start = clock.today() + timedelta(days=28)
            self.date.setDate(QDate(start.year, start.month, start.day))
            self.time.setTime(QTime(10, 0))
            self.length.setValue(default_length)
        else:
            day = date.fromisoformat(meeting.date)
            self.title.setText(meeting.title)
            self.date.setDate(QDate(day.year, day.month, day.day))
            hours, minutes = (int(x) for x in meeting.start_time.split(":")[:2])
            self.time.setTime(QTime(hours, minutes))
            self.length.setValue(meeting.length_minutes)
            self.place.setText(meeting.place)
            self.link.setText(meeting.call_link)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Create meeting" if new else "Save"))

    def values(self) -> dict:
        return {
            "title": self.title.text(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "start_time": self.time.time().toString("HH:mm"),
            "length_minutes": self.length.value(),
            "place": self.place.text().strip(),
            "call_link": self.link.text().strip(),
        }
