"""Find in all meetings is for everyone: the audit (names, Tab order, visible focus, target
size) passes with results showing at normal and double text size, its words are plain, and
its key is in the Edit menu and in Help > Keyboard shortcuts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from meetingkit.search_results import Finder, count_line
from ui.display.audit import audit
from ui.display.discover import build, dialog_classes
from ui.search.dialog import INTRO, FindDialog
from ui.search.menu import show_find_dialog
from ui.shortcuts_window import all_shortcuts

plain = pytest.importorskip("meetingkit.plain", reason="the plain-language engine is not here")
FAILING = {"jargon", "latin", "person-first"}


def _show(window, qtbot, words: str) -> FindDialog:
    dialog = show_find_dialog(window)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.search.setText(words)
    dialog.run_search()
    return dialog


def test_the_audit_finds_the_dialog_by_itself(window):
    assert FindDialog in dialog_classes()
    dialog, why = build(FindDialog, window)
    assert dialog is not None, why
    dialog.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_the_dialog_with_results_passes_the_audit(window, qtbot, display):
    dialog = _show(window, qtbot, "the")
    kinds = {dialog.results.item(row).data(Qt.ItemDataRole.UserRole).kind
             for row in range(dialog.results.count())}
    assert kinds == {"paper", "notes", "item", "decision", "action"}  # each kind's way of being shown
    dialog.results.setFocus()
    problems = audit(dialog)
    assert problems == [], "\n".join(map(str, problems))
    empty = _show(window, qtbot, "xyzzy")
    assert audit(empty) == []


def test_the_audit_would_see_a_nameless_results_list(window, qtbot):
    dialog = _show(window, qtbot, "the")
    dialog.results.setAccessibleName("")
    for label in dialog.findChildren(QLabel):
        if label.buddy() is dialog.results:
            label.setBuddy(None)  # nothing names the list now
    assert any(p.kind == "name" for p in audit(dialog))


def _plain_problems(text: str) -> list[str]:
    return [f"{f.category} {f.text!r} in {text!r}" for f in plain.check(text).findings
            if f.category in FAILING and (f.category, f.text.lower()) != ("jargon", "key")]


@pytest.fixture
def plain_window(qtbot, store):
    """Plain names, so the user's own words (example paper titles) are not taken for ours."""
    from ui.context import AppContext
    from ui.main_window import MainWindow

    committee = store.committees.create(name="Safety group")
    meeting = store.meetings.create(committee, "Safety group", "2030-01-10")
    item = store.agenda.add(meeting, "Bed alarms")
    store.papers.add(item, "Bed alarms on the wards", "# Trial\n\nThe bed alarm trial went well.")
    store.notes.save(item, "We will buy more bed alarms.")
    store.decisions.add(item, "We agreed to buy a bed alarm for each ward.")
    store.actions.add(meeting, "Order the bed alarms", "Sam Price", item_id=item)
    store.actions.add(meeting, "Ask the wards which bed alarm they like", "Jo Evans")
    window = MainWindow(AppContext(store=store))
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_sentence_it_says_is_plain(plain_window, qtbot, store):
    dialog = _show(plain_window, qtbot, "bed alarm")
    found = Finder(store).find("bed alarm")
    assert {f.kind for f in found} == {"paper", "notes", "item", "decision", "action"}
    assert any(f.item_id is None for f in found)  # an action on no agenda item
    said = [INTRO, dialog.search.accessibleDescription(), dialog.results.accessibleDescription(),
            dialog.go_button.accessibleDescription(), dialog.search.placeholderText(),
            count_line("", []), count_line("xyz", []), count_line("bed alarm", found),
            count_line("bed alarm", found, limit=2)]
    said += [f"{f.label} {f.spoken} {f.snippet}" for f in found]
    for row in range(len(found)):
        dialog.results.setCurrentRow(row)
        dialog.choose()
        said.append(plain_window.statusBar().currentMessage())
    assert all(text.strip() for text in said)
    problems = [p for text in said for p in _plain_problems(text)]
    assert problems == []
    assert _plain_problems("The committee is asked to note the deliverables.")  # it can fail


def test_the_key_is_in_the_edit_menu_and_the_shortcuts_list(window):
    action = window.find_action
    assert action in window.menus["Edit"].actions()
    assert action.shortcut().toString() == "Ctrl+Shift+F"
    assert ("Find in all meetings", "Ctrl+Shift+F", "Edit menu") in {
        (s.what, s.keys, s.where) for s in all_shortcuts(window)}
    others = [a for menu in window.menus.values() for a in menu.actions()
              if a is not action and a.shortcut() == action.shortcut()]
    assert others == []
    letters = [a.text()[a.text().index("&") + 1].lower() for a in window.menus["Edit"].actions()
               if "&" in a.text()]
    assert letters.count("f") == 1


def test_the_menu_item_opens_it_too(window, qtbot):
    window.find_action.trigger()
    dialog = window.findChild(FindDialog)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible() and dialog.windowTitle() == "Find in all meetings"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
    assert dialog.search.accessibleName() == "Words to find"
    label = next(w for w in dialog.findChildren(QLabel)
                 if w.buddy() is dialog.search)
    assert label.text() == "&Words to find:"
    assert Qt.FocusPolicy.StrongFocus & dialog.results.focusPolicy()
