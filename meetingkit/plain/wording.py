"""Passive voice ("was reviewed") and nouns made from verbs ("the implementation of").

Both are found from a literal word, because the regex engine finds a literal as fast as
str.find, while a pattern that starts with a choice of words is tried at every letter those
words start with. Works on lower-case masked text; offsets are offsets into it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from meetingkit.plain.nominalisations import nominalisations

_PARTICIPLE = (r"(?:[a-z]{3,}ed|known|seen|done|given|taken|made|found|shown|written|held|"
               r"told|sent|kept|brought|thought|heard|set|paid|led|chosen|begun|built|caught|"
               r"drawn|left|lost|meant|met|put|run|sought|spent|taught|understood|withdrawn)")
_ADVERB = r"(?:(?:not|also|being|then|now|already|\w+ly)\s+)?"
# Each starts with a literal; was and were share one pass (no text starts both).
_BE = ("am", "is", "are", "w(?:as|ere)", "be(?:en|ing)?")
_PASSIVE = tuple(re.compile(rf"{be}\s+{_ADVERB}{_PARTICIPLE}(?![^\W_])") for be in _BE)
_OF = re.compile(r"of(?![^\W_])")
_NOUN = re.compile(r"[a-z]+(?:tion|sion|ment|ance|ence|al|sis|ry|ing)")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def passive_spans(lower: str) -> list[tuple[int, int]]:
    """(start, end) of each 'be' + past participle, leftmost first and never overlapping, as one
    pattern matching any of the 'be' words would find them. A match inside a longer word
    ('this seen') is skipped, and the text it covers is not searched again."""
    candidates = sorted(m.span() for pattern in _PASSIVE for m in pattern.finditer(lower))
    spans = []
    covered = 0
    for start, end in candidates:
        if start < covered:
            continue
        covered = end
        if not (start and lower[start - 1].isalnum()):
            spans.append((start, end))
    return spans


def nominalisation_spans(lower: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, verb) for each 'the/a/an <noun made from a verb> of'."""
    verbs = nominalisations()
    for m in _OF.finditer(lower):
        of = m.start()
        noun_end = of
        while noun_end and lower[noun_end - 1].isspace():
            noun_end -= 1
        if noun_end == of:
            continue  # 'proof', 'thereof'
        noun_start = noun_end
        while noun_start and lower[noun_start - 1] in _ASCII_LOWER:
            noun_start -= 1
        noun = lower[noun_start:noun_end]
        verb = verbs.get(noun)
        if not verb or not _NOUN.fullmatch(noun):
            continue
        article_end = noun_start
        while article_end and lower[article_end - 1].isspace():
            article_end -= 1
        if article_end == noun_start:
            continue
        start = _article_start(lower, article_end)
        if start is not None:
            yield start, m.end(), verb


def _article_start(lower: str, end: int) -> int | None:
    """Where 'the', 'an' or 'a' ending at `end` starts, if it is a whole word."""
    for article in ("the", "an", "a"):
        start = end - len(article)
        if start >= 0 and lower.startswith(article, start):
            return None if start and lower[start - 1].isalnum() else start
    return None
