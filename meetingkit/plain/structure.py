"""Sentences and structure: long sentences, passive voice, nouns made from verbs, walls of text,
capitals that shout and a missing plain summary. Also counts words and sentences for the
reading-ease figures. Works on masked text, so code and links are never counted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from meetingkit.plain.mask import lower_same_length
from meetingkit.plain.readability import WORD
from meetingkit.plain.wording import nominalisation_spans, passive_spans

LONG_SENTENCE = 20  # NHS guidance: aim for sentences of 20 words or fewer
VERY_LONG_SENTENCE = 30
LONG_PARAGRAPH = 100  # words
_SHORT_PARAGRAPH = 200  # characters: longer paragraphs are counted sentence by sentence
SUMMARY_MIN_WORDS = 150  # shorter texts do not need a summary of their own

_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$")
# One pattern per mark, each starting with its literal: the regex engine finds a literal
# character several times faster than one of a class of characters.
_TRAILING_SPACE = frozenset(" \t\r")
_SENTENCE_END = tuple(
    re.compile(re.escape(mark) + r"[.!?]*[\"'”’)\]*_]*(?=\s+[^a-z\s,;]|\s*$)") for mark in ".!?")
# "e.g. A&E" and "Dr. Patel" do not end a sentence.
_ABBREVIATIONS = ("e.g.", "i.e.", "dr.", "mr.", "mrs.", "ms.", "prof.", "no.", "vs.", "cf.",
                  "approx.", "st.", "fig.", "ref.")
# The two characters before each one's full stop ('.g', 'dr', 'rs'): a full stop after any other
# two (most of them) needs no closer look.
_ABBREVIATION_PAIRS = frozenset(a[-3:-1] for a in _ABBREVIATIONS)
_SUMMARY = re.compile(
    r"^[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?[ \t]*(?:plain(?:[ -]english)?[ \t]+summary|summary|"
    r"executive[ \t]+summary|in[ \t]+(?:brief|short|summary)|at[ \t]+a[ \t]+glance|key[ \t]+points|"
    r"what[ \t]+this[ \t]+(?:paper|report)[ \t]+(?:is[ \t]+)?about|easy[ \t]+read|the[ \t]+short[ \t]+version)\b",
    re.I | re.M)


@dataclass
class StructureResult:
    words: int = 0
    sentences: int = 0
    paragraphs: int = 0
    findings: list[tuple[str, str, int, int, str, tuple[str, ...], str]] = field(default_factory=list)
    # (rule, category, start, end, message, suggestions, severity)


def _units(masked: str) -> list[tuple[str, int, int]]:
    """(kind, start, end) for each heading, list item, table row and paragraph. A paragraph ends
    at the end of its last word or punctuation mark, not in trailing spaces."""
    units: list[tuple[str, int, int]] = []
    current_start = -1
    current_end = 0
    position = 0
    for line in masked.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if not line:  # most lines are empty or prose: settle those first
            if current_start >= 0:
                units.append(("paragraph", current_start, current_end))
                current_start = -1
            continue
        if line[:1].isalpha():  # no block marker starts with a letter
            if current_start < 0:
                current_start = line_start
            current_end = line_end
            continue
        # Each block marker's pattern runs only when the line starts with its character.
        first = line.lstrip()[:1]
        if not first or (first in "-*_=" and _RULE.match(line)):
            if current_start >= 0:
                units.append(("paragraph", current_start, current_end))
                current_start = -1
            continue
        kind = None
        if first == "#" and _HEADING.match(line):
            kind = "heading"
        elif first == "|":
            kind = "table"
        else:
            item = _LIST_ITEM.match(line) if first in "-*+" or first.isdigit() else None
            if item:
                if current_start >= 0:
                    units.append(("paragraph", current_start, current_end))
                current_start, current_end = line_start + item.end(), line_end
                continue
        if kind:
            if current_start >= 0:
                units.append(("paragraph", current_start, current_end))
                current_start = -1
            units.append((kind, line_start, line_end))
        elif current_start >= 0:
            current_end = line_end
        else:
            current_start, current_end = line_start, line_end
    if current_start >= 0:
        units.append(("paragraph", current_start, current_end))
    return [(kind, start, _trimmed_end(masked, start, end))
            if kind == "paragraph" and masked[end - 1:end] in _TRAILING_SPACE else (kind, start, end)
            for kind, start, end in units]


def _trimmed_end(masked: str, start: int, end: int) -> int:
    while end > start and masked[end - 1] in _TRAILING_SPACE:
        end -= 1
    return end


def sentence_ends(masked: str) -> list[int]:
    """Where each sentence ends, for the whole text at once."""
    full_stop, exclamation, question = _SENTENCE_END
    found = [m.span() for m in full_stop.finditer(masked)]
    if "!" in masked or "?" in masked:
        # As one pattern for all three marks would find them: leftmost first, never overlapping.
        found += [m.span() for pattern in (exclamation, question) for m in pattern.finditer(masked)]
        found.sort()
        kept = []
        covered = 0
        for start, end in found:
            if start >= covered:
                kept.append((start, end))
                covered = end
        found = kept
    pairs = _ABBREVIATION_PAIRS
    return [end for start, end in found
            if masked[start - 2:start].lower() not in pairs
            or masked[start] != "." or not _is_abbreviation(masked, start + 1)]


def _is_abbreviation(masked: str, stop: int) -> bool:
    """Whether the full stop ending at `stop` ends a whole-word abbreviation such as 'e.g.'."""
    tail = masked[max(0, stop - 7):stop].lower()
    if not tail.endswith(_ABBREVIATIONS):
        return False
    for abbreviation in _ABBREVIATIONS:
        if tail.endswith(abbreviation):
            before = stop - len(abbreviation) - 1
            return before < 0 or not masked[before].isalnum()
    return False


def analyse(masked: str, check_summary: bool = True, lower: str | None = None) -> StructureResult:
    """Sentences, paragraphs and their findings; `lower` is lower_same_length(masked) if made."""
    result = StructureResult()
    add = result.findings.append
    findall = WORD.findall
    ends = sentence_ends(masked)
    ends.append(len(masked) + 1)  # a sentinel: no paragraph reaches it
    next_end = 0
    words = sentences = paragraphs = 0  # locals: this loop runs for every block of the paper
    for kind, start, end in _units(masked):
        if kind != "paragraph":
            count = len(findall(masked, start, end))
            words += count
            sentences += 1 if count else 0
            continue
        paragraphs += 1
        while ends[next_end] <= start:
            next_end += 1
        # A paragraph of many characters is counted sentence by sentence below, without being
        # counted whole first (it almost always has too many words for this shortcut).
        if end - start < _SHORT_PARAGRAPH and \
                (total := len(masked[start:end].split())) <= LONG_SENTENCE:
            # No sentence here can be long, and each one holds at least its full stop: count
            # the ends inside the paragraph, and the words once.
            first = next_end
            while ends[next_end] <= end:
                next_end += 1
            if next_end == first:
                sentences += 1 if total else 0
            else:
                sentences += next_end - first
                if ends[next_end - 1] < end and masked[ends[next_end - 1]:end].split():
                    sentences += 1  # words after the last full stop
            words += total
            continue
        paragraph_words = 0
        sentence_start = start
        while sentence_start < end:
            boundary = ends[next_end]
            if boundary <= end:
                next_end += 1
            else:
                boundary = end
            sentence = masked[sentence_start:boundary]
            # whitespace-separated tokens: counted in C, close enough to decide "long"
            count = len(sentence.split())
            if count:
                sentences += 1
                paragraph_words += count
                if count > LONG_SENTENCE:
                    s = boundary - len(sentence.lstrip())
                    if count > VERY_LONG_SENTENCE:
                        add(("sentence-very-long", "sentence", s, boundary,
                             f"This sentence has {count} words. Split it into two or three "
                             f"sentences of {LONG_SENTENCE} words or fewer.", (), "warning"))
                    else:
                        add(("sentence-long", "sentence", s, boundary,
                             f"This sentence has {count} words. NHS guidance suggests "
                             f"{LONG_SENTENCE} words or fewer.", (), "info"))
            sentence_start = boundary
        words += paragraph_words
        if paragraph_words > LONG_PARAGRAPH:
            add(("paragraph-long", "structure", start, end,
                 f"This paragraph has {paragraph_words} words. Break it into shorter paragraphs, "
                 "or use a list.", (), "info"))
    result.words, result.sentences, result.paragraphs = words, sentences, paragraphs
    if lower is None:
        lower = lower_same_length(masked)
    for start, end in passive_spans(lower):
        add(("passive-voice", "sentence", start, end,
             "This may be passive. Say who does what, for example 'the team reviewed' rather "
             "than 'was reviewed'.", (), "info"))
    for start, end, verb in nominalisation_spans(lower):
        add(("nominalisation", "sentence", start, end,
             f"Use a verb: say who will {verb}, rather than '{masked[start:end]}'.", (verb,),
             "info"))
    if check_summary and result.words >= SUMMARY_MIN_WORDS:
        head = masked[:3000]
        if not _SUMMARY.search(head):
            first_line_end = masked.find("\n")
            add(("no-plain-summary", "structure", 0, first_line_end if first_line_end >= 0 else len(masked),
                 "Start the paper with a short plain summary: what it is about, what it asks "
                 "for and what it means for patients.", (), "warning"))
    return result
