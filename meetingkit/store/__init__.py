"""The store: one SQLite database behind a small data-access API that the UI and the command line
share. No SQL lives outside this package."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from meetingkit.backup import automatic_backup
from meetingkit.file_problems import database_problem, folder_problem, read_only_database
from meetingkit.paths import backup_folder, real_path
from meetingkit.store.acronym_meanings import AcronymMeanings
from meetingkit.store.agenda import Agenda
from meetingkit.store.base import Transaction
from meetingkit.store.committees import Committees
from meetingkit.store.connection import BUSY_TIMEOUT_MS, connect, inspect_file
from meetingkit.store.history import History
from meetingkit.store.involvement import Involvement
from meetingkit.store.location import risky_location
from meetingkit.store.meetings import Meetings
from meetingkit.store.migrations import LATEST_VERSION, migrate
from meetingkit.store.minutes import Actions, Attendance, Decisions, Notes
from meetingkit.store.papers import Papers
from meetingkit.store.people import People
from meetingkit.store.queries import Database, Queries
from meetingkit.store.records import Feedback, Glossary, Questions, Search, Turns


class Store:
    def __init__(self, conn: sqlite3.Connection, path: Path, created: bool,
                 location_risk: str | None = None):
        self.path = path
        self.location_risk = location_risk  # "network" or "synced": tell the user (location.advice)
        self.created = created  # True on the first run, so the caller can add example content
        self.conn = conn
        self.db = Database(conn)  # rows as dicts, without sqlite-utils' start-up cost
        self.queries = Queries(conn)  # faster reads for big databases
        self.transaction = Transaction(conn)  # `with store.transaction():` = all or nothing
        tx = self.transaction
        self.committees = Committees(self.db, tx)
        self.people = People(self.db, tx)
        self.meetings = Meetings(self.db, tx)
        self.agenda = Agenda(self.db, tx)
        self.papers = Papers(self.db, tx)
        self.attendance = Attendance(self.db, tx)
        self.notes = Notes(self.db, tx)
        self.decisions = Decisions(self.db, tx)
        self.actions = Actions(self.db, tx)
        self.turns = Turns(self.db, tx)
        self.glossary = Glossary(self.db, tx)
        self.feedback = Feedback(self.db, tx)
        self.questions = Questions(self.db, tx)
        self.search = Search(self.db, tx)
        self.involvement = Involvement(self.db, tx)
        self.acronym_meanings = AcronymMeanings(self.db, tx)
        self.history = History(conn, tx)  # undo and redo: `with store.history.step("..."):`

    @classmethod
    def open(cls, path: Path | str, backup_before_migrating: bool = True) -> Store:
        path = real_path(path)  # through a link: the real file, its lock and its backups
        is_new, version = inspect_file(path)  # refuses foreign or newer files untouched
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise folder_problem(path.parent, error, "make the folder for your data") from error
        if not is_new and not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
            raise read_only_database(path, "save your changes to it")  # before SQLite tries
        risk = risky_location(path)
        try:
            conn = connect(path, wal=risk is None)
            if not is_new and version < LATEST_VERSION and backup_before_migrating:
                automatic_backup(conn, backup_folder(path), f"before-v{LATEST_VERSION}")
            migrate(conn)
        except sqlite3.Error as error:
            raise database_problem(path, error, "open it") from error
        return cls(conn, path, created=is_new, location_risk=risk)

    @classmethod
    def memory(cls) -> Store:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
        return cls(conn, Path(":memory:"), created=True)

    @property
    def sqlite_utils(self):
        """A sqlite_utils.Database on this connection, for tools and one-off work (loaded only
        when asked for: it is slow to import)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def waiting_at_most(self, seconds: float) -> Iterator[None]:
        """Writes inside wait at most `seconds` for another connection to let go (instead of
        the usual five): autosave would rather try again in a second than freeze the window."""
        self.conn.execute(f"PRAGMA busy_timeout = {int(seconds * 1000)}")
        try:
            yield
        finally:
            self.conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")

    def backup_now(self, reason: str = "by-hand", make_way: bool = False):
        """An automatic backup into the rotation beside the database. `make_way` when another
        connection (the app's) goes on saving meanwhile (meetingkit.backup._copy)."""
        return automatic_backup(self.conn, backup_folder(self.path), reason,
                                make_way=make_way)

    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]
