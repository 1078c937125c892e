"""The full-text index (migration 8) holds a row for every paper, agenda item, item's notes,
decision and action, and only for those: it is filled from what a database already holds, kept in
step by triggers on insert, update and delete, also when SQLite deletes rows itself (ON DELETE
CASCADE from a meeting, a committee or an item), and through undo and redo."""

from __future__ import annotations

import sqlite3

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from meetingkit.store import Store
from meetingkit.store.migrations import migrate

# What each kind of index row stands for: (its table, its key, its title, its body).
THINGS = {"paper": ("papers", "id", "title", "body"),
          "notes": ("item_notes", "item_id", "''", "body"),
          "item": ("agenda_items", "id", "title", "summary"),
          "decision": ("decisions", "id", "''", "text"),
          "action": ("actions", "id", "owner", "text")}


def index_rows(conn: sqlite3.Connection) -> set[tuple]:
    return set(conn.execute("SELECT kind, ref, title, body FROM search_index"))


def expected_rows(conn: sqlite3.Connection) -> set[tuple]:
    """What the index should hold, worked out from the tables themselves."""
    rows = set()
    for kind, (table, key, title, body) in THINGS.items():
        rows |= set(conn.execute(f"SELECT '{kind}', {key}, {title}, {body} FROM {table}"))
    return rows


def assert_in_step(conn: sqlite3.Connection) -> None:
    """One index row per thing, holding its words now, and nothing else (no stale rows)."""
    count = conn.execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert index_rows(conn) == expected_rows(conn)
    assert count == len(expected_rows(conn))  # no row twice
    refs = conn.execute("SELECT doc, kind, ref FROM search_index_refs ORDER BY doc").fetchall()
    assert refs == conn.execute("SELECT rowid, kind, ref FROM search_index ORDER BY rowid").fetchall()


def kinds_found(store: Store, words: str) -> list[str]:
    return sorted(row["kind"] for row in store.search.everything(words))


def fill(store: Store) -> dict[str, int]:
    """A committee with one meeting holding one of everything, and an action on no item."""
    committee = store.committees.create("Patient Safety Group")
    meeting = store.meetings.create(committee, "June", "2026-06-03")
    item = store.agenda.add(meeting, "Falls update", summary="How many patients fell in May.")
    paper = store.papers.add(item, "Falls report", "The sensor mat trial ran on ward 4.")
    store.notes.save(item, "Tom said the falls rate went down.")
    decision = store.decisions.add(item, "We agreed to buy sensor mats.")
    action = store.actions.add(meeting, "Order sensor mats for ward 4", "Maria Lopez",
                               item_id=item)
    loose = store.actions.add(meeting, "Book a room for the falls workshop", "Jo Evans")
    return {"committee": committee, "meeting": meeting, "item": item, "paper": paper,
            "decision": decision, "action": action, "loose": loose}


def test_a_database_at_version_7_is_filled_from_what_it_holds_and_backed_up_first(tmp_path):
    path = tmp_path / "v7.db"
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, target=7)
    for sql in (
            "INSERT INTO committees (name) VALUES ('PSG')",
            "INSERT INTO meetings (committee_id, title, date) VALUES (1, 'May', '2026-05-01')",
            "INSERT INTO meetings (committee_id, title, date) VALUES (1, 'June', '2026-06-03')",
            "INSERT INTO agenda_items (meeting_id, position, title, summary) "
            "VALUES (2, 0, 'Falls update', 'How many patients fell.')",
            "INSERT INTO agenda_items (meeting_id, position, title) VALUES (1, 0, 'Welcome')",
            "INSERT INTO papers (item_id, title, body) VALUES (1, 'Falls report', 'bed rails')",
            "INSERT INTO item_notes (item_id, body) VALUES (1, 'Tom spoke about bed rails.')",
            "INSERT INTO decisions (item_id, text) VALUES (1, 'We agreed to buy sensor mats.')",
            "INSERT INTO actions (meeting_id, item_id, text, owner) "
            "VALUES (2, 1, 'Order sensor mats for ward 4', 'Maria Lopez')",
            "INSERT INTO actions (meeting_id, text, owner) VALUES (1, 'Book a room', 'Jo')",
            # a row V2's triggers would never leave, as if from a damaged or hand-edited file:
            # filling the index again from scratch drops it
            "INSERT INTO search_index (kind, ref, title, body) VALUES ('notes', 99, '', 'ghost')"):
        conn.execute(sql)
    conn.commit()
    conn.close()

    store = Store.open(path)
    assert_in_step(store.conn)
    made = store.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'")
    assert "prefix = '3 4'" in made.fetchone()[0]  # quick for words still being typed
    assert kinds_found(store, "falls") == ["item", "paper"]
    assert kinds_found(store, "sensor mats") == ["action", "decision"]
    assert kinds_found(store, "maria") == ["action"]
    assert kinds_found(store, "bed rails") == ["notes", "paper"]  # papers and notes still work
    assert kinds_found(store, "ghost") == []
    # oldest meeting first, so the newest rows are the newest meetings' (Queries.search)
    first = store.conn.execute("SELECT kind, ref FROM search_index ORDER BY rowid").fetchall()
    assert set(first[:2]) == {("item", 2), ("action", 2)}
    saved = sqlite3.connect(next((tmp_path / "backups").glob("*.db")))
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 7
    saved.close()
    # the old paper and notes rows keep following their rows through the new triggers
    store.papers.update(1, body="bed alarms")
    store.notes.save(1, "Nothing said.")
    assert kinds_found(store, "rails") == []
    assert kinds_found(store, "alarms") == ["paper"]
    assert_in_step(store.conn)
    store.close()


