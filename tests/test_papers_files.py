"""Papers come in from Word, markdown or text files (chosen or dropped), start blank, are
renamed and deleted. A refused file is explained calmly and changes nothing."""

from __future__ import annotations

import docx
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit

from tests.test_papers_checker import listed, open_papers_tab


def _word_file(folder, name="Falls report.docx"):
    document = docx.Document()
    document.add_heading("Falls prevention update", level=1)
    document.add_paragraph("We will utilise the new bed alarms on every ward.")
    document.add_paragraph("The MDT met twice.")
    path = folder / name
    document.save(str(path))
    return path


def _item_rows(tab) -> list:
    """The agenda items' rows in the flat list (each followed by its papers)."""
    rows = [tab.tree.item(index) for index in range(tab.tree.count())]
    return [row for row in rows if row.data(Qt.ItemDataRole.UserRole) == "item"]


def _choose_item(tab, title_start: str) -> int:
    for row in _item_rows(tab):
        if row.text().split(". ", 1)[1].startswith(title_start):
            tab.tree.setCurrentItem(row)
            return row.data(Qt.ItemDataRole.UserRole + 1)
    raise AssertionError(title_start)


def test_add_a_word_paper_from_a_file(qtbot, context, tmp_path, monkeypatch):
    path = _word_file(tmp_path)
    tab = open_papers_tab(qtbot, context)
    item_id = _choose_item(tab, "Any other business")
    assert tab.stack.currentWidget() is tab.empty  # an item with no paper: what to do next
    monkeypatch.setattr("ui.tabs.papers.choose_paper_files", lambda parent: [str(path)])
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    (paper,) = context.store.papers.for_item(item_id)
    assert paper.source_name == "Falls report.docx"
    assert "We will utilise the new bed alarms" in paper.body
    assert tab.page.paper.id == paper.id and tab.page.editor.hasFocus()
    assert tab.tree.current_paper_id() == paper.id
    assert "Line 3: 'utilise' – say 'use' instead" in listed(tab)
    assert any("'MDT'" in line for line in listed(tab))


def test_a_refused_file_says_why_and_changes_nothing(qtbot, context, tmp_path, monkeypatch):
    fake = tmp_path / "Board report.docx"
    fake.write_bytes(b"%PDF-1.4 this is really a PDF")
    tab = open_papers_tab(qtbot, context)
    opened = tab.page.paper.id
    before = context.store.papers.for_meeting(tab.meeting_id)
    told = []
    monkeypatch.setattr("ui.papers.paper_files.tell", lambda *args: told.append(args))
    monkeypatch.setattr("ui.tabs.papers.choose_paper_files", lambda parent: [str(fake)])
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    ((_parent, title, text),) = told
    assert title == "This file was not added"
    assert "PDF" in text and "Nothing has been changed." in text
    assert context.store.papers.for_meeting(tab.meeting_id) == before
    assert tab.page.paper.id == opened


def test_a_file_dropped_on_an_agenda_item_becomes_its_paper(qtbot, context, tmp_path):
    path = tmp_path / "notes.md"
    path.write_text("# Ward visits\n\nWe visited three wards going forward.\n", encoding="utf-8")
    tab = open_papers_tab(qtbot, context)
    target = _item_rows(tab)[2]  # dropped on item 3, while another paper is open
    item_id = target.data(Qt.ItemDataRole.UserRole + 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    where = QPointF(tab.tree.visualItemRect(target).center())
    drop = QDropEvent(where, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    tab.tree.dropEvent(drop)
    (paper,) = context.store.papers.for_item(item_id)
    assert paper.title == "Ward visits"
    assert tab.page.paper.id == paper.id
    assert any("'going forward'" in line for line in listed(tab))


def test_new_blank_paper_rename_and_delete(qtbot, context, on_next_dialog, monkeypatch):
    tab = open_papers_tab(qtbot, context)
    item_id = _choose_item(tab, "Action log")

    def name_it(title):
        def fill(dialog):
            field = dialog.findChild(QLineEdit)
            assert field.accessibleName() == "Paper title"
            field.selectAll()
            qtbot.keyClicks(field, title)
            qtbot.keyClick(field, Qt.Key.Key_Return)
        return fill

    on_next_dialog(name_it("Actions in plain words"))
    qtbot.mouseClick(tab.new_button, Qt.MouseButton.LeftButton)
    (paper,) = context.store.papers.for_item(item_id)
    assert paper.title == "Actions in plain words" and paper.body == ""
    assert tab.page.paper.id == paper.id
    assert tab.page.findings.list.item(0).text() == "Nothing to look at. Well done."

    on_next_dialog(name_it("Our actions"))
    qtbot.mouseClick(tab.rename_button, Qt.MouseButton.LeftButton)
    assert context.store.papers.get(paper.id).title == "Our actions"
    assert tab.page.title.text() == "Our actions"
    assert tab.tree.currentItem().text() == "Our actions"

    asked = []
    monkeypatch.setattr("ui.tabs.papers.confirm", lambda *args: asked.append(args) or False)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert context.store.papers.for_item(item_id)  # kept: the chair said no
    monkeypatch.setattr("ui.tabs.papers.confirm", lambda *args: True)
    qtbot.mouseClick(tab.delete_button, Qt.MouseButton.LeftButton)
    assert context.store.papers.for_item(item_id) == []
    assert "Our actions" in asked[0][2]
