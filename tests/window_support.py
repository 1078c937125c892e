"""Small helpers the window tests share: bring a window to the front as the desktop would, and
find a menu item by its object name."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

LAPTOP_SCREEN = (1366, 768)  # the offscreen screen's size (tests/laptop_screen.json)


def activate(window, qtbot) -> None:
    """Makes `window` the active window and waits until it is (after a dialog closes, say)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def menu_action(window, menu: str, name: str):
    """The action named `name` in the main window's `menu` ("File", "Edit"…)."""
    for action in window.menus[menu].actions():
        if action.objectName() == name:
            return action
    raise AssertionError(f"no {name} in the {menu} menu")
