"""The pack check's "Go to this and fix it" on a paper's unexplained acronyms opens the paper at
the first unexplained acronym, selected, with it chosen in "Things to look at"; not at the top
of the paper and the first finding of any kind."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QPlainTextEdit
from test_publish_flow import files_made_quietly, overview  # noqa: F401 (fixtures)
from window_support import menu_action

from ui.navigation import select_words


def test_go_to_unexplained_acronyms_selects_the_first_one(window, overview, qtbot,  # noqa: F811
                                                         on_next_dialog):
    listed = []

    def go(dialog):
        while not ("PSIRF implementation update" in dialog.list.currentItem().text()
                   and "without explaining" in dialog.list.currentItem().text()):
            qtbot.keyClick(dialog.list, Qt.Key.Key_Down)
        listed.append(dialog.list.currentItem().text())
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    on_next_dialog(go)
    menu_action(window, "File", "send_meeting_pack").trigger()
    assert ": PSIRF, " in listed[0]  # the first one the check names
    papers = window.workspace.tab("papers")
    assert window.workspace.currentWidget() is papers
    window.activateWindow()
    editor = papers.page.editor
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor)
    cursor = editor.textCursor()
    assert cursor.selectedText() == "PSIRF"
    first = min((f for f in editor.checker.visible if f.rule.startswith("acronym")),
                key=lambda f: f.start)
    assert cursor.selectionStart() == first.start
    finding = papers.page.findings.current()
    assert finding is not None and finding.rule == "acronym-undefined"
    assert finding.text == "PSIRF" and finding.start == cursor.selectionStart()


def test_words_are_found_whole_and_in_their_case_first(qtbot):
    """"ICS" goes to the acronym, not to the letters inside "physics"."""
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    editor.setPlainText("Our physics of care.\n\nThe ICS met.")
    assert select_words(editor, ("ICS",))
    assert editor.textCursor().selectionStart() == editor.toPlainText().index("ICS met")
    editor.setPlainText("the sif forms went to the SIF panel")
    assert select_words(editor, ("SIF",))
    assert editor.textCursor().selectedText() == "SIF"
    editor.setPlainText("Nothing here but ics in lower case")
    assert select_words(editor, ("ICS",))  # any case, when nothing matches exactly
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    assert not select_words(editor, ("NHSE",))


def test_a_long_paper_is_not_waited_for(qtbot, context, monkeypatch):
    """A paper checked in the background (over BACKGROUND_FROM characters) is opened with the
    words selected at once: waiting for its whole check would freeze the window. Find in all
    meetings never waits, whatever the paper's length."""
    from test_papers_checker import open_papers_tab

    from ui.navigation import PaperTarget
    from ui.papers.checker import BACKGROUND_FROM

    tab = open_papers_tab(qtbot, context)
    paper = tab.page.paper
    checker = tab.page.editor.checker
    waits = []
    monkeypatch.setattr(checker, "bring_up_to_date", lambda: waits.append(paper.id))
    assert tab.go_to(PaperTarget(paper.id, words=("PSIRF",)))  # as Find in all meetings does
    assert waits == []
    body = "The PSIRF plan for the ward. " + "Staff met the family and listened. " * (
        BACKGROUND_FROM // 30)
    long_paper = context.store.papers.add(paper.item_id, "A long paper", body)
    tab.set_meeting(context.store.agenda.get(paper.item_id).meeting_id)
    assert tab.go_to(PaperTarget(long_paper, words=("PSIRF",), finding=True))
    assert len(tab.page.editor.toPlainText()) >= BACKGROUND_FROM
    assert waits == []
    assert tab.page.editor.textCursor().selectedText() == "PSIRF"
