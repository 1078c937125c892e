"""Words most readers rarely meet, for hard words no list covers: offered as "explain this word",
never as a swap. Also tells a common English word written in capitals (VERY) from an acronym.

Word frequencies come from the `wordfreq` package (code Apache-2.0; its data CC BY-SA 4.0, from
Wikipedia, subtitles, books and web text), read once and kept in the cache folder as a plain word
table, so a check starts in milliseconds. Without the package, or while the table cannot be
built, the signal is simply off."""

from __future__ import annotations

import re
from functools import cache

from meetingkit.plain.cache import read_cached, write_cached

KNOWN_ZIPF = 2.0  # rarer than this (about once in 100 million words) is a rare word
COMMON_ZIPF = 4.0  # at least this common (once in 100,000 words) is an everyday word
MIN_LENGTH = 5  # shorter rare words are mostly names, codes or abbreviations
_TABLE = "common-words-v1.txt"
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*\Z")


class WordTable:
    def __init__(self, common: frozenset[str], known: frozenset[str]):
        self.common = common  # everyday words (a capitalised one is shouting, not an acronym)
        self.known = known  # every word not rare, common ones included

    def is_rare(self, word: str) -> bool:
        if word in self.known:
            return False
        # A plural or past form of a known word is known.
        for suffix, stem_end in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"),
                                 ("ing", ""), ("ing", "e"), ("ly", "")):
            if word.endswith(suffix) and word[: -len(suffix)] + stem_end in self.known:
                return False
        parts = word.split("-")
        return not (len(parts) > 1 and all(p in self.known or len(p) < MIN_LENGTH for p in parts))


def _build() -> bytes | None:
    try:
        import wordfreq
    except ImportError:
        return None
    try:
        frequencies = wordfreq.get_frequency_dict("en", "large")
    except Exception:  # a broken data file: no signal rather than no check
        return None
    common_floor, known_floor = 10 ** (COMMON_ZIPF - 9), 10 ** (KNOWN_ZIPF - 9)
    common = sorted(w for w, f in frequencies.items() if f >= common_floor and _WORD.match(w))
    known = sorted(w for w, f in frequencies.items()
                   if known_floor <= f < common_floor and _WORD.match(w))
    return ("\n".join(common) + "\n\n" + "\n".join(known)).encode("utf-8")


@cache
def word_table() -> WordTable | None:
    data = read_cached(_TABLE)
    if data is None:
        data = _build()
        if data is None:
            return None
        write_cached(_TABLE, data)
    common, _, rest = data.decode("utf-8").partition("\n\n")
    common_words = frozenset(common.split("\n"))
    return WordTable(common_words, common_words | frozenset(rest.split("\n")))
