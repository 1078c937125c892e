"""Turning a scan into findings, each with its line and column: hard words and phrases,
acronyms, codes, capitals, acronyms explained twice, rare words and sentence findings.

A paper has thousands of findings, so each is made in one step (its line found by bisection,
no intermediate record), and each message is made once per spelling and shared."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from meetingkit.plain.codes import code_message
from meetingkit.plain.messages import acronym_message, previous_word, term_message
from meetingkit.plain.model import Finding
from meetingkit.plain.rare import MIN_LENGTH, word_table
from meetingkit.plain.readability import word_counter
from meetingkit.plain.scan import Scan

_new = tuple.__new__
_END = float("inf")
_CAPITALS = ("all-capitals", "structure",
             "Capital letters are harder to read and can feel like shouting. Use ordinary "
             "capitals, and bold for emphasis.", (), "warning", "")
# A plain explanation in brackets straight after a word: "(a life-threatening reaction ...)".
_EXPLAINED = re.compile(r"[ \t]*\((?:[a-z]|an? |the )[^()\n]{2,150}\)")
_BRACKET = ("(", " (")  # what starts a plain explanation after a word
_BEFORE_A_WORD = frozenset(" \t\n\"“‘*_")
# Lower-case words long enough to be rare (capitalised words are names or sentence starts).
_CANDIDATE = re.compile(r"[a-z]{4,}(?:-[a-z]+)*")
_TOKEN_EDGES = "\"'“”‘’()[]{}*_.,;:!?<>"


def line_starts(text: str) -> list[int]:
    """Where each line starts: the line of an offset is bisect_right(starts, offset)."""
    return [0] + [m.end() for m in re.finditer("\n", text)]


def finding(start: int, end: int, text: str, made: tuple, starts: list[int]) -> Finding:
    """A finding from its place and its shared (rule, category, message, suggestions,
    severity, tier)."""
    rule, category, message, suggestions, severity, tier = made
    line = bisect_right(starts, start)
    return _new(Finding, (rule, category, text, start, end, line, start - starts[line - 1] + 1,
                          message, suggestions, severity, tier))


def scan_findings(scan_result: Scan, starts: list[int],
                  words: Iterable[bytes] | None = None) -> list[Finding]:
    """Every word-level finding of a scan, unsorted. `words` are the paper's distinct words
    (readability.word_counter's keys) if already counted."""
    text = scan_result.text
    findings: list[Finding] = []
    append = findings.append
    # A paper repeats its words: make each message once. A term's text decides its glossary
    # entry and form; an acronym's text and status decide its message.
    term_cache: dict = {}
    # Hits come in order, so each loop finds lines by walking down them, not by searching.
    line_count = len(starts)
    line, next_start = 1, starts[1] if line_count > 1 else _END
    for hit in scan_result.terms:
        start, end, hit_text, _, tag, in_name = hit
        memo_key = (hit_text, previous_word(text, start).lower()) if tag == "ed" else hit_text
        explained = text.startswith(_BRACKET, end) and bool(_EXPLAINED.match(text, end))
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
        rule, category, message, suggestions, severity, tier = made
        while next_start <= start:
            line += 1
            next_start = starts[line] if line < line_count else _END
        append(_new(Finding, (rule, category, hit_text, start, end, line,
                              start - starts[line - 1] + 1, message, suggestions, severity, tier)))

    def line_of(offset: int) -> int:
        return bisect_right(starts, offset)

    acronym_cache: dict[str, dict] = {}
    line, next_start = 1, starts[1] if line_count > 1 else _END
    for hit in scan_result.acronyms:
        start, end, hit_text, _, _, _, status = hit
        cache = acronym_cache.get(status)
        if cache is None:
            cache = acronym_cache[status] = {}
        made = cache.get(hit_text)
        if made is None:
            made = cache[hit_text] = acronym_message(hit, line_of)
        rule, category, message, suggestions, severity, tier = made
        while next_start <= start:
            line += 1
            next_start = starts[line] if line < line_count else _END
        append(_new(Finding, (rule, category, hit_text, start, end, line,
                              start - starts[line - 1] + 1, message, suggestions, severity, tier)))
    for first, second in scan_result.conflicts:
        short = text[second.short_start:second.short_end]
        append(finding(second.short_start, second.short_end, short, (
            "acronym-defined-twice", "acronym",
            f"{second.short} is explained two ways in this paper: '{first.long}' and "
            f"'{second.long}'. Use one meaning, or a different short form.", (), "warning",
            "barrier"), starts))
    for start, end in scan_result.caps_runs:
        append(finding(start, end, text[start:end], _CAPITALS, starts))
    for start, end, code in scan_result.codes:
        written = text[start:end]
        append(finding(start, end, written, code_message(written, code), starts))
    findings += rare_word_findings(scan_result, starts, words)
    return findings


def rare_word_findings(scan_result: Scan, starts: list[int],
                       words: Iterable[bytes] | None = None) -> list[Finding]:
    """Words few readers know that no list covers: 'explain this word', never a swap. Only a
    word written in lower case is reported (a capitalised one is a name or starts a sentence)."""
    table = word_table()
    if table is None:
        return []
    masked = scan_result.masked
    if words is None:
        words = word_counter(masked)
    # The paper's distinct words (lower case, split at hyphens and punctuation), each looked
    # up once; their places in the paper are found afterwards.
    rare = set()
    for key in words:
        if len(key) >= MIN_LENGTH and key.isalpha():
            word = key.decode("utf-8", "replace").strip(_TOKEN_EDGES)
            if len(word) >= MIN_LENGTH and _CANDIDATE.fullmatch(word) and \
                    table.is_rare(word) and not table.looks_like_a_typo(word):
                rare.add(word)
    if not rare:
        return []
    taken = None
    found: list[Finding] = []
    seen: set[str] = set()
    size = len(masked)
    for start, end, word in _places(masked, rare):
        if (start and masked[start - 1] not in _BEFORE_A_WORD) or \
                (end < size and (masked[end].isalnum() or masked[end] in "'’-/@_")):
            continue  # part of a longer word, a code, a tag or an address, or in brackets
        if taken is None:
            # Term hits and acronyms are each sorted and never overlap one another: a hit
            # overlaps [start, end) when the last one starting before `end` ends after `start`.
            taken = [(hits, [h[0] for h in hits])
                     for hits in (scan_result.terms, scan_result.acronyms) if hits]
        if any((i := bisect_right(hits_starts, end - 1) - 1) >= 0 and hits[i][1] > start
               for hits, hits_starts in taken) or _EXPLAINED.match(masked, end):
            continue
        first = word not in seen
        seen.add(word)
        found.append(finding(start, end, word, (
            "rare-word", "jargon",
            f"'{word}' is a word many readers will not know. Explain it the first time, or use "
            "an everyday word." if first else f"'{word}' is a word many readers will not know.",
            (), "warning" if first else "info", "barrier"), starts))
    return found


def _places(text: str, words: set[str]) -> list[tuple[int, int, str]]:
    """(start, end, word) where the words are in `text`, leftmost first and none inside another
    (of two starting together, the longer), as a search for any of them would find them. A few
    words are found by str.find (in C, and most words found here are capitalised acronyms with
    no lower-case use at all), many by one regular expression."""
    if len(words) > 12:
        pattern = re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)))
        return [(m.start(), m.end(), m.group()) for m in pattern.finditer(text)]
    places = []
    for word in words:
        start = text.find(word)
        while start >= 0:
            places.append((start, -len(word), word))
            start = text.find(word, start + 1)
    places.sort()
    out = []
    covered = 0
    for start, minus_length, word in places:
        if start >= covered:
            covered = start - minus_length
            out.append((start, covered, word))
    return out


def structure_findings(text: str, found: list[tuple], starts: list[int]) -> list[Finding]:
    """Findings from structure.analyse()'s (rule, category, start, end, message, suggestions,
    severity)."""
    out = []
    append = out.append
    for rule, category, start, end, message, suggestions, severity in found:
        line = bisect_right(starts, start)
        append(_new(Finding, (rule, category, text[start:end], start, end, line,
                              start - starts[line - 1] + 1, message, suggestions, severity, "")))
    return out
