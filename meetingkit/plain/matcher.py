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


def _fold_all(forms: list[str]) -> list[str]:
    """fold() of each form. The ASCII ones (nearly all) are folded together, joined by a
    character no form holds: folding ASCII is the same character by character."""
    plain = [form for form in forms if form.isascii()]
    folded = fold("\x00".join(plain)).split("\x00") if plain else []
    if len(folded) != len(plain):  # a form with a \x00 in it: fold each one
        return [fold(form) for form in forms]
    if len(plain) == len(forms):
        return folded
    each = iter(folded)
    return [next(each) if form.isascii() else fold(form) for form in forms]


_ASCII_WORD = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")


def _word_char(char: str) -> bool:
    return char in _ASCII_WORD or (char > "\x7f" and char.isalnum())


NAME, BARRIER, OTHER = 0, 1, 2  # what a hit is: a name (never reported), or a term's tier


class TermMatcher:
    """The automaton maps each folded spelling to (length, entry, tag, kind), so a hit needs no
    further lookup; `forms` maps each folded spelling to its (entry, tag)."""

    def __init__(self, terms: dict[str, tuple]):
        forms: dict[str, tuple] = {}
        spellings = [form for form in terms if form]
        for folded, form in zip(_fold_all(spellings), spellings, strict=True):
            forms.setdefault(folded, terms[form])
        self._build(forms)

    @classmethod
    def from_forms(cls, forms: dict[str, tuple]) -> TermMatcher:
        """A matcher for spellings already folded (the `forms` of one made before)."""
        matcher = object.__new__(cls)
        matcher._build(forms)
        return matcher

    def _build(self, forms: dict[str, tuple]) -> None:
        self.forms = forms
        automaton = ahocorasick.Automaton()
        add = automaton.add_word
        kinds: dict[int, tuple] = {}  # an entry's (kind, written), for each of its forms
        for form, (entry, tag) in self.forms.items():
            kind = kinds.get(id(entry))
            if kind is None:
                kind = kinds[id(entry)] = _value(0, entry, tag)[3:]
            add(form, (len(form), entry, tag, *kind))
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
        # A space on each side, so every match has neighbours to test without bounds checks. A
        # match ending at `last` in the padded text is text[last - length:last].
        padded = " " + fold(masked, lower) + " "
        found = []
        append = found.append
        word = _ASCII_WORD
        new = tuple.__new__
        starts = [*name_starts, len(padded)]  # the last one is never reached
        index = 0
        next_name = starts[0]
        reach = -1  # the furthest end of the names started so far
        for last, value in self._automaton.iter_long(padded):
            length, entry, tag, kind, written = value
            start = last - length
            # Most terms follow and precede a space (line breaks are folded to spaces): the
            # full test of a neighbour runs only when it is not one.
            before = padded[start]
            if before != " " and (before in word or (before > "\x7f" and before.isalnum())):
                continue  # inside a longer word
            after = padded[last + 1]
            if after != " " and (after in word or (after > "\x7f" and after.isalnum())):
                cut, value = self._shorter(padded, start + 1, last + 1)
                if not cut:
                    continue
                last = cut - 1
                length, entry, tag, kind, written = value
            if not kind:
                continue  # a name: found only so that no term inside it is
            if written is not None and (masked[start:last] != written or
                                        _starts_sentence(masked, start)):
                continue  # "prevent a fall" is not the Prevent programme
            if start >= next_name:
                while starts[index] <= start:
                    index += 1
                next_name = starts[index]
                reach = name_reach[index - 1]
            in_name = reach > start
            if in_name and kind != BARRIER:
                continue
            append(new(make, (start, last, masked[start:last], entry, tag, in_name)))
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
