"""Speaking turns, as the Time to think timer records them."""

from __future__ import annotations

from meetingkit.store.base import Repository


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
