"""Tidying what a killed backup or export leaves behind.

Backups and exports are written to a working file and renamed into place when whole, so a crash
never leaves half a file under the name the user expects. But a kill (power cut, Task Manager,
kill -9) leaves the working file, sometimes tens of megabytes, that nothing else would remove:
- a backup: `<name>.partial`, and SQLite's `<name>.partial-journal` beside it;
- an export (Word, CSV, review pack, claim form): a hidden `.<name>-XXXXXXXX.partial` beside it.

The next start removes them, and only them:
- only names MeetingKit gives its own working files, and only where MeetingKit was writing:
  the automatic backups in the database's `backups` folder, and the targets of backups and
  exports made by hand, each noted (the last 50) in `backups/files-saved.txt` before writing;
- only once nothing has written to them for 10 minutes. A copy of MeetingKit still writing (a
  second window on other data, the command line, another computer on a shared drive) adds to its
  working file every moment, so one untouched that long is nobody's. On Windows a file another
  program has open cannot be removed at all, and is left for next time.
- one exception: the app's own automatic backups (made at start, by hand, before a restore)
  are only ever made by the copy of the app that holds this database's one-copy lock. The app
  tidies while it holds that lock, so their working files go as soon as nothing has written to
  them for 2 seconds (a start-up backup killed with the app can be hundreds of MB).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from meetingkit import clock
from meetingkit.paths import backup_folder

QUIET_FOR_S = 10 * 60  # untouched this long: the writer is gone
APP_ONLY_QUIET_S = 2  # this app's own backups: a backup being made now is touched constantly
KEEP_NOTED = 50
RECORD_NAME = "files-saved.txt"
_AUTOMATIC_BACKUP = re.compile(r"^meetingkit-\d{8}-\d{6}-\d{6}-[a-z0-9-]+\.db\.partial"
                               r"(-journal)?$")
_APP_ONLY_BACKUP = re.compile(r"-(start|by-hand|before-restore)\.db\.partial(-journal)?$")
_RANDOM_PART = "[a-z0-9_]{8}"  # what tempfile.mkstemp puts in an export's working name


def note_target(db_path: Path, target: Path) -> None:
    """Remembers that a backup or export is about to be written to `target`, so its working
    file can be found after a crash. Never stops the save: a note that cannot be written is
    skipped."""
    record = backup_folder(Path(db_path)) / RECORD_NAME
    target = Path(os.path.abspath(target))
    try:
        noted = [line for line in _noted(record) if line != str(target)]
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text("\n".join([*noted[-(KEEP_NOTED - 1):], str(target)]) + "\n",
                          encoding="utf-8")
    except OSError:
        pass


def _noted(record: Path) -> list[str]:
    try:
        return [line for line in record.read_text(encoding="utf-8").splitlines() if line]
    except (OSError, UnicodeDecodeError):
        return []


def working_files(target: Path) -> list[Path]:
    """The working files a backup or an export to `target` would leave, if any are there."""
    target = Path(target)
    export_name = re.compile(rf"^\.{re.escape(target.stem[:40])}-{_RANDOM_PART}\.partial$")
    backup_names = {f"{target.name}.partial", f"{target.name}.partial-journal"}
    try:
        return [path for path in target.parent.iterdir()
                if path.name in backup_names or export_name.match(path.name)]
    except OSError:
        return []


def leftovers(db_path: Path) -> list[Path]:
    """Every working file of MeetingKit's own beside this database's backups and exports,
    however old (clean_leftovers decides which may go)."""
    folder = backup_folder(Path(db_path))
    found: list[Path] = []
    try:
        found += [path for path in folder.iterdir() if _AUTOMATIC_BACKUP.match(path.name)]
    except OSError:
        pass
    for line in _noted(folder / RECORD_NAME):
        found += [path for path in working_files(Path(line)) if path not in found]
    return found


def clean_leftovers(db_path: Path, quiet_for_s: float = QUIET_FOR_S,
                    holding_the_lock: bool = False) -> list[Path]:
    """Removes the leftovers nothing has written to for `quiet_for_s` (and, for the app that
    holds the one-copy lock, its own automatic backups' at once); returns them."""
    backups = backup_folder(Path(db_path))
    removed = []
    for path in leftovers(db_path):
        app_only = (holding_the_lock and path.parent == backups
                    and _APP_ONLY_BACKUP.search(path.name) is not None)
        quiet = APP_ONLY_QUIET_S if app_only else quiet_for_s
        try:
            if not path.is_file() or clock.seconds_since_written(path) < quiet:
                continue
            path.unlink()
            removed.append(path)
        except OSError:
            continue  # in use (Windows) or already gone: next time
    return removed
