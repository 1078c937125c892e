"""Reading-ease figures: Flesch reading ease, Flesch-Kincaid grade and the reading age it implies.

For speed the text is split into words at byte level (one translate and one split in C), the
words are counted with a Counter, and syllables are estimated once per distinct word (vowel
groups, less silent endings, at least one per word)."""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*")
_VOWEL_GROUP = re.compile(r"[aeiouy]+")
# A final e, -ed or -es after a consonant in a word with an earlier vowel is usually silent
# (make, used, takes), but not -le (table), -ted/-ded (started) or -ses/-ges (changes).
_SILENT = re.compile(
    r"[aeiouy][^aeiouy\W\d_]*(?:[^aeiouyl\W\d_]e|[^aeiouytd\W\d_]ed|[^aeiouyszxhgc\W\d_]es)\b")

WORDS_PER_MINUTE = 200  # an unhurried adult reading pace


# Bytes kept inside words: ASCII letters (capitals made small) and digits, and every byte of a
# non-ASCII character; every other byte becomes a space.
_KEEP = set(b"abcdefghijklmnopqrstuvwxyz0123456789") | set(range(128, 256))
_TO_SPACE = bytes(c + 32 if 65 <= c <= 90 else c if c in _KEEP else 32 for c in range(256))


def word_counter(text: str) -> Counter[bytes]:
    """How often each word occurs (ASCII capitals made small, as UTF-8 bytes: lowering the
    bytes saves lowering the whole text first; a capital outside ASCII has no vowel the
    syllable count looks for)."""
    data = text.encode("utf-8", "replace").translate(_TO_SPACE, b"'")
    return Counter(data.split())


@lru_cache(maxsize=50_000)
def word_syllables(word: bytes) -> int:
    """Estimated syllables in one lower-case word; 0 for a token that is not a word."""
    text = word.decode("utf-8", "ignore")
    if not any(c.isalnum() for c in text):
        return 0
    return max(1, len(_VOWEL_GROUP.findall(text)) - len(_SILENT.findall(text)))


def count_words_and_syllables(text: str, counter: Counter[bytes] | None = None) -> tuple[int, int]:
    """(words, syllables) in `text`; `counter` is word_counter(text) if already made."""
    words = syllables = 0
    for word, count in (word_counter(text) if counter is None else counter).items():
        each = word_syllables(word)
        if each:
            words += count
            syllables += each * count
    return words, syllables


def count_words(text: str) -> int:
    return count_words_and_syllables(text)[0]


def count_syllables(text: str) -> int:
    return count_words_and_syllables(text)[1]


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
