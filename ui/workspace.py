"""The meeting workspace: one tab per stage of a meeting.

A tab is a QWidget built as `TabClass(context)` with `set_meeting(meeting_id | None)`. It listens
to `context.bus.changed` for what it shows. It may offer `menu_actions() -> list[(menu, QAction)]`
(menu is "File", "Edit", "View" or "Help") for the main window to put in its menus, so every
action can be found. Tabs are imported by name, so each lives in its own module; a tab not built
yet shows what it will hold.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QTabWidget, QWidget

from ui.context import AppContext
from ui.placeholder import PlaceholderTab

# (tab title, module, class, what it will hold when built)
TABS: list[tuple[str, str, str, str]] = [
    ("Overview", "ui.tabs.overview", "OverviewTab",
     "The meeting's details, when the pack must be sent, and what still needs doing."),
    ("Agenda", "ui.tabs.agenda", "AgendaTab",
     "The agenda: items in order, who presents them, how long each takes, and a short "
     "plain summary of each."),
    ("Papers", "ui.tabs.papers", "PapersTab",
     "The papers for each item, with a checker that finds acronyms and hard words and helps "
     "you rewrite them in plain English."),
    ("Run the meeting", "ui.tabs.run_meeting", "RunMeetingTab",
     "A 'Time to think' timer that gives everyone an equal turn to speak, with a large view "
     "for a shared screen."),
    ("Minutes", "ui.tabs.minutes", "MinutesTab",
     "Who came, notes for each item, decisions and actions, ready to save as a Word document."),
    ("Feedback", "ui.tabs.feedback", "FeedbackTab",
     "How the meeting felt for partners and everyone else, and how that changes over time."),
]


def bring_forward(tab: QWidget) -> None:
    """Makes `tab` the workspace's current tab (used when a tab's menu action is chosen while
    another tab is showing)."""
    parent = tab.parentWidget()
    while parent is not None and not isinstance(parent, QTabWidget):
        parent = parent.parentWidget()
    if parent is not None:
        parent.setCurrentWidget(tab)


def load_tab(context: AppContext, title: str, module_name: str, class_name: str,
             promise: str) -> QWidget:
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as error:
        if error.name != module_name:
            raise
        return PlaceholderTab(context, title, promise + " This part is coming soon.")
    return getattr(module, class_name)(context)


class Workspace(QTabWidget):
    def __init__(self, context: AppContext):
        super().__init__()
        self.context = context
        self.setAccessibleName("Meeting workspace")
        self.setDocumentMode(True)
        self.tabs: list[QWidget] = []
        for title, module_name, class_name, promise in TABS:
            tab = load_tab(context, title, module_name, class_name, promise)
            tab.setAccessibleName(f"{title} tab")
            self.tabs.append(tab)
            self.addTab(tab, title)
        context.bus.meeting_selected.connect(self.set_meeting)

    def set_meeting(self, meeting_id: int | None) -> None:
        for tab in self.tabs:
            tab.set_meeting(meeting_id)

    def menu_actions(self) -> list:
        found = []
        for tab in self.tabs:
            provider = getattr(tab, "menu_actions", None)
            if provider:
                found.extend(provider())
        return found
