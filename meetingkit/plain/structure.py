"""Sentences and structure: long sentences, passive voice, nouns made from verbs, walls of text,
capitals that shout and a missing plain summary. Also counts words and sentences for the
reading-ease figures. Works on masked text, so code and links are never counted."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from meetingkit.plain.mask import lower_same_length
from meetingkit.plain.nominalisations import nominalisations
from meetingkit.plain.readability import WORD

LONG_SENTENCE = 20  # NHS guidance: aim for sentences of 20 words or fewer
VERY_LONG_SENTENCE = 30
LONG_PARAGRAPH = 100  # words
SUMMARY_MIN_WORDS = 150  # shorter texts do not need a summary of their own

_HEADING = re.compile(r"[ \t]{0,3}#{1,6}(?:[ \t]|$)")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+")
_RULE = re.compile(r"[ \t]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+)[ \t]*$")
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]*_]*(?=\s+[^a-z\s,;]|\s*$)")
# "e.g. A&E" and "Dr. Patel" do not end a sentence.
_ABBREVIATION = re.compile(r"(?<![^\W_])(?:e\.g|i\.e|dr|mr|mrs|ms|prof|no|vs|cf|approx|st|fig|ref)\.$", re.I)
# These two run on lower-case text without IGNORECASE and check the word boundary before a
# match in Python: a pattern that starts with a lookbehind is tried at every character.
_PASSIVE = re.compile(
    r"(?:am|is|are|was|were|be|been|being)\s+(?:(?:not|also|being|then|now|"
    r"already|\w+ly)\s+)?(?:[a-z]{3,}ed|known|seen|done|given|taken|made|found|shown|written|held|"
    r"told|sent|kept|brought|thought|heard|set|paid|led|chosen|begun|built|caught|"
    r"drawn|left|lost|meant|met|put|run|sought|spent|taught|understood|withdrawn)(?![^\W_])")
_NOMINAL = re.compile(r"(?:the|an?)\s+([a-z]+(?:tion|sion|ment|ance|ence|al|sis|ry|ing))\s+of(?![^\W_])")
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
    """(kind, start, end) for each heading, list item, table row and paragraph."""
    units: list[tuple[str, int, int]] = []
    current_start = -1
    current_end = 0
    position = 0
    for line in masked.split("\n"):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if not line.strip() or _RULE.match(line):
            if current_start >= 0:
                units.append(("paragraph", current_start, current_end))
                current_start = -1
            continue
        kind = None
        if _HEADING.match(line):
            kind = "heading"
        elif line.lstrip().startswith("|"):
            kind = "table"
        else:
            item = _LIST_ITEM.match(line)
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
    return units


def analyse(masked: str, check_summary: bool = True) -> StructureResult:
    result = StructureResult()
    add = result.findings.append
    findall = WORD.findall
    for kind, start, end in _units(masked):
        if kind in ("heading", "table"):
            count = len(findall(masked, start, end))
            result.words += count
            result.sentences += 1 if count else 0
            continue
        # whitespace-separated tokens: counted in C, close enough to decide "long"
        result.paragraphs += 1
        paragraph_words = 0
        sentence_start = start
        boundaries = [m.end() for m in _SENTENCE_END.finditer(masked, start, end)
                      if not _ABBREVIATION.search(masked, max(start, m.start() - 6), m.start() + 1)]
        if not boundaries or boundaries[-1] < end:
            boundaries.append(end)
        for boundary in boundaries:
            count = len(masked[sentence_start:boundary].split())
            if count:
                result.sentences += 1
                paragraph_words += count
                if count > LONG_SENTENCE:
                    s = sentence_start + len(masked[sentence_start:boundary]) - len(masked[sentence_start:boundary].lstrip())
                    if count > VERY_LONG_SENTENCE:
                        add(("sentence-very-long", "sentence", s, boundary,
                             f"This sentence has {count} words. Split it into two or three "
                             f"sentences of {LONG_SENTENCE} words or fewer.", (), "warning"))
                    else:
                        add(("sentence-long", "sentence", s, boundary,
                             f"This sentence has {count} words. NHS guidance suggests "
                             f"{LONG_SENTENCE} words or fewer.", (), "info"))
            sentence_start = boundary
        result.words += paragraph_words
        if paragraph_words > LONG_PARAGRAPH:
            add(("paragraph-long", "structure", start, end,
                 f"This paragraph has {paragraph_words} words. Break it into shorter paragraphs, "
                 "or use a list.", (), "info"))
    lower = lower_same_length(masked)
    for m in _PASSIVE.finditer(lower):
        if m.start() and lower[m.start() - 1].isalnum():
            continue
        add(("passive-voice", "sentence", m.start(), m.end(),
             "This may be passive. Say who does what, for example 'the team reviewed' rather "
             "than 'was reviewed'.", (), "info"))
    verbs = nominalisations()
    for m in _NOMINAL.finditer(lower):
        verb = verbs.get(m.group(1))
        if verb and not (m.start() and lower[m.start() - 1].isalnum()):
            add(("nominalisation", "sentence", m.start(), m.end(),
                 f"Use a verb: say who will {verb}, rather than "
                 f"'{masked[m.start():m.end()]}'.", (verb,), "info"))
    if check_summary and result.words >= SUMMARY_MIN_WORDS:
        head = masked[:3000]
        if not _SUMMARY.search(head):
            first_line_end = masked.find("\n")
            add(("no-plain-summary", "structure", 0, first_line_end if first_line_end >= 0 else len(masked),
                 "Start the paper with a short plain summary: what it is about, what it asks "
                 "for and what it means for patients.", (), "warning"))
    return result
