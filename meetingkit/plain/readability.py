"""Reading-ease figures: Flesch reading ease, Flesch-Kincaid grade and the reading age it implies.

Syllables are estimated over the whole text with a few regular-expression passes (vowel groups,
less silent endings, at least one per word) rather than word by word, which is many times
faster and within a few per cent of dictionary counts on ordinary prose."""

from __future__ import annotations

import re

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# A final e, -ed or -es after a consonant in a word with an earlier vowel is usually silent
# (make, used, takes), but not -le (table), -ted/-ded (started) or -ses/-ges (changes).
_SILENT = re.compile(
    r"[aeiouy][^aeiouy\W\d_]*(?:[^aeiouyl\W\d_]e|[^aeiouytd\W\d_]ed|[^aeiouyszxhgc\W\d_]es)\b")
_NO_VOWEL_WORD = re.compile(r"\b[^aeiouy\W\d_]+\b")

WORDS_PER_MINUTE = 200  # an unhurried adult reading pace


def count_words(text: str) -> int:
    return len(WORD.findall(text))


def count_syllables(text: str) -> int:
    lower = text.lower()
    return (len(_VOWEL_GROUP.findall(lower)) - len(_SILENT.findall(lower))
            + len(_NO_VOWEL_WORD.findall(lower)))


def flesch_reading_ease(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words)


def flesch_kincaid_grade(words: int, sentences: int, syllables: int) -> float:
    if not words or not sentences:
        return 0.0
    return 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59


def reading_age(grade: float) -> float:
    """US school grade + 5 gives the reading age in years (never below 5)."""
    return max(5.0, grade + 5)
