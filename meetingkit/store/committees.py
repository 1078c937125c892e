"""Committees and who sits on them."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import Committee, Person
from meetingkit.store.base import Repository

SETTINGS = ("name", "pack_working_days", "meeting_minutes", "reading_age_target",
            "pack_word_limit", "quorum", "region", "plain_packs_off")


class Committees(Repository):
    table = "committees"

    def all(self) -> list[Committee]:
        return [Committee.from_row(r) for r in self._rows("SELECT * FROM committees ORDER BY name")]

    def get(self, committee_id: int) -> Committee:
        row = self._one("SELECT * FROM committees WHERE id = ?", [committee_id])
        if row is None:
            raise MeetingKitError("That committee no longer exists.")
        return Committee.from_row(row)

    def create(self, name: str, **settings) -> int:
        name = _clean_name(name)
        return self._insert({"name": name, **_only_settings(settings)})

    def update(self, committee_id: int, **settings) -> None:
        values = _only_settings(settings)
        if "name" in values:
            values["name"] = _clean_name(values["name"])
        self._update(committee_id, values)

    def delete(self, committee_id: int) -> None:
        self._delete(committee_id)  # meetings, items and papers go with it (ON DELETE CASCADE)

    def members(self, committee_id: int) -> list[Person]:
        rows = self._rows(
            "SELECT p.* FROM people p JOIN memberships m ON m.person_id = p.id "
            "WHERE m.committee_id = ? ORDER BY p.role = 'chair' DESC, p.name",
            [committee_id],
        )
        return [Person.from_row(r) for r in rows]

    def add_member(self, committee_id: int, person_id: int) -> None:
        self._execute("INSERT OR IGNORE INTO memberships (committee_id, person_id) VALUES (?, ?)",
                      [committee_id, person_id])

    def remove_member(self, committee_id: int, person_id: int) -> None:
        self._execute("DELETE FROM memberships WHERE committee_id = ? AND person_id = ?",
                      [committee_id, person_id])


def _clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise MeetingKitError("Please give the committee a name.")
    return name


def _only_settings(settings: dict) -> dict:
    unknown = set(settings) - set(SETTINGS)
    if unknown:
        raise TypeError(f"unknown committee settings: {sorted(unknown)}")
    if "plain_packs_off" in settings:  # kept in one order, known names only
        from meetingkit.plain.packs import packs_off, packs_on

        settings = {**settings,
                    "plain_packs_off": packs_off(packs_on(settings["plain_packs_off"] or ""))}
    return settings
