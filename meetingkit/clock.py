"""The one clock MeetingKit reads for "today" and "now".

Everything that shows, stores or compares a date asks this module, never `date.today()` or
`datetime.now()` directly (tests/test_clock.py checks the code for stray reads). That gives the
tests one switch for the day: `python -m pytest --today=+400d` runs the suite as if it were 400
days later, and a subprocess started meanwhile sees the same day through MEETINGKIT_TODAY.

The clock is moved, not stopped: the time of day keeps running, so timers, autosave stamps and
backups behave as they do on any real day.
"""

from __future__ import annotations

import os
import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta

ENVIRONMENT = "MEETINGKIT_TODAY"

_shift = timedelta(0)


def now() -> datetime:
    """Local time, with its UTC offset."""
    return (datetime.now() + _shift).astimezone()


def local_now() -> datetime:
    """Local time without an offset: for file names and other local stamps."""
    return datetime.now() + _shift


def today() -> date:
    return (datetime.now() + _shift).date()


def today_iso() -> str:
    return today().isoformat()


def seconds_since_written(path: os.PathLike[str] | str) -> float:
    """Real seconds since a file was last written. The real clock, never the moved one: a
    file's own time stamp is real, so only the real time can say how old it is."""
    return time.time() - os.stat(path).st_mtime


def parse_day(text: str, real_today: date | None = None) -> date:
    """'2027-01-12' is that day; '+400d' and '-400d' count from the real today."""
    text = text.strip()
    real_today = real_today or datetime.now().date()
    if match := re.fullmatch(r"([+-]\d+)d?", text):
        return real_today + timedelta(days=int(match.group(1)))
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise ValueError(f"{ENVIRONMENT} should be a date like 2027-01-12, or +400d or "
                         f"-400d; it is {text!r}.") from None


def set_today(day: date | None) -> None:
    """Moves the clock so today is `day` (None puts it back to the real day)."""
    global _shift
    _shift = timedelta(0) if day is None else day - datetime.now().date()


@contextmanager
def moved_to(day: date) -> Iterator[None]:
    """Today is `day` inside the block, then the clock goes back to where it was."""
    global _shift
    saved = _shift
    set_today(day)
    try:
        yield
    finally:
        _shift = saved


def _from_environment() -> None:
    if text := os.environ.get(ENVIRONMENT, "").strip():
        set_today(parse_day(text))


_from_environment()
