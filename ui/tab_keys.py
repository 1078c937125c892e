"""Ctrl+Tab and Ctrl+Page Down (Ctrl+Shift+Tab and Ctrl+Page Up back) change the workspace's
tab from anywhere in the main window: also from the meetings list, where Ctrl+Page Down would
otherwise move to another meeting. They are in the View menu, so they can be found. The focus
stays where it is; the new tab's name is announced."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.announce import announce

NEXT_KEYS = ("Ctrl+Tab", "Ctrl+PgDown")
PREVIOUS_KEYS = ("Ctrl+Shift+Tab", "Ctrl+PgUp")


def install_tab_keys(window: QMainWindow) -> list[QAction]:
    menu = window._menu("View")
    menu.addSeparator()
    actions = []
    for text, name, step, keys in (("Ne&xt tab", "next_tab", 1, NEXT_KEYS),
                                   ("Pre&vious tab", "previous_tab", -1, PREVIOUS_KEYS)):
        action = QAction(text, window)
        action.setObjectName(name)
        action.setShortcuts([QKeySequence(key) for key in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False, s=step: change_tab(window, s))
        menu.addAction(action)
        actions.append(action)
    return actions


def change_tab(window: QMainWindow, step: int) -> None:
    tabs = window.workspace
    index = (tabs.currentIndex() + step) % tabs.count()
    tabs.setCurrentIndex(index)
    announce(window, f"{tabs.tabText(index)} tab.")
