"""People: chairs, patient safety partners, staff, administrators and guests."""

from __future__ import annotations

from meetingkit.errors import MeetingKitError
from meetingkit.model import Person, Role
from meetingkit.store.base import Repository


class People(Repository):
    table = "people"

    def all(self) -> list[Person]:
        return [Person.from_row(r) for r in self._rows("SELECT * FROM people ORDER BY name")]

    def get(self, person_id: int) -> Person:
        row = self._one("SELECT * FROM people WHERE id = ?", [person_id])
        if row is None:
            raise MeetingKitError("That person is no longer in MeetingKit.")
        return Person.from_row(row)

    def create(self, name: str, role: str = Role.STAFF.value, access_needs: str = "",
               email: str = "") -> int:
        return self._insert({"name": _clean(name), "role": Role(role).value,
                             "access_needs": access_needs, "email": email})

    def update(self, person_id: int, **values) -> None:
        if "name" in values:
            values["name"] = _clean(values["name"])
        if "role" in values:
            values["role"] = Role(values["role"]).value
        self._update(person_id, values)

    def delete(self, person_id: int) -> None:
        self._delete(person_id)


def _clean(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise MeetingKitError("Please give the person's name.")
    return name
