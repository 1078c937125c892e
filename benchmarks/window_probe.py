"""Opens a database in the real main window (offscreen), then prints one line of JSON: peak
memory (resource.getrusage) and how long the window took to build, to reload its navigator and
to switch meetings. With --bare it builds a bare "hello" window instead, for the reference.

Run: QT_QPA_PLATFORM=offscreen python benchmarks/window_probe.py --db PATH [--meeting ID]
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def peak_rss_mb() -> float:
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 / 1024 if sys.platform == "darwin" else peak / 1024  # bytes on macOS


def bare() -> dict:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication(sys.argv[:1])
    window = QLabel("Hello")
    window.show()
    app.processEvents()
    return {"peak_rss_mb": peak_rss_mb()}


def meetingkit_window(db: Path, meetings: list[int]) -> dict:
    from PySide6.QtCore import QSettings

    from meetingkit.store import Store
    from ui.app import build_window, make_application

    app = make_application()
    start = time.perf_counter()
    store = Store.open(db)
    opened = time.perf_counter()
    settings = QSettings()
    try:
        from ui.display import apply_saved_display

        apply_saved_display(settings)  # as ui/app.py does before building the window
    except ImportError:
        pass
    window = build_window(store, settings)
    window.show()
    app.processEvents()
    shown = time.perf_counter()
    figures = {"open_store_ms": (opened - start) * 1000, "build_and_show_ms": (shown - opened) * 1000}
    start = time.perf_counter()
    window.navigator.reload()
    app.processEvents()
    figures["navigator_reload_ms"] = (time.perf_counter() - start) * 1000
    switches = []
    for meeting_id in meetings:  # as a person would: choose the meeting in the navigator
        start = time.perf_counter()
        window.navigator.select("meeting", meeting_id)
        app.processEvents()
        switches.append((time.perf_counter() - start) * 1000)
    if switches:
        switches.sort()
        figures["switch_meeting_ms"] = switches[len(switches) // 2]
    figures["peak_rss_mb"] = peak_rss_mb()
    window.close()
    store.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", type=Path)
    parser.add_argument("--bare", action="store_true")
    parser.add_argument("--meeting", type=int, action="append", default=[])
    args = parser.parse_args()
    figures = bare() if args.bare else meetingkit_window(args.db, args.meeting)
    print(json.dumps(figures), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
