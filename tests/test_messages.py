"""Questions and messages show all their words, at normal text size as at large: a message of
a hundred-odd characters wraps onto lines instead of running off the box's edge."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QMessageBox

from ui.messages import fit_message

DELETE_ITEM = ("Delete 'Medicines safety report' and its 1 paper? Edit > Undo (Ctrl+Z) brings "
               "them back until MeetingKit closes.")


@pytest.mark.parametrize("text", [DELETE_ITEM, "Delete this word?", DELETE_ITEM * 4])
def test_a_question_shows_all_its_words(qtbot, text):
    """It can fail: a message between sixty characters and Qt's own wrapping width was given
    a minimum width that kept it on one line, cut off ('… Undo (Ct')."""
    box = fit_message(QMessageBox(QMessageBox.Icon.Question, "Delete?", text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No))
    qtbot.addWidget(box)
    seen = {}

    def look() -> None:
        label = box.findChild(QLabel, "qt_msgbox_label")
        one_line = label.fontMetrics().horizontalAdvance(text)
        seen["fits"] = label.width() >= one_line or (
            label.wordWrap() and label.height() >= label.heightForWidth(label.width()))
        box.done(0)

    QTimer.singleShot(0, look)
    box.exec()
    assert seen == {"fits": True}
