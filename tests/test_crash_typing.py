"""The crash test with the real app, a few rounds (benchmarks/crash_typing.py runs 50 or more
and reports the seconds lost): MeetingKit under Xvfb, notes and a paper typed with xdotool,
killed with SIGKILL mid-typing. Every round the file passes integrity_check, the app opens
again, and what was saved is exactly the start of what was typed."""

from __future__ import annotations

import json
import shutil
import signal

import pytest

from benchmarks import crash_typing

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not (shutil.which("Xvfb") and shutil.which("xdotool")),
                       reason="needs Xvfb and xdotool"),
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]


def test_killed_while_typing_notes_and_a_paper(tmp_path):
    figures = tmp_path / "figures.json"
    assert crash_typing.main(["--rounds", "2", "--no-load", "--json", str(figures)]) == 0
    report = json.loads(figures.read_text())
    for case in ("notes", "paper"):
        rounds = report["rounds"][case]
        assert [r["opened"] for r in rounds] == [True, True], rounds
        assert [r["integrity"] for r in rounds] == ["ok", "ok"]
        assert all(0 < r["saved_chars"] <= r["typed_chars"] for r in rounds)
