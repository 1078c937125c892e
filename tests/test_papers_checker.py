"""The paper checker as a chair uses it: findings listed for the demo papers, the list worked by
keyboard, a suggestion used (and undone), a finding ignored once, a word always allowed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui.display.none_guard import keep_none_alive
from ui.tabs.papers import PapersTab

keep_none_alive()  # PySide6 6.12 on Python 3.11 (see none_guard.py); painting makes many calls


def open_papers_tab(qtbot, context, paper_title="PSIRF implementation update") -> PapersTab:
    store = context.store
    meeting = next(m for m in store.meetings.for_committee(store.committees.all()[0].id)
                   if store.papers.for_meeting(m.id))
    tab = PapersTab(context)
    qtbot.addWidget(tab)
    tab.resize(1200, 800)
    tab.set_meeting(meeting.id)
    tab.show()
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    paper = next(p for p in store.papers.for_meeting(meeting.id) if p.title == paper_title)
    assert tab.tree.select("paper", paper.id)
    return tab


def listed(tab) -> list[str]:
    items = tab.page.findings.list
    return [items.item(row).text() for row in range(items.count())]


def move_to(tab, qtbot, wanted: str) -> None:
    """Arrow down the list until the wanted line is the current one, as a person would."""
    findings = tab.page.findings.list
    findings.setFocus()
    qtbot.waitUntil(findings.hasFocus)
    qtbot.keyClick(findings, Qt.Key.Key_Home)
    for _ in range(findings.count()):
        if wanted in findings.currentItem().text():
            return
        qtbot.keyClick(findings, Qt.Key.Key_Down)
    raise AssertionError(f"{wanted!r} is not in the list: {listed(tab)}")


@pytest.fixture
def tab(qtbot, context):
    return open_papers_tab(qtbot, context)


def test_findings_for_the_demo_paper_are_listed_in_words(tab):
    lines = listed(tab)
    assert "Line 9: 'utilised' – say 'used' instead" in lines
    assert ("Line 5: 'ICS' – write it out: integrated care system (ICS)") in lines
    assert any(line.startswith("Line 5: 'The Committee is asked to note…' – This sentence has")
               for line in lines)
    assert tab.page.title.text() == "PSIRF implementation update"
    panel = tab.page.readability.text()
    assert "Reading age 14 – aim for 11 or lower." in panel
    assert "190 words, about 1 minute to read." in panel
    assert "short forms (acronyms) to explain" in panel


def test_the_other_demo_paper_has_its_own_findings(qtbot, context):
    tab = open_papers_tab(qtbot, context, "Medication safety quarterly report")
    lines = listed(tab)
    assert any("'facilitate'" in line for line in lines)
    assert any("'MDT'" in line for line in lines)
    assert not any("'PSIRF'" in line for line in lines)


def test_keyboard_go_to_use_suggestion_and_undo(tab, qtbot):
    editor = tab.page.editor
    move_to(tab, qtbot, "'utilised'")
    assert tab.page.findings.detail.text().startswith("Hard word, line 9:")
    qtbot.keyClick(tab.page.findings.list, Qt.Key.Key_Return)
    assert editor.hasFocus()
    assert editor.textCursor().selectedText() == "utilised"
    assert tab.page.findings.detail.text().startswith("Hard word, line 9")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # Tab leaves the text for the list: no trap
    assert tab.page.findings.list.hasFocus()
    assert "'utilised'" in tab.page.findings.list.currentItem().text()
    assert tab.page.findings.suggestion.currentText() == "used"
    qtbot.keyClick(tab.page.findings.use_button, Qt.Key.Key_Space)
    assert "the Trust has used a range" in editor.toPlainText()
    assert not any("'utilised'" in line for line in listed(tab))
    assert tab.page.findings.list.hasFocus()  # ready for the next one
    editor.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "the Trust has utilised a range" in editor.toPlainText()


def test_ignore_once_hides_one_finding_and_saves_nothing(tab, qtbot, context):
    before = context.store.glossary.all()
    move_to(tab, qtbot, "'robust'")
    qtbot.mouseClick(tab.page.findings.ignore_button, Qt.MouseButton.LeftButton)
    assert not any("'robust'" in line for line in listed(tab))
    assert context.store.glossary.all() == before


def test_always_allow_adds_the_word_to_the_glossary_and_it_disappears(tab, qtbot, context):
    move_to(tab, qtbot, "'Stakeholders'")
    assert tab.page.findings.allow_button.isEnabled()
    qtbot.mouseClick(tab.page.findings.allow_button, Qt.MouseButton.LeftButton)
    allowed = [(t.term, t.kind) for t in context.store.glossary.all()]
    assert ("stakeholders", "allow") in allowed
    assert not any("'Stakeholders'" in line for line in listed(tab))
    move_to(tab, qtbot, "'PALS'")  # a short form is allowed as itself
    qtbot.mouseClick(tab.page.findings.allow_button, Qt.MouseButton.LeftButton)
    assert ("PALS", "allow") in [(t.term, t.kind) for t in context.store.glossary.all()]
    assert not any("'PALS'" in line for line in listed(tab))


def test_sentences_cannot_be_allowed_as_words(tab, qtbot):
    move_to(tab, qtbot, "This sentence has")
    assert not tab.page.findings.allow_button.isEnabled()
    assert not tab.page.findings.use_button.isEnabled()
    assert tab.page.findings.ignore_button.isEnabled()


def test_typing_marks_a_new_hard_word_and_the_list_catches_up(tab, qtbot):
    editor = tab.page.editor
    editor.setFocus()
    editor.moveCursor(editor.textCursor().MoveOperation.End)
    qtbot.keyClicks(editor, "We will leverage this.")
    block = editor.document().lastBlock()
    if not block.text():
        block = block.previous()
    marked = [f.text for _, _, f in tab.page.editor.checker.highlighter.segments(
        block.blockNumber(), block.text())]
    assert "leverage" in marked  # underlined at once, from the one-paragraph check
    qtbot.waitUntil(lambda: any("'leverage'" in line for line in listed(tab)), timeout=3000)


def test_more_hints_shows_gentle_ones(tab, qtbot):
    count = len(listed(tab))
    tab.page.findings.hints.setChecked(True)
    assert len(listed(tab)) > count
    assert any("passive" in tab.page.findings.list.item(row).toolTip()
               for row in range(tab.page.findings.list.count()))
    QApplication.processEvents()


def test_tab_goes_round_every_part_without_a_trap(tab, qtbot):
    tab.tree.setFocus()
    qtbot.waitUntil(tab.tree.hasFocus)
    names = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        names.append(widget.accessibleName().split(":")[0])  # a summary says its words too
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        if QApplication.focusWidget() is tab.tree:
            break
    else:
        raise AssertionError(f"Tab never came back round: {names}")
    assert names[:3] == ["Papers for each agenda item", "New blank paper", "Add paper from file"]
    for part in ("Rewrite into plain English", "How easy this paper is to read", "Paper text",
                 "Things to look at in this paper", "Go to it", "Ignore once"):
        assert part in names
    assert all(names)  # every stop has a name a screen reader can say


def test_the_menus_offer_the_papers_actions(window, qtbot, monkeypatch):
    edit = [a.text().replace("&", "") for a in window.menus["Edit"].actions()]
    assert "Glossary…" in edit and "Rewrite paper into plain English…" in edit
    papers = window.workspace.tabs[2]
    window.workspace.setCurrentIndex(0)
    monkeypatch.setattr("ui.tabs.papers.choose_paper_files", lambda parent: [])
    (add,) = [a for a in window.menus["File"].actions()
              if a.text().replace("&", "") == "Add paper from file…"]
    add.trigger()
    assert window.workspace.currentWidget() is papers  # the menu brings the Papers tab forward
    (glossary,) = [a for a in window.menus["Edit"].actions()
                   if a.text().replace("&", "") == "Glossary…"]
    glossary.trigger()
    assert papers.glossary_window.isVisible()
    papers.glossary_window.close()
