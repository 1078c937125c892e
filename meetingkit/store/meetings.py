"""Meetings of a committee, newest first, and their status through the year."""

from __future__ import annotations

from datetime import date

from meetingkit.errors import MeetingKitError
from meetingkit.model import Meeting, MeetingStatus
from meetingkit.store.base import Repository

EDITABLE = ("title", "date", "start_time", "length_minutes", "place", "call_link", "status",
            "published_at", "published_on_time", "publish_note")


class Meetings(Repository):
    table = "meetings"

    def for_committee(self, committee_id: int) -> list[Meeting]:
        rows = self._rows(
            "SELECT * FROM meetings WHERE committee_id = ? ORDER BY date DESC, start_time DESC",
            [committee_id],
        )
        return [Meeting.from_row(r) for r in rows]

    def get(self, meeting_id: int) -> Meeting:
        row = self._one("SELECT * FROM meetings WHERE id = ?", [meeting_id])
        if row is None:
            raise MeetingKitError("That meeting no longer exists.")
        return Meeting.from_row(row)

    def create(self, committee_id: int, title: str, date_iso: str, **values) -> int:
        title = " ".join(title.split())
        if not title:
            raise MeetingKitError("Please give the meeting a name.")
        _check_date(date_iso)
        return self._insert({"committee_id": committee_id, "title": title, "date": date_iso,
                             **_only_editable(values)})

    def update(self, meeting_id: int, **values) -> None:
        values = _only_editable(values)
        if "date" in values:
            _check_date(values["date"])
        if "status" in values:
            values["status"] = MeetingStatus(values["status"]).value
        self._update(meeting_id, values)

    def delete(self, meeting_id: int) -> None:
        self._delete(meeting_id)

    def previous(self, meeting_id: int) -> Meeting | None:
        """The meeting of the same committee just before this one."""
        m = self.get(meeting_id)
        row = self._one(
            "SELECT * FROM meetings WHERE committee_id = ? AND (date < ? OR (date = ? AND id < ?)) "
            "ORDER BY date DESC, id DESC LIMIT 1",
            [m.committee_id, m.date, m.date, m.id],
        )
        return Meeting.from_row(row) if row else None


def _check_date(value: str) -> None:
    try:
        date.fromisoformat(value)
    except (TypeError, ValueError) as error:
        raise MeetingKitError("Please give the meeting date as a real date.") from error


def _only_editable(values: dict) -> dict:
    unknown = set(values) - set(EDITABLE)
    if unknown:
        raise TypeError(f"unknown meeting fields: {sorted(unknown)}")
    return values
