"""Start-up benchmarks.

1. The app: `meetingkit --startup-probe` (process start to the main window's first paint, with
   the event loop running) against benchmarks/bare_window_probe.py (a bare PySide6 "hello"
   window, same measure), median of 5 runs each, interleaved so a busy machine slows both alike.
   Offscreen platform, data and settings in a temporary folder, the database given with --db
   (made, with the example committee, by one untimed first run). Target: at most 1.5 x bare.
2. Headless commands (`meetingkit --version`, `demo`, `check` on a small paper) as whole
   processes, start to exit. Target: under 0.3 s each, and Qt never imported. Reference: a bare
   `python -c pass` in the same run (the least any Python command can take).

Run: python -m benchmarks --only startup   (or python benchmarks/bench_startup.py)
See benchmarks/startup_profile.py for where the app's start-up time goes.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import (  # noqa: E402
    ROOT,
    last_number,
    meetingkit_command,
    row,
    run_process,
    wall_ms,
    work_folder,
)

BARE_PROBE = ROOT / "benchmarks" / "bare_window_probe.py"
RATIO_TARGET = 1.5
HEADLESS_TARGET_MS = 300
SMALL_PAPER = """# Falls on ward 7

## Summary

There were 14 falls on ward 7 in March. The MDT reviewed each one with the family. Most falls
happened at night, when patients got up to use the toilet without help.

## What we will do

- Put a sensor mat beside every bed where the falls risk checklist says it is needed.
- Review the night staffing with the matron.
- Share the learning at the safety huddle.

We ask the committee to note the report and agree the plan.
"""


def probe_ms(command: list[str]) -> float:
    done = run_process(command)
    figure = last_number(done.stdout)
    if done.returncode != 0 or figure is None:
        raise RuntimeError(f"{' '.join(command)} gave no figure: {done.stderr.strip()[-500:]}")
    return figure


def startup_figures(db: Path, runs: int = 5) -> tuple[list[float], list[float]]:
    """(app, bare) first-paint times in ms, interleaved, after one untimed run of each."""
    app = meetingkit_command("--db", str(db), "--startup-probe")
    bare = [sys.executable, str(BARE_PROBE)]
    probe_ms(app)  # makes the database and the example committee; warms the disk cache
    probe_ms(bare)
    app_times, bare_times = [], []
    for _ in range(runs):
        app_times.append(probe_ms(app))
        bare_times.append(probe_ms(bare))
    return app_times, bare_times


def imports_qt(args: list[str]) -> bool:
    """Whether a command loads PySide6 (python -X importtime lists every module it imports)."""
    done = run_process([sys.executable, "-X", "importtime", "-m", "meetingkit", *args])
    return "PySide6" in done.stderr


def run(quick: bool = False) -> list[dict]:
    runs = 3 if quick else 5
    folder = work_folder() / "startup"
    folder.mkdir(parents=True, exist_ok=True)
    app_times, bare_times = startup_figures(folder / "meetingkit.db", runs)
    app_ms, bare_ms = statistics.median(app_times), statistics.median(bare_times)
    rows = [row(f"start-up to main window painted, ms (median of {runs}; "
                "reference: bare PySide6 hello window)", app_ms, bare_ms,
                f"<= {RATIO_TARGET} x bare", app_ms <= RATIO_TARGET * bare_ms)]

    paper = folder / "small-paper.md"
    paper.write_text(SMALL_PAPER, encoding="utf-8")
    demo_db = folder / "demo.db"

    def fresh_demo_db() -> None:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{demo_db}{suffix}").unlink(missing_ok=True)
        for backup in (folder / "backups").glob("*"):
            backup.unlink()

    python_ms = wall_ms([sys.executable, "-c", "pass"], runs)
    commands = {
        "meetingkit --version": (["--version"], None),
        "meetingkit demo (new database)": (["demo", "--db", str(demo_db)], fresh_demo_db),
        "meetingkit check (small paper)": (["check", str(paper)], None),
    }
    for name, (args, before) in commands.items():
        ms = wall_ms(meetingkit_command(*args), runs, before)
        if before:
            before()
        qt = imports_qt(args)
        rows.append(row(f"{name}, whole process, ms (reference: python -c pass)"
                        + ("; IMPORTS QT" if qt else "; no Qt"),
                        ms, python_ms, f"< {HEADLESS_TARGET_MS} ms, no Qt",
                        ms < HEADLESS_TARGET_MS and not qt))
    return rows


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table(run(quick="--quick" in sys.argv))
