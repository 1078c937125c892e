"""Big targets stay big: the panel's buttons are at least 44 px tall, also under an app style
sheet that asks for less, and grow with the app's text size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from test_run_support import clock_fixture, run_tab_fixture  # noqa: F401


@pytest.fixture
def app_style():
    app = QApplication.instance()
    font, sheet = QApplication.font(), app.styleSheet()
    yield app
    app.setStyleSheet(sheet)
    QApplication.setFont(font)


def _buttons(tab):
    p = tab.panel
    return [p.next_button, p.pause_button, p.more_button, p.pass_button, p.skip_button,
            p.end_button, tab.start_panel.start_button, tab.presenter_button]


def test_buttons_are_generous_even_when_a_style_sheet_asks_for_less(run_tab, qtbot, app_style):
    app_style.setStyleSheet("QPushButton { min-height: 14px; padding: 2px; }")
    qtbot.waitUntil(lambda: all(b.height() >= 44 for b in _buttons(run_tab)))
    assert min(b.height() for b in _buttons(run_tab)) >= 44


def test_buttons_and_big_text_grow_with_the_text_size(run_tab, qtbot, app_style):
    before_button = run_tab.panel.next_button.minimumHeight()
    before_name = run_tab.panel.speaker.font().pointSizeF()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    QApplication.setFont(font)
    assert run_tab.panel.speaker.font().pointSizeF() == pytest.approx(before_name * 2)
    assert run_tab.panel.next_button.minimumHeight() > before_button


def test_presenter_text_grows_with_the_text_size(run_tab, qtbot, app_style):
    run_tab.presenter_action.trigger()
    view = run_tab.presenter
    before = view.title.font().pointSizeF()
    font = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    QApplication.setFont(font)
    assert view.title.font().pointSizeF() > before
    view.close()
