"""Menu items for workspace tabs that are not built yet.

The workspace builds a tab the first time it is needed (see ui/workspace.py), but its menu items
must be in the menus from the start, with their keys working: F5 opens the presenter view before
anyone has looked at "Run the meeting". So each such tab's items are described here, and the
workspace puts a stand-in in the menus for each. Choosing a stand-in (from the menu or by its
key) builds the tab and does what the tab's own item does. Once a tab is built, its own items
take the stand-ins' places, so the menus are then exactly what the tab offers.

Keep this in step with each tab's menu_actions(): tests/test_startup_lazy_tabs.py builds every
tab and checks that nothing in the menus changed. A tab not listed here is built with the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

Key = str | QKeySequence.StandardKey


@dataclass(frozen=True)
class Item:
    menu: str  # "File", "Edit", "View" or "Help"
    text: str = ""
    name: str = ""  # the action's objectName, the same as the tab's own
    keys: tuple[Key, ...] = ()
    keys_in_tip: bool = False  # the tab's tooltip says the keys: "Undo (Ctrl+Z)"
    status_tip: str = ""
    checkable: bool = False
    separator: bool = False
    enabled: str = "always"  # "always", "never" or "with a meeting" (enabled when one is chosen)


ITEMS: dict[str, tuple[Item, ...]] = {
    "ui.agenda.tab": (
        Item("Edit", "Use an agenda &template…", "agenda_template", enabled="with a meeting"),
        Item("Edit", "&Copy the last meeting's agenda…", "agenda_copy_last",
             enabled="with a meeting"),
    ),
    "ui.papers.tab": (
        Item("File", "Add paper from &file…", "add_paper_from_file"),
        Item("Edit", "Rewrite paper into &plain English…", "rewrite_paper"),
        Item("Edit", "&Glossary…", "glossary"),
    ),
    "ui.run.tab": (
        Item("View", "&Presenter view", "presenter_view", ("F5", "Ctrl+Shift+V"),
             status_tip="A large, calm view of the timer for a shared screen.", checkable=True),
    ),
    "ui.minutes.tab": (
        Item("View", separator=True),
        Item("View", "&Who came to the meeting", "minutes_attendance"),
        Item("View", "Action &log", "minutes_action_log"),
        Item("View", "Partners' &time and expenses", "minutes_involvement"),
    ),
    "ui.feedback.tab": (),
}


def _stand_in(item: Item, parent: QObject) -> QAction:
    action = QAction(item.text, parent)
    action.setObjectName(item.name)
    if item.separator:
        action.setSeparator(True)
        return action
    keys = [QKeySequence(key) for key in item.keys]
    if keys:
        action.setShortcuts(keys)
    if item.keys_in_tip:
        shown = ", ".join(key.toString(QKeySequence.SequenceFormat.NativeText) for key in keys)
        action.setToolTip(f"{item.text.replace('&', '').rstrip('…')} ({shown})")
    if item.status_tip:
        action.setStatusTip(item.status_tip)
    action.setCheckable(item.checkable)
    action.setEnabled(item.enabled == "always")
    return action


class StandIns:
    """The stand-in menu items of the tabs not built yet, keyed by the tab's module."""

    def __init__(self, parent: QWidget, build: Callable[[str], QWidget]):
        self.parent = parent
        self.build = build  # builds the tab of this module (and calls replace)
        self.made: dict[str, list[tuple[str, QAction]]] = {}
        self.retired: list[QAction] = []

    def for_tab(self, module: str, has_meeting: bool) -> list[tuple[str, QAction]] | None:
        """(menu, stand-in) for each of the tab's items; None when the tab is not described."""
        if module not in ITEMS:
            return None
        if module not in self.made:
            made = []
            for item in ITEMS[module]:
                action = _stand_in(item, self.parent)
                if not item.separator:
                    action.triggered.connect(
                        lambda _checked=False, m=module, n=item.name: self._chosen(m, n))
                made.append((item.menu, action))
            self.made[module] = made
            self.meeting_changed(has_meeting)
        return self.made[module]

    def meeting_changed(self, has_meeting: bool) -> None:
        for module, made in self.made.items():
            for item, (_menu, action) in zip(ITEMS[module], made, strict=True):
                if item.enabled == "with a meeting":
                    action.setEnabled(has_meeting)

    def _chosen(self, module: str, name: str) -> None:
        tab = self.build(module)
        for _menu, action in getattr(tab, "menu_actions", list)():
            if action.objectName() == name:
                if action.isEnabled():
                    action.trigger()  # as if the tab's own item had been chosen
                return

    def replace(self, module: str, real: list[tuple[str, QAction]]) -> None:
        """Puts the built tab's own items where its stand-ins were, in the same order."""
        made = self.made.pop(module, [])
        if not made:
            return
        menu_of = {}
        for title, stand_in in made:
            for owner in stand_in.associatedObjects():
                if isinstance(owner, QWidget):
                    menu_of.setdefault(title, (owner, stand_in))
        for index, (title, action) in enumerate(real):
            if index < len(made) and made[index][0] == title:
                for owner in made[index][1].associatedObjects():
                    if isinstance(owner, QWidget):
                        owner.insertAction(made[index][1], action)
            elif title in menu_of:  # not described here: next to the tab's other items
                menu_of[title][0].insertAction(menu_of[title][1], action)
        for _title, stand_in in made:
            for owner in stand_in.associatedObjects():
                if isinstance(owner, QWidget):
                    owner.removeAction(stand_in)
            stand_in.setShortcuts([])
            stand_in.setParent(None)  # out of the window at once (its keys are free again)
            self.retired.append(stand_in)  # it may be sending `triggered` right now
        QTimer.singleShot(0, self.retired.clear)
