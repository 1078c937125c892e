"""The goals of issue 18 on our own labelled sentences: 97% or more of the sentences with
patient details found, and at most 1 false alarm in 30 sentences without them, with the staff
the app knows passed in. The rules were tuned on the development part only; the held-out part
was scored before and after (tests/privacy/SCORES.md) and is asserted so regressions show."""

from __future__ import annotations

import pytest
from privacy_labelled_set import score, sentences

GOAL_FOUND = 0.97
GOAL_FALSE_ALARMS = 1 / 30


def test_the_labelled_set_is_what_the_goals_need():
    rows = sentences()
    assert len(rows) >= 120
    for part in ("development", "held_out"):
        part_rows = [s for s in rows if s.part == part]
        assert sum(not s.has_details for s in part_rows) >= 30  # "1 in 30" needs 30 to mean it
    with_details = {s.kind for s in rows if s.has_details}
    for kind in ("name_title_lower", "name_title_child", "name_age_ward", "initials_age",
                 "age_place", "bed", "nhs_number_433", "hospital_number", "date_of_birth",
                 "address", "postcode", "phone", "email"):
        assert kind in with_details, kind


@pytest.mark.parametrize("part", ["development", "held_out"])
def test_goals_are_met(part):
    result = score(part)
    missed = "\n".join(f"missed: {s.text}" for s in result.missed)
    alarms = "\n".join(f"false alarm: {s.text}" for s in result.alarmed)
    assert result.found_share >= GOAL_FOUND, missed
    assert result.false_alarm_share <= GOAL_FALSE_ALARMS, alarms
