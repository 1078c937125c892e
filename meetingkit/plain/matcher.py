"""Finding every word-list term in a paper in one pass, with an Aho-Corasick automaton
(pyahocorasick: C, with wheels for Windows, macOS and Linux). Building it from thousands of
spellings takes about 10 ms, once per process.

Terms are matched on lower-cased text with curly apostrophes, Unicode hyphens and line breaks
folded to their plain forms (same length, so offsets hold), whole words only: the longest term
starting at a word start, ending at a word end."""

from __future__ import annotations

from collections.abc import Iterable

import ahocorasick

from meetingkit.plain.mask import lower_same_length

_FOLD = (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-"), ("\n", " "), ("\t", " "), ("\r", " "),
         ("\u00a0", " "))


def fold(text: str) -> str:
    """Lower case, plain apostrophes and hyphens, line breaks as spaces; same length.
    (str.replace for each, as str.translate with a table is many times slower.)"""
    folded = lower_same_length(text)
    for old, new in _FOLD:
        if old in folded:
            folded = folded.replace(old, new)
    return folded


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _word_char(char: str) -> bool:
    return char in _ASCII_WORD or (char > "\x7f" and char.isalnum())


class TermMatcher:
    def __init__(self, forms: Iterable[str]):
        self.forms = frozenset(fold(f) for f in forms if f)
        automaton = ahocorasick.Automaton()
        for form in self.forms:
            automaton.add_word(form, len(form))
        if self.forms:
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, folded form) of each term in `text`, leftmost first, not overlapping."""
        if not self.forms:
            return []
        folded = fold(text)
        size = len(folded)
        found = []
        append = found.append
        forms = self.forms
        word = _ASCII_WORD
        for last, length in self._automaton.iter_long(folded):
            start = last - length + 1
            if start:
                before = folded[start - 1]
                if before in word or (before > "\x7f" and before.isalnum()):
                    continue  # inside a longer word
            end = last + 1
            if end < size and _word_char(folded[end]):
                end = self._shorter(folded, start, end, forms)  # "care plan" in "care planning"
                if not end:
                    continue
            append((start, end, folded[start:end]))
        return found

    @staticmethod
    def _shorter(folded: str, start: int, end: int, forms: frozenset[str]) -> int:
        """The end of the longest term that starts at `start` and ends at a word end before
        `end`, or 0."""
        for cut in range(end - 1, start, -1):
            if not _word_char(folded[cut]) and _word_char(folded[cut - 1]) and \
                    folded[start:cut] in forms:
                return cut
        return 0
