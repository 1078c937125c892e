"""The Papers tab's "Papers for each agenda item" list as a screen reader meets it: the chosen
paper, said as selected (Qt's tree made Orca hear "5. How we learn … expanded, not selected",
the row above), the arrow keys as in the tree, and a file dropped on an item still added there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication
from test_papers_checker import open_papers_tab


def _focus_list(tab, qtbot):
    tab.tree.setFocus()
    qtbot.waitUntil(tab.tree.hasFocus)
    return QAccessible.queryAccessibleInterface(tab.tree)


def test_the_chosen_paper_is_said_as_selected_and_not_its_item(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    iface = _focus_list(tab, qtbot)
    chosen = iface.focusChild()
    assert chosen.text(QAccessible.Text.Name) == "Paper: PSIRF implementation update"
    assert chosen.state().selected and chosen.state().focused
    assert not chosen.state().expanded and not chosen.state().expandable
    selection = iface.selectionInterface()
    assert [selection.selectedItem(i).text(QAccessible.Text.Name)
            for i in range(selection.selectedItemCount())] == [chosen.text(QAccessible.Text.Name)]
    assert iface.childCount() == tab.tree.count()  # no hidden header row before the first


def test_up_down_left_and_right_move_as_they_did_in_the_tree(qtbot, context):
    tab = open_papers_tab(qtbot, context)
    iface = _focus_list(tab, qtbot)
    qtbot.keyClick(tab.tree, Qt.Key.Key_Left)  # from the paper to its item
    assert tab.tree.current_kind() == "item"
    item_name = iface.focusChild().text(QAccessible.Text.Name)
    assert item_name.startswith("Item 5. How we learn") and item_name.endswith("1 paper")
    qtbot.keyClick(tab.tree, Qt.Key.Key_Right)  # and back to its first paper
    assert tab.tree.current_kind() == "paper"
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)  # the next row: item 6
    assert tab.tree.current_kind() == "item"
    qtbot.keyClick(tab.tree, Qt.Key.Key_Down)  # its paper, which opens
    QApplication.processEvents()
    assert tab.tree.current_kind() == "paper"
    assert tab.page.paper.id == tab.tree.current_paper_id()
    assert iface.focusChild().state().selected
