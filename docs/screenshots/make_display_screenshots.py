"""Pictures of the main window in every theme at normal and double text size, for the user guide
and for looking at (nothing clipped, nothing on top of anything else).

    python -m docs.screenshots.make_display_screenshots [folder]     (default docs/screenshots; runs offscreen)
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from ui.display.settings import DisplaySettings
from ui.display.themes import THEME_NAMES


def take(folder: Path, sizes: tuple[int, ...] = (100, 200)) -> list[Path]:
    from PySide6.QtWidgets import QApplication

    from meetingkit.demo import load_example
    from meetingkit.store import Store
    from ui.app import make_application
    from ui.context import AppContext
    from ui.display.apply import apply_display
    from ui.display.dialog import DisplaySettingsDialog
    from ui.main_window import MainWindow
    from ui.shortcuts_window import ShortcutsWindow

    make_application()
    QApplication.setCursorFlashTime(0)  # the same picture every time
    folder.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []
    with tempfile.TemporaryDirectory() as scratch:
        store = Store.open(Path(scratch) / "demo.db")
        load_example(store)
        window = MainWindow(AppContext(store=store))
        window.resize(1100, 720)
        window.show()

        def grab(widget, name: str) -> None:
            for _ in range(3):
                QApplication.processEvents()
            path = folder / f"{name}.png"
            widget.grab().save(str(path))
            saved.append(path)

        for theme in THEME_NAMES:
            for size in sizes:
                window.display_controller.set(DisplaySettings(text_size=size, theme=theme))
                grab(window, f"main-{theme.replace('_', '-')}-{size}")
        window.display_controller.set(DisplaySettings(reading_mode=True))
        grab(window, "display-reading-mode")
        window.display_controller.set(DisplaySettings())
        dialog = DisplaySettingsDialog(window, window.display_controller)
        dialog.show()
        grab(dialog, "display-settings")
        dialog.close()
        shortcuts = ShortcutsWindow(window)
        shortcuts.show()
        grab(shortcuts, "display-keyboard-shortcuts")
        shortcuts.close()
        window.close()
        apply_display(DisplaySettings(), force=True)
        store.close()
    return saved


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots")
    for picture in take(target):
        print(picture)
