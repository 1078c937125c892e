"""The minutes in Word, in the shape committees expect: title, date and place, who came and who
sent apologies, declarations of interest, each item with its notes, decisions and actions, the
action log, optionally who was heard, and the date of the next meeting. Until the committee
approves them they are marked DRAFT: in the title, at the top of every page and in the text."""

from __future__ import annotations

from pathlib import Path

from meetingkit import clock
from meetingkit.export.content import MinutesContent, MinutesItem, gather_minutes
from meetingkit.export.dates import long_date, short_date
from meetingkit.export.docx_setup import new_document
from meetingkit.export.docx_writer import DocWriter
from meetingkit.export.markdown_docx import add_markdown
from meetingkit.export.pack import time_range
from meetingkit.export.privacy_check import minutes_texts, refuse_patient_details
from meetingkit.export.progress import CancelFlag, Progress, ProgressCallback
from meetingkit.model import Action, Role

DRAFT_MARK = "DRAFT: not yet approved"


def export_minutes(store, meeting_id: int, path: Path | str, *, who_was_heard: bool = False,
                   large_print: bool = False, today: str | None = None,
                   progress: ProgressCallback | None = None, cancel: CancelFlag = None,
                   allow_patient_details: bool = False) -> Path:
    """Reads the meeting's minutes from the store and saves them as a Word file at `path`.
    `today` (ISO date) decides which actions are overdue; it defaults to the real date."""
    content = gather_minutes(store, meeting_id, with_turns=who_was_heard)
    return render_minutes(content, path, who_was_heard=who_was_heard, large_print=large_print,
                          today=today, progress=progress, cancel=cancel,
                          allow_patient_details=allow_patient_details)


def render_minutes(content: MinutesContent, path: Path | str, *, who_was_heard: bool = False,
                   large_print: bool = False, today: str | None = None,
                   progress: ProgressCallback | None = None, cancel: CancelFlag = None,
                   allow_patient_details: bool = False) -> Path:
    refuse_patient_details(minutes_texts(content), allow_patient_details, content.staff)
    steps = Progress(progress, cancel)
    steps.step(0.0, "Starting the minutes")
    today = today or clock.today_iso()
    meeting = content.meeting
    title = f"Minutes: {meeting.title}, {long_date(meeting.date)}"
    if not content.approved:
        title = f"DRAFT {title[0].lower()}{title[1:]}"
    document = new_document(title, large_print, author=content.committee.name, subject="Minutes")
    if not content.approved:
        document.sections[0].header.paragraphs[0].text = DRAFT_MARK
    writer = DocWriter(document)
    writer.heading(title, 1)
    if not content.approved:
        writer.paragraph("These minutes are a draft. They are not final until the committee "
                         "agrees them.", bold=True)
    writer.labelled("Committee", content.committee.name)
    writer.labelled("Date", long_date(meeting.date))
    writer.labelled("Time", time_range(meeting.start_time, meeting.length_minutes))
    if meeting.place:
        writer.labelled("Place", meeting.place)
    _attendance(writer, content)
    _declarations(writer, content)
    for index, item in enumerate(content.items):
        steps.step(0.1 + 0.7 * index / max(1, len(content.items)), f"Adding item {item.number}")
        _item(writer, item, today)
    steps.step(0.85, "Adding the action log")
    _action_log(writer, content, today)
    if who_was_heard:
        from meetingkit.export.heard_section import write_who_was_heard

        write_who_was_heard(writer, content)
    _next_meeting(writer, content)
    steps.step(0.95, "Saving the file")
    saved = writer.save(path)
    steps.step(1.0, "Done")
    return saved


def action_line(action: Action, today: str) -> str:
    """'Write a leaflet (who: Maria Lopez, by 3 Mar 2026, overdue)'."""
    details = []
    if action.owner:
        details.append(f"who: {action.owner}")
    if action.due:
        details.append(f"by {short_date(action.due)}")
    details.append(action.status_words(today).lower())
    return f"{action.text} ({', '.join(details)})"


def _attendance(writer: DocWriter, content: MinutesContent) -> None:
    writer.heading("Who came", 2)
    if not content.attendance:
        writer.paragraph("No one is listed as a member of this committee yet.")
        return
    groups = (("present", "Present"), ("apologies", "Apologies"), ("absent", "Not present"))
    for status, heading in groups:
        people = [row for row in content.attendance if row["status"] == status]
        if not people:
            continue
        writer.heading(heading, 3)
        writer.bullets(f"{row['name']}, {_role_words(row['role'])}" for row in people)


def _declarations(writer: DocWriter, content: MinutesContent) -> None:
    writer.heading("Declarations of interest", 2)
    declared = [row for row in content.attendance if row["declaration"].strip()]
    if declared:
        writer.bullets(f"{row['name']}: {' '.join(row['declaration'].split())}"
                       for row in declared)
    else:
        writer.paragraph("No one declared an interest.")


def _item(writer: DocWriter, minutes_item: MinutesItem, today: str) -> None:
    item = minutes_item.item
    writer.heading(f"Item {minutes_item.number}: {item.title}", 2)
    if item.presenter:
        writer.labelled("Led by", item.presenter)
    add_markdown(writer, minutes_item.notes, heading_base=3)
    if minutes_item.decisions:
        writer.heading("Decisions", 3)
        writer.bullets(minutes_item.decisions)
    if minutes_item.actions:
        writer.heading("Actions", 3)
        writer.bullets(action_line(a, today) for a in minutes_item.actions)
    if not (minutes_item.notes.strip() or minutes_item.decisions or minutes_item.actions):
        writer.paragraph("Nothing was written down for this item.")


def _action_log(writer: DocWriter, content: MinutesContent, today: str) -> None:
    writer.heading("Action log", 2)
    if not content.action_log:
        writer.paragraph("There are no actions to follow up.")
        return
    writer.paragraph(f"{count_words(content.action_log, today)}, as at {long_date(today)}.")
    rows, bold = [], []
    for index, action in enumerate(content.action_log):
        status = action.status_words(today)
        rows.append([action.text, action.owner or "Not given", short_date(action.due) or "No date",
                     status])
        if status == "Overdue":
            bold.append((index, 3))
    writer.table(["Action", "Who", "Due", "Status"], rows, caption="Action log",
                 bold_cells=bold)


def count_words(actions, today: str) -> str:
    """'3 actions, of which 1 is overdue'."""
    actions = list(actions)
    text = f"{len(actions)} action{'' if len(actions) == 1 else 's'}"
    overdue = sum(1 for a in actions if a.is_overdue(today))
    if overdue:
        text += f", of which {overdue} {'is' if overdue == 1 else 'are'} overdue"
    return text


def _next_meeting(writer: DocWriter, content: MinutesContent) -> None:
    writer.heading("Date of the next meeting", 2)
    following = content.next_meeting
    if following is None:
        writer.paragraph("The date of the next meeting has not been set yet.")
        return
    text = f"{long_date(following.date)}, {following.start_time}"
    if following.place:
        text += f", {following.place}"
    writer.paragraph(text + ".")


def _role_words(role: str) -> str:
    try:
        return Role(role).label
    except ValueError:
        return role
