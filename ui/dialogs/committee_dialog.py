"""New committee / committee settings."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from meetingkit.model import Committee
from meetingkit.plain.packs import PACKS, packs_off
from ui.forms import add_field, ok_cancel

PACKS_INTRO = "Common NHS words are always checked. Tick what these papers are about."


class CommitteeDialog(QDialog):
    def __init__(self, parent: QWidget | None, committee: Committee | None = None):
        super().__init__(parent)
        new = committee is None
        self.setWindowTitle("New committee" if new else "Committee settings")
        form = QFormLayout()
        self.name = add_field(form, "&Name:", QLineEdit(), "The committee's name, for example "
                              "Patient Safety Group")
        self.pack_days = add_field(form, "&Send the pack this many working days before:",
                                   _spin(0, 30), "Weekends and bank holidays do not count")
        self.length = add_field(form, "Usual meeting &length (minutes):", _spin(15, 600))
        self.reading_age = add_field(form, "&Reading age to aim for:", _spin(7, 21),
                                     "NHS guidance aims for 9 to 11 for papers the public read")
        self.word_limit = add_field(form, "Most &words in a meeting pack:", _spin(500, 200000))
        self.word_limit.setSingleStep(500)
        self.quorum = add_field(form, "People needed to make &decisions (0 for any):",
                                _spin(0, 100), "How many people must be at the meeting for it "
                                "to make decisions; 0 if any number will do")
        # Room for a whole committee name: the long labels beside it would leave it 15 letters.
        self.name.setMinimumWidth(self.name.fontMetrics().averageCharWidth() * 36)
        source = committee or Committee(id=0, name="")
        self.name.setText(source.name)
        self.pack_days.setValue(source.pack_working_days)
        self.length.setValue(source.meeting_minutes)
        self.reading_age.setValue(source.reading_age_target)
        self.word_limit.setValue(source.pack_word_limit)
        self.quorum.setValue(source.quorum or 0)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self._packs_box(source.plain_packs))
        layout.addWidget(ok_cancel(self, "Create committee" if new else "Save"))

    def _packs_box(self, on: frozenset[str]) -> QGroupBox:
        """A tick box for each domain word list (plain/packs.py), in two columns to save
        height at large text sizes: all ticked unless the committee switched some off."""
        box = QGroupBox("Words in papers")
        box.setAccessibleDescription(PACKS_INTRO)
        column = QVBoxLayout(box)
        intro = QLabel(PACKS_INTRO)
        intro.setWordWrap(True)
        column.addWidget(intro)
        grid = QGridLayout()
        column.addLayout(grid)
        self.packs: dict[str, QCheckBox] = {}
        rows = (len(PACKS) + 1) // 2  # down the first column, then the second: Tab reads so
        for index, (name, label) in enumerate(PACKS.items()):
            tick = QCheckBox(label)
            tick.setChecked(name in on)
            tick.setAccessibleDescription(f"Check papers with the {label.lower()} word list")
            grid.addWidget(tick, index % rows, index // rows)
            self.packs[name] = tick
        return box

    def values(self) -> dict:
        return {
            "name": self.name.text(),
            "pack_working_days": self.pack_days.value(),
            "meeting_minutes": self.length.value(),
            "reading_age_target": self.reading_age.value(),
            "pack_word_limit": self.word_limit.value(),
            "quorum": self.quorum.value() or None,
            "plain_packs_off": packs_off(n for n, tick in self.packs.items() if tick.isChecked()),
        }


def _spin(low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    return spin
