"""The Papers tab, used as a chair would: after saving a plain version, editing the paper shows
(in words, and aloud for a screen reader) that the plain version is out of date, with the two
ways to fix it; making it again or removing it clears the note. The pack check's problem goes
straight to that note."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.test_papers_checker import open_papers_tab
from ui import announce
from ui.papers import paper_commands
from ui.papers.paper_page import BECAME_OUT_OF_DATE

ADDED = " Two wards asked for new bed rails."


def _save_plain_version(tab, qtbot, on_next_dialog, button) -> None:
    """Rewrite into plain English, keeping every suggested change as the plain version."""
    def keep_all(dialog):
        assert dialog.to_plain.isChecked()
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)

    on_next_dialog(keep_all)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _type_at_end(tab, qtbot, words: str) -> None:
    editor = tab.page.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, words)


def _note_shown(tab) -> bool:
    return tab.page.out_of_date.isVisible()


def test_editing_after_saving_a_plain_version_says_it_is_out_of_date_until_made_again(
        qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context)
    page = tab.page
    paper_id = page.paper.id
    _save_plain_version(tab, qtbot, on_next_dialog, page.rewrite_button)
    assert context.store.papers.get(paper_id).plain_body
    assert not _note_shown(tab) and page.views.tabText(1) == "P&lain view"

    _type_at_end(tab, qtbot, ADDED)
    assert not _note_shown(tab)  # not saved yet, so nothing has changed for partners yet
    qtbot.waitUntil(lambda: _note_shown(tab), timeout=3000)  # saved as you type
    assert context.store.papers.get(paper_id).body.endswith(ADDED)
    words = page.out_of_date_text.text()
    assert "<b>The plain version for partners is out of date:</b>" in words
    assert "Make the plain version again, or remove it so partners get the paper as written." \
        in words
    assert page.out_of_date_text.accessibleName().startswith(
        "The plain version for partners is out of date: this paper has changed since its plain "
        "version was saved.")
    assert page.out_of_date_text.focusPolicy() == Qt.FocusPolicy.StrongFocus  # can be read
    assert page.views.tabText(1) == "P&lain view (out of date)"
    assert list(announce.last_announcements).count(BECAME_OUT_OF_DATE) == 1
    row = tab.tree.currentItem()  # the list of papers says so too, and keeps the paper chosen
    assert row.text().startswith("\u26a0 ") and row.text().endswith("(plain version out of date)")
    assert row.data(Qt.ItemDataRole.AccessibleTextRole).endswith("(plain version out of date)")

    _type_at_end(tab, qtbot, " And a night check.")  # saved again: not said a second time
    qtbot.waitUntil(lambda: page.save_state.text() == "All changes saved.", timeout=3000)
    assert list(announce.last_announcements).count(BECAME_OUT_OF_DATE) == 1

    tab.activateWindow()  # as the desktop does once the rewrite dialog has closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    qtbot.keyClick(page.views, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # Plain view
    assert page.views.currentIndex() == 1
    assert "now out of date (see the note above)" in page.plain_view.source_note.text()
    assert _note_shown(tab) and page.drop_plain_button.isVisible()
    assert not page.remove_plain_button.isVisible()  # one Remove button at a time

    _save_plain_version(tab, qtbot, on_next_dialog, page.remake_plain_button)
    stored = context.store.papers.get(paper_id)
    assert not stored.plain_is_out_of_date and "night check" in stored.plain_body
    assert not _note_shown(tab) and page.views.tabText(1) == "P&lain view"
    assert "plain version saved for partners" in page.plain_view.source_note.text()
    assert "out of date" not in page.plain_view.source_note.text()
    assert page.remove_plain_button.isVisible()
    assert "out of date" not in tab.tree.currentItem().text()


def test_removing_the_out_of_date_plain_version_from_the_note(qtbot, context, on_next_dialog,
                                                              monkeypatch):
    tab = open_papers_tab(qtbot, context)
    page = tab.page
    paper_id = page.paper.id
    _save_plain_version(tab, qtbot, on_next_dialog, page.rewrite_button)
    _type_at_end(tab, qtbot, ADDED)
    qtbot.waitUntil(lambda: _note_shown(tab), timeout=3000)
    asked = []
    monkeypatch.setattr(paper_commands, "confirm", lambda *args: asked.append(args) or True)
    qtbot.mouseClick(page.drop_plain_button, Qt.MouseButton.LeftButton)
    assert asked and "Remove the plain version" in asked[0][2]
    assert context.store.papers.get(paper_id).plain_body is None
    assert not _note_shown(tab) and page.views.tabText(1) == "P&lain view"


def test_a_plain_version_saved_before_meetingkit_kept_track_is_not_called_out_of_date(
        qtbot, context):
    tab = open_papers_tab(qtbot, context)
    page = tab.page
    paper_id = page.paper.id
    context.store.papers.update(paper_id, plain_body="A plain version from an older MeetingKit.")
    context.store.conn.execute("UPDATE papers SET plain_from = NULL WHERE id = ?", [paper_id])
    context.bus.changed.emit(frozenset({"papers"}))
    _type_at_end(tab, qtbot, ADDED)
    qtbot.waitUntil(lambda: context.store.papers.get(paper_id).body.endswith(ADDED),
                    timeout=3000)
    qtbot.waitUntil(lambda: page.save_state.text() == "All changes saved.", timeout=3000)
    assert not _note_shown(tab) and page.views.tabText(1) == "P&lain view"


def test_with_no_words_to_change_the_chair_is_told_to_remove_it(qtbot, context, on_next_dialog,
                                                               monkeypatch):
    tab = open_papers_tab(qtbot, context)
    page = tab.page
    _save_plain_version(tab, qtbot, on_next_dialog, page.rewrite_button)
    _type_at_end(tab, qtbot, ADDED)
    qtbot.waitUntil(lambda: _note_shown(tab), timeout=3000)
    told = []
    monkeypatch.setattr(paper_commands, "plan_changes", lambda *args: [])
    monkeypatch.setattr(paper_commands, "tell", lambda *args: told.append(args))
    qtbot.mouseClick(page.remake_plain_button, Qt.MouseButton.LeftButton)
    (( _parent, title, message),) = told
    assert title == "No words to change"
    assert "remove the old plain version, and partners get the paper as written" in message
    assert _note_shown(tab)  # nothing was changed


def test_the_pack_check_goes_straight_to_the_note(window, qtbot, on_next_dialog):
    store = window.context.store
    meeting = window.context.meeting_id
    paper = next(p for p in store.papers.for_meeting(meeting)
                 if p.title == "PSIRF implementation update")
    store.papers.update(paper.id, plain_body="We looked at how we learn from incidents.")
    store.papers.update(paper.id, body=paper.body + ADDED)
    window.context.bus.changed.emit(frozenset({"papers"}))
    seen = {}

    def go(dialog):
        wanted = "has changed since its plain version was saved"
        entries = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        seen["entry"] = next(e for e in entries if wanted in e)
        while wanted not in dialog.list.currentItem().text():
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    on_next_dialog(go)
    next(a for a in window.menus["File"].actions()
         if a.objectName() == "send_meeting_pack").trigger()
    assert seen["entry"].startswith("Paper 'PSIRF implementation update' (item: ")
    assert "Make the plain version again on the Papers tab, or remove it" in seen["entry"]
    papers_tab = window.workspace.currentWidget()
    assert window.workspace.tabText(window.workspace.currentIndex()).replace("&", "") == "Papers"
    assert papers_tab.page.paper.id == paper.id
    assert papers_tab.page.views.currentIndex() == 1  # the Plain view
    window.activateWindow()  # as the desktop does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is papers_tab.page.out_of_date_text)
    assert papers_tab.page.out_of_date.isVisible()


def test_the_note_passes_the_accessibility_audit_at_normal_and_double_text_size(
        qtbot, context, display):
    from ui.display.audit import audit

    tab = open_papers_tab(qtbot, context)
    page = tab.page
    context.perform(None, lambda: context.store.papers.update(
        page.paper.id, plain_body="We looked at how we learn from incidents."), {"papers"})
    _type_at_end(tab, qtbot, ADDED)
    page.flush()  # saved at once, as when the chair moves on
    assert _note_shown(tab)
    font = QApplication.font().pointSizeF()
    qtbot.waitUntil(lambda: page.title.font().pointSizeF() > font)  # the title stays larger
    for view in (0, 1):
        page.views.setCurrentIndex(view)
        QApplication.processEvents()
        assert audit(tab) == [], view
    for button in (page.remake_plain_button, page.drop_plain_button):
        assert button.width() >= button.sizeHint().width()  # the words are never cut off


def test_the_overview_lists_plain_versions_that_are_out_of_date(qtbot, context):
    from ui.tabs.overview import OverviewTab

    store = context.store
    meeting = next(m for m in store.meetings.for_committee(store.committees.all()[0].id)
                   if store.papers.for_meeting(m.id))
    paper = store.papers.for_meeting(meeting.id)[0]
    overview = OverviewTab(context)
    qtbot.addWidget(overview)
    overview.set_meeting(meeting.id)
    assert "Make the plain version again" not in overview.summary.text()

    store.papers.update(paper.id, plain_body="A short plain version.")
    store.papers.update(paper.id, body=paper.body + ADDED)
    context.bus.changed.emit(frozenset({"papers"}))
    text = overview.summary.text()
    assert "Make the plain version again, or remove it, for 1 paper " in text
    assert paper.title.replace("&", "&amp;") in text and "(Papers tab)" in text


def test_going_to_a_problem_in_a_paper_puts_the_keyboard_in_the_paper(window, qtbot,
                                                                       on_next_dialog):
    window.navigator.setFocus()

    def go(dialog):
        wanted = "without explaining"
        while wanted not in dialog.list.currentItem().text():
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        qtbot.mouseClick(dialog.go_button, Qt.MouseButton.LeftButton)

    on_next_dialog(go)
    next(a for a in window.menus["File"].actions()
         if a.objectName() == "send_meeting_pack").trigger()
    papers_tab = window.workspace.currentWidget()
    assert papers_tab.page.views.currentIndex() == 0  # Write and check
    window.activateWindow()  # as the desktop does when the dialog closes
    qtbot.waitUntil(lambda: QApplication.focusWidget() is papers_tab.page.editor)
