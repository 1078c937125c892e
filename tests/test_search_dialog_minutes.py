"""Find in all meetings finds agenda items, decisions and actions too, used as a person would:
Ctrl+Shift+F, type, Return, arrow to the result, Return. An agenda item opens on the Agenda tab
with the keyboard in the field the words were found in; a decision or an action opens on the
Minutes tab, chosen, with the keyboard on it (an action on no item: in the action log)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_support import activate

from meetingkit.store.changes import Changes, Kind
from ui.search.dialog import FindDialog

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
WHERE = "in the Falls Group meeting on Tuesday 6 May 2025."


@pytest.fixture(autouse=True)
def _example_made_on_a_known_day(today_is):
    today_is(date(2026, 11, 25))


@pytest.fixture
def falls(window):
    """Another committee's meeting holding the chair's words, added while the app is open."""
    store = window.context.store
    committee = store.committees.create(name="Falls Group")
    meeting = store.meetings.create(committee, "Falls Group", "2025-05-06")
    store.agenda.add(meeting, "Welcome")
    item = store.agenda.add(meeting, "Falls update", summary="How many mothers fell on the ward.")
    ids = {"meeting": meeting, "item": item,
           "decision": store.decisions.add(item, "We agreed to buy sensor mats."),
           "action": store.actions.add(meeting, "Order sensor mats for ward 4", "Maria Lopez",
                                       item_id=item),
           "loose": store.actions.add(meeting, "Ask the porters about sensor mats", "Jo Evans")}
    store.actions.update(ids["loose"], status="done")  # the action log shows open ones first
    window.context.bus.changed.emit(Changes.of_kinds(Kind.COMMITTEES, Kind.MEETINGS))
    return ids


def _find(window, qtbot, words: str) -> FindDialog:
    """Ctrl+Shift+F, the words typed, Return: the keyboard is in the results (if any)."""
    activate(window, qtbot)
    qtbot.keyClick(window.navigator, Qt.Key.Key_F, CTRL_SHIFT)
    dialog = window.findChild(FindDialog)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.search)
    qtbot.keyClicks(dialog.search, words)
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    if dialog.results.count():
        assert QApplication.focusWidget() is dialog.results
    return dialog


def _go(dialog: FindDialog, qtbot, label_starts: str) -> None:
    """Arrows down to the result whose first line begins so, and presses Return."""
    labels = [dialog.results.item(row).text().split("\n")[0]
              for row in range(dialog.results.count())]
    row = next(i for i, label in enumerate(labels) if label.startswith(label_starts))
    for _ in range(row):
        qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    assert dialog.results.currentRow() == row
    qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert not dialog.isVisible()


def test_an_item_found_by_its_title_opens_on_the_agenda_in_the_title(window, qtbot, falls):
    dialog = _find(window, qtbot, "falls update")
    assert dialog.count.text() == "1 found for \u2018falls update\u2019: 1 agenda item."
    _go(dialog, qtbot, "Agenda item 2, Falls update \u2014 Falls Group, Tue 6 May 2025")
    agenda = window.workspace.tab("agenda")
    assert window.workspace.currentWidget() is agenda
    assert window.navigator.current() == ("meeting", falls["meeting"])
    assert agenda.current_id() == falls["item"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.editor.title)
    assert agenda.editor.title.selectedText() == "Falls update"
    assert window.statusBar().currentMessage() == f"Showing agenda item 2, Falls update, {WHERE}"


def test_an_item_found_by_its_summary_opens_in_the_summary(window, qtbot, falls):
    _go(_find(window, qtbot, "mothers"), qtbot, "Agenda item 2")
    summary = window.workspace.tab("agenda").editor.summary
    qtbot.waitUntil(lambda: QApplication.focusWidget() is summary)
    assert summary.textCursor().selectedText() == "mothers"


def test_a_decision_opens_on_the_minutes_chosen_among_its_items_decisions(window, qtbot, falls):
    dialog = _find(window, qtbot, "sensor mats")
    assert dialog.count.text() == ("3 found for \u2018sensor mats\u2019: 1 decision and "
                                   "2 actions.")
    _go(dialog, qtbot, "Decision on item 2, Falls update")
    minutes = window.workspace.tab("minutes")
    assert window.workspace.currentWidget() is minutes
    assert minutes.stack.currentWidget() is minutes.item_panel
    assert minutes.item_panel.item_id == falls["item"]
    decisions = minutes.item_panel.decisions.list
    qtbot.waitUntil(lambda: QApplication.focusWidget() is decisions)
    assert decisions.currentItem().text() == "We agreed to buy sensor mats."
    assert window.statusBar().currentMessage() == (f"Showing decision on item 2, Falls update, "
                                                   f"{WHERE}")


def test_an_action_opens_on_the_minutes_chosen_among_its_items_actions(window, qtbot, falls):
    _go(_find(window, qtbot, "maria"), qtbot, "Action on item 2, Falls update \u2014 Falls Group")
    minutes = window.workspace.tab("minutes")
    assert window.workspace.currentWidget() is minutes
    assert minutes.item_panel.item_id == falls["item"]
    view = minutes.item_panel.actions.view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    assert view.chosen_ids() == [falls["action"]]
    assert view.currentIndex().row() == view.model().ids.index(falls["action"])
    assert window.statusBar().currentMessage() == (f"Showing action on item 2, Falls update, "
                                                   f"{WHERE}")


def test_an_action_on_no_item_opens_in_the_action_log_even_when_done(window, qtbot, falls,
                                                                     monkeypatch):
    said = []
    monkeypatch.setattr("ui.minutes.action_log.announce", lambda _w, text: said.append(text))
    _go(_find(window, qtbot, "porters"), qtbot, "Action (no agenda item) \u2014 Falls Group")
    minutes = window.workspace.tab("minutes")
    assert window.workspace.currentWidget() is minutes
    log = minutes.action_log
    assert minutes.stack.currentWidget() is log
    qtbot.waitUntil(lambda: QApplication.focusWidget() is log.view)
    assert log.view.chosen_ids() == [falls["loose"]]
    assert log.status.currentData() == "all"  # "Open", chosen before, would have hidden it
    assert said == ["Showing all actions, so the one you chose is in view."]  # not silently
    assert window.statusBar().currentMessage() == f"Showing action with no agenda item, {WHERE}"


def test_a_deleted_decision_is_said_kindly(window, qtbot, falls):
    dialog = _find(window, qtbot, "sensor mats")
    window.context.store.decisions.delete(falls["decision"])  # a moment ago, results not redone
    dialog.results.setCurrentRow(0)
    assert dialog.current().kind == "decision"
    dialog.choose()
    assert window.statusBar().currentMessage() == ("That is no longer there. Search again to "
                                                   "see what is.")


def test_an_item_with_no_summary_shows_the_words_found_in_its_title(window, qtbot, falls):
    dialog = _find(window, qtbot, "welcome")
    rows = [dialog.results.item(row) for row in range(dialog.results.count())]
    (entry,) = [e for e in rows if "Falls Group" in e.text()]
    assert entry.text() == ("Agenda item 1, Welcome \u2014 Falls Group, Tue 6 May 2025\n"
                            "Title: \u201cWelcome\u201d.")
    assert entry.data(Qt.ItemDataRole.AccessibleTextRole) == (
        "Agenda item 1, Welcome, in the Falls Group meeting on Tuesday 6 May 2025. Found: "
        "Title: \u201cWelcome\u201d.")


def test_results_follow_decisions_and_actions_made_while_open(window, qtbot, falls):
    dialog = _find(window, qtbot, "zebra")
    assert dialog.results.count() == 0
    store = window.context.store
    store.decisions.add(falls["item"], "We agreed to paint a zebra crossing.")
    window.context.bus.changed.emit(Changes.of_kinds(Kind.DECISIONS))
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    store.actions.add(falls["meeting"], "Ask the council about the zebra crossing")
    window.context.bus.changed.emit(Changes.of_kinds(Kind.ACTIONS))
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
