"""Words most readers rarely meet, for hard words no list covers: offered as "explain this word",
never as a swap. Also tells a common English word written in capitals (VERY) from an acronym.

Word frequencies come from the `wordfreq` package (code Apache-2.0; its data CC BY-SA 4.0, from
Wikipedia, subtitles, books and web text), read once and kept in the cache folder as a plain word
table, so a check starts in milliseconds. Without the package, or while the table cannot be
built, the signal is simply off."""

from __future__ import annotations

import json
import re
from functools import cache

from meetingkit.plain.cache import read_cached, write_cached

KNOWN_ZIPF = 2.0  # rarer than this (about once in 100 million words) is a rare word
COMMON_ZIPF = 4.0  # at least this common (once in 100,000 words) is an everyday word
MIN_LENGTH = 5  # shorter rare words are mostly names, codes or abbreviations
_TABLE = "common-words-v2.txt"
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*\Z")
_PREFIXES = ("un", "re", "non", "pre", "post", "over", "under", "mis", "sub", "co", "de", "dis",
             "anti", "inter", "multi", "semi", "self")


class WordTable:
    """Everyday words (a set, small) and every known word (a sorted text cut into buckets by
    first two letters, looked up without splitting the whole table into strings)."""

    def __init__(self, common: frozenset[str], known_text: str, buckets: dict[str, list[int]]):
        self.common = common  # everyday words (a capitalised one is shouting, not an acronym)
        self._known = known_text
        self._buckets = buckets

    def _is_known(self, word: str) -> bool:
        if word in self.common:
            return True
        span = self._buckets.get(word[:2])
        return bool(span) and f"\n{word}\n" in self._known[span[0]:span[1]]

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
            rest = word[len(prefix):].lstrip("-")
            if word.startswith(prefix) and len(rest) >= 3 and not self.is_rare(rest):
                return False
        parts = word.split("-")
        return not (len(parts) > 1 and all(self._is_known(p) or len(p) < MIN_LENGTH for p in parts))


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
                   if known_floor <= f < common_floor and _WORD.match(w) and len(w) >= 3)
    known_text = "\n" + "\n".join(known) + "\n"
    buckets: dict[str, list[int]] = {}
    position = 0
    for word in known:  # each bucket's slice keeps the line breaks around its words
        start = known_text.index(f"\n{word}\n", position)
        bucket = buckets.setdefault(word[:2], [start, start])
        bucket[1] = start + len(word) + 2
        position = start + len(word) + 1
    header = json.dumps({"common": len(common), "buckets": buckets}, separators=(",", ":"))
    return (header + "\n" + "\n".join(common) + "\n" + known_text).encode("utf-8")


@cache
def word_table() -> WordTable | None:
    data = read_cached(_TABLE)
    if data is None:
        data = _build()
        if data is None:
            return None
        write_cached(_TABLE, data)
    try:
        text = data.decode("utf-8")
        header_end = text.index("\n")
        header = json.loads(text[:header_end])
        rest = text[header_end + 1:]
        lines = rest.split("\n", header["common"])
        common = frozenset(lines[:header["common"]])
        # The rest starts with the line break before the first known word.
        known_text = lines[header["common"]] if len(lines) > header["common"] else "\n"
        return WordTable(common, known_text, header["buckets"])
    except (ValueError, KeyError, TypeError):  # a damaged cache file: no signal this time
        return None
