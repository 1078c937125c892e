"""Undo and redo kept by the store: rows come back with their own ids and links, search stays in
step, what changed is worked out from the rows written, typing merges into one step, and writes
made outside a step never let an undo overwrite them."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.errors import MeetingKitError
from meetingkit.store import Store
from meetingkit.store.changes import TABLE_KINDS, Kind
from meetingkit.store.history import LIMIT, _history_tables


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every row of every table, rowids included, so 'the same' means the same ids too."""
    tables = _history_tables(store.conn)
    return {t: store.conn.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid").fetchall()
            for t in tables}


def search(store: Store, words: str) -> list[tuple]:
    return store.conn.execute("SELECT * FROM search_index WHERE search_index MATCH ?",
                              [words]).fetchall()


@pytest.fixture
def meeting(store):
    committee = store.committees.create("Patient Safety Group")
    return store.meetings.create(committee, "June", "2026-06-03")


def test_every_table_says_what_kind_of_thing_it_holds(store):
    assert set(_history_tables(store.conn)) == set(TABLE_KINDS)


def test_deleting_an_item_with_a_paper_and_an_action_comes_back_whole_and_linked(store, meeting):
    item = store.agenda.add(meeting, "Falls on the wards", presenter="Tom Baker")
    paper = store.papers.add(item, "Falls report", "The sensor mat trial ran on ward 7.")
    action = store.actions.add(meeting, "Send the leaflet", "Maria", "2026-06-20", item)
    decision = store.decisions.add(item, "Buy two more sensor mats.")
    before = dump(store)

    with store.history.step("delete the agenda item 'Falls on the wards'") as outcome:
        store.agenda.delete(item)
    assert store.actions.get(action).item_id is None  # the link is let go when the item goes
    assert outcome.changes.touches(Kind.AGENDA, Kind.PAPERS, Kind.ACTIONS, Kind.DECISIONS)
    assert outcome.changes.ids(Kind.ACTIONS) == {action}
    assert search(store, "sensor") == []

    assert store.history.undo_description == "delete the agenda item 'Falls on the wards'"
    undone = store.history.undo()
    assert undone.description == "delete the agenda item 'Falls on the wards'"
    assert undone.changes.ids(Kind.AGENDA) == {item}
    assert dump(store) == before
    assert store.actions.get(action).item_id == item
    assert store.papers.get(paper).item_id == item
    assert store.decisions.for_item(item)[0].id == decision
    # search finds the paper and the decision again
    assert sorted(row[0] for row in search(store, "sensor")) == ["decision", "paper"]

    assert store.history.redo_description == "delete the agenda item 'Falls on the wards'"
    store.history.redo()
    assert store.agenda.items(meeting) == []
    assert search(store, "sensor") == []
    store.history.undo()
    assert dump(store) == before


def test_a_failed_step_leaves_nothing_to_undo(store, meeting):
    with pytest.raises(MeetingKitError), store.history.step("add two items"):
        store.agenda.add(meeting, "One")
        store.agenda.add(meeting, "   ")  # refused, so the whole step is rolled back
    assert store.agenda.items(meeting) == []
    assert store.history.undo_description is None


def test_a_step_that_writes_nothing_is_not_an_undo_step(store, meeting):
    with store.history.step("nothing") as outcome:
        store.agenda.items(meeting)
    assert not outcome.changes
    assert store.history.undo_description is None


def test_writing_the_same_values_again_is_no_change(store, meeting):
    item = store.agenda.add(meeting, "Falls", minutes=10)
    with store.history.step("save without changing anything") as outcome:
        store.agenda.update(item, title="Falls", minutes=10)
    assert not outcome.changes
    assert store.history.undo_description is None


def test_a_step_inside_a_step_is_part_of_it(store, meeting):
    with store.history.step("add an item and its paper") as outer:
        item = store.agenda.add(meeting, "Medicines")
        with store.history.step("add a paper") as inner:
            store.papers.add(item, "Report", "Text")
    assert inner is outer and outer.changes.touches(Kind.AGENDA, Kind.PAPERS)
    store.history.undo()
    assert store.agenda.items(meeting) == []


def test_a_step_cannot_start_inside_a_plain_transaction(store, meeting):
    with pytest.raises(RuntimeError), store.transaction(), store.history.step("x"):
        pass


def test_typing_merges_into_one_step_that_puts_back_the_text_from_before(store, meeting):
    item = store.agenda.add(meeting, "Falls")
    store.notes.save(item, "First words.")
    key = ("notes", item)
    for text in ("First words. More", "First words. More words", "First words. More words."):
        with store.history.step("typing in the notes", merge_key=key):
            store.notes.save(item, text)
    copies = store.conn.execute("SELECT count(*) FROM history_log WHERE tbl = 'item_notes'")
    assert copies.fetchone()[0] == 1  # one copy of the text, not one per save
    store.history.undo()
    assert store.notes.get(item) == "First words."
    assert store.history.undo_description is None
    store.history.redo()
    assert store.notes.get(item) == "First words. More words."


