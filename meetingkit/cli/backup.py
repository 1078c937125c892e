"""`meetingkit backup -o FILE`: a complete copy of the database, safe while the app is open."""

from __future__ import annotations

import argparse
from pathlib import Path

HELP = "save a backup copy of the database to a file"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="FILE",
                        help="where to save the backup (must not exist yet)")


def run(args: argparse.Namespace) -> int:
    from meetingkit.backup import backup_file
    from meetingkit.errors import MeetingKitError
    from meetingkit.paths import choose_database, real_path

    path = real_path(choose_database(args.db, args.portable))
    if not path.exists():
        raise MeetingKitError(f"There is no MeetingKit database at {path} to back up.")
    target = backup_file(path, Path(args.output).expanduser())  # reads only: works read-only
    print(f"Backup saved to {target}")
    return 0
