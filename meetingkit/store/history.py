"""Undo and redo for every change a person makes, kept by the store.

Temporary triggers (on this connection only; nothing is written to the file) record, for each
row a change inserts, updates or deletes, the SQL that puts that row back as it was. A step is
one user-level change run in one transaction. Undoing it runs its SQL backwards, which brings
rows back with their own ids and links (an action comes back still linked to its agenda item),
and the triggers record the SQL that redoes it. The same record says which tables and rows a
step touched, so the screens learn what changed from the store, not from the caller.

Writes made outside a step (start-up work, a worker's bulk load) are noted by row only. The
next time the history is used, any step that touched one of those rows, and every step before
it, can no longer be undone safely and is let go; nothing else is lost.
"""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from meetingkit.store.base import Transaction
from meetingkit.store.changes import NOTHING, Changes

LIMIT = 100  # steps kept; older ones are let go so a long day's work cannot fill the memory

_SETUP = """
CREATE TEMP TABLE IF NOT EXISTS history_log (
    seq INTEGER PRIMARY KEY, step INTEGER NOT NULL, tbl TEXT NOT NULL, row INTEGER NOT NULL,
    kind TEXT NOT NULL, undo TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS temp.history_by_step ON history_log(step, seq);
CREATE TEMP TABLE IF NOT EXISTS history_state (step INTEGER NOT NULL);
INSERT INTO history_state SELECT 0 WHERE NOT EXISTS (SELECT 1 FROM history_state);
"""

# Step 0 is outside any step: only the row is noted, the (costly) SQL is not built.
# Step -1 is paused: nothing is noted at all (see History.paused).
_TRIGGER = """
CREATE TEMP TRIGGER IF NOT EXISTS history_{table}_{kind} AFTER {event} ON main.{table}
WHEN (SELECT step FROM history_state) >= 0{only_if} BEGIN
  INSERT INTO history_log (step, tbl, row, kind, undo)
  SELECT step, '{table}', {ref}.rowid, '{kind}',
         CASE WHEN step = 0 THEN '' ELSE {sql} END FROM history_state;
END;
"""


@dataclass(frozen=True)
class Step:
    number: int
    description: str  # "delete the action 'Send the leaflet'": the menu says "Undo " + this
    merge_key: Hashable | None = None  # consecutive steps with the same key are one (typing)


@dataclass
class Outcome:
    """What a step, an undo or a redo did: filled in when its transaction has committed.
    `result` is what the operation made, such as a new row's id."""

    description: str = ""
    changes: Changes = field(default_factory=Changes)
    result: Any = None


def _columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [row[1] for row in conn.execute(f"PRAGMA main.table_info({table})")]


