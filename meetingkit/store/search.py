"""Full-text search (SQLite FTS5) over papers, agenda items (title and plain summary), items'
minutes notes, decisions and actions (what and who). Migration 8 made the index and its triggers."""

from __future__ import annotations

from meetingkit.store.base import Repository

KINDS = ("paper", "notes", "item", "decision", "action")  # the `kind` of each row found


class Search(Repository):
    def everything(self, words: str, limit: int = 50) -> list[dict]:
        """Full-text search across every paper, agenda item, item's notes, decision and action
        (kind, ref, title, snippet, title_marked), best first. `ref` is the paper, item,
        decision or action id; for notes, the item's. A word found in thousands of rows ranks
        the newest 2,000 matches only, so the answer stays quick on ten years of records."""
        from meetingkit.store.queries import Queries

        return Queries(self.db.conn).search(words, limit)

    papers_and_notes = everything  # its name before items, decisions and actions were searched
