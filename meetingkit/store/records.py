"""Smaller records: speaking turns, glossary terms, feedback, partners' questions, search."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import GlossaryTerm
from meetingkit.store.base import Repository, now_iso


class Turns(Repository):
    table = "speaking_turns"

    def record(self, meeting_id: int, person_id: int | None, started_at: str, duration_s: float,
               mode: str = "round", item_id: int | None = None, passed: bool = False,
               skipped: bool = False, role: str | None = None, round_number: int = 0,
               allotted_s: float | None = None) -> int:
        """Stored the moment a turn ends, so a crash loses nothing already spoken."""
        return self._insert({"meeting_id": meeting_id, "item_id": item_id, "person_id": person_id,
                             "mode": mode, "started_at": started_at,
                             "duration_s": float(duration_s), "passed": int(passed),
                             "skipped": int(skipped), "role": role,
                             "round_number": int(round_number), "allotted_s": allotted_s})

    def for_meeting(self, meeting_id: int) -> list[dict]:
        return self._rows("SELECT * FROM speaking_turns WHERE meeting_id = ? ORDER BY id",
                          [meeting_id])


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


class Feedback(Repository):
    table = "feedback"
    QUESTIONS = ("papers_in_time", "language_clear", "felt_heard", "said_what_wanted")

    def add(self, meeting_id: int, person_id: int | None = None, comment: str = "",
            **answers: int | None) -> int:
        if set(answers) - set(self.QUESTIONS):
            raise TypeError(f"unknown feedback answers: {sorted(set(answers) - set(self.QUESTIONS))}")
        return self._insert({"meeting_id": meeting_id, "person_id": person_id,
                             "comment": comment.strip(), "created_at": now_iso(), **answers})

    def for_meeting(self, meeting_id: int) -> list[dict]:
        return self._rows("SELECT * FROM feedback WHERE meeting_id = ? ORDER BY id", [meeting_id])

    def trend(self, committee_id: int) -> list[dict]:
        """Average answer per question for each meeting of the committee, oldest first."""
        averages = ", ".join(f"avg(f.{q}) AS {q}" for q in self.QUESTIONS)
        return self._rows(
            f"SELECT m.id AS meeting_id, m.date, m.title, count(f.id) AS responses, {averages} "
            "FROM meetings m JOIN feedback f ON f.meeting_id = m.id WHERE m.committee_id = ? "
            "GROUP BY m.id ORDER BY m.date",
            [committee_id],
        )


class Questions(Repository):
    """Partners' questions on agenda items, from review replies. Each has a unique key so
    importing the same reply twice adds nothing twice."""

    table = "questions"

    def add(self, item_id: int, author: str, text: str, reply_key: str) -> bool:
        cursor = self._execute(
            "INSERT OR IGNORE INTO questions(item_id, author, text, reply_key, received_at) "
            "VALUES (?,?,?,?,?)",
            [item_id, author.strip(), text.strip(), reply_key, now_iso()],
        )
        return cursor.rowcount == 1

    def for_item(self, item_id: int) -> list[dict]:
        return self._rows("SELECT * FROM questions WHERE item_id = ? ORDER BY id", [item_id])


class Search(Repository):
    def papers_and_notes(self, words: str, limit: int = 50) -> list[dict]:
        """Full-text search across every paper and every item's notes (kind, ref, title,
        snippet), best first. A word found in thousands of papers ranks the newest 2,000
        matches only, so the answer stays quick on ten years of records."""
        from meetingkit.store.queries import Queries

        return Queries(self.db.conn).search(words, limit)
