"""Each turn reaches the database the moment it ends, and the screens hear about it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_run_support import (  # noqa: F401
    choose_only,
    clock_fixture,
    run_tab_fixture,
    start,
    upcoming_meeting_id,
)

from meetingkit.store.changes import Kind


def test_turns_land_in_the_database_as_they_end(run_tab, clock, qtbot, context):
    tab, panel = run_tab, run_tab.panel
    store, meeting = context.store, upcoming_meeting_id(context.store)
    told = []
    context.bus.changed.connect(told.append)
    tab.item_box.setCurrentIndex(3)
    item_id = tab.item_box.currentData()
    choose_only(tab, qtbot, ["Sam Okafor", "Tom Baker", "Lin Chen"])
    start(tab, qtbot)
    assert store.turns.for_meeting(meeting) == []  # nothing until a turn ends

    clock.advance(42)
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Space)
    rows = store.turns.for_meeting(meeting)
    assert [(r["person_id"], r["duration_s"], r["passed"], r["item_id"], r["mode"])
            for r in rows] == [(_id(store, "Lin Chen"), 42.0, 0, item_id, "round")]
    assert any(change.touches(Kind.TURNS) for change in told)

    clock.advance(5)
    qtbot.keyClick(panel.speaker, Qt.Key.Key_L)  # Sam passes
    clock.advance(3)
    qtbot.keyClick(panel.speaker, Qt.Key.Key_S)  # Tom is skipped (not here)
    rows = store.turns.for_meeting(meeting)
    assert [(r["person_id"], r["duration_s"], r["passed"], r["skipped"]) for r in rows][1:] == [
        (_id(store, "Sam Okafor"), 5.0, 1, 0), (_id(store, "Tom Baker"), 3.0, 0, 1)]

    clock.advance(61)  # Sam, asked again, speaks; Esc ends the round and saves that turn too
    qtbot.keyClick(panel.speaker, Qt.Key.Key_Escape)
    last = store.turns.for_meeting(meeting)[-1]
    assert (last["person_id"], last["duration_s"], last["passed"]) == (_id(store, "Sam Okafor"),
                                                                       61.0, 0)
    assert tab.session.saved_ids == [r["id"] for r in store.turns.for_meeting(meeting)]


def test_closing_the_window_saves_the_turn_in_progress(run_tab, clock, qtbot, context):
    start(run_tab, qtbot)
    clock.advance(12)
    run_tab.shut_down()  # what the main window calls on close
    rows = context.store.turns.for_meeting(upcoming_meeting_id(context.store))
    assert [r["duration_s"] for r in rows] == [12.0]
    assert not run_tab.session.running


def test_a_store_that_fails_keeps_the_turn_and_says_so_once(run_tab, clock, qtbot, context,
                                                            monkeypatch):
    from ui import announce

    store = context.store
    start(run_tab, qtbot)
    announce.last_announcements.clear()
    real = store.turns.record
    monkeypatch.setattr(store.turns, "record", lambda *a, **k: (_ for _ in ()).throw(
        OSError("disk full")))
    clock.advance(30)
    qtbot.keyClick(run_tab.panel.speaker, Qt.Key.Key_Space)
    assert "A turn could not be saved yet. MeetingKit will keep trying." in \
        announce.last_announcements
    for _ in range(3):
        run_tab.session.refresh()  # tries again, without saying so again
    assert sum(a.startswith("A turn could not") for a in announce.last_announcements) == 1
    monkeypatch.setattr(store.turns, "record", real)
    run_tab.session.refresh()
    rows = store.turns.for_meeting(upcoming_meeting_id(store))
    assert [r["duration_s"] for r in rows] == [30.0]


def test_choosing_another_meeting_ends_the_round_under_its_own_meeting(run_tab, clock, qtbot,
                                                                      context):
    store = context.store
    meeting = upcoming_meeting_id(store)
    other = next(m.id for m in store.meetings.for_committee(store.committees.all()[0].id)
                 if m.id != meeting)
    start(run_tab, qtbot)
    clock.advance(7)
    run_tab.set_meeting(other)
    assert [r["duration_s"] for r in store.turns.for_meeting(meeting)] == [7.0]
    assert store.turns.for_meeting(other) == []
    assert "No round is running" in run_tab.panel.status.text()


def _id(store, name: str) -> int:
    return next(p.id for p in store.people.all() if p.name == name)
