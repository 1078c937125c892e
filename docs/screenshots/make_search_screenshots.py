"""Pictures of Find in all meetings with mixed results (a paper, an agenda item, an item's notes,
a decision and actions), for the user guide and for looking at (normal and double text size).

    python -m docs.screenshots.make_search_screenshots [folder]     (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def take(folder: Path, scale: float) -> Path:
    from docs.screenshots.scaled_app import scaled_app, screenshot_settings, settle
    from meetingkit.demo import load_example
    from meetingkit.store import Store
    from ui.context import AppContext
    from ui.main_window import MainWindow
    from ui.search.menu import show_find_dialog

    app = scaled_app(scale)
    store = Store.memory()
    load_example(store)
    board = store.committees.create(name="Maternity Safety Board")
    meeting = store.meetings.create(board, "Maternity Safety Board", "2026-11-17")
    item = store.agenda.add(meeting, "Falls update",
                            summary="Where sensor mats helped and where they did not.")
    store.papers.add(item, "Sensor mats: three-month trial",
                     "# Trial\n\nThe falls sensor mat trial ran on wards 7 and 9.\n")
    store.notes.save(item, "Maria asked if every ward could have a sensor mat by March.")
    store.decisions.add(item, "We agreed to buy sensor mats for ward 4.")
    store.actions.add(meeting, "Order sensor mats for ward 4", "Maria Lopez", item_id=item)
    store.actions.add(meeting, "Ask the porters where the sensor mats are kept", "Jo Evans")
    window = MainWindow(AppContext(store=store, settings=screenshot_settings(scale)))
    window.resize(1280, 800)
    window.show()
    settle(app)
    dialog = show_find_dialog(window)
    dialog.search.setText("sensor mats")
    dialog.run_search()
    dialog.results.setFocus()
    settle(app)
    path = folder / f"search{'' if scale == 1 else '-large-text'}.png"
    dialog.grab().save(str(path))
    window.close()
    return path


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).parent
    out.mkdir(parents=True, exist_ok=True)
    scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
    print(take(out, scale))
