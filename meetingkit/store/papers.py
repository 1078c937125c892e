"""Papers attached to agenda items, stored as markdown, with an optional accepted plain version.

Saving a plain version also keeps `plain_from`: a fingerprint of the paper's text it was made
from (model.body_digest), so a later change to the paper shows the plain version is out of date.
"""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import Paper, body_digest, has_plain_text
from meetingkit.store.base import Repository, now_iso

EDITABLE = ("title", "author", "body", "plain_body", "source_name")
# Given to add() only by code that copies or restores a paper, so a plain version keeps the
# record of what it was made from (None: not known, never called out of date).
CARRIED = ("plain_from",)


class Papers(Repository):
    table = "papers"

    def for_item(self, item_id: int) -> list[Paper]:
        rows = self._rows("SELECT * FROM papers WHERE item_id = ? ORDER BY id", [item_id])
        return [Paper.from_row(r) for r in rows]

    def for_meeting(self, meeting_id: int) -> list[Paper]:
        rows = self._rows(
            "SELECT p.* FROM papers p JOIN agenda_items a ON a.id = p.item_id "
            "WHERE a.meeting_id = ? ORDER BY a.position, p.id",
            [meeting_id],
        )
        return [Paper.from_row(r) for r in rows]

    def get(self, paper_id: int) -> Paper:
        row = self._one("SELECT * FROM papers WHERE id = ?", [paper_id])
        if row is None:
            raise MeetingKitError("That paper no longer exists.")
        return Paper.from_row(row)

    def add(self, item_id: int, title: str, body: str = "", **values) -> int:
        values = _only_known(values, EDITABLE + CARRIED)
        if not has_plain_text(values.get("plain_body")):
            values["plain_from"] = None
        elif "plain_from" not in values:  # a new plain version, made from this body
            values["plain_from"] = body_digest(body)
        title = " ".join(title.split()) or "Untitled paper"
        return self._insert({"item_id": item_id, "title": title, "body": body,
                             "updated_at": now_iso(), **values})

    def update(self, paper_id: int, **values) -> None:
        values = _only_known(values, EDITABLE)
        with self.tx():  # one write; callers that save a plain version pass the body with it
            if "plain_body" in values:
                if has_plain_text(values["plain_body"]):
                    body = values["body"] if "body" in values else self.get(paper_id).body
                    values["plain_from"] = body_digest(body)
                else:
                    values["plain_from"] = None
            values["updated_at"] = now_iso()
            self._update(paper_id, values)

    def delete(self, paper_id: int) -> None:
        self._delete(paper_id)


def _only_known(values: dict, known: tuple[str, ...]) -> dict:
    unknown = set(values) - set(known)
    if unknown:
        raise TypeError(f"unknown paper fields: {sorted(unknown)}")
    return dict(values)
