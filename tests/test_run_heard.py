"""Who was heard: the chart and tables show the right totals, per person and per group, for the
meeting and per item, and the same after reopening (from the database)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_run_support import (  # noqa: F401
    FakeClock,
    choose_only,
    clock_fixture,
    run_tab_fixture,
    start,
    upcoming_meeting_id,
)


def _rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())]
            for r in range(table.rowCount())]


def _run_a_round(tab, clock, qtbot) -> None:
    tab.item_box.setCurrentIndex(4)
    choose_only(tab, qtbot, ["Sam Okafor", "Lin Chen", "Tom Baker", "Dr David Evans"])
    start(tab, qtbot)
    speaker = tab.panel.speaker
    for seconds, key in ((90, Qt.Key.Key_Space),  # Dr David Evans speaks
                         (5, Qt.Key.Key_L),  # Lin Chen passes
                         (60, Qt.Key.Key_Space),  # Sam Okafor speaks
                         (2, Qt.Key.Key_S),  # Tom Baker is not here
                         (30, Qt.Key.Key_Space)):  # Lin Chen, asked again, speaks: round ends
        clock.advance(seconds)
        qtbot.keyClick(speaker, key)
    assert not tab.session.running


EXPECTED_PEOPLE = [
    ["Priya Shah", "chair", "0 s", "0", "0"],
    ["Dr David Evans", "staff", "1 min 30 s", "1", "0"],
    ["Jo Williams", "administrator", "0 s", "0", "0"],
    ["Lin Chen", "patient safety partner", "30 s", "1", "1"],
    ["Maria Lopez", "staff", "0 s", "0", "0"],
    ["Sam Okafor", "patient safety partner", "1 min", "1", "0"],
    ["Tom Baker", "staff", "0 s", "0", "0"],  # skipped (not here): not a pass
]
EXPECTED_GROUPS = [
    ["Chair", "1", "0 s", "0", "0%", "14%"],
    ["Patient safety partners", "2", "1 min 30 s", "2", "50%", "29%"],
    ["Staff", "3", "1 min 30 s", "1", "50%", "43%"],
    ["Administrator", "1", "0 s", "0", "0%", "14%"],
]


def test_who_was_heard_tables_chart_and_not_heard(run_tab, clock, qtbot):
    _run_a_round(run_tab, clock, qtbot)
    heard = run_tab.heard
    assert heard.summary.text() == "Total speaking time: 3 min."
    assert _rows(heard.people_table) == EXPECTED_PEOPLE
    assert _rows(heard.groups_table) == EXPECTED_GROUPS
    assert heard.not_heard.text() == ("Not heard yet: Priya Shah, Jo Williams, Maria Lopez, "
                                      "Tom Baker.")
    bars = [(b.label, b.detail, b.striped) for b in heard.chart.bars]
    assert bars == [
        ("Dr David Evans (staff)", "1 min 30 s, 1 turn", False),
        ("Lin Chen (patient safety partner)", "30 s, 1 turn", True),
        ("Sam Okafor (patient safety partner)", "1 min, 1 turn", True),
    ]
    assert "Sam Okafor (patient safety partner): 1 min, 1 turn" in \
        heard.chart.accessibleDescription()
    assert heard.chart.accessibleName()


def test_per_item_totals_and_the_same_after_reopening(run_tab, clock, qtbot, context):
    from ui.run.tab import RunMeetingTab

    _run_a_round(run_tab, clock, qtbot)
    item_id = run_tab.item_box.currentData()
    heard = run_tab.heard
    heard.scope.setCurrentIndex(heard.scope.findData(item_id))
    assert _rows(heard.groups_table) == EXPECTED_GROUPS
    heard.scope.setCurrentIndex(heard.scope.findData(run_tab.item_box.itemData(0)))
    assert heard.summary.text() == "Nobody has had a turn yet."
    assert heard.chart.bars == []

    again = RunMeetingTab(context, clock=FakeClock())  # a fresh start: figures from the database
    qtbot.addWidget(again)
    again.set_meeting(upcoming_meeting_id(context.store))
    assert _rows(again.heard.people_table) == EXPECTED_PEOPLE
    assert _rows(again.heard.groups_table) == EXPECTED_GROUPS


def test_time_shares_and_the_gentle_prompt(run_tab, clock, qtbot):
    tab = run_tab
    tab.item_box.setCurrentIndex(4)
    choose_only(tab, qtbot, ["Sam Okafor", "Lin Chen", "Tom Baker", "Dr David Evans"])
    start(tab, qtbot)  # Dr David Evans first, then talks for ten minutes
    clock.advance(600)
    tab.session.refresh()  # what the 4 Hz timer does
    assert "nobody has spoken yet" in tab.shares.item_line.text()  # not redone on every refresh
    tab.shares.check()  # what the ten-second timer does
    assert "Staff 10 min (3 people)" in tab.shares.item_line.text()
    assert "Patient safety partners 0 s (2 people)" in tab.shares.meeting_line.text()
    assert tab.shares.prompt.text().startswith("Suggestion: Partners have had 0% of the "
                                               "speaking time so far")
    assert tab.shares.prompt.isVisibleTo(tab)
