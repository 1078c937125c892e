"""Edit > Find in all meetings… (Ctrl+Shift+F): one window per main window, kept when closed,
so the words and results are still there when it is opened again."""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow

from ui.search.dialog import FindDialog
from ui.search.go_to import go_to_found

MENU_TEXT = "&Find in all meetings…"
KEYS = "Ctrl+Shift+F"


def show_find_dialog(window: QMainWindow) -> FindDialog:
    dialog = window.findChild(FindDialog)
    if dialog is None:
        dialog = FindDialog(window, window.context)
        dialog.go_to.connect(lambda found: _go(window, dialog, found))
    else:
        dialog.refresh()
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.search.setFocus()
    dialog.search.selectAll()  # typing replaces the old words; arrows keep them
    return dialog


def _go(window: QMainWindow, dialog: FindDialog, found) -> None:
    """The window steps aside so the result can be seen; Ctrl+Shift+F brings it back."""
    dialog.hide()
    window.activateWindow()
    go_to_found(window.context, found)
