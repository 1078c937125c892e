"""The Agenda tab's actions: its Edit menu entries (undo, redo, templates) and its keys.

Undo and redo only work while the Agenda tab is showing, so Ctrl+Z never changes an agenda you
cannot see (and never competes with another tab's own undo)."""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
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


class UndoActions:
    """Edit > Undo and Edit > Redo for the agenda, named after what they will undo."""

    def __init__(self, owner: QWidget, stack: QUndoStack):
        self.owner, self.stack = owner, stack
        self.visible = False
        self.undo = make_action(owner, "&Undo", "agenda_undo", stack.undo,
                                [QKeySequence(QKeySequence.StandardKey.Undo)])
        self.redo = make_action(owner, "&Redo", "agenda_redo", stack.redo,
                                [QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        stack.indexChanged.connect(self._stack_changed)  # also fires on clear()
        stack.cleanChanged.connect(self._stack_changed)
        self.update()

    def set_visible(self, visible: bool) -> None:
        self.visible = visible
        self.update()

    def _stack_changed(self, *_args) -> None:
        if shiboken6.isValid(self.stack) and shiboken6.isValid(self.undo):
            self.update()  # (not while the window is being taken down)

    def update(self) -> None:
        undo_text, redo_text = self.stack.undoText(), self.stack.redoText()
        self.undo.setText(f"&Undo {undo_text}" if undo_text else "&Undo")
        self.redo.setText(f"&Redo {redo_text}" if redo_text else "&Redo")
        self.undo.setEnabled(self.visible and self.stack.canUndo())
        self.redo.setEnabled(self.visible and self.stack.canRedo())
