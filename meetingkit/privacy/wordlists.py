"""The scanner's word lists, kept as data in resources/privacy/ so a trust can extend them
(its own job titles, the name its patient system gives hospital numbers, its patients' names).
One entry a line; lines starting with # are notes. Read once, on first use."""

from __future__ import annotations

import re
from functools import cache

from meetingkit.resources import read_text


def _lines(name: str) -> list[str]:
    try:
        text = read_text("privacy", name)
    except OSError:  # a missing list weakens one rule; it never stops a pack going out
        return []
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.lstrip().startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A list as lower-case words, e.g. words("first_names.txt")."""
    return frozenset(line.lower() for line in _lines(name))


@cache
def exact(name: str) -> frozenset[str]:
    """A list as written (for lists where case matters, such as not_initials.txt)."""
    return frozenset(_lines(name))


@cache
def phrase_pattern(name: str) -> re.Pattern[str] | None:
    """One case-insensitive pattern matching any phrase of a list as whole words. A phrase
    ending in * matches any word that starts so ("deteriorat*" matches "deteriorated")."""
    phrases = sorted(_lines(name), key=len, reverse=True)
    if not phrases:
        return None
    alternatives = []
    for phrase in phrases:
        stem = phrase.rstrip("*")
        body = r"[ \t]+".join(re.escape(part) for part in stem.split())
        alternatives.append(body + (r"[\w'-]*" if phrase.endswith("*") else ""))
    return re.compile(r"(?<![\w-])(?:" + "|".join(alternatives) + r")(?![\w-])", re.IGNORECASE)
