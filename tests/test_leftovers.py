"""Which working files the next start removes: MeetingKit's own names, for its own backups and
for targets it was asked to write, once nothing has written to them for a while."""

from __future__ import annotations

import os
from pathlib import Path

from meetingkit.leftovers import QUIET_FOR_S, RECORD_NAME, clean_leftovers, note_target


def _file(path: Path, old: bool = True) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"half a file")
    if old:  # older by the file system's own clock, whatever this process's clock says
        _written_ago(path, QUIET_FOR_S + 1)
    return path


def _written_ago(path: Path, seconds: float) -> None:
    stamp = path.stat().st_mtime - seconds
    os.utime(path, (stamp, stamp))


def test_only_our_own_old_working_files_go(tmp_path):
    db = tmp_path / "data" / "meetingkit.db"
    backups = tmp_path / "data" / "backups"
    out = tmp_path / "Documents"
    note_target(db, out / "Falls pack.docx")
    note_target(db, out / "copy.db")
    ours = [_file(backups / "meetingkit-20261201-101500-123456-start.db.partial"),
            _file(backups / "meetingkit-20261201-101500-123456-start.db.partial-journal"),
            _file(out / ".Falls pack-k3x_9a0z.partial"),
            _file(out / "copy.db.partial"), _file(out / "copy.db.partial-journal")]
    kept = [_file(backups / "meetingkit-20261201-101500-123456-start.db"),  # a real backup
            _file(backups / "meetingkit-20261201-101600-123456-start.db.partial", old=False),
            _file(out / ".Falls pack-abcdefgh.partial", old=False),  # still being written
            _file(out / ".Other paper-abcdefgh.partial"),  # never a target of ours
            _file(out / "download.partial"), _file(out / "Falls pack.docx"),
            _file(tmp_path / "elsewhere" / ".Falls pack-abcdefgh.partial")]
    assert sorted(clean_leftovers(db)) == sorted(ours)
    assert not any(path.exists() for path in ours)
    assert all(path.exists() for path in kept)


def test_the_note_keeps_the_last_fifty_targets_once_each(tmp_path):
    db = tmp_path / "meetingkit.db"
    for n in range(60):
        note_target(db, tmp_path / f"export-{n}.docx")
    note_target(db, tmp_path / "export-55.docx")
    lines = (tmp_path / "backups" / RECORD_NAME).read_text(encoding="utf-8").splitlines()
    assert len(lines) == 50 and lines[-1].endswith("export-55.docx")
    assert len(set(lines)) == 50 and lines[0].endswith("export-10.docx")


def test_a_note_that_cannot_be_written_never_stops_the_save(tmp_path):
    db = tmp_path / "meetingkit.db"
    (tmp_path / "backups").write_text("a file where the folder should be")
    note_target(db, tmp_path / "pack.docx")  # no error
    assert clean_leftovers(db) == []


def test_the_app_holding_the_lock_tidies_its_own_backups_at_once(tmp_path):
    db = tmp_path / "meetingkit.db"
    backups = tmp_path / "backups"
    own = [_file(backups / f"meetingkit-20261201-101500-123456-{reason}.db.partial", old=False)
           for reason in ("start", "by-hand", "before-restore")]
    migrating = _file(backups / "meetingkit-20261201-101500-123456-before-v7.db.partial",
                      old=False)  # the command line may be making this one
    for path in [*own, migrating]:
        _written_ago(path, 5)
    being_made = _file(backups / "meetingkit-20261201-101600-123456-by-hand.db.partial",
                       old=False)
    assert clean_leftovers(db) == []  # not holding the lock: the 10-minute rule for all
    assert sorted(clean_leftovers(db, holding_the_lock=True)) == sorted(own)
    assert migrating.exists() and being_made.exists()


def test_a_file_written_now_is_new_whatever_this_process_clock_says(tmp_path, monkeypatch):
    """It can fail: with this process's clock 400 days ahead (faketime, or a laptop whose clock
    disagrees with a network share's) a file being written now looked 400 days old and was
    removed from under the copy writing it."""
    from meetingkit import clock

    path = _file(tmp_path / "backups" / "meetingkit-20261201-101500-123456-start.db.partial",
                 old=False)
    real_time = clock.time.time
    monkeypatch.setattr(clock.time, "time", lambda: real_time() + 400 * 86400)
    assert abs(clock.seconds_since_written(path)) < 60
    assert clean_leftovers(tmp_path / "meetingkit.db") == [] and path.exists()
