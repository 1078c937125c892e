"""Edit > Undo and Edit > Redo, for every change a person makes, named after what they will do
("Undo delete the action 'Send the leaflet'"). The store keeps the history (meetingkit.ops);
these only ask it, and follow it whenever the change bus says it moved.

Ctrl+Z in a text box undoes the typing in that box first (Qt gives the box the key); once the
typing is saved, Edit > Undo takes back the whole burst of it."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.context import AppContext

REDO_KEYS = ("Ctrl+Y", "Ctrl+Shift+Z")


def _menu_text(word: str, description: str | None) -> str:
    # An ampersand in a description would become an underlined letter in the menu.
    return f"&{word} {description.replace('&', '&&')}" if description else f"&{word}"


class HistoryActions:
    def __init__(self, context: AppContext, owner: QWidget):
        self.context = context
        self.undo = QAction("&Undo", owner)
        self.undo.setObjectName("undo")
        self.undo.setShortcuts([QKeySequence(QKeySequence.StandardKey.Undo)])
        self.undo.triggered.connect(lambda: context.undo(owner))
        self.redo = QAction("&Redo", owner)
        self.redo.setObjectName("redo")
        self.redo.setShortcuts([QKeySequence(key) for key in REDO_KEYS])
        self.redo.triggered.connect(lambda: context.redo(owner))
        context.bus.history.connect(self.update)
        self.update()

    def update(self) -> None:
        history = self.context.store.history
        undo, redo = history.undo_description, history.redo_description
        self.undo.setText(_menu_text("Undo", undo))
        self.redo.setText(_menu_text("Redo", redo))
        self.undo.setEnabled(undo is not None)
        self.redo.setEnabled(redo is not None)
        for action, word, description in ((self.undo, "Undo", undo), (self.redo, "Redo", redo)):
            keys = action.shortcuts()[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{word} {description} ({keys})" if description
                              else f"Nothing to {word.lower()}")