def test_a_new_step_after_undo_clears_what_could_be_redone(store, meeting):
    with store.history.step("add One"):
        store.agenda.add(meeting, "One")
    store.history.undo()
    with store.history.step("add Two"):
        store.agenda.add(meeting, "Two")
    assert store.history.redo_description is None
    assert not store.history.redo().changes


def test_a_write_outside_any_step_is_never_overwritten_by_undo(store, meeting):
    item = store.agenda.add(meeting, "Falls")
    with store.history.step("rename the item"):
        store.agenda.update(item, title="Falls on the wards")
    with store.history.step("add an action"):
        store.actions.add(meeting, "Write to families", "Jo")
    store.agenda.update(item, presenter="Tom")  # e.g. a write nobody can undo
    # The action step touched other rows and can still be undone; the rename cannot any more.
    assert store.history.undo_description == "add an action"
    store.history.undo()
    assert store.history.undo_description is None
    assert store.agenda.get(item).title == "Falls on the wards"
    assert store.agenda.get(item).presenter == "Tom"


def test_bulk_work_is_not_recorded_and_the_history_starts_again(store, meeting):
    with store.history.step("add One"):
        store.agenda.add(meeting, "One")
    with store.history.paused():
        for n in range(50):
            store.agenda.add(meeting, f"Bulk {n}")
    assert store.history.undo_description is None
    assert store.conn.execute("SELECT count(*) FROM history_log").fetchone()[0] == 0


def test_only_the_latest_steps_are_kept(store, meeting):
    for n in range(LIMIT + 5):
        with store.history.step(f"add item {n}"):
            store.agenda.add(meeting, f"Item {n}")
    undone = 0
    while store.history.undo().changes:
        undone += 1
    assert undone == LIMIT
    assert len(store.agenda.items(meeting)) == 5


def test_text_with_a_nul_character_comes_back_whole(store, meeting):
    item = store.agenda.add(meeting, "Falls")
    store.notes.save(item, "before\x00after")
    with store.history.step("clear the notes"):
        store.notes.save(item, "")
    store.history.undo()
    assert store.notes.get(item) == "before\x00after"


def test_nothing_of_the_history_is_written_to_the_file(tmp_path):
    path = tmp_path / "x.db"
    store = Store.open(path)
    committee = store.committees.create("PSG")
    with store.history.step("add a meeting"):
        store.meetings.create(committee, "May", "2026-05-01")
    store.close()
    conn = sqlite3.connect(path)
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    conn.close()
    assert not any("history" in name for name in names)


# ----- any sequence of changes undoes to exactly where it began, and redoes to where it ended ---
OPERATIONS = st.lists(st.tuples(st.sampled_from(
    ["add item", "rename item", "delete item", "add paper", "edit paper", "delete paper",
     "add action", "close action", "delete action", "notes", "attend", "decide"]),
    st.integers(0, 5), st.text(max_size=12)), min_size=1, max_size=12)


def _apply(store: Store, meeting: int, name: str, pick: int, text: str) -> None:
    items = [i.id for i in store.agenda.items(meeting)]
    papers = [p.id for i in items for p in store.papers.for_item(i)]
    actions = [a.id for a in store.actions.for_meeting(meeting)]

    def chosen(ids: list[int]) -> int | None:
        return ids[pick % len(ids)] if ids else None

    title = text.strip() or "Untitled"
    if name == "add item":
        store.agenda.add(meeting, title)
    elif name == "rename item" and (item := chosen(items)):
        store.agenda.update(item, title=title)
    elif name == "delete item" and (item := chosen(items)):
        store.agenda.delete(item)
    elif name == "add paper" and (item := chosen(items)):
        store.papers.add(item, title, text)
    elif name == "edit paper" and (paper := chosen(papers)):
        store.papers.update(paper, body=text)
    elif name == "delete paper" and (paper := chosen(papers)):
        store.papers.delete(paper)
    elif name == "add action":
        store.actions.add(meeting, title, "Jo", None, chosen(items))
    elif name == "close action" and (action := chosen(actions)):
        store.actions.update(action, status="done")
    elif name == "delete action" and (action := chosen(actions)):
        store.actions.delete(action)
    elif name == "notes" and (item := chosen(items)):
        store.notes.save(item, text)
    elif name == "decide" and (item := chosen(items)):
        store.decisions.add(item, title)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_any_changes_undo_back_to_the_start_and_redo_to_the_end(operations):
    store = Store.memory()
    committee = store.committees.create("PSG")
    meeting = store.meetings.create(committee, "June", "2026-06-03")
    store.agenda.add(meeting, "Welcome")
    start = dump(store)
    steps = 0
    for name, pick, text in operations:
        with store.history.step(name) as outcome:
            _apply(store, meeting, name, pick, text)
        steps += bool(outcome.changes)
    end = dump(store)
    for _ in range(steps):
        assert store.history.undo().changes
    assert not store.history.undo().changes
    assert dump(store) == start
    for _ in range(steps):
        assert store.history.redo().changes
    assert dump(store) == end
    assert store.conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()
