"""The facilitator panel driven from the keyboard, on a fake clock: what the chair sees."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from test_run_support import choose_only, clock_fixture, run_tab_fixture, start  # noqa: F401

from ui import announce


def test_space_p_plus_and_esc_change_the_screen(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    assert "No round is running" in panel.status.text()
    choose_only(tab, qtbot, ["Sam Okafor", "Dr David Evans", "Lin Chen"])
    start(tab, qtbot)
    assert panel.speaker.text() == "Dr David Evans (staff)"
    assert panel.clock.text() == "2:00"
    assert panel.next_label.text() == "Next: Lin Chen"

    clock.advance(20)
    tab.session.refresh()  # what the 4 Hz timer does
    assert panel.clock.text() == "1:40"
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)
    assert panel.speaker.text() == "Lin Chen (patient safety partner)"
    assert panel.still.text() == "Still to speak: Sam Okafor"

    qtbot.keyClick(panel.speaker, Qt.Key.Key_P)
    assert panel.speaker.text().endswith("(paused)")
    assert panel.pause_button.text().startswith("Carry on")
    clock.advance(300)  # a long pause costs the speaker nothing
    tab.session.refresh()
    assert panel.clock.text() == "2:00"
    qtbot.keyClick(panel.speaker, Qt.Key.Key_P)
    assert not panel.speaker.text().endswith("(paused)")

    clock.advance(30)
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Plus)
    assert panel.clock.text() == "2:30"
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Equal)
    assert panel.clock.text() == "3:30"

    qtbot.keyClick(panel.speaker, Qt.Key.Key_Escape)
    assert panel.speaker.text() == "Nobody is speaking"
    assert "No round is running" in panel.status.text()
    assert tab.start_panel.start_button.isEnabled()


def test_pass_and_skip_keys_and_passes_are_offered_again(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    choose_only(tab, qtbot, ["Sam Okafor", "Lin Chen", "Tom Baker"])
    start(tab, qtbot)
    assert panel.speaker.text().startswith("Lin Chen")
    qtbot.keyClick(panel.speaker, Qt.Key.Key_L)  # pass: asked again at the end
    assert panel.passed.text() == "Passed (asked again at the end): Lin Chen"
    qtbot.keyClick(panel.speaker, Qt.Key.Key_S)  # skip Sam: not here
    assert panel.speaker.text().startswith("Tom Baker")
    assert panel.next_label.text() == "Next: Lin Chen"
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)
    assert panel.speaker.text().startswith("Lin Chen")


def test_keys_do_nothing_while_typing_outside_the_panel(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    start(tab, qtbot)
    first = panel.speaker.text()
    minutes = tab.start_panel.minutes
    minutes.setFocus()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Plus, Qt.Key.Key_P, Qt.Key.Key_Escape):
        qtbot.keyClick(minutes, key)
    assert panel.speaker.text() == first
    assert panel.clock.text() == "2:00"
    assert tab.session.running


def test_space_on_a_focused_button_presses_that_button(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    start(tab, qtbot)
    panel.pause_button.setFocus()
    qtbot.keyClick(panel.pause_button, Qt.Key.Key_Space)
    assert tab.session.last.paused  # paused, not moved on to the next speaker
    assert panel.speaker.text().startswith("Priya Shah")


def test_open_discussion_hands_by_keyboard(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    choose_only(tab, qtbot, ["Sam Okafor", "Maria Lopez", "Tom Baker"])
    tab.start_panel.set_mode("open")
    start(tab, qtbot)
    hands = panel.hands
    assert hands.isVisible()
    assert panel.speaker.text().startswith("Nobody yet")
    assert not panel.next_button.isEnabled()
    _, tom = hands.buttons[next(k for k, (p, _b) in hands.buttons.items() if p.name == "Tom Baker")]
    _, sam = hands.buttons[next(k for k, (p, _b) in hands.buttons.items() if p.name == "Sam Okafor")]
    tom.setFocus()
    qtbot.keyClick(tom, Qt.Key.Key_Space)  # Space presses the focused Raise hand button
    sam.setFocus()
    qtbot.keyClick(sam, Qt.Key.Key_Space)
    assert hands.queue_label.text() == "Hands up, in order: 1. Tom Baker, 2. Sam Okafor."
    assert sam.text() == "Lower hand (number 2 in the queue)"
    assert sam.accessibleName() == "Lower hand for Sam Okafor"
    panel.focus_home()
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)  # call the first hand
    assert panel.speaker.text().startswith("Tom Baker")
    assert panel.next_label.text() == "Next: Sam Okafor"


def test_announcements_on_speaker_change_and_one_minute_never_a_countdown(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    choose_only(tab, qtbot, ["Sam Okafor", "Lin Chen"])
    announce.last_announcements.clear()
    start(tab, qtbot)
    assert list(announce.last_announcements) == ["Lin Chen's turn."]
    for _ in range(40):  # forty refreshes a second apart: the clock changes, nobody is told
        clock.advance(1)
        tab.session.refresh()
    assert list(announce.last_announcements) == ["Lin Chen's turn."]
    assert panel.clock.text() == "1:20"
    clock.advance(25)
    tab.session.refresh()
    assert announce.last_announcements[-1] == "One minute left for Lin Chen."
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)
    assert announce.last_announcements[-1] == "Sam Okafor's turn."
    # The clock's name carries its value, but it is no Tab stop and nothing is announced as it
    # ticks: the focused widget's description (what Orca speaks) is left alone.
    assert panel.clock.accessibleName() == f"Time left on the clock: {panel.clock.text()}"
    assert not panel.clock.focusPolicy() & Qt.FocusPolicy.TabFocus


def test_thinking_pair_shares_the_time_and_more_time_for_one_is_more_for_both(run_tab, clock,
                                                                               qtbot):
    tab, panel = run_tab, run_tab.panel
    tab.start_panel.set_mode("pair")
    tab.start_panel.first.setCurrentText("Sam Okafor")
    tab.start_panel.second.setCurrentText("Tom Baker")
    tab.start_panel.minutes.setValue(1.5)
    start(tab, qtbot)
    assert panel.status.text().startswith("Thinking pair 1")
    assert panel.speaker.text().startswith("Sam Okafor")
    assert panel.clock.text() == "1:30"
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Plus)
    clock.advance(150)
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)
    assert panel.speaker.text().startswith("Tom Baker")
    assert panel.clock.text() == "2:30"  # the other person gets the same extra minute
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)
    assert not tab.session.running


def test_partners_first_and_moving_people_up_the_list(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    choose_only(tab, qtbot, ["Sam Okafor", "Lin Chen", "Tom Baker", "Dr David Evans"])
    people = tab.start_panel.people
    people.setCurrentRow(6)  # Tom Baker, to the top
    for _ in range(6):
        qtbot.mouseClick(tab.start_panel.up_button, Qt.MouseButton.LeftButton)
    start(tab, qtbot)
    assert panel.speaker.text().startswith("Tom Baker")
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Escape)
    tab.start_panel.order.setCurrentText("Partners first")
    start(tab, qtbot)
    assert panel.speaker.text().startswith("Lin Chen")
    assert panel.still.text() == "Still to speak: Sam Okafor, Tom Baker, Dr David Evans"


def test_closing_the_app_closes_the_presenter_view(run_tab, qtbot):
    run_tab.presenter_action.trigger()
    assert run_tab.presenter.isVisible()
    run_tab.shut_down()
    assert not run_tab.presenter.isVisible()
    assert not run_tab.presenter_action.isChecked()


def test_starting_from_below_the_fold_brings_the_speaker_into_view(run_tab, qtbot):
    # On a small screen Start is below the fold; once pressed, the chair must see who speaks.
    run_tab.resize(1000, 400)
    bar = run_tab.verticalScrollBar()
    run_tab.ensureWidgetVisible(run_tab.start_panel.start_button)
    assert bar.value() > 0
    run_tab.start_panel.start_button.setFocus()
    qtbot.keyClick(run_tab.start_panel.start_button, Qt.Key.Key_Space)
    assert run_tab.panel.speaker.hasFocus()
    top = run_tab.panel.speaker.mapTo(run_tab.viewport(), QPoint(0, 0)).y()
    assert 0 <= top < run_tab.viewport().height() - run_tab.panel.speaker.height()


def test_pause_more_time_and_t_are_said_when_the_chair_asks(run_tab, clock, qtbot):
    tab, panel = run_tab, run_tab.panel
    choose_only(tab, qtbot, ["Sam Okafor", "Lin Chen"])
    start(tab, qtbot)
    qtbot.keyClick(panel.speaker, Qt.Key.Key_P)
    assert announce.last_announcements[-1] == "Paused. The clock has stopped."
    qtbot.keyClick(panel.speaker, Qt.Key.Key_T)
    assert announce.last_announcements[-1] == ("About 2 minutes left for Lin Chen. "
                                               "The clock is paused.")
    qtbot.keyClick(panel.speaker, Qt.Key.Key_P)
    assert announce.last_announcements[-1] == "Carrying on."
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Plus)
    assert announce.last_announcements[-1] == "One more minute for Lin Chen."
    said = len(announce.last_announcements)
    for _ in range(30):  # the clock runs: nothing more is said until the chair asks
        clock.advance(1)
        tab.session.refresh()
    assert len(announce.last_announcements) == said
