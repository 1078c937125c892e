"""Builders and checks shared by the export tests: a meeting with everything in it, and the
accessibility checks read back from a saved Word file."""

from __future__ import annotations

import docx
from docx_checks import assert_accessible_docx

PAPER = """# Falls review

## What happened

Falls on **ward 3** went up this quarter. See the [national guidance](https://www.nhs.uk/falls)
and *our* plan. The MDT reviewed each one.

1. Look at the figures
2. Talk to families

| Ward | Falls |
|------|-------|
| 3    | 12    |

### What next

- Share the leaflet
- Ask partners
"""

PLAIN = "# Falls leaflet\n\nMore people fell on ward 3. We want to **stop this**.\n"


def rich_meeting(store, today: str = "2026-03-10") -> dict:
    """A committee with two meetings; the first has attendance, notes, decisions, actions
    (one overdue on `today`), papers (one with an accepted plain version) and a glossary term."""
    committee = store.committees.create("Patient Safety Group")
    people = {}
    for name, role in (("Priya Shah", "chair"), ("Sam Okafor", "partner"),
                       ("Jo Williams", "administrator"), ("Maria Lopez", "staff")):
        people[name] = store.people.create(name, role=role)
        store.committees.add_member(committee, people[name])
    meeting = store.meetings.create(committee, "Patient Safety Group", "2026-03-03",
                                    place="Seminar room 2", status="held")
    later = store.meetings.create(committee, "Patient Safety Group", "2026-05-05",
                                  place="Board room")
    store.attendance.set(meeting, people["Sam Okafor"], "apologies")
    store.attendance.set(meeting, people["Maria Lopez"], declaration="Trustee of a falls charity")
    welcome = store.agenda.add(meeting, "Welcome", summary="The chair says hello.", minutes=5)
    falls = store.agenda.add(meeting, "Falls on the wards", purpose="decision",
                             presenter="Maria Lopez", summary="What we learned from falls.")
    store.papers.add(falls, "Falls review", PAPER, author="Maria Lopez")
    plain_paper = store.papers.add(falls, "Falls leaflet", "# Falls leaflet\n\nUtilise the MDT.")
    store.papers.update(plain_paper, plain_body=PLAIN)
    store.notes.save(falls, "Maria showed the figures.\n\n- Sam asked about families")
    store.decisions.add(falls, "Add falls to the safety huddle.")
    overdue = store.actions.add(meeting, "Write a leaflet for families", "Maria Lopez",
                                "2026-03-05", falls)
    store.actions.add(meeting, "Share the figures", "Jo Williams", "2026-04-30", falls)
    done = store.actions.add(meeting, "Book the room", "Jo Williams", "2026-03-04", welcome)
    store.actions.update(done, status="done")
    store.glossary.save("MDT", "multidisciplinary team", "team of different staff")
    return {"committee": committee, "meeting": meeting, "later": later, "falls": falls,
            "welcome": welcome, "people": people, "overdue": overdue, "today": today}


def heading_levels(document) -> list[int]:
    return [int(p.style.name.split()[-1]) for p in document.paragraphs
            if p.style.name.startswith("Heading")]


def assert_accessible(path, large_print: bool = False) -> docx.Document:
    """The shared checks (docx_checks.py) every Word export must pass."""
    return assert_accessible_docx(path, large_print=large_print)


def texts(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def table_rows(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]
