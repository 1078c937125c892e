"""Help > Keyboard shortcuts: every key in one searchable table that screen readers can read
(a table with column headers). The menu keys are collected from the main window's own actions,
so the list never goes out of date; keys that work inside one panel are listed below, and a tab
may add its own with `keyboard_keys() -> [(what it does, keys)]`."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.announce import announce
from ui.forms import enable_clear_button
from ui.papers.fitted import fitted_size

HEADERS = ("What it does", "Keys", "Where")
BUTTON_HINT = "Shortcut key:"


@dataclass(frozen=True)
class Shortcut:
    what: str
    keys: str
    where: str


# Keys that work inside a panel rather than from a menu. Keep in step with the panels.
PANEL_KEYS: tuple[Shortcut, ...] = (
    Shortcut("Move to the next part of the window", "Tab", "Everywhere"),
    Shortcut("Move to the part before", "Shift+Tab", "Everywhere"),
    Shortcut("Open a menu", "Alt and the underlined letter, or F10", "Everywhere"),
    Shortcut("Press the focused button, or tick a box", "Space", "Everywhere"),
    Shortcut("Press the focused button", "Enter", "Everywhere"),
    Shortcut("Close a window without saving", "Esc", "Windows and messages"),
    Shortcut("Move up and down the list", "Up and Down arrows", "Committees and meetings"),
    Shortcut("A day later or earlier", "Up and Down arrows", "Date boxes"),
    Shortcut("A month later or earlier", "Page Up and Page Down", "Date boxes"),
    Shortcut("Open the calendar", "Alt+Down", "Date boxes"),
    Shortcut("Next heading, or the one before", "H, Shift+H", "Plain view and review packs"),
    Shortcut("Next word with a meaning, or the one before", "W, Shift+W",
             "Plain view and review packs"),
    Shortcut("Say what a word means", "Enter on the word", "Plain view and review packs"),
    Shortcut("Paper only, or the title and questions again", "F11", "Review packs"),
    Shortcut("Full screen on or off", "F11", "Run the meeting: large view"),
    Shortcut("Leave full screen", "Esc", "Run the meeting: large view"),
)


def plain_text(text: str) -> str:
    """'&New meeting…' -> 'New meeting' (a lone '&&' stays as '&')."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(action: QAction) -> str:
    return " or ".join(key.toString(QKeySequence.SequenceFormat.NativeText)
                       for key in action.shortcuts() if not key.isEmpty())


def _mnemonic(title: str) -> str:
    at = title.replace("&&", "").find("&")
    return title.replace("&&", "")[at + 1].upper() if 0 <= at < len(title) - 1 else ""


def _walk(menu: QMenu, where: str, found: list[Shortcut]) -> None:
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            _walk(action.menu(), f"{where} > {plain_text(action.text())}", found)
        elif keys_text(action):
            found.append(Shortcut(plain_text(action.text()), keys_text(action), where))


def _tab_of(window: QMainWindow, owner: object) -> str:
    """The workspace tab a widget is in ('Agenda'), or 'Main window'."""
    tabs = {id(tab): tab for tab in getattr(getattr(window, "workspace", None), "tabs", [])}
    while isinstance(owner, QWidget):
        if id(owner) in tabs:
            return owner.accessibleName().removesuffix(" tab")
        owner = owner.parentWidget()
    return "Main window"


def menu_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """Every menu and every menu item with a key, read from the window as it is now."""
    found: list[Shortcut] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if menu is None:
            continue
        title = plain_text(top.text())
        letter = _mnemonic(top.text())
        if letter:
            found.append(Shortcut(f"Open the {title} menu", f"Alt+{letter}", "Menus"))
        _walk(menu, f"{title} menu", found)
    in_menus = {id(action) for menu in window.findChildren(QMenu) for action in menu.actions()}
    for action in window.findChildren(QAction):  # keys that work without a menu item
        if id(action) not in in_menus and keys_text(action):
            found.append(Shortcut(plain_text(action.text()), keys_text(action),
                                  _tab_of(window, action.parent())))
    return found


def panel_shortcuts(window: QMainWindow) -> list[Shortcut]:
    """The documented keys, keys a tab lists with keyboard_keys(), and buttons that say
    'Shortcut key: P' in their accessible description (the timer's buttons do)."""
    found = list(PANEL_KEYS)
    workspace = getattr(window, "workspace", None)
    for tab in getattr(workspace, "tabs", []):
        title = tab.accessibleName().removesuffix(" tab") or "Tab"
        provider = getattr(tab, "keyboard_keys", None)
        if provider:
            found.extend(Shortcut(what, keys, title) for what, keys in provider())
        for button in tab.findChildren(QAbstractButton):
            hint = button.accessibleDescription()
            if hint.startswith(BUTTON_HINT):
                what = plain_text(button.text().split("[")[0])
                found.append(Shortcut(what, hint[len(BUTTON_HINT):].strip(), title))
    return list(dict.fromkeys(found))


def all_shortcuts(window: QMainWindow) -> list[Shortcut]:
    return menu_shortcuts(window) + panel_shortcuts(window)


class ShortcutsWindow(QDialog):
    def __init__(self, window: QMainWindow, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setWindowTitle("Keyboard shortcuts")
        self.shortcuts = all_shortcuts(window)
        intro = QLabel("Everything can be done from the keyboard. Type a word to search the "
                       "list, for example 'text' or 'meeting'.")
        intro.setWordWrap(True)
        form = QFormLayout()
        self.search = QLineEdit()
        enable_clear_button(self.search, "Clear the search")
        self.search.setPlaceholderText("For example: text size")
        search_label = QLabel("&Search:")
        search_label.setBuddy(self.search)
        self.search.setAccessibleName("Search shortcuts")
        form.addRow(search_label, self.search)
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels(list(HEADERS))
        for shortcut in self.shortcuts:
            row = [QStandardItem(shortcut.what), QStandardItem(shortcut.keys),
                   QStandardItem(shortcut.where)]
            for item in row:
                item.setEditable(False)
            self.model.appendRow(row)
        self.filter = QSortFilterProxyModel(self)
        self.filter.setSourceModel(self.model)
        self.filter.setFilterKeyColumn(-1)  # search every column
        self.filter.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setAccessibleName("Keyboard shortcuts")
        self.table.setAccessibleDescription("Three columns: what it does, the keys, and where "
                                            "they work")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move inside it
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.count = QLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self.find)
        self.find("")
        # In characters and lines of the text size, within the screen with room for the window's
        # title bar (sized to the whole screen, the frame ran past a laptop's edge).
        self.resize(fitted_size(self, 110, 32))

    def find(self, text: str) -> None:
        self.filter.setFilterFixedString(text.strip())
        shown = self.filter.rowCount()
        message = f"{shown} shortcut{'s' if shown != 1 else ''} shown."
        if text.strip() and not shown:
            message = "No shortcut matches. Try a shorter word."
        self.count.setText(message)
        if text.strip():
            announce(self.count, message)  # heard without leaving the search box

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows now, as text (for tests and for copying)."""
        return [tuple(self.filter.index(row, column).data() for column in range(len(HEADERS)))
                for row in range(self.filter.rowCount())]


def show_shortcuts(window: QMainWindow) -> None:
    """Opens the list (not modal, so people can keep it open while they work)."""
    existing = getattr(window, "_shortcuts_window", None)
    if existing is not None and existing.isVisible():
        existing.raise_()
        existing.activateWindow()
        return
    dialog = ShortcutsWindow(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window._shortcuts_window = dialog
    dialog.destroyed.connect(lambda: setattr(window, "_shortcuts_window", None))
    dialog.show()
