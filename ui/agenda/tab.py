"""Agenda: the items in order with an editor beside them. Add, change, delete (after asking),
reorder with Alt+Up / Alt+Down, the Move buttons or by dragging; Edit > Undo takes back any of
it (the store keeps the history: meetingkit.ops). Start from
a template or the last meeting's agenda. The running total of minutes is shown against the
meeting's length, with a plain warning when the agenda does not fit."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFrame, QScrollArea, QSplitter

from meetingkit.errors import MeetingKitError
from meetingkit.model import AgendaItem
from meetingkit.ops import agenda as agenda_ops
from meetingkit.store.changes import Changes, Kind
from meetingkit.templates import last_meeting_agenda, list_templates
from ui.agenda import questions
from ui.agenda.agenda_actions import make_action
from ui.agenda.item_editor import ItemEditor
from ui.agenda.list_panel import ListPanel
from ui.agenda.template_dialog import TemplateDialog
from ui.agenda.time_words import closing_position, time_fit
from ui.announce import announce
from ui.context import AppContext
from ui.messages import confirm, tell
from ui.navigation import ItemTarget
from ui.workspace import bring_forward

RELOAD_ON = (Kind.AGENDA, Kind.MEETINGS, Kind.COMMITTEES, Kind.PEOPLE, Kind.QUESTIONS)


class AgendaTab(QScrollArea):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.items: list[AgendaItem] = []
        self._reloading = False
        self._was_over = False
        self._select_after: int | None = None  # the item this tab's own change is about
        self.panel = ListPanel()
        self.table, self.model = self.panel.table, self.panel.model
        self.editor = ItemEditor()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.panel)
        self.splitter.addWidget(self.editor)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        # With large text the whole tab scrolls rather than squashing anything.
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(self.splitter)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no empty Tab stop: it scrolls to the focus
        self._build_actions()
        self._connect()
        self.setTabOrder(self.table, self.panel.time_label)  # the time is read after the list
        self.setTabOrder(self.panel.time_label, self.panel.add_button)
        self.setTabOrder(self.panel.move_down_button, self.editor.title)
        context.bus.changed.connect(self._changed)
        context.bus.stepped.connect(self._stepped)
        self.reload()

    # ----- set-up ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        near = Qt.ShortcutContext.WidgetWithChildrenShortcut
        self.move_up_action = make_action(self.panel, "Move up", "agenda_move_up",
                                          lambda: self.move(-1), [QKeySequence("Alt+Up")], near)
        self.move_down_action = make_action(self.panel, "Move down", "agenda_move_down",
                                            lambda: self.move(1), [QKeySequence("Alt+Down")], near)
        delete_key = QKeySequence(QKeySequence.StandardKey.Delete)
        self.delete_action = make_action(self.table, "Delete item", "agenda_delete",
                                         self.delete_item, [delete_key],
                                         Qt.ShortcutContext.WidgetShortcut)
        self.panel.addActions([self.move_up_action, self.move_down_action])
        self.table.addAction(self.delete_action)
        self.template_action = make_action(self, "Use an agenda &template…", "agenda_template",
                                           lambda: bring_forward(self) or self.use_template())
        self.copy_action = make_action(self, "&Copy the last meeting's agenda…", "agenda_copy_last",
                                       lambda: bring_forward(self) or self.copy_last_agenda())

    def _connect(self) -> None:
        panel = self.panel
        panel.add_button.clicked.connect(self.add_item)
        panel.delete_button.clicked.connect(self.delete_item)
        panel.move_up_button.clicked.connect(lambda: self.move(-1))
        panel.move_down_button.clicked.connect(lambda: self.move(1))
        panel.template_button.clicked.connect(self.use_template)
        panel.copy_button.clicked.connect(self.copy_last_agenda)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._current_changed())
        self.table.activated.connect(lambda _index: self.editor.focus_field("title"))
        self.model.order_dropped.connect(self._dropped, Qt.ConnectionType.QueuedConnection)
        self.editor.commit_requested.connect(self._commit)

    def menu_actions(self) -> list[tuple[str, QAction]]:
        return [("Edit", self.template_action), ("Edit", self.copy_action)]

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.editor.commit()
        super().hideEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        # Side by side when there is room for both; with large text, the editor goes below.
        both = (self.panel.minimumSizeHint().width() + self.editor.minimumSizeHint().width()
                + self.splitter.handleWidth())
        wide = self.viewport().width() >= max(both, self.fontMetrics().horizontalAdvance("x") * 110)
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != wanted:
            self.splitter.setOrientation(wanted)
            self.splitter.updateGeometry()
            self.setWidgetResizable(True)  # makes the scroll area take the new minimum size

    # ----- what is shown -----------------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.editor.commit()
        self.meeting_id = meeting_id
        self.editor.show_item(None)
        self.reload(new_meeting=True)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(*RELOAD_ON):
            self.reload()

    def _stepped(self, outcome) -> None:
        """Undo or Redo: the first item it touched that is here is chosen, so a deleted item
        brought back is the one shown."""
        touched = outcome.changes.ids(Kind.AGENDA)
        first = next((item.id for item in self.items if item.id in touched), None)
        if first is not None:
            self._select_row(self.model.row_of(first))

    def reload(self, new_meeting: bool = False) -> None:
        """Shows the meeting's items. The item this tab's own change was about is chosen (one
        just added or moved); otherwise the chosen item stays chosen, or the one in its place
        when it has gone."""
        store = self.context.store
        meeting = None
        try:
            if self.meeting_id is not None:
                meeting = store.meetings.get(self.meeting_id)
        except MeetingKitError:  # deleted a moment ago
            self.meeting_id = None
        keep, row = self._select_after or self.current_id(), self.table.currentIndex().row()
        self._select_after = None
        self.items = store.agenda.items(self.meeting_id) if meeting else []
        self._reloading = True
        try:
            self.model.load(self.items)
            if keep is not None and self.model.row_of(keep) >= 0:
                self._select_row(self.model.row_of(keep))
            else:
                self._select_row(min(row, len(self.items) - 1) if keep and not new_meeting
                                 else -1)
        finally:
            self._reloading = False
        if meeting is not None:
            self.editor.set_people([p.name for p in store.committees.members(meeting.committee_id)])
        self.panel.show_state(meeting is not None, not self.items,
                              meeting is not None and last_meeting_agenda(store, meeting.id)
                              is not None)
        self._show_time(meeting.length_minutes if meeting else None)
        self._current_changed()

    def _show_time(self, length: int | None) -> None:
        if length is None:
            self.panel.show_time("", False)
            return
        text, over = time_fit(sum(i.minutes for i in self.items), length)
        self.panel.show_time(text, over)
        if over and not self._was_over:  # after the "Saved." that the change itself says
            QTimer.singleShot(0, lambda: announce(self, text))
        self._was_over = over

    def _select_row(self, row: int) -> None:
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            selection.setCurrentIndex(self.model.index(-1, 0),
                                      QItemSelectionModel.SelectionFlag.Clear)
            return
        index = self.model.index(row, 1)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def _current_changed(self) -> None:
        if self._reloading:
            return
        row = self.table.currentIndex().row()
        item = self.items[row] if 0 <= row < len(self.items) else None
        self.editor.show_item(item)
        if item is not None:
            self.editor.show_questions(self.context.store.questions.for_item(item.id))
        has_meeting = self.meeting_id is not None
        self.panel.set_enabled(has_meeting, item is not None, row > 0,
                               item is not None and row < len(self.items) - 1)
        for action in (self.template_action, self.copy_action):
            action.setEnabled(has_meeting)
        self.move_up_action.setEnabled(item is not None and row > 0)
        self.move_down_action.setEnabled(item is not None and row < len(self.items) - 1)
        self.delete_action.setEnabled(item is not None)

    def current_id(self) -> int | None:
        row = self.table.currentIndex().row()
        return self.items[row].id if 0 <= row < len(self.items) else None

    def show_item(self, item_id: int | None, field: str = "",
                  words: tuple[str, ...] = ()) -> None:
        """Selects an item (for other screens, e.g. 'fix this' when sending the pack); with no
        item (the agenda as a whole is too long), the keyboard goes to the list of items."""
        bring_forward(self)
        row = self.model.row_of(item_id) if item_id is not None else -1
        if row >= 0:
            self._select_row(row)
        if field and row >= 0:
            self.editor.focus_field(field, words)
        else:
            self.table.setFocus()

    def flush(self) -> None:
        self.editor.commit()

    def go_to(self, target: ItemTarget) -> bool:
        if target.item_id is not None and self.model.row_of(target.item_id) < 0:
            return False
        self.show_item(target.item_id, target.field, target.words)
        return True

    # ----- changes -----------------------------------------------------------------------------
    def _commit(self, item_id: int, old: dict, new: dict) -> None:
        if not self.context.perform(
                self, lambda: agenda_ops.update_item(self.context.store, item_id, **new), "Saved."):
            self.editor.revert()

    def add_item(self) -> None:
        if self.meeting_id is None:
            return
        self.editor.commit()
        position = closing_position([i.standing for i in self.items])
        meeting_id = self.meeting_id
        made = self.context.perform(self, lambda: agenda_ops.add_item(
            self.context.store, meeting_id, "New item", position), "Item added.")
        if made:
            self._select_row(self.model.row_of(made.result))
            self.editor.focus_field("title")  # type the title straight away

    def delete_item(self) -> None:
        item_id = self.current_id()
        if item_id is None:
            return
        self.editor.commit()
        item = self.context.store.agenda.get(item_id)
        papers = len(self.context.store.papers.for_item(item_id))
        held = f" and its {papers} paper{'s' * (papers != 1)}" if papers else ""
        if confirm(self, "Delete this agenda item?",
                   f"Delete '{item.title}'{held}? Undo (Ctrl+Z) brings it back.", "Delete item"):
            self.context.perform(self, lambda: agenda_ops.delete_item(self.context.store, item_id),
                                 f"Deleted '{item.title}'. Undo (Ctrl+Z) brings it back.")
            self.table.setFocus()

    def move(self, step: int) -> None:
        item_id = self.current_id()
        if item_id is None or self.meeting_id is None:
            return
        self.editor.commit()
        ids = self.model.ids()
        row = ids.index(item_id)
        if not 0 <= row + step < len(ids):
            return
        new = list(ids)
        new.insert(row + step, new.pop(row))
        self._reorder(new, item_id)
        self.table.setFocus()

    def _dropped(self, new_order: list[int], moved_id: int) -> None:
        if self.meeting_id is not None:
            self.editor.commit()
            self._reorder(list(new_order), moved_id)

    def _reorder(self, new_ids: list[int], moved_id: int) -> None:
        if new_ids == self.model.ids():
            return
        meeting_id = self.meeting_id
        self._select_after = moved_id
        self.context.perform(
            self, lambda: agenda_ops.reorder(self.context.store, meeting_id, new_ids, moved_id),
            f"Moved to number {new_ids.index(moved_id) + 1}.")

    def use_template(self) -> None:
        if self.meeting_id is None:
            return
        try:
            templates = list_templates()
        except MeetingKitError as error:
            tell(self, "The templates could not be read", str(error))
            return
        dialog = TemplateDialog(self, templates)
        if dialog.exec() != TemplateDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        template = dialog.chosen()
        self._use(template, f"use the template '{template.name}'", "the template's items")

    def copy_last_agenda(self) -> None:
        if self.meeting_id is None:
            return
        template = last_meeting_agenda(self.context.store, self.meeting_id)
        if template is None:
            tell(self, "No earlier agenda", "There is no earlier meeting of this committee with "
                 "an agenda to copy. Use a template or add items one by one.")
            return
        self._use(template, "copy the last meeting's agenda", "the last meeting's items")

    def _use(self, template, undo_text: str, what: str) -> None:
        self.editor.commit()
        replace = False
        if self.items:
            answer = questions.ask_add_or_replace(self, what, len(self.items))
            if answer is None:
                return
            replace = answer == "replace"
        meeting_id, count = self.meeting_id, len(template.items)
        made = self.context.perform(self, lambda: agenda_ops.use_agenda(
            self.context.store, meeting_id, template, replace, undo_text),
            f"Added {count} item{'s' * (count != 1)} to the agenda.")
        if made:
            self._select_row(self.model.row_of(made.result[0]))
            self.table.setFocus()
