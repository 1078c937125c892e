"""Rounds: equal time, passes offered again, skip, pause, add time, end early, order options."""

from __future__ import annotations

import random

import pytest

from meetingkit.timer import (
    Attendee,
    RoundEnded,
    SpeakerChanged,
    TimerError,
    TurnTimer,
    round_order,
)


class FakeClock:
    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


PRIYA = Attendee("p1", "Priya", "chair")
SAM = Attendee("p2", "Sam", "partner")
ALEX = Attendee("p3", "Alex", "staff")
JO = Attendee("p4", "Jo", "administrator")
RUTH = Attendee("p5", "Ruth", "partner")
TABLE = [PRIYA, SAM, ALEX, JO, RUTH]


def make(**kwargs):
    clock = FakeClock()
    turns = []
    timer = TurnTimer(clock=clock, on_turn_end=turns.append, **kwargs)
    return timer, clock, turns


def names(people):
    return [p.name for p in people]


def test_everyone_gets_an_equal_turn_in_the_order_set():
    timer, clock, turns = make()
    timer.start_round(TABLE, seconds_each=120, agenda_item_id="item-1")
    snap = timer.state()
    assert snap.mode == "round" and snap.speaker == PRIYA and snap.next_speaker == SAM
    assert snap.allotted == 120 and snap.time_left == 120 and snap.round_number == 1
    for person in TABLE:
        assert timer.state().speaker == person
        clock.advance(100)
        timer.next_turn()
    assert [t.person_id for t in turns] == [p.person_id for p in TABLE]
    assert all(t.duration == pytest.approx(100) and t.allotted == 120 for t in turns)
    assert all(t.mode == "round" and t.agenda_item_id == "item-1" for t in turns)
    snap = timer.state()
    assert snap.mode is None and snap.speaker is None
    assert isinstance(timer.poll_events()[-1], RoundEnded)


def test_a_pass_is_offered_again_at_the_end_of_the_round():
    timer, clock, turns = make()
    timer.start_round([PRIYA, SAM, ALEX], seconds_each=60)
    clock.advance(2)
    timer.pass_turn()  # Priya passes
    snap = timer.state()
    assert snap.passed == (PRIYA,)
    assert names(snap.still_to_speak) == ["Alex", "Priya"]
    clock.advance(50)
    timer.next_turn()  # Sam
    assert timer.state().next_speaker == PRIYA
    clock.advance(50)
    timer.next_turn()  # Alex
    assert timer.state().speaker == PRIYA  # offered again
    clock.advance(40)
    timer.next_turn()
    assert timer.state().mode is None
    assert [(t.person_id, t.passed) for t in turns] == [
        ("p1", True), ("p2", False), ("p3", False), ("p1", False)
    ]  # fmt: skip
    assert turns[0].duration == pytest.approx(2)


def test_passing_twice_ends_the_round_without_a_third_offer():
    timer, clock, turns = make()
    timer.start_round([PRIYA, SAM], seconds_each=60)
    timer.pass_turn()
    timer.next_turn()
    assert timer.state().speaker == PRIYA
    timer.pass_turn()
    assert timer.state().mode is None
    assert [t.passed for t in turns] == [True, False, True]


def test_skip_moves_on_and_is_not_offered_again():
    timer, clock, turns = make()
    timer.start_round([PRIYA, SAM, ALEX], seconds_each=60)
    timer.next_turn()
    timer.skip_turn()  # Sam has stepped out
    assert timer.state().speaker == ALEX
    assert timer.state().passed == ()
    timer.next_turn()
    assert timer.state().mode is None
    assert [(t.person_id, t.skipped) for t in turns] == [("p1", False), ("p2", True), ("p3", False)]


def test_pause_stops_the_clock_and_resume_carries_on():
    timer, clock, turns = make()
    timer.start_round([SAM, ALEX], seconds_each=120)
    clock.advance(30)
    timer.pause()
    timer.pause()  # pausing twice changes nothing
    clock.advance(500)
    snap = timer.state()
    assert snap.paused and snap.time_left == pytest.approx(90) and snap.spoken == pytest.approx(30)
    timer.resume()
    clock.advance(20)
    assert timer.state().time_left == pytest.approx(70)
    timer.next_turn()
    assert turns[0].duration == pytest.approx(50)
    assert timer.accounts()["paused"] == pytest.approx(500)


def test_moving_on_while_paused_ends_the_pause_and_starts_the_next_person():
    timer, clock, turns = make()
    timer.start_round([SAM, ALEX], seconds_each=120)
    clock.advance(10)
    timer.pause()
    clock.advance(60)
    timer.next_turn()
    assert turns[0].duration == pytest.approx(10)
    snap = timer.state()
    assert snap.speaker == ALEX and not snap.paused


