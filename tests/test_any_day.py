"""The suite passes on any day: it runs again with MeetingKit's clock 400 days ahead and 400
days behind. test_clock.py makes sure every date the app and the tests read comes from that
clock, so moving it is as good as running on another day.

By hand, the system clock itself can be moved too: `faketime -f '+400d' python -m pytest`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHIFTS = ("+400d", "-400d")


@pytest.mark.slow
@pytest.mark.timeout(1200)
def test_every_quick_test_passes_400_days_ahead_and_behind(tmp_path):
    # Both runs at once, one per core; the slow tests (builds, crash loops) are date-free and
    # would only double the wait.
    runs = {}
    for shift in SHIFTS:
        log = (tmp_path / f"{shift}.log").open("w")
        command = [sys.executable, "-m", "pytest", "-q", "-x", "-m", "not slow",
                   "-p", "no:cacheprovider", f"--today={shift}",
                   f"--basetemp={tmp_path / shift}", "tests"]
        runs[shift] = (subprocess.Popen(command, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT),
                       log)
    failed = {}
    for shift, (process, log) in runs.items():
        code = process.wait(timeout=1100)
        log.close()
        if code != 0:
            failed[shift] = (tmp_path / f"{shift}.log").read_text()[-4000:]
    assert not failed, "\n\n".join(f"With the clock at {s}:\n{out}" for s, out in failed.items())
