"""The shipped bank-holiday table agrees with the holidays library it was made from."""

from __future__ import annotations

from datetime import date

import pytest

from meetingkit.bank_holiday_table import FIRST_YEAR, LAST_YEAR, REGIONS, bank_holidays


@pytest.mark.parametrize("region", REGIONS)
@pytest.mark.parametrize("year", [FIRST_YEAR, 2026, 2027, LAST_YEAR])
def test_the_table_matches_the_library(region, year):
    holidays = pytest.importorskip("holidays")
    assert bank_holidays(region, year) == frozenset(holidays.UK(subdiv=region, years=year))


def test_years_outside_the_table_fall_back_to_the_library():
    from meetingkit.deadlines import is_bank_holiday

    assert bank_holidays("ENG", LAST_YEAR + 1) is None
    assert is_bank_holiday(date(LAST_YEAR + 1, 12, 25))  # Christmas, from the library
    assert bank_holidays("SCT", 2026) and date(2026, 1, 2) in bank_holidays("SCT", 2026)
    assert date(2026, 1, 2) not in bank_holidays("ENG", 2026)
