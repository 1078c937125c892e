"""Partners' feedback on how a meeting felt, and the questions they send in replies."""

from __future__ import annotations

from meetingkit.store.base import Repository, now_iso


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
