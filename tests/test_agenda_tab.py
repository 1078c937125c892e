"""The Agenda tab driven as a chair would: a template on an empty meeting, adding and editing
items from the keyboard, reordering with Alt+Up/Alt+Down, undo and redo from the Edit menu,
deleting after a question, and the warning when the agenda is longer than the meeting."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from window_support import activate as _activate
from window_support import menu_action as _menu_action

from ui import announce

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def empty_meeting(window):
    """A new meeting after the example's upcoming one, chosen, with the Agenda tab showing."""
    store = window.context.store
    committee = store.committees.all()[0]
    upcoming = store.meetings.for_committee(committee.id)[0]
    meeting = store.meetings.create(committee.id, "Patient Safety Group", "2099-01-14",
                                    length_minutes=120)
    window.context.bus.changed.emit(frozenset({"meetings"}))  # the navigator lists it
    window.navigator.select("meeting", meeting)
    window.workspace.setCurrentIndex(1)
    assert window.context.meeting_id == meeting
    return meeting, upcoming.id


def agenda_tab(window):
    return window.workspace.widget(1)


def titles(store, meeting) -> list[str]:
    return [i.title for i in store.agenda.items(meeting)]


def test_a_chair_applies_a_template_to_an_empty_meeting(window, empty_meeting, qtbot,
                                                        on_next_dialog):
    meeting, _ = empty_meeting
    tab = agenda_tab(window)
    assert tab.panel.start.isVisible()
    assert "no agenda yet" in tab.panel.start_text.text()

    def choose(dialog):
        names = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        assert "Patient safety group" in names
        while dialog.list.currentItem().text() != "Patient safety group":
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        assert "A patient's story" in dialog.preview.toPlainText()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    on_next_dialog(choose)
    qtbot.mouseClick(tab.panel.template_button, Qt.MouseButton.LeftButton)
    store = window.context.store
    assert titles(store, meeting)[:2] == ["Welcome and apologies", "Declarations of interest"]
    assert tab.model.rowCount() == len(titles(store, meeting)) == 10
    assert not tab.panel.start.isVisible()
    assert tab.model.index(4, 1).data() == "A patient's story"
    assert tab.model.index(4, 2).data() == "To talk about"
    assert tab.panel.time_label.text() == ("The agenda takes 99 minutes of the meeting's 120, "
                                           "leaving 21 minutes to spare.")
    # One undo step takes the whole template away again.
    _activate(window, qtbot)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert titles(store, meeting) == []
    assert tab.panel.start.isVisible()


def test_add_edit_and_reorder_by_keyboard_with_undo_and_redo(window, empty_meeting, qtbot):
    meeting, _ = empty_meeting
    store = window.context.store
    store.agenda.add(meeting, "Welcome", minutes=5, summary="Hello.")
    store.agenda.add(meeting, "Any other business", standing="aob", minutes=5)
    tab = agenda_tab(window)
    tab.reload()
    _activate(window, qtbot)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_A, ALT)  # Add item (a button press, shown briefly)
    qtbot.waitUntil(lambda: len(titles(store, meeting)) == 3)
    # New items go before the closing items (any other business, the next meeting's date).
    assert titles(store, meeting) == ["Welcome", "New item", "Any other business"]
    editor = tab.editor
    assert editor.title.hasFocus() and editor.title.selectedText() == "New item"
    qtbot.keyClicks(editor.title, "Falls on the wards")
    qtbot.keyClick(editor.title, Qt.Key.Key_Tab)  # leaving a field saves it
    assert titles(store, meeting)[1] == "Falls on the wards"
    assert editor.purpose.hasFocus()
    while editor.purpose.currentData() != "decision":
        qtbot.keyClick(editor.purpose, Qt.Key.Key_Down)
    qtbot.keyClick(editor.purpose, Qt.Key.Key_Tab)
    qtbot.keyClicks(editor.presenter, "Maria Lopez")
    qtbot.keyClick(editor.presenter, Qt.Key.Key_Tab)
    editor.minutes.selectAll()
    qtbot.keyClicks(editor.minutes, "25")
    qtbot.keyClick(editor.minutes, Qt.Key.Key_Tab)
    assert editor.summary.hasFocus()
    qtbot.keyClicks(editor.summary, "What we learned from falls. Do we agree the plan?")
    tab.table.setFocus()  # moving on saves the summary too
    item = store.agenda.items(meeting)[1]
    assert (item.purpose, item.presenter, item.minutes, item.summary) == (
        "decision", "Maria Lopez", 25, "What we learned from falls. Do we agree the plan?")
    assert tab.model.index(1, 5).data() == "Written"
    assert tab.model.index(0, 5).data() == "Written"
    assert tab.model.index(2, 5).data() == "No plain summary yet"

    # Reorder with Alt+Up; the moved item stays chosen.
    assert tab.current_id() == item.id
    qtbot.keyClick(tab.table, Qt.Key.Key_Up, ALT)
    assert titles(store, meeting) == ["Falls on the wards", "Welcome", "Any other business"]
    assert tab.current_id() == item.id
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, ALT)
    qtbot.keyClick(tab.table, Qt.Key.Key_Down, ALT)
    assert titles(store, meeting) == ["Welcome", "Any other business", "Falls on the wards"]

    # Undo (Ctrl+Z) walks back through the moves and edits; redo (Ctrl+Shift+Z, Ctrl+Y) forward.
    undo = _menu_action(window, "Edit", "agenda_undo")
    assert undo.isEnabled() and undo.text() == "&Undo move an item"
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert titles(store, meeting) == ["Falls on the wards", "Welcome", "Any other business"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert titles(store, meeting) == ["Welcome", "Falls on the wards", "Any other business"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)  # the first move
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)  # the summary
    assert store.agenda.items(meeting)[1].summary == ""
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, CTRL)
    assert store.agenda.items(meeting)[1].summary.startswith("What we learned")
    for _ in range(5):  # summary already redone; minutes, presenter, purpose, title, add undone
        qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert titles(store, meeting) == ["Welcome", "Any other business"]
    assert not _menu_action(window, "Edit", "agenda_undo").isEnabled()


