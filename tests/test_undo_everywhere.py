"""Edit > Undo and Redo (Ctrl+Z, Ctrl+Y) for every edit a person makes, from the window as they
would: notes, decisions, actions, attendance, the glossary, people and feedback. What comes
back has its own id, and each screen shows it again; the screens that do not show a change
are not redrawn for it (typing notes does not reload the Overview, say)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from window_support import activate, menu_action

from meetingkit.ops import committees, partners, quoted
from meetingkit.ops import glossary as glossary_ops
from meetingkit.ops import minutes as minutes_ops
from ui.minutes.tab import ITEM

CTRL = Qt.KeyboardModifier.ControlModifier


def _undo(window, qtbot, expected: str) -> None:
    """Ctrl+Z with the keyboard on the meetings list, as from anywhere outside a text box."""
    assert menu_action(window, "Edit", "undo").text() == f"&Undo {expected}"
    activate(window, qtbot)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Z, CTRL)
    assert window.statusBar().currentMessage() == f"Undone: {expected}."


def _redo(window, qtbot) -> None:
    activate(window, qtbot)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Y, CTRL)


@pytest.fixture
def minutes(window, qtbot):
    tab = window.workspace.tab("minutes")
    window.workspace.setCurrentWidget(tab)
    store = window.context.store
    item = next(i for i in store.agenda.items(window.context.meeting_id)
                if "patient's story" in i.title)
    tab._select(ITEM, item.id)
    return tab, item


def test_typing_in_the_notes_is_undone_as_one_step_and_shown_again(window, qtbot, minutes):
    tab, item = minutes
    store = window.context.store
    notes = tab.item_panel.notes
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "Sam told the story")
    notes.flush()
    qtbot.keyClicks(notes.editor, " of a family waiting six weeks.")
    notes.flush()  # two saves, one burst of typing
    assert store.notes.get(item.id) == "Sam told the story of a family waiting six weeks."
    _undo(window, qtbot, f"typing in the notes for {quoted(item.title)}")
    assert store.notes.get(item.id) == ""
    assert notes.editor.toPlainText() == ""  # the box shows what is stored
    _redo(window, qtbot)
    assert notes.editor.toPlainText() == "Sam told the story of a family waiting six weeks."


def test_a_decision_and_an_action_deleted_come_back_with_their_ids(window, qtbot, minutes,
                                                                   on_next_dialog):
    tab, item = minutes
    store = window.context.store
    decisions = tab.item_panel.decisions
    decisions.new_text.setFocus()
    qtbot.keyClicks(decisions.new_text, "Write to families every week.")
    qtbot.keyClick(decisions.new_text, Qt.Key.Key_Return)
    (decision,) = store.decisions.for_item(item.id)
    decisions.list.setCurrentRow(0)
    on_next_dialog(lambda box: next(b for b in box.buttons() if b.text() == "Delete").click())
    qtbot.mouseClick(decisions.delete_button, Qt.MouseButton.LeftButton)
    assert store.decisions.for_item(item.id) == []
    _undo(window, qtbot, "delete the decision 'Write to families every week.'")
    assert [d.id for d in store.decisions.for_item(item.id)] == [decision.id]
    assert decisions.list.count() == 1

    box = tab.item_panel.actions
    box.fields.what.setFocus()
    qtbot.keyClicks(box.fields.what, "Draft the weekly letter")
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    (action,) = store.actions.for_item(item.id)
    _undo(window, qtbot, "add the action 'Draft the weekly letter'")
    assert store.actions.for_item(item.id) == []
    assert box.view.model().rowCount() == 0
    _redo(window, qtbot)
    assert [a.id for a in store.actions.for_item(item.id)] == [action.id]
    assert box.view.model().rowCount() == 1


def test_attendance_glossary_people_and_feedback_each_undo(window, qtbot):
    context, store = window.context, window.context.store
    meeting = context.meeting_id
    committee = store.meetings.get(meeting).committee_id
    sam = next(p for p in store.committees.members(committee) if p.name == "Sam Okafor")
    steps = [
        (lambda: store.attendance.for_meeting(meeting),
         lambda: context.perform(None, lambda: minutes_ops.set_attendance(store, meeting, sam.id,
                                                                          "apologies")),
         "mark Sam Okafor as sending apologies"),
        (lambda: store.glossary.all(),
         lambda: context.perform(None, lambda: glossary_ops.save_term(
             store, "SIF", meaning="serious incident form")),
         "save 'SIF' in the glossary"),
        (lambda: store.committees.members(committee),
         lambda: context.perform(None, lambda: committees.remove_member(store, committee,
                                                                        sam.id)),
         "remove 'Sam Okafor' from the committee"),
        (lambda: store.feedback.for_meeting(meeting),
         lambda: context.perform(None, lambda: partners.add_feedback(store, meeting, sam.id,
                                                                    "It felt calm.")),
         "add feedback"),
    ]
    for read, change, description in steps:
        before = read()
        change()
        assert read() != before
        _undo(window, qtbot, description)
        assert read() == before


def test_typing_notes_redraws_nothing_that_does_not_show_notes(window, qtbot, minutes,
                                                               monkeypatch):
    tab, item = minutes
    window.workspace.tabs  # noqa: B018 (every tab built, all listening)
    redrawn: list[str] = []
    for name, method in (("overview", "refresh"), ("agenda", "reload"), ("papers", "reload"),
                         ("feedback", "set_meeting")):
        screen = window.workspace.tab(name)
        original = getattr(screen, method)
        monkeypatch.setattr(screen, method,
                            lambda *a, _n=name, _o=original: redrawn.append(_n) or _o(*a))
    navigator_reload = window.navigator.reload
    monkeypatch.setattr(window.navigator, "reload",
                        lambda: redrawn.append("navigator") or navigator_reload())
    notes = tab.item_panel.notes
    notes.editor.setFocus()
    for word in ("Sam ", "told ", "the ", "story."):
        qtbot.keyClicks(notes.editor, word)
        notes.flush()
    assert window.context.store.notes.get(item.id) == "Sam told the story."
    assert redrawn == []
    assert QApplication.focusWidget() is notes.editor
    # ...but a change they do show still redraws them, so the test above can fail.
    context = window.context
    context.perform(None, lambda: glossary_ops.save_term(context.store, "SIF", meaning="x"))
    context.perform(None, lambda: committees.update_meeting(context.store, context.meeting_id,
                                                            place="Room 4"))
    assert "overview" in redrawn and "navigator" in redrawn


def test_undo_during_a_round_keeps_the_round_and_the_presenter_view(window, qtbot):
    """It can fail: Undo saved waiting typing by calling every tab's close-down work, which
    ended the timer round and closed the presenter view on the shared screen."""
    context = window.context
    run = window.workspace.tab("run_meeting")
    qtbot.mouseClick(run.start_panel.start_button, Qt.MouseButton.LeftButton)
    run.presenter_action.trigger()
    assert run.session.running and run.presenter.isVisible()
    item = context.store.agenda.items(context.meeting_id)[0]
    context.perform(window, lambda: minutes_ops.add_decision(context.store, item.id,
                                                             "We agreed the plan."))
    window.history_actions.undo.trigger()
    assert context.store.decisions.for_item(item.id) == []  # undone
    assert run.session.running and run.presenter.isVisible()
    run.shut_down()


def test_the_edit_menu_names_typing_still_waiting_to_be_saved(window, qtbot, minutes):
    """It can fail: with typing not yet saved, the menu named the step before it, and
    choosing it undid the typing instead."""
    tab, item = minutes
    context = window.context
    context.perform(window, lambda: minutes_ops.add_decision(context.store, item.id,
                                                             "We agreed the plan."))
    notes = tab.item_panel.notes
    notes.editor.setFocus()
    qtbot.keyClicks(notes.editor, "Sam told the story")  # waiting: the autosave has not run
    undo = menu_action(window, "Edit", "undo")
    assert undo.text() == "&Undo add the decision 'We agreed the plan.'"
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit.popup(window.mapToGlobal(window.rect().center()))  # the person opens the Edit menu
    qtbot.waitUntil(edit.isVisible)
    assert undo.text() == f"&Undo typing in the notes for {quoted(item.title)}"
    edit.close()
    assert context.store.decisions.for_item(item.id) != []



def test_ctrl_z_in_the_people_window_brings_a_removed_person_back(window, qtbot,
                                                                  monkeypatch):
    """It can fail: Undo's keys belonged to the main window, so in the open People window
    Ctrl+Z did nothing and the list did not follow a change."""
    from ui.dialogs.people_dialog import PeopleDialog

    context = window.context
    committee = context.store.committees.all()[0].id
    dialog = PeopleDialog(window, context, committee)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    before = dialog.list.count()
    dialog.list.setCurrentRow(0)
    monkeypatch.setattr("ui.dialogs.people_dialog.confirm", lambda *args: True)
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == before - 1
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Z, CTRL)
    assert dialog.list.count() == before
