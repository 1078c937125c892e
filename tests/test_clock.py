"""One clock for "today": it can be moved for a test or a whole run, subprocesses see the same
day, and nothing in the app or the tests reads the system's date behind its back."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from meetingkit import clock

ROOT = Path(__file__).resolve().parent.parent

# Calls that read the system's date or time of day. time.monotonic and time.perf_counter are
# fine: they measure how long something took, not which day it is.
STRAY_CALLS = {"today", "now", "utcnow", "currentDate", "currentDateTime",
               "currentDateTimeUtc", "localtime", "gmtime", "ctime"}
STRAY_SQL = ("'now'", "current_date", "current_timestamp", "current_time")


def stray_reads(source: str) -> list[str]:
    """Places in Python source that read the date without asking meetingkit.clock."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            owner_name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if node.func.attr in STRAY_CALLS and owner_name != "clock":
                found.append(f"line {node.lineno}: {owner_name}.{node.func.attr}()")
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            lowered = node.value.lower()
            if any(word in lowered for word in STRAY_SQL) and "select" in lowered:
                found.append(f"line {node.lineno}: SQL reads the date")
    return found


def test_the_stray_read_finder_finds_each_kind():
    source = ("from datetime import date, datetime\nimport time\n"
              "a = date.today()\nb = datetime.now()\nc = QDate.currentDate()\n"
              "d = time.localtime()\ne = 'SELECT date(\\'now\\')'\n"
              "f = clock.today()\ng = time.monotonic()\n")
    assert stray_reads(source) == ["line 3: date.today()", "line 4: datetime.now()",
                                   "line 5: QDate.currentDate()", "line 6: time.localtime()",
                                   "line 7: SQL reads the date"]


def test_nothing_reads_the_date_except_the_clock():
    allowed = {ROOT / "meetingkit" / "clock.py", Path(__file__).resolve()}
    offenders = {}
    for folder in ("meetingkit", "ui", "tests", "packaging"):
        for path in (ROOT / folder).rglob("*.py"):
            if path not in allowed and (found := stray_reads(path.read_text(encoding="utf-8"))):
                offenders[str(path.relative_to(ROOT))] = found
    assert offenders == {}, "use meetingkit.clock instead"


@pytest.mark.parametrize(("text", "expected"), [
    ("2027-01-12", date(2027, 1, 12)),
    ("+400d", date(2026, 1, 2) + timedelta(days=400)),
    ("-400d", date(2026, 1, 2) - timedelta(days=400)),
    (" +0 ", date(2026, 1, 2)),
])
def test_a_day_is_a_date_or_days_from_the_real_today(text, expected):
    assert clock.parse_day(text, real_today=date(2026, 1, 2)) == expected


@pytest.mark.parametrize("text", ["tomorrow", "2027-13-01", "400", "+4w", ""])
def test_a_day_it_cannot_read_is_named_in_the_message(text):
    with pytest.raises(ValueError, match="MEETINGKIT_TODAY should be a date") as raised:
        clock.parse_day(text, real_today=date(2026, 1, 2))
    assert repr(text.strip()) in str(raised.value)


def test_moving_the_clock_moves_today_and_now_but_time_keeps_running():
    day = date(2031, 2, 28)
    with clock.moved_to(day):
        assert clock.today() == day
        assert clock.today_iso() == "2031-02-28"
        first = clock.now()
        assert first.date() == day and first.tzinfo is not None
        assert clock.local_now().date() == day and clock.local_now().tzinfo is None
        assert clock.now() >= first
        real = datetime.now().time()
        assert abs(datetime.combine(day, real) - clock.local_now()) < timedelta(seconds=5)
    assert clock.today() != day


def test_the_test_fixture_moves_the_day_for_the_app_and_its_subprocesses(today_is):
    day = today_is(date(2029, 12, 31))
    assert clock.today() == day
    assert os.environ[clock.ENVIRONMENT] == "2029-12-31"
    seen = subprocess.run(
        [sys.executable, "-c", "from meetingkit import clock; print(clock.today())"],
        capture_output=True, text=True, timeout=60)
    assert seen.stdout.strip() == "2029-12-31", seen.stderr


def test_a_bad_day_in_the_environment_is_refused_and_named():
    env = {**os.environ, clock.ENVIRONMENT: "next tuesday"}
    done = subprocess.run([sys.executable, "-c", "import meetingkit.clock"],
                          capture_output=True, text=True, timeout=60, env=env)
    assert done.returncode != 0
    assert "MEETINGKIT_TODAY should be a date like 2027-01-12" in done.stderr
