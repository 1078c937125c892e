"""What the benchmark suites share: timing helpers, result rows, running MeetingKit's own
command in a new process, and the big database made once per run."""

from __future__ import annotations

import atexit
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # a fresh checkout runs without installing MeetingKit
    sys.path.insert(0, str(ROOT))

_work: Path | None = None


def work_folder() -> Path:
    """One temporary folder per run, removed at exit."""
    global _work
    if _work is None:
        _work = Path(tempfile.mkdtemp(prefix="meetingkit-bench-"))
        atexit.register(shutil.rmtree, _work, ignore_errors=True)
    return _work


def row(figure: str, meetingkit, reference, target: str | None, met: bool | None,
        ratio: float | None = None) -> dict:
    """A result row. The ratio is MeetingKit / reference when both are numbers."""
    if ratio is None and isinstance(meetingkit, (int, float)) and isinstance(reference, (int, float)) \
            and reference:
        ratio = meetingkit / reference
    return {"figure": figure, "meetingkit": _round(meetingkit), "reference": _round(reference),
            "ratio": None if ratio is None else round(ratio, 2), "target": target, "met": met}


def _round(value):
    if isinstance(value, float):
        return round(value, 1) if abs(value) >= 10 else round(value, 3)
    return value


def median_ms(function: Callable[[], object], repeat: int = 7, warmup: int = 1) -> float:
    for _ in range(warmup):
        function()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def child_env(**extra: str) -> dict[str, str]:
    """The environment for a child process: the checkout importable, Qt offscreen, and data,
    settings and cache in the run's temporary folder (never the user's own)."""
    home = work_folder() / "home"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    env.pop("MEETINGKIT_DB", None)
    # An installed MeetingKit has its bytecode compiled (pip does it; so does PyInstaller).
    # Let the untimed first runs write it, or every start would compile the sources again.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(extra)
    return env


def meetingkit_command(*args: str) -> list[str]:
    """`meetingkit ARGS` as a new Python process (the same interpreter, without the shell shims
    some installs put in front of the console script)."""
    return [sys.executable, "-m", "meetingkit", *args]


def run_process(command: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(command, capture_output=True, text=True, env=child_env(), cwd=ROOT,
                          timeout=timeout)


def last_number(output: str) -> float | None:
    """The last line of a probe's output as a number (probes print their figure last)."""
    for line in reversed(output.strip().splitlines()):
        try:
            return float(line.strip())
        except ValueError:
            continue
    return None


def wall_ms(command: list[str], repeat: int = 5, before: Callable[[], None] | None = None) -> float:
    """Median wall-clock time of a whole process, start to exit."""
    times = []
    for _ in range(repeat + 1):
        if before:
            before()
        start = time.perf_counter()
        done = run_process(command)
        times.append(time.perf_counter() - start)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(command)} failed: {done.stderr.strip()[-500:]}")
    return statistics.median(times[1:]) * 1000  # the first run warms the disk cache


_scale_db: dict[bool, Path] = {}
_scale_seconds: dict[bool, float] = {}


def scale_database(quick: bool = False) -> tuple[Path, float]:
    """(path, seconds it took to make) of the big database, made once per run."""
    if quick not in _scale_db:
        from datetime import date

        from benchmarks.scale_data import ScaleSpec, generate
        from meetingkit.store import Store

        path = work_folder() / ("scale-quick.db" if quick else "scale.db")
        start = time.perf_counter()
        store = Store.open(path)
        try:
            # today's real date, so the app opens the upcoming meeting as it would for a user
            generate(store, ScaleSpec.scaled(0.1) if quick else ScaleSpec(), today=date.today())
        finally:
            store.close()
        _scale_seconds[quick] = time.perf_counter() - start
        _scale_db[quick] = path
    return _scale_db[quick], _scale_seconds[quick]

