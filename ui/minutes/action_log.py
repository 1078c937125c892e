"""The committee's action log: every action from every meeting, filtered by status and by words,
with Mark done / Close / Reopen. The committee's actions load once; filtering is in memory and
the table fetches only the rows it shows (see meetingkit.store.involvement.ActionLogSearch)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetingkit import clock
from meetingkit.store.changes import Changes, Kind
from meetingkit.store.involvement import LogEntry, filter_log
from ui.announce import announce
from ui.context import AppContext
from ui.forms import enable_clear_button
from ui.info_label import InfoLabel
from ui.minutes.action_buttons import ActionStatusButtons
from ui.minutes.action_table import ActionsModel, ActionsView, action_rows

STATUS_CHOICES = (("Open", "open"), ("Overdue", "overdue"), ("Done", "done"),
                  ("Closed", "closed"), ("All actions", "all"))


class ActionLogPanel(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.committee_id: int | None = None
        self.entries: list[LogEntry] = []
        self._stale = True
        heading = QLabel("<h2>Action log</h2>")
        intro = QLabel("Every action from this committee's meetings. Choose which to show, or "
                       "type words to find an action by what it is or who has it.")
        intro.setWordWrap(True)
        self.status = QComboBox()
        for words, value in STATUS_CHOICES:
            self.status.addItem(words, value)
        self.status.setAccessibleName("Show actions that are")
        status_label = QLabel("&Show:")
        status_label.setBuddy(self.status)
        self.words = QLineEdit()
        self.words.setAccessibleName("Find actions by words")
        self.words.setPlaceholderText("For example: leaflet, or Maria")
        enable_clear_button(self.words, "Clear the words")
        words_label = QLabel("F&ind:")
        words_label.setBuddy(self.words)
        filters = QHBoxLayout()
        filters.addWidget(status_label)
        filters.addWidget(self.status)
        filters.addSpacing(12)
        filters.addWidget(words_label)
        filters.addWidget(self.words, 1)
        self.count = InfoLabel("How many actions are shown")
        self.model = ActionsModel(action_rows(context), self)
        self.view = ActionsView(self.model, "Action log")
        self.buttons = ActionStatusButtons(context, self.view)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.count)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)
        self.status.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.words.textChanged.connect(lambda _t: self.apply_filter())
        context.bus.changed.connect(self._changed)

    def set_committee(self, committee_id: int | None) -> None:
        if committee_id != self.committee_id:
            self.committee_id = committee_id
            self._stale = True
            if self.isVisible():
                self.reload()

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Kind.ACTIONS, Kind.MEETINGS, Kind.COMMITTEES):
            self._stale = True
            if self.isVisible():
                self.reload()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name); load only when looked at
        super().showEvent(event)
        if self._stale:
            self.reload()

    def reload(self) -> None:
        self._stale = False
        log = self.context.store.involvement.action_log
        self.entries = log.entries(self.committee_id) if self.committee_id else []
        self.apply_filter(keep_selection=True)

    def apply_filter(self, keep_selection: bool = False) -> None:
        chosen = set(self.view.chosen_ids()) if keep_selection else set()
        ids = filter_log(self.entries, self.status.currentData(), self.words.text(),
                         clock.today_iso())
        self.model.set_ids(ids)
        self.view.choose_ids(chosen)
        shown = len(ids)
        noun = "action" if len(self.entries) == 1 else "actions"
        self.count.setText(f"Showing {shown:,} of {len(self.entries):,} {noun}.")
        self.count.setAlignment(Qt.AlignmentFlag.AlignLeft)

    def choose(self, action_id: int) -> bool:
        """Chooses the action and puts the keyboard on it (Find in all meetings): when the
        chosen status or words hide it, all actions are shown."""
        if self._stale:
            self.reload()
        if not self.view.choose_one(action_id):
            self.words.clear()
            self.status.setCurrentIndex(self.status.findData("all"))
            self.apply_filter()
            announce(self, "Showing all actions, so the one you chose is in view.")
        return self.view.choose_one(action_id)
