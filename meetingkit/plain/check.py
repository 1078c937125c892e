"""check(): every finding in a paper, plus its reading statistics."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from operator import attrgetter

from meetingkit.plain.glossary import Glossary, resolve
from meetingkit.plain.mask import mask
from meetingkit.plain.model import (
    CATEGORIES,
    KIND_CATEGORY_RULE,
    Finding,
    GlossaryEntry,
    Report,
    Stats,
)
from meetingkit.plain.morph import inflect, match_case, plural_phrase
from meetingkit.plain.readability import (
    WORDS_PER_MINUTE,
    count_words_and_syllables,
    flesch_kincaid_grade,
    flesch_reading_ease,
    reading_age,
)
from meetingkit.plain.scan import AcronymHit, Scan, TermHit, scan
from meetingkit.plain.structure import analyse

_by_position = attrgetter("start", "end")
_category = attrgetter("category")
DEFAULT_TARGET_READING_AGE = 11  # NHS guidance: a reading age of 9 to 11 for the public
_PREVIOUS_WORD = re.compile(r"([\w']+)\W*$")


class _Lines:
    """Offset -> (line, column), both 1-based."""

    def __init__(self, text: str):
        self.starts = [0] + [m.end() for m in re.finditer("\n", text)]

    def locate(self, offset: int) -> tuple[int, int]:
        index = bisect_right(self.starts, offset) - 1
        return index + 1, offset - self.starts[index] + 1


def suggestions_for(hit: TermHit, text: str) -> tuple[str, ...]:
    """The entry's alternatives, inflected and capitalised to fit where the hit is."""
    entry = hit.entry
    previous = ""
    if hit.tag == "ed":
        found = _PREVIOUS_WORD.search(text, max(0, hit.start - 30), hit.start)
        previous = found.group(1) if found else ""
    out = []
    for alternative in entry.plain:
        if alternative.startswith("("):
            out.append(alternative)
        else:
            out.append(match_case(inflect(alternative, entry.pos, hit.tag, previous), hit.text))
    return tuple(out)


def _term_message(hit: TermHit, text: str) -> tuple[str, str, str, tuple[str, ...]]:
    """(rule, category, message, suggestions) for a hard word or phrase."""
    category, rule = KIND_CATEGORY_RULE.get(hit.entry.kind, ("jargon", "jargon"))
    suggestions = suggestions_for(hit, text)
    if suggestions:
        quoted = " or ".join(f"'{s}'" for s in suggestions[:3])
        message = f"{hit.entry.explanation} Try {quoted}."
    else:
        message = hit.entry.explanation
    return rule, category, message.strip(), suggestions


def acronym_message(hit: AcronymHit, lines: _Lines) -> tuple[str, str, tuple[str, ...], str]:
    """(rule, message, suggestions, severity) for one use of an acronym."""
    entry, token = hit.entry, hit.text
    other = ""
    if entry is not None and entry.other_meanings:
        other = (f" {hit.key} can also mean {entry.other_meanings}; here it is taken to mean "
                 f"{entry.expansion}.")
    if hit.status in ("defined", "before-definition"):
        definition = hit.definition
        assert definition is not None
        where = lines.locate(definition.start)[0]
        if hit.status == "defined":
            return ("acronym-defined", f"{token}: {definition.long} (explained on line {where}).",
                    (), "info")
        return ("acronym-before-definition",
                f"{token} is used before it is explained on line {where}. Explain it the first "
                f"time it is used: {definition.long} ({token}).", (f"{definition.long} ({token})",),
                "warning")
    if entry is not None:
        expansion = entry.expansion
        plain = entry.plain
        if hit.text != hit.key and not hit.text.endswith(("'s", "’s")):  # SIs, ICBs
            expansion = plural_phrase(expansion) if expansion else ""
            plain = tuple(plural_phrase(p) for p in plain)
        written_out = f"{expansion} ({token})" if expansion else ""
        suggestion = tuple(dict.fromkeys([s for s in (written_out, *plain) if s]))
        meaning = f" It means {entry.explanation}." if entry.explanation else ""
        if hit.status == "glossary-first":
            advice = (f" Write it out the first time: {written_out}." if written_out
                      else " Explain it the first time it is used.")
            return ("acronym-undefined", f"{token} is not explained.{advice}{meaning}{other}",
                    suggestion, "warning")
        said = f" {expansion}." if expansion else ""
        return ("acronym-glossary", f"{token}:{said}{meaning}{other}", suggestion, "info")
    if hit.status == "unknown-first":
        return ("acronym-unknown",
                f"{token} is not explained in this paper or in the glossary. Write it out the "
                "first time, or add it to your trust's glossary.", (), "warning")
    return ("acronym-unknown", f"{token} is not explained in this paper or in the glossary.", (),
            "info")


