"""The presenter view: opened from the View menu (F5), the speaker's name large, and the last
30 seconds and time up told in words and shape, not only colour."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_run_support import (  # noqa: F401
    FakeClock,
    activate,
    choose_only,
    clock_fixture,
    run_tab_fixture,
    start,
)


def test_f5_in_the_main_window_opens_the_presenter_view(qtbot, context, monkeypatch):
    from ui.main_window import MainWindow

    clock = FakeClock()
    monkeypatch.setattr("ui.run.session.clock_factory", lambda: clock)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    activate(window, qtbot)
    view_menu = [a.text().replace("&", "") for a in window.menus["View"].actions()]
    assert "Presenter view" in view_menu
    tab = next(t for t in window.workspace.tabs if type(t).__name__ == "RunMeetingTab")
    assert tab.session.clock is clock
    qtbot.keyClick(window, Qt.Key.Key_F5)
    presenter = tab.presenter
    assert presenter is not None and presenter.isVisible()
    assert presenter.name.text() == "Waiting for the next round"
    presenter.close()
    assert not tab.presenter_action.isChecked()  # the menu tick follows the window
    activate(window, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_V,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert presenter.isVisible()
    presenter.close()


def test_presenter_shows_the_speaker_and_the_last_30_seconds(run_tab, clock, qtbot):
    tab = run_tab
    choose_only(tab, qtbot, ["Sam Okafor", "Maria Lopez"])
    start(tab, qtbot)
    tab.presenter_action.trigger()
    view = tab.presenter
    qtbot.waitExposed(view)
    assert view.size().width() == 1280 and view.size().height() == 720
    assert view.name.text() == "Maria Lopez"
    assert view.role.text() == "Staff"
    assert view.time.text() == "2:00"
    assert view.next.text() == "Next: Sam Okafor"
    assert view.state.text() == "About 2 minutes left"
    assert "transparent" in view.time.styleSheet()  # no box yet

    clock.advance(89)  # 31 seconds left: not yet
    tab.session.refresh()
    assert view.state.text() == "Less than a minute left"
    clock.advance(2)
    tab.session.refresh()
    assert view.time.text() == "0:29"
    assert view.state.text() == "Last 30 seconds"
    assert "transparent" not in view.time.styleSheet()  # boxed: a change of shape too
    assert view.bar._boxed

    clock.advance(40)
    tab.session.refresh()
    assert view.state.text() == "Time is up"
    assert view.time.text() == "0:00"

    qtbot.keyClick(tab.panel.speaker, Qt.Key.Key_Space)
    assert view.name.text() == "Sam Okafor"
    assert view.role.text() == "Patient safety partner"
    assert view.next.text() == "Last speaker this round"
    assert "transparent" in view.time.styleSheet()
    qtbot.keyClick(tab.panel.speaker, Qt.Key.Key_P)
    assert view.state.text() == "Paused"
    view.close()


def test_presenter_text_is_far_larger_than_the_app_text(run_tab, clock, qtbot):
    from PySide6.QtWidgets import QApplication

    start(run_tab, qtbot)
    run_tab.presenter_action.trigger()
    view = run_tab.presenter
    base = QApplication.font().pointSizeF()
    assert view.name.font().pointSizeF() >= base * 4
    assert view.time.font().pointSizeF() >= base * 4
    view.close()


def test_the_keys_that_opened_the_presenter_view_close_it_from_inside(qtbot, context, monkeypatch):
    # With the presenter view in front, the chair presses F5 (or Esc) to get back.
    from ui.main_window import MainWindow

    monkeypatch.setattr("ui.run.session.clock_factory", FakeClock)
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    tab = window.workspace.tab("run_meeting")
    for key, modifiers in ((Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier
                            | Qt.KeyboardModifier.ShiftModifier)):
        activate(window, qtbot)
        tab.presenter_action.setChecked(True)
        presenter = tab.presenter
        qtbot.waitExposed(presenter)
        activate(presenter, qtbot)
        qtbot.keyClick(presenter, key, modifiers)
        assert not presenter.isVisible()
        assert not tab.presenter_action.isChecked()
