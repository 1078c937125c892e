"""Run the meeting: the Time to think timer for rounds, thinking pairs and open discussion, its
presenter view for a shared screen, time shares as the meeting goes, and who was heard."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from meetingkit.errors import MeetingKitError
from meetingkit.store.changes import Changes, Kind
from meetingkit.timer import OneMinuteLeft, RoundEnded, SpeakerChanged, TimeUp, TurnNotSaved
from meetingkit.timer.turn_store import heard_attendees
from ui.announce import announce
from ui.context import AppContext
from ui.forms import add_field
from ui.messages import tell
from ui.run.controls import big_button, generous
from ui.run.heard_view import WhoWasHeardView
from ui.run.live_panel import FacilitatorPanel
from ui.run.presenter import PresenterWindow
from ui.run.session import RunSession
from ui.run.shares_panel import SharesPanel
from ui.run.start_panel import StartPanel

CHIME_SETTING = "run/chime"


class RunMeetingTab(QScrollArea):
    def __init__(self, context: AppContext, clock: Callable[[], float] | None = None):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.items: dict[int, str] = {}
        self.session = RunSession(context, clock, self)
        self.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self.item_box = add_field(form, "&Agenda item:", QComboBox(),
                                  "The item the next round is about. Turns are kept per item.")
        generous(self.item_box)
        self.item_box.currentIndexChanged.connect(lambda _i: self.shares.check())
        layout.addLayout(form)
        self.panel = FacilitatorPanel(self.session)
        layout.addWidget(self.panel)
        layout.addLayout(self._options())
        self.start_panel = StartPanel()
        self.start_panel.start_requested.connect(self._start)
        layout.addWidget(self.start_panel)
        self.shares = SharesPanel()
        layout.addWidget(self.shares)
        self.heard = WhoWasHeardView()
        layout.addWidget(self.heard)
        layout.addStretch()
        self.setWidget(body)
        self.presenter: PresenterWindow | None = None
        self._was_paused = False
        self.presenter_action = QAction("&Presenter view", self)
        self.presenter_action.setObjectName("presenter_view")
        self.presenter_action.setCheckable(True)
        self.presenter_action.setShortcuts([QKeySequence("F5"), QKeySequence("Ctrl+Shift+V")])
        self.presenter_action.setStatusTip("A large, calm view of the timer for a shared screen.")
        self.presenter_action.toggled.connect(self.show_presenter)
        self.session.refreshed.connect(self._refreshed)
        self.session.events.connect(self._events)
        self.session.turns_changed.connect(self._turns_changed)
        context.bus.changed.connect(self._data_changed)
        self.shares.watch(self._shares_source)
        self.set_meeting(None)

    def _options(self) -> QVBoxLayout:
        column = QVBoxLayout()  # one per line: neither is squeezed by large text
        row = QHBoxLayout()
        self.chime = QCheckBox("Play a soft sound at one minute left and when time is up")
        self.chime.setAccessibleName(self.chime.text())
        self.chime.setStyleSheet("QCheckBox::indicator { width: 1em; height: 1em; }")
        generous(self.chime, 1.6)
        settings = self.context.settings
        self.chime.setChecked(bool(settings and settings.value(CHIME_SETTING, False, bool)))
        self.chime.toggled.connect(self._chime_changed)
        self.presenter_button = big_button("Presenter view", "F5",
                                           lambda: self.presenter_action.toggle())
        self.presenter_button.setAccessibleDescription(
            "Opens or closes a large, calm view of the timer for a shared screen. Shortcut "
            "key: F5")
        row.addWidget(self.presenter_button)
        row.addStretch(1)
        column.addLayout(row)
        column.addWidget(self.chime)
        return column

    # ----- workspace protocol -------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self.session.set_meeting(meeting_id)
        self._load_items()
        self.start_panel.set_members(self.session.members)
        self.start_panel.setEnabled(meeting_id is not None)
        self._turns_changed()

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("View", self.presenter_action)]

    def keyboard_keys(self) -> list[tuple[str, str]]:
        """Keys not shown on a button, for Help > Keyboard shortcuts."""
        return [("One more minute for the speaker", "= (as well as +)"),
                ("Raise or lower a hand (open discussion)", "Space on that person's button"),
                ("Next speaker, pause, one more minute, in the presenter view", "Space, P, +"),
                ("Say the time left (screen readers)", "T, in the panel")]

    def shut_down(self) -> None:
        """When the window closes (never on Undo or Redo, which only save typing): end the
        round so the turn in progress is saved too, and close the presenter view (it must not
        keep the app open on the shared screen)."""
        self.session.end_round()
        if self.presenter is not None:
            self.presenter.close()

    # ----- reacting -----------------------------------------------------------------------------
    def _data_changed(self, changes: Changes) -> None:
        if self.meeting_id is None:
            return
        if changes.touches(Kind.AGENDA):
            self._load_items()
        if changes.touches(Kind.ATTENDANCE, Kind.PEOPLE) and not self.session.running:
            self.start_panel.set_members(self.session.members)

    def _load_items(self) -> None:
        current = self.item_box.currentData()
        items = self.context.store.agenda.items(self.meeting_id) if self.meeting_id else []
        self.items = {item.id: item.title for item in items}
        self.item_box.blockSignals(True)
        self.item_box.clear()
        for number, item in enumerate(items, start=1):
            self.item_box.addItem(f"{number}. {item.title}", item.id)
        self.item_box.setCurrentIndex(max(0, self.item_box.findData(current)))
        self.item_box.blockSignals(False)
        self.heard.set_items(list(self.items.items()))

    def _start(self, mode: str, people: list, seconds: float, order: str, reverse: bool) -> None:
        if self.meeting_id is None:
            return
        try:
            self.session.start(mode, people, seconds=seconds, item_id=self.item_box.currentData(),
                               order=order, reverse=reverse)
        except MeetingKitError as error:
            tell(self, "The round could not start", str(error))
            return
        if mode == "open":
            self.panel.hands.set_people(people)
            self.panel.hands.show_snapshot(self.session.last)
        self.panel.focus_home()  # the keys work from here
        # Start is below the fold on a small screen: bring the name, time and buttons into view.
        self.verticalScrollBar().setValue(self.panel.mapTo(self.widget(), QPoint(0, 0)).y())

    def _refreshed(self, snap) -> None:
        running = snap.mode is not None
        paused = running and snap.paused
        if paused != self._was_paused and snap.speaker is not None:
            # A change the chair made (P); the clock itself is never read out as it runs.
            announce(self, "Paused. The clock has stopped." if paused else "Carrying on.")
        self._was_paused = paused
        self.panel.item_title = self.items.get(snap.agenda_item_id, "") if running else ""
        self.panel.show_snapshot(snap)
        if self.start_panel.start_button.isEnabled() == running:
            self.start_panel.set_running(running)
            self.item_box.setEnabled(not running)

    def _events(self, events: list) -> None:
        ended = any(isinstance(e, RoundEnded) for e in events)
        for event in events:
            if isinstance(event, SpeakerChanged) and event.speaker is None and ended:
                continue  # "the round has ended" says it
            if isinstance(event, OneMinuteLeft | TimeUp) and self.chime.isChecked():
                QApplication.beep()
            if isinstance(event, SpeakerChanged | OneMinuteLeft | TimeUp | RoundEnded
                          | TurnNotSaved):
                announce(self, event.message)
            if isinstance(event, TurnNotSaved):
                self.context.bus.status.emit(event.message)

    def _turns_changed(self) -> None:
        attendees = heard_attendees(self.session.present, self.session.turns,
                                    self.context.store)
        self.heard.set_data(self.session.turns, attendees)
        self.shares.check()

    def _shares_source(self):
        attendees = heard_attendees(self.session.present, self.session.turns, self.context.store)
        item_id = self.item_box.currentData()
        return (self.session.turns, attendees, item_id, self.items.get(item_id, ""),
                self.session.last)

    def _chime_changed(self, on: bool) -> None:
        if self.context.settings is not None:
            self.context.settings.setValue(CHIME_SETTING, on)

    # ----- presenter view -----------------------------------------------------------------------
    def show_presenter(self, show: bool) -> None:
        if show:
            if self.presenter is None:
                self.presenter = PresenterWindow(self.session, self)
                self.presenter.closed.connect(lambda: self.presenter_action.setChecked(False))
            self.presenter.show_on_best_screen()
            announce(self, "The presenter view is open. Press F5 to close it.")
        elif self.presenter is not None and self.presenter.isVisible():
            self.presenter.close()

