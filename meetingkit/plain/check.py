"""check(): every finding in a paper, plus its reading statistics."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from operator import itemgetter

from meetingkit.plain.collector import collector_paused
from meetingkit.plain.findings import finding as make_finding
from meetingkit.plain.findings import line_starts, scan_findings, structure_findings
from meetingkit.plain.glossary import Glossary, resolve
from meetingkit.plain.mask import mask
from meetingkit.plain.model import CATEGORIES, Finding, GlossaryEntry, Report, Stats
from meetingkit.plain.readability import (
    WORDS_PER_MINUTE,
    count_words_and_syllables,
    flesch_kincaid_grade,
    flesch_reading_ease,
    reading_age,
    word_counter,
)
from meetingkit.plain.scan import scan
from meetingkit.plain.structure import analyse

DEFAULT_TARGET_READING_AGE = 11  # NHS guidance: a reading age of 9 to 11 for the public
_start, _end = itemgetter(3), itemgetter(4)  # a Finding's start and end
_kind = itemgetter(1, 9, 10)  # category, severity, tier


def _sort_by_position(findings: list[Finding]) -> None:
    """Sort by start, then end, keeping the order of findings at the same place: two stable
    sorts on one number each, faster than one sort on a (start, end) pair made per finding."""
    findings.sort(key=_end)
    findings.sort(key=_start)


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
    starts = line_starts(markdown)
    counter = word_counter(masked)  # the paper's words: for the statistics and rare words
    findings = scan_findings(scan_result, starts, counter)
    structure = analyse(masked, lower=scan_result.lower)
    findings += structure_findings(markdown, structure.findings, starts)
    stats = _stats(masked, structure.sentences, structure.paragraphs, target_reading_age,
                   counter)
    if structure.words >= 100 and not stats.meets_target:
        first_line_end = markdown.find("\n")
        end = first_line_end if first_line_end >= 0 else len(markdown)
        findings.append(make_finding(0, end, markdown[:end], (
            "reading-age", "structure",
            f"This paper needs a reading age of about {stats.reading_age:.0f}; the target is "
            f"{target_reading_age:g}. Shorter sentences and everyday words will bring it down.",
            (), "warning", ""), starts))
    _sort_by_position(findings)
    counts = dict.fromkeys(CATEGORIES, 0)
    barriers = simpler = 0
    # Counted in C by (category, severity, tier): a few dozen kinds, not finding by finding.
    for (category, severity, tier), used in Counter(map(_kind, findings)).items():
        counts[category] = counts.get(category, 0) + used
        if tier == "barrier" and severity == "warning":
            barriers += used
        elif tier == "simpler":
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


def _stats(masked: str, sentences: int, paragraphs: int, target: float,
           counter: Counter[bytes] | None = None) -> Stats:
    words, syllables = count_words_and_syllables(masked, counter)
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
    starts = line_starts(text)
    findings = scan_findings(scan_result, starts)
    findings += structure_findings(text, analyse(masked, False, scan_result.lower).findings, starts)
    _sort_by_position(findings)
    if offset:
        return [f._replace(start=f.start + offset, end=f.end + offset) for f in findings]
    return findings
