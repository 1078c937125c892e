"""The workspace builds each tab the first time it is needed, so the window opens sooner. Used as
a person would, nothing may tell: a tab shows the chosen meeting when it is opened, its menu
items and keys work before it was ever shown, what changed meanwhile is there, typing is saved on
close, and the menus and Help > Keyboard shortcuts are the same as with every tab built."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from window_support import activate as _activate
from window_support import menu_action as _menu_action

from meetingkit.store.changes import Changes, Kind
from ui.minutes.tab import ACTION_LOG, ITEM, MinutesTab
from ui.tab_menus import ITEMS
from ui.workspace import NAMES, TABS

CTRL = Qt.KeyboardModifier.ControlModifier


def _menus(window) -> list[tuple]:
    """Everything a person can find in the menus, and every key they hold, in order."""
    seen = []

    def walk(menu: QMenu, where: str) -> None:
        for action in menu.actions():
            seen.append((where, action.text(), action.objectName(), action.isSeparator(),
                         tuple(k.toString() for k in action.shortcuts()),
                         action.shortcutContext(), action.isEnabled(), action.isVisible(),
                         action.isCheckable(), action.isChecked(), action.toolTip(),
                         action.statusTip(), action.menu() is not None))
            if action.menu() is not None:
                walk(action.menu(), f"{where} > {action.text()}")

    for top in window.menuBar().actions():
        walk(top.menu(), top.text())
    return seen


def _click_tab(window, qtbot, title: str) -> None:
    bar = window.workspace.tabBar()
    index = next(i for i in range(bar.count()) if bar.tabText(i) == title)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.workspace.currentIndex() == index


def _parts(minutes: MinutesTab) -> list[str]:
    return [minutes.parts.item(row).text() for row in range(minutes.parts.count())]


def test_the_window_opens_with_only_the_first_tab_built(window):
    assert [window.workspace.is_built(name) for name in NAMES] == [True] + [False] * 5
    assert window.workspace.currentWidget().accessibleName() == "Overview tab"
    assert [window.workspace.tabText(i) for i in range(window.workspace.count())] == \
        [title for title, *_ in TABS]


def test_clicking_a_tab_shows_it_for_the_chosen_meeting(window, qtbot):
    store, meeting = window.context.store, window.context.meeting_id
    _click_tab(window, qtbot, "Minutes")
    minutes = window.workspace.currentWidget()
    assert isinstance(minutes, MinutesTab) and minutes.isVisible()
    assert minutes.meeting_id == meeting
    items = [f"{i.position + 1}. {i.title}" for i in store.agenda.items(meeting)]
    assert items and _parts(minutes)[1:-2] == items
    assert minutes.stack.currentWidget() is minutes.attendance


def test_ctrl_tab_moves_the_keyboard_into_each_new_tab(window, qtbot):
    _activate(window, qtbot)
    window.workspace.currentWidget().summary.setFocus()
    for index in range(1, len(TABS)):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, CTRL)
        tab = window.workspace.currentWidget()
        assert window.workspace.currentIndex() == index
        assert tab.isVisible() and tab.isAncestorOf(QApplication.focusWidget()), TABS[index][0]


def test_changes_made_before_a_tab_is_opened_are_shown_in_it(window, qtbot):
    store, bus = window.context.store, window.context.bus
    meeting = window.context.meeting_id
    store.agenda.add(meeting, "Noise on the night ward")
    bus.changed.emit(Changes.of_kinds(Kind.AGENDA))
    other = store.meetings.previous(meeting)
    window.navigator.select("meeting", other.id)  # and another meeting is chosen meanwhile
    window.navigator.select("meeting", meeting)
    assert not window.workspace.is_built("minutes")
    _click_tab(window, qtbot, "Minutes")
    assert "Noise on the night ward" in " ".join(_parts(window.workspace.currentWidget()))


def test_a_tab_opened_after_choosing_another_meeting_shows_that_meeting(window, qtbot):
    store = window.context.store
    other = store.meetings.previous(window.context.meeting_id)
    window.navigator.select("meeting", other.id)
    _click_tab(window, qtbot, "Agenda")
    agenda = window.workspace.currentWidget()
    assert agenda.meeting_id == other.id
    assert agenda.items == store.agenda.items(other.id)


def test_the_presenter_key_works_before_run_the_meeting_was_opened(window, qtbot):
    _activate(window, qtbot)
    assert not window.workspace.is_built("run_meeting")
    qtbot.keyClick(window, Qt.Key.Key_F5)
    run = window.workspace.tab("run_meeting")
    assert run.presenter is not None and run.presenter.isVisible()
    assert window.workspace.currentIndex() == 0  # the presenter view opens; the tab stays
    assert _menu_action(window, "View", "presenter_view") is run.presenter_action
    assert run.presenter_action.isChecked()  # the menu tick follows the window
    _activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not run.presenter.isVisible() and not run.presenter_action.isChecked()


def test_a_menu_item_of_a_tab_not_yet_opened_goes_there(window, qtbot):
    _menu_action(window, "View", "minutes_action_log").trigger()
    minutes = window.workspace.currentWidget()
    assert isinstance(minutes, MinutesTab)
    assert minutes.stack.currentWidget() is minutes.action_log
    assert minutes.parts.currentItem().text() == "Action log (all meetings)"
    assert minutes.isAncestorOf(QApplication.focusWidget())


def test_a_menu_item_chosen_from_the_open_menu_builds_its_tab(window, qtbot):
    _activate(window, qtbot)
    view = window.menus["View"]
    window.menuBar().setActiveAction(view.menuAction())
    qtbot.waitUntil(view.isVisible)
    item = _menu_action(window, "View", "minutes_attendance")
    view.setActiveAction(item)
    qtbot.keyClick(view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: isinstance(window.workspace.currentWidget(), MinutesTab))
    minutes = window.workspace.currentWidget()
    assert minutes.stack.currentWidget() is minutes.attendance
    assert item not in window.menus["View"].actions()  # the tab's own item took its place
    assert _menu_action(window, "View", "minutes_attendance") in \
        [action for _menu, action in minutes.menu_actions()]


@pytest.mark.parametrize("chosen", ["meeting", "committee"])
def test_menus_are_the_same_before_and_after_every_tab_is_built(window, chosen):
    if chosen == "committee":  # no meeting chosen: the agenda's items are greyed out
        window.navigator.select("committee", window.context.store.committees.all()[0].id)
    before = _menus(window)
    assert window.workspace.tabs  # builds every tab
    assert all(window.workspace.is_built(name) for name in NAMES)
    assert _menus(window) == before
    names = {row[2] for row in before}
    assert {item.name for items in ITEMS.values() for item in items} <= names


def test_stand_ins_follow_the_chosen_meeting(window):
    meeting = window.context.meeting_id
    template = _menu_action(window, "Edit", "agenda_template")
    assert template.isEnabled()
    window.navigator.select("committee", window.context.store.committees.all()[0].id)
    assert not template.isEnabled()
    window.navigator.select("meeting", meeting)
    assert template.isEnabled()
    assert not window.workspace.is_built("agenda")


def test_undo_is_the_windows_own_and_needs_no_tab_built(window, qtbot):
    """Undo and Redo belong to the main window, not a tab: they are there, with their keys,
    before any tab but the first is built, and stay the same actions once they are."""
    _activate(window, qtbot)
    undo = _menu_action(window, "Edit", "undo")
    assert not undo.isEnabled() and undo.text() == "&Undo"
    assert undo.shortcuts() == [QKeySequence(QKeySequence.StandardKey.Undo)]
    assert [k.toString() for k in _menu_action(window, "Edit", "redo").shortcuts()] == [
        "Ctrl+Y", "Ctrl+Shift+Z"]
    window.workspace.tabs  # noqa: B018 (builds them)
    assert _menu_action(window, "Edit", "undo") is undo


def test_keyboard_shortcuts_lists_the_keys_of_tabs_not_yet_opened(window, qtbot):
    _activate(window, qtbot)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Slash, CTRL)
    dialog = window._shortcuts_window
    qtbot.waitExposed(dialog)
    rows = dialog.rows()
    alt_up = QKeySequence("Alt+Up").toString(QKeySequence.SequenceFormat.NativeText)
    assert ("Move up", alt_up, "Agenda") in rows  # a key inside the Agenda tab
    assert any(r[0] == "One more minute for the speaker" and r[2] == "Run the meeting"
               for r in rows)
    assert any(r[0] == "Presenter view" and r[2] == "View menu" for r in rows)


def test_closing_saves_notes_typed_in_a_tab_opened_late(window, qtbot):
    store = window.context.store
    meeting = window.context.meeting_id
    item = store.agenda.items(meeting)[-1]
    _click_tab(window, qtbot, "Minutes")
    minutes = window.workspace.currentWidget()
    minutes._select(ITEM, item.id)
    notes = minutes.item_panel.notes.editor
    notes.setFocus()
    qtbot.keyClicks(notes, "Sam asked for large print.")
    assert minutes.item_panel.notes.saver.pending
    window.close()  # before the autosave's timer
    assert store.notes.get(item.id) == "Sam asked for large print."
    assert not window.workspace.is_built("feedback")  # closing builds nothing


def test_the_accessor_gives_a_built_tab_without_showing_it(window):
    minutes = window.workspace.tab("minutes")
    assert isinstance(minutes, MinutesTab) and not minutes.isVisible()
    assert minutes.meeting_id == window.context.meeting_id
    assert window.workspace.widget(NAMES.index("minutes")) is minutes
    assert window.workspace.indexOf(minutes) == NAMES.index("minutes")
    assert window.workspace.currentIndex() == 0
    minutes.show_part(ACTION_LOG)
    assert window.workspace.currentWidget() is minutes



def test_after_start_builds_the_other_tabs_without_moving_the_user(window, qtbot, monkeypatch):
    from ui import app

    monkeypatch.setattr("ui.safety.backup_actions.backup_in_background", lambda *_args: None)
    _activate(window, qtbot)
    window.navigator.setFocus()
    before = _menus(window)
    app.after_start(window)
    assert not window.workspace.is_built("feedback")  # one tab per turn, not all at once
    qtbot.waitUntil(lambda: all(window.workspace.is_built(name) for name in NAMES))
    assert window.workspace.currentIndex() == 0
    assert QApplication.focusWidget() is window.navigator
    assert _menus(window) == before
    _click_tab(window, qtbot, "Feedback")
    assert window.workspace.currentWidget().meeting_id == window.context.meeting_id
