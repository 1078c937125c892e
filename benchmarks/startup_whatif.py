"""What each suggested start-up change would be worth, measured before anyone makes it.

    python -m benchmarks.startup_whatif [--runs 5]

Runs `meetingkit --startup-probe` in new processes with one change simulated at a time (patched
into that process only; no file is changed) and prints the median time to first paint of each,
interleaved with the bare PySide6 window of benchmarks/bare_window_probe.py:

- without sqlite-utils: the store's `sqlite_utils.Database` replaced by a ten-line class doing
  the two things the store uses (`.conn` and `.query` giving dicts);
- bank holidays off the start-up path: meetingkit.deadlines._holidays_for answers at once, as it
  would with a precomputed table (the `holidays` package loads ~170 countries);
- hidden tabs wait until shown: Workspace.set_meeting updates only the visible tab, and the
  Papers tab does not build its plain-language glossary when it is made (a real change would
  update a hidden tab, and build the glossary, when the tab is first shown);
- core imported before Qt: the store, plain-language engine and timer are imported before
  PySide6, whose import hook otherwise reads the source of every Python module imported after it;
- all four together.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_startup import BARE_PROBE, probe_ms  # noqa: E402
from benchmarks.common import ROOT, work_folder  # noqa: E402

NO_SQLITE_UTILS = '''
import sys, types
shim = types.ModuleType("sqlite_utils")
class Database:
    def __init__(self, conn):
        self.conn = conn
    def query(self, sql, params=()):
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return (dict(zip(names, row)) for row in cursor)
shim.Database = Database
sys.modules["sqlite_utils"] = shim
'''
NO_HOLIDAYS = '''
import meetingkit.deadlines as deadlines
deadlines._holidays_for = lambda region, year: frozenset()
'''
LAZY_TABS = '''
import ui.papers.paper_page as paper_page
import ui.workspace as workspace
paper_page.PaperPage.load_glossary = lambda self, *a, **k: None
def set_meeting(self, meeting_id):
    for tab in self.tabs:
        if tab is self.currentWidget():
            tab.set_meeting(meeting_id)
workspace.Workspace.set_meeting = set_meeting
'''
CORE_FIRST = '''
import meetingkit.store, meetingkit.plain, meetingkit.deadlines, meetingkit.timer
'''
VARIANTS = {
    "as it is": [],
    "without sqlite-utils": [NO_SQLITE_UTILS],
    "bank holidays off the start-up path": [NO_HOLIDAYS],
    "hidden tabs wait until shown": [LAZY_TABS],
    "core imported before Qt": [CORE_FIRST],
    "all four together": [NO_SQLITE_UTILS, CORE_FIRST, NO_HOLIDAYS, LAZY_TABS],
}
RUN = '''
import sys
sys.argv = ["meetingkit", "--db", {db!r}, "--startup-probe"]
from meetingkit.cli import main
raise SystemExit(main())
'''


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.startup_whatif")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = work_folder() / "whatif.db"
    commands = {name: [sys.executable, "-c", "".join(patches) + RUN.format(db=str(db))]
                for name, patches in VARIANTS.items()}
    commands["bare PySide6 window"] = [sys.executable, str(BARE_PROBE)]
    for command in commands.values():  # untimed: makes the database, writes bytecode
        probe_ms(command)
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(args.runs):
        for name, command in commands.items():
            times[name].append(probe_ms(command))
    bare = statistics.median(times["bare PySide6 window"])
    print(f"Median ms to first paint of {args.runs} runs each (from {ROOT}):")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{median:8.0f} ms  {median / bare:5.2f} x bare  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
