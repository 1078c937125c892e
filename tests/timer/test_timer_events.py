"""Announcements made once, overtime shown calmly, auto-advance, wall times, safe reporting."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from meetingkit.timer import (
    Attendee,
    OneMinuteLeft,
    RoundEnded,
    SpeakerChanged,
    TimeUp,
    TurnNotSaved,
    TurnTimer,
    describe_time_left,
)


class FakeClock:
    def __init__(self, start: float = 0.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


SAM = Attendee("s", "Sam", "partner")
ALEX = Attendee("a", "Alex", "staff")
START = datetime(2025, 3, 4, 10, 0, 0, tzinfo=timezone(timedelta(hours=0)))


def make(**kwargs):
    clock = FakeClock()
    turns = []

    def wall():
        return START + timedelta(seconds=clock.now)

    timer = TurnTimer(clock=clock, wall_clock=wall, on_turn_end=turns.append, **kwargs)
    return timer, clock, turns


def kinds(events):
    return [type(e).__name__ for e in events]


def test_one_minute_and_time_up_are_each_announced_exactly_once():
    timer, clock, _ = make()
    timer.start_round([SAM, ALEX], seconds_each=180)
    collected = timer.poll_events()
    for _ in range(4 * 200):  # poll at 4 Hz for 200 seconds
        clock.advance(0.25)
        timer.state()
        collected += timer.poll_events()
    assert kinds(collected) == ["SpeakerChanged", "OneMinuteLeft", "TimeUp"]
    assert collected[1] == OneMinuteLeft(120.0, SAM)
    assert collected[2] == TimeUp(180.0, SAM)
    assert timer.state().speaker == SAM and timer.state().overtime == pytest.approx(20)
    assert timer.poll_events() == []


def test_last_thirty_seconds_and_one_minute_flags():
    timer, clock, _ = make()
    timer.start_round([SAM], seconds_each=120)
    clock.advance(59)
    snap = timer.state()
    assert not snap.one_minute_left and not snap.last_thirty_seconds
    clock.advance(2)
    assert timer.state().one_minute_left and not timer.state().last_thirty_seconds
    clock.advance(30)
    assert timer.state().last_thirty_seconds
    clock.advance(30)
    snap = timer.state()
    assert snap.time_up and not snap.one_minute_left and not snap.last_thirty_seconds


def test_a_short_turn_has_no_one_minute_warning():
    timer, clock, _ = make()
    timer.start_round([SAM], seconds_each=45)
    clock.advance(50)
    assert kinds(timer.poll_events()) == ["SpeakerChanged", "TimeUp"]


def test_a_stalled_ui_gets_time_up_but_not_a_stale_minute_warning():
    timer, clock, _ = make()
    timer.start_round([SAM], seconds_each=180)
    timer.poll_events()
    clock.advance(1000)
    assert kinds(timer.poll_events()) == ["TimeUp"]


def test_adding_time_makes_the_announcements_due_again():
    timer, clock, _ = make()
    timer.start_round([SAM], seconds_each=90)
    clock.advance(95)
    timer.add_time(120)  # 115 seconds left
    clock.advance(60)
    clock.advance(60)
    timer.state()
    clock.advance(1)
    assert kinds(timer.poll_events()) == ["SpeakerChanged", "TimeUp", "TimeUp"]
    timer2, clock2, _ = make()
    timer2.start_round([SAM], seconds_each=90)
    clock2.advance(95)
    timer2.add_time(120)
    clock2.advance(60)
    assert kinds(timer2.poll_events()) == ["SpeakerChanged", "TimeUp", "OneMinuteLeft"]


def test_no_events_while_paused():
    timer, clock, _ = make()
    timer.start_round([SAM], seconds_each=120)
    timer.poll_events()
    clock.advance(30)
    timer.pause()
    clock.advance(3600)
    assert timer.poll_events() == [] and timer.state().time_left == pytest.approx(90)


def test_auto_advance_moves_on_at_the_exact_deadline_even_if_the_ui_was_slow():
    timer, clock, turns = make(auto_advance=True)
    timer.start_round([SAM, ALEX], seconds_each=60)
    clock.advance(75)  # the UI was stalled past Sam's deadline
    snap = timer.state()
    assert snap.speaker == ALEX and snap.spoken == pytest.approx(15)
    assert turns[0].duration == pytest.approx(60)
    assert turns[1:] == []
    clock.advance(500)
    assert timer.state().mode is None
    assert [t.duration for t in turns] == pytest.approx([60, 60])
    assert turns[1].started_at == "2025-03-04T10:01:00+00:00"
    assert kinds(timer.poll_events()) == [
        "SpeakerChanged", "TimeUp", "SpeakerChanged", "TimeUp", "SpeakerChanged", "RoundEnded"
    ]  # fmt: skip
    assert timer.accounts()["idle"] == pytest.approx(455)


def test_turns_carry_wall_clock_start_times():
    timer, clock, turns = make()
    clock.advance(30)
    timer.start_round([SAM, ALEX], seconds_each=60, agenda_item_id=3)
    clock.advance(65.4)
    timer.next_turn()
    timer.end_round()
    assert [t.started_at for t in turns] == [
        "2025-03-04T10:00:30+00:00",
        "2025-03-04T10:01:35+00:00",
    ]
    assert turns[0].as_row()["agenda_item_id"] == 3


def test_a_failing_store_loses_no_turn_and_the_timer_carries_on():
    clock = FakeClock()
    stored, fail = [], [True]

    def store(turn):
        if fail[0]:
            raise OSError("disk busy")
        stored.append(turn)

    timer = TurnTimer(clock=clock, on_turn_end=store)
    timer.start_round([SAM, ALEX], seconds_each=60)
    clock.advance(10)
    timer.next_turn()
    for _ in range(3):  # the UI keeps polling while the store is failing
        assert timer.state().speaker == ALEX
    not_saved = [e for e in timer.poll_events() if isinstance(e, TurnNotSaved)]
    assert len(not_saved) == 1 and not_saved[0].reason == "disk busy"  # told once, not each poll
    assert [t.person_id for t in timer.unsaved_turns] == ["s"]
    fail[0] = False
    clock.advance(5)
    timer.next_turn()
    assert [(t.person_id, t.duration) for t in stored] == [("s", 10), ("a", 5)]
    assert timer.unsaved_turns == ()


def test_speaker_changed_events_and_messages():
    timer, clock, _ = make()
    timer.start_round([SAM, ALEX], seconds_each=60)
    timer.next_turn()
    timer.next_turn()
    events = timer.poll_events()
    assert events[:2] == [SpeakerChanged(0.0, SAM, None), SpeakerChanged(0.0, ALEX, SAM)]
    assert [e.message for e in events] == [
        "Sam's turn.", "Alex's turn.", "Nobody is speaking now.", "The round has ended."
    ]  # fmt: skip
    assert isinstance(events[-1], RoundEnded) and not events[-1].early


@pytest.mark.parametrize(
    ("left", "over", "words"),
    [
        (300, 0, "About 5 minutes left"),
        (61, 0, "About 2 minutes left"),
        (60, 0, "Less than a minute left"),
        (0, 10, "Time is up"),
        (0, 130, "Time is up (2 minutes over)"),
        (0, 60, "Time is up (1 minute over)"),
    ],
)
def test_time_left_in_plain_words(left, over, words):
    assert describe_time_left(left, over) == words
