"""Partners' involvement (time and expenses per meeting), each committee's rates, and the fast
search behind the Action log view.

The action-log search lives here because this module is the minutes/involvement helper's own
store module: `store.involvement.action_log`. (It could move to a module of its own later.)
"""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.involvement import InvolvementRecord, Rates
from meetingkit.store.base import Repository, now_iso

RECORD_FIELDS = ("attended", "meeting_hours", "preparation_hours", "travel_miles",
                 "travel_cost_pence", "other_expenses_pence", "expenses_note")
MAX_HOURS = 24.0  # for one meeting; more is a typing slip
MAX_MILES = 2000.0


class Involvement(Repository):
    table = "involvement"

    def __init__(self, db, tx):
        super().__init__(db, tx)
        self.action_log = ActionLogSearch(db, tx)

    # ----- rates ---------------------------------------------------------------------------
    def rates(self, committee_id: int) -> Rates:
        row = self._one("SELECT * FROM involvement_rates WHERE committee_id = ?", [committee_id])
        if row is None:
            return Rates()
        return Rates(day_pence=row["day_pence"], half_day_pence=row["half_day_pence"],
                     mileage_pence=row["mileage_pence"],
                     half_day_hours=float(row["half_day_hours"]), is_set=True)

    def set_rates(self, committee_id: int, day_pence: int, half_day_pence: int,
                  mileage_pence: int, half_day_hours: float = 4.0) -> None:
        if min(day_pence, half_day_pence, mileage_pence) < 0:
            raise MeetingKitError("Rates cannot be less than nothing.")
        if not 0 < half_day_hours <= 12:
            raise MeetingKitError("A half day must be between a few minutes and 12 hours.")
        self._execute(
            "INSERT INTO involvement_rates (committee_id, day_pence, half_day_pence, "
            "mileage_pence, half_day_hours) VALUES (?,?,?,?,?) ON CONFLICT (committee_id) DO "
            "UPDATE SET day_pence = excluded.day_pence, half_day_pence = excluded.half_day_pence,"
            " mileage_pence = excluded.mileage_pence, half_day_hours = excluded.half_day_hours",
            [committee_id, int(day_pence), int(half_day_pence), int(mileage_pence),
             float(half_day_hours)])

    # ----- records -------------------------------------------------------------------------
    def get(self, meeting_id: int, person_id: int) -> InvolvementRecord | None:
        row = self._one("SELECT * FROM involvement WHERE meeting_id = ? AND person_id = ?",
                        [meeting_id, person_id])
        return InvolvementRecord.from_row(row) if row else None

    def for_meeting(self, meeting_id: int) -> list[InvolvementRecord]:
        rows = self._rows("SELECT * FROM involvement WHERE meeting_id = ? ORDER BY id",
                          [meeting_id])
        return [InvolvementRecord.from_row(r) for r in rows]

    def record(self, meeting_id: int, person_id: int, **values) -> None:
        """Saves (adds or replaces) one person's involvement for one meeting."""
        values = _checked(values)
        row = {"attended": 1, "meeting_hours": 0.0, "preparation_hours": 0.0,
               "travel_miles": 0.0, "travel_cost_pence": 0, "other_expenses_pence": 0,
               "expenses_note": "", **values}
        columns = ", ".join(RECORD_FIELDS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in (*RECORD_FIELDS, "updated_at"))
        self._execute(
            f"INSERT INTO involvement (meeting_id, person_id, {columns}, updated_at) "
            f"VALUES (?, ?, {', '.join('?' for _ in RECORD_FIELDS)}, ?) "
            f"ON CONFLICT (meeting_id, person_id) DO UPDATE SET {updates}",
            [meeting_id, person_id, *(row[c] for c in RECORD_FIELDS), now_iso()])

    def remove(self, meeting_id: int, person_id: int) -> None:
        self._execute("DELETE FROM involvement WHERE meeting_id = ? AND person_id = ?",
                      [meeting_id, person_id])

    def for_claim(self, person_id: int, committee_id: int, date_from: str,
                  date_to: str) -> list[tuple[InvolvementRecord, str, str]]:
        """(record, meeting date, meeting title) for the committee's meetings in the dates."""
        rows = self._rows(
            "SELECT i.*, m.date AS meeting_date, m.title AS meeting_title FROM involvement i "
            "JOIN meetings m ON m.id = i.meeting_id WHERE i.person_id = ? AND "
            "m.committee_id = ? AND m.date BETWEEN ? AND ? ORDER BY m.date, m.id",
            [person_id, committee_id, date_from, date_to])
        return [(InvolvementRecord.from_row(r), r["meeting_date"], r["meeting_title"])
                for r in rows]


