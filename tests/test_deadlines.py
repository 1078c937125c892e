from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.deadlines import (
    describe_deadline,
    format_day,
    is_on_time,
    is_working_day,
    normalise_region,
    pack_deadline,
    working_days_between,
    working_days_left,
)
from meetingkit.errors import MeetingKitError


def test_ordinary_week_counts_back_five_working_days() -> None:
    # Friday 11 December 2026 -> Thu 10, Wed 9, Tue 8, Mon 7, Fri 4
    assert pack_deadline(date(2026, 12, 11)) == date(2026, 12, 4)


def test_christmas_and_boxing_day_observed_are_skipped() -> None:
    # Thursday 31 Dec 2026: Mon 28 (Boxing Day observed) and Fri 25 (Christmas) do not count.
    assert pack_deadline(date(2026, 12, 31)) == date(2026, 12, 22)
    # Monday 4 Jan 2027: New Year's Day (Fri 1 Jan) is skipped too.
    assert pack_deadline(date(2027, 1, 4)) == date(2026, 12, 23)


def test_easter_2026_differs_between_england_and_scotland() -> None:
    # Good Friday 3 April and Easter Monday 6 April 2026 are bank holidays in England;
    # Scotland has Good Friday but not Easter Monday.
    meeting = date(2026, 4, 10)
    assert pack_deadline(meeting, 5, "ENG") == date(2026, 4, 1)
    assert pack_deadline(meeting, 5, "SCT") == date(2026, 4, 2)
    assert pack_deadline(meeting, 5, "wls") == date(2026, 4, 1)


def test_working_day_checks() -> None:
    assert not is_working_day(date(2026, 12, 25))
    assert not is_working_day(date(2026, 12, 26))  # Saturday
    assert not is_working_day(date(2026, 12, 28))  # Boxing Day observed
    assert is_working_day(date(2026, 12, 29))
    assert not is_working_day(date(2026, 4, 6), "ENG")
    assert is_working_day(date(2026, 4, 6), "SCT")


def test_other_notice_periods() -> None:
    assert pack_deadline(date(2026, 12, 11), 0) == date(2026, 12, 11)
    assert pack_deadline(date(2026, 12, 11), 1) == date(2026, 12, 10)
    assert pack_deadline(date(2026, 12, 14), 1) == date(2026, 12, 11)  # Monday meeting
    assert pack_deadline(date(2026, 12, 11), 10) == date(2026, 11, 27)


def test_working_days_between_is_half_open_and_signed() -> None:
    assert working_days_between(date(2026, 12, 7), date(2026, 12, 11)) == 4
    assert working_days_between(date(2026, 12, 11), date(2026, 12, 7)) == -4
    assert working_days_between(date(2026, 12, 7), date(2026, 12, 7)) == 0
    # 21 Dec 2026 to 4 Jan 2027: 21,22,23,24,29,30,31 are working days
    assert working_days_between(date(2026, 12, 21), date(2027, 1, 4)) == 7


def test_working_days_left_and_late() -> None:
    meeting = date(2026, 12, 11)  # deadline Friday 4 December
    assert working_days_left(date(2026, 12, 1), meeting) == 3
    assert working_days_left(date(2026, 12, 4), meeting) == 0
    assert working_days_left(date(2026, 12, 5), meeting) == -1  # Saturday after
    assert working_days_left(date(2026, 12, 8), meeting) == -2


def test_is_on_time_uses_the_calendar_day() -> None:
    meeting = date(2026, 12, 11)
    assert is_on_time(datetime(2026, 12, 4, 23, 59), meeting)
    assert not is_on_time(datetime(2026, 12, 5, 0, 1), meeting)
    assert is_on_time(datetime(2026, 11, 1, 9, 0), meeting)


def test_describe_deadline_sentences() -> None:
    meeting = date(2026, 12, 11)
    assert (
        describe_deadline(date(2026, 12, 1), meeting)
        == "Send the pack by Friday 4 December 2026 (3 working days from today)."
    )
    assert describe_deadline(date(2026, 12, 3), meeting).endswith("(1 working day from today).")
    assert describe_deadline(date(2026, 12, 4), meeting).startswith("Send the pack today")
    assert describe_deadline(date(2026, 12, 8), meeting).startswith(
        "The pack is 2 working days late."
    )
    assert "already happened" in describe_deadline(date(2026, 12, 12), meeting)


def test_format_day_has_no_leading_zero() -> None:
    assert format_day(date(2026, 12, 4)) == "Friday 4 December 2026"


def test_bad_region_and_bad_notice_period_are_refused() -> None:
    with pytest.raises(MeetingKitError):
        normalise_region("Narnia")
    with pytest.raises(MeetingKitError):
        pack_deadline(date(2026, 12, 11), -1)
    with pytest.raises(TypeError):
        pack_deadline(date(2026, 12, 11), 2.5)  # type: ignore[arg-type]


regions = st.sampled_from(["ENG", "WLS", "SCT", "NIR"])
meeting_days = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=150, deadline=None)
@given(meeting=meeting_days, n=st.integers(min_value=1, max_value=25), region=regions)
def test_deadline_is_a_working_day_exactly_n_before(meeting: date, n: int, region: str) -> None:
    deadline = pack_deadline(meeting, n, region)
    assert deadline < meeting
    assert is_working_day(deadline, region)
    assert working_days_between(deadline, meeting, region) == n
    # the latest such day: the next working day would leave fewer than n
    assert working_days_between(deadline + timedelta(days=1), meeting, region) == n - 1
    assert working_days_left(deadline, meeting, n, region) == 0


@settings(max_examples=150, deadline=None)
@given(a=meeting_days, b=meeting_days, region=regions)
def test_between_matches_day_by_day_count(a: date, b: date, region: str) -> None:
    if abs((b - a).days) > 120:
        b = a + timedelta(days=(b - a).days % 120)
    lo, hi = min(a, b), max(a, b)
    slow = sum(1 for i in range((hi - lo).days) if is_working_day(lo + timedelta(days=i), region))
    assert working_days_between(lo, hi, region) == slow
    assert working_days_between(hi, lo, region) == -slow
