"""Display settings and themes: text size, colours (light, dark, high contrast) and a reading
mode for dyslexia, remembered per user and applied to the whole app.

    install_view_menu(main_window) -> DisplayController  (View menu; applies saved settings)
    apply_saved_display(qsettings)                       (at start, before the window is built)
    prepare_document(document)                           (reading-mode styles for a document)

Screens that draw their own colours follow DisplayController.changed. Colours are data in
resources/styles/*.json; the style sheet is resources/styles/app.qss.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.display.none_guard import keep_none_alive

keep_none_alive()  # before any window is built: see none_guard.py (PySide6 6.12 on Python 3.11)

from ui.display import settings as _settings  # noqa: E402
from ui.display.apply import apply_display  # noqa: E402
from ui.display.reading import prepare_document  # noqa: E402
from ui.display.settings import DisplaySettings  # noqa: E402


def apply_saved_display(qsettings: QSettings | None) -> DisplaySettings:
    display = _settings.load(qsettings)
    apply_display(display)
    return display


def install_view_menu(window):  # imported late: the menu needs the main window's context
    from ui.display.menu import install_view_menu as install

    return install(window)


__all__ = ["DisplaySettings", "apply_display", "apply_saved_display", "install_view_menu",
           "prepare_document"]
