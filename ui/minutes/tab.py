"""Minutes: who came, then each agenda item (notes saved as you type, decisions, actions, and
standing items that fill themselves in), the committee's action log, and partners' time and
expenses. A list of parts on the left; the chosen part on the right."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from meetingkit.errors import MeetingKitError
from meetingkit.store.changes import Changes, Kind
from ui.context import AppContext
from ui.minutes.action_log import ActionLogPanel
from ui.minutes.attendance import AttendancePanel
from ui.minutes.involvement_panel import InvolvementPanel
from ui.minutes.item_panel import ItemPanel
from ui.navigation import ActionTarget, DecisionTarget, NotesTarget, select_words

NO_MEETING = "Choose a meeting on the left to take its minutes."
ATTENDANCE, ITEM, ACTION_LOG, INVOLVEMENT = "attendance", "item", "action_log", "involvement"
ROLE = Qt.ItemDataRole.UserRole


class MinutesTab(QWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.parts = QListWidget()
        self.parts.setAccessibleName("Parts of the minutes")
        self.parts.setWordWrap(True)
        self.parts.setSpacing(2)
        parts_label = QLabel("&Parts of the minutes")
        parts_label.setBuddy(self.parts)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(parts_label)
        column.addWidget(self.parts, 1)
        self.empty = QLabel(NO_MEETING)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.attendance = AttendancePanel(context)
        self.item_panel = ItemPanel(context)
        self.action_log = ActionLogPanel(context)
        self.involvement = InvolvementPanel(context)
        self.stack = QStackedWidget()
        for page in (self.empty, self.attendance, self.item_panel, self.action_log,
                     self.involvement):
            self.stack.addWidget(page)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 4)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([240, 860])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.parts.currentItemChanged.connect(lambda _now, _before: self._show_part())
        self.item_panel.go_to_attendance.connect(lambda: self.show_part(ATTENDANCE))
        context.bus.changed.connect(self._changed)
        self._actions = self._make_actions()
        self.set_meeting(None)

    # ----- workspace protocol ----------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.flush()
        self.meeting_id = meeting_id
        committee_id = None
        if meeting_id is not None:
            try:
                committee_id = self.context.store.meetings.get(meeting_id).committee_id
            except MeetingKitError:
                self.meeting_id = None
        self.attendance.set_meeting(self.meeting_id)
        self.action_log.set_committee(committee_id)
        self.involvement.set_meeting(self.meeting_id)
        self._fill_parts()

    def flush(self) -> None:
        """Saves anything typed and not yet saved (called when the window closes)."""
        self.item_panel.flush()
        self.involvement.flush()

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("View", action) for action in self._actions]

    # ----- parts -------------------------------------------------------------------------------
    def _fill_parts(self) -> None:
        kind, ident = self._current_part()
        self.parts.blockSignals(True)
        self.parts.clear()
        if self.meeting_id is not None:
            self._add_part("Who came", ATTENDANCE)
            for item in self.context.store.agenda.items(self.meeting_id):
                self._add_part(f"{item.position + 1}. {item.title}", ITEM, item.id)
            self._add_part("Action log (all meetings)", ACTION_LOG)
            self._add_part("Partners' time and expenses", INVOLVEMENT)
            self._select(kind or ATTENDANCE, ident)
        self.parts.blockSignals(False)
        self._show_part()

    def _add_part(self, text: str, kind: str, ident: int | None = None) -> None:
        entry = QListWidgetItem(text)
        entry.setData(ROLE, (kind, ident))
        self.parts.addItem(entry)

    def _current_part(self) -> tuple[str | None, int | None]:
        entry = self.parts.currentItem()
        return entry.data(ROLE) if entry else (None, None)

    def _select(self, kind: str, ident: int | None = None) -> bool:
        for row in range(self.parts.count()):
            if self.parts.item(row).data(ROLE) == (kind, ident):
                self.parts.setCurrentRow(row)
                return True
        if self.parts.count():
            self.parts.setCurrentRow(0)
        return False

    def _show_part(self) -> None:
        kind, ident = self._current_part()
        if kind != ITEM:
            self.item_panel.show_item(self.meeting_id, None)  # saves notes being left
        if kind is None:
            self.stack.setCurrentWidget(self.empty)
        elif kind == ATTENDANCE:
            self.stack.setCurrentWidget(self.attendance)
        elif kind == ITEM:
            self.item_panel.show_item(self.meeting_id, ident)
            self.stack.setCurrentWidget(self.item_panel)
        elif kind == ACTION_LOG:
            self.stack.setCurrentWidget(self.action_log)
        else:
            self.stack.setCurrentWidget(self.involvement)

    def _changed(self, changes: Changes) -> None:
        if self.meeting_id is not None and changes.touches(Kind.AGENDA, Kind.MEETINGS):
            try:
                self.context.store.meetings.get(self.meeting_id)
            except MeetingKitError:
                self.set_meeting(None)
                return
            self._fill_parts()

    # ----- going to a part (menus, buttons) ----------------------------------------------------
    def go_to(self, target: NotesTarget | DecisionTarget | ActionTarget) -> bool:
        """An item's notes with the found words selected, or a decision or an action chosen in
        its item's part (an action on no item: in the action log). False when not here."""
        if isinstance(target, NotesTarget):
            editor = self.show_item_notes(target.item_id)
            if editor is None:
                return False
            select_words(editor, target.words)
            return True
        if self.meeting_id is None:
            return False
        if isinstance(target, ActionTarget) and target.item_id is None:
            self.show_part(ACTION_LOG)
            return self.action_log.choose(target.action_id)
        self.show_part(ITEM, target.item_id)
        if self._current_part() != (ITEM, target.item_id):
            return False
        if isinstance(target, DecisionTarget):
            return self.item_panel.choose_decision(target.decision_id)
        return self.item_panel.choose_action(target.action_id)

    def show_part(self, kind: str, ident: int | None = None) -> None:
        """Shows this tab and the part, and puts the keyboard in it."""
        if self.meeting_id is None:
            return
        workspace = self.parentWidget()
        while workspace is not None and not isinstance(workspace, QTabWidget):
            workspace = workspace.parentWidget()
        if workspace is not None:
            workspace.setCurrentWidget(self)
        self._select(kind, ident)
        self.stack.currentWidget().setFocus()
        self.stack.currentWidget().focusNextChild()

    def show_item_notes(self, item_id: int) -> QPlainTextEdit | None:
        """Shows this tab with the agenda item's notes (Find in all meetings), the keyboard in
        them. The notes box, or None when the item is not in this meeting."""
        if self.meeting_id is None:
            return None
        self.show_part(ITEM, item_id)
        if self._current_part() != (ITEM, item_id):
            return None
        editor = self.item_panel.notes.editor
        self.item_panel.ensureWidgetVisible(editor)
        editor.setFocus()
        return editor

    def _make_actions(self) -> list[QAction]:
        gap = QAction(self)
        gap.setSeparator(True)  # the minutes' own group in the View menu
        made = [gap]
        for text, kind in (("&Who came to the meeting", ATTENDANCE),
                           ("Action &log", ACTION_LOG),
                           ("Partners' &time and expenses", INVOLVEMENT)):
            action = QAction(text, self)
            action.setObjectName(f"minutes_{kind}")
            action.triggered.connect(lambda _=False, k=kind: self.show_part(k))
            made.append(action)
        return made
