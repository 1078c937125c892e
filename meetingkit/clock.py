"""The one clock MeetingKit reads for "today" and "now".

Everything that shows, stores or compares a date asks this module, never `date.today()` or
`datetime.now()` directly (tests/test_clock.py checks the code for stray reads). That gives the
tests one switch for the day: `python -m pytest --today=+400d` runs the suite as if it were 400
days later, and a subprocess started meanwhile sees the same day through MEETINGKIT_TODAY.

The clock is moved, not stopped: the time of day keeps running, so timers, autosave stamps and
backups behave as they do on any real day.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

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
    """Seconds since a file was last written, by the clock that stamped it: the file system's
    own, read from a new file beside it. A network share's server, or this process with its
    clock moved (faketime), may not agree with time.time(); the app's moved day never counts."""
    written = os.stat(path).st_mtime
    return filesystem_now(Path(path).parent) - written


def filesystem_now(folder: os.PathLike[str] | str) -> float:
    """The time stamp a file written in `folder` gets now; this process's clock when nothing
    can be written there."""
    try:
        handle, probe = tempfile.mkstemp(dir=folder, prefix=".meetingkit-clock-")
    except OSError:
        return time.time()
    try:
        return os.fstat(handle).st_mtime
    finally:
        os.close(handle)
        with contextlib.suppress(OSError):
            os.unlink(probe)


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
