"""The View menu's display part: text size, colours (theme) and reading mode, and the display
settings window. Built once for the main window; every item has a key or a menu letter."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from ui.display.controller import DisplayController
from ui.display.settings import DisplaySettings
from ui.display.themes import all_themes

READING_MODE_KEYS = "Ctrl+Shift+R"


def _action(parent: QMainWindow, text: str, name: str, slot, *keys: str | QKeySequence) -> QAction:
    action = QAction(text, parent)
    action.setObjectName(name)
    if keys:
        action.setShortcuts([QKeySequence(key) for key in keys])
    action.triggered.connect(slot)
    return action


def install_view_menu(window: QMainWindow) -> DisplayController:
    """Adds the display items at the top of the window's View menu (tabs may add more below)
    and returns the controller that holds the settings in use."""
    controller = DisplayController(window.context, window)
    menu: QMenu = window._menu("View")
    items: list[QAction] = [
        _action(window, "&Bigger text", "bigger_text", controller.bigger,
                QKeySequence.StandardKey.ZoomIn, "Ctrl++", "Ctrl+="),
        _action(window, "&Smaller text", "smaller_text", controller.smaller,
                QKeySequence.StandardKey.ZoomOut, "Ctrl+-"),
        _action(window, "&Normal text size", "normal_text_size", controller.normal_size,
                "Ctrl+0"),
    ]
    for action in items[:2]:  # Qt's zoom keys and ours are often the same: list each once
        action.setShortcuts(list(dict.fromkeys(action.shortcuts())))
    colours = QMenu("&Colours", menu)
    colours.setObjectName("colours_menu")
    group = QActionGroup(window)
    group.setExclusive(True)
    theme_actions: dict[str, QAction] = {}
    for theme in all_themes():
        action = _action(window, f"&{theme.label}", f"theme_{theme.name}",
                         lambda _checked=False, name=theme.name: controller.theme(name))
        action.setCheckable(True)
        action.setStatusTip(theme.description)
        action.setToolTip(theme.description)
        group.addAction(action)
        colours.addAction(action)
        theme_actions[theme.name] = action
    reading = _action(window, "&Reading mode (easier for dyslexia)", "reading_mode",
                      controller.reading_mode, READING_MODE_KEYS)
    reading.setCheckable(True)
    settings_action = _action(window, "&Display settings…", "display_settings",
                              lambda: open_display_settings(window, controller))

    def sync(display: DisplaySettings) -> None:
        theme_actions[display.theme].setChecked(True)
        reading.setChecked(display.reading_mode)

    controller.changed.connect(sync)
    sync(controller.current)
    first = menu.actions()[0] if menu.actions() else None
    for action in items:
        menu.insertAction(first, action)
    menu.insertSeparator(first)
    menu.insertMenu(first, colours)
    menu.insertAction(first, reading)
    menu.insertAction(first, settings_action)
    if first is not None:
        menu.insertSeparator(first)
    window.display_controller = controller
    return controller


def open_display_settings(window: QMainWindow, controller: DisplayController) -> None:
    from ui.display.dialog import DisplaySettingsDialog

    DisplaySettingsDialog(window, controller).exec()
