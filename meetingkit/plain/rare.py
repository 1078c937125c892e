"""Words most readers rarely meet, for hard words no list covers: offered as "explain this word",
never as a swap. Also tells a common English word written in capitals (VERY) from an acronym.

The word table (resources/plain/common_words.txt.gz) says which English words are everyday and
which are known at all. It is made at development time from the word frequencies of the
`wordfreq` package by benchmarks/make_common_words.py (which describes its format) and ships as
data, licensed CC BY-SA 4.0 as wordfreq's data is (see resources/plain/SOURCES.md). Reading it
takes a few milliseconds; a missing or damaged table turns the signal off rather than the check."""

from __future__ import annotations

import gzip
import json
import zlib
from functools import cache

from meetingkit.resources import resource_path

KNOWN_ZIPF = 2.0  # rarer than this (about once in 100 million words) is a rare word
COMMON_ZIPF = 4.0  # at least this common (once in 100,000 words) is an everyday word
MIN_LENGTH = 5  # shorter rare words are mostly names, codes or abbreviations
_PREFIXES = ("un", "re", "non", "pre", "post", "over", "under", "mis", "sub", "co", "de", "dis",
             "anti", "inter", "multi", "semi", "self")


class WordTable:
    """Everyday words (a set, small) and every known word (a sorted text cut into buckets by
    first two letters, looked up without splitting the whole table into strings)."""

    def __init__(self, common: frozenset[str], known_text: str, buckets: dict[str, list[int]]):
        self.common = common  # everyday words (a capitalised one is shouting, not an acronym)
        self._known = known_text
        self._buckets = buckets
        self._sets: dict[str, frozenset[str]] = {}  # each bucket's words, made when first asked

    def _is_known(self, word: str) -> bool:
        if word in self.common:
            return True
        start = word[:2]
        words = self._sets.get(start)
        if words is None:
            span = self._buckets.get(start)
            words = self._sets[start] = frozenset(
                self._known[span[0]:span[1]].split()) if span else frozenset()
        return word in words

    def is_rare(self, word: str) -> bool:
        if self._is_known(word):
            return False
        # A plural or past form of a known word is known.
        for suffix, stem_end in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                 ("ing", ""), ("ing", "e"), ("ly", "")):
            if word.endswith(suffix) and self._is_known(word[: -len(suffix)] + stem_end):
                return False
        # A known word with a common prefix (untick, reassess, non-urgent) is known.
        for prefix in _PREFIXES:
            if word.startswith(prefix):
                rest = word[len(prefix):].lstrip("-")
                if len(rest) >= 3 and not self.is_rare(rest):
                    return False
        parts = word.split("-")
        return not (len(parts) > 1 and all(self._is_known(p) or len(p) < MIN_LENGTH for p in parts))

    def looks_like_a_typo(self, word: str) -> bool:
        """Whether one slip of the keyboard (a letter left out, added, changed, or two swapped)
        turns `word` into an everyday word: 'rougly', 'reivew'. A typo is not a hard word."""
        common = self.common
        letters = "abcdefghijklmnopqrstuvwxyz"
        for index in range(len(word) + 1):
            head, tail = word[:index], word[index:]
            if tail and head + tail[1:] in common:  # a letter added
                return True
            if len(tail) > 1 and head + tail[1] + tail[0] + tail[2:] in common:  # two swapped
                return True
            for letter in letters:
                if head + letter + tail in common:  # a letter left out
                    return True
                if tail and letter != tail[0] and head + letter + tail[1:] in common:  # changed
                    return True
        return False


TABLE = ("plain", "common_words.txt.gz")


@cache
def word_table() -> WordTable | None:
    try:
        text = gzip.decompress(resource_path(*TABLE).read_bytes()).decode("utf-8")
        header_end = text.index("\n")
        header = json.loads(text[:header_end])
        count = header["common"]
        lines = text[header_end + 1:].split("\n", count)
        if len(lines) <= count or not lines[count].startswith("\n"):
            return None  # cut short
        buckets = header["buckets"]
        if not all(type(span) is list and len(span) == 2 and type(span[0]) is type(span[1]) is int
                   for span in buckets.values()):
            return None
        # The rest starts with the line break before the first known word.
        return WordTable(frozenset(lines[:count]), lines[count], buckets)
    except (OSError, EOFError, zlib.error, UnicodeDecodeError, ValueError, KeyError, TypeError):
        return None  # no table, or a damaged one: no signal rather than no check
