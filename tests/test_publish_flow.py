"""Sending the meeting pack, driven as a chair would: the Overview shows the deadline and the
pack budget; the check lists what would get in a partner's way; the chair goes to fix one, or
sends anyway with a reason; a late pack is recorded (and shown) as late."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from window_support import menu_action as _menu_action

from meetingkit import clock
from meetingkit.store.changes import Changes, Kind
from ui import announce


@pytest.fixture(autouse=True)
def files_made_quietly(monkeypatch, tmp_path):
    """Sending makes files (tests/test_publish_send.py drives that part): here they go to a
    temporary folder, nothing is opened, and the closing message is noted, not shown."""
    opened, told = [], []
    monkeypatch.setattr("ui.publish.send_files.choose_folder", lambda parent: tmp_path)
    monkeypatch.setattr("ui.publish.send_files.open_in_system",
                        lambda path: opened.append(path) or True)
    monkeypatch.setattr("ui.publish.send_flow.tell", lambda *args: told.append(args))
    monkeypatch.setattr("ui.publish.send_files.confirm_patient_details", lambda *args: True)
    return opened, told


@pytest.fixture
def overview(window, qtbot):
    window.workspace.setCurrentIndex(0)
    tab = window.workspace.widget(0)
    qtbot.waitUntil(lambda: "The meeting pack" in tab.pack.text())  # filled in just after
    return tab


def pack_text(overview, qtbot, *words: str) -> str:
    """The pack section once it shows all of `words` (it refreshes just after a change)."""
    qtbot.waitUntil(lambda: all(w in overview.pack.text() for w in words))
    return overview.pack.text()


def upcoming(window) -> int:
    return window.context.meeting_id


def test_overview_shows_the_deadline_and_the_pack_budget(window, overview):
    text = overview.pack.text()
    assert "Not sent yet." in text and "Send the pack by" in text
    assert "working days from today" in text
    assert "The meeting pack has 2 papers and 352 words" in text
    assert "200 words a minute" in text and "within the committee's limit of 12,000" in text
    assert "The longest papers: PSIRF implementation update" in text
    assert "Send the meeting pack" in overview.summary.text()  # on the to-do list
    assert overview.send_button.isVisible()
    assert _menu_action(window, "File", "send_meeting_pack").isEnabled()


def test_the_budget_warns_when_the_pack_is_over_the_word_limit(window, overview, qtbot):
    store = window.context.store
    committee = store.committees.all()[0]
    store.committees.update(committee.id, pack_word_limit=300)
    window.context.bus.changed.emit(Changes.of_kinds(Kind.COMMITTEES))
    pack_text(overview, qtbot, "<b>That is 52 words over the committee's limit of 300 words.")


def test_problems_are_listed_and_sending_anyway_needs_a_reason(window, overview, qtbot,
                                                               on_next_dialog):
    seen = {}

    def send_anyway(dialog):
        problems = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        seen["problems"] = problems
        seen["send_enabled_before"] = dialog.send_button.isEnabled()
        qtbot.keyClicks(dialog.reason, "The medicines paper comes back rewritten next week")
        seen["send_enabled_after"] = dialog.send_button.isEnabled()
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    on_next_dialog(send_anyway)
    qtbot.mouseClick(overview.send_button, Qt.MouseButton.LeftButton)
    problems = seen["problems"]
    assert any("How we learn from patient safety incidents: no plain summary yet" in p
               for p in problems)
    assert any("needs a reading age of about" in p for p in problems)
    assert any("acronyms without explaining them" in p and "PSIRF" in p for p in problems)
    assert not seen["send_enabled_before"] and seen["send_enabled_after"]
    meeting = window.context.store.meetings.get(upcoming(window))
    assert meeting.status == "pack_published" and meeting.published_on_time == 1
    assert meeting.published_at.startswith(clock.today().isoformat())
    assert meeting.publish_note.startswith(
        f"Sent with {len(problems)} problems still open. Reason: "
        "The medicines paper comes back rewritten next week\nFiles: ")
    pack_text(overview, qtbot, "on time.", "comes back rewritten next week")
    assert "Send the meeting pack" not in overview.summary.text()
    assert "again" in overview.send_button.text()
    assert announce.last_announcements[-1] == (
        "The meeting pack is made and recorded as sent, on time.")


def _go_to_problem(window, qtbot, on_next_dialog, words: str, click: bool = False) -> None:
    """Send the meeting pack, arrow down the check's list to the problem that says `words`, and
    go to it: Enter on it, or a click on Go to this and fix it."""
    def go(dialog):
        while words not in dialog.list.currentItem().text():
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        if click:
            qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    on_next_dialog(go)
    _menu_action(window, "File", "send_meeting_pack").trigger()


def test_go_to_a_problem_opens_the_item_to_fix(window, overview, qtbot, on_next_dialog):
    _go_to_problem(window, qtbot, on_next_dialog, "no plain summary yet", click=True)
    agenda = window.workspace.widget(1)
    assert window.workspace.currentWidget() is agenda
    item = window.context.store.agenda.get(agenda.current_id())
    assert item.title == "How we learn from patient safety incidents"
    window.activateWindow()  # as the desktop does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.editor.summary)
    assert window.context.store.meetings.get(upcoming(window)).published_at is None


def test_patient_details_in_a_summary_go_to_the_summary_with_them_selected(
        window, overview, qtbot, on_next_dialog):
    """It can fail: this went to the title with all of it selected, so the first key typed
    replaced the item's title."""
    from meetingkit.ops import agenda as agenda_ops

    store = window.context.store
    item = next(i for i in store.agenda.items(upcoming(window)) if "patient's story" in i.title)
    window.context.perform(window, lambda: agenda_ops.update_item(
        store, item.id, summary="We hear from Mrs Joan Smith, NHS number 943 476 5919."))

    _go_to_problem(window, qtbot, on_next_dialog, "a patient's details")
    agenda = window.workspace.widget(1)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.editor.summary)
    selected = agenda.editor.summary.textCursor().selectedText()
    assert selected and selected in "Mrs Joan Smith, NHS number 943 476 5919"
    assert not agenda.editor.title.hasSelectedText()


