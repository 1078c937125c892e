"""Drop-down lists open holding whole rows: no half row at the foot, no scroll arrows over a
list that fits (a new user saw the last item cut in half in the Run tab's agenda item list)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget
from window_support import activate

from ui.forms import add_field


def open_by_keyboard(box: QComboBox, qtbot) -> None:
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    qtbot.keyClick(box, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: box.view().isVisible())


def assert_whole_rows(box: QComboBox) -> None:
    """The list shows only whole rows, and all of them when they fit in `maxVisibleItems`."""
    view = box.view()
    shown = view.viewport().height()
    row = view.sizeHintForRow(0)
    assert row > 0
    bar = view.verticalScrollBar()
    if box.count() <= box.maxVisibleItems():
        assert bar.maximum() == 0, "a list that fits scrolls"
        assert shown >= row * box.count()
    else:
        assert shown % row == 0, f"{shown} px is not a whole number of {row} px rows"
    # Qt's menu-like list puts scroll arrows over its ends; a list holding whole rows has none.
    arrows = [child for child in view.parentWidget().children()
              if type(child).__name__ == "QComboBoxPrivateScroller" and child.isVisible()]
    assert not arrows
    area = view.viewport().rect()
    top = view.indexAt(area.topLeft())
    bottom = view.indexAt(area.bottomLeft())
    assert view.visualRect(top).top() == area.top(), "the top row is cut"
    assert area.contains(view.visualRect(bottom)), "the bottom row is cut"


def test_the_agenda_item_list_opens_whole(window, qtbot, display):
    activate(window, qtbot)
    tab = window.workspace.tab("run_meeting")
    window.workspace.setCurrentWidget(tab)
    box = tab.item_box
    assert box.count() == 7
    open_by_keyboard(box, qtbot)
    assert_whole_rows(box)
    box.hidePopup()


def test_a_long_list_shows_whole_rows_and_scrolls(qtbot, display):
    page = QWidget()
    form = QFormLayout(page)
    box = add_field(form, "&Person:", QComboBox())
    box.addItems([f"Person number {n}" for n in range(1, 31)])
    qtbot.addWidget(page)
    page.resize(600, 300)
    page.show()
    qtbot.waitExposed(page)
    open_by_keyboard(box, qtbot)
    assert_whole_rows(box)
    qtbot.keyClick(box.view(), Qt.Key.Key_End)
    assert box.view().currentIndex().row() == 29
    assert_whole_rows(box)
    box.hidePopup()