def _checked(values: dict) -> dict:
    unknown = set(values) - set(RECORD_FIELDS)
    if unknown:
        raise TypeError(f"unknown involvement fields: {sorted(unknown)}")
    for name in ("meeting_hours", "preparation_hours"):
        if name in values and not 0 <= float(values[name]) <= MAX_HOURS:
            raise MeetingKitError(f"Please give the hours as a number from 0 to {MAX_HOURS:g}.")
    if "travel_miles" in values and not 0 <= float(values["travel_miles"]) <= MAX_MILES:
        raise MeetingKitError(f"Please give the miles as a number from 0 to {MAX_MILES:g}.")
    for name in ("travel_cost_pence", "other_expenses_pence"):
        if name in values and int(values[name]) < 0:
            raise MeetingKitError("Amounts of money cannot be less than nothing.")
    if "attended" in values:
        values["attended"] = int(bool(values["attended"]))
    if "expenses_note" in values:
        values["expenses_note"] = values["expenses_note"].strip()
    return values


# ----- the action log ------------------------------------------------------------------------
STATUS_FILTERS = ("all", "open", "overdue", "done", "closed")


# One action as filtering needs it: (id, due or "", status, what + who case-folded). Plain
# tuples, not objects: 100,000 of them load and filter several times faster.
LogEntry = tuple[int, str, str, str]
ID, DUE, STATUS, WORDS = range(4)


class ActionLogSearch(Repository):
    """Loads a committee's actions once (in log order), then filters in memory: 100,000 actions
    filter in a few milliseconds, where SQL LIKE with a sort took ~60-100 ms."""

    table = "actions"

    def entries(self, committee_id: int) -> list[LogEntry]:
        rows = self.db.conn.execute(
            "SELECT a.id, coalesce(a.due, ''), a.status, a.text || ' ' || a.owner FROM actions a "
            "JOIN meetings m ON m.id = a.meeting_id WHERE m.committee_id = ? "
            "ORDER BY coalesce(a.due, '9999'), a.id", [committee_id]).fetchall()
        return [(i, due, status, words.casefold()) for i, due, status, words in rows]

    def rows(self, ids: list[int]) -> dict[int, dict]:
        """Full rows for some actions (a page the table is about to show)."""
        if not ids:
            return {}
        found: dict[int, dict] = {}
        for start in range(0, len(ids), 500):  # SQLite's limit on ? marks
            chunk = ids[start:start + 500]
            marks = ", ".join("?" for _ in chunk)
            for row in self._rows(
                    "SELECT a.*, m.date AS meeting_date, m.title AS meeting_title "
                    f"FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE a.id IN ({marks})",
                    chunk):
                found[row["id"]] = row
        return found


def filter_log(entries: list[LogEntry], status: str = "all", text: str = "",
               today: str = "") -> list[int]:
    """Ids of the entries that match, in log order. `status` is one of STATUS_FILTERS;
    "overdue" means open with a due date before `today`. Every word typed must appear."""
    if status not in STATUS_FILTERS:
        raise ValueError(f"unknown status filter {status!r}")
    words = text.casefold().split()
    if status == "overdue":
        chosen = [e for e in entries if e[STATUS] == "open" and e[DUE] and e[DUE] < today]
    elif status == "all":
        chosen = entries
    else:
        chosen = [e for e in entries if e[STATUS] == status]
    for word in words:
        chosen = [e for e in chosen if word in e[WORDS]]
    return [e[ID] for e in chosen]
