"""check(): every finding in a paper, plus its reading statistics."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter, itemgetter

from meetingkit.plain.codes import code_message
from meetingkit.plain.collector import collector_paused
from meetingkit.plain.glossary import Glossary, resolve
from meetingkit.plain.mask import mask
from meetingkit.plain.messages import acronym_message, previous_word, term_message
from meetingkit.plain.model import CATEGORIES, Finding, GlossaryEntry, Report, Stats
from meetingkit.plain.rare import MIN_LENGTH, word_table
from meetingkit.plain.readability import (
    WORDS_PER_MINUTE,
    count_words_and_syllables,
    flesch_kincaid_grade,
    flesch_reading_ease,
    reading_age,
)
from meetingkit.plain.scan import Scan, Spans, scan
from meetingkit.plain.structure import analyse

DEFAULT_TARGET_READING_AGE = 11  # NHS guidance: a reading age of 9 to 11 for the public
_by_position = itemgetter(0, 1)
_made = itemgetter(3)
_category = attrgetter("category")
_new_tuple = tuple.__new__
_CAPITALS = ("all-capitals", "structure",
             "Capital letters are harder to read and can feel like shouting. Use ordinary "
             "capitals, and bold for emphasis.", (), "warning", "")

# A finding before it has a line and column: (start, end, text, (rule, category, message,
# suggestions, severity, tier)). The parts after the text are shared by every use of a spelling.
Draft = tuple[int, int, str, tuple[str, str, str, tuple[str, ...], str, str]]


# A plain explanation in brackets straight after a word: "(a life-threatening reaction ...)".
_EXPLAINED = re.compile(r"[ \t]*\((?:[a-z]|an? |the )[^()\n]{2,150}\)")
_BEFORE_A_WORD = frozenset(" \t\n\"“‘*_")
# Lower-case words long enough to be rare (capitalised words are names or sentence starts).
_CANDIDATE = re.compile(r"[a-z]{4,}(?:-[a-z]+)*")
_TOKEN_EDGES = "\"'“”‘’()[]{}*_.,;:!?<>"


def _line_starts(text: str) -> list[int]:
    return [0] + [m.end() for m in re.finditer("\n", text)]


def _drafts_from_scan(scan_result: Scan, starts: list[int]) -> list[Draft]:
    text = scan_result.text
    # A paper repeats its words: make each message once. A term's text decides its glossary
    # entry and form; an acronym's text and status decide its message.
    term_cache: dict = {}
    acronym_cache: dict[str, dict] = {}
    drafts: list[Draft] = []
    append = drafts.append
    for hit in scan_result.terms:
        start, end, hit_text, _, tag, in_name = hit
        memo_key = (hit_text, previous_word(text, start).lower()) if tag == "ed" else hit_text
        explained = ((text.startswith("(", end) or text.startswith(" (", end))
                     and bool(_EXPLAINED.match(text, end)))
        if in_name or explained:
            memo_key = (memo_key, in_name, explained)
        made = term_cache.get(memo_key)
        if made is None:
            made = term_message(hit, text)
            if explained:  # "sepsis (a life-threatening reaction to an infection)"
                rule, category, message, suggestions, _, tier = made
                made = (rule, category, f"Explained in the paper. {message}", suggestions, "info",
                        tier)
            term_cache[memo_key] = made
        append((start, end, hit_text, made))

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    for hit in scan_result.acronyms:
        start, end, hit_text, _, _, _, status = hit
        cache = acronym_cache.get(status)
        if cache is None:
            cache = acronym_cache[status] = {}
        made = cache.get(hit_text)
        if made is None:
            made = cache[hit_text] = acronym_message(hit, line_of)
        append((start, end, hit_text, made))
    for first, second in scan_result.conflicts:
        append((second.short_start, second.short_end, text[second.short_start:second.short_end], (
            "acronym-defined-twice", "acronym",
            f"{second.short} is explained two ways in this paper: '{first.long}' and "
            f"'{second.long}'. Use one meaning, or a different short form.", (), "warning",
            "barrier")))
    for start, end in scan_result.caps_runs:
        append((start, end, text[start:end], _CAPITALS))
    for start, end, code in scan_result.codes:
        append((start, end, text[start:end], code_message(text[start:end], code)))
    drafts += _rare_word_drafts(scan_result)
    return drafts


def _rare_word_drafts(scan_result: Scan) -> list[Draft]:
    """Words few readers know that no list covers: 'explain this word', never a swap."""
    table = word_table()
    if table is None:
        return []
    masked = scan_result.masked
    # Distinct whitespace-separated tokens first (split and set run in C), then only those that
    # are lower-case words are looked up.
    rare = set()
    for token in set(masked.split()):
        word = token.strip(_TOKEN_EDGES)
        if len(word) >= MIN_LENGTH and word.islower() and _CANDIDATE.fullmatch(word) and \
                table.is_rare(word):
            rare.add(word)
    if not rare:
        return []
    taken = Spans([(h.start, h.end) for h in scan_result.terms]
                  + [(h.start, h.end) for h in scan_result.acronyms])
    drafts: list[Draft] = []
    seen: set[str] = set()
    pattern = re.compile("|".join(sorted(map(re.escape, rare), key=len, reverse=True)))
    for m in pattern.finditer(masked):
        start, end = m.span()
        if (start and masked[start - 1] not in _BEFORE_A_WORD) or \
                (end < len(masked) and (masked[end].isalnum() or masked[end] in "'’-/@_")):
            continue  # part of a longer word, a code, a tag or an address, or in brackets
        if taken.overlaps(start, end) or _EXPLAINED.match(masked, end):
            continue
        word = m.group()
        first = word not in seen
        seen.add(word)
        drafts.append((start, end, word, (
            "rare-word", "jargon",
            f"'{word}' is a word many readers will not know. Explain it the first time, or use "
            "an everyday word." if first else f"'{word}' is a word many readers will not know.",
            (), "warning" if first else "info", "barrier")))
    return drafts


def _located(drafts: list[Draft], starts: list[int]) -> list[Finding]:
    """Findings from drafts sorted by position, lines and columns counted in one sweep."""
    findings = []
    append = findings.append
    line, line_start = 1, 0
    line_count = len(starts)
    next_start = starts[1] if line_count > 1 else float("inf")
    for start, end, text, (rule, category, message, suggestions, severity, tier) in drafts:
        while next_start <= start:
            line_start = next_start
            next_start = starts[line + 1] if line + 1 < line_count else float("inf")
            line += 1
        append(_new_tuple(Finding, (rule, category, text, start, end, line, start - line_start + 1,
                                    message, suggestions, severity, tier)))
    return findings


def _structure_drafts(text: str, found: list[tuple]) -> list[Draft]:
    return [(start, end, text[start:end], (rule, category, message, suggestions, severity, ""))
            for rule, category, start, end, message, suggestions, severity in found]


def check(
    markdown: str,
    glossary: Glossary | Iterable[GlossaryEntry] | None = None,
    target_reading_age: float = DEFAULT_TARGET_READING_AGE,
) -> Report:
    """Every finding in a markdown (or plain text) paper, with its statistics."""
    with collector_paused():
        return _check(markdown, glossary, target_reading_age)


def _check(markdown: str, glossary: Glossary | Iterable[GlossaryEntry] | None,
           target_reading_age: float) -> Report:
    compiled = resolve(glossary)
    masked, _ = mask(markdown)
    scan_result = scan(markdown, compiled, masked)
    starts = _line_starts(markdown)
    drafts = _drafts_from_scan(scan_result, starts)
    structure = analyse(masked)
    drafts += _structure_drafts(markdown, structure.findings)
    stats = _stats(masked, structure.sentences, structure.paragraphs, target_reading_age)
    if structure.words >= 100 and not stats.meets_target:
        first_line_end = markdown.find("\n")
        end = first_line_end if first_line_end >= 0 else len(markdown)
        drafts.append((0, end, markdown[:end], (
            "reading-age", "structure",
            f"This paper needs a reading age of about {stats.reading_age:.0f}; the target is "
            f"{target_reading_age:g}. Shorter sentences and everyday words will bring it down.",
            (), "warning", "")))
    drafts.sort(key=_by_position)
    findings = _located(drafts, starts)
    # Count by the shared message tuples (a few hundred), not finding by finding.
    shared: dict[int, tuple] = {}
    for draft in drafts:
        shared.setdefault(id(draft[3]), draft[3])
    uses = Counter(map(id, map(_made, drafts)))
    counts = dict.fromkeys(CATEGORIES, 0)
    barriers = simpler = 0
    for key, made in shared.items():
        used = uses[key]
        counts[made[1]] = counts.get(made[1], 0) + used
        if made[5] == "barrier" and made[4] == "warning":
            barriers += used
        elif made[5] == "simpler":
            simpler += used
    stats.counts = counts
    stats.barriers, stats.simpler = barriers, simpler
    return Report(stats, findings)


def tier_counts(findings: Iterable[Finding]) -> tuple[int, int]:
    """(barriers, simpler words): warnings in the barrier tier, and simpler-word findings."""
    barriers = simpler = 0
    for finding in findings:
        if finding.tier == "barrier" and finding.severity == "warning":
            barriers += 1
        elif finding.tier == "simpler":
            simpler += 1
    return barriers, simpler


def _stats(masked: str, sentences: int, paragraphs: int, target: float) -> Stats:
    words, syllables = count_words_and_syllables(masked)
    ease = flesch_reading_ease(words, sentences, syllables)
    grade = flesch_kincaid_grade(words, sentences, syllables)
    age = reading_age(grade) if words else 0.0
    return Stats(
        words=words, sentences=sentences, syllables=syllables, paragraphs=paragraphs,
        reading_minutes=round(words / WORDS_PER_MINUTE, 1),
        flesch_reading_ease=round(ease, 1), flesch_kincaid_grade=round(grade, 1),
        reading_age=round(age, 1), target_reading_age=target, meets_target=age <= target,
    )


def check_paragraph(
    text: str,
    glossary: Glossary | Iterable[GlossaryEntry] | None = None,
    offset: int = 0,
    defined: Iterable[str] = (),
) -> list[Finding]:
    """Findings for one block an editor has just changed, quickly: no statistics or summary check.
    Offsets (and lines) are shifted by `offset` characters / the lines before it are not known,
    so line numbers count from the block. Acronyms in `defined` (explained elsewhere in the paper)
    are not reported."""
    compiled = resolve(glossary)
    masked, _ = mask(text)
    scan_result = scan(text, compiled, masked)
    if defined:
        known = set(defined)
        scan_result.acronyms = [a for a in scan_result.acronyms if a.key not in known]
    starts = _line_starts(text)
    drafts = _drafts_from_scan(scan_result, starts)
    drafts += _structure_drafts(text, analyse(masked, False).findings)
    drafts.sort(key=_by_position)
    findings = _located(drafts, starts)
    if offset:
        return [f._replace(start=f.start + offset, end=f.end + offset) for f in findings]
    return findings
