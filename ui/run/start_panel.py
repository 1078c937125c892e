"""Starting a round: who takes part (those present, by default), minutes each, the order, and
the kind of turn-taking (a round, a thinking pair, or open discussion with raised hands)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.timer import Attendee
from meetingkit.timer.turn_store import Member
from ui.forms import add_field
from ui.run.controls import big_button, generous
from ui.run.format import ROLE_WORDS

MODES = [
    ("round", "A &round: everyone in turn, the same time each"),
    ("pair", "A thinking &pair: two people, half the time each"),
    ("open", "&Open discussion: people raise a hand to speak"),
]
# (words shown, engine order, reverse every second round)
ORDERS = [
    ("As listed", "as_set", False),
    ("Shuffled", "shuffled", False),
    ("Partners first", "partners_first", False),
    ("Reverse direction each round", "as_set", True),
]
START_WORDS = {"round": "Start the round", "pair": "Start the pair",
               "open": "Start open discussion"}
ABSENCE = {"apologies": "sent apologies", "absent": "absent"}


class StartPanel(QGroupBox):
    # mode, people, seconds each, order, reverse each round
    start_requested = Signal(str, list, float, str, bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("Start a round", parent)
        self.setAccessibleName("Start a round")
        layout = QVBoxLayout(self)
        self.mode_group = QButtonGroup(self)
        for index, (_mode, words) in enumerate(MODES):
            radio = QRadioButton(words)
            radio.setAccessibleName(words.replace("&", ""))
            generous(radio, 1.6)
            self.mode_group.addButton(radio, index)
            layout.addWidget(radio)
        self.mode_group.button(0).setChecked(True)
        self.mode_group.idToggled.connect(lambda *_: self._mode_changed())

        form = QFormLayout()
        self.people = QListWidget()
        add_field(form, "&Who takes part:", self.people,
                  "Tick the people who take part. Everyone present is ticked to begin with. "
                  "Press Space to tick or untick.")
        layout.addLayout(form)
        moves = QHBoxLayout()
        self.up_button = big_button("Move up", "", lambda: self._move(-1))
        self.down_button = big_button("Move down", "", lambda: self._move(1))
        for button in (self.up_button, self.down_button):
            button.setAccessibleDescription("Changes the speaking order when it is 'As listed'.")
            moves.addWidget(button)
        moves.addStretch()
        layout.addLayout(moves)

        form2 = QFormLayout()
        self.first = add_field(form2, "&First person:", QComboBox())
        self.second = add_field(form2, "S&econd person:", QComboBox())
        self.minutes = QDoubleSpinBox()
        self.minutes.setRange(0.5, 30.0)
        self.minutes.setSingleStep(0.5)
        self.minutes.setDecimals(1)
        self.minutes.setValue(2.0)
        self.minutes.setSuffix(" minutes")
        add_field(form2, "&Time for each person:", self.minutes,
                  "How long each person has to speak, in minutes.")
        self.order = QComboBox()
        for words, _order, _reverse in ORDERS:
            self.order.addItem(words)
        add_field(form2, "&Order:", self.order)
        for field in (self.first, self.second, self.minutes, self.order):
            generous(field)
        layout.addLayout(form2)
        self.start_button = big_button(START_WORDS["round"], "", self._start)
        layout.addWidget(self.start_button)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self._form2 = form2
        self._empty_note = ""
        # Tick boxes and round buttons grow with the text (the style draws them at a fixed size).
        self.setStyleSheet("QRadioButton::indicator, QListView::indicator "
                           "{ width: 1em; height: 1em; }")
        self._mode_changed()

    # ----- filling in ---------------------------------------------------------------------------
    def set_members(self, members: list[Member]) -> None:
        """Everyone on the committee; those present are ticked."""
        self.people.clear()
        self.first.clear()
        self.second.clear()
        for member in members:
            person = member.attendee
            words = f"{person.name}, {ROLE_WORDS.get(person.role, person.role)}"
            if not member.present:
                words += f" ({ABSENCE.get(member.status, member.status)})"
            item = QListWidgetItem(words)
            item.setData(Qt.ItemDataRole.UserRole, person)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if member.present
                               else Qt.CheckState.Unchecked)
            self.people.addItem(item)
            if member.present:
                self.first.addItem(person.name, person)
                self.second.addItem(person.name, person)
        self._size_rows()
        if self.second.count() > 1:
            self.second.setCurrentIndex(1)
        if self.people.count():
            self.people.setCurrentRow(0)
        self._empty_note = "" if members else ("This committee has nobody on it yet. Add people "
                                               "from File > People on this committee.")
        self.note.setText(self._empty_note)

    def _size_rows(self) -> None:
        """Rows 1.6 lines high and everyone in view (up to eight people), at the text size in
        use now: worked out again whenever it changes, both bigger and smaller."""
        row_height = max(28, round(self.fontMetrics().height() * 1.6))
        for row in range(self.people.count()):
            self.people.item(row).setSizeHint(QSize(0, row_height))
        rows = min(8, max(3, self.people.count()))
        self.people.setMinimumHeight(rows * row_height + 2 * self.people.frameWidth() + 4)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._size_rows()

    @property
    def mode(self) -> str:
        return MODES[max(0, self.mode_group.checkedId())][0]

    def set_mode(self, mode: str) -> None:
        self.mode_group.button([m for m, _w in MODES].index(mode)).setChecked(True)

    def chosen_people(self) -> list[Attendee]:
        if self.mode == "pair":
            return [self.first.currentData(), self.second.currentData()]
        return [self.people.item(row).data(Qt.ItemDataRole.UserRole)
                for row in range(self.people.count())
                if self.people.item(row).checkState() == Qt.CheckState.Checked]

    # ----- reacting -----------------------------------------------------------------------------
    def _mode_changed(self) -> None:
        mode = self.mode
        pair = mode == "pair"
        for field in (self.first, self.second):
            self._form2.setRowVisible(field, pair)
        self._form2.setRowVisible(self.order, mode == "round")
        self.people.setEnabled(not pair)
        self.up_button.setVisible(mode == "round")
        self.down_button.setVisible(mode == "round")
        self.start_button.setText(START_WORDS[mode])
        self.start_button.setAccessibleName(START_WORDS[mode])

    def _move(self, step: int) -> None:
        row = self.people.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.people.count():
            return
        item = self.people.takeItem(row)
        self.people.insertItem(target, item)
        self.people.setCurrentRow(target)

    def _start(self) -> None:
        people = [p for p in self.chosen_people() if p is not None]
        _words, order, reverse = ORDERS[self.order.currentIndex()]
        self.start_requested.emit(self.mode, people, self.minutes.value() * 60, order, reverse)

    def set_running(self, running: bool) -> None:
        """While a round runs, a new one cannot start (end it first)."""
        self.start_button.setEnabled(not running)
        self.note.setText("A round is running. End it to start another." if running
                          else self._empty_note)
