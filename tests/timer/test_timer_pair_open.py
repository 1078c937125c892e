"""Thinking pairs (equal halves, alternating) and open discussion (a queue of raised hands)."""

from __future__ import annotations

import pytest

from meetingkit.timer import Attendee, RoundEnded, SpeakerChanged, TimerError, TurnTimer


class FakeClock:
    def __init__(self, start: float = 50.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


SAM = Attendee(1, "Sam", "partner")
ALEX = Attendee(2, "Alex", "staff")
PRIYA = Attendee(3, "Priya", "chair")
RUTH = Attendee(4, "Ruth", "partner")


def make(**kwargs):
    clock = FakeClock()
    turns = []
    return TurnTimer(clock=clock, on_turn_end=turns.append, **kwargs), clock, turns


def test_a_pair_shares_the_time_in_equal_halves_and_alternates():
    timer, clock, turns = make()
    timer.start_pair(SAM, ALEX, total_seconds=480, exchanges=2, agenda_item_id=9)
    seen = []
    while timer.state().speaker is not None:
        snap = timer.state()
        seen.append((snap.speaker.name, snap.allotted))
        clock.advance(snap.allotted)
        timer.next_turn()
    assert seen == [("Sam", 120), ("Alex", 120), ("Sam", 120), ("Alex", 120)]
    assert {t.mode for t in turns} == {"pair"}
    assert sum(t.duration for t in turns if t.person_id == 1) == pytest.approx(240)
    assert sum(t.duration for t in turns if t.person_id == 2) == pytest.approx(240)
    assert isinstance(timer.poll_events()[-1], RoundEnded)


def test_time_added_in_a_pair_is_matched_for_the_other_person():
    timer, clock, turns = make()
    timer.start_pair(SAM, ALEX, total_seconds=600)
    timer.add_time(60)
    assert timer.state().allotted == 360
    timer.next_turn()
    assert timer.state().speaker == ALEX and timer.state().allotted == 360


def test_a_pass_in_a_pair_is_not_offered_again():
    timer, clock, turns = make()
    timer.start_pair(SAM, ALEX, total_seconds=600)
    timer.pass_turn()
    timer.next_turn()
    assert timer.state().mode is None
    assert [t.passed for t in turns] == [True, False]


def test_open_discussion_calls_raised_hands_in_order():
    timer, clock, turns = make()
    timer.start_open([SAM, ALEX, PRIYA, RUTH], seconds_each=90, agenda_item_id="x")
    assert timer.state().speaker is None and timer.state().mode == "open"
    assert timer.raise_hand(2)
    assert timer.raise_hand(1)
    assert not timer.raise_hand(2)  # already waiting: ignored
    assert timer.raise_hand(4)
    assert timer.lower_hand(4)
    assert not timer.lower_hand(4)
    assert timer.state().still_to_speak == (ALEX, SAM)
    clock.advance(7)  # nobody speaking yet: idle time, not anyone's turn
    timer.next_turn()
    snap = timer.state()
    assert snap.speaker == ALEX and snap.allotted == 90 and snap.next_speaker == SAM
    assert timer.raise_hand(2)  # the speaker may queue again for a follow-up
    clock.advance(30)
    timer.next_turn()
    clock.advance(40)
    timer.next_turn()
    assert timer.state().speaker == ALEX
    clock.advance(20)
    timer.next_turn()
    assert timer.state().speaker is None and timer.state().mode == "open"
    assert [(t.person_id, t.duration) for t in turns] == [(2, 30), (1, 40), (2, 20)]
    assert {t.mode for t in turns} == {"open"}
    assert timer.accounts()["idle"] == pytest.approx(7)
    events = timer.poll_events()
    assert events[-1] == SpeakerChanged(clock.now, None, ALEX)
    timer.end_round()
    assert timer.poll_events() == [RoundEnded(clock.now, "open", 1, "x", early=True)]


def test_next_with_no_hands_raised_does_nothing():
    timer, clock, turns = make()
    timer.start_open([SAM], seconds_each=60)
    timer.next_turn()
    assert timer.state().speaker is None and turns == []


def test_a_hand_from_someone_not_in_the_meeting_is_refused():
    timer, _, _ = make()
    timer.start_open([SAM], seconds_each=60)
    with pytest.raises(TimerError):
        timer.raise_hand(99)


def test_hands_are_ignored_outside_open_discussion():
    timer, _, _ = make()
    timer.start_round([SAM, ALEX], seconds_each=60)
    assert not timer.raise_hand(1)
    assert timer.state().still_to_speak == (ALEX,)
