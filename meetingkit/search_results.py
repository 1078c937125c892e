"""What a search found, said in words: what it is (a paper, an agenda item, an item's minutes
notes, a decision or an action), which committee and meeting it is in, and a plain snippet with
the found words in quotation marks.

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
SENTENCE_END = re.compile(r"[.!?:;\u2026][\u201d)]?\s*$")  # a full stop, or one in quotes
# What the count line calls each kind, in the order it says them.
COUNTED = (("paper", "{}"), ("item", "{}"), ("notes", "notes from {}"), ("decision", "{}"),
           ("action", "{}"))
NOUNS = {"paper": "paper", "item": "agenda item", "notes": "agenda item", "decision": "decision",
         "action": "action"}


@dataclass(frozen=True)
class Found:
    kind: str  # "paper", "notes", "item", "decision" or "action" (store.search.KINDS)
    ref: int  # the paper, item, decision or action id; for notes, the item's
    meeting_id: int
    item_id: int | None  # None only for an action not on an agenda item
    label: str  # "Paper: PSIRF update — Patient Safety Group, Wed 9 Dec 2026"
    spoken: str  # the same for screen readers, without abbreviations or dashes
    snippet: str  # plain text, found words in quotation marks
    words: tuple[str, ...]  # the text that was marked as found, in order (for selecting)
    field: str = ""  # for an agenda item: the field the words were found in, title or summary


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
        meeting_id = None
        if kind == "paper":
            item_id = store.papers.get(ref).item_id
        elif kind in ("notes", "item"):
            item_id = ref
        elif kind == "decision":
            item_id = store.decisions.get(ref).item_id
        elif kind == "action":
            action = store.actions.get(ref)
            item_id, meeting_id = action.item_id, action.meeting_id
        else:  # a kind this version does not know (the index of a newer MeetingKit)
            raise MeetingKitError("Not something this version can show.")
        item = None
        if item_id is not None:
            if item_id not in items:
                items[item_id] = store.agenda.get(item_id)
            item = items[item_id]
            meeting_id = item.meeting_id
        if meeting_id not in meetings:
            meetings[meeting_id] = store.meetings.get(meeting_id)
        meeting = meetings[meeting_id]
        if meeting.committee_id not in committees:
            committees[meeting.committee_id] = store.committees.get(meeting.committee_id).name
        committee = committees[meeting.committee_id]
        # The meeting's title only when it says more than the committee's name.
        titled = "" if meeting.title in committee else f" {meeting.title}"
        where = f"{committee}{titled}, {short_day(meeting.date)}"
        said_where = f"in the {committee}{titled} meeting on {long_day(meeting.date)}"
        what, said_what = _what(kind, row, item)
        snippet, marked = plain_snippet(row["snippet"] or "")
        title, title_words = plain_snippet(row.get("title_marked") or "")
        field = ""
        if kind == "item":
            field = "title" if title_words else "summary"
            parts = [f"Title: {_sentence(title)}"] if title_words else []
            if snippet:
                parts.append(f"Summary: {_sentence(snippet)}")
            snippet, marked = " ".join(parts), (title_words if field == "title" else marked)
        elif kind == "action":  # what, then who
            snippet = _sentence(snippet) + (f" Who: {_sentence(title)}" if title else "")
            marked = tuple(dict.fromkeys(marked + title_words))
        return Found(kind=kind, ref=ref, meeting_id=meeting.id, item_id=item_id,
                     label=f"{what} \u2014 {where}", spoken=f"{said_what}, {said_where}.",
                     snippet=snippet, words=marked, field=field)


def _what(kind: str, row: dict, item) -> tuple[str, str]:
    """What a result is, as shown and as spoken."""
    if kind == "paper":
        what = f"Paper: {row['title'] or 'Untitled paper'}"
        return what, what
    if item is None:  # an action not on an agenda item
        return "Action (no agenda item)", "Action with no agenda item"
    on = f"item {item.position + 1}, {item.title}"
    what = {"notes": f"Notes for {on}", "item": f"Agenda {on}",
            "decision": f"Decision on {on}", "action": f"Action on {on}"}[kind]
    return what, what


def _sentence(text: str) -> str:
    """Text read as a sentence: a full stop at the end unless it has its own."""
    text = text.strip()
    return text if not text or SENTENCE_END.search(text) else f"{text}."


def count_line(typed: str, found: list[Found], limit: int = LIMIT) -> str:
    """The line under the results, in words."""
    words = clean_words(typed)
    if not words:
        return "Type a few words to find, for example: falls sensor mat."
    if not found:
        return f"Nothing found for \u2018{words}\u2019. Try fewer or different words."
    parts = []
    for kind, shape in COUNTED:
        number = sum(1 for f in found if f.kind == kind)
        if number:
            parts.append(shape.format(counted(number, NOUNS[kind])))
    said = parts[-1] if len(parts) < 2 else f"{', '.join(parts[:-1])} and {parts[-1]}"
    first = "The first " if len(found) >= limit else ""
    more = " Add more words to find fewer." if len(found) >= limit else ""
    return f"{first}{len(found)} found for \u2018{words}\u2019: {said}.{more}"
