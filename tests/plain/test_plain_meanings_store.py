"""Migration 6 and store.acronym_meanings: the meaning a committee's chair chose for an acronym
with more than one ("PAS: which meaning?") is kept for that committee only."""

from __future__ import annotations

import sqlite3

from meetingkit.store import Store
from meetingkit.store.migrations import LATEST_VERSION, migrate


def test_v5_to_v6_keeps_data_and_adds_the_committees_meanings(tmp_path):
    path = tmp_path / "v5.db"
    conn = sqlite3.connect(path)
    migrate(conn, 5)
    conn.execute("INSERT INTO committees (name) VALUES ('Ambulance quality')")
    conn.execute("INSERT INTO glossary_terms (term, meaning, kind) VALUES ('QSG', 'Quality "
                 "and Safety Group', 'acronym')")
    conn.commit()
    conn.close()

    store = Store.open(path)
    assert store.schema_version() == LATEST_VERSION >= 6
    assert [t.term for t in store.glossary.all()] == ["QSG"]
    assert store.acronym_meanings.for_committee(1) == {}
    store.acronym_meanings.choose(1, "PAS", "private ambulance service")
    store.close()
    backup = next((tmp_path / "backups").glob("*.db"))
    saved = sqlite3.connect(backup)
    assert saved.execute("PRAGMA user_version").fetchone()[0] == 5
    saved.close()


def test_a_meaning_is_remembered_for_its_committee_only(tmp_path):
    store = Store.open(tmp_path / "new.db")
    ambulance = store.committees.create("Ambulance quality")
    hospital = store.committees.create("Hospital safety")
    store.acronym_meanings.choose(ambulance, "PAS", "private ambulance service")
    store.acronym_meanings.choose(hospital, "PAS", "patient administration system")
    store.acronym_meanings.choose(ambulance, "PAS", "private ambulance service")  # again: kept once
    assert store.acronym_meanings.for_committee(ambulance) == {"PAS": "private ambulance service"}
    assert store.acronym_meanings.for_committee(hospital) == {"PAS": "patient administration system"}
    store.acronym_meanings.forget(hospital, "PAS")
    assert store.acronym_meanings.for_committee(hospital) == {}
    store.committees.delete(ambulance)
    assert store.acronym_meanings.for_committee(ambulance) == {}
    store.close()
