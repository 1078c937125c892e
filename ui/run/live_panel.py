"""The facilitator panel: who is speaking (very clear), the time left in numbers and words, who is
next, who has passed, who is still to speak, and big controls, each with its key shown.

The keys work while focus is anywhere inside this panel (never while typing elsewhere):
Space next speaker, P pause or carry on, + or = one more minute, L pass (asked again at the end),
S skip (not here), Esc end the round. Space on a focused button still presses that button.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from meetingkit.timer import Snapshot
from ui.announce import announce
from ui.info_label import InfoLabel
from ui.run.calm_bar import CalmBar
from ui.run.controls import FocusLabel, big_button, scale_font
from ui.run.format import (
    MODE_WORDS,
    duration_words,
    names,
    person_words,
    set_text,
    set_visible,
    time_left_numbers,
    time_left_words,
)
from ui.run.hands import HandsPanel
from ui.run.session import RunSession

KEYS_HINT = ("Keys, while this panel has focus: Space next speaker · P pause or carry on · "
             "+ one more minute · L pass · S skip · T say the time left · Esc end the round")


def _label(factor: float = 1.0, bold: bool = False, name: str = "") -> QLabel:
    """`name` is said before the text ("Time left on the clock: 3:05"). The name follows the
    text, but none of these labels is a Tab stop, so nothing reads it out as it changes: a
    screen reader hears a speaker change (announced) or asks for the time (T)."""
    label = InfoLabel(name)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if factor != 1.0 or bold:
        scale_font(label, factor, bold)
    return label


class FacilitatorPanel(QGroupBox):
    def __init__(self, session: RunSession, parent: QWidget | None = None):
        super().__init__("Time to think", parent)
        self.setAccessibleName("Time to think: facilitator panel")
        self.session = session
        self.item_title = ""
        layout = QVBoxLayout(self)
        self.status = _label()
        layout.addWidget(self.status)
        now = QLabel("Now speaking:")
        layout.addWidget(now)
        self.speaker = FocusLabel()  # a home for the keys, with a visible focus ring
        self.speaker.setWordWrap(True)
        scale_font(self.speaker, 2.4, bold=True)
        layout.addWidget(self.speaker)
        clock_row = QHBoxLayout()
        self.clock = _label(2.0, bold=True, name="Time left on the clock")
        self.clock.setWordWrap(False)  # never cut a number in two
        self.clock.setAccessibleDescription("Minutes and seconds. The words beside it say the "
                                            "time left plainly.")
        self.words = _label(1.2)
        clock_row.addWidget(self.clock)
        clock_row.addSpacing(16)
        clock_row.addWidget(self.words, 1)
        layout.addLayout(clock_row)
        self.bar = CalmBar("Turn time used")
        layout.addWidget(self.bar)
        self.next_label = _label(1.2)
        self.still = _label()
        self.passed = _label()
        for label in (self.next_label, self.still, self.passed):
            layout.addWidget(label)
        layout.addLayout(self._buttons())
        self.hands = HandsPanel(session)
        self.hands.setVisible(False)
        layout.addWidget(self.hands)
        hint = _label()
        hint.setText(KEYS_HINT)
        layout.addWidget(hint)
        self._add_shortcuts()
        self._enabled: dict[QAbstractButton, bool] = {}
        self._mode: str | None = "none"
        self.show_snapshot(session.last)

    def _buttons(self) -> QGridLayout:
        s = self.session
        self.next_button = big_button("Next speaker", "Space", self.next_speaker)
        self.pause_button = big_button("Pause", "P", s.toggle_pause)
        self.more_button = big_button("One more minute", "+", self.one_more_minute)
        self.pass_button = big_button("Pass, ask again at the end", "L",
                                      lambda: s.act("pass_turn"), name="Pass")
        self.skip_button = big_button("Skip, not here", "S", lambda: s.act("skip_turn"),
                                      name="Skip")
        self.end_button = big_button("End the round", "Esc", s.end_round)
        self.grid = QGridLayout()
        self.button_order = [self.next_button, self.pause_button, self.more_button,
                             self.pass_button, self.skip_button, self.end_button]
        self._columns = 0
        self._reflow(3)
        return self.grid

    def _reflow(self, columns: int) -> None:
        """Three buttons a row, or fewer when large text makes them wide (no sideways scroll)."""
        if columns == self._columns:
            return
        self._columns = columns
        for button in self.button_order:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.button_order):
            self.grid.addWidget(button, index // columns, index % columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        widest = max(b.sizeHint().width() for b in self.button_order) + self.grid.spacing()
        room = self.contentsRect().width() - 24
        self._reflow(max(1, min(3, room // max(1, widest))))

    def _add_shortcuts(self) -> None:
        s = self.session
        keys: list[tuple[str, Callable[[], None]]] = [
            ("Space", self._space),
            ("P", self._when(self.pause_button, s.toggle_pause)),
            ("+", self._when(self.more_button, self.one_more_minute)),
            ("=", self._when(self.more_button, self.one_more_minute)),
            ("L", self._when(self.pass_button, lambda: s.act("pass_turn"))),
            ("S", self._when(self.skip_button, lambda: s.act("skip_turn"))),
            ("Esc", self._when(self.end_button, s.end_round)),
            ("T", self.say_time_left),
        ]
        self.shortcuts = []
        for key, slot in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            self.shortcuts.append(shortcut)

    @staticmethod
    def _when(button: QAbstractButton, action: Callable[[], None]) -> Callable[[], None]:
        """A key does what its button does, and nothing when the button is unavailable."""
        return lambda: action() if button.isEnabled() else None

    def _space(self) -> None:
        focus = QApplication.focusWidget()
        if isinstance(focus, QAbstractButton) and focus is not self.next_button \
                and self.isAncestorOf(focus):
            focus.click()  # Space keeps its usual meaning on a focused button
        elif self.next_button.isEnabled():
            self.next_speaker()

    def one_more_minute(self) -> None:
        self.session.act("add_time", 60.0)
        speaker = self.session.last.speaker
        if speaker is not None:
            announce(self, f"One more minute for {speaker.name}.")

    def say_time_left(self) -> None:
        """Said when asked (T), never on its own: no running countdown."""
        snap = self.session.last
        if snap.speaker is None:
            announce(self, "Nobody is speaking.")
        else:
            paused = " The clock is paused." if snap.paused else ""
            announce(self, f"{snap.time_left_words} for {snap.speaker.name}.{paused}")

    def next_speaker(self) -> None:
        self.session.act("next_turn")

    def focus_home(self) -> None:
        self.speaker.setFocus(Qt.FocusReason.OtherFocusReason)

    # ----- drawing ------------------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        """Called about four times a second: only what changed is touched."""
        if snap.mode != self._mode:
            self._mode = snap.mode
            self.hands.setVisible(snap.mode == "open")
        if snap.mode is None and self.session.meeting_id is None:
            set_text(self.status, "Choose a meeting on the left first.")
        elif snap.mode is None:
            set_text(self.status, "No round is running. Choose who takes part under "
                     "'Start a round', then press Start.")
        else:
            each = duration_words(self.session.seconds_each)
            on = f" on: {self.item_title}" if self.item_title else ""
            set_text(self.status, f"{MODE_WORDS[snap.mode]} {snap.round_number}{on}. "
                     f"{each} each.")
        if snap.speaker is not None:
            set_text(self.speaker, person_words(snap.speaker) + (" (paused)" if snap.paused
                                                                 else ""))
        elif snap.mode == "open":
            set_text(self.speaker, "Nobody yet: press Next speaker to call the first hand")
        else:
            set_text(self.speaker, "Nobody is speaking")
        set_text(self.clock, time_left_numbers(snap))
        set_text(self.words, time_left_words(snap))
        self.bar.set_fraction(snap.fraction_elapsed, boxed=snap.last_thirty_seconds)
        if snap.mode is None:
            nxt = still = passed = ""
        else:
            empty = "no hands up" if snap.mode == "open" else "nobody, this is the last turn"
            nxt = f"Next: {snap.next_speaker.name if snap.next_speaker else empty}"
            if snap.mode == "open":
                still = passed = ""  # the raised hands are listed just below
            else:
                still = f"Still to speak: {names(snap.still_to_speak)}"
                passed = f"Passed (asked again at the end): {names(snap.passed)}"
        for label, text in ((self.next_label, nxt), (self.still, still), (self.passed, passed)):
            set_text(label, text)
            set_visible(label, bool(text))  # no empty gaps
        if set_text(self.pause_button, "Carry on  [P]" if snap.paused else "Pause  [P]"):
            # Only on a change: Qt tells screen readers about every new name it is given.
            self.pause_button.setAccessibleName("Carry on" if snap.paused else "Pause")
        speaking = snap.speaker is not None
        self._enable(self.next_button, speaking or (snap.mode == "open"
                                                    and bool(snap.still_to_speak)))
        for button in (self.pause_button, self.more_button, self.pass_button, self.skip_button):
            self._enable(button, speaking)
        self._enable(self.pass_button, speaking and snap.mode in ("round", "pair"))
        self._enable(self.end_button, snap.mode is not None)
        self.hands.show_snapshot(snap)

    def _enable(self, button: QAbstractButton, enabled: bool) -> None:
        if self._enabled.get(button) != enabled:
            self._enabled[button] = enabled
            button.setEnabled(enabled)
