"""Shared helpers for the "Run the meeting" tests: a fake clock and the tab around the demo
meeting, shown and active so its keys work. (No tests here.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


class FakeClock:
    """A monotonic clock the test moves by hand: no sleeping, no timing."""

    def __init__(self, start: float = 1000.0):
        self.now = start

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def upcoming_meeting_id(store) -> int:
    committee = store.committees.all()[0]
    return max(store.meetings.for_committee(committee.id), key=lambda m: m.date).id


# Fixtures are named apart from their functions, so a test module can import them (ruff F811).
@pytest.fixture(name="clock")
def clock_fixture() -> FakeClock:
    return FakeClock()


@pytest.fixture(name="run_tab")
def run_tab_fixture(qtbot, context, clock):
    from ui.run.tab import RunMeetingTab

    tab = RunMeetingTab(context, clock=clock)
    qtbot.addWidget(tab)
    tab.set_meeting(upcoming_meeting_id(context.store))
    tab.resize(1000, 900)
    tab.show()
    qtbot.waitExposed(tab)
    activate(tab, qtbot)
    return tab


def activate(widget, qtbot) -> None:
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget.window())


def choose_only(tab, qtbot, names: list[str]) -> None:
    """Ticks just these people in 'Who takes part', with the keyboard (Space toggles)."""
    people = tab.start_panel.people
    people.setFocus()
    for row in range(people.count()):
        item = people.item(row)
        wanted = item.data(Qt.ItemDataRole.UserRole).name in names
        if (item.checkState() == Qt.CheckState.Checked) != wanted:
            people.setCurrentRow(row)
            qtbot.keyClick(people, Qt.Key.Key_Space)
    ticked = [people.item(r).data(Qt.ItemDataRole.UserRole).name for r in range(people.count())
              if people.item(r).checkState() == Qt.CheckState.Checked]
    assert sorted(ticked) == sorted(names)


def start(tab, qtbot) -> None:
    qtbot.mouseClick(tab.start_panel.start_button, Qt.MouseButton.LeftButton)
    assert tab.panel.speaker.hasFocus()  # the keys work straight away
