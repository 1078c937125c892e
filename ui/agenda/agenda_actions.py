"""The Agenda tab's actions: its Edit menu entries (templates) and its keys. Undo and redo are
the main window's, for every change (ui/history_actions.py)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget


def make_action(owner: QWidget, text: str, name: str, slot: Callable[[], object],
                shortcuts: list[QKeySequence] | None = None,
                context: Qt.ShortcutContext = Qt.ShortcutContext.WindowShortcut) -> QAction:
    action = QAction(text, owner)
    action.setObjectName(name)
    if shortcuts:
        action.setShortcuts(shortcuts)
        action.setShortcutContext(context)
        shown = ", ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in shortcuts)
        action.setToolTip(f"{text.replace('&', '').rstrip('…')} ({shown})")
    action.triggered.connect(lambda _checked=False: slot())
    return action
