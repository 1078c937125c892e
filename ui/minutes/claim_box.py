"""A partner's claim for a period: what it comes to, and (when the Word exporter is installed)
a claim form to print and sign."""

from __future__ import annotations

import calendar
import importlib.util
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QWidget,
)

from meetingkit.involvement import claim_for, money, word_claim
from meetingkit.leftovers import note_target
from meetingkit.model import Meeting
from ui.context import AppContext
from ui.date_box import KEYS_HINT as DATE_KEYS
from ui.date_box import DateBox
from ui.forms import add_field
from ui.info_label import InfoLabel
from ui.minutes.money_fields import tidy_form


def has_word_claim() -> bool:
    """True when meetingkit.export can write the claim form (no dead buttons otherwise)."""
    try:
        return importlib.util.find_spec("meetingkit.export.claim") is not None
    except ModuleNotFoundError:
        return False


def choose_save_path(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, "Save the claim form", suggested,
                                          "Word documents (*.docx)")
    if path and not path.lower().endswith(".docx"):
        path += ".docx"
    return path


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ClaimBox(QGroupBox):
    def __init__(self, context: AppContext):
        super().__init__("Claim for a period")
        self.context = context
        self.person_id: int | None = None
        self.committee_id: int | None = None
        form = QFormLayout(self)
        self.date_from = add_field(form, "Claim &between:", DateBox(), DATE_KEYS)
        self.date_to = add_field(form, "&and:", DateBox(), DATE_KEYS)
        self.date_from.setAccessibleName("Claim from this date")
        self.date_to.setAccessibleName("Claim up to this date")
        for field in (self.date_from, self.date_to):
            field.setCalendarPopup(True)
            field.setDisplayFormat("d MMMM yyyy")
            field.dateChanged.connect(lambda _d: self.refresh())
        self.summary = InfoLabel("Claim summary", tab_stop=True)
        form.addRow(self.summary)
        tidy_form(form)
        self.word_button: QPushButton | None = None
        if has_word_claim():
            self.word_button = QPushButton("Make a claim form (&Word)…")
            self.word_button.setAccessibleName("Make a claim form in Word")
            self.word_button.clicked.connect(self.make_word_form)
            row = QHBoxLayout()
            row.addWidget(self.word_button)
            row.addStretch()
            form.addRow(row)

    def set_meeting(self, meeting: Meeting | None) -> None:
        if meeting is None:
            return
        day = date.fromisoformat(meeting.date)  # default: the meeting's calendar month
        last = calendar.monthrange(day.year, day.month)[1]
        self.date_from.blockSignals(True)
        self.date_from.setDate(_qdate(day.replace(day=1)))
        self.date_from.blockSignals(False)
        self.date_to.setDate(_qdate(day.replace(day=last)))

    def set_person(self, person_id: int | None, committee_id: int | None) -> None:
        self.person_id, self.committee_id = person_id, committee_id
        self.refresh()

    def _dates(self) -> tuple[str, str]:
        return (self.date_from.date().toString("yyyy-MM-dd"),
                self.date_to.date().toString("yyyy-MM-dd"))

    def refresh(self) -> None:
        if self.person_id is None or self.committee_id is None:
            self.summary.setText("")
            if self.word_button:
                self.word_button.setEnabled(False)
            return
        claim = claim_for(self.context.store, self.person_id, self.committee_id, *self._dates())
        count = len(claim.lines)
        meetings = "1 meeting" if count == 1 else f"{count} meetings"
        self.summary.setText(
            f"{claim.person_name}: {meetings} recorded in these dates. Time "
            f"{money(claim.time_pence)}, expenses {money(claim.expenses_pence)}, total "
            f"{money(claim.total_pence)}.")
        if self.word_button:
            self.word_button.setEnabled(count > 0)

    def make_word_form(self) -> None:
        if self.person_id is None or self.committee_id is None:
            return
        from meetingkit.export import export_claim
        from meetingkit.export.privacy_check import claim_texts, findings_in
        from ui.review.options import confirm_patient_details

        store = self.context.store
        claim = claim_for(store, self.person_id, self.committee_id, *self._dates())
        form = word_claim(claim)
        findings = findings_in(claim_texts(form))  # the check every export goes through
        if findings and not confirm_patient_details(self, findings):
            return
        suggested = f"Claim - {claim.person_name} - {claim.date_from}.docx"
        path = choose_save_path(self, str(Path.home() / suggested))
        if not path:
            return
        note_target(store.path, Path(path))  # a killed export's working file is tidied later
        self.context.perform(
            self, lambda: export_claim(form, path, allow_patient_details=True), set(),
            f"Claim form saved: {Path(path).name}")
