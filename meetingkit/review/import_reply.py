"""Bringing a partner's reply into the chair's database: each question is added to its agenda
item, attributed to the partner. Importing the same reply again (or a later reply that repeats
a question) adds nothing twice: each question's key is made from the meeting, the item, the
partner's name and the words of the question."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from meetingkit.errors import ImportRefused
from meetingkit.export.dates import long_date
from meetingkit.review.model import ReviewReply


@dataclass(frozen=True)
class ImportResult:
    reviewer: str
    added: int
    already_there: int
    items: tuple[str, ...]  # titles of the items that got new questions
    not_on_agenda: int  # questions for items no longer on the agenda (not added)

    def message(self) -> str:
        if self.added:
            where = "1 item" if len(self.items) == 1 else f"{len(self.items)} items"
            text = (f"Added {self.added} question{'s' if self.added != 1 else ''} from "
                    f"{self.reviewer} to {where}.")
        elif self.already_there:
            text = f"The questions from {self.reviewer} were already here. Nothing new to add."
        else:
            text = f"The reply from {self.reviewer} has no questions in it."
        if self.added and self.already_there:
            text += f" {self.already_there} were already here."
        if self.not_on_agenda:
            text += (f" {self.not_on_agenda} could not be added because their item is no longer "
                     "on the agenda.")
        return text


def reply_key(meeting_id: int, item_id: int, reviewer: str, question: str) -> str:
    words = "\n".join([str(meeting_id), str(item_id), " ".join(reviewer.split()).casefold(),
                       " ".join(question.split())])
    return "reply:" + hashlib.sha256(words.encode("utf-8")).hexdigest()[:40]


def check_reply_matches(store, meeting_id: int, reply: ReviewReply) -> None:
    """Refuses, kindly, a reply for another meeting (before anything is written)."""
    if reply.meeting.meeting_id != meeting_id:
        raise ImportRefused(
            f"This reply from {reply.reviewer} is for the meeting '{reply.meeting.title}' on "
            f"{long_date(reply.meeting.date)}, not the one you have open. Choose that meeting "
            "on the left, then import the reply again.")
    item_ids = {item.id for item in store.agenda.items(meeting_id)}
    if reply.items and not any(i.item_id in item_ids for i in reply.items):
        raise ImportRefused(
            f"This reply from {reply.reviewer} does not match this meeting's agenda (it may "
            "come from another copy of MeetingKit), so nothing was added.")


def import_reply(store, meeting_id: int, reply: ReviewReply) -> ImportResult:
    """Adds the reply's questions to the meeting's items, all or nothing."""
    check_reply_matches(store, meeting_id, reply)
    items = {item.id: item for item in store.agenda.items(meeting_id)}
    added = already = missing = 0
    touched: list[str] = []
    with store.transaction():
        for reply_item in reply.items:
            item = items.get(reply_item.item_id)
            if item is None:
                missing += len(reply_item.questions)
                continue
            for question in reply_item.questions:
                key = reply_key(meeting_id, item.id, reply.reviewer, question)
                if store.questions.add(item.id, reply.reviewer, question, key):
                    added += 1
                    if item.title not in touched:
                        touched.append(item.title)
                else:
                    already += 1
    return ImportResult(reply.reviewer, added, already, tuple(touched), missing)
