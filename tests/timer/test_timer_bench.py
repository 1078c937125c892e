"""The benchmark module runs and reports the rows the integrator expects (no timings asserted)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "bench_timer.py"


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_timer", BENCH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_simulated_four_hour_meeting_has_no_drift(bench):
    engine_drift, counter_drift = bench.simulated_meeting(seed=7)
    assert engine_drift <= 1e-6
    assert counter_drift > 1.0  # the naive design it is compared with does drift


def test_run_returns_the_agreed_rows(bench, monkeypatch):
    monkeypatch.setattr(bench, "refresh_cpu_percent", lambda: (0.01, 0.001))
    rows = bench.run()
    assert len(rows) == 2
    for row in rows:
        assert set(row) == {"figure", "meetingkit", "reference", "ratio", "target", "met"}
    assert rows[0]["met"] and rows[1]["met"]