def test_buttons_move_items_and_stop_at_the_ends(window, empty_meeting, qtbot):
    meeting, _ = empty_meeting
    store = window.context.store
    for title in ("One", "Two", "Three"):
        store.agenda.add(meeting, title)
    tab = agenda_tab(window)
    tab.reload()
    tab.show_item(store.agenda.items(meeting)[0].id)
    assert not tab.panel.move_up_button.isEnabled()
    qtbot.mouseClick(tab.panel.move_down_button, Qt.MouseButton.LeftButton)
    assert titles(store, meeting) == ["Two", "One", "Three"]
    qtbot.mouseClick(tab.panel.move_down_button, Qt.MouseButton.LeftButton)
    assert titles(store, meeting) == ["Two", "Three", "One"]
    assert not tab.panel.move_down_button.isEnabled()
    assert tab.table.hasFocus()  # focus never falls off a button that became disabled


def test_delete_asks_first_and_undo_brings_the_item_and_its_paper_back(window, empty_meeting,
                                                                      qtbot, monkeypatch):
    meeting, _ = empty_meeting
    store = window.context.store
    keep = store.agenda.add(meeting, "Welcome")
    falls = store.agenda.add(meeting, "Falls", purpose="decision", minutes=25,
                             summary="Falls on the wards.")
    store.papers.add(falls, "Falls report", "Nine falls.", author="Maria Lopez")
    store.notes.save(falls, "Notes taken so far")
    store.decisions.add(falls, "Add falls to the huddle")
    tab = agenda_tab(window)
    tab.reload()
    tab.show_item(falls)
    asked = []
    monkeypatch.setattr("ui.tabs.agenda.confirm", lambda *a: asked.append(a[2]) or False)
    _activate(window, qtbot)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert "Delete 'Falls' and its 1 paper?" in asked[0]
    assert titles(store, meeting) == ["Welcome", "Falls"]  # "Keep it" keeps it
    monkeypatch.setattr("ui.tabs.agenda.confirm", lambda *a: True)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert titles(store, meeting) == ["Welcome"]
    assert store.papers.for_meeting(meeting) == []
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    items = store.agenda.items(meeting)
    assert [i.title for i in items] == ["Welcome", "Falls"]
    back = items[1]
    assert (back.purpose, back.minutes, back.summary) == ("decision", 25, "Falls on the wards.")
    (paper,) = store.papers.for_item(back.id)
    assert (paper.title, paper.body, paper.author) == ("Falls report", "Nine falls.",
                                                       "Maria Lopez")
    assert store.notes.get(back.id) == "Notes taken so far"
    assert [d.text for d in store.decisions.for_item(back.id)] == ["Add falls to the huddle"]
    assert tab.current_id() == back.id
    assert keep in [i.id for i in store.agenda.items(meeting)]


def test_undo_follows_an_item_that_came_back_with_a_new_id(window, empty_meeting, qtbot,
                                                          monkeypatch):
    meeting, _ = empty_meeting
    store = window.context.store
    falls = store.agenda.add(meeting, "Falls")
    tab = agenda_tab(window)
    tab.reload()
    _activate(window, qtbot)
    tab.show_item(falls, "title")
    qtbot.keyClicks(tab.editor.title, "Falls on wards")
    qtbot.keyClick(tab.editor.title, Qt.Key.Key_Return)
    monkeypatch.setattr("ui.tabs.agenda.confirm", lambda *a: True)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    assert titles(store, meeting) == []
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)  # back, with a new id
    (back,) = store.agenda.items(meeting)
    assert back.title == "Falls on wards"
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)  # the title edit, on the item as it is now
    assert titles(store, meeting) == ["Falls"]
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, CTRL)
    qtbot.keyClick(tab.table, Qt.Key.Key_Y, CTRL)
    assert titles(store, meeting) == []
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert titles(store, meeting) == ["Falls on wards"]


