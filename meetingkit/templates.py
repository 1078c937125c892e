"""Agenda templates: ready-made agendas kept as data (resources/templates/*.json, one file each),
and "start from the last meeting's agenda".

A template file holds a name, a description and a list of items; each item has a title, a
purpose (information, discussion, decision or assurance), minutes, a one-sentence plain summary
and, for standing items, which standing item it is (apologies, declarations, minutes, actions,
aob, next_meeting).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from meetingkit.errors import MeetingKitError
from meetingkit.model import Purpose
from meetingkit.resources import read_text, resource_path

if TYPE_CHECKING:
    from meetingkit.store import Store

STANDING_KINDS = ("apologies", "declarations", "minutes", "actions", "aob", "next_meeting", "")
TEMPLATE_FOLDER = "templates"


@dataclass(frozen=True)
class TemplateItem:
    title: str
    purpose: str = Purpose.DISCUSSION.value
    minutes: int = 10
    summary: str = ""
    standing: str = ""
    presenter: str = ""

    def values(self) -> dict:
        """Keyword arguments for store.agenda.add (besides the title)."""
        return {"purpose": self.purpose, "minutes": self.minutes, "summary": self.summary,
                "standing": self.standing, "presenter": self.presenter}


@dataclass(frozen=True)
class AgendaTemplate:
    key: str  # the file name without .json; "" for an agenda copied from a meeting
    name: str
    description: str
    items: tuple[TemplateItem, ...]

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes for item in self.items)


def list_templates() -> list[AgendaTemplate]:
    """Every shipped template, by name."""
    folder = resource_path(TEMPLATE_FOLDER)
    keys = sorted(path.stem for path in folder.glob("*.json")) if folder.is_dir() else []
    return sorted((load_template(key) for key in keys), key=lambda t: t.name.lower())


def load_template(key: str) -> AgendaTemplate:
    try:
        text = read_text(TEMPLATE_FOLDER, f"{key}.json")
    except OSError as error:
        raise MeetingKitError(f"The agenda template '{key}' could not be found.") from error
    return parse_template(key, text)


def parse_template(key: str, text: str) -> AgendaTemplate:
    """Reads and checks one template file; a damaged one is refused with its name."""
    try:
        data = json.loads(text)
        if not isinstance(data, dict) or not isinstance(data.get("items"), list):
            raise ValueError("no list of items")
        name = _text(data.get("name")) or key
        items = tuple(_item(entry) for entry in data["items"])
    except (ValueError, TypeError, KeyError) as error:
        raise MeetingKitError(f"The agenda template '{key}' is damaged ({error}).") from error
    return AgendaTemplate(key, name, _text(data.get("description")), items)


def _item(entry: object) -> TemplateItem:
    if not isinstance(entry, dict):
        raise ValueError("an item is not a set of fields")
    title = _text(entry.get("title"))
    if not title:
        raise ValueError("an item has no title")
    purpose = Purpose(entry.get("purpose", Purpose.DISCUSSION.value)).value
    minutes = entry.get("minutes", 10)
    if not isinstance(minutes, int) or isinstance(minutes, bool) or not 0 <= minutes <= 600:
        raise ValueError(f"'{title}' has minutes that are not a whole number from 0 to 600")
    standing = _text(entry.get("standing"))
    if standing not in STANDING_KINDS:
        raise ValueError(f"'{title}' has an unknown standing kind '{standing}'")
    return TemplateItem(title, purpose, minutes, _text(entry.get("summary")), standing,
                        _text(entry.get("presenter")))


def _text(value: object) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise TypeError("a text field holds something other than text")
    return " ".join(value.split())


def agenda_of(store: Store, meeting_id: int) -> AgendaTemplate:
    """A meeting's agenda as a template: its items without their papers."""
    meeting = store.meetings.get(meeting_id)
    items = tuple(TemplateItem(i.title, i.purpose, i.minutes, i.summary, i.standing, i.presenter)
                  for i in store.agenda.items(meeting_id))
    return AgendaTemplate("", f"The agenda of the meeting on {meeting.date}",
                          f"{meeting.title}, {meeting.date}", items)


def last_meeting_agenda(store: Store, meeting_id: int) -> AgendaTemplate | None:
    """The agenda of the committee's meeting before this one, or None if there is none (or it
    had no items)."""
    previous = store.meetings.previous(meeting_id)
    if previous is None:
        return None
    template = agenda_of(store, previous.id)
    return template if template.items else None


def apply_template(store: Store, meeting_id: int, template: AgendaTemplate,
                   replace: bool = False) -> list[int]:
    """Adds the template's items to the end of the meeting's agenda (or, with replace, instead
    of the items there now, papers and all), all or nothing. Returns the new items' ids."""
    if not template.items:
        raise MeetingKitError("That agenda has no items to add.")
    store.meetings.get(meeting_id)  # refuses a meeting deleted a moment ago
    with store.transaction():
        if replace:
            for item in store.agenda.items(meeting_id):
                store.agenda.delete(item.id)
        return [store.agenda.add(meeting_id, item.title, **item.values())
                for item in template.items]


def copy_last_agenda(store: Store, meeting_id: int, replace: bool = False) -> list[int]:
    """Copies the items (not the papers) of the last meeting's agenda into this meeting."""
    template = last_meeting_agenda(store, meeting_id)
    if template is None:
        raise MeetingKitError("There is no earlier meeting of this committee with an agenda "
                              "to copy.")
    return apply_template(store, meeting_id, template, replace)