def _history_tables(conn: sqlite3.Connection) -> list[str]:
    """Every ordinary table in the main database: not SQLite's own, not virtual tables (full-text
    search) and not their shadow tables, which their own triggers keep in step."""
    rows = conn.execute("SELECT name, sql FROM main.sqlite_master WHERE type = 'table'").fetchall()
    virtual = [name for name, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")]
    return sorted(name for name, sql in rows
                  if not name.startswith("sqlite_") and name not in virtual
                  and not any(name.startswith(f"{v}_") for v in virtual))


def _literal(column: str) -> str:
    """SQL that writes the old value as a literal. quote() stops a text at a NUL character, so
    a text holding one is written as bytes and turned back into text."""
    value = f"old.{column}"
    return (f"CASE WHEN typeof({value}) = 'text' AND instr(CAST({value} AS BLOB), X'00') > 0 "
            f"THEN 'CAST(' || quote(CAST({value} AS BLOB)) || ' AS TEXT)' "
            f"ELSE quote({value}) END")


def _triggers(conn: sqlite3.Connection, table: str) -> str:
    columns = _columns(conn, table)
    values = " || ',' || ".join(_literal(c) for c in columns)
    restore = " || ',' || ".join(f"'{c}=' || {_literal(c)}" for c in columns)
    names = ", ".join(columns)
    # An update that writes the same values (renumbering rows already in order) is no change.
    changed = " OR ".join(f"old.{c} IS NOT new.{c}" for c in columns)
    sqls = {
        "insert": ("new", f"'DELETE FROM {table} WHERE rowid=' || new.rowid"),
        "update": ("old", f"'UPDATE {table} SET ' || {restore} || ' WHERE rowid=' || old.rowid"),
        "delete": ("old", f"'INSERT INTO {table} (rowid, {names}) VALUES (' || old.rowid || ','"
                          f" || {values} || ')'"),
    }
    return "".join(_TRIGGER.format(table=table, kind=kind, event=kind.upper(), ref=ref, sql=sql,
                                   only_if=f" AND ({changed})" if kind == "update" else "")
                   for kind, (ref, sql) in sqls.items())


class History:
    def __init__(self, conn: sqlite3.Connection, tx: Transaction):
        self.conn = conn
        self.tx = tx
        self._undo: list[Step] = []
        self._redo: list[Step] = []
        self._numbers = itertools.count(1)
        self._current: Outcome | None = None
        self._installed = False

    def _install(self) -> None:
        """The log and its triggers, made at the first step rather than when the store opens
        (about 25 ms of the app's start-up). Until then there is no step that a write outside
        one could spoil, so nothing needs noting."""
        if not self._installed:
            script = _SETUP + "".join(_triggers(self.conn, t) for t in _history_tables(self.conn))
            self.conn.executescript(script)
            self._installed = True

    # ----- what the Edit menu shows --------------------------------------------------------
    @property
    def undo_description(self) -> str | None:
        self._let_go_of_unrecorded()
        return self._undo[-1].description if self._undo else None

    @property
    def redo_description(self) -> str | None:
        self._let_go_of_unrecorded()
        return self._redo[-1].description if self._redo else None

    # ----- making changes ------------------------------------------------------------------
    @contextmanager
    def step(self, description: str, merge_key: Hashable | None = None) -> Iterator[Outcome]:
        """Runs the block as one undoable step, in one transaction. The Outcome it yields holds
        what changed once the block has committed. A step inside a step is part of it."""
        if self._current is not None:
            yield self._current
            return
        if self.tx.depth:
            raise RuntimeError("A step must be the outermost transaction.")
        self._install()
        self._let_go_of_unrecorded()
        top = self._undo[-1] if self._undo else None
        merging = merge_key is not None and top is not None and top.merge_key == merge_key \
            and not self._redo
        number = top.number if merging else next(self._numbers)
        outcome = self._current = Outcome(description)
        try:
            with self.tx():
                first = self._next_seq()
                self._set_step(number)
                yield outcome
                self._set_step(0)
                touched = self._touched(number, first)
                if merging:
                    self._keep_earliest(number, first)
        finally:
            self._current = None
        outcome.changes = Changes.of(touched)
        if touched and not merging:
            self._forget(self._redo)
            self._redo.clear()
            self._undo.append(Step(number, description, merge_key))
            if len(self._undo) > LIMIT:
                self._forget(self._undo[:-LIMIT])
                del self._undo[:-LIMIT]

    def undo(self) -> Outcome:
        """Undoes the latest step; an Outcome with no changes when there is nothing to undo."""
        return self._move(self._undo, self._redo)

    def redo(self) -> Outcome:
        return self._move(self._redo, self._undo)

    @contextmanager
    def paused(self) -> Iterator[None]:
        """For bulk work (the example committee, scale data): nothing is recorded, and since
        the rows it wrote are unknown, the history starts again afterwards."""
        if not self._installed:  # nothing is being recorded yet
            with self.tx():
                yield
            return
        with self.tx():
            self.conn.execute("UPDATE history_state SET step = -1")
            try:
                yield
            finally:
                self.conn.execute("UPDATE history_state SET step = 0")
        self.clear()

    def clear(self) -> None:
        if self._installed:
            with self.tx():
                self.conn.execute("DELETE FROM history_log")
        self._undo.clear()
        self._redo.clear()

    # ----- the machinery -------------------------------------------------------------------
    def _move(self, source: list[Step], target: list[Step]) -> Outcome:
        self._let_go_of_unrecorded()
        if not source:
            return Outcome()
        step = source.pop()
        number = next(self._numbers)
        with self.tx():
            self._set_step(number)  # also begins the transaction, so the pragma below holds
            # Parents and children come back in the order they went; links are checked once
            # the whole step is back.
            self.conn.execute("PRAGMA defer_foreign_keys = ON")
            statements = self.conn.execute(
                "SELECT undo FROM history_log WHERE step = ? ORDER BY seq DESC",
                [step.number]).fetchall()
            for (sql,) in statements:
                self.conn.execute(sql)
            self._set_step(0)
            touched = self._touched(number, 0)
            self.conn.execute("DELETE FROM history_log WHERE step = ?", [step.number])
        target.append(Step(number, step.description))
        return Outcome(step.description, Changes.of(touched))

    def _let_go_of_unrecorded(self) -> None:
        """Steps that touched a row written outside any step, and all steps before them, can no
        longer be undone safely: let them go, with everything that could be redone."""
        if not self._installed or self.tx.depth or not self.conn.execute(
                "SELECT 1 FROM history_log WHERE step = 0 LIMIT 1").fetchone():
            return
        newest = self.conn.execute(
            "SELECT max(step) FROM history_log h WHERE step > 0 AND EXISTS (SELECT 1 FROM "
            "history_log o WHERE o.step = 0 AND o.tbl = h.tbl AND o.row = h.row)").fetchone()[0]
        with self.tx():
            self.conn.execute("DELETE FROM history_log WHERE step = 0")
        if newest is not None:
            self._forget(self._redo)
            self._redo.clear()
            stale = [s for s in self._undo if s.number <= newest]
            self._forget(stale)
            self._undo = [s for s in self._undo if s.number > newest]

    def _forget(self, steps: list[Step]) -> None:
        if steps:
            with self.tx():
                self.conn.executemany("DELETE FROM history_log WHERE step = ?",
                                      [(s.number,) for s in steps])

    def _keep_earliest(self, number: int, first: int) -> None:
        """Typing merged into the step before it: a row already put back by that step needs no
        second copy (the earliest copy is the one undo ends on), which keeps a long paper's
        many saves to one copy of its text. Rows the step deleted keep every entry, since
        putting them back needs the order."""
        self.conn.execute(
            "DELETE FROM history_log WHERE step = ? AND seq >= ? AND kind = 'update' AND EXISTS "
            "(SELECT 1 FROM history_log e WHERE e.step = ? AND e.seq < ? AND e.tbl = "
            "history_log.tbl AND e.row = history_log.row AND e.kind IN ('update', 'insert'))",
            [number, first, number, first])

    def _touched(self, number: int, first: int) -> list[tuple[str, int]]:
        return self.conn.execute(
            "SELECT DISTINCT tbl, row FROM history_log WHERE step = ? AND seq >= ?",
            [number, first]).fetchall()

    def _next_seq(self) -> int:
        return (self.conn.execute("SELECT max(seq) FROM history_log").fetchone()[0] or 0) + 1

    def _set_step(self, number: int) -> None:
        self.conn.execute("UPDATE history_state SET step = ?", [number])


__all__ = ["History", "LIMIT", "NOTHING", "Outcome", "Step"]
