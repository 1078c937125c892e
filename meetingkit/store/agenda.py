"""Agenda items of a meeting, kept in order."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import AgendaItem, Purpose
from meetingkit.store.base import Repository

EDITABLE = ("title", "purpose", "presenter", "minutes", "summary", "standing")


class Agenda(Repository):
    table = "agenda_items"

    def items(self, meeting_id: int) -> list[AgendaItem]:
        rows = self._rows(
            "SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id", [meeting_id]
        )
        return [AgendaItem.from_row(r) for r in rows]

    def get(self, item_id: int) -> AgendaItem:
        row = self._one("SELECT * FROM agenda_items WHERE id = ?", [item_id])
        if row is None:
            raise MeetingKitError("That agenda item no longer exists.")
        return AgendaItem.from_row(row)

    def add(self, meeting_id: int, title: str, position: int | None = None, **values) -> int:
        """Adds an item at `position` (0-based; default: the end), moving later items down."""
        values = _clean(values)
        title = " ".join(title.split())
        if not title:
            raise MeetingKitError("Please give the agenda item a title.")
        with self.tx():
            ids = [i.id for i in self.items(meeting_id)]
            position = len(ids) if position is None else max(0, min(position, len(ids)))
            new_id = self._insert(
                {"meeting_id": meeting_id, "title": title, "position": position, **values}
            )
            ids.insert(position, new_id)
            self._renumber(ids)
        return new_id

    def update(self, item_id: int, **values) -> None:
        values = _clean(values)
        if "title" in values and not values["title"].strip():
            raise MeetingKitError("Please give the agenda item a title.")
        self._update(item_id, values)

    def delete(self, item_id: int) -> None:
        item = self.get(item_id)
        with self.tx():
            self._delete(item_id)
            self._renumber([i.id for i in self.items(item.meeting_id)])

    def move(self, item_id: int, new_position: int) -> None:
        item = self.get(item_id)
        ids = [i.id for i in self.items(item.meeting_id)]
        ids.remove(item_id)
        ids.insert(max(0, min(new_position, len(ids))), item_id)
        with self.tx():
            self._renumber(ids)

    def set_order(self, meeting_id: int, ordered_ids: list[int]) -> None:
        if sorted(ordered_ids) != sorted(i.id for i in self.items(meeting_id)):
            raise MeetingKitError("The agenda changed while it was being reordered. Please try again.")
        with self.tx():
            self._renumber(ordered_ids)

    def total_minutes(self, meeting_id: int) -> int:
        row = self._one("SELECT coalesce(sum(minutes), 0) AS total FROM agenda_items "
                        "WHERE meeting_id = ?", [meeting_id])
        return int(row["total"]) if row else 0

    def _renumber(self, ordered_ids: list[int]) -> None:
        with self.tx():
            self.db.conn.executemany(
                "UPDATE agenda_items SET position = ? WHERE id = ?",
                [(index, item_id) for index, item_id in enumerate(ordered_ids)],
            )


def _clean(values: dict) -> dict:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown agenda item fields: {sorted(unknown)}")
    if "purpose" in values:
        values["purpose"] = Purpose(values["purpose"]).value
    if "minutes" in values:
        values["minutes"] = max(0, int(values["minutes"]))
    return values
