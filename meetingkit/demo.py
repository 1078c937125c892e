"""The example committee a new user sees on first run (and `meetingkit demo` adds)."""

from __future__ import annotations

import json
from datetime import date, timedelta

from meetingkit import clock
from meetingkit.resources import read_text
from meetingkit.store import Store


def _weekday_near(days_from_today: int, today: date) -> str:
    day = today + timedelta(days=days_from_today)
    while day.weekday() >= 5:  # committees meet on weekdays
        day += timedelta(days=1)
    return day.isoformat()


def load_example(store: Store, today: date | None = None) -> int:
    """Adds the example committee and returns its id. Dates are set relative to today so the
    upcoming meeting is always upcoming."""
    today = today or clock.today()
    data = json.loads(read_text("demo", "example.json"))
    with store.transaction():
        committee_id = store.committees.create(**data["committee"])
        people = {}
        for person in data["people"]:
            fields = {k: v for k, v in person.items() if k != "key"}
            people[person["key"]] = store.people.create(**fields)
            store.committees.add_member(committee_id, people[person["key"]])
        for key in ("past_meeting", "meeting"):
            _add_meeting(store, committee_id, data[key], today)
    return committee_id


def _add_meeting(store: Store, committee_id: int, spec: dict, today: date) -> int:
    meeting_id = store.meetings.create(
        committee_id, spec["title"], _weekday_near(spec["days_from_today"], today),
        start_time=spec.get("start_time", "10:00"),
        length_minutes=spec.get("length_minutes", 120),
        place=spec.get("place", ""),
        call_link=spec.get("call_link", ""),
        status=spec.get("status", "draft"),
    )
    for item in spec["items"]:
        fields = {k: item[k] for k in ("purpose", "presenter", "minutes", "summary", "standing")
                  if k in item}
        item_id = store.agenda.add(meeting_id, item["title"], **fields)
        if "paper" in item:
            store.papers.add(item_id, item["paper_title"], read_text("demo", item["paper"]),
                             author=item.get("paper_author", ""), source_name=item["paper"])
        if item.get("notes"):
            store.notes.save(item_id, item["notes"])
        for text in item.get("decisions", []):
            store.decisions.add(item_id, text)
        for action in item.get("actions", []):
            due = (today + timedelta(days=action["due_days_from_today"])).isoformat()
            action_id = store.actions.add(meeting_id, action["text"], action["owner"], due, item_id)
            if action.get("status", "open") != "open":
                store.actions.update(action_id, status=action["status"])
    return meeting_id
