"""The words the Papers tab uses for findings and reading statistics, kept apart from the widgets
so they can be read and tested on their own. Plain English for lay readers throughout."""

from __future__ import annotations

import math

from meetingkit.plain import Finding, Stats

# What each kind of finding is called in the list (a word beside the marker, never colour alone).
CATEGORY_LABELS = {
    "acronym": "Short form",
    "jargon": "Hard word",
    "latin": "Latin",
    "person-first": "Person first",
    "sentence": "Sentence",
    "structure": "Layout",
}
# (one, many) for the counts in the reading panel.
CATEGORY_COUNTS = {
    "acronym": ("short form (acronym) to explain", "short forms (acronyms) to explain"),
    "jargon": ("hard word or phrase", "hard words or phrases"),
    "latin": ("Latin phrase", "Latin phrases"),
    "person-first": ("place to put the person first", "places to put the person first"),
    "sentence": ("sentence to make simpler", "sentences to make simpler"),
    "structure": ("point about layout", "points about layout"),
}
TOO_SHORT_TO_JUDGE = 30  # words: reading formulas mean little below this
_QUOTE_WORDS = 6


def quoted(text: str) -> str:
    """The finding's words in quotes, shortened to a few words for long sentences."""
    words = text.lstrip("#>*-+ \t").split() or text.split()
    if len(words) > _QUOTE_WORDS:
        return "'" + " ".join(words[:_QUOTE_WORDS]) + "…'"
    return "'" + " ".join(words) + "'"


def usable_suggestions(finding: Finding) -> tuple[str, ...]:
    """Suggestions that can replace the words as they are (not hints in brackets)."""
    return tuple(s for s in finding.suggestions if s and not s.startswith("("))


def first_sentence(message: str) -> str:
    end = message.find(". ")
    return message if end < 0 else message[:end + 1]


def advice(finding: Finding) -> str:
    """A short piece of advice: what to do about this finding."""
    suggestions = usable_suggestions(finding)
    if suggestions and finding.category == "acronym":
        return f"write it out: {suggestions[0]}"
    if suggestions:
        return f"say '{suggestions[0]}' instead"
    return first_sentence(finding.message)


def finding_line(finding: Finding) -> str:
    """One line for the findings list, e.g. "Line 3: 'utilise' – say 'use' instead"."""
    return f"Line {finding.line}: {quoted(finding.text)} – {advice(finding)}"


def finding_description(finding: Finding) -> str:
    """The whole explanation, for tooltips and screen readers."""
    label = CATEGORY_LABELS.get(finding.category, "Note")
    return f"{label}, line {finding.line}: {finding.message}"


def reading_age_words(stats: Stats, target: int) -> str:
    if stats.words < TOO_SHORT_TO_JUDGE:
        return "Too short to judge the reading age yet."
    age = round(stats.reading_age)
    if age <= target:
        return f"Reading age {age} – within the aim of {target} or lower. Well done."
    return f"Reading age {age} – aim for {target} or lower."


def length_words(stats: Stats) -> str:
    words = f"{stats.words} word" + ("" if stats.words == 1 else "s")
    if stats.words == 0:
        return "No words yet."
    if stats.reading_minutes < 0.75:
        return f"{words}, less than a minute to read."
    minutes = max(1, math.ceil(stats.reading_minutes - 0.25))
    return f"{words}, about {minutes} minute{'' if minutes == 1 else 's'} to read."


def counts_words(findings: list[Finding]) -> str:
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.category] = counts.get(finding.category, 0) + 1
    parts = []
    for category, (one, many) in CATEGORY_COUNTS.items():
        count = counts.get(category, 0)
        if count:
            parts.append(f"{count} {one if count == 1 else many}")
    if not parts:
        return "Nothing to look at. Well done."
    return "To look at: " + ", ".join(parts) + "."
