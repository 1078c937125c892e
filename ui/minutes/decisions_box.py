"""The decisions made on one agenda item: add, change, delete (with a question first)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from meetingkit.ops import minutes
from ui.context import AppContext
from ui.messages import confirm


class ShortList(QListWidget):
    """Asks for room for about four decisions (it scrolls if there are more)."""

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(super().sizeHint().width(), self.fontMetrics().lineSpacing() * 5)


class DecisionsBox(QGroupBox):
    def __init__(self, context: AppContext):
        super().__init__("Decisions made on this item")
        self.context = context
        self.item_id: int | None = None
        self.list = ShortList()
        self.list.setAccessibleName("Decisions made on this item")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(lambda _item: self.change())
        self.change_button = QPushButton("Change decision…")
        self.delete_button = QPushButton("Delete decision…")
        for button in (self.change_button, self.delete_button):
            button.setAccessibleName(button.text().rstrip("…"))
        self.change_button.clicked.connect(self.change)
        self.delete_button.clicked.connect(self.delete)
        self.new_text = QLineEdit()
        self.new_text.setAccessibleName("New decision")
        self.new_text.setPlaceholderText("For example: We agreed to talk about falls at the daily ward meeting.")
        label = QLabel("New &decision:")
        label.setBuddy(self.new_text)
        self.add_button = QPushButton("Add decision")
        self.add_button.setAccessibleName("Add decision")
        self.new_text.returnPressed.connect(self.add)
        self.add_button.clicked.connect(self.add)
        buttons = QHBoxLayout()
        buttons.addWidget(self.change_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch()
        add_row = QHBoxLayout()
        add_row.addWidget(label)
        add_row.addWidget(self.new_text, 1)
        add_row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addLayout(add_row)
        self.list.currentRowChanged.connect(lambda _row: self._update_enabled())
        self._update_enabled()

    def show_item(self, item_id: int | None) -> None:
        if item_id != self.item_id:
            self.new_text.clear()
        self.item_id = item_id
        self.refresh()

    def refresh(self) -> None:
        current = self._chosen_id()
        self.list.clear()
        if self.item_id is not None:
            for decision in self.context.store.decisions.for_item(self.item_id):
                entry = QListWidgetItem(decision.text)
                entry.setData(Qt.ItemDataRole.UserRole, decision.id)
                self.list.addItem(entry)
                if decision.id == current:
                    self.list.setCurrentItem(entry)
        if self.list.count() == 0:
            self.list.setAccessibleDescription("No decisions yet.")
        else:
            self.list.setAccessibleDescription("")
        self._update_enabled()

    def choose(self, decision_id: int) -> bool:
        """Chooses the decision and puts the keyboard on it (Find in all meetings). False when
        it is not on this item."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == decision_id:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(self.list.item(row))
                self.list.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return False

    def _chosen_id(self) -> int | None:
        entry = self.list.currentItem()
        return entry.data(Qt.ItemDataRole.UserRole) if entry else None

    def _update_enabled(self) -> None:
        has = self._chosen_id() is not None
        self.change_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add(self) -> None:
        if self.item_id is None:
            return
        text, item_id = self.new_text.text(), self.item_id
        if self.context.perform(self, lambda: minutes.add_decision(self.context.store, item_id,
                                                                  text), "Decision added."):
            self.new_text.clear()

    def change(self) -> None:
        decision_id = self._chosen_id()
        if decision_id is None:
            return
        old = self.list.currentItem().text()
        text, ok = QInputDialog.getMultiLineText(self, "Change decision", "The decision:", old)
        if ok and text.strip() and text.strip() != old:
            self.context.perform(
                self, lambda: minutes.update_decision(self.context.store, decision_id, text),
                "Decision changed.")

    def delete(self) -> None:
        decision_id = self._chosen_id()
        if decision_id is None:
            return
        if confirm(self, "Delete decision?", "Delete this decision? Undo (Ctrl+Z) brings it "
                   "back.", "Delete"):
            self.context.perform(self, lambda: minutes.delete_decision(self.context.store,
                                                                       decision_id),
                                 "Decision deleted. Ctrl+Z brings it back.")
