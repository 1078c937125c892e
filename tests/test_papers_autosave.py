"""Nothing typed is lost: edits reach the database within two seconds, at once when the tab is
flushed (the window closing) and when another paper is opened."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meetingkit.ops import papers as paper_ops
from tests.test_papers_checker import open_papers_tab


def _type_at_end(tab, qtbot, words):
    editor = tab.page.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, words)


def test_typing_is_saved_soon_after(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    paper_id = tab.page.paper.id
    _type_at_end(tab, qtbot, "Partners asked for shorter papers.")
    assert tab.page.save_state.text() == "Saving…"
    qtbot.waitUntil(lambda: "Partners asked for shorter papers." in
                    context.store.papers.get(paper_id).body, timeout=2000)
    qtbot.waitUntil(lambda: tab.page.save_state.text() == "All changes saved.", timeout=2000)


def test_flush_saves_at_once(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    paper_id = tab.page.paper.id
    _type_at_end(tab, qtbot, "Typed just before closing.")
    assert "Typed just before closing." not in context.store.papers.get(paper_id).body
    tab.flush()
    assert context.store.papers.get(paper_id).body.endswith("Typed just before closing.")


def test_opening_another_paper_saves_the_first(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    first = tab.page.paper.id
    _type_at_end(tab, qtbot, "Last words.")
    tab.tree.setFocus()
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)
    assert tab.page.paper.title == "Medication safety quarterly report"
    assert context.store.papers.get(first).body.endswith("Last words.")
    assert not tab.page.autosaver.pending


def test_renaming_does_not_lose_unsaved_typing(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    paper_id = tab.page.paper.id
    _type_at_end(tab, qtbot, "Still here.")
    context.perform(None, lambda: paper_ops.update_details(context.store, paper_id,
                                                           title="New title"))
    assert tab.page.editor.toPlainText().endswith("Still here.")
    tab.flush()
    assert context.store.papers.get(paper_id).body.endswith("Still here.")
