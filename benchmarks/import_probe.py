"""Probe: add one big paper through the Papers tab (offscreen) as a chair would, and print the
seconds it took until the paper was open and checked, the process's peak memory (MB), the
longest the window's event loop went without turning (a 50 ms timer's biggest gap, in
seconds), and what the chair was told, as JSON.

    python benchmarks/import_probe.py PAPER_FILE
"""

from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(paper: str) -> dict:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from meetingkit.demo import load_example
    from meetingkit.store import Store
    from ui.context import AppContext
    from ui.papers.tab import PapersTab

    app = QApplication.instance() or QApplication([])
    store = Store.open(Path(tempfile.mkdtemp()) / "probe.db")
    load_example(store)
    context = AppContext(store=store)
    meeting = next(m for m in store.meetings.for_committee(store.committees.all()[0].id)
                   if store.papers.for_meeting(m.id))
    tab = PapersTab(context)
    tab.resize(1200, 800)
    tab.set_meeting(meeting.id)
    tab.show()
    app.processEvents()
    item_id = store.agenda.items(meeting.id)[0].id
    gaps = [0.0]
    last = [time.perf_counter()]

    def tick() -> None:
        now = time.perf_counter()
        gaps[0] = max(gaps[0], now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(50)
    import ui.messages

    told: list[str] = []
    ui.messages.tell = lambda parent, title, text, *a, **k: told.append(f"{title}: {text}")
    for module in list(sys.modules.values()):
        if getattr(module, "tell", None) is not None and module.__name__.startswith("ui.papers"):
            module.tell = ui.messages.tell
    start = time.perf_counter()
    last[0] = start
    tab.import_files(item_id, [paper])
    app.processEvents()
    checker = tab.page.editor.checker
    while getattr(checker, "busy", False):  # a long paper is checked in the background
        app.processEvents()
        time.sleep(0.005)
    app.processEvents()
    seconds = time.perf_counter() - start
    tick()
    return {"seconds": round(seconds, 1),
            "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
            "longest_freeze_s": round(gaps[0], 2), "told": [t[:300] for t in told],
            "paper_chars": len(tab.page.editor.toPlainText())}


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
