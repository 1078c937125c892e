"""Dates as people say them: 'Tuesday 3 March 2026' (no leading zeros, on every platform)."""

from __future__ import annotations

from datetime import date


def _day(iso: str | None) -> date | str:
    """The date in an ISO text, or the text itself ('' for none) when it is not one."""
    if not iso:
        return ""
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return iso


def long_date(iso: str | None) -> str:
    day = _day(iso)
    return day if isinstance(day, str) else f"{day:%A} {day.day} {day:%B %Y}"


def short_date(iso: str | None) -> str:
    """'3 Mar 2026': for table cells."""
    day = _day(iso)
    return day if isinstance(day, str) else f"{day.day} {day:%b %Y}"

