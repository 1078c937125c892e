"""The Plain view: the paper read-only as partners read it, the plain version when there is
one, and what each hard word means when the keyboard (or mouse) reaches it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meetingkit.ops import papers as paper_ops
from tests.test_papers_checker import open_papers_tab
from ui import announce


def _plain_view(tab, qtbot):
    qtbot.keyClick(tab.page.views, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    assert tab.page.views.currentIndex() == 1
    browser = tab.page.plain_view.browser
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    return browser


def test_tab_to_a_word_shows_what_it_means(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    browser = _plain_view(tab, qtbot)
    view = tab.page.plain_view
    assert "no separate plain version yet" in view.source_note.text()
    assert browser.toPlainText().startswith("PSIRF implementation update")  # rendered, no '#'
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText() == "PSIRF"
    expected = ("PSIRF stands for Patient Safety Incident Response Framework: the NHS approach "
                "to responding to and learning from patient safety incidents.")
    assert view.explanation.text() == expected
    assert announce.last_announcements[-1] == expected
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert view.explanation.text() == ("'implementation' in plain words: 'putting in place' or "
                                       "'start'.")
    qtbot.keyClick(browser, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    assert view.explanation.text() == expected


def test_the_plain_version_is_shown_when_there_is_one(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    paper = tab.page.paper
    context.perform(None, lambda: paper_ops.update_details(
        context.store, paper.id, plain_body="# Learning from incidents\n\nThe ICB checks our plan."))
    browser = _plain_view(tab, qtbot)
    view = tab.page.plain_view
    assert "plain version saved for partners" in view.source_note.text()
    assert "The ICB checks our plan." in browser.toPlainText()
    assert tab.page.editor.toPlainText() == paper.body  # the paper as written is untouched
    assert tab.page.remove_plain_button.isVisible()
    qtbot.keyClick(browser, Qt.Key.Key_Tab)
    assert browser.textCursor().selectedText() == "ICB"
    assert view.explanation.text().startswith("ICB stands for integrated care board")


def test_nothing_outside_is_fetched_and_raw_html_is_shown_as_text(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    tab.page.editor.setPlainText("# Test\n\n![chart](https://example.org/x.png)\n\n"
                                 "<script>alert(1)</script>")
    browser = _plain_view(tab, qtbot)
    text = browser.toPlainText()
    assert "[chart]" in text and "<script>alert(1)</script>" in text
    assert browser.loadResource(0, "https://example.org/x.png") is None