def test_inserts_updates_and_deletes_of_each_kind_keep_one_row_each(store):
    ids = fill(store)
    assert_in_step(store.conn)
    assert kinds_found(store, "falls") == ["action", "item", "notes", "paper"]
    store.agenda.update(ids["item"], title="Pressure ulcers", summary="Heels and hips.")
    store.agenda.move(ids["item"], 0)
    store.decisions.update(ids["decision"], "We agreed to buy pressure cushions.")
    store.actions.update(ids["action"], owner="Tom Baker", status="done")
    store.notes.save(ids["item"], "first")  # notes are saved by an upsert: the same row again
    store.notes.save(ids["item"], "second")
    assert_in_step(store.conn)
    assert kinds_found(store, "heels") == ["item"]
    assert kinds_found(store, "cushions") == ["decision"]
    assert kinds_found(store, "tom baker") == ["action"]
    assert kinds_found(store, "maria") == []
    store.decisions.delete(ids["decision"])
    store.actions.delete(ids["action"])
    store.papers.delete(ids["paper"])
    assert_in_step(store.conn)
    assert kinds_found(store, "cushions") == []


def test_cascaded_deletes_leave_no_stale_rows(store):
    """SQLite runs a table's delete triggers for rows that ON DELETE CASCADE removes only in
    some set-ups (not for rows a REPLACE removes unless recursive triggers are on, for one). With
    the store's connection (foreign keys on, recursive triggers off) they do run: this proves it
    for each level of cascade."""
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.conn.execute("PRAGMA recursive_triggers").fetchone()[0] == 0
    first, second = fill(store), fill(store)
    keep = fill(store)
    store.agenda.delete(first["item"])  # its paper, notes and decision go; its action stays
    assert_in_step(store.conn)
    assert store.actions.get(first["action"]).item_id is None
    assert first["action"] in {row["ref"] for row in store.search.everything("maria")}
    store.meetings.delete(first["meeting"])  # its items' rows, two levels down
    assert_in_step(store.conn)
    store.committees.delete(second["committee"])  # three levels down
    assert_in_step(store.conn)
    assert kinds_found(store, "sensor mats") == ["action", "decision", "paper"]
    assert {row["ref"] for row in store.search.everything("sensor")} >= {keep["paper"]}


def test_undo_and_redo_of_deleting_a_meeting_keep_the_index_in_step(store):
    ids = fill(store)
    before = index_rows(store.conn)
    with store.history.step("delete the meeting"):
        store.meetings.delete(ids["meeting"])
    assert index_rows(store.conn) == set()
    store.history.undo()
    assert index_rows(store.conn) == before
    assert_in_step(store.conn)
    store.history.redo()
    assert_in_step(store.conn)
    assert index_rows(store.conn) == set()


OPERATIONS = st.lists(st.tuples(
    st.sampled_from(["item", "edit item", "notes", "decision", "edit decision", "action",
                     "loose action", "edit action", "paper", "delete item", "delete decision",
                     "delete action", "delete meeting", "undo", "redo"]),
    st.integers(0, 5), st.text(max_size=10)), min_size=1, max_size=15)


def _pick(store: Store, sql: str, pick: int) -> int | None:
    ids = [row[0] for row in store.conn.execute(sql)]
    return ids[pick % len(ids)] if ids else None


def _apply(store: Store, name: str, pick: int, text: str) -> None:
    """One change a person could make, in its own undo step, on whatever is there."""
    if name in ("undo", "redo"):
        if getattr(store.history, f"{name}_description") is not None:
            getattr(store.history, name)()
        return
    meeting = _pick(store, "SELECT id FROM meetings", pick)
    if meeting is None:
        committee = _pick(store, "SELECT id FROM committees", 0)
        meeting = store.meetings.create(committee, "June", "2026-06-03")
    item = _pick(store, f"SELECT id FROM agenda_items WHERE meeting_id = {meeting}", pick)
    decision = _pick(store, "SELECT id FROM decisions", pick)
    action = _pick(store, "SELECT id FROM actions", pick)
    words = text.strip() or "words"
    with store.history.step(name):
        if name == "item" or item is None:
            store.agenda.add(meeting, words, summary=text)
        elif name == "edit item":
            store.agenda.update(item, title=words, summary=text)
        elif name == "notes":
            store.notes.save(item, text)
        elif name == "decision":
            store.decisions.add(item, words)
        elif name == "edit decision" and decision is not None:
            store.decisions.update(decision, words)
        elif name in ("action", "loose action"):
            store.actions.add(meeting, words, text, item_id=item if name == "action" else None)
        elif name == "edit action" and action is not None:
            store.actions.update(action, text=words, owner=text)
        elif name == "paper":
            store.papers.add(item, words, text)
        elif name == "delete item":
            store.agenda.delete(item)
        elif name == "delete decision" and decision is not None:
            store.decisions.delete(decision)
        elif name == "delete action" and action is not None:
            store.actions.delete(action)
        elif name == "delete meeting":
            store.meetings.delete(meeting)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(OPERATIONS)
def test_any_changes_undone_and_redone_leave_the_index_in_step(operations):
    store = Store.memory()
    try:
        store.committees.create("Patient Safety Group")
        for name, pick, text in operations:
            _apply(store, name, pick, text)
            assert_in_step(store.conn)
    finally:
        store.close()
