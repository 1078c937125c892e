"""UK bank holidays as data (resources/calendar/uk-bank-holidays.json), made from the `holidays`
library, so working out a pack deadline never pays for importing it (it loads every country,
about 0.2 s). Years outside the table still come from the library.

Regenerate after updating `holidays` (new one-off bank holidays are announced from time to time):
    python -m meetingkit.bank_holiday_table
"""

from __future__ import annotations

import json
from datetime import date
from functools import cache

from meetingkit.resources import read_text, resource_path

FILE = ("calendar", "uk-bank-holidays.json")
FIRST_YEAR, LAST_YEAR = 2015, 2045
REGIONS = ("ENG", "WLS", "SCT", "NIR")


@cache
def _table() -> dict:
    try:
        return json.loads(read_text(*FILE))
    except (OSError, ValueError):
        return {}  # no table: every year comes from the library


def bank_holidays(region: str, year: int) -> frozenset[date] | None:
    """The region's bank holidays in `year`, or None when the table does not cover it."""
    table = _table()
    if not table or not table["first_year"] <= year <= table["last_year"]:
        return None
    return frozenset(date.fromisoformat(day) for day in table["regions"].get(region, ())
                     if day.startswith(f"{year}-"))


def make_table() -> dict:
    import holidays

    regions = {}
    for region in REGIONS:
        days = holidays.UK(subdiv=region, years=range(FIRST_YEAR, LAST_YEAR + 1))
        regions[region] = sorted(day.isoformat() for day in days)
    return {"about": "UK bank holidays by nation, made from the Python holidays library "
                     f"{holidays.__version__} by meetingkit/bank_holiday_table.py.",
            "first_year": FIRST_YEAR, "last_year": LAST_YEAR, "regions": regions}


if __name__ == "__main__":
    target = resource_path(*FILE)
    target.write_text(json.dumps(make_table(), indent=1) + "\n", encoding="utf-8")
    print(f"Wrote {target}")
