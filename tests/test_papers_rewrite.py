"""Rewrite into plain English: the chair ticks the changes they want and chooses whether they
become a separate plain version for partners or change the paper itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from meetingkit.plain import apply_changes, plan_changes, rewrite
from tests.test_papers_checker import open_papers_tab
from ui.papers.rewrite_dialog import SAVE_ANYWAY


def _click(qtbot, box, text):
    button = next(b for b in box.buttons() if b.text() == text)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _ok(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_keep_some_changes_as_the_plain_version(qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context)
    paper = tab.page.paper
    changes = plan_changes(paper.body)
    seen = {}

    def choose(dialog):
        seen["rows"] = dialog.table.topLevelItemCount()
        seen["first"] = dialog.table.topLevelItem(0).text(2)
        untick = next(b for b in dialog.findChildren(type(_ok(dialog)))
                      if b.text() == "&Untick all")
        qtbot.mouseClick(untick, Qt.MouseButton.LeftButton)
        seen["none"] = (_ok(dialog).isEnabled(), _ok(dialog).text())
        dialog.table.setFocus()
        dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # tick the first change
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Down)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Space)  # and the third
        seen["after"] = dialog.after.toPlainText()
        seen["ok"] = _ok(dialog).text()
        if dialog.warning.text():  # longer or harder than the paper: it asks before saving
            on_next_dialog(lambda box: _click(qtbot, box, SAVE_ANYWAY))
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    on_next_dialog(choose)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    expected = apply_changes(paper.body, [changes[0], changes[2]])
    assert seen["rows"] == len(changes)
    assert f"[{changes[0].replacement}]" in seen["first"]
    assert seen["none"] == (False, "Save plain version (0 changes)")
    assert seen["ok"] == "Save plain version (2 changes)"
    assert seen["after"] == expected
    stored = context.store.papers.get(paper.id)
    assert stored.plain_body == expected
    assert stored.body == paper.body  # the paper itself is as it was
    assert tab.page.editor.toPlainText() == paper.body
    # The reading panel now puts the plain version beside the paper.
    assert "Plain version: reading age" in tab.page.readability.text()


def test_change_the_paper_itself_with_every_change(qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context, "Medication safety quarterly report")
    paper = tab.page.paper

    def choose(dialog):
        dialog.to_paper.setChecked(True)
        assert _ok(dialog).text().startswith("Change the paper (")
        assert not dialog.warning.text()  # the safe changes never make it harder
        qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)

    on_next_dialog(choose)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    plain = rewrite(paper.body).text  # the ticked changes are the ones proven safe
    assert tab.page.editor.toPlainText() == plain
    stored = context.store.papers.get(paper.id)
    assert stored.body == plain and stored.plain_body is None
    assert not any("'utilised'" in tab.page.findings.list.item(row).text()
                   for row in range(tab.page.findings.list.count()))
    tab.page.editor.setFocus()
    qtbot.keyClick(tab.page.editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert tab.page.editor.toPlainText() == paper.body  # one undo puts it all back


def test_cancel_changes_nothing(qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context)
    paper = tab.page.paper
    on_next_dialog(lambda dialog: qtbot.keyClick(dialog, Qt.Key.Key_Escape))
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert context.store.papers.get(paper.id) == paper
