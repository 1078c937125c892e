"""The paper editor shows a paper as a formatted document: markdown's marks are hidden (shown
only on the line being edited), headings are bigger and bold, bold words bold; the stored text
stays markdown and the checker's findings still land on the right words."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor

from ui.papers import markdown_marks as marks
from ui.papers.editor import PaperEditor

PAPER = ("**Report to:** Quality committee\n"
         "\n"
         "## 1\\. Executive summary\n"
         "\n"
         "We will utilise *the new* alarms. Read [the guide](https://www.nhs.uk/x_y).\n"
         "\n"
         "| Ward | Falls |\n"
         "| --- | --- |\n"
         "| A | 12 |\n")


def test_where_the_marks_are():
    assert marks.line_marks("**Report to:** Board") == [
        (0, 2, marks.MARK), (2, 12, marks.BOLD), (12, 14, marks.MARK)]
    assert marks.line_marks("## 1\\. Executive summary") == [
        (0, 3, marks.MARK), (3, 24, "heading2"), (4, 5, marks.MARK)]
    assert marks.line_marks("Read [the guide](https://x.org/a_b_c).") == [
        (5, 6, marks.MARK), (6, 15, marks.LINK), (15, 37, marks.MARK)]
    assert marks.line_marks("| --- | :---: |") == [(0, 15, marks.RULE)]
    assert marks.line_marks("snake_case and 2 * 3 * 4 stay as written") == []
    assert marks.line_marks("Plain words only.") == []


@given(st.text(alphabet="ab *_#\\[]()|-:", max_size=40))
def test_marks_never_leave_the_line_or_overlap_oddly(line):
    for start, end, look in marks.line_marks(line):
        assert 0 <= start < end <= len(line), (line, start, end, look)
        if look == marks.MARK:
            assert line[start:end].strip(" \t") == "" or set(line[start:end]) & set(
                "*_#\\[]()|-:") or "](" in line, (line, start, end)


@pytest.fixture
def editor(qtbot):
    shown = PaperEditor()
    qtbot.addWidget(shown)
    shown.resize(700, 400)
    shown.show()
    shown.load(PAPER)
    qtbot.waitExposed(shown)
    return shown


def _x(editor, line: int, column: int) -> float:
    """How far along its line (from the line's start) character `column` is drawn."""
    block = editor.document().findBlockByNumber(line)
    if block.layout().lineCount() == 0:  # not laid out yet: painting lays it out
        editor.viewport().repaint()
    assert block.layout().lineCount() > 0
    first = block.layout().lineAt(0)
    return first.cursorToX(column)[0] - first.cursorToX(0)[0]


def _formats(editor, line: int) -> list:
    block = editor.document().findBlockByNumber(line)
    return [(r.start, r.length, QTextCharFormat(r.format)) for r in block.layout().formats()]


def test_marks_take_no_room_and_the_words_look_as_they_will(editor, qtbot):
    editor.clearFocus()
    assert abs(_x(editor, 0, 2)) < 2  # "**" is hidden: "Report" starts at the margin
    assert abs(_x(editor, 2, 3)) < 2  # "## " too: the heading starts at the margin
    formats = {(start, length): look for start, length, look in _formats(editor, 0)}
    assert formats[(2, 10)].fontWeight() == QFont.Weight.Bold
    sizes = [look.fontPointSize() for _s, _l, look in _formats(editor, 2)
             if look.fontPointSize() > 2]
    assert sizes and min(sizes) > editor.font().pointSizeF() * 1.3
    assert editor.toPlainText() == PAPER  # the stored text is still markdown


def test_the_line_being_edited_shows_its_marks(editor, qtbot):
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus)
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: _x(editor, 0, 2) > 5)  # "**" shown where the chair is typing
    assert abs(_x(editor, 2, 3)) < 2  # other lines keep theirs hidden
    cursor.movePosition(QTextCursor.MoveOperation.Down, n=2)
    editor.setTextCursor(cursor)
    qtbot.waitUntil(lambda: _x(editor, 2, 3) > 5)
    assert abs(_x(editor, 0, 2)) < 2


def test_findings_still_land_on_their_words(editor):
    text = editor.toPlainText()
    (utilise,) = [f for f in editor.checker.visible if f.text == "utilise"]
    assert text[utilise.start:utilise.end] == "utilise"
    editor.select_span(utilise.start, utilise.end)
    assert editor.textCursor().selectedText() == "utilise"
