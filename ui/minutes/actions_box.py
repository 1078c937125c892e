"""The actions agreed on one agenda item: add (what, who, by when), change, mark done, delete."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from meetingkit.ops import minutes
from ui.announce import say_on_arrival
from ui.context import AppContext
from ui.messages import confirm
from ui.minutes.action_buttons import ActionStatusButtons
from ui.minutes.action_dialog import ActionDialog
from ui.minutes.action_fields import ActionFields
from ui.minutes.action_table import ActionsModel, ActionsView, action_rows

# The focus goes back to "What needs doing"; clearing the box first makes Orca move there
# without saying so, so the message says where the person is.
NEXT_ONE = "Type the next one in What needs doing."


class ActionsBox(QGroupBox):
    def __init__(self, context: AppContext):
        super().__init__("Actions agreed on this item")
        self.context = context
        self.meeting_id: int | None = None
        self.item_id: int | None = None
        self.model = ActionsModel(action_rows(context), self)
        self.view = ActionsView(self.model, "Actions agreed on this item", show_meeting=False)
        self.view.doubleClicked.connect(lambda _index: self.change())
        self.status_buttons = ActionStatusButtons(context, self.view)
        self.change_button = QPushButton("Change…")
        self.change_button.setAccessibleName("Change the chosen action")
        self.delete_button = QPushButton("Delete action…")
        self.delete_button.setAccessibleName("Delete the chosen action")
        self.change_button.clicked.connect(self.change)
        self.delete_button.clicked.connect(self.delete)
        self.status_buttons.layout().insertWidget(0, self.change_button)
        self.status_buttons.layout().insertWidget(1, self.delete_button)
        form = QFormLayout()
        self.fields = ActionFields(form, [])
        self.fields.what.returnPressed.connect(self.add)
        self.add_button = QPushButton("&Add action")
        self.add_button.setAccessibleName("Add action")
        self.add_button.clicked.connect(self.add)
        add_row = QHBoxLayout()
        add_row.addStretch()
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(self.status_buttons)
        layout.addLayout(form)
        layout.addLayout(add_row)
        self.view.selectionModel().selectionChanged.connect(self._update_enabled)
        self.model.modelReset.connect(self._update_enabled)
        self._update_enabled()

    def show_item(self, meeting_id: int | None, item_id: int | None) -> None:
        changed_item = item_id != self.item_id
        self.meeting_id, self.item_id = meeting_id, item_id
        if changed_item:
            self.fields.clear()
        self.refresh()

    def refresh(self) -> None:
        store = self.context.store
        if self.meeting_id is None or self.item_id is None:
            self.model.set_ids([])
            return
        meeting = store.meetings.get(self.meeting_id)
        self.fields.set_members([p.name for p in store.committees.members(meeting.committee_id)])
        chosen = set(self.view.chosen_ids())
        self.model.set_ids([a.id for a in store.actions.for_item(self.item_id)])
        self.view.choose_ids(chosen)

    def _update_enabled(self, *_args) -> None:
        one = len(self.view.chosen_ids()) == 1
        self.change_button.setEnabled(one)
        self.delete_button.setEnabled(bool(self.view.chosen_ids()))

    def _members(self) -> list[str]:
        return [self.fields.who.itemText(i) for i in range(self.fields.who.count())]

    def add(self) -> None:
        if self.meeting_id is None or self.item_id is None:
            return
        values = self.fields.values()
        meeting_id, item_id = self.meeting_id, self.item_id
        message = f"Action added: {values['text']}. {NEXT_ONE}"
        made = self.context.perform(
            self, lambda: minutes.add_action(self.context.store, meeting_id, item_id=item_id,
                                             **values), message)
        if made:
            self.fields.clear()
            say_on_arrival(self.fields.what, message)  # heard once, with the box's name
            self.fields.what.setFocus()

    def change(self) -> None:
        ids = self.view.chosen_ids()
        if len(ids) != 1:
            return
        action = self.context.store.actions.get(ids[0])
        dialog = ActionDialog(self, action, self._members())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        if not values["text"]:
            values.pop("text")
        self.context.perform(self, lambda: minutes.update_action(self.context.store, ids[0],
                                                                **values), "Action changed.")

    def delete(self) -> None:
        ids = self.view.chosen_ids()
        if not ids:
            return
        what = "this action" if len(ids) == 1 else f"these {len(ids)} actions"
        if not confirm(self, "Delete action?", f"Delete {what}? Edit > Undo (Ctrl+Z) "
                       "brings it back until MeetingKit closes. To keep a record, mark it done "
                       "or closed instead.", "Delete"):
            return
        self.context.perform(self, lambda: minutes.delete_actions(self.context.store, ids),
                             "Action deleted. Ctrl+Z brings it back.")
