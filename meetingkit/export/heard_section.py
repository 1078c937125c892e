"""The optional 'Who was heard' part of the minutes: speaking time by group and by person,
from the turns the Time to think timer stored (meetingkit.timer.who_was_heard). Only the people
present are counted: someone who sent apologies is not listed as "did not speak"."""

from __future__ import annotations

from meetingkit.export.content import MinutesContent
from meetingkit.export.docx_writer import DocWriter

_GROUPS = {"chair": "Chair", "partner": "Partners", "staff": "Staff",
           "administrator": "Administrator", "guest": "Guests"}
_ROLE_WORDS = {"chair": "Chair", "partner": "Partner", "staff": "Staff",
               "administrator": "Administrator", "guest": "Guest"}


def write_who_was_heard(writer: DocWriter, content: MinutesContent) -> None:
    from meetingkit.timer import Attendee, Turn, who_was_heard

    writer.heading("Who was heard", 2)
    people = {row["person_id"]: row for row in content.attendance}
    attendees = [Attendee(row["person_id"], row["name"], _role(row["role"]))
                 for row in content.attendance if row["status"] == "present"]
    away = {row["person_id"] for row in content.attendance if row["status"] != "present"}
    turns = [
        Turn(person_id=row["person_id"],
             # The role stored with the turn (newer databases), else the person's role now.
             role=_role(row.get("role") or people.get(row["person_id"], {}).get("role")),
             agenda_item_id=row["item_id"], mode=row["mode"], started_at=row["started_at"],
             duration=float(row["duration_s"]), passed=bool(row["passed"]),
             skipped=bool(row.get("skipped", 0)))
        for row in content.turns if row["person_id"] is not None
        # Someone who sent apologies or was absent is not counted (a round may have offered
        # them a turn the chair skipped), unless they did speak after all.
        and not (row["person_id"] in away and (row["passed"] or row.get("skipped", 0)))
    ]
    if not turns:
        writer.paragraph("No speaking turns were recorded with the Time to think timer at this "
                         "meeting.")
        return
    summary = who_was_heard(turns, attendees)
    writer.paragraph(f"Speaking time recorded with the Time to think timer: "
                     f"{duration_words(summary.total_seconds)} in all.")
    writer.table(
        ["Group", "People", "Speaking time", "Share of the time", "Equal share for their number"],
        [[_GROUPS.get(r.role, r.role.title()), str(r.head_count), duration_words(r.seconds),
          _percent(r.share), _percent(r.fair_share)] for r in summary.roles],
        caption="Speaking time by group",
    )
    writer.table(
        ["Name", "Role", "Turns", "Speaking time", "Times they passed"],
        [[_name(h.person, people), _ROLE_WORDS.get(h.person.role, h.person.role),
          str(h.turns), duration_words(h.seconds), str(h.passes)] for h in summary.people],
        caption="Speaking time by person",
    )
    if summary.not_heard:
        writer.labelled("Did not speak during timed turns",
                        ", ".join(_name(p, people) for p in summary.not_heard))


def duration_words(seconds: float) -> str:
    seconds = int(round(seconds))
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return f"{rest} second{'s' if rest != 1 else ''}"
    text = f"{minutes} minute{'s' if minutes != 1 else ''}"
    return f"{text} {rest} second{'s' if rest != 1 else ''}" if rest else text


def _percent(share: float) -> str:
    return f"{round(share * 100)}%"


def _role(role: str | None) -> str:
    return role if role in _GROUPS else "guest"


def _name(person, people: dict) -> str:
    row = people.get(person.person_id)
    return row["name"] if row else str(person.name)
