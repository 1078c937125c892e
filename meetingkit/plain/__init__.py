"""The plain-language engine: finds what shuts lay readers out of a paper and offers plain
English instead. Qt-free and offline; word lists live in resources/plain/.

Public API (all accept markdown or plain text; offsets are character offsets into it):

    check(markdown, glossary=None, target_reading_age=11) -> Report
        Report.stats (words, sentences, reading_minutes, flesch_reading_ease,
        flesch_kincaid_grade, reading_age, target_reading_age, meets_target, counts)
        Report.findings: [Finding(rule, category, text, start, end, line, column, message,
        suggestions, severity)], categories acronym, latin, jargon, person-first, sentence,
        structure; severity info or warning.
    check_paragraph(text, glossary=None, offset=0, defined=()) -> list[Finding]
        Fast re-check of one edited block (no statistics); `defined` lists acronyms explained
        elsewhere in the paper.
    rewrite(markdown, glossary=None) -> Rewrite(text, changes)
    plan_changes(markdown, glossary=None) -> list[Change]
    apply_changes(markdown, changes) -> str
        Change(start, end, original, replacement, rule, category, message); apply any subset.
    words_used(markdown, glossary=None) -> list[UsedTerm(term, meaning, category)]
    Glossary.load_default() -> Glossary   (cached)
    Glossary.load_default().with_entries([GlossaryEntry(...)]) -> Glossary (trust terms win)
        `glossary` arguments accept None, a Glossary, or a list of a trust's GlossaryEntry.
    glossary_csv.import_glossary_csv(path) / parse_glossary_csv(bytes) -> list[GlossaryEntry]
    glossary_csv.export_glossary_csv(entries, path) / glossary_to_csv(entries) -> str
"""

from __future__ import annotations

from meetingkit.plain.check import DEFAULT_TARGET_READING_AGE, check, check_paragraph
from meetingkit.plain.glossary import Glossary
from meetingkit.plain.model import (
    CATEGORIES,
    Change,
    Finding,
    GlossaryEntry,
    Report,
    Rewrite,
    Stats,
    UsedTerm,
)
from meetingkit.plain.rewrite import apply_changes, plan_changes, rewrite
from meetingkit.plain.words_used import words_used

__all__ = [
    "CATEGORIES", "DEFAULT_TARGET_READING_AGE", "Change", "Finding", "Glossary", "GlossaryEntry",
    "Report", "Rewrite", "Stats", "UsedTerm", "apply_changes", "check", "check_paragraph",
    "plan_changes", "rewrite", "words_used",
]
