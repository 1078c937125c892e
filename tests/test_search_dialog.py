"""Find in all meetings, used as a person would: Ctrl+Shift+F, type a few words, see what was
found and where, press Return (or double-click, or Go to it) and land on the paper or the
item's notes in the right meeting, even in another committee."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_support import activate as _activate

from meetingkit.store.changes import Changes, Kind
from ui import announce
from ui.search.dialog import FindDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def _example_made_on_a_known_day(today_is):
    """The example committee is dated from today; on this day its meetings fall on Wednesday
    14 October and Wednesday 9 December 2026, the dates these tests read."""
    today_is(date(2026, 11, 25))


def _open(window, qtbot) -> FindDialog:
    _activate(window, qtbot)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, CTRL_SHIFT)
    dialog = window.findChild(FindDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
    return dialog


def _type(dialog: FindDialog, qtbot, words: str) -> None:
    qtbot.keyClicks(dialog.search, words)
    qtbot.waitUntil(lambda: not dialog.pause.isActive())  # results follow after a pause


def _labels(dialog: FindDialog) -> list[str]:
    return [dialog.results.item(row).text().split("\n")[0] for row in range(dialog.results.count())]


@pytest.fixture
def board(window):
    """A second committee with a paper and some notes, added while the app is open."""
    store = window.context.store
    committee = store.committees.create(name="Maternity Safety Board")
    meeting = store.meetings.create(committee, "Maternity Safety Board", "2025-03-04")
    item = store.agenda.add(meeting, "Bed sensors")
    paper = store.papers.add(item, "Sensor mats on the wards",
                             "# Trial\n\nThe falls sensor mat trial ran on ward 7.\n")
    notes_item = store.agenda.add(meeting, "Staffing")
    store.notes.save(notes_item, "Nobody mentioned it.\n\nWe agreed to buy two more "
                                 "pressure pads for ward 9.")
    window.context.bus.changed.emit(Changes.of_kinds(Kind.COMMITTEES, Kind.MEETINGS))
    return {"meeting": meeting, "paper": paper, "notes_item": notes_item}


def test_typing_return_return_opens_the_paper_in_another_committee(window, qtbot, board):
    assert window.navigator.current() != ("meeting", board["meeting"])
    dialog = _open(window, qtbot)
    assert not dialog.isModal()
    _type(dialog, qtbot, "falls sensor mat")
    assert _labels(dialog) == [
        "Paper: Sensor mats on the wards \u2014 Maternity Safety Board, Tue 4 Mar 2025"]
    assert "The \u201cfalls sensor mat\u201d trial" in dialog.results.item(0).text()
    assert dialog.count.text() == "1 found for \u2018falls sensor mat\u2019: 1 paper."
    assert announce.last_announcements[-1] == dialog.count.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is dialog.results
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.navigator.current() == ("meeting", board["meeting"])
    papers = window.workspace.tab("papers")
    assert window.workspace.currentWidget() is papers
    assert papers.page.paper.id == board["paper"]
    editor = papers.page.editor
    assert editor.textCursor().selectedText() == "falls sensor mat"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    assert window.statusBar().currentMessage().startswith(
        "Showing paper: Sensor mats on the wards, in the Maternity Safety Board meeting on "
        "Tuesday 4 March 2025.")


def test_notes_open_on_the_minutes_tab_at_that_item(window, qtbot, board):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "pressure pads")
    assert _labels(dialog) == [
        "Notes for item 2, Staffing \u2014 Maternity Safety Board, Tue 4 Mar 2025"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    minutes = window.workspace.tab("minutes")
    assert window.workspace.currentWidget() is minutes
    assert window.navigator.current() == ("meeting", board["meeting"])
    assert minutes.item_panel.item_id == board["notes_item"]
    assert minutes.stack.currentWidget() is minutes.item_panel
    editor = minutes.item_panel.notes.editor
    assert "pressure pads" in editor.toPlainText()
    assert editor.textCursor().selectedText() == "pressure pads"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)


def test_demo_notes_and_go_to_it_button(window, qtbot):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "older people's wards")
    assert len(_labels(dialog)) == 1
    qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
    minutes = window.workspace.tab("minutes")
    assert window.workspace.currentWidget() is minutes
    meeting = window.context.store.meetings.get(window.navigator.current()[1])
    assert meeting.date == "2026-10-14"
    item = window.context.store.agenda.get(minutes.item_panel.item_id)
    assert item.title == "Falls on the wards"


def test_double_click_opens_the_chosen_result(window, qtbot, board):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "ward")  # the example's notes and the board's paper and notes
    labels = _labels(dialog)
    row = next(i for i, label in enumerate(labels) if label.startswith("Paper: Sensor mats"))
    rect = dialog.results.visualItemRect(dialog.results.item(row))
    # a real double-click is a click, then a second press that Qt reports as a double-click
    qtbot.mouseClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigator.current() != ("meeting", board["meeting"])  # one click only chooses
    qtbot.mouseDClick(dialog.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigator.current() == ("meeting", board["meeting"])
    assert window.workspace.tab("papers").page.paper.id == board["paper"]


def test_nothing_found_is_said_kindly_and_return_stays_in_the_box(window, qtbot):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "xyzzy")
    assert dialog.results.count() == 0
    message = "Nothing found for \u2018xyzzy\u2019. Try fewer or different words."
    assert dialog.count.text() == message
    assert announce.last_announcements[-1] == message
    assert not dialog.go_button.isEnabled()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert QApplication.focusWidget() is dialog.search


def test_return_searches_at_once_without_waiting(window, qtbot):
    dialog = _open(window, qtbot)
    qtbot.keyClicks(dialog.search, "PSIRF")
    assert dialog.pause.isActive()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert _labels(dialog)[0].startswith("Paper: PSIRF implementation update \u2014 ")
    assert QApplication.focusWidget() is dialog.results


def test_escape_closes_and_ctrl_shift_f_brings_back_the_same_words(window, qtbot):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "PSIRF")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    again = _open(window, qtbot)
    assert again is dialog
    assert dialog.search.text() == "PSIRF" and dialog.search.selectedText() == "PSIRF"
    assert len(_labels(dialog)) == 1


def test_results_follow_changes_made_while_open(window, qtbot):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "zebra")
    assert dialog.results.count() == 0
    store = window.context.store
    item = store.agenda.items(store.meetings.for_committee(store.committees.all()[0].id)[0].id)[0]
    store.notes.save(item.id, "A zebra crossing outside the hospital.")
    window.context.bus.changed.emit(Changes.of_kinds(Kind.NOTES))
    qtbot.waitUntil(lambda: dialog.results.count() == 1)


def test_hostile_words_typed_never_fail(window, qtbot):
    dialog = _open(window, qtbot)
    for words in ['"', "NEAR(", "falls AND OR", "*", "a", "title:x", "-", "'", "^", "(("]:
        dialog.search.clear()
        _type(dialog, qtbot, words)
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
        assert dialog.count.text()
        dialog.search.setFocus()


def test_each_result_is_spoken_in_full(window, qtbot):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "PSIRF")
    spoken = dialog.results.item(0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith("Paper: PSIRF implementation update, in the Patient Safety Group "
                             "(example) meeting on Wednesday 9 December 2026. Found: ")
    assert "\u201cPSIRF\u201d" in spoken


def test_tab_goes_box_results_button_close(window, qtbot):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "PSIRF")
    order = [QApplication.focusWidget()]
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order[:3] == [dialog.search, dialog.results, dialog.go_button]
    assert order[3].accessibleName() == "Close"


def test_a_result_deleted_meanwhile_is_said_kindly(window, qtbot, board):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "falls sensor mat")
    window.context.store.papers.delete(board["paper"])  # by another window, a moment ago
    dialog.choose()
    assert window.statusBar().currentMessage() == ("That is no longer there. Search again to "
                                                   "see what is.")
    window.context.store.meetings.delete(board["meeting"])
    window.context.bus.changed.emit(Changes.of_kinds(Kind.MEETINGS))  # the navigator lets it go
    dialog.choose()  # before the results catch up
    assert window.statusBar().currentMessage().startswith("That meeting is no longer there.")


def test_a_word_still_being_typed_finds_the_words_it_begins(window, qtbot, board):
    dialog = _open(window, qtbot)
    _type(dialog, qtbot, "falls sens")
    assert any(label.startswith("Paper: Sensor mats on the wards") for label in _labels(dialog))
    # a space says the word is finished: now only whole words are found
    _type(dialog, qtbot, " ")
    assert not any(label.startswith("Paper: Sensor mats") for label in _labels(dialog))
    assert dialog.results.count() == 0