def findings_from_scan(scan_result: Scan, lines: _Lines) -> list[Finding]:
    text = scan_result.text
    starts = lines.starts
    cache: dict = {}  # a paper repeats its words: build each message once
    findings: list[Finding] = []
    append = findings.append
    for hit in scan_result.terms:
        start = hit.start
        memo_key = (id(hit.entry), hit.tag, hit.text)
        if hit.tag == "ed":  # used or been used: depends on the word before
            found = _PREVIOUS_WORD.search(text, max(0, start - 30), start)
            memo_key += (found.group(1).lower() if found else "",)
        made = cache.get(memo_key)
        if made is None:
            made = cache[memo_key] = _term_message(hit, text)
        line = bisect_right(starts, start)  # lines.locate, inlined: this runs for every hit
        append(Finding(made[0], made[1], hit.text, start, hit.end, line,
                       start - starts[line - 1] + 1, made[2], made[3], "warning"))
    for hit in scan_result.acronyms:
        start = hit.start
        memo_key = (hit.key, hit.text, hit.status, id(hit.definition))
        made = cache.get(memo_key)
        if made is None:
            made = cache[memo_key] = acronym_message(hit, lines)
        line = bisect_right(starts, start)
        append(Finding(made[0], "acronym", hit.text, start, hit.end, line,
                       start - starts[line - 1] + 1, made[1], made[2], made[3]))
    for first, second in scan_result.conflicts:
        line, column = lines.locate(second.start)
        append(Finding(
            "acronym-defined-twice", "acronym", text[second.short_start:second.short_end],
            second.short_start, second.short_end, line, column,
            f"{second.short} is explained two ways in this paper: '{first.long}' and "
            f"'{second.long}'. Use one meaning, or a different short form.", (), "warning"))
    for start, end in scan_result.caps_runs:
        line, column = lines.locate(start)
        append(Finding(
            "all-capitals", "structure", text[start:end], start, end, line, column,
            "Capital letters are harder to read and can feel like shouting. Use ordinary "
            "capitals, and bold for emphasis.", (), "warning"))
    return findings


def _structure_findings(markdown: str, found, lines: _Lines) -> list[Finding]:
    starts = lines.starts
    out = []
    for rule, category, start, end, message, suggestions, severity in found:
        line = bisect_right(starts, start)
        out.append(Finding(rule, category, markdown[start:end], start, end, line,
                           start - starts[line - 1] + 1, message, suggestions, severity))
    return out


def check(
    markdown: str,
    glossary: Glossary | Iterable[GlossaryEntry] | None = None,
    target_reading_age: float = DEFAULT_TARGET_READING_AGE,
) -> Report:
    """Every finding in a markdown (or plain text) paper, with its statistics."""
    compiled = resolve(glossary)
    masked, _ = mask(markdown)
    scan_result = scan(markdown, compiled, masked)
    lines = _Lines(markdown)
    findings = findings_from_scan(scan_result, lines)
    structure = analyse(masked)
    findings += _structure_findings(markdown, structure.findings, lines)
    stats = _stats(masked, structure.sentences, structure.paragraphs, target_reading_age)
    if structure.words >= 100 and not stats.meets_target:
        first_line_end = markdown.find("\n")
        end = first_line_end if first_line_end >= 0 else len(markdown)
        findings.append(Finding(
            "reading-age", "structure", markdown[:end], 0, end, 1, 1,
            f"This paper needs a reading age of about {stats.reading_age:.0f}; the target is "
            f"{target_reading_age:g}. Shorter sentences and everyday words will bring it down.",
            (), "warning"))
    findings.sort(key=_by_position)
    counts = dict.fromkeys(CATEGORIES, 0)
    counts.update(Counter(map(_category, findings)))
    stats.counts = counts
    return Report(stats, findings)


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
    lines = _Lines(text)
    findings = findings_from_scan(scan_result, lines)
    findings += _structure_findings(text, analyse(masked, False).findings, lines)
    findings.sort(key=_by_position)
    if offset:
        for finding in findings:
            finding.start += offset
            finding.end += offset
    return findings
