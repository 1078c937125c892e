"""Writing the offline review pack: one .mkreview file (a zip) holding manifest.json (format,
version, pack id, the meeting, the agenda items with their plain summaries, the words used in
each paper with their meanings, and "words": the same "Words used in this pack" glossary the
Word pack ends with, as [term, meaning] pairs) and each paper as markdown in papers/<n>.md (the
plain version where the chair accepted one). Partners open it in MeetingKit on their own
laptop, without the database."""

from __future__ import annotations

import json
import uuid
import zipfile
from pathlib import Path

from meetingkit import clock
from meetingkit.export.atomic import write_atomically
from meetingkit.export.content import PackContent, gather_pack
from meetingkit.export.glossary import words_used_in
from meetingkit.export.privacy_check import pack_texts, refuse_patient_details
from meetingkit.export.progress import CancelFlag, Progress, ProgressCallback
from meetingkit.review import limits


def export_review_pack(store, meeting_id: int, path: Path | str, *,
                       progress: ProgressCallback | None = None, cancel: CancelFlag = None,
                       allow_patient_details: bool = False) -> Path:
    """Reads the meeting from the store and saves its review pack at `path`."""
    return render_review_pack(gather_pack(store, meeting_id), path, progress=progress,
                              cancel=cancel, allow_patient_details=allow_patient_details)


def render_review_pack(content: PackContent, path: Path | str, *,
                       progress: ProgressCallback | None = None, cancel: CancelFlag = None,
                       allow_patient_details: bool = False) -> Path:
    """Refuses with PatientDetailsFound unless `allow_patient_details`, like every export."""
    refuse_patient_details(pack_texts(content), allow_patient_details, content.staff)
    steps = Progress(progress, cancel)
    steps.step(0.0, "Starting the review pack")
    meeting = content.meeting
    papers: list[tuple[str, str]] = []  # (member name, markdown)
    items = []
    for pack_item in content.items:
        steps.step(0.8 * pack_item.number / max(1, len(content.items)),
                   f"Adding item {pack_item.number}")
        item = pack_item.item
        item_papers = []
        for paper in pack_item.papers:
            name = f"papers/{len(papers) + 1}.md"
            papers.append((name, paper.markdown))
            words = words_used_in([paper.markdown], content.trust_terms)
            item_papers.append({"title": paper.title, "author": paper.author, "file": name,
                                "plain": paper.is_plain, "words": [list(w) for w in words]})
        items.append({"id": item.id, "number": pack_item.number, "title": item.title,
                      "purpose": item.purpose_label, "presenter": item.presenter,
                      "minutes": item.minutes, "summary": item.summary, "papers": item_papers})
    steps.step(0.85, "Finding the words to explain")
    texts = [i.item.summary for i in content.items] + [markdown for _, markdown in papers]
    manifest = {
        "format": limits.PACK_FORMAT,
        "version": limits.PACK_VERSION,
        "pack_id": uuid.uuid4().hex,
        "created_at": clock.now().isoformat(timespec="seconds"),
        "meeting": {"id": meeting.id, "title": meeting.title, "date": meeting.date,
                    "start_time": meeting.start_time, "place": meeting.place,
                    "committee": content.committee.name},
        "items": items,
        "words": [list(w) for w in words_used_in(texts, content.trust_terms)],
    }

    def write(file) -> None:
        with zipfile.ZipFile(file, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(limits.MANIFEST_NAME,
                             json.dumps(manifest, ensure_ascii=False, indent=1))
            for name, markdown in papers:
                archive.writestr(name, markdown)

    steps.step(0.9, "Saving the file")
    saved = write_atomically(path, write)
    steps.step(1.0, "Done")
    return saved
