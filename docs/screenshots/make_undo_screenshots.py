"""Pictures of the Edit menu naming what it will undo, and of Committee settings' word lists,
for the user guide and for looking at (normal and double text size).

    python -m docs.screenshots.make_undo_screenshots [folder]     (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

from pathlib import Path


def take(folder: Path, scale: float) -> list[Path]:
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from docs.screenshots.scaled_app import scaled_app, screenshot_settings
    from docs.screenshots.scaled_app import settle as settle_app
    from meetingkit.demo import load_example
    from meetingkit.ops import agenda as agenda_ops
    from meetingkit.store import Store
    from ui.context import AppContext
    from ui.dialogs.committee_dialog import CommitteeDialog
    from ui.main_window import MainWindow

    app = scaled_app(scale)
    suffix = "" if scale == 1 else "-large-text"
    saved: list[Path] = []

    def settle() -> None:
        settle_app(app)

    store = Store.memory()
    load_example(store)
    context = AppContext(store=store, settings=screenshot_settings(scale))
    window = MainWindow(context)
    window.resize(1280, 800)
    window.show()
    window.workspace.setCurrentIndex(1)
    settle()
    item = store.agenda.items(context.meeting_id)[2]
    context.perform(window, lambda: agenda_ops.delete_item(store, item.id))
    settle()

    # An open menu is a window of its own: draw it onto the main window where it opens.
    edit = next(a for a in window.menuBar().actions() if a.text().replace("&", "") == "Edit")
    menu = edit.menu()
    place = window.menuBar().actionGeometry(edit).bottomLeft()
    menu.popup(window.menuBar().mapToGlobal(place))
    settle()
    picture = window.grab()
    painter = QPainter(picture)
    painter.drawPixmap(window.mapFromGlobal(menu.mapToGlobal(QPoint(0, 0))), menu.grab())
    painter.end()
    menu.close()
    path = folder / f"edit-undo{suffix}.png"
    picture.save(str(path))
    saved.append(path)

    dialog = CommitteeDialog(window, store.committees.all()[0])
    dialog.show()
    settle()
    path = folder / f"committee-word-lists{suffix}.png"
    dialog.grab().save(str(path))
    saved.append(path)
    dialog.close()
    window.close()
    store.close()
    return saved


if __name__ == "__main__":
    from docs.screenshots.scaled_app import run

    run(take)
