"""A damaged database, a second copy, and data kept in risky places: calm, clear handling."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from meetingkit.errors import DamagedDatabase, DatabaseInUse, NotADatabase
from meetingkit.instance_lock import InstanceLock
from meetingkit.recovery import latest_good_backup, restore
from meetingkit.store import Store
from meetingkit.store.location import advice, risky_location


def _made_with_backup(tmp_path: Path) -> Path:
    from meetingkit.demo import load_example

    path = tmp_path / "meetingkit.db"
    store = Store.open(path)
    load_example(store)
    store.backup_now("start")
    store.close()
    return path


@pytest.mark.parametrize("damage", ["truncate", "random", "wrong"])
def test_a_damaged_database_is_kept_aside_and_the_backup_restored(tmp_path, damage):
    path = _made_with_backup(tmp_path)
    data = path.read_bytes()
    damaged = {"truncate": data[: len(data) // 3], "random": bytes(range(256)) * 64,
               "wrong": b"%PDF-1.7 not a database"}[damage]
    path.write_bytes(damaged)
    with pytest.raises(NotADatabase):
        Store.open(path)
    backup = latest_good_backup(path)
    assert backup is not None
    kept = restore(backup.path, path)
    assert kept is not None and kept.read_bytes() == damaged  # nothing lost
    store = Store.open(path)
    assert store.committees.all()[0].name == "Patient Safety Group (example)"
    store.close()


def test_truncation_is_named_as_damage(tmp_path):
    path = _made_with_backup(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(DamagedDatabase, match="damaged"):
        Store.open(path)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_second_copy_is_told_plainly(tmp_path):
    first = InstanceLock(tmp_path / "m.db").acquire()
    with pytest.raises(DatabaseInUse, match="already open"):
        InstanceLock(tmp_path / "m.db").acquire()
    first.release()
    InstanceLock(tmp_path / "m.db").acquire().release()  # free again once the first closes


def test_network_and_synced_folders_are_noticed(tmp_path):
    assert risky_location(Path("//server/share/meetingkit.db")) == "network"
    assert risky_location(Path(r"\\trust-fs\chairs\meetingkit.db")) == "network"
    assert risky_location(Path("/home/priya/OneDrive - NHS/meetingkit.db")) == "synced"
    assert risky_location(tmp_path / "meetingkit.db") is None
    assert "Back up now" in advice("synced")


def test_a_synced_folder_opens_without_wal(tmp_path):
    folder = tmp_path / "Dropbox"
    store = Store.open(folder / "meetingkit.db")
    assert store.location_risk == "synced"
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    store.close()
