"""The meeting pack in Word: a cover with the meeting's details, a contents list with page
numbers, the agenda as a table, each item with its plain summary and papers, and the words used
in the pack with their meanings."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from meetingkit.export.content import PackContent, PackItem, gather_pack
from meetingkit.export.contents import Entry, add_contents
from meetingkit.export.dates import long_date
from meetingkit.export.docx_setup import new_document
from meetingkit.export.docx_writer import DocWriter
from meetingkit.export.glossary import words_used_in
from meetingkit.export.markdown_docx import add_markdown
from meetingkit.export.privacy_check import pack_texts, refuse_patient_details
from meetingkit.export.progress import CancelFlag, Progress, ProgressCallback


def export_pack(store, meeting_id: int, path: Path | str, *, large_print: bool = False,
                progress: ProgressCallback | None = None, cancel: CancelFlag = None,
                allow_patient_details: bool = False) -> Path:
    """Reads the meeting from the store and saves its pack as a Word file at `path`."""
    return render_pack(gather_pack(store, meeting_id), path, large_print=large_print,
                       progress=progress, cancel=cancel,
                       allow_patient_details=allow_patient_details)


def render_pack(content: PackContent, path: Path | str, *, large_print: bool = False,
                progress: ProgressCallback | None = None, cancel: CancelFlag = None,
                allow_patient_details: bool = False) -> Path:
    """Writes an already-gathered pack (safe to run on a worker thread). Refuses with
    PatientDetailsFound unless `allow_patient_details` (the person saw the findings)."""
    refuse_patient_details(pack_texts(content), allow_patient_details, content.staff)
    steps = Progress(progress, cancel)
    steps.step(0.0, "Starting the meeting pack")
    meeting, committee = content.meeting, content.committee
    title = f"{meeting.title}: meeting pack, {long_date(meeting.date)}"
    writer = DocWriter(new_document(title, large_print, author=committee.name,
                                    subject="Meeting pack"))
    _cover(writer, content, title)
    contents_heading = writer.heading("Contents", 2)
    entries: list[Entry] = []

    def listed(paragraph, level: int, text: str) -> None:
        entries.append(Entry(level, text, writer.bookmark(paragraph)))

    listed(_agenda(writer, content), 1, "Agenda")
    total = sum(len(p.markdown) for i in content.items for p in i.papers) or 1
    done = 0
    for pack_item in content.items:
        heading = _item(writer, pack_item)
        listed(heading, 1, f"Item {pack_item.number}: {' '.join(pack_item.item.title.split())}")
        for paper in pack_item.papers:
            steps.step(0.05 + 0.75 * done / total, f"Adding the paper '{paper.title}'")
            listed(writer.heading(paper.title, 3), 2, " ".join(paper.title.split()) or "Untitled")
            if paper.author:
                writer.labelled("Written by", paper.author)
            if paper.is_plain:
                writer.paragraph("This is the plain English version of the paper.")
            add_markdown(writer, paper.markdown, heading_base=4, title=paper.title)
            done += len(paper.markdown)
    steps.step(0.82, "Finding the words to explain")
    glossary = _glossary(writer, content)
    if glossary is not None:
        listed(glossary, 1, "Words used in this pack")
    add_contents(writer, contents_heading, entries)
    steps.step(0.95, "Saving the file")
    saved = writer.save(path)
    steps.step(1.0, "Done")
    return saved


def time_range(start: str, minutes: int) -> str:
    try:
        begin = datetime.strptime(start, "%H:%M")
    except ValueError:
        return start
    end = begin + timedelta(minutes=minutes)
    return f"{begin:%H:%M} to {end:%H:%M}"


def _cover(writer: DocWriter, content: PackContent, title: str) -> None:
    meeting = content.meeting
    writer.heading(title, 1)
    writer.labelled("Committee", content.committee.name)
    writer.labelled("Date", long_date(meeting.date))
    writer.labelled("Time", time_range(meeting.start_time, meeting.length_minutes))
    if meeting.place:
        writer.labelled("Place", meeting.place)
    if meeting.call_link:
        writer.labelled("Joining online", meeting.call_link)
    writer.paragraph("This pack has the agenda, a short plain summary of each item, the papers, "
                     "and at the end a list of words used in the pack with what they mean.")


def _agenda(writer: DocWriter, content: PackContent):
    """Four columns, so the table still reads well in large print."""
    heading = writer.heading("Agenda", 2)
    rows = []
    clock = _start(content.meeting.start_time)
    for pack_item in content.items:
        item = pack_item.item
        length = f"{item.minutes} minutes"
        rows.append([f"{pack_item.number}. {item.title}", item.purpose_label, item.presenter,
                     f"{clock:%H:%M} ({length})" if clock else length])
        if clock:
            clock += timedelta(minutes=item.minutes)
    writer.table(["Item", "Why it is on the agenda", "Who leads it", "Time"], rows,
                 caption="Agenda: the items in order")
    return heading


def _item(writer: DocWriter, pack_item: PackItem):
    item = pack_item.item
    heading = writer.heading(f"Item {pack_item.number}: {item.title}", 2,
                             page_break=bool(pack_item.papers))
    writer.labelled("Why it is on the agenda", item.purpose_label)
    if item.presenter:
        writer.labelled("Who leads it", item.presenter)
    if item.summary.strip():
        writer.labelled("In short", " ".join(item.summary.split()))
    return heading


def _glossary(writer: DocWriter, content: PackContent):
    texts = [i.item.summary for i in content.items]
    texts += [p.markdown for i in content.items for p in i.papers]
    words = words_used_in(texts, content.trust_terms)
    if not words:  # nothing to explain
        return None
    heading = writer.heading("Words used in this pack", 2, page_break=True)
    writer.paragraph("Some words and short forms in this pack, and what they mean.")
    writer.table(["Word", "What it means"], words, caption="Words used in this pack")
    return heading


def _start(value: str) -> datetime | None:
    try:
        return datetime.strptime(value, "%H:%M")
    except ValueError:
        return None
