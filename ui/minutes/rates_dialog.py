"""What a committee pays partners: a day, a half day (and how long a half day is), and per mile."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

from meetingkit.involvement import Rates
from ui.forms import add_field, ok_cancel
from ui.minutes.money_fields import amount_box, money_box, pence, set_pence, tidy_form


class RatesDialog(QDialog):
    def __init__(self, parent: QWidget | None, committee_name: str, rates: Rates):
        super().__init__(parent)
        self.setWindowTitle("Rates for partners' time and travel")
        intro = QLabel(f"What {committee_name} pays partners. Check these against your trust's "
                       "payment policy.")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.day = add_field(form, "&Day rate:", money_box(), "Paid for more than a half day")
        self.half_day = add_field(form, "&Half-day rate:", money_box())
        self.half_day_hours = add_field(
            form, "A half day is &up to:", amount_box(12.0, 0.5, " hours"),
            "Time up to this is paid as a half day; more, up to twice this, as a day")
        self.half_day_hours.setMinimum(0.5)
        self.mileage = add_field(form, "&Mileage rate:", money_box(5.0),
                                 "Paid for each mile by car. 45p is HM Revenue and Customs' rate.")
        self.mileage.setSingleStep(0.01)
        set_pence(self.day, rates.day_pence)
        set_pence(self.half_day, rates.half_day_pence)
        self.half_day_hours.setValue(rates.half_day_hours)
        set_pence(self.mileage, rates.mileage_pence)
        tidy_form(form)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Save rates"))

    def values(self) -> dict:
        return {"day_pence": pence(self.day), "half_day_pence": pence(self.half_day),
                "mileage_pence": pence(self.mileage),
                "half_day_hours": self.half_day_hours.value()}
