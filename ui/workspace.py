"""The meeting workspace: one tab per stage of a meeting.

A tab is a QWidget built as `TabClass(context)` with `set_meeting(meeting_id | None)`. It listens
to `context.bus.changed` for what it shows. It may offer `menu_actions() -> list[(menu, QAction)]`
(menu is "File", "Edit", "View" or "Help") for the main window to put in its menus, so every
action can be found. Tabs are imported by name (`TABS`), each from `ui/<tab>/tab.py` beside its parts.

Tabs are built when first needed, so the window opens sooner: the first tab with the window, each
other tab the first time it is shown, asked for (`tab(name)`, `widget(index)`, `tabs`) or one of
its menu items is chosen (ui/tab_menus.py keeps its items in the menus until then), and the rest
one by one once the window is on screen (ui/app.py after_start). A tab is built for the meeting
chosen at that moment, straight from the database, so it shows everything changed meanwhile.

Choosing another meeting updates the tab on show at once; the others catch up when they are
next shown or asked for. Refilling every hidden tab's lists sent a screen reader about a hundred
events for one key press in the meetings list (Orca then spoke eight seconds late).
"""

from __future__ import annotations

import importlib

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

from ui.context import AppContext
from ui.keys import guard_wheel
from ui.navigation import TAB_FOR, Target
from ui.scroll_page import ScrollPage, install_scroll_to_focus
from ui.tab_menus import StandIns

# (title, name, module, class, what the tab is for: its tooltip). Each tab lives in the
# package of its parts: ui/<package>/tab.py.
TABS: list[tuple[str, str, str, str, str]] = [
    ("Overview", "overview", "ui.overview.tab", "OverviewTab",
     "The meeting's details, when the pack must be sent, and what still needs doing."),
    ("Agenda", "agenda", "ui.agenda.tab", "AgendaTab",
     "The agenda: items in order, who presents them, how long each takes, and a short "
     "plain summary of each."),
    ("Papers", "papers", "ui.papers.tab", "PapersTab",
     "The papers for each item, with a checker that finds acronyms and hard words and helps "
     "you rewrite them in plain English."),
    ("Run the meeting", "run_meeting", "ui.run.tab", "RunMeetingTab",
     "A 'Time to think' timer that gives everyone an equal turn to speak, with a large view "
     "for a shared screen."),
    ("Minutes", "minutes", "ui.minutes.tab", "MinutesTab",
     "Who came, notes for each item, decisions and actions, ready to save as a Word document."),
    ("Feedback", "feedback", "ui.feedback.tab", "FeedbackTab",
     "How the meeting felt for partners and everyone else, and how that changes over time."),
]
NAMES = [name for _title, name, *_rest in TABS]  # "minutes"
MODULES = {module: name for _title, name, module, *_rest in TABS}


def bring_forward(tab: QWidget) -> None:
    """Makes `tab` the workspace's current tab (used when a tab's menu action is chosen while
    another tab is showing)."""
    parent = tab.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.setCurrentWidget(tab)


def load_tab(context: AppContext, module_name: str, class_name: str) -> QWidget:
    return getattr(importlib.import_module(module_name), class_name)(context)


