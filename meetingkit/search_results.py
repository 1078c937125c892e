"""What a search found, said in words: what it is (a paper, or an item's minutes notes), which
committee and meeting it is in, and a plain snippet with the found words in quotation marks.

No Qt here, so the wording and the handling of odd input can be tested quickly and at length."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from meetingkit.counting import counted
from meetingkit.errors import MeetingKitError
from meetingkit.store import Store

LIMIT = 50  # results shown at most; more words narrow the search
MAX_TYPED = 200  # characters searched at most (the search box holds no more)
OPEN_MARK, CLOSE_MARK = "\u201c", "\u201d"  # the found words, “like this”
# The store marks found words [like this]; neighbouring marks become one.
_MARKED = re.compile(r"\[([^\[\]\n]{1,80})\]")
_NEXT_TO = re.compile(r"\]([ \t]+)\[")
_HEADING = re.compile(r"[ \t]*#{1,6}[ \t]+")  # markdown heading signs at a line start


@dataclass(frozen=True)
class Found:
    kind: str  # "paper" or "notes"
    ref: int  # the paper id, or the agenda item id whose notes matched
    meeting_id: int
    item_id: int
    label: str  # "Paper: PSIRF update — Patient Safety Group, Wed 9 Dec 2026"
    spoken: str  # the same for screen readers, without abbreviations or dashes
    snippet: str  # plain text, found words in quotation marks
    words: tuple[str, ...]  # the text that was marked as found, in order (for selecting)


def clean_words(typed: str) -> str:
    """What is sent to the store: control characters (which SQLite cannot take in a search)
    become spaces, runs of spaces become one, and the text is cut to MAX_TYPED characters."""
    kept = "".join(" " if unicodedata.category(c) in ("Cc", "Cs") else c
                   for c in typed[:MAX_TYPED])
    return " ".join(kept.split())


def plain_snippet(snippet: str) -> tuple[str, tuple[str, ...]]:
    """The store's snippet as one plain line, and the words it marked as found."""
    text = _NEXT_TO.sub(r"\1", snippet)
    found = tuple(dict.fromkeys(m.group(1).strip() for m in _MARKED.finditer(text)))
    text = _MARKED.sub(lambda m: f"{OPEN_MARK}{m.group(1).strip()}{CLOSE_MARK}", text)
    lines = []
    for line in text.splitlines():
        heading = _HEADING.match(line)
        line = line[heading.end():] if heading else line
        if heading and line.strip() and line.rstrip()[-1] not in ".!?:;…":
            line = line.rstrip() + "."  # a heading read aloud ends as a sentence does
        lines.append(line)
    return " ".join(" ".join(lines).split()), tuple(w for w in found if w)


def short_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%a} {day.day} {day:%b %Y}"


def long_day(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day:%A} {day.day} {day:%B %Y}"


class Finder:
    """Runs searches and says where each result is. Places are looked up once per search."""

    def __init__(self, store: Store):
        self.store = store

    def find(self, typed: str, limit: int = LIMIT) -> list[Found]:
        words = clean_words(typed)
        if not words:
            return []
        # A last word not yet followed by a space may still be being typed: find the words
        # that begin with it too.
        rows = self.store.queries.search(words, limit, last_word_begins=not typed[-1:].isspace())
        items: dict[int, object] = {}
        meetings: dict[int, object] = {}
        committees: dict[int, str] = {}
        found = []
        for row in rows:
            try:
                found.append(self._describe(row, items, meetings, committees))
            except MeetingKitError:  # deleted a moment ago: nothing to go to
                continue
        return found

    def _describe(self, row: dict, items: dict, meetings: dict, committees: dict) -> Found:
        store = self.store
        kind, ref = row["kind"], int(row["ref"])
        item_id = store.papers.get(ref).item_id if kind == "paper" else ref
        if item_id not in items:
            items[item_id] = store.agenda.get(item_id)
        item = items[item_id]
        if item.meeting_id not in meetings:
            meetings[item.meeting_id] = store.meetings.get(item.meeting_id)
        meeting = meetings[item.meeting_id]
        if meeting.committee_id not in committees:
            committees[meeting.committee_id] = store.committees.get(meeting.committee_id).name
        committee = committees[meeting.committee_id]
        # The meeting's title only when it says more than the committee's name.
        titled = "" if meeting.title in committee else f" {meeting.title}"
        where = f"{committee}{titled}, {short_day(meeting.date)}"
        said_where = f"in the {committee}{titled} meeting on {long_day(meeting.date)}"
        if kind == "paper":
            what = f"Paper: {row['title'] or 'Untitled paper'}"
        else:
            what = f"Notes for item {item.position + 1}, {item.title}"
        snippet, marked = plain_snippet(row["snippet"] or "")
        return Found(kind=kind, ref=ref, meeting_id=meeting.id, item_id=item_id,
                     label=f"{what} \u2014 {where}", spoken=f"{what}, {said_where}.",
                     snippet=snippet, words=marked)


def count_line(typed: str, found: list[Found], limit: int = LIMIT) -> str:
    """The line under the results, in words."""
    words = clean_words(typed)
    if not words:
        return "Type a few words to find, for example: falls sensor mat."
    if not found:
        return f"Nothing found for \u2018{words}\u2019. Try fewer or different words."
    papers = sum(1 for f in found if f.kind == "paper")
    notes = len(found) - papers
    parts = []
    if papers:
        parts.append(counted(papers, "paper"))
    if notes:
        parts.append(f"notes from {counted(notes, 'agenda item')}")
    first = "The first " if len(found) >= limit else ""
    more = " Add more words to find fewer." if len(found) >= limit else ""
    return (f"{first}{len(found)} found for \u2018{words}\u2019: {' and '.join(parts)}."
            f"{more}")
