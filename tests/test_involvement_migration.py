"""Migration V3 (partners' involvement and rates) from a version-2 database."""

from __future__ import annotations

import sqlite3

import pytest

from meetingkit.store import Store
from meetingkit.store.migrations import migrate


def _v2_database(path) -> None:
    conn = sqlite3.connect(path)
    migrate(conn, target=2)
    conn.execute("INSERT INTO committees (name, quorum) VALUES ('PSG', 4)")
    conn.execute("INSERT INTO people (name, role) VALUES ('Sam Okafor', 'partner')")
    conn.execute("INSERT INTO meetings (committee_id, title, date) VALUES (1, 'May', '2026-05-01')")
    conn.execute("INSERT INTO actions (meeting_id, text, owner) VALUES (1, 'Write a leaflet', 'Sam')")
    conn.commit()
    conn.close()


def test_v2_to_v3_keeps_data_adds_involvement_and_backs_up_first(tmp_path):
    path = tmp_path / "old.db"
    _v2_database(path)

    store = Store.open(path)
    assert store.schema_version() >= 3
    assert store.committees.get(1).quorum == 4
    assert store.actions.for_meeting(1)[0].text == "Write a leaflet"
    rates = store.involvement.rates(1)
    assert not rates.is_set and rates.day_pence == 0 and rates.mileage_pence == 45
    store.involvement.set_rates(1, 15000, 7500, 45)
    store.involvement.record(1, 1, meeting_hours=2, preparation_hours=1.5, travel_miles=12)
    assert store.involvement.get(1, 1).travel_miles == 12
    assert store.involvement.rates(1).is_set
    backups = list((tmp_path / "backups").rglob("*.db"))
    assert backups, "a backup is made before migrating"
    saved = sqlite3.connect(backups[0])
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 2
    saved.close()
    store.close()


def test_v3_rules_are_enforced_by_the_database(tmp_path):
    path = tmp_path / "old.db"
    _v2_database(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn, target=3)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 3
    conn.execute("INSERT INTO involvement (meeting_id, person_id) VALUES (1, 1)")
    with pytest.raises(sqlite3.IntegrityError):  # one record per person per meeting
        conn.execute("INSERT INTO involvement (meeting_id, person_id) VALUES (1, 1)")
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO involvement_rates (committee_id, day_pence) VALUES (1, -1)")
    conn.execute("DELETE FROM meetings WHERE id = 1")  # records go with their meeting
    assert conn.execute("SELECT count(*) FROM involvement").fetchone()[0] == 0
    conn.close()
