"""Who was heard, per agenda item and per meeting, and the gentle share prompt."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.timer import Attendee, Turn, heard_by_item, share_prompt, who_was_heard

PRIYA = Attendee("c", "Priya", "chair")
SAM = Attendee("s", "Sam", "partner")
RUTH = Attendee("r", "Ruth", "partner")
ALEX = Attendee("a", "Alex", "staff")
DEV = Attendee("d", "Dev", "staff")
ROOM = [PRIYA, SAM, RUTH, ALEX, DEV]


def turn(person, seconds, item=1, mode="round", passed=False, skipped=False):
    return Turn(person.person_id, person.role, item, mode, "2025-03-04T10:00:00+00:00",
                seconds, passed=passed, skipped=skipped)  # fmt: skip


TURNS = [
    turn(PRIYA, 60),
    turn(SAM, 0.5, passed=True),
    turn(ALEX, 120),
    turn(RUTH, 90),
    turn(SAM, 100),
    turn(DEV, 3, skipped=True),
    turn(ALEX, 200, item=2, mode="open"),
    turn(SAM, 50, item=2, mode="open"),
]


def test_per_person_time_turns_and_passes():
    summary = who_was_heard(TURNS, ROOM)
    by_name = {h.person.name: h for h in summary.people}
    assert by_name["Sam"].seconds == 150 and by_name["Sam"].turns == 2
    assert by_name["Sam"].passes == 1
    assert by_name["Alex"].seconds == 320
    assert by_name["Dev"].seconds == 0 and by_name["Dev"].turns == 0  # skipped is not heard
    assert summary.not_heard == (DEV,)
    assert summary.total_seconds == 620


def test_per_role_share_and_fair_share():
    summary = who_was_heard(TURNS, ROOM)
    partners, staff = summary.role("partner"), summary.role("staff")
    assert partners.head_count == 2 and partners.seconds == 240 and partners.turns == 3
    assert partners.share == pytest.approx(240 / 620)
    assert partners.fair_share == pytest.approx(2 / 5)
    assert staff.seconds == 320
    assert [r.role for r in summary.roles] == ["chair", "partner", "staff"]
    assert summary.role("guest") is None


def test_per_agenda_item():
    items = heard_by_item(TURNS, ROOM)
    assert list(items) == [1, 2]
    assert items[2].total_seconds == 250 and items[2].agenda_item_id == 2
    assert {p.name for p in items[2].not_heard} == {"Priya", "Ruth", "Dev"}
    assert who_was_heard(TURNS, ROOM, agenda_item_id=1).total_seconds == 370


def test_someone_not_on_the_list_is_still_counted():
    visitor = Turn("v", "guest", 1, "open", "2025-03-04T10:00:00+00:00", 40.0)
    summary = who_was_heard([visitor], [SAM])
    assert summary.total_seconds == 40
    assert summary.role("guest").seconds == 40 and summary.not_heard == (SAM,)


def test_nobody_spoke_yet():
    summary = who_was_heard([], ROOM)
    assert summary.total_seconds == 0 and summary.not_heard == tuple(ROOM)
    assert summary.role("partner").share == 0.0


@given(st.lists(st.tuples(st.sampled_from(ROOM), st.floats(0, 900), st.booleans()), max_size=40))
def test_role_shares_add_up_and_time_is_kept(rows):
    turns = [turn(p, s, passed=passed) for p, s, passed in rows]
    summary = who_was_heard(turns, ROOM)
    assert summary.total_seconds == pytest.approx(sum(s for _, s, passed in rows if not passed))
    if summary.total_seconds > 0:
        assert sum(r.share for r in summary.roles) == pytest.approx(1.0)
    assert sum(r.fair_share for r in summary.roles) == pytest.approx(1.0)


def test_prompt_when_partners_have_had_far_less_than_their_share():
    turns = [turn(ALEX, 400, mode="open"), turn(DEV, 300, mode="open"), turn(SAM, 60, mode="open")]
    text = share_prompt(turns, ROOM)
    assert text == (
        "Partners have had 8% of the speaking time so far; an equal share for everyone would "
        "give them about 40%. You could invite partners to speak next."
    )


def test_no_prompt_when_shares_are_fair_or_too_early():
    fair = [turn(ALEX, 300), turn(SAM, 200), turn(RUTH, 150)]
    assert share_prompt(fair, ROOM) is None
    early = [turn(ALEX, 200)]
    assert share_prompt(early, ROOM) is None  # under five minutes spoken: figures swing
    assert share_prompt(early, ROOM, min_total_seconds=60) is not None


def test_prompt_threshold_and_mode_are_configurable():
    turns = [turn(ALEX, 400), turn(SAM, 120), turn(DEV, 300, mode="open")]
    # partners: 120 of 820 = 15%, fair 40%: 0.37 of fair share
    assert share_prompt(turns, ROOM, threshold=0.3) is None
    assert share_prompt(turns, ROOM, threshold=0.5) is not None
    assert share_prompt(turns, ROOM, mode="open", min_total_seconds=100) is not None
    assert share_prompt(turns, ROOM, mode="round", threshold=0.5) is None  # 120 of 520: 58%
    staff_only = [turn(ALEX, 400), turn(DEV, 300)]
    assert share_prompt(staff_only, [ALEX, DEV]) is None  # no partners present: nothing to say
