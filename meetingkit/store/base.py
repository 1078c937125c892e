"""What every repository shares: the sqlite-utils database, one re-entrant transaction, and a
few small helpers.

Writes go through `self.tx()`: the outermost block commits (or rolls back) once, so a change made
of many rows, or of several repository calls inside `store.transaction()`, is all or nothing.
sqlite-utils' own insert/update helpers commit as they go, so writes here are plain SQL, and
reads go through a small `Database` that gives rows as sqlite-utils does, because importing
sqlite-utils costs about 0.15 s of every start (Store.sqlite_utils builds one on demand).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from meetingkit import clock
from meetingkit.store.queries import Database


def now_iso() -> str:
    return clock.now().isoformat(timespec="seconds")


class Transaction:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.depth = 0

    @contextmanager
    def __call__(self) -> Iterator[None]:
        self.depth += 1
        try:
            if self.depth > 1:
                yield
            else:
                with self.conn:  # commits on success, rolls back on any error
                    yield
        finally:
            self.depth -= 1


class Repository:
    table: str = ""

    def __init__(self, db: Database, tx: Transaction):
        self.db = db
        self.tx = tx

    def _rows(self, sql: str, params: Any = None) -> list[dict]:
        return list(self.db.query(sql, params or []))

    def _one(self, sql: str, params: Any = None) -> dict | None:
        rows = self._rows(sql, params)
        return rows[0] if rows else None

    def _execute(self, sql: str, params: Any = None) -> sqlite3.Cursor:
        with self.tx():
            return self.db.conn.execute(sql, params or [])

    def _insert(self, values: dict, table: str | None = None) -> int:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        cursor = self._execute(f"INSERT INTO {table or self.table} ({columns}) VALUES ({marks})",
                               list(values.values()))
        return cursor.lastrowid

    def _update(self, row_id: int, values: dict) -> None:
        if not values:
            return
        assignments = ", ".join(f"{column} = ?" for column in values)
        self._execute(f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                      [*values.values(), row_id])

    def _delete(self, row_id: int) -> None:
        self._execute(f"DELETE FROM {self.table} WHERE id = ?", [row_id])
