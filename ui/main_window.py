"""The main window: the navigator on the left, the meeting workspace on the right, menus that
hold every action, and a status bar whose messages also reach screen readers."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu, QSplitter, QWidget

from meetingkit.counting import counted
from meetingkit.ops import committees
from ui.about_window import show_about_window
from ui.announce import announce
from ui.context import AppContext
from ui.dialogs.meeting_dialog import MeetingDialog
from ui.dialogs.people_dialog import PeopleDialog
from ui.display import install_view_menu
from ui.help import show_getting_started
from ui.history_actions import HistoryActions
from ui.keys import install_key_guards
from ui.messages import confirm, tell
from ui.navigation import Target
from ui.navigator import Navigator
from ui.quiet_containers import install_quiet_containers
from ui.review.menu import review_menu_actions
from ui.safety.backup_actions import backup_menu_actions
from ui.search.menu import KEYS, MENU_TEXT, show_find_dialog
from ui.shortcuts_window import show_shortcuts
from ui.tab_keys import install_tab_keys
from ui.workspace import Workspace


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setWindowTitle("MeetingKit")
        self.setAccessibleName("MeetingKit")
        install_key_guards()  # Enter presses buttons; Alt+letter never types into text
        install_quiet_containers()  # no "layered pane" said on the way into a tab
        self.navigator = Navigator(context)
        self.workspace = Workspace(context)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.workspace)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)
        self.navigator.selection.connect(self._selection_changed)
        context.bus.status.connect(self.show_status)
        self.menus: dict[str, QMenu] = {}
        self._build_menus()
        self.resize(1100, 720)
        self._restore_geometry()
        self.navigator.select_upcoming_meeting()
        self.navigator.setFocus()
        context.before_history.append(self.flush)  # typing is saved before Undo or Redo
        context.go_to = self.go_to

    # ----- menus -----------------------------------------------------------------------------
    def _menu(self, title: str) -> QMenu:
        if title not in self.menus:
            self.menus[title] = self.menuBar().addMenu(f"&{title}")
        return self.menus[title]

    def _action(self, menu: str, text: str, slot, shortcut=None, name: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        action.setObjectName(name or text.replace("&", "").rstrip("…").lower().replace(" ", "_"))
        self._menu(menu).addAction(action)
        return action

    def _build_menus(self) -> None:
        self._menu("File")  # first in the menu bar, then Edit, which starts with Undo and Redo
        self.history_actions = HistoryActions(self.context, self)
        self._menu("Edit").addActions([self.history_actions.undo, self.history_actions.redo])
        # Typing still waiting to be saved is the newest change: save it as the menu opens,
        # so Undo names what it will really undo.
        self._menu("Edit").aboutToShow.connect(self.flush)
        self._menu("Edit").addSeparator()
        self.new_committee_action = self._action(
            "File", "New &committee…", self.new_committee, "Ctrl+Shift+N")
        self.new_meeting_action = self._action(
            "File", "&New meeting…", self.new_meeting, QKeySequence.StandardKey.New)
        self._menu("File").addSeparator()
        self.edit_committee_action = self._action(
            "File", "Committee &settings…", self.edit_committee)
        self.people_action = self._action(
            "File", "&People on this committee…", self.edit_people, "Ctrl+Shift+P")
        self.edit_meeting_action = self._action(
            "File", "Meeting &details…", self.edit_meeting, "Ctrl+Shift+D")
        self.delete_action = self._action(
            "File", "&Delete committee or meeting…", self.delete_selected, "Ctrl+Delete")
        self._menu("File").addSeparator()
        for menu, action in self.workspace.menu_actions():
            self._menu(menu).addAction(action)
        self._menu("File").addSeparator()
        for menu, action in review_menu_actions(self.context, self):
            self._menu(menu).addAction(action)
        self._menu("File").addSeparator()
        for menu, action in backup_menu_actions(self.context, self):
            self._menu(menu).addAction(action)
        self._menu("File").addSeparator()
        self._action("File", "&Quit", self.close, QKeySequence.StandardKey.Quit)
        self._menu("Edit").addSeparator()
        self.find_action = self._action("Edit", MENU_TEXT, lambda: show_find_dialog(self), KEYS,
                                        "find_in_all_meetings")
        install_view_menu(self)  # text size, colours and reading mode; applies the saved ones
        install_tab_keys(self)  # Ctrl+Tab from anywhere, the meetings list too
        self._action("Help", "&Getting started", lambda: show_getting_started(self), "F1")
        self._action("Help", "&Keyboard shortcuts", self.show_shortcuts, "Ctrl+/")
        self._action("Help", "&About MeetingKit", lambda: show_about_window(self, self.context))
        self._update_enabled()

    # ----- selection ---------------------------------------------------------------------------
    def _selection_changed(self, kind: str | None, ident: int | None) -> None:
        meeting_id = ident if kind == "meeting" else None
        self.context.meeting_id = meeting_id
        self.context.bus.meeting_selected.emit(meeting_id)
        self._update_enabled()
        if meeting_id:
            meeting = self.context.store.meetings.get(meeting_id)
            self.setWindowTitle(f"{meeting.title}, {meeting.date} – MeetingKit")
        else:
            self.setWindowTitle("MeetingKit")

    def _update_enabled(self) -> None:
        kind, _ = self.navigator.current()
        has_committee = self.navigator.current_committee_id() is not None
        self.new_meeting_action.setEnabled(has_committee)
        self.edit_committee_action.setEnabled(has_committee)
        self.people_action.setEnabled(has_committee)
        self.edit_meeting_action.setEnabled(kind == "meeting")
        self.delete_action.setEnabled(kind is not None)

    def go_to(self, target: Target, meeting_id: int | None = None) -> bool:
        """Shows `target` (ui/navigation.py), choosing its meeting first when given."""
        if meeting_id is not None and meeting_id != self.context.meeting_id and \
                not self.navigator.select("meeting", meeting_id):
            return False
        return self.workspace.go_to(target)

    def show_shortcuts(self) -> None:
        """Help > Keyboard shortcuts lists the keys of every tab, so every tab is built first."""
        self.workspace.tabs  # noqa: B018 (builds them)
        show_shortcuts(self)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)
        announce(self, message)

    # ----- commands ----------------------------------------------------------------------------
    def new_committee(self) -> None:
        from ui.dialogs.committee_dialog import CommitteeDialog  # the word lists: when asked

        dialog = CommitteeDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        name = values.pop("name")
        made = self.context.perform(
            self, lambda: committees.create_committee(self.context.store, name, **values),
            "Committee created.")
        if made:
            self.navigator.select("committee", made.result)

    def edit_committee(self) -> None:
        committee_id = self.navigator.current_committee_id()
        if committee_id is None:
            return
        from ui.dialogs.committee_dialog import CommitteeDialog

        dialog = CommitteeDialog(self, self.context.store.committees.get(committee_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.perform(
                self, lambda: committees.update_committee(self.context.store, committee_id,
                                                          **dialog.values()),
                "Committee settings saved.")

    def edit_people(self) -> None:
        committee_id = self.navigator.current_committee_id()
        if committee_id is not None:
            PeopleDialog(self, self.context, committee_id).exec()

    def new_meeting(self) -> None:
        committee_id = self.navigator.current_committee_id()
        if committee_id is None:
            tell(self, "Choose a committee first", "Choose the committee this meeting is for, "
                 "or make a new committee from the File menu.")
            return
        committee = self.context.store.committees.get(committee_id)
        dialog = MeetingDialog(self, default_title=committee.name,
                               default_length=committee.meeting_minutes)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        title, day = values.pop("title"), values.pop("date")
        made = self.context.perform(
            self, lambda: committees.create_meeting(self.context.store, committee_id, title, day,
                                                    **values),
            "Meeting created.")
        if made:
            self.navigator.select("meeting", made.result)

    def edit_meeting(self) -> None:
        kind, meeting_id = self.navigator.current()
        if kind != "meeting":
            return
        dialog = MeetingDialog(self, self.context.store.meetings.get(meeting_id))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.context.perform(
                self, lambda: committees.update_meeting(self.context.store, meeting_id,
                                                        **dialog.values()),
                "Meeting details saved.")

    def delete_selected(self) -> None:
        kind, ident = self.navigator.current()
        store = self.context.store
        if kind == "committee":
            committee = store.committees.get(ident)
            count = len(store.meetings.for_committee(ident))
            if confirm(self, "Delete this committee?",
                       f"Delete {committee.name} and its {counted(count, 'meeting')}, with their "
                       "agendas, papers and minutes? Edit > Undo (Ctrl+Z) brings them back.",
                       "Delete"):
                self.context.perform(self, lambda: committees.delete_committee(store, ident),
                                     "Committee deleted. Ctrl+Z brings it back.")
        elif kind == "meeting":
            meeting = store.meetings.get(ident)
            if confirm(self, "Delete this meeting?",
                       f"Delete the meeting on {meeting.date} with its agenda, papers and "
                       "minutes? Edit > Undo (Ctrl+Z) brings it back.", "Delete"):
                self.context.perform(self, lambda: committees.delete_meeting(store, ident),
                                     "Meeting deleted. Ctrl+Z brings it back.")

    # ----- window state ------------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        self.splitter.setSizes([300, 800])
        settings = self.context.settings
        if settings is None:
            return
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        splitter = settings.value("window/splitter")
        if isinstance(splitter, QByteArray):
            self.splitter.restoreState(splitter)

    def flush(self) -> None:
        """Saves whatever is typed and waiting, in every tab built so far."""
        for tab in self.workspace.built_tabs():  # a tab not built yet holds nothing typed
            flush = getattr(tab, "flush", None)
            if flush:
                flush()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self.flush()  # nothing typed is lost on close
        for tab in self.workspace.built_tabs():  # what ends with the window (a timer round)
            shut_down = getattr(tab, "shut_down", None)
            if shut_down:
                shut_down()
        if self.context.settings is not None:
            self.context.settings.setValue("window/geometry", self.saveGeometry())
            self.context.settings.setValue("window/splitter", self.splitter.saveState())
        super().closeEvent(event)


def focusable_children(widget: QWidget) -> list[QWidget]:
    return [w for w in widget.findChildren(QWidget)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(widget)]
