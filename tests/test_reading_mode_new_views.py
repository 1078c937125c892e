"""Reading mode reaches text views made after it was switched on (the review window, a paper's
Plain view), and it does so without an application-wide event filter: one written in Python is
called for every event of every object, also objects being destroyed while the app restyles."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt

from ui.reading_pane import ReadingPane

ROOT = Path(__file__).resolve().parent.parent


def test_a_reading_view_made_after_reading_mode_is_spaced_when_shown(window, qtbot):
    qtbot.keyClick(window.navigator, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.display_controller.current.reading_mode
    pane = ReadingPane("Paper")
    qtbot.addWidget(pane)
    pane.show_html("<p>A paper opened after reading mode was switched on.</p>")
    pane.show()
    qtbot.waitExposed(pane)
    assert round(pane.document().firstBlock().blockFormat().lineHeight()) == 150
    window.display_controller.reading_mode(False)
    assert round(pane.document().firstBlock().blockFormat().lineHeight()) in (0, 100)


def test_nothing_in_the_app_filters_every_event_of_the_application():
    app_filter = re.compile(r"(?:app|QApplication\.instance\(\)|qApp|application)\s*\.\s*"
                            r"installEventFilter\(")
    found = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / "ui").rglob("*.py"))
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
             if app_filter.search(line)]
    assert not found