class Workspace(QTabWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.meeting_id: int | None = None
        self.setAccessibleName("Meeting workspace")
        self.setDocumentMode(True)
        install_scroll_to_focus()  # a tab's page scrolls to the control that takes the focus
        self._built: dict[int, QWidget] = {}
        self._behind: set[int] = set()  # built tabs still showing an earlier meeting
        self._stand_ins = StandIns(self, lambda module: self.tab(MODULES[module]))
        for index, (title, _name, _module, _cls, purpose) in enumerate(TABS):
            self.addTab(QWidget(), title)  # an empty page until the tab is built
            self.setTabToolTip(index, purpose)
        self._build(self.currentIndex())
        self.currentChanged.connect(self._build)  # before anyone else hears of the change
        context.bus.meeting_selected.connect(self.set_meeting)

    def go_to(self, target: Target) -> bool:
        """Shows `target` on the tab that shows its kind (ui/navigation.py). False when it is
        not there (deleted a moment ago, or in another meeting)."""
        tab = self.tab(TAB_FOR[type(target)])
        self.setCurrentWidget(tab)  # shown first, so what it opens is laid out at once
        return tab.go_to(target)

    # ----- getting at tabs (each is built on the way) ------------------------------------------
    def tab(self, name: str) -> QWidget:
        """The tab called `name` in TABS ("agenda", "minutes"…), built if need be."""
        return self._build(NAMES.index(name))

    @property
    def tabs(self) -> list[QWidget]:
        """Every tab, in order (all are built)."""
        return [self._build(index) for index in range(len(TABS))]

    def built_tabs(self) -> list[QWidget]:
        """The tabs built so far, as they are (one still showing an earlier meeting holds what
        was typed there, for that meeting: closing the window saves it there)."""
        return [self._built[index] for index in sorted(self._built)]

    def is_built(self, name: str) -> bool:
        return NAMES.index(name) in self._built

    def build_the_rest_soon(self) -> None:
        """Builds the tabs not built yet, one per turn of the event loop, so clicks and keys
        are answered in between. Called once the window is on screen: the first look at each
        tab is then as quick as before, and the window takes the size its largest tab needs
        (with large text) now rather than when that tab is first opened."""
        if not shiboken6.isValid(self) or QAccessible.isActive():
            # With a screen reader listening, tabs built out of sight sent it hundreds of events
            # just after start, among them "page tab selected" from their inner tabs, and Orca
            # jumped to those ("Chart page tab") away from where the person was, seconds late.
            # Each tab is then built when first shown.
            return
        waiting = [index for index in range(len(TABS)) if index not in self._built]
        if waiting:
            self._build(waiting[0])
            if len(waiting) > 1:
                QTimer.singleShot(0, self, self.build_the_rest_soon)

    def widget(self, index: int) -> QWidget | None:
        if 0 <= index < len(TABS):
            return self._build(index)
        return super().widget(index)

    def currentWidget(self) -> QWidget | None:  # noqa: N802 (Qt's name)
        return self.widget(self.currentIndex())

    def indexOf(self, widget: QWidget) -> int:  # noqa: N802 (Qt's name)
        for index, tab in self._built.items():
            if tab is widget:
                return index
        return super().indexOf(widget)

    def setCurrentWidget(self, widget: QWidget) -> None:  # noqa: N802 (Qt's name)
        index = self.indexOf(widget)
        if index >= 0:
            self.setCurrentIndex(index)

    # ----- building ----------------------------------------------------------------------------
    def _build(self, index: int) -> QWidget | None:
        if index in self._built:
            if index in self._behind:  # shown or asked for: it catches up with the meeting
                self._behind.discard(index)
                self._built[index].set_meeting(self.meeting_id)
            return self._built[index]
        if not 0 <= index < len(TABS):
            return None
        title, _name, module, class_name, _purpose = TABS[index]
        tab = load_tab(self.context, module, class_name)
        guard_wheel(tab)  # the wheel scrolls the tab; it changes a box only once it is chosen
        for area in [tab, *tab.findChildren(QScrollArea)]:
            if isinstance(area, QScrollArea):  # no empty "layered pane" stop before the tab's
                area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # controls; it scrolls to them
        tab.setAccessibleName(f"{title} tab")
        self._built[index] = tab
        tab.set_meeting(self.meeting_id)  # while hidden, as the other tabs got it
        self._swap_in(index, tab, title)
        self._stand_ins.replace(module, getattr(tab, "menu_actions", list)())
        return tab

    def _swap_in(self, index: int, tab: QWidget, title: str) -> None:
        """Puts the built tab where its empty page was. Nobody is told the current tab changed
        (it did not); if the page was showing, Qt moves the keyboard into the tab, as it does
        whenever a tab is chosen."""
        page = super().widget(index)
        showing = self.currentIndex() == index
        was_blocked = self.blockSignals(True)
        try:
            # Each tab scrolls inside its page rather than making the window taller than the
            # screen at large text sizes.
            self.insertTab(index, ScrollPage(tab), title)  # the empty page moves to index + 1
            if showing:
                self.setCurrentIndex(index)
            self.removeTab(index + 1)
        finally:
            self.blockSignals(was_blocked)
        shiboken6.delete(page)

    # ----- what every tab is told --------------------------------------------------------------
    def set_meeting(self, meeting_id: int | None) -> None:
        self.meeting_id = meeting_id
        self._behind.update(self._built)
        self._build(self.currentIndex())  # the tab on show now; the rest when they are needed
        self._stand_ins.meeting_changed(meeting_id is not None)

    def menu_actions(self) -> list:
        """Each tab's menu items, in tab order; a stand-in for each item of a tab not built yet
        (a tab whose items are not described in ui/tab_menus.py is built now)."""
        found = []
        for index, (_title, _name, module, _cls, _purpose) in enumerate(TABS):
            stand_ins = None
            if index not in self._built:
                stand_ins = self._stand_ins.for_tab(module, self.meeting_id is not None)
            if stand_ins is None:
                stand_ins = getattr(self._build(index), "menu_actions", list)()
            found.extend(stand_ins)
        return found
