"""The partner's reply: a small JSON file (.mkreply) with the pack it answers, the reviewer's
name, their questions and comments per agenda item, and a unique reply id. It is e-mailed back
and read on the chair's laptop with the same care as any file from outside."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Mapping
from pathlib import Path

from meetingkit import clock
from meetingkit.errors import ImportRefused, MeetingKitError
from meetingkit.export.atomic import write_text_atomically
from meetingkit.review import limits
from meetingkit.review.fields import FieldReader
from meetingkit.review.model import MeetingRef, ReplyItem, ReviewPack, ReviewReply
from meetingkit.review.pack_reader import read_limited

DAMAGED = "This reply is damaged or was not made by MeetingKit, so nothing was added."
TOO_BIG = (f"This file is larger than {limits.MAX_REPLY_BYTES // limits.MB} MB, far bigger than "
           "a reply, so it was not opened.")
_BLANK_LINES = re.compile(r"\n\s*\n")


def split_questions(text: str) -> list[str]:
    """A partner's notes on one item, split into questions at blank lines."""
    return [" ".join(part.split()) if "\n" not in part.strip() else part.strip()
            for part in _BLANK_LINES.split(text or "") if part.strip()]


def make_reply(pack: ReviewPack, reviewer: str, notes: Mapping[int, str]) -> ReviewReply:
    """A reply from the notes typed per item (item id -> text)."""
    reviewer = " ".join(reviewer.split())
    if not reviewer:
        raise MeetingKitError("Please write your name, so the chair knows who the questions "
                              "are from.")
    items = []
    for item in pack.items:
        questions = split_questions(notes.get(item.item_id, ""))
        if questions:
            items.append(ReplyItem(item.item_id, item.title, tuple(questions)))
    if not items:
        raise MeetingKitError("There is nothing to send yet: write a question or comment for at "
                              "least one item.")
    return ReviewReply(
        reply_id=uuid.uuid4().hex,
        pack_id=pack.pack_id,
        meeting=pack.meeting,
        reviewer=reviewer,
        items=tuple(items),
        saved_at=clock.now().isoformat(timespec="seconds"),
    )


def reply_to_json(reply: ReviewReply) -> str:
    return json.dumps({
        "format": limits.REPLY_FORMAT,
        "version": limits.REPLY_VERSION,
        "reply_id": reply.reply_id,
        "pack_id": reply.pack_id,
        "meeting": {"id": reply.meeting.meeting_id, "title": reply.meeting.title,
                    "date": reply.meeting.date, "committee": reply.meeting.committee},
        "reviewer": reply.reviewer,
        "saved_at": reply.saved_at,
        "items": [{"item_id": i.item_id, "title": i.title, "questions": list(i.questions)}
                  for i in reply.items],
    }, ensure_ascii=False, indent=1)


def save_reply(reply: ReviewReply, path: Path | str) -> Path:
    return write_text_atomically(path, reply_to_json(reply))


def read_reply(path: Path | str) -> ReviewReply:
    return parse_reply(read_limited(path, limits.MAX_REPLY_BYTES, TOO_BIG))


def parse_reply(data: bytes) -> ReviewReply:
    if len(data) > limits.MAX_REPLY_BYTES:
        raise ImportRefused(TOO_BIG)
    if data.startswith(b"PK"):
        raise ImportRefused("This is a review pack, not a reply. Open it with File > Open review "
                            "pack.")
    fields = FieldReader(DAMAGED)
    document = fields.load_json(data)
    fields.format_and_version(document, limits.REPLY_FORMAT, limits.REPLY_VERSION, "reply")
    meeting = fields.mapping(document, "meeting")
    items = []
    for raw in fields.items(document, "items", limits.MAX_ITEMS):
        if not isinstance(raw, dict):
            raise fields.refuse()
        questions = []
        for question in fields.items(raw, "questions", limits.MAX_QUESTIONS_PER_ITEM):
            if not isinstance(question, str):
                raise fields.refuse()
            cleaned = fields.text({"q": question}, "q", limits.MAX_LONG_TEXT).strip()
            if cleaned:
                questions.append(cleaned)
        items.append(ReplyItem(
            item_id=fields.integer(raw, "item_id", 1),
            title=fields.text(raw, "title", limits.MAX_SHORT_TEXT, single_line=True),
            questions=tuple(questions),
        ))
    return ReviewReply(
        reply_id=fields.identifier(document, "reply_id"),
        pack_id=fields.identifier(document, "pack_id"),
        meeting=MeetingRef(
            meeting_id=fields.integer(meeting, "id", 1),
            title=fields.text(meeting, "title", limits.MAX_SHORT_TEXT, single_line=True),
            date=fields.iso_date(meeting, "date"),
            committee=fields.text(meeting, "committee", limits.MAX_SHORT_TEXT, single_line=True),
        ),
        reviewer=fields.text(document, "reviewer", limits.MAX_SHORT_TEXT, required=True,
                             single_line=True),
        items=tuple(items),
        saved_at=fields.text(document, "saved_at", 40, single_line=True),
    )
