"""Buttons that change the status of the chosen actions: Mark done, Close, Reopen."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget

from meetingkit.model import ActionStatus
from meetingkit.ops import minutes
from ui.context import AppContext
from ui.minutes.action_table import ActionsView
from ui.minutes.flow_layout import FlowLayout

DONE_WORDS = {"done": "marked done", "closed": "closed", "open": "reopened"}


class ActionStatusButtons(QWidget):
    def __init__(self, context: AppContext, view: ActionsView, what: str = "action"):
        super().__init__()
        self.context = context
        self.view = view
        self.done_button = QPushButton("Mark done")
        self.close_button = QPushButton("Close action")
        self.reopen_button = QPushButton("Reopen")
        self.done_button.setAccessibleName(f"Mark the chosen {what} done")
        self.close_button.setAccessibleName(f"Close the chosen {what}")
        self.reopen_button.setAccessibleName(f"Reopen the chosen {what}")
        self.close_button.setToolTip("Closed: no longer needed, or dealt with another way.")
        layout = FlowLayout(self)
        for button, status in ((self.done_button, ActionStatus.DONE),
                               (self.close_button, ActionStatus.CLOSED),
                               (self.reopen_button, ActionStatus.OPEN)):
            button.clicked.connect(lambda _=False, s=status.value: self.set_status(s))
            layout.addWidget(button)
        view.selectionModel().selectionChanged.connect(self.update_enabled)
        view.model().modelReset.connect(self.update_enabled)
        self.update_enabled()

    def update_enabled(self, *_args) -> None:
        chosen = bool(self.view.chosen_ids())
        for button in (self.done_button, self.close_button, self.reopen_button):
            button.setEnabled(chosen)

    def set_status(self, status: str) -> None:
        ids = self.view.chosen_ids()
        if not ids:
            return
        count = "1 action" if len(ids) == 1 else f"{len(ids)} actions"
        self.context.perform(self, lambda: minutes.set_actions_status(
            self.context.store, ids, status), f"{count} {DONE_WORDS[status]}.")
