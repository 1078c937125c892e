"""The people on a committee: add, edit and remove members."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from meetingkit.ops import committees
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.dialogs.person_dialog import PersonDialog
from ui.history_actions import HistoryActions
from ui.messages import confirm


class PeopleDialog(QDialog):
    def __init__(self, parent: QWidget | None, context: AppContext, committee_id: int):
        super().__init__(parent)
        self.context = context
        self.committee_id = committee_id
        committee = context.store.committees.get(committee_id)
        self.setWindowTitle(f"People on {committee.name}")
        intro = QLabel("Everyone who sits on this committee. Partners are shown as "
                       "'Patient safety partner'.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("People on this committee")
        intro.setBuddy(self.list)
        self.add_button = QPushButton("&Add person…")
        self.edit_button = QPushButton("&Edit…")
        self.remove_button = QPushButton("&Remove from committee…")
        for button in (self.add_button, self.edit_button, self.remove_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.remove_button.clicked.connect(self.remove_person)
        self.list.itemActivated.connect(lambda _item: self.edit_person())
        self.list.currentRowChanged.connect(self._update_buttons)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(close)
        # Undo and Redo work here too, and the list follows them.
        self.history = HistoryActions(context, self)
        self.addActions([self.history.undo, self.history.redo])
        context.bus.changed.connect(self._changed)
        self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.PEOPLE, Kind.COMMITTEES):
            self.reload(self._selected_id())

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        for person in self.context.store.committees.members(self.committee_id):
            text = f"{person.name} – {person.role_label}"
            if person.access_needs:
                text += f" (needs: {person.access_needs})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            self.list.addItem(item)
            if person.id == select_id:
                self.list.setCurrentItem(item)
        self._update_buttons()

    def _selected_id(self) -> int | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _update_buttons(self) -> None:
        has = self._selected_id() is not None
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def add_person(self) -> None:
        dialog = PersonDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        store = self.context.store

        values = dialog.values()
        name = values.pop("name")
        made = self.context.perform(self, lambda: committees.add_person(
            store, self.committee_id, name, **values), "Person added.")
        if made:
            self.reload(made.result)

    def edit_person(self) -> None:
        person_id = self._selected_id()
        if person_id is None:
            return
        dialog = PersonDialog(self, self.context.store.people.get(person_id))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.context.perform(self, lambda: committees.update_person(
            self.context.store, person_id, **dialog.values()), "Changes saved.")
        self.reload(person_id)

    def remove_person(self) -> None:
        person_id = self._selected_id()
        if person_id is None:
            return
        person = self.context.store.people.get(person_id)
        if not confirm(self, "Remove this person?",
                       f"Remove {person.name} from this committee? Their past turns and "
                       "feedback stay in the records.", "Remove"):
            return
        self.context.perform(self, lambda: committees.remove_member(
            self.context.store, self.committee_id, person_id), f"{person.name} removed.")
        self.reload()
