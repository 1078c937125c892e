"""What happens in the meeting: attendance, notes per item, decisions and actions."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import Action, ActionStatus, AttendanceStatus, Decision
from meetingkit.store.base import Repository, now_iso


class Attendance(Repository):
    table = "attendance"

    def for_meeting(self, meeting_id: int) -> list[dict]:
        """Each member of the committee with their attendance (present unless said otherwise)."""
        return self._rows(
            "SELECT p.id AS person_id, p.name, p.role, "
            "coalesce(a.status, 'present') AS status, coalesce(a.declaration, '') AS declaration "
            "FROM meetings mt JOIN memberships ms ON ms.committee_id = mt.committee_id "
            "JOIN people p ON p.id = ms.person_id "
            "LEFT JOIN attendance a ON a.meeting_id = mt.id AND a.person_id = p.id "
            "WHERE mt.id = ? ORDER BY p.role = 'chair' DESC, p.name",
            [meeting_id],
        )

    def set(self, meeting_id: int, person_id: int, status: str | None = None,
            declaration: str | None = None) -> None:
        current = self._one("SELECT * FROM attendance WHERE meeting_id = ? AND person_id = ?",
                            [meeting_id, person_id]) or {}
        row = {
            "meeting_id": meeting_id,
            "person_id": person_id,
            "status": AttendanceStatus(status or current.get("status", "present")).value,
            "declaration": current.get("declaration", "") if declaration is None else declaration,
        }
        self._execute(
            "INSERT INTO attendance (meeting_id, person_id, status, declaration) VALUES (?,?,?,?) "
            "ON CONFLICT (meeting_id, person_id) DO UPDATE SET status = excluded.status, "
            "declaration = excluded.declaration",
            [row["meeting_id"], row["person_id"], row["status"], row["declaration"]],
        )


class Notes(Repository):
    table = "item_notes"

    def get(self, item_id: int) -> str:
        row = self._one("SELECT body FROM item_notes WHERE item_id = ?", [item_id])
        return row["body"] if row else ""

    def save(self, item_id: int, body: str) -> None:
        self._execute(
            "INSERT INTO item_notes (item_id, body, updated_at) VALUES (?,?,?) "
            "ON CONFLICT (item_id) DO UPDATE SET body = excluded.body, "
            "updated_at = excluded.updated_at",
            [item_id, body, now_iso()],
        )


class Decisions(Repository):
    table = "decisions"

    def for_item(self, item_id: int) -> list[Decision]:
        rows = self._rows("SELECT * FROM decisions WHERE item_id = ? ORDER BY id", [item_id])
        return [Decision.from_row(r) for r in rows]

    def get(self, decision_id: int) -> Decision:
        row = self._one("SELECT * FROM decisions WHERE id = ?", [decision_id])
        if row is None:
            raise MeetingKitError("That decision no longer exists.")
        return Decision.from_row(row)

    def add(self, item_id: int, text: str) -> int:
        text = text.strip()
        if not text:
            raise MeetingKitError("Please write the decision.")
        return self._insert({"item_id": item_id, "text": text})

    def update(self, decision_id: int, text: str) -> None:
        self._update(decision_id, {"text": text.strip()})

    def delete(self, decision_id: int) -> None:
        self._delete(decision_id)


class Actions(Repository):
    table = "actions"

    def for_meeting(self, meeting_id: int) -> list[Action]:
        rows = self._rows("SELECT * FROM actions WHERE meeting_id = ? ORDER BY id", [meeting_id])
        return [Action.from_row(r) for r in rows]

    def for_item(self, item_id: int) -> list[Action]:
        rows = self._rows("SELECT * FROM actions WHERE item_id = ? ORDER BY id", [item_id])
        return [Action.from_row(r) for r in rows]

    def log(self, committee_id: int, up_to_date: str | None = None,
            include_closed: bool = False) -> list[Action]:
        """The committee's action log: actions raised at its meetings (up to a date)."""
        sql = ("SELECT a.* FROM actions a JOIN meetings m ON m.id = a.meeting_id "
               "WHERE m.committee_id = ?")
        params: list = [committee_id]
        if up_to_date:
            sql += " AND m.date <= ?"
            params.append(up_to_date)
        if not include_closed:
            sql += " AND a.status = 'open'"
        sql += " ORDER BY coalesce(a.due, '9999'), a.id"
        return [Action.from_row(r) for r in self._rows(sql, params)]

    def carried_forward(self, meeting_id: int) -> list[Action]:
        """Open actions from this committee's earlier meetings, for this meeting's action log."""
        rows = self._rows(
            "SELECT a.* FROM actions a JOIN meetings m ON m.id = a.meeting_id "
            "JOIN meetings this ON this.id = ? "
            "WHERE m.committee_id = this.committee_id AND m.date < this.date "
            "AND (a.status = 'open' OR a.closed_at >= this.date) "
            "ORDER BY coalesce(a.due, '9999'), a.id",
            [meeting_id],
        )
        return [Action.from_row(r) for r in rows]

    def get(self, action_id: int) -> Action:
        row = self._one("SELECT * FROM actions WHERE id = ?", [action_id])
        if row is None:
            raise MeetingKitError("That action no longer exists.")
        return Action.from_row(row)

    def add(self, meeting_id: int, text: str, owner: str = "", due: str | None = None,
            item_id: int | None = None) -> int:
        text = text.strip()
        if not text:
            raise MeetingKitError("Please write what the action is.")
        return self._insert({"meeting_id": meeting_id, "item_id": item_id, "text": text,
                             "owner": owner.strip(), "due": due or None})

    def update(self, action_id: int, **values) -> None:
        allowed = {"text", "owner", "due", "status"}
        if set(values) - allowed:
            raise TypeError(f"unknown action fields: {sorted(set(values) - allowed)}")
        if "status" in values:
            status = ActionStatus(values["status"]).value
            values["status"] = status
            values["closed_at"] = None if status == "open" else now_iso()[:10]
        self._update(action_id, values)

    def delete(self, action_id: int) -> None:
        self._delete(action_id)