def test_add_a_minute_and_overtime_is_shown_not_forced():
    timer, clock, turns = make()
    timer.start_round([SAM, ALEX], seconds_each=60)
    clock.advance(75)
    snap = timer.state()
    assert snap.speaker == SAM and snap.time_up
    assert snap.time_left == 0 and snap.overtime == pytest.approx(15)
    assert snap.fraction_elapsed == 1.0
    timer.add_time()
    snap = timer.state()
    assert not snap.time_up and snap.time_left == pytest.approx(45) and snap.allotted == 120
    clock.advance(10)
    timer.next_turn()
    assert turns[0].allotted == 120 and turns[0].duration == pytest.approx(85)
    assert timer.state().allotted == 60  # the extra minute was for Sam's turn only


def test_end_the_round_early_reports_the_turn_in_progress():
    timer, clock, turns = make()
    timer.start_round(TABLE, seconds_each=60)
    clock.advance(61)
    timer.next_turn()
    clock.advance(12)
    timer.end_round()
    assert [t.duration for t in turns] == pytest.approx([61, 12])
    events = timer.poll_events()
    assert events[-1] == RoundEnded(clock.now, "round", 1, None, early=True)
    assert events[-2] == SpeakerChanged(clock.now, None, SAM)
    assert timer.state().still_to_speak == ()
    timer.next_turn()  # nothing running: harmless
    assert len(turns) == 2


def test_reverse_direction_each_round_and_round_numbers_per_item():
    timer, clock, turns = make()
    for expected in (["Priya", "Sam", "Alex"], ["Alex", "Sam", "Priya"], ["Priya", "Sam", "Alex"]):
        timer.start_round([PRIYA, SAM, ALEX], seconds_each=30, reverse_each_round=True,
                          agenda_item_id="a")  # fmt: skip
        order = [timer.state().speaker.name]
        order += names(timer.state().still_to_speak)
        assert order == expected
        timer.end_round()
    timer.start_round([PRIYA, SAM], seconds_each=30, agenda_item_id="b")
    assert timer.state().round_number == 1
    timer.end_round()
    assert [t.round_number for t in turns] == [1, 2, 3, 1]


def test_partners_first_keeps_everyone_else_in_the_chairs_order():
    order = round_order(TABLE, order="partners_first")
    assert names(order) == ["Sam", "Ruth", "Priya", "Alex", "Jo"]
    reversed_round = round_order(TABLE, order="partners_first", round_number=2,
                                 reverse_each_round=True)  # fmt: skip
    assert names(reversed_round) == ["Ruth", "Sam", "Jo", "Alex", "Priya"]


def test_shuffle_is_reproducible_with_a_seeded_random():
    first = round_order(TABLE, order="shuffled", rng=random.Random(7))
    again = round_order(TABLE, order="shuffled", rng=random.Random(7))
    assert first == again and sorted(names(first)) == sorted(names(TABLE))
    orders = {
        tuple(names(round_order(TABLE, order="shuffled", rng=random.Random(s)))) for s in range(20)
    }
    assert len(orders) > 1  # it really does shuffle
    timer, clock, _ = make(rng=random.Random(7))
    timer.start_round(TABLE, seconds_each=60, order="shuffled")
    snap = timer.state()
    assert [snap.speaker, *snap.still_to_speak] == first


@pytest.mark.parametrize(
    "call",
    [
        lambda t: t.start_round([], seconds_each=60),
        lambda t: t.start_round([SAM, SAM], seconds_each=60),
        lambda t: t.start_round([SAM], seconds_each=0),
        lambda t: t.start_round([SAM], seconds_each=60, order="alphabetical"),
        lambda t: t.start_pair(SAM, SAM, total_seconds=60),
    ],
)
def test_impossible_requests_are_refused_in_plain_words(call):
    timer, _, _ = make()
    with pytest.raises(TimerError) as info:
        call(timer)
    assert str(info.value)[0].isupper()


def test_unknown_role_is_refused():
    with pytest.raises(TimerError):
        Attendee("x", "X", "consultant")


def test_starting_a_new_round_closes_the_old_one():
    timer, clock, turns = make()
    timer.start_round([PRIYA, SAM], seconds_each=60, agenda_item_id="a")
    clock.advance(5)
    timer.start_round([ALEX], seconds_each=60, agenda_item_id="b")
    assert [t.person_id for t in turns] == ["p1"]
    assert timer.state().speaker == ALEX
    ended = [e for e in timer.poll_events() if isinstance(e, RoundEnded)]
    assert ended == [RoundEnded(clock.now, "round", 1, "a", early=True)]
