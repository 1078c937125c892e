"""The committee's own glossary terms, which win over the shipped word lists."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import GlossaryTerm
from meetingkit.store.base import Repository


class Glossary(Repository):
    """A trust's own terms; they override the shipped word lists."""

    table = "glossary_terms"

    def all(self) -> list[GlossaryTerm]:
        return [GlossaryTerm.from_row(r)
                for r in self._rows("SELECT * FROM glossary_terms ORDER BY term COLLATE NOCASE")]

    def save(self, term: str, meaning: str = "", plain: str = "", kind: str = "acronym",
             note: str = "") -> int:
        term = term.strip()
        if not term:
            raise MeetingKitError("Please give the word or acronym.")
        self._execute(
            "INSERT INTO glossary_terms(term, meaning, plain, kind, note) VALUES (?,?,?,?,?) "
            "ON CONFLICT(term, kind) DO UPDATE SET meaning = excluded.meaning, "
            "plain = excluded.plain, note = excluded.note",
            [term, meaning.strip(), plain.strip(), kind, note.strip()],
        )
        row = self._one("SELECT id FROM glossary_terms WHERE term = ? AND kind = ?", [term, kind])
        return row["id"]

    def delete(self, term_id: int) -> None:
        self._delete(term_id)
