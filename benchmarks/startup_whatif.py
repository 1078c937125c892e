"""What each suggested start-up change would be worth, measured before anyone makes it.

    python -m benchmarks.startup_whatif [--runs 5]

Runs `meetingkit --startup-probe` in new processes with one change simulated at a time (patched
into that process only; no file is changed) and prints the median time to first paint of each,
interleaved with the bare PySide6 window of benchmarks/bare_window_probe.py:

- without sqlite-utils: the store's `sqlite_utils.Database` replaced by a ten-line class doing
  the two things the store uses (`.conn` and `.query` giving dicts);
- bank holidays off the start-up path: meetingkit.deadlines._holidays_for answers at once, as it
  would with a precomputed table (the `holidays` package imports every country it knows,
  ~250 modules);
- hidden tabs wait until shown: Workspace.set_meeting updates only the visible tab, and the
  Papers tab does not build its plain-language glossary when it is made (a real change would
  update a hidden tab, and build the glossary, when the tab is first shown);
- core imported before Qt: the store, plain-language engine and timer are imported before
  PySide6, whose import hook otherwise reads the source of every Python module imported after it;
- style sheet after the window is built: ui/app.py applies the saved display settings after
  build_window() and before show() (nothing has been on screen yet either way), so Qt styles the
  finished window once instead of every widget as it is made and moved into place;
- all five together;
- and the hidden tabs not even made at start-up (a placeholder stands in for each; a real change
  would make a tab, and its menu items, when first needed): an estimate of building tabs lazily;
- and PySide6's source check skipped too (its internal `_mod_uses_pyside` answers False at once:
  an upper bound for what the import order, or a faster check, can save; MeetingKit never uses
  PySide6's `__feature__` switches).
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
STYLE_AFTER_BUILD = '''
import ui.app as app_module
_apply, _build = app_module.apply_saved_display, app_module.build_window
def build_window(store, settings=None):
    window = _build(store, settings)
    _apply(settings)
    return window
app_module.apply_saved_display = lambda settings: None
app_module.build_window = build_window
'''
TABS_NOT_BUILT = '''
import ui.workspace as workspace
from ui.placeholder import PlaceholderTab
_load = workspace.load_tab
def load_tab(context, title, module_name, class_name, promise):
    if title == workspace.TABS[0][0]:
        return _load(context, title, module_name, class_name, promise)
    return PlaceholderTab(context, title, promise)
workspace.load_tab = load_tab
'''
NO_FEATURE_CHECK = '''
import sys
import PySide6.QtCore
feature = sys.modules.get("shibokensupport.feature")
if feature is not None:
    feature._mod_uses_pyside = lambda module: False
'''
VARIANTS = {
    "as it is": [],
    "without sqlite-utils": [NO_SQLITE_UTILS],
    "bank holidays off the start-up path": [NO_HOLIDAYS],
    "hidden tabs wait until shown": [LAZY_TABS],
    "core imported before Qt": [CORE_FIRST],
    "style sheet after the window is built": [STYLE_AFTER_BUILD],
    "all five together": [NO_SQLITE_UTILS, CORE_FIRST, NO_HOLIDAYS, LAZY_TABS, STYLE_AFTER_BUILD],
    "all five, hidden tabs not made yet": [NO_SQLITE_UTILS, CORE_FIRST, NO_HOLIDAYS, LAZY_TABS,
                                           STYLE_AFTER_BUILD, TABS_NOT_BUILT],
    "all five, hidden tabs not made, PySide6's source check skipped": [
        NO_FEATURE_CHECK, NO_SQLITE_UTILS, NO_HOLIDAYS, LAZY_TABS, STYLE_AFTER_BUILD,
        TABS_NOT_BUILT],
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
