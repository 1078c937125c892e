"""No drift: over a simulated four-hour meeting with random pauses and actions, every second of
the clock is accounted for exactly once, and how often the UI polls changes nothing."""

from __future__ import annotations

import math

from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.timer import Attendee, TurnTimer

FOUR_HOURS = 4 * 3600.0
PEOPLE = [
    Attendee(1, "Priya", "chair"),
    Attendee(2, "Sam", "partner"),
    Attendee(3, "Alex", "staff"),
    Attendee(4, "Ruth", "partner"),
    Attendee(5, "Jo", "administrator"),
]
ACTIONS = [
    "next", "pass", "skip", "pause", "pause", "resume", "resume", "add", "end",
    "round", "pair", "open", "raise", "lower", "poll",
]  # fmt: skip


class FakeClock:
    def __init__(self, start: float):
        self.now = start

    def __call__(self) -> float:
        return self.now


def perform(timer: TurnTimer, action: str, who: int) -> None:
    if action == "next":
        timer.next_turn()
    elif action == "pass":
        timer.pass_turn()
    elif action == "skip":
        timer.skip_turn()
    elif action == "pause":
        timer.pause()
    elif action == "resume":
        timer.resume()
    elif action == "add":
        timer.add_time(60)
    elif action == "end":
        timer.end_round()
    elif action == "round":
        timer.start_round(PEOPLE, seconds_each=180, reverse_each_round=True, agenda_item_id=who)
    elif action == "pair":
        timer.start_pair(PEOPLE[0], PEOPLE[who - 1 or 1], total_seconds=600, exchanges=2)
    elif action == "open":
        timer.start_open(PEOPLE, seconds_each=120)
    elif action == "raise":
        timer.raise_hand(who)
    elif action == "lower":
        timer.lower_hand(who)
    else:
        timer.state()


steps = st.lists(
    st.tuples(
        st.floats(min_value=0.0, max_value=1.0, allow_nan=False),
        st.sampled_from(ACTIONS),
        st.integers(min_value=1, max_value=5),
    ),
    min_size=1,
    max_size=120,
)


def schedule(script):
    """Spreads the script's waits over four hours."""
    total = sum(weight for weight, _, _ in script) or 1.0
    return [(weight / total * FOUR_HOURS, action, who) for weight, action, who in script]


@settings(max_examples=150, deadline=None)
@given(script=steps, start=st.floats(min_value=0.0, max_value=1e7), auto=st.booleans())
def test_every_clock_second_is_spoken_paused_or_idle(script, start, auto):
    clock = FakeClock(start)
    turns = []
    timer = TurnTimer(clock=clock, on_turn_end=turns.append, auto_advance=auto)
    timer.start_round(PEOPLE, seconds_each=180)
    # An independent tally from what the UI would see, for the manual-advance case.
    seen = {"spoken": 0.0, "paused": 0.0, "idle": 0.0}
    for wait, action, who in schedule(script):
        snap = timer.state()
        kind = "paused" if snap.paused else "idle" if snap.speaker is None else "spoken"
        seen[kind] += wait
        clock.now += wait
        perform(timer, action, who)
    timer.end_round()
    elapsed = clock.now - start
    accounts = timer.accounts()
    reported = math.fsum(t.duration for t in turns)
    tolerance = 1e-9 * max(elapsed, 1.0)
    assert abs(reported + accounts["paused"] + accounts["idle"] - elapsed) <= tolerance
    assert abs(accounts["spoken"] - reported) <= tolerance
    assert all(t.duration >= -tolerance for t in turns)
    if not auto:
        assert abs(seen["paused"] - accounts["paused"]) <= tolerance
        assert abs(seen["spoken"] - reported) <= tolerance
        assert abs(seen["idle"] - accounts["idle"]) <= tolerance


@settings(max_examples=60, deadline=None)
@given(
    script=steps,
    polls=st.lists(st.floats(min_value=0.01, max_value=0.99), max_size=8),
    auto=st.booleans(),
)
def test_how_often_the_ui_polls_changes_nothing(script, polls, auto):
    def run(poll_points):
        clock = FakeClock(5000.0)
        turns = []
        timer = TurnTimer(clock=clock, on_turn_end=turns.append, auto_advance=auto)
        timer.start_round(PEOPLE, seconds_each=180)
        events = []
        for wait, action, who in schedule(script):
            target = clock.now + wait
            for point in poll_points:  # a UI that polls at odd moments, or not at all
                clock.now = target - wait * (1 - point)
                timer.state()
                events += timer.poll_events()
            clock.now = target
            perform(timer, action, who)
            events += timer.poll_events()
        timer.end_round()
        events += timer.poll_events()
        return turns, events

    quiet_turns, quiet_events = run([])
    busy_turns, busy_events = run(sorted(polls))
    assert [(t.person_id, t.passed, t.skipped) for t in quiet_turns] == [
        (t.person_id, t.passed, t.skipped) for t in busy_turns
    ]
    for quiet, busy in zip(quiet_turns, busy_turns, strict=True):
        assert math.isclose(quiet.duration, busy.duration, rel_tol=1e-9, abs_tol=1e-6)
    changes = [(type(e).__name__, getattr(e, "speaker", None)) for e in quiet_events]
    assert [c for c in changes if c[0] != "OneMinuteLeft"] == [
        (type(e).__name__, getattr(e, "speaker", None))
        for e in busy_events
        if type(e).__name__ != "OneMinuteLeft"
    ]
