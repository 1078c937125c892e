"""Partners' time and expenses for this meeting: one record per person, saved as each field is
left, with what it comes to under the committee's rates; and the claim form for a period."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
)

from meetingkit import clock
from meetingkit.involvement import InvolvementRecord, claim_line, hours_words, money, per_mile
from meetingkit.ops import partners
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.forms import add_field
from ui.info_label import InfoLabel
from ui.minutes.claim_box import ClaimBox
from ui.minutes.money_fields import amount_box, money_box, pence, set_pence, tidy_form
from ui.minutes.rates_dialog import RatesDialog
from ui.minutes.scroll_body import ScrollBody


class InvolvementPanel(QScrollArea):
    def __init__(self, context: AppContext):
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: it follows the focus
        self.context = context
        self.meeting_id: int | None = None
        self.committee_id: int | None = None
        self._filling = False
        self.setWidgetResizable(True)
        self.setAccessibleName("Partners' time and expenses")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        body = ScrollBody()
        heading = QLabel("<h2>Partners' time and expenses</h2>")
        intro = QLabel("Trusts pay partners for their time and their costs. Record each "
                       "partner's time and costs for this meeting; MeetingKit works out what "
                       "that comes to and can make a claim form.")
        intro.setWordWrap(True)
        self.rates_text = InfoLabel("Rates and rules", tab_stop=True)
        self.rates_button = QPushButton("Set the rates…")
        self.rates_button.setAccessibleName("Set the rates")
        self.rates_button.clicked.connect(self.set_rates)
        rates_row = QHBoxLayout()
        rates_row.addWidget(self.rates_text, 1)
        rates_row.addWidget(self.rates_button, 0, Qt.AlignmentFlag.AlignTop)
        form_box = QGroupBox("This meeting")
        form = QFormLayout(form_box)
        self.person = add_field(form, "Per&son:", QComboBox())
        self.attended = QCheckBox("&Came to the meeting")
        self.attended.setAccessibleName("Came to the meeting")
        form.addRow("", self.attended)
        self.meeting_hours = add_field(form, "Hours in the &meeting:", amount_box(24, 0.25, " hours"))
        self.preparation_hours = add_field(
            form, "Hours &getting ready:", amount_box(24, 0.25, " hours"),
            "Reading the meeting pack, writing questions, talking to staff beforehand")
        self.miles = add_field(form, "M&iles by car:", amount_box(2000, 1, " miles"),
                               "There and back")
        self.fares = add_field(form, "Fa&res and parking:", money_box(),
                               "Bus, train, taxi and parking costs")
        self.other = add_field(form, "&Other expenses:", money_box(),
                               "For example, paying someone to care for a relative")
        self.note = add_field(form, "What the other e&xpenses were:", QLineEdit())
        self.result = InfoLabel("What this comes to", tab_stop=True)
        form.addRow(self.result)
        self.saved = QLabel()
        form.addRow(self.saved)
        tidy_form(form)
        self.claim = ClaimBox(context)
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(rates_row)
        layout.addWidget(form_box)
        layout.addWidget(self.claim)
        layout.addStretch()
        self.setWidget(body)
        self._dirty = False  # typed but not saved yet (flush saves it)
        self._shown_person: int | None = None  # whose values the form holds
        self.person.currentIndexChanged.connect(lambda _i: self._person_chosen())
        self.attended.toggled.connect(lambda _on: self._edited(save_now=True))
        for box in (self.meeting_hours, self.preparation_hours, self.miles, self.fares,
                    self.other):
            box.valueChanged.connect(lambda _v: self._edited())
            box.editingFinished.connect(self.save)
        self.note.textEdited.connect(lambda _t: self._edited())
        self.note.editingFinished.connect(self.save)
        context.bus.changed.connect(self._changed)

    # ----- meeting and person ----------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        store = self.context.store
        meeting = store.meetings.get(meeting_id) if meeting_id else None
        self.committee_id = meeting.committee_id if meeting else None
        self.claim.set_meeting(meeting)
        self._fill_people()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PEOPLE, Kind.COMMITTEES) and self.meeting_id:
            self.flush()
            self._fill_people()
        if changes.touches(Kind.INVOLVEMENT, Kind.MEETINGS):
            if not self._dirty and self.person.currentData() is not None:
                self._load_form()  # Undo, Redo or another screen changed what is stored
            self._show_rates()
            self._show_result()
            self.claim.refresh()

    def _fill_people(self) -> None:
        chosen = self.person.currentData()
        self._filling = True
        self.person.clear()
        if self.committee_id:
            members = self.context.store.committees.members(self.committee_id)
            for person in sorted(members, key=lambda p: (not p.is_partner, p.name)):
                self.person.addItem(f"{person.name} ({person.role_label})", person.id)
        index = self.person.findData(chosen)
        self.person.setCurrentIndex(max(index, 0))
        self._filling = False
        self._show_rates()
        self._person_chosen()

    def _person_chosen(self) -> None:
        if self._filling:
            return
        self.save()  # what was typed for the person before
        self.claim.set_person(self.person.currentData(), self.committee_id)
        self._load_form()

    def _load_form(self) -> None:
        """The chosen person's record as stored (after Undo and Redo too)."""
        record = self._stored()
        self._filling = True
        meeting = self.context.store.meetings.get(self.meeting_id) if self.meeting_id else None
        default_hours = meeting.length_minutes / 60 if meeting else 0.0
        self.attended.setChecked(bool(record.attended) if record else True)
        self.meeting_hours.setValue(record.meeting_hours if record else default_hours)
        self.preparation_hours.setValue(record.preparation_hours if record else 0.0)
        self.miles.setValue(record.travel_miles if record else 0.0)
        set_pence(self.fares, record.travel_cost_pence if record else 0)
        set_pence(self.other, record.other_expenses_pence if record else 0)
        note = record.expenses_note if record else ""
        if self.note.text() != note:  # the same text again would move the caret to the end
            self.note.setText(note)
        self._filling = False
        self._shown_person = self.person.currentData()
        self._dirty = False
        self.saved.setText("Saved." if record else "Not recorded yet for this meeting.")
        self._show_result()

    def _stored(self) -> InvolvementRecord | None:
        person_id = self.person.currentData()
        if self.meeting_id is None or person_id is None:
            return None
        return self.context.store.involvement.get(self.meeting_id, person_id)

    # ----- what it comes to ------------------------------------------------------------------
    def _values(self) -> dict:
        return {"attended": self.attended.isChecked(),
                "meeting_hours": self.meeting_hours.value(),
                "preparation_hours": self.preparation_hours.value(),
                "travel_miles": self.miles.value(), "travel_cost_pence": pence(self.fares),
                "other_expenses_pence": pence(self.other),
                "expenses_note": self.note.text().strip()}

    def _show_rates(self) -> None:
        if self.committee_id is None:
            self.rates_text.setText("")
            return
        rates = self.context.store.involvement.rates(self.committee_id)
        if not rates.is_set:
            self.rates_text.setText("The rates for time are not set yet, so time shows as "
                                    "£0. Use 'Set the rates' to add your trust's rates.")
            return
        self.rates_text.setText(
            f"This committee pays {money(rates.day_pence)} a day and "
            f"{money(rates.half_day_pence)} a half day, and {per_mile(rates.mileage_pence)} a "
            f"mile. Up to {hours_words(rates.half_day_hours)} (meeting plus getting ready) is "
            f"a half day; more, up to {hours_words(rates.day_hours)}, is a day.")

    def _show_result(self) -> None:
        if self.committee_id is None or self.person.currentData() is None:
            self.result.setText("")
            return
        rates = self.context.store.involvement.rates(self.committee_id)
        record = InvolvementRecord(id=0, meeting_id=self.meeting_id or 0,
                                   person_id=self.person.currentData(), **self._values())
        line = claim_line(record, "", "", rates)
        self.result.setText(
            f"For this meeting: {line.band.words} ({money(line.time_pence)}) and "
            f"{money(line.expenses_pence)} expenses. Total {money(line.total_pence)}.")

    # ----- saving ----------------------------------------------------------------------------
    def _edited(self, save_now: bool = False) -> None:
        if self._filling:
            return
        self._dirty = True
        self._show_result()
        if save_now:
            self.save()

    def save(self) -> None:
        person_id = self._shown_person
        if not self._dirty or self.meeting_id is None or person_id is None:
            return
        values, meeting_id = self._values(), self.meeting_id
        self._dirty = False
        self.context.perform(
            self, lambda: partners.record_involvement(self.context.store, meeting_id, person_id,
                                                     **values))
        self.saved.setText(f"Saved at {clock.local_now():%H:%M}.")

    def flush(self) -> None:
        self.save()

    def set_rates(self) -> None:
        if self.committee_id is None:
            return
        store = self.context.store
        committee_id = self.committee_id
        dialog = RatesDialog(self, store.committees.get(committee_id).name,
                             store.involvement.rates(committee_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.perform(
                self, lambda: partners.set_rates(store, committee_id, **dialog.values()),
                "Rates saved.")
