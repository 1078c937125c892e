"""What a review pack and a reply hold, as plain frozen data (no Qt, no store)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReviewPaper:
    title: str
    author: str
    markdown: str  # the plain version where the chair accepted one
    is_plain: bool
    words: tuple[tuple[str, str], ...] = ()  # (word, what it means) found in this paper


@dataclass(frozen=True)
class ReviewItem:
    item_id: int
    number: int
    title: str
    purpose: str  # in words, e.g. "To decide"
    presenter: str
    minutes: int
    summary: str
    papers: tuple[ReviewPaper, ...] = ()


@dataclass(frozen=True)
class MeetingRef:
    """Which meeting a pack or reply belongs to."""

    meeting_id: int
    title: str
    date: str  # ISO date
    committee: str = ""


@dataclass(frozen=True)
class ReviewPack:
    pack_id: str
    meeting: MeetingRef
    start_time: str
    place: str
    items: tuple[ReviewItem, ...]
    created_at: str = ""


@dataclass(frozen=True)
class ReplyItem:
    item_id: int
    title: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class ReviewReply:
    reply_id: str
    pack_id: str
    meeting: MeetingRef
    reviewer: str
    items: tuple[ReplyItem, ...]
    saved_at: str = ""

    @property
    def question_count(self) -> int:
        return sum(len(i.questions) for i in self.items)
