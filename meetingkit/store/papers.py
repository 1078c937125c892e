"""Papers attached to agenda items, stored as markdown, with an optional accepted plain version."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import Paper
from meetingkit.store.base import Repository, now_iso

EDITABLE = ("title", "author", "body", "plain_body", "source_name")


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
        title = " ".join(title.split()) or "Untitled paper"
        return self._insert({"item_id": item_id, "title": title, "body": body,
                             "updated_at": now_iso(), **_only_editable(values)})

    def update(self, paper_id: int, **values) -> None:
        values = _only_editable(values)
        values["updated_at"] = now_iso()
        self._update(paper_id, values)

    def delete(self, paper_id: int) -> None:
        self._delete(paper_id)


def _only_editable(values: dict) -> dict:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown paper fields: {sorted(unknown)}")
    return values
