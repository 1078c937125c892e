"""`meetingkit demo`: add the example committee to a database (made if it does not exist)."""

from __future__ import annotations

import argparse

HELP = "add the example committee, meetings and papers to a database"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", dest="command_db", metavar="PATH",
                        help="database file (made if it does not exist)")


def run(args: argparse.Namespace) -> int:
    from meetingkit.demo import load_example
    from meetingkit.paths import choose_database
    from meetingkit.store import Store

    path = choose_database(args.command_db or args.db, args.portable)
    store = Store.open(path)
    try:
        committee_id = load_example(store)
    finally:
        store.close()
    print(f"Added the example committee (number {committee_id}) to {path}")
    return 0
