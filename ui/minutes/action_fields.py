"""The fields of an action (what, who, by when), shared by the quick-add row and the edit
dialog. Who is picked from the committee or typed; the due date is optional."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLineEdit

from meetingkit import clock
from ui.date_box import KEYS_HINT as DATE_KEYS
from ui.date_box import DateBox
from ui.forms import add_field
from ui.minutes.money_fields import tidy_form

DEFAULT_DAYS = 28  # a typical gap between meetings


class ActionFields:
    def __init__(self, form: QFormLayout, members: list[str]):
        self.what = add_field(form, "&What needs doing:", QLineEdit(),
                              "The action, starting with a verb: 'Write…', 'Ask…', 'Share…'")
        self.who = add_field(form, "Wh&o will do it:", QComboBox(),
                             "Choose a member or type a name")
        self.who.setEditable(True)
        self.who.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.set_members(members)
        self.has_due = QCheckBox("Has a due da&te")
        self.has_due.setAccessibleName("Has a due date")
        form.addRow("", self.has_due)
        self.due = add_field(form, "Due &by:", DateBox(),
                             f"The date it should be done by. {DATE_KEYS}")
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("dddd d MMMM yyyy")
        self.has_due.toggled.connect(self.due.setEnabled)
        tidy_form(form)
        self.clear()

    def set_members(self, members: list[str]) -> None:
        typed = self.who.currentText()
        self.who.clear()
        self.who.addItems(members)
        self.who.setEditText(typed)

    def clear(self) -> None:
        self.what.clear()
        self.who.setEditText("")
        self.has_due.setChecked(True)
        self.due.setEnabled(True)
        self.set_due((clock.today() + timedelta(days=DEFAULT_DAYS)).isoformat())

    def set_due(self, iso: str | None) -> None:
        self.has_due.setChecked(bool(iso))
        if iso:
            day = date.fromisoformat(iso)
            self.due.setDate(QDate(day.year, day.month, day.day))

    def values(self) -> dict:
        return {"text": self.what.text().strip(), "owner": self.who.currentText().strip(),
                "due": self.due.date().toString("yyyy-MM-dd") if self.has_due.isChecked()
                else None}
