"""When the meeting pack must go out: N working days before the meeting.

Weekends and UK bank holidays are not working days. Bank holidays come from the `holidays`
library, which works offline; it is imported lazily because it is slow to import and most
commands never need it.

Counting rule used throughout: working_days_between(start, end) counts the working days d with
start <= d < end (negative when end is before start). So the pack deadline for a meeting is the
day from which exactly N working days remain before the meeting day, not counting the meeting
day itself.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import lru_cache

from meetingkit.errors import MeetingKitError

DEFAULT_WORKING_DAYS = 5
DEFAULT_REGION = "ENG"
REGIONS = {
    "ENG": "England",
    "WLS": "Wales",
    "SCT": "Scotland",
    "NIR": "Northern Ireland",
}
_MAX_WORKING_DAYS = 366  # far beyond any real notice period; stops runaway loops


def normalise_region(region: str | None) -> str:
    """Upper-case region code (ENG, WLS, SCT, NIR); refuse anything else in plain words."""
    code = (region or DEFAULT_REGION).strip().upper()
    if code not in REGIONS:
        raise MeetingKitError(
            f"Unknown bank holiday region {region!r}; choose England, Wales, Scotland or "
            "Northern Ireland."
        )
    return code


@lru_cache(maxsize=256)
def _holidays_for(region: str, year: int) -> frozenset[date]:
    from meetingkit.bank_holiday_table import bank_holidays

    shipped = bank_holidays(region, year)  # resources/calendar: no slow import
    if shipped is not None:
        return shipped
    import holidays  # slow to import; only for years the shipped table does not cover

    return frozenset(holidays.UK(subdiv=region, years=year).keys())


def is_bank_holiday(day: date, region: str = DEFAULT_REGION) -> bool:
    return _as_date(day) in _holidays_for(normalise_region(region), _as_date(day).year)


def is_working_day(day: date, region: str = DEFAULT_REGION) -> bool:
    day = _as_date(day)
    return day.weekday() < 5 and not is_bank_holiday(day, region)


def working_days_between(start: date, end: date, region: str = DEFAULT_REGION) -> int:
    """Working days d with start <= d < end; negative (same rule, reversed) if end < start."""
    start, end = _as_date(start), _as_date(end)
    region = normalise_region(region)
    if end < start:
        return -working_days_between(end, start, region)
    count = _weekdays_in(start, end)
    for year in range(start.year, end.year + 1):
        for holiday in _holidays_for(region, year):
            if start <= holiday < end and holiday.weekday() < 5:
                count -= 1
    return count


def pack_deadline(
    meeting_date: date, working_days: int = DEFAULT_WORKING_DAYS, region: str = DEFAULT_REGION
) -> date:
    """The last day the pack can go out and still be on time.

    Counts back `working_days` working days from the meeting day, not counting the meeting day.
    With 0 the deadline is the meeting day itself.
    """
    meeting_date = _as_date(meeting_date)
    region = normalise_region(region)
    _check_working_days(working_days)
    day = meeting_date
    remaining = working_days
    while remaining > 0:
        day -= timedelta(days=1)
        if is_working_day(day, region):
            remaining -= 1
    return day


def working_days_left(
    today: date,
    meeting_date: date,
    working_days: int = DEFAULT_WORKING_DAYS,
    region: str = DEFAULT_REGION,
) -> int:
    """Working days from today until the pack deadline; 0 means today is the last day, and a
    negative number is how many working days late the pack is."""
    deadline = pack_deadline(meeting_date, working_days, region)
    return working_days_between(_as_date(today), deadline, region)


def is_on_time(
    published_at: datetime | date,
    meeting_date: date,
    working_days: int = DEFAULT_WORKING_DAYS,
    region: str = DEFAULT_REGION,
) -> bool:
    """True if the pack went out on or before its deadline (by the calendar day it was sent)."""
    return _as_date(published_at) <= pack_deadline(meeting_date, working_days, region)


def describe_deadline(
    today: date,
    meeting_date: date,
    working_days: int = DEFAULT_WORKING_DAYS,
    region: str = DEFAULT_REGION,
) -> str:
    """One plain-English sentence about the pack deadline, for the Overview tab."""
    today, meeting_date = _as_date(today), _as_date(meeting_date)
    deadline = pack_deadline(meeting_date, working_days, region)
    if today > meeting_date:
        return f"The meeting on {format_day(meeting_date)} has already happened."
    left = working_days_between(today, deadline, region)
    if today == deadline:
        return f"Send the pack today ({format_day(deadline)}) to be on time."
    if today < deadline:
        return f"Send the pack by {format_day(deadline)} ({_plural(left)} from today)."
    return f"The pack is {_plural(-left)} late. Send it as soon as you can."


def format_day(day: date) -> str:
    """'Friday 4 December 2026' (no leading zero, which strftime cannot do portably)."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _plural(count: int) -> str:
    return f"{count} working day" + ("" if count == 1 else "s")


def _weekdays_in(start: date, end: date) -> int:
    """Monday-to-Friday days d with start <= d < end (start <= end)."""
    total = (end - start).days
    full_weeks, extra = divmod(total, 7)
    count = full_weeks * 5
    first = start.weekday()
    for offset in range(extra):
        if (first + offset) % 7 < 5:
            count += 1
    return count


def _check_working_days(working_days: int) -> None:
    if not isinstance(working_days, int) or isinstance(working_days, bool):
        raise TypeError("working_days must be a whole number")
    if working_days < 0 or working_days > _MAX_WORKING_DAYS:
        raise MeetingKitError(
            f"The notice period must be between 0 and {_MAX_WORKING_DAYS} working days."
        )


def _as_date(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
