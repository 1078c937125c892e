"""Help > Keyboard shortcuts, used as a person would: opened by its key, searched, read as a
table with column headings; and the keys themselves: none is used twice."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QToolButton

from ui import announce
from ui.shortcuts_window import HEADERS, ShortcutsWindow, all_shortcuts


def _open(window, qtbot) -> ShortcutsWindow:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = window._shortcuts_window
    qtbot.waitExposed(dialog)
    return dialog


def test_ctrl_slash_opens_a_table_of_every_menu_key(window, qtbot):
    dialog = _open(window, qtbot)
    rows = dialog.rows()
    assert ("New meeting", QKeySequence("Ctrl+N").toString(
        QKeySequence.SequenceFormat.NativeText), "File menu") in rows
    bigger = next(r for r in rows if r[0] == "Bigger text")
    assert "Ctrl++" in bigger[1] and "Ctrl+=" in bigger[1]
    assert ("Open the View menu", "Alt+V", "Menus") in rows
    headers = [dialog.table.model().headerData(i, Qt.Orientation.Horizontal)
               for i in range(len(HEADERS))]
    assert headers == list(HEADERS)
    assert dialog.table.horizontalHeader().isVisible()
    assert dialog.table.accessibleName() == "Keyboard shortcuts"
    assert not dialog.table.tabKeyNavigation()  # Tab leaves the table: no trap
    assert not dialog.isModal()  # it can stay open beside the work


def test_every_menu_item_with_a_key_is_listed(window, qtbot):
    listed = {(s.what, s.keys) for s in all_shortcuts(window)}
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            keys = " or ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                               for k in action.shortcuts())
            if keys and not action.isSeparator():
                what = action.text().replace("&", "").rstrip("…").strip()
                assert (what, keys) in listed, what


def test_search_narrows_the_list_and_says_how_many(window, qtbot):
    dialog = _open(window, qtbot)
    everything = len(dialog.rows())
    qtbot.keyClicks(dialog.search, "text")
    shown = dialog.rows()
    assert 0 < len(shown) < everything
    assert all(any("text" in cell.lower() for cell in row) for row in shown)
    assert announce.last_announcements[-1] == f"{len(shown)} shortcuts shown."
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "zzzz")
    assert dialog.rows() == []
    assert announce.last_announcements[-1].startswith("No shortcut matches")


def test_keys_that_work_inside_panels_are_listed_too(window):
    rows = {(s.what, s.keys) for s in all_shortcuts(window)}
    assert ("Move to the next part of the window", "Tab") in rows
    assert ("Full screen on or off", "F11") in rows


def test_a_tab_can_add_its_own_keys(window):
    tab = window.workspace.tabs[0]
    tab.keyboard_keys = lambda: [("Read the next line", "Ctrl+J")]
    assert ("Read the next line", "Ctrl+J") in {(s.what, s.keys) for s in all_shortcuts(window)}


def test_no_key_is_given_to_two_actions(window):
    """Qt runs neither action when two share a key in the same window, so both would be lost."""
    keys: Counter[str] = Counter()
    for action in window.findChildren(QAction):
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut or \
                action.shortcutContext() == Qt.ShortcutContext.ApplicationShortcut:
            for key in action.shortcuts():
                keys[key.toString()] += 1
    assert [key for key, count in keys.items() if count > 1] == []


def test_every_menu_has_its_own_letter(window):
    letters = []
    for action in window.menuBar().actions():
        text = action.text()
        assert "&" in text, text
        letters.append(text[text.index("&") + 1].lower())
    assert len(letters) == len(set(letters))


def test_the_list_passes_the_audit_with_words_typed(window, qtbot):
    # Qt's clear button appears once there is text: it is named, and the audit knows the
    # keyboard clears the box itself, so only a nameless one would be a problem.
    from ui.display.audit import audit

    dialog = _open(window, qtbot)
    dialog.search.setFocus()
    qtbot.keyClicks(dialog.search, "tab")
    clear = [b for b in dialog.search.findChildren(QToolButton) if b.isVisible()]
    assert clear and clear[0].accessibleName() == "Clear the search"
    assert audit(dialog) == []
    clear[0].setAccessibleName("")
    assert any(p.kind == "name" for p in audit(dialog))
