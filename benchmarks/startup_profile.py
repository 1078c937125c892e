"""Where MeetingKit's start-up time goes. A diagnostic to read, not a benchmark with targets.

    python -m benchmarks.startup_profile [--db PATH]

1. Stages, timed in one process the way `meetingkit` starts: Qt, the store (and sqlite-utils),
   the main window's modules, each workspace tab's module, opening the database, building the
   window, showing it and the first paint.
2. Imports, from `python -X importtime` of the real start-up probe, summed by package (self
   time; -X importtime itself slows imports, so read these as shares, not exact times), and how
   many Python modules load after PySide6 (PySide6 reads the source of each such module to look
   for its `__feature__` switches, which costs time per module).
3. The slowest project functions while opening the database, applying the display settings,
   building and showing the window (cProfile), as ui/app.py does it.

The database defaults to a new one with the example committee, in a temporary folder.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections import defaultdict
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, meetingkit_command, run_process, work_folder  # noqa: E402

STAGES_SCRIPT = r"""
import importlib, sys, time
marks = [("python start to here", None)]
begin = time.perf_counter()
def mark(name):
    marks.append((name, time.perf_counter()))
import PySide6.QtWidgets; mark("import PySide6.QtWidgets")
import sqlite_utils; mark("import sqlite_utils")
import meetingkit.store; mark("import meetingkit.store (rest)")
import ui.main_window; mark("import ui.main_window (menus, navigator, dialogs)")
from ui.workspace import TABS
for _title, _name, module, _cls, _purpose in TABS:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        pass
    mark(f"import {module}")
from PySide6.QtCore import QSettings
from ui.app import build_window, make_application, open_store
app = make_application(); mark("QApplication")
store = open_store(sys.argv[1]); mark("open the database")
settings = QSettings()
try:
    from ui.display import apply_saved_display
    apply_saved_display(settings); mark("apply the saved display settings (style sheet)")
except ImportError:
    pass
window = build_window(store, settings); mark("build the main window (tabs, first meeting)")
window.show(); mark("show")
app.processEvents(); mark("first paint (processEvents)")
previous = begin
for name, at in marks[1:]:
    print(f"{(at - previous) * 1000:8.1f} ms  {name}")
    previous = at
print(f"{(previous - begin) * 1000:8.1f} ms  in all, after Python itself started")
"""

PROFILE_SCRIPT = r"""
import cProfile, importlib, pstats, sys
from PySide6.QtCore import QSettings
from ui.app import build_window, make_application, open_store
from ui.workspace import TABS
for _t, _n, module, _c, _p in TABS:
    try:
        importlib.import_module(module)
    except ModuleNotFoundError:
        pass
app = make_application()
profile = cProfile.Profile()
profile.enable()
settings = QSettings()
try:
    from ui.display import apply_saved_display
    apply_saved_display(settings)
except ImportError:
    pass
window = build_window(open_store(sys.argv[1]), settings)
window.show()
app.processEvents()
profile.disable()
stats = pstats.Stats(profile)
rows = []
for (path, line, name), (_cc, _nc, _tt, cumulative, _callers) in stats.stats.items():
    if "/meetingkit/" in path or "/ui/" in path or "holidays" in path or "sqlite_utils" in path:
        rows.append((cumulative, f"{path.split('/work/main/')[-1]}:{line} {name}"))
for cumulative, where in sorted(rows, reverse=True)[:int(sys.argv[2])]:
    print(f"{cumulative * 1000:8.1f} ms  {where}")
"""


def _python(script: str, *args: str) -> str:
    done = run_process([sys.executable, "-c", script, *args], timeout=300)
    if done.returncode != 0:
        raise RuntimeError(done.stderr[-1500:])
    return done.stdout


def imports_by_package(db: Path, top: int = 15) -> tuple[list[tuple[float, str]], int, int]:
    """((ms, package) by self time, modules imported after PySide6, all modules)."""
    done = run_process([sys.executable, "-X", "importtime",
                        *meetingkit_command("--db", str(db), "--startup-probe")[1:]])
    totals: dict[str, float] = defaultdict(float)
    seen_qt = False
    after_qt = count = 0
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "self [us]" in line:
            continue
        head, _cumulative, name = line.split("|", 2)
        self_us = int(head.split(":")[1])
        module = name.strip()
        count += 1
        if module.startswith(("PySide6", "shiboken6")):
            seen_qt = True
        elif seen_qt:
            after_qt += 1
        parts = module.split(".")
        package = ".".join(parts[:2]) if parts[0] in ("meetingkit", "ui") else parts[0]
        totals[package] += self_us / 1000
    ranked = sorted(((ms, package) for package, ms in totals.items()), reverse=True)[:top]
    return ranked, after_qt, count


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup_profile")
    parser.add_argument("--db", type=Path, help="database (default: a new example one)")
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    db = args.db or work_folder() / "profile.db"
    run_process(meetingkit_command("--db", str(db), "--startup-probe"))  # make it; write .pyc
    print(f"Start-up profile of MeetingKit on {db} ({os.cpu_count()} cores), from {ROOT}\n")
    print("1. Stages (one process; Python's own start is not included)")
    print(_python(STAGES_SCRIPT, str(db)))
    ranked, after_qt, count = imports_by_package(db)
    print("2. Imports by package, self time under -X importtime")
    for ms, package in ranked:
        print(f"{ms:8.1f} ms  {package}")
    print(f"{count} modules imported; {after_qt} of them after PySide6 (each has its source "
          "read by PySide6's feature check)\n")
    print("3. Slowest project functions while building and showing the window (cumulative)")
    print(_python(PROFILE_SCRIPT, str(db), str(args.top)))
    started = time.perf_counter()
    probe = run_process(meetingkit_command("--db", str(db), "--startup-probe"))
    print(f"meetingkit --startup-probe: {probe.stdout.strip().splitlines()[-1]} ms to first "
          f"paint ({(time.perf_counter() - started) * 1000:.0f} ms to exit)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
