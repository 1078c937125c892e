"""Each migration from the version before it; refusing files that are not ours, untouched."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from meetingkit.errors import NewerDatabase, NotADatabase
from meetingkit.store import Store
from meetingkit.store.migrations import APPLICATION_ID, LATEST_VERSION, migrate


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_database_reaches_the_latest_version(tmp_path):
    store = Store.open(tmp_path / "new.db")
    assert store.created and store.schema_version() == LATEST_VERSION
    assert store.conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    again = Store.open(tmp_path / "new.db")
    assert not again.created
    again.close()


def test_v1_to_v2_keeps_data_indexes_it_and_backs_up_first(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    migrate(conn, target=1)
    conn.execute("INSERT INTO committees (name) VALUES ('PSG')")
    conn.execute("INSERT INTO meetings (committee_id, title, date) VALUES (1, 'May', '2026-05-01')")
    conn.execute("INSERT INTO agenda_items (meeting_id, position, title) VALUES (1, 0, 'Falls')")
    conn.execute("INSERT INTO papers (item_id, title, body) VALUES (1, 'Falls', 'bed rails')")
    conn.commit()
    conn.close()

    store = Store.open(path)
    assert store.schema_version() == LATEST_VERSION
    assert store.committees.all()[0].name == "PSG"
    assert store.search.papers_and_notes("rails")[0]["title"] == "Falls"
    backups = list((tmp_path / "backups").glob("*.db"))
    assert len(backups) == 1
    saved = sqlite3.connect(backups[0])
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 1
    assert saved.execute("SELECT name FROM committees").fetchone()[0] == "PSG"
    saved.close()
    store.close()


def test_a_failing_migration_leaves_the_version_unchanged(tmp_path, monkeypatch):
    from meetingkit.store import migrations

    conn = sqlite3.connect(tmp_path / "x.db")
    migrate(conn, target=1)
    monkeypatch.setattr(migrations, "MIGRATIONS", [migrations.V1_INITIAL, "CREATE TABLE oops (;"])
    with pytest.raises(sqlite3.OperationalError):
        migrations.migrate(conn, target=2)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 1


@pytest.mark.parametrize("content", [b"Hello, this is a letter.\n", b"PK\x03\x04" + b"\0" * 200,
                                     b"SQLite format 3\x00" + b"\xff" * 300])
def test_a_file_that_is_not_a_meetingkit_database_is_refused_untouched(tmp_path, content):
    path = tmp_path / "letter.db"
    path.write_bytes(content)
    before = _digest(path)
    with pytest.raises(NotADatabase):
        Store.open(path)
    assert _digest(path) == before


def test_another_programs_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NotADatabase, match="another program"):
        Store.open(path)
    assert _digest(path) == before


def test_a_database_from_a_newer_meetingkit_is_refused_untouched(tmp_path):
    path = tmp_path / "future.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.commit()
    conn.close()
    before = _digest(path)
    with pytest.raises(NewerDatabase, match="newer version"):
        Store.open(path)
    assert _digest(path) == before


def _database_at(path, version: int, *statements: str):
    """A database file at an older schema version, with these rows in it."""
    conn = sqlite3.connect(path)
    migrate(conn, target=version)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()
    return path


def test_v3_to_v4_keeps_turns_and_fills_in_the_speakers_role(tmp_path):
    path = _database_at(
        tmp_path / "v3.db", 3,
        "INSERT INTO committees (name) VALUES ('PSG')",
        "INSERT INTO people (name, role) VALUES ('Sam', 'partner')",
        "INSERT INTO meetings (committee_id, title, date) VALUES (1, 'May', '2026-05-01')",
        "INSERT INTO speaking_turns (meeting_id, person_id, started_at, duration_s, passed)"
        " VALUES (1, 1, '2026-05-01T10:00:00+01:00', 95.5, 0)")
    store = Store.open(path)
    (turn,) = store.turns.for_meeting(1)
    assert (turn["duration_s"], turn["role"], turn["skipped"]) == (95.5, "partner", 0)
    store.turns.record(1, 1, "2026-05-01T10:02:00+01:00", 0.0, skipped=True, role="partner")
    assert [t["skipped"] for t in store.turns.for_meeting(1)] == [0, 1]
    store.close()


def test_v4_to_v5_keeps_papers_and_their_plain_versions_which_are_never_called_out_of_date(
        tmp_path):
    path = _database_at(
        tmp_path / "v4.db", 4,
        "INSERT INTO committees (name) VALUES ('PSG')",
        "INSERT INTO meetings (committee_id, title, date) VALUES (1, 'May', '2026-05-01')",
        "INSERT INTO agenda_items (meeting_id, position, title) VALUES (1, 0, 'Falls')",
        "INSERT INTO papers (item_id, title, body, plain_body) "
        "VALUES (1, 'Falls', 'Bed rails were ratified.', 'We agreed bed rails.')",
        "INSERT INTO papers (item_id, title, body) VALUES (1, 'Notes', 'No plain one')")

    store = Store.open(path)
    assert store.schema_version() == LATEST_VERSION >= 5
    with_plain, without = store.papers.for_item(1)
    assert (with_plain.body, with_plain.plain_body) == ("Bed rails were ratified.",
                                                        "We agreed bed rails.")
    assert with_plain.plain_from is None and without.plain_from is None
    assert store.search.papers_and_notes("rails")[0]["title"] == "Falls"
    # We cannot know what an old plain version was made from, so editing the paper now does
    # not make it out of date; saving a plain version again starts keeping track.
    store.papers.update(with_plain.id, body="Bed rails were agreed in May.")
    assert not store.papers.get(with_plain.id).plain_is_out_of_date
    store.papers.update(with_plain.id, plain_body="We agreed bed rails in May.")
    store.papers.update(with_plain.id, body="Bed rails were agreed in June.")
    assert store.papers.get(with_plain.id).plain_is_out_of_date
    store.close()
    backup = next((tmp_path / "backups").glob("*.db"))
    saved = sqlite3.connect(backup)
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 4
    saved.close()


def test_every_link_to_another_table_has_an_index(tmp_path):
    """Deleting a meeting, an item or a person looks up the rows that point at it; a link with no
    index makes SQLite read the whole table for every row deleted."""
    store = Store.open(tmp_path / "new.db")
    conn = store.conn
    missing = []
    tables = [name for (name,) in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%' "
        "AND name NOT LIKE 'search_index%'")]
    for table in tables:
        first_columns = {conn.execute(f"PRAGMA index_info('{index[1]}')").fetchone()[2]
                         for index in conn.execute(f"PRAGMA index_list('{table}')")}
        key = [row[1] for row in conn.execute(f"PRAGMA table_info('{table}')") if row[5] == 1]
        first_columns.update(key[:1])
        missing += [f"{table}.{link[3]}" for link in conn.execute(
            f"PRAGMA foreign_key_list('{table}')") if link[3] not in first_columns]
    store.close()
    assert tables and not missing


# What each shipped migration runs, as a fingerprint: databases already at a version never run
# its migration again, so changing one (or a constant it is made from) would leave them behind.
# A new migration is appended to MIGRATIONS and its fingerprint added here.
SHIPPED = {1: "324f3a429b8bd672", 2: "3703b764d3696087", 3: "4436f4aeccc6a41f",
           4: "788a0f180a7e5c33", 5: "055fc560f695465f", 6: "0aab87a1d1103407",
           7: "abfb32b58c7a5a90", 8: "7e50b432c31c48fc", 9: "4ac65fe787154541"}


def test_no_shipped_migration_has_changed():
    from meetingkit.store.migrations import MIGRATIONS

    made = {number: hashlib.sha256(script.encode()).hexdigest()[:16]
            for number, script in enumerate(MIGRATIONS, 1)}
    assert made == SHIPPED
