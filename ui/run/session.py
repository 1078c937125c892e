"""One meeting's Time to think session: the engine, the 4 Hz refresh, and saving each turn.

The engine is polled (state() and poll_events()) from a QTimer about four times a second; the
figures come from the clock, never from counting ticks, so a late or missed refresh costs
nothing. Each turn is written to the database the moment it ends, so a crash loses nothing
already spoken. The bus is told about new turns only after the engine call returns, so a screen
that reloads on "turns" can never call back into the engine while it is handing turns over.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from meetingkit.errors import MeetingKitError
from meetingkit.store.changes import Changes, Kind
from meetingkit.timer import Attendee, Snapshot, TimerError, TurnTimer
from meetingkit.timer.turn_store import Member, members, store_turn, stored_turns
from ui.context import AppContext

# Tests replace this (or pass clock= to the tab) to drive the timer with a fake clock.
clock_factory: Callable[[], Callable[[], float]] = lambda: time.monotonic  # noqa: E731

REFRESH_MS = 250  # about 4 Hz: smooth enough for a seconds display, cheap on battery


class RunSession(QObject):
    refreshed = Signal(object)  # Snapshot, after every refresh and every action
    events = Signal(list)  # the TimerEvents since the last refresh, each one once, oldest first
    turns_changed = Signal()  # the saved turns or the people changed: redraw shares and totals

    def __init__(self, context: AppContext, clock: Callable[[], float] | None = None,
                 parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.clock = clock or clock_factory()
        self.meeting_id: int | None = None
        self.members: list[Member] = []
        self.turns: list = []  # the meeting's saved turns (timer Turn records), oldest first
        self.saved_ids: list[int] = []  # row ids saved in this session, for checks
        self._round_meeting: int | None = None  # the meeting the running round belongs to
        self.seconds_each = 0.0  # each person's time in the running round
        self._saved_since_refresh = False
        self._telling_bus = False
        self.timer = self._new_timer()
        self.last: Snapshot = self.timer.state()
        self._ticker = QTimer(self)
        self._ticker.setInterval(REFRESH_MS)
        self._ticker.timeout.connect(self.refresh)
        context.bus.changed.connect(self._data_changed)

    # ----- meeting and people -------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        if meeting_id == self.meeting_id:
            return
        self.end_round()  # the turn in progress is saved under the meeting it belongs to
        self.meeting_id, self._round_meeting = meeting_id, None
        self.timer = self._new_timer()
        self._reload()
        self.refresh()

    @property
    def present(self) -> list[Attendee]:
        return [m.attendee for m in self.members if m.present]

    def _reload(self) -> None:
        store = self.context.store
        if self.meeting_id is None:
            self.members, self.turns = [], []
        else:
            self.members = members(store, self.meeting_id)
            self.turns = stored_turns(store, self.meeting_id, [m.attendee for m in self.members])
        self.turns_changed.emit()

    def _data_changed(self, changes: Changes) -> None:
        if self._telling_bus or not changes.touches(Kind.TURNS, Kind.ATTENDANCE, Kind.PEOPLE,
                                                    Kind.MEETINGS):
            return
        if (self.meeting_id is not None and changes.touches(Kind.MEETINGS)
                and not self._meeting_exists()):
            self.meeting_id = self._round_meeting = None  # deleted a moment ago: its round
            self.timer = self._new_timer()  # goes with it (there is nowhere to save its turns)
            self.refresh()
        self._reload()

    def _meeting_exists(self) -> bool:
        try:
            self.context.store.meetings.get(self.meeting_id)
        except MeetingKitError:
            return False
        return True

    # ----- running ------------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.last.mode is not None

    def start(self, mode: str, people: list[Attendee], *, seconds: float, item_id: Any,
              order: str = "as_set", reverse: bool = False) -> None:
        """Starts a round, a thinking pair (the first two people) or an open discussion.
        Raises TimerError (a MeetingKitError) with plain words when it cannot start."""
        if mode == "pair" and (len(people) < 2 or None in people[:2]):
            raise TimerError("A thinking pair needs two people who are here.")
        self._round_meeting = self.meeting_id
        self.seconds_each = seconds
        if mode == "pair":
            self.act("start_pair", people[0], people[1], total_seconds=2 * seconds,
                     agenda_item_id=item_id)
        elif mode == "open":
            self.act("start_open", people, seconds_each=seconds, agenda_item_id=item_id)
        else:
            self.act("start_round", people, seconds_each=seconds, agenda_item_id=item_id,
                     order=order, reverse_each_round=reverse)

    def act(self, name: str, *args: Any, **kwargs: Any) -> Any:
        """Calls one engine method, then refreshes at once (so a key press shows straight away)."""
        try:
            return getattr(self.timer, name)(*args, **kwargs)
        finally:
            self.refresh()

    def toggle_pause(self) -> None:
        self.act("resume" if self.last.paused else "pause")

    def end_round(self) -> None:
        if self.running:
            self.act("end_round")

    def refresh(self) -> None:
        snap = self.timer.state()
        events = self.timer.poll_events()
        self.last = snap
        busy = snap.mode is not None or bool(self.timer.unsaved_turns)
        if busy and not self._ticker.isActive():
            self._ticker.start()
        elif not busy and self._ticker.isActive():
            self._ticker.stop()
        if self._saved_since_refresh:
            self._saved_since_refresh = False
            self._tell_bus()
        self.refreshed.emit(snap)
        if events:
            self.events.emit(events)

    # ----- saving turns -------------------------------------------------------------------------
    def _new_timer(self) -> TurnTimer:
        return TurnTimer(clock=self.clock, on_turn_end=self._save_turn)

    def _save_turn(self, turn) -> None:
        """Called by the engine as each turn ends. If this raises, the engine keeps the turn
        and offers it again on the next refresh (and says so once)."""
        meeting_id = self._round_meeting if self._round_meeting is not None else self.meeting_id
        if meeting_id is None:
            return
        self.saved_ids.append(store_turn(self.context.store, meeting_id, turn))
        if meeting_id == self.meeting_id:
            self.turns.append(turn)  # as stored: a skip stays a skip
        self._saved_since_refresh = True

    def _tell_bus(self) -> None:
        self._telling_bus = True
        try:
            self.context.bus.changed.emit(Changes({Kind.TURNS: frozenset(self.saved_ids)}))
        finally:
            self._telling_bus = False
        self.turns_changed.emit()
