"""Use suggestion (Alt+U on the Papers tab) is named in the Edit menu after the words it changed,
not as "typing", and Edit > Undo puts them back; typing before it stays a step of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from window_support import activate, menu_action

from meetingkit.ops import quoted


def _papers_tab(window, qtbot, title="PSIRF implementation update"):
    activate(window, qtbot)
    store = window.context.store
    tab = window.workspace.tab("papers")
    window.workspace.setCurrentWidget(tab)
    paper = next(p for p in store.papers.for_meeting(window.context.meeting_id)
                 if p.title == title)
    assert tab.tree.select("paper", paper.id)
    qtbot.waitUntil(lambda: tab.page.findings.list.count() > 0)
    return tab, paper


def _choose(findings, words: str) -> None:
    for row in range(findings.list.count()):
        findings.list.setCurrentRow(row)
        if findings.current().text == words:
            assert findings.use_button.isEnabled()
            return
    raise AssertionError(f"{words!r} is not listed")


def test_use_suggestion_is_named_in_the_edit_menu_and_undone(window, qtbot):
    tab, paper = _papers_tab(window, qtbot)
    store, page = window.context.store, tab.page
    editor, findings = page.editor, page.findings
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Thank you.")  # typing first, not saved yet
    typed = editor.toPlainText()

    _choose(findings, "utilised")
    finding = findings.current()
    words = findings.suggestion.currentText()
    findings.use_button.setFocus()  # Tab to "Use suggestion" and press Space
    qtbot.waitUntil(findings.use_button.hasFocus)
    qtbot.keyClick(findings.use_button, Qt.Key.Key_Space)
    changed = editor.toPlainText()
    assert changed != typed and words in changed

    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    edit.popup(window.mapToGlobal(window.rect().center()))  # the person opens the Edit menu
    qtbot.waitUntil(edit.isVisible)
    undo = menu_action(window, "Edit", "undo")
    named = f"change {quoted(finding.text)} to {quoted(words)} in {quoted(paper.title)}"
    assert undo.text() == f"&Undo {named}"
    edit.close()
    assert store.papers.get(paper.id).body == changed
    undo.trigger()
    assert window.statusBar().currentMessage() == f"Undone: {named}."
    assert store.papers.get(paper.id).body == typed  # the typing before it stays
    qtbot.waitUntil(lambda: editor.toPlainText() == typed)
    assert undo.text() == f"&Undo typing in {quoted(paper.title)}"


def test_use_suggestion_waits_while_the_typing_before_it_cannot_be_saved(window, qtbot,
                                                                        monkeypatch):
    """A busy database: the typing before it is not saved, so the suggestion is not used (it
    would join the typing's undo step); the person is told to try again, and nothing changes."""
    tab, paper = _papers_tab(window, qtbot)
    page = tab.page
    editor, findings = page.editor, page.findings
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, " Thank you.")
    typed = editor.toPlainText()
    said = []
    monkeypatch.setattr("ui.papers.paper_commands.announce", lambda _w, text: said.append(text))
    monkeypatch.setattr(page.autosaver, "flush", lambda: False)  # the database is busy
    _choose(findings, "utilised")
    findings.use_button.setFocus()
    qtbot.waitUntil(findings.use_button.hasFocus)
    qtbot.keyClick(findings.use_button, Qt.Key.Key_Space)
    assert editor.toPlainText() == typed
    assert said == ["Your typing is not saved yet, so the suggestion was not used. "
                    "Try again in a moment."]
    assert page._suggestion_used is None
