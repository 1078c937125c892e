"""The meaning a committee chose for an acronym with more than one ("PAS: which meaning?")."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.store.base import Repository, now_iso


class AcronymMeanings(Repository):
    table = "acronym_meanings"

    def for_committee(self, committee_id: int) -> dict[str, str]:
        """{acronym: meaning} as the committee's chair chose them."""
        return {row["acronym"]: row["meaning"] for row in self._rows(
            "SELECT acronym, meaning FROM acronym_meanings WHERE committee_id = ? "
            "ORDER BY acronym", [committee_id])}

    def choose(self, committee_id: int, acronym: str, meaning: str) -> None:
        acronym, meaning = acronym.strip(), meaning.strip()
        if not acronym or not meaning:
            raise MeetingKitError("Please choose what the short form means.")
        self._execute(
            "INSERT INTO acronym_meanings(committee_id, acronym, meaning, chosen_at) "
            "VALUES (?,?,?,?) ON CONFLICT(committee_id, acronym) DO UPDATE SET "
            "meaning = excluded.meaning, chosen_at = excluded.chosen_at",
            [committee_id, acronym, meaning, now_iso()])

    def forget(self, committee_id: int, acronym: str) -> None:
        self._execute("DELETE FROM acronym_meanings WHERE committee_id = ? AND acronym = ?",
                      [committee_id, acronym])
