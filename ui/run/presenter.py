"""The presenter view: a separate window for a second or shared screen. The speaker's name in
very large text, the time left as a number with a calm bar, and "Next: ..." underneath.

Calm by design: no flashing and no red. The last 30 seconds are shown by words ("Last 30
seconds"), by shape (the time gets a heavy box) and by colour (dark blue), never by colour
alone. Dark text on an off-white background (about 18:1), readable from the back of a room.
Text sizes are relative to the app's text size and grow with the window.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShortcut,
)
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from meetingkit.timer import Snapshot
from ui.info_label import InfoLabel
from ui.run.calm_bar import CalmBar
from ui.run.controls import follow_text_size
from ui.run.format import ROLE_WORDS, clock_text, set_text
from ui.run.session import RunSession

INK = "#111111"  # on PAPER: about 18:1
PAPER = "#FAFAF7"
LAST_STRETCH_INK = "#0B3A75"  # dark blue on PAPER: about 11:1 (a change, not an alarm)
BAR = "#2F5F7F"  # the bar's fill: about 6.9:1 against white, calm

_TIME_STYLE = ("QLabel {{ color: {ink}; border: {width}px solid {border}; border-radius: 16px;"
               " padding: 4px 32px; }}")


class PresenterWindow(QWidget):
    closed = Signal()

    def __init__(self, session: RunSession, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.session = session
        self.setWindowTitle("Time to think – presenter view – MeetingKit")
        self.setAccessibleName("Presenter view")
        self._paint_calm()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 32, 48, 32)
        self.title = self._label("Time to think")
        self.name = self._label("", name="Speaker")
        self.role = self._label("")
        self.time = self._label("", name="Time left")
        self.state = self._label("", name="How the time stands")
        self.bar = CalmBar("Turn time used")
        self.bar.setPalette(self.palette())
        self.next = self._label("", name="Next speaker")
        layout.addWidget(self.title)
        layout.addStretch(1)
        layout.addWidget(self.name)
        layout.addWidget(self.role)
        layout.addStretch(1)
        layout.addWidget(self.time, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.state)
        layout.addWidget(self.bar)
        layout.addStretch(1)
        layout.addWidget(self.next)
        self._boxed: bool | None = None
        self._shrink = 1.0
        self._sizes = (1.2, 5.0, 1.8, 4.5, 2.0, 2.2)  # title, name, role, time, state, next
        # F5 and Ctrl+Shift+V close it as they opened it; Esc leaves full screen, then closes.
        for key, slot in (("F11", self.toggle_full_screen), ("Esc", self._leave_full_screen),
                          ("F5", self.close), ("Ctrl+Shift+V", self.close),
                          ("Space", lambda: session.act("next_turn")),
                          ("P", session.toggle_pause),
                          ("+", lambda: session.act("add_time", 60.0)),
                          ("=", lambda: session.act("add_time", 60.0))):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        session.refreshed.connect(self.show_snapshot)
        self.resize(1280, 720)
        follow_text_size(self, "_fit_fonts")
        self._fit_fonts()
        self.show_snapshot(session.last)

    def _paint_calm(self) -> None:
        palette = self.palette()
        for role, colour in ((QPalette.ColorRole.Window, PAPER), (QPalette.ColorRole.Base, "#FFFFFF"),
                             (QPalette.ColorRole.WindowText, INK), (QPalette.ColorRole.Text, INK),
                             (QPalette.ColorRole.Highlight, BAR)):
            palette.setColor(role, QColor(colour))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

    def _label(self, text: str, name: str = "") -> QLabel:
        label = InfoLabel(name)  # said as "name: text", so the text is never hidden
        label.setText(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # ----- showing ------------------------------------------------------------------------------
    def show_snapshot(self, snap: Snapshot) -> None:
        if not self.isVisible() and self._boxed is not None:
            return  # nothing to draw for; the first call fills the labels in
        speaker = snap.speaker
        if speaker is None:
            name = "Waiting for the next round" if snap.mode is None else "Who would like to speak?"
            role = ""
        else:
            name = speaker.name
            role = ROLE_WORDS.get(speaker.role, speaker.role).capitalize()
        self._put(self.name, name)
        self._put(self.role, role)
        set_text(self.time, clock_text(snap.time_left) if speaker else "")  # fitted to "88:88"
        self._put(self.state, _state_words(snap))
        boxed = snap.last_thirty_seconds and not snap.paused
        if boxed != self._boxed:
            self._boxed = boxed
            self.time.setStyleSheet(_TIME_STYLE.format(
                ink=LAST_STRETCH_INK if boxed else INK, width=8,
                border=LAST_STRETCH_INK if boxed else "transparent"))
        self.bar.set_fraction(snap.fraction_elapsed if speaker else 0.0, boxed=boxed)
        if self.bar.isHidden() == (speaker is not None):
            self.bar.setVisible(speaker is not None)  # no empty bar between rounds
        if snap.mode is None:
            nxt = ""
        elif snap.next_speaker is not None:
            nxt = f"Next: {snap.next_speaker.name}"
        else:
            nxt = "Next: no hands up yet" if snap.mode == "open" else "Last speaker this round"
        self._put(self.next, nxt)

    def _put(self, label: QLabel, text: str) -> None:
        if label.text() != text:
            label.setText(text)
            self._fit(label, self._sizes[self._labels().index(label)])

    def _labels(self) -> tuple[QLabel, ...]:
        return (self.title, self.name, self.role, self.time, self.state, self.next)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.show_snapshot(self.session.last)

    # ----- sizes and screens --------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        """Sizes every label, then shrinks them all together if they would not fit the
        window's height (large text settings on a small shared screen)."""
        self._shrink = 1.0
        for label, factor in zip(self._labels(), self._sizes, strict=True):
            self._fit(label, factor)
        needed = sum(label.fontMetrics().height() * (1 + label.text().count("\n"))
                     for label in self._labels()) + self.time.fontMetrics().height() // 2
        room = self.height() * 0.78 - self.bar.height()
        if needed > room > 0:
            self._shrink = room / needed
            for label, factor in zip(self._labels(), self._sizes, strict=True):
                self._fit(label, factor)
        self.bar.setFixedHeight(max(24, self.height() // 20))

    def _fit(self, label: QLabel, factor: float) -> None:
        """Relative to the app's text size, larger in a larger window, shrunk only if the text
        would not fit across the window (or all of it down the window)."""
        base = QApplication.font().pointSizeF()
        grow = max(1.0, self.height() / 480) * self._shrink
        font = QFont(QApplication.font())
        font.setBold(label in (self.name, self.time))
        size = base * factor * grow
        room = max(200, self.width() - 140)
        while size > base:
            font.setPointSizeF(size)
            sample = "88:88" if label is self.time else (label.text() or "M")
            if QFontMetrics(font).horizontalAdvance(sample) <= room:
                break
            size *= 0.92
        font.setPointSizeF(size)
        label.setFont(font)

    def show_on_best_screen(self) -> None:
        """Full screen on a second screen when there is one; otherwise a normal window."""
        here = self.parentWidget().screen() if self.parentWidget() else None
        others = [s for s in QGuiApplication.screens() if s is not here]
        if others and here is not None:
            self.setScreen(others[0])
            self.setGeometry(others[0].geometry())
            self.showFullScreen()
        else:
            self.show()
        self.raise_()

    def toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def _leave_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        super().closeEvent(event)
        self.closed.emit()


def _state_words(snap: Snapshot) -> str:
    if snap.speaker is None:
        return ""
    if snap.paused:
        return "Paused"
    if snap.time_up:
        return "Time is up"
    if snap.last_thirty_seconds:
        return "Last 30 seconds"
    if snap.one_minute_left:
        return "Less than a minute left"
    return snap.time_left_words
