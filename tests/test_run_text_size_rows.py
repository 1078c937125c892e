"""The Run tab's "Who takes part" list follows the text size both ways: after 250% and back to
100% its rows are as they were, not left double height until the app restarts."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication
from window_support import activate

from ui.display.apply import apply_display
from ui.display.settings import TEXT_SIZES, DisplaySettings


@pytest.fixture(autouse=True)
def _normal_display_after(qapp):
    yield
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_display(DisplaySettings())


def _row_height(people) -> int:
    return people.visualItemRect(people.item(0)).height()


def _ctrl(window, qtbot, key) -> None:
    qtbot.keyClick(window.navigator, key, Qt.KeyboardModifier.ControlModifier)
    QApplication.processEvents()


def test_who_takes_part_rows_shrink_back_after_large_text(window, qtbot):
    activate(window, qtbot)
    tab = window.workspace.tab("run_meeting")
    window.workspace.setCurrentWidget(tab)
    people = tab.start_panel.people
    qtbot.waitUntil(lambda: people.count() > 0)
    normal_row, normal_list = _row_height(people), people.minimumHeight()

    for _ in TEXT_SIZES:
        _ctrl(window, qtbot, Qt.Key.Key_Plus)
    assert window.display_controller.current.text_size == max(TEXT_SIZES)
    grown = _row_height(people)  # without filling the list again
    assert grown > normal_row * 1.8 and grown >= people.fontMetrics().height()
    # Choosing another meeting and coming back fills the list again at this size.
    window.navigator.setFocus()
    qtbot.keyClick(window.navigator, Qt.Key.Key_Down)
    qtbot.keyClick(window.navigator, Qt.Key.Key_Up)
    qtbot.waitUntil(lambda: people.count() > 0)
    large_row = _row_height(people)
    assert large_row > normal_row * 1.8, "the rows grow with the text"
    assert large_row >= people.fontMetrics().height()

    _ctrl(window, qtbot, Qt.Key.Key_0)  # back to normal
    assert window.display_controller.current.text_size == 100
    assert _row_height(people) == normal_row
    assert people.minimumHeight() == normal_list
