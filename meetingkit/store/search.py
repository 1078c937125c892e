"""Full-text search over papers and minutes notes (SQLite FTS5)."""

from __future__ import annotations

from meetingkit.store.base import Repository


class Search(Repository):
    def papers_and_notes(self, words: str, limit: int = 50) -> list[dict]:
        """Full-text search across every paper and every item's notes (kind, ref, title,
        snippet), best first. A word found in thousands of papers ranks the newest 2,000
        matches only, so the answer stays quick on ten years of records."""
        from meetingkit.store.queries import Queries

        return Queries(self.db.conn).search(words, limit)
