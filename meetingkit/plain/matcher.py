"""Finding every word-list term in a paper in one pass, with an Aho-Corasick automaton
(pyahocorasick: C, with wheels for Windows, macOS and Linux). Building it from thousands of
spellings takes about 10 ms, once per process.

Terms are matched on lower-cased text with curly apostrophes, Unicode hyphens and line breaks
folded to their plain forms (same length, so offsets hold), whole words only: the longest term
starting at a word start, ending at a word end."""

from __future__ import annotations

import ahocorasick

from meetingkit.plain.mask import lower_same_length

_FOLD = (("’", "'"), ("‘", "'"), ("‐", "-"), ("‑", "-"), ("\n", " "), ("\t", " "), ("\r", " "),
         ("\u00a0", " "))


def fold(text: str, lower: str | None = None) -> str:
    """Lower case, plain apostrophes and hyphens, line breaks as spaces; same length. `lower`,
    if given, is lower_same_length(text), already made. (str.replace for each, as str.translate
    with a table is many times slower.)"""
    folded = lower_same_length(text) if lower is None else lower
    for old, new in _FOLD:
        if old in folded:
            folded = folded.replace(old, new)
    return folded


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _word_char(char: str) -> bool:
    return char in _ASCII_WORD or (char > "\x7f" and char.isalnum())


NAME, BARRIER, OTHER = 0, 1, 2  # what a hit is: a name (never reported), or a term's tier


class TermMatcher:
    """The automaton maps each folded spelling to (length, entry, tag, kind), so a hit needs no
    further lookup; `forms` maps each folded spelling to its (entry, tag)."""

    def __init__(self, terms: dict[str, tuple]):
        self.forms: dict[str, tuple] = {}
        for form, value in terms.items():
            if form:
                self.forms.setdefault(fold(form), value)
        automaton = ahocorasick.Automaton()
        for form, (entry, tag) in self.forms.items():
            automaton.add_word(form, _value(len(form), entry, tag))
        if self.forms:
            automaton.make_automaton()
        self._automaton = automaton

    def find(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, folded form) of each term in `text`, leftmost first, not overlapping."""
        return [(start, end, fold(text[start:end])) for start, end, _ in self._matches(text)]

    def _matches(self, text: str) -> list[tuple[int, int, tuple]]:
        """(start, end, value) of each whole-word match, leftmost first, not overlapping."""
        if not self.forms:
            return []
        folded = fold(text)
        size = len(folded)
        found = []
        append = found.append
        word = _ASCII_WORD
        for last, value in self._automaton.iter_long(folded):
            start = last - value[0] + 1
            if start:
                before = folded[start - 1]
                if before in word or (before > "\x7f" and before.isalnum()):
                    continue  # inside a longer word
            end = last + 1
            if end < size and _word_char(folded[end]):
                end, value = self._shorter(folded, start, end)  # "care plan" in "care planning"
                if not end:
                    continue
            append((start, end, value))
        return found

    def hits(self, masked: str, lower: str, name_starts: list[int], name_reach: list[int],
             make: type) -> list[tuple]:
        """Terms to report, as `make` tuples (start, end, text, entry, tag, in_name): names
        left out, and a term inside a name (spans given as sorted starts and the furthest end
        reached so far) kept only if it is a barrier. One loop over the automaton's matches.
        `lower` is lower_same_length(masked)."""
        if not self.forms:
            return []
        folded = fold(masked, lower)
        size = len(folded)
        found = []
        append = found.append
        word = _ASCII_WORD
        new = tuple.__new__
        span_count = len(name_starts)
        index = 0
        for last, value in self._automaton.iter_long(folded):
            length, entry, tag, kind, written = value
            start = last - length + 1
            # Most terms follow and precede a space (line breaks are folded to spaces): the
            # full test of a neighbour runs only when it is not one.
            before = folded[start - 1] if start else " "
            if before != " " and (before in word or (before > "\x7f" and before.isalnum())):
                continue  # inside a longer word
            end = last + 1
            if end < size:
                after = folded[end]
                if after != " " and (after in word or (after > "\x7f" and after.isalnum())):
                    end, value = self._shorter(folded, start, end)
                    if not end:
                        continue
                    length, entry, tag, kind, written = value
            if not kind:
                continue  # a name: found only so that no term inside it is
            if written is not None and (masked[start:end] != written or
                                        _starts_sentence(masked, start)):
                continue  # "prevent a fall" is not the Prevent programme
            while index < span_count and name_starts[index] <= start:
                index += 1
            in_name = bool(index) and name_reach[index - 1] > start
            if in_name and kind != BARRIER:
                continue
            append(new(make, (start, end, masked[start:end], entry, tag, in_name)))
        return found

    def _shorter(self, folded: str, start: int, end: int) -> tuple[int, tuple | None]:
        """The end and value of the longest term that starts at `start` and ends at a word end
        before `end`, or (0, None)."""
        forms = self.forms
        for cut in range(end - 1, start, -1):
            if not _word_char(folded[cut]) and _word_char(folded[cut - 1]):
                found = forms.get(folded[start:cut])
                if found is not None:
                    return cut, _value(cut - start, *found)
        return 0, None


def _value(length: int, entry, tag: str) -> tuple:
    """(length, entry, tag, kind, written): kind is NAME, BARRIER or OTHER; written is the
    term's own spelling for an entry found only as written (GlossaryEntry.as_written)."""
    kind = NAME if entry.kind == "name" else BARRIER if entry.finding_tier == "barrier" else OTHER
    return length, entry, tag, kind, entry.term if entry.as_written else None


_SENTENCE_ENDS = frozenset(".!?:\n")
_LEAD_IN = frozenset(" \t*_#>+|\"'“‘([-")


def _starts_sentence(text: str, start: int) -> bool:
    """Whether the word at `start` begins a sentence, a line or a heading."""
    index = start - 1
    while index >= 0 and text[index] in _LEAD_IN:
        index -= 1
    return index < 0 or text[index] in _SENTENCE_ENDS
