"""New committee / committee settings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit, QSpinBox, QVBoxLayout, QWidget

from meetingkit.model import Committee
from ui.forms import add_field, ok_cancel


class CommitteeDialog(QDialog):
    def __init__(self, parent: QWidget | None, committee: Committee | None = None):
        super().__init__(parent)
        new = committee is None
        self.setWindowTitle("New committee" if new else "Committee settings")
        form = QFormLayout()
        self.name = add_field(form, "&Name:", QLineEdit(), "The committee's name, for example "
                              "Patient Safety Group")
        self.pack_days = add_field(form, "&Send the meeting pack this many working days before:",
                                   _spin(0, 30), "Weekends and bank holidays do not count")
        self.length = add_field(form, "Usual meeting &length (minutes):", _spin(15, 600))
        self.reading_age = add_field(form, "&Reading age to aim for:", _spin(7, 21),
                                     "NHS guidance aims for 9 to 11 for papers the public read")
        self.word_limit = add_field(form, "Most &words in a meeting pack:", _spin(500, 200000))
        self.word_limit.setSingleStep(500)
        self.quorum = add_field(form, "People needed for the meeting to make &decisions "
                                "(0 if any number will do):", _spin(0, 100))
        source = committee or Committee(id=0, name="")
        self.name.setText(source.name)
        self.pack_days.setValue(source.pack_working_days)
        self.length.setValue(source.meeting_minutes)
        self.reading_age.setValue(source.reading_age_target)
        self.word_limit.setValue(source.pack_word_limit)
        self.quorum.setValue(source.quorum or 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Create committee" if new else "Save"))

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "pack_working_days": self.pack_days.value(),
            "meeting_minutes": self.length.value(),
            "reading_age_target": self.reading_age.value(),
            "pack_word_limit": self.word_limit.value(),
            "quorum": self.quorum.value() or None,
        }


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin
