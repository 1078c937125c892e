"""Dates as people say them: 'Tuesday 3 March 2026' (no leading zeros, on every platform)."""

from __future__ import annotations

from datetime import date


def long_date(iso: str | None) -> str:
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day:%A} {day.day} {day:%B %Y}"


def short_date(iso: str | None) -> str:
    """'3 Mar 2026': for table cells."""
    if not iso:
        return ""
    try:
        day = date.fromisoformat(iso[:10])
    except ValueError:
        return iso
    return f"{day.day} {day:%b %Y}"


def today_iso() -> str:
    return date.today().isoformat()
