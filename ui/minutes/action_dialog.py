"""Change an action: what, who, by when."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from meetingkit.model import Action
from ui.forms import ok_cancel
from ui.minutes.action_fields import ActionFields


class ActionDialog(QDialog):
    def __init__(self, parent: QWidget | None, action: Action, members: list[str]):
        super().__init__(parent)
        self.setWindowTitle("Change action")
        form = QFormLayout()
        self.fields = ActionFields(form, members)
        self.fields.what.setText(action.text)
        self.fields.who.setEditText(action.owner)
        self.fields.set_due(action.due)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(ok_cancel(self, "Save"))

    def values(self) -> dict:
        return self.fields.values()