def test_the_time_warning_is_in_words(window, empty_meeting, qtbot):
    meeting, _ = empty_meeting
    store = window.context.store
    item = store.agenda.add(meeting, "Long item", minutes=100)
    tab = agenda_tab(window)
    tab.reload()
    assert not tab.panel.time_icon.isVisible()
    tab.show_item(item, "minutes")
    announce.last_announcements.clear()
    tab.editor.minutes.selectAll()
    qtbot.keyClicks(tab.editor.minutes, "140")
    qtbot.keyClick(tab.editor.minutes, Qt.Key.Key_Return)
    text = tab.panel.time_label.text()
    assert text.startswith("The agenda is 20 minutes longer than the meeting")
    assert "Shorten some items" in text
    assert tab.panel.time_icon.isVisible() and tab.panel.time_label.font().bold()
    qtbot.waitUntil(lambda: text in announce.last_announcements)
    said = list(announce.last_announcements)
    assert said.count(text) == 1  # said to screen readers once...
    assert said.index(text) > said.index("Saved.")  # ...after the "Saved." of the change
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert "20 minutes to spare" in tab.panel.time_label.text()
    assert not tab.panel.time_icon.isVisible()


def test_copy_the_last_agenda_asks_before_adding_or_replacing(window, empty_meeting, qtbot,
                                                              monkeypatch):
    meeting, upcoming = empty_meeting
    store = window.context.store
    store.agenda.add(meeting, "Already here")
    tab = agenda_tab(window)
    tab.reload()
    answers = iter([None, "replace"])
    monkeypatch.setattr("ui.agenda.questions.ask_add_or_replace", lambda *a: next(answers))
    copy = _menu_action(window, "Edit", "agenda_copy_last")
    copy.trigger()
    assert titles(store, meeting) == ["Already here"]  # kept as it was
    copy.trigger()
    upcoming_titles = titles(store, upcoming)
    assert titles(store, meeting) == upcoming_titles
    assert store.papers.for_meeting(meeting) == []  # items, not papers
    assert len(store.papers.for_meeting(upcoming)) == 2
    _activate(window, qtbot)
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_Z, CTRL)
    assert titles(store, meeting) == ["Already here"]


def test_typing_is_not_lost_when_something_else_changes_the_agenda(window, empty_meeting, qtbot):
    meeting, _ = empty_meeting
    store = window.context.store
    first = store.agenda.add(meeting, "First")
    tab = agenda_tab(window)
    tab.reload()
    tab.show_item(first, "summary")
    qtbot.keyClicks(tab.editor.summary, "Half typed")
    store.agenda.add(meeting, "Added on another screen")
    window.context.bus.changed.emit(frozenset({"agenda"}))  # the tab reloads
    assert tab.editor.summary.toPlainText() == "Half typed"
    tab.flush()  # as on closing the window
    assert store.agenda.get(first).summary == "Half typed"


def test_undo_belongs_to_the_agenda_tab_and_the_meeting(window, empty_meeting, qtbot):
    meeting, upcoming = empty_meeting
    store = window.context.store
    tab = agenda_tab(window)
    tab.add_item()
    undo = _menu_action(window, "Edit", "agenda_undo")
    assert undo.isEnabled()
    window.workspace.setCurrentIndex(0)  # another tab: Ctrl+Z is not the agenda's
    assert not undo.isEnabled()
    window.workspace.setCurrentIndex(1)
    assert undo.isEnabled()
    window.navigator.select("meeting", upcoming)
    assert not undo.isEnabled()  # a different meeting starts a fresh history
    assert titles(store, meeting) == ["New item"]


def test_empty_title_is_refused_calmly_and_put_back(window, empty_meeting, qtbot):
    meeting, _ = empty_meeting
    store = window.context.store
    item = store.agenda.add(meeting, "Falls")
    tab = agenda_tab(window)
    tab.reload()
    messages = []

    def close_messages():  # answers every message box that opens, and counts them
        box = QApplication.activeModalWidget()
        if box is not None:
            messages.append(box.text())
            box.close()

    closer = QTimer()
    closer.timeout.connect(close_messages)
    closer.start(10)
    tab.show_item(item, "title")
    tab.editor.title.clear()
    tab.table.setFocus()  # leaving the field saves it: refused, with one calm message
    closer.stop()
    assert messages == ["Please give the agenda item a title."]
    assert tab.editor.title.text() == "Falls" and store.agenda.get(item).title == "Falls"
    assert not _menu_action(window, "Edit", "agenda_undo").isEnabled()


def test_tab_goes_from_the_list_to_the_buttons_to_the_editor(window, empty_meeting, qtbot):
    meeting, _ = empty_meeting
    store = window.context.store
    for title in ("One", "Two", "Three"):
        store.agenda.add(meeting, title)
    tab = agenda_tab(window)
    tab.reload()
    _activate(window, qtbot)
    tab.show_item(store.agenda.items(meeting)[1].id)
    order = []
    for _ in range(11):
        widget = QApplication.focusWidget()
        order.append(widget.accessibleName().split(":")[0])  # the time label says its words too
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert order[:11] == ["Agenda items", "Time the agenda takes", "Add item", "Delete item",
                          "Move up", "Move down", "Title", "Purpose", "Presenter",
                          "Minutes allotted", "Plain summary"]
