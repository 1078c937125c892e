"""The Time to think timer: rounds, thinking pairs and open discussion, on one clock.

No threads and no sleeping: the UI polls `state()` and `poll_events()` (about four times a
second is plenty). Every reading comes from the injected monotonic clock, so the figures stay
exact however late or irregular the polls are. Each public call reads the clock once.

Accounting: from the moment the timer is made, every second of the clock is exactly one of
speaking time (a turn), paused time, or idle time (nobody holds the floor), so
    sum(turn durations) + accounts()["paused"] + accounts()["idle"] == clock elapsed.
A sleeping laptop or a stalled UI therefore lands in exactly one of those (the live turn, or the
pause if paused), never lost and never counted twice.

When a turn's time runs out the speaker keeps the floor and the snapshot shows overtime (calm:
the chair decides). With auto_advance=True the turn ends exactly at its deadline instead and the
next person starts from that instant, even if the UI only notices later.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from typing import Any

from meetingkit import clock
from meetingkit.timer.events import RoundEnded, Snapshot, SpeakerChanged, TimerEvent, Turn
from meetingkit.timer.live_turn import LiveTurn
from meetingkit.timer.people import (
    Attendee,
    PersonId,
    TimerError,
    check_seconds,
    check_unique,
    round_order,
)
from meetingkit.timer.speaker_queue import SpeakerQueue
from meetingkit.timer.turn_outbox import TurnOutbox


def _local_now() -> datetime:
    return clock.now()


class TurnTimer:
    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], datetime] = _local_now,
        on_turn_end: Callable[[Turn], Any] | None = None,
        auto_advance: bool = False,
        rng: random.Random | None = None,
    ):
        self._clock = clock
        self._wall_clock = wall_clock
        self.on_turn_end = on_turn_end
        self.auto_advance = auto_advance
        self._rng = rng if rng is not None else random.Random()
        now = self._now = clock()
        self._created = now
        self._idle_since: float | None = now
        self._idle_total = 0.0
        self._paused_total = 0.0
        self._spoken_total = 0.0  # durations of turns already ended (passes included)
        self._mode: str | None = None
        self._item: Any = None
        self._seconds_each = 0.0
        self._round_number = 0
        self._rounds_per_item: dict[Any, int] = {}
        self._queue = SpeakerQueue()
        self._people: dict[PersonId, Attendee] = {}
        self._live: LiveTurn | None = None
        self._events: list[TimerEvent] = []
        self._outbox = TurnOutbox()  # ended turns not yet accepted by on_turn_end

    def start_round(
        self,
        attendees: Sequence[Attendee],
        *,
        seconds_each: float,
        agenda_item_id: Any = None,
        order: str = "as_set",
        reverse_each_round: bool = False,
    ) -> None:
        """Everyone in turn, equal time each; passes are offered again at the end."""
        check_seconds(seconds_each)
        number = self._rounds_per_item.get(agenda_item_id, 0) + 1
        people = round_order(
            attendees,
            order=order,
            round_number=number,
            reverse_each_round=reverse_each_round,
            rng=self._rng,
        )
        self._begin("round", people, agenda_item_id, seconds_each, offer_passes_again=True)

    def start_pair(
        self,
        first: Attendee,
        second: Attendee,
        *,
        total_seconds: float,
        agenda_item_id: Any = None,
        exchanges: int = 1,
    ) -> None:
        """A thinking pair: two people alternate, each with exactly half the time."""
        check_seconds(total_seconds)
        if exchanges < 1:
            raise TimerError("A thinking pair needs at least one turn each.")
        check_unique([first, second])
        order = [first, second] * exchanges
        self._begin("pair", order, agenda_item_id, total_seconds / (2 * exchanges))

    def start_open(
        self,
        attendees: Sequence[Attendee],
        *,
        seconds_each: float = 120.0,
        agenda_item_id: Any = None,
    ) -> None:
        """Open discussion: people raise hands and are called in turn, each turn timed."""
        check_seconds(seconds_each)
        now = self._enter()
        self._close_mode(now, early=True)
        self._setup("open", check_unique(attendees), agenda_item_id, seconds_each)
        self._queue = SpeakerQueue()
        self._leave()

    def _begin(
        self,
        mode: str,
        order: list[Attendee],
        item: Any,
        seconds: float,
        offer_passes_again: bool = False,
    ) -> None:
        if not order:
            raise TimerError("Add at least one person before starting.")
        now = self._enter()
        self._close_mode(now, early=True)
        self._setup(mode, order, item, seconds)
        self._queue = SpeakerQueue(order, offer_passes_again=offer_passes_again)
        self._start_turn(self._queue.take_next(), now, previous=None)
        self._leave()

    def _setup(self, mode: str, people: list[Attendee], item: Any, seconds: float) -> None:
        self._mode, self._item, self._seconds_each = mode, item, float(seconds)
        self._people = {p.person_id: p for p in people}
        self._round_number = self._rounds_per_item.get(item, 0) + 1
        self._rounds_per_item[item] = self._round_number

    def next_turn(self) -> None:
        """The speaker has finished: report the turn and call the next person."""
        now = self._enter()
        if self._live is not None:
            self._advance(now)
        elif self._mode == "open":
            self._call_next(now, previous=None)
        self._leave()

    def pass_turn(self) -> None:
        """The speaker passes; in a round they are offered the turn again at the end."""
        now = self._enter()
        if self._live is not None:
            self._advance(now, passed=True)
        self._leave()

    def skip_turn(self) -> None:
        """The chair moves on (the person is away); they are not offered the turn again."""
        now = self._enter()
        if self._live is not None:
            self._advance(now, skipped=True)
        self._leave()

    def pause(self) -> None:
        now = self._enter()
        if self._live is not None:
            self._live.pause(now)
        self._leave()

    def resume(self) -> None:
        now = self._enter()
        if self._live is not None:
            self._paused_total += self._live.resume(now)
        self._leave()

    def add_time(self, seconds: float = 60.0) -> None:
        """More time for this turn. In a thinking pair the other person gets the same."""
        check_seconds(seconds)
        now = self._enter()
        live = self._live
        if live is not None:
            live.add_time(seconds, now)
            if self._mode == "pair":
                other = next(p for p in self._people.values() if p != live.person)
                if self._queue.contains(other.person_id):
                    self._queue.extra[other.person_id] = (
                        self._queue.extra.get(other.person_id, 0.0) + seconds
                    )
        self._leave()

    def end_round(self) -> None:
        """Ends the round, pair or open discussion now, reporting the turn in progress."""
        now = self._enter()
        self._close_mode(now, early=True)
        self._leave()

    def raise_hand(self, person_id: PersonId) -> bool:
        """Joins the queue; False if that hand is already up (or not in open discussion)."""
        self._enter()
        added = False
        if self._mode == "open":
            if person_id not in self._people:
                raise TimerError("That person is not in this discussion.")
            added = self._queue.add(self._people[person_id])
        self._leave()
        return added

    def lower_hand(self, person_id: PersonId) -> bool:
        self._enter()
        removed = self._mode == "open" and self._queue.remove(person_id)
        self._leave()
        return removed

    def state(self) -> Snapshot:
        now = self._enter()
        snap = self._snapshot(now)
        self._leave()
        return snap

    snapshot = state

    def poll_events(self) -> list[TimerEvent]:
        """Events since the last call, oldest first; each is handed out once only."""
        self._enter()
        events, self._events = self._events, []
        self._leave()
        return events

    def accounts(self) -> dict[str, float]:
        """Where every clock second went, read at one instant (for checks and the benchmark)."""
        now = self._clock()
        live = self._live
        spoken, paused, idle = self._spoken_total, self._paused_total, self._idle_total
        if live is not None:
            spoken += live.spoken(now)
            paused += now - live.paused_since if live.paused_since is not None else 0.0
        if self._idle_since is not None:
            idle += now - self._idle_since
        return {"spoken": spoken, "paused": paused, "idle": idle, "elapsed": now - self._created}

    def _enter(self) -> float:
        now = self._now = self._clock()
        self._update(now)
        return now

    def _leave(self) -> None:
        failure = self._outbox.deliver(self.on_turn_end, self._now)
        if failure is not None:
            self._events.append(failure)

    @property
    def unsaved_turns(self) -> tuple[Turn, ...]:
        """Turns ended but not yet accepted by on_turn_end (normally empty)."""
        return self._outbox.waiting

    def _update(self, now: float) -> None:
        """Catches up to now: auto-advances at exact deadlines, then notes crossings."""
        while self._live is not None:
            live = self._live
            if self.auto_advance and not live.is_paused and live.deadline() <= now:
                at = live.deadline()
                self._note_crossings(at, time_left=0.0)
                self._advance(at)
                continue
            self._note_crossings(now, time_left=live.time_left(now))
            break

    def _note_crossings(self, now: float, *, time_left: float) -> None:
        assert self._live is not None
        self._events.extend(self._live.crossings(now, time_left))

    def _advance(self, now: float, *, passed: bool = False, skipped: bool = False) -> None:
        previous = self._end_turn(now, passed=passed, skipped=skipped)
        self._call_next(now, previous=previous)

    def _call_next(self, now: float, *, previous: Attendee | None) -> None:
        person = self._queue.take_next()
        if person is not None:
            self._start_turn(person, now, previous=previous)
        elif self._mode == "open":
            if previous is not None:
                self._events.append(SpeakerChanged(now, None, previous))
        else:
            self._close_mode(now, early=False, previous=previous)

    def _start_turn(self, person: Attendee | None, now: float, *, previous: Attendee | None):
        assert person is not None
        if self._idle_since is not None:
            self._idle_total += now - self._idle_since
            self._idle_since = None
        allotted = self._seconds_each + self._queue.extra.pop(person.person_id, 0.0)
        self._live = LiveTurn(person, now, allotted, self._wall_iso(now))
        self._events.append(SpeakerChanged(now, person, previous))

    def _end_turn(self, now: float, *, passed: bool = False, skipped: bool = False) -> Attendee:
        live = self._live
        assert live is not None
        turn, closed_pause = live.finish(
            now,
            agenda_item_id=self._item,
            mode=self._mode or "round",
            passed=passed,
            skipped=skipped,
            round_number=self._round_number,
        )
        self._paused_total += closed_pause
        self._spoken_total += turn.duration
        self._outbox.add(turn)
        self._queue.record(live.person, passed=passed)
        self._live = None
        self._idle_since = now
        return live.person

    def _close_mode(self, now: float, *, early: bool, previous: Attendee | None = None) -> None:
        if self._mode is None:
            return
        if self._live is not None:
            previous = self._end_turn(now)
        if previous is not None:
            self._events.append(SpeakerChanged(now, None, previous))
        self._events.append(RoundEnded(now, self._mode, self._round_number, self._item, early))
        self._queue.clear()
        self._mode = None

    def _wall_iso(self, at: float) -> str:
        """Wall time of a past monotonic instant (turns started while catching up)."""
        wall = self._wall_clock() - timedelta(seconds=self._now - at)
        return wall.isoformat(timespec="seconds")

    def _snapshot(self, now: float) -> Snapshot:
        live = self._live
        common: dict[str, Any] = dict(
            at=now,
            mode=self._mode,
            agenda_item_id=self._item,
            round_number=self._round_number if self._mode else 0,
            next_speaker=self._queue.peek_next() if self._mode else None,
            passed=self._queue.passed() if self._mode else (),
            still_to_speak=self._queue.still_to_speak() if self._mode else (),
            auto_advance=self.auto_advance,
        )
        if live is None:
            return Snapshot(**common)
        return Snapshot(**common, **live.display(now))