def test_an_agenda_too_long_goes_to_the_list_of_items(window, overview, qtbot, on_next_dialog):
    """It can fail: the keyboard stayed where it was, and the next key changed an item."""
    from meetingkit.ops import agenda as agenda_ops

    store = window.context.store
    item = store.agenda.items(upcoming(window))[3]
    window.context.perform(window, lambda: agenda_ops.update_item(store, item.id, minutes=200))

    _go_to_problem(window, qtbot, on_next_dialog, "longer than the meeting")
    agenda = window.workspace.widget(1)
    assert window.workspace.currentWidget() is agenda
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is agenda.table)


def test_go_to_a_paper_problem_opens_the_papers_tab(window, overview, qtbot, on_next_dialog):
    def go(dialog):
        while "Paper 'PSIRF implementation update'" not in dialog.list.currentItem().text():
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on a problem goes to it

    on_next_dialog(go)
    qtbot.mouseClick(overview.send_button, Qt.MouseButton.LeftButton)
    assert window.workspace.currentIndex() in (1, 2)  # the Papers tab, or the item
    assert window.workspace.currentIndex() != 0


def test_a_clean_pack_sends_straight_away(window, overview, qtbot, on_next_dialog):
    store = window.context.store
    meeting = upcoming(window)
    for item in store.agenda.items(meeting):
        if not item.standing:
            store.agenda.delete(item.id)
    window.context.bus.changed.emit(Changes.of_kinds(Kind.AGENDA))
    seen = {}

    def send(dialog):
        seen["list_shown"] = dialog.list.isVisible()
        seen["reason_shown"] = dialog.reason.isVisible()
        seen["enabled"] = dialog.send_button.isEnabled()
        seen["text"] = dialog.send_button.text()
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(send)
    qtbot.mouseClick(overview.send_button, Qt.MouseButton.LeftButton)
    assert seen == {"list_shown": False, "reason_shown": False, "enabled": True,
                    "text": "&Send the pack"}
    assert store.meetings.get(meeting).publish_note.startswith("Files: ")
    assert store.meetings.get(meeting).published_on_time == 1


def test_a_late_pack_is_recorded_and_shown_as_late(window, overview, qtbot, on_next_dialog):
    store = window.context.store
    meeting = upcoming(window)
    soon = clock.today() + timedelta(days=1)
    store.meetings.update(meeting, date=soon.isoformat())
    window.context.bus.changed.emit(Changes.of_kinds(Kind.MEETINGS))
    seen = {}

    def send(dialog):
        seen["words"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        seen["deadline"] = dialog.check.deadline
        qtbot.keyClicks(dialog.reason, "Late papers")
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)

    on_next_dialog(send)
    qtbot.mouseClick(overview.send_button, Qt.MouseButton.LeftButton)
    assert seen["deadline"].days_left < 0
    assert "working days late" in seen["words"] or "working day late" in seen["words"]
    assert "It will be recorded as sent late." in seen["words"]
    record = store.meetings.get(meeting)
    assert record.published_on_time == 0
    pack_text(overview, qtbot, "working day", "late</b>")
    assert announce.last_announcements[-1] == (
        "The meeting pack is made and recorded as sent, late.")


def test_cancel_records_nothing(window, overview, qtbot, on_next_dialog):
    on_next_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.mouseClick(overview.send_button, Qt.MouseButton.LeftButton)
    meeting = window.context.store.meetings.get(upcoming(window))
    assert meeting.published_at is None and meeting.status == "draft"
