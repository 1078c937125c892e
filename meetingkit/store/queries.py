"""Faster reads for big databases (10 years of 20 committees): the action log filtered by words
in SQL, and full-text search that stays quick when a word is in nearly every paper.

These read through the store's plain sqlite3 connection and build model objects straight from
tuples, skipping the per-row dicts of the general repositories. Use them as
`Queries(store.conn)` (or, once the integrator wires it in, `store.queries`).

`Database` is a drop-in for the two things the store uses of sqlite_utils.Database (`.conn` and
`.query()` giving dicts). Importing sqlite-utils costs ~0.15-0.3 s of every start (it loads
numpy, click, dateutil and its plugins, then looks for plugins when a Database is made).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from typing import Any

from meetingkit.model import Action

ACTION_COLUMNS = "a.id, a.meeting_id, a.item_id, a.text, a.owner, a.due, a.status, a.closed_at"
STATUS_FILTERS = ("all", "open", "overdue", "done", "closed")
# True for a row holding any character outside ASCII: its bytes outnumber its characters
NOT_ASCII = ("(length(CAST(a.text AS BLOB)) != length(a.text) "
             "OR length(CAST(a.owner AS BLOB)) != length(a.owner))")
RANKED_MATCHES = 2000  # rank at most this many of the newest matches (see search)
PREFIX_MIN = 3  # a shorter start of a word would find most of the index


class Database:
    """Rows as dicts, as sqlite_utils.Database.query gives them (duplicate column names get
    _2, _3... as there), without importing sqlite-utils."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def query(self, sql: str, params: Sequence | dict[str, Any] | None = None
              ) -> Iterator[dict]:
        cursor = self.conn.execute(sql, () if params is None else params)
        if cursor.description is None:
            raise ValueError("query() is for SQL that returns rows")
        keys = _unique([column[0] for column in cursor.description])
        return (dict(zip(keys, row, strict=True)) for row in cursor)


def _unique(keys: list[str]) -> list[str]:
    if len(set(keys)) == len(keys):
        return keys
    taken, seen, unique = set(keys), set(), []
    for key in keys:
        name, number = key, 2
        if key in seen:  # a later duplicate: the first free key_2, key_3...
            while name in seen or name in taken:
                name, number = f"{key}_{number}", number + 1
        seen.add(name)
        unique.append(name)
    return unique


class Queries:
    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn

    def action_log(self, committee_id: int, words: str = "", status: str = "all",
                   today: str = "", up_to_date: str | None = None) -> list[Action]:
        """The committee's action log in log order (due date, then id), keeping the actions whose
        "what + who" has every typed word, case-insensitively (str.casefold, like
        store.involvement.filter_log). `status` is one of STATUS_FILTERS; "overdue" means open
        and due before `today`. `up_to_date` keeps actions raised at meetings up to that date.

        The words are matched in SQL with LIKE, which folds ASCII letters only, so rows holding
        any other character are let through and checked again in Python: the result is exact.
        """
        if status not in STATUS_FILTERS:
            raise ValueError(f"unknown status filter {status!r}")
        sql = (f"SELECT {ACTION_COLUMNS} FROM actions a JOIN meetings m ON m.id = a.meeting_id "
               "WHERE m.committee_id = ?")
        params: list = [committee_id]
        if up_to_date:
            sql += " AND m.date <= ?"
            params.append(up_to_date)
        if status == "overdue":
            sql += " AND a.status = 'open' AND a.due IS NOT NULL AND a.due != '' AND a.due < ?"
            params.append(today)
        elif status != "all":
            sql += " AND a.status = ?"
            params.append(status)
        folded = words.casefold().split()
        if folded:
            each = " AND ".join("(a.text LIKE ? ESCAPE '\\' OR a.owner LIKE ? ESCAPE '\\')"
                                for _ in folded)
            sql += f" AND ({NOT_ASCII} OR ({each}))"
            for word in folded:
                params += [f"%{_escape_like(word)}%"] * 2
        sql += " ORDER BY coalesce(a.due, '9999'), a.id"
        found = [Action(*values) for values in self.conn.execute(sql, params)]
        if not folded:
            return found
        return [a for a in found if all(w in f"{a.text} {a.owner}".casefold() for w in folded)]

    def search(self, words: str, limit: int = 50, ranked_matches: int = RANKED_MATCHES,
               last_word_begins: bool = False) -> list[dict]:
        """Like store.search.everything (same rows: kind, ref, title, snippet, and title_marked,
        the title with the found words [marked]), but when a search matches more than
        `ranked_matches` rows of the index it ranks only the newest that many: ranking every
        match of a very common word takes SQLite ~0.1-0.3 s on a big database, where the newest
        matches are also what a committee usually wants. With
        `last_word_begins`, the last word (of PREFIX_MIN letters or more) also finds the words
        that begin with it, for a search made as someone types."""
        # A double quote would end the quoted word, and SQLite reads a NUL as the end of the query.
        words = words.replace('"', " ").replace("\x00", " ")
        terms = words.split()
        if not terms:
            return []
        match = " ".join(f'"{t}"' for t in terms)
        if last_word_begins and len(terms[-1]) >= PREFIX_MIN:
            match += "*"  # "sens" finds "sensor" while it is still being typed
        oldest = self.conn.execute(
            "SELECT rowid FROM search_index WHERE search_index MATCH ? "
            "ORDER BY rowid DESC LIMIT 1 OFFSET ?", [match, max(0, ranked_matches - 1)]).fetchone()
        cursor = self.conn.execute(
            "SELECT kind, ref, title, snippet(search_index, 3, '[', ']', ' … ', 12), "
            "highlight(search_index, 2, '[', ']') "
            "FROM search_index WHERE search_index MATCH ? AND rowid >= ? "
            "ORDER BY rank LIMIT ?", [match, oldest[0] if oldest else 0, limit])
        return [{"kind": kind, "ref": ref, "title": title, "snippet": snippet,
                 "title_marked": title_marked}
                for kind, ref, title, snippet, title_marked in cursor]


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
