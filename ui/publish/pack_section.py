"""The Overview tab's meeting pack section: when the pack is due (in working days), whether it
went out on time (a late pack says so), and how much reading the pack asks of partners."""

from __future__ import annotations

from datetime import date, datetime

from meetingkit import clock
from meetingkit.model import Committee, Meeting
from meetingkit.pack_budget import pack_budget
from meetingkit.publishing import deadline_for
from meetingkit.store import Store


def pack_section_html(store: Store, meeting: Meeting, committee: Committee,
                      today: date | None = None) -> str:
    today = today or clock.today()
    parts = ["<h3>The meeting pack</h3>"]
    sent = sent_sentence(meeting, committee)
    if sent:
        parts.append(f"<p>{sent}</p>")
        if meeting.publish_note:
            note = "<br>".join(_esc(line) for line in meeting.publish_note.splitlines())
            parts.append(f"<p><b>Note:</b> {note}</p>")
    elif today > date.fromisoformat(meeting.date):
        parts.append("<p>MeetingKit has no record of when this meeting's pack was sent.</p>")
    else:
        deadline = deadline_for(meeting, committee.pack_working_days, committee.region, today)
        parts.append(f"<p><b>Not sent yet.</b> {_esc(deadline.sentence)} The committee sends "
                     f"packs {committee.pack_working_days} working days before a meeting.</p>")
    budget = pack_budget(store.papers.for_meeting(meeting.id), committee.pack_word_limit)
    lines = [_esc(line) for line in budget.sentences()]
    if not budget.fits:
        lines[1] = f"<b>{lines[1]}</b>"  # over the limit: the sentence that says so stands out
    parts.append("<ul>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>")
    return "".join(parts)


def sent_sentence(meeting: Meeting, committee: Committee) -> str:
    """'Sent on Monday 2 March 2026, on time.' or '... 2 working days late.' ('' if not sent)."""
    if not meeting.published_at:
        return ""
    try:
        sent = datetime.fromisoformat(meeting.published_at).date()
    except ValueError:
        return "The pack has been sent."
    when = f"{sent:%A} {sent.day} {sent:%B %Y}"
    if meeting.published_on_time:
        return f"<b>Sent on {when}, on time.</b>"
    deadline = deadline_for(meeting, committee.pack_working_days, committee.region, sent)
    late = -deadline.days_left
    days = f"{late} working day{'s' * (late != 1)} late" if late > 0 else "late"
    return (f"<b>Sent on {when}, {days}</b> (it was due by {deadline.deadline:%A} "
            f"{deadline.deadline.day} {deadline.deadline:%B %Y}).")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
