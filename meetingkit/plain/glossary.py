"""The glossary: shipped word lists plus a trust's own terms, compiled once into fast lookups.

All single words and phrases (with their inflections and spellings) go into one trie-shaped
regular expression, so a paper is scanned in one pass whatever the size of the lists."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from functools import cache, cached_property, lru_cache
from itertools import chain

from meetingkit.plain.model import GlossaryEntry
from meetingkit.plain.morph import surface_forms
from meetingkit.resources import read_text

TERM_FILES = ("jargon.csv", "clinical.csv", "committee.csv", "person_first.csv", "latin.csv")
ACRONYM_FILE = "acronyms.csv"
SENSES_FILE = "acronym_senses.csv"
ALLOW_FILE = "allow_list.csv"
PACKS_FOLDER = "packs"  # resources/plain/packs/<pack>.csv: term entries of one domain pack
# Domain packs a committee can switch on. The command line uses them all unless told otherwise.
PACKS: dict[str, str] = {
    "mental-health": "Mental health",
    "maternity": "Maternity",
    "ambulance": "Ambulance",
    "safeguarding": "Safeguarding",
    "legal": "Legal and regulatory",
    "investigations": "Investigations and learning",
    "governance": "Governance and finance",
}
# Not after / not before a letter or digit: a term is a whole word or phrase. (The pattern
# used for most text checks the character before a term with a listed class instead.)
_WORD_EDGE_BEFORE = r"(?<![^\W_])"
_WORD_EDGE_AFTER = r"(?![^\W_])"


def read_csv_rows(text: str) -> list[dict[str, str]]:
    """Rows of a CSV whose leading lines starting with # are comments."""
    lines = text.splitlines()
    body = "\n".join(line for line in lines if not line.startswith("#"))
    return [
        {k: (v or "").strip() for k, v in row.items() if k is not None}
        for row in csv.DictReader(io.StringIO(body))
    ]


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split("|") if part.strip())


def _senses() -> dict[str, list[tuple[str, str, tuple[str, ...]]]]:
    """Acronyms with more than one NHS meaning: acronym -> [(meaning, explanation, cues)]."""
    senses: dict[str, list[tuple[str, str, tuple[str, ...]]]] = {}
    for row in read_csv_rows(read_text("plain", SENSES_FILE)):
        senses.setdefault(row["acronym"], []).append(
            (row["meaning"], row["explanation"], _split(row.get("cues", ""))))
    return senses


def term_entry(row: dict[str, str], kind: str = "", pack: str = "") -> GlossaryEntry:
    """A word-list row (term, alternatives, reason, pos, kind, tier, auto, pack, source,
    licence) as an entry."""
    auto = row.get("auto") or ("no" if row.get("rewrite", "yes") == "no" else "yes")
    return GlossaryEntry(
        term=row["term"], kind=kind or row.get("kind") or "jargon",
        plain=_split(row.get("alternatives", "")), explanation=row.get("reason", ""),
        pos=row.get("pos", ""), rewrite=auto != "no", source=row.get("source", ""),
        tier=row.get("tier", ""), auto=auto, licence=row.get("licence", ""),
        pack=row.get("pack") or pack)


@cache
def shipped_entries() -> tuple[GlossaryEntry, ...]:
    """Every shipped entry, domain packs included (each says its pack)."""
    entries: list[GlossaryEntry] = []
    senses = _senses()
    for row in read_csv_rows(read_text("plain", ACRONYM_FILE)):
        meanings = senses.get(row["acronym"], ())
        entries.append(GlossaryEntry(
            term=row["acronym"], kind="acronym", plain=_split(row["plain"]),
            explanation=row["explanation"], expansion=row["expansion"],
            other_meanings=row["other_meanings"], source=row["source"],
            licence=row.get("licence", ""), pack=row.get("pack", ""), senses=tuple(meanings),
        ))
    for row in read_csv_rows(read_text("plain", ALLOW_FILE)):
        entries.append(GlossaryEntry(term=row["term"], kind="allow", explanation=row["note"],
                                     source=row["source"], licence=row.get("licence", "")))
    for name in TERM_FILES:
        for row in read_csv_rows(read_text("plain", name)):
            entries.append(term_entry(row, "latin" if name == "latin.csv" else ""))
    for pack in PACKS:
        for row in read_csv_rows(read_text("plain", PACKS_FOLDER, f"{pack}.csv")):
            if row.get("acronym"):
                entries.append(GlossaryEntry(
                    term=row["acronym"], kind="acronym", plain=_split(row.get("plain", "")),
                    explanation=row.get("explanation", ""), expansion=row.get("expansion", ""),
                    source=row.get("source", ""), licence=row.get("licence", ""), pack=pack,
                    senses=tuple(senses.get(row["acronym"], ()))))
            else:
                entries.append(term_entry(row, pack=pack))
    return tuple(entries)


def entries_for_packs(packs: Iterable[str] | None) -> tuple[GlossaryEntry, ...]:
    """The shipped entries with these domain packs switched on (None: all of them)."""
    if packs is None:
        return shipped_entries()
    chosen = set(packs)
    return tuple(e for e in shipped_entries() if not e.pack or e.pack in chosen)


def _listed_separator() -> tuple[str, str]:
    """(a class of every character that is not a letter, digit or underscore in the blocks
    below, a class of every character outside those blocks)."""
    blocks = ((0x00, 0x24F), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x22FF),
              (0x2500, 0x25FF))  # Latin, punctuation, currency, arrows and maths, shapes
    runs: list[list[int]] = []  # consecutive listed characters, written as ranges
    for low, high in blocks:
        for c in range(low, high + 1):
            if chr(c).isalnum():
                continue
            if runs and runs[-1][1] == c - 1:
                runs[-1][1] = c
            else:
                runs.append([c, c])
    listed = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                     for a, b in runs)
    outside = "".join(f"{re.escape(chr(low))}-{re.escape(chr(high))}" for low, high in blocks)
    return f"[{listed}]", f"[^{outside}]"


_LISTED_SEPARATOR, _OUTSIDE = _listed_separator()
_OUTSIDE_LISTED_BLOCKS = re.compile(_OUTSIDE)


def _trie_pattern(words: Iterable[str]) -> str:
    """A regex matching any of `words` (lower case), longest first, built as a trie."""
    root: dict = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = True

    def emit(node: dict) -> str:
        end = "" in node
        alternatives = []
        for char in sorted(k for k in node if k):
            if char == " ":
                piece = r"\s+"
            elif char in "'’":
                piece = "['’]"
            elif char == "-":
                piece = "[-‐]"
            else:
                piece = re.escape(char)
            alternatives.append(piece + emit(node[char]))
        if not alternatives:
            return ""
        body = alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"
        if end:
            return body + "?" if len(alternatives) == 1 and len(body) == 1 else f"(?:{body})?"
        return body

    return emit(root)


def normalise_key(text: str) -> str:
    return " ".join(text.lower().replace("’", "'").replace("‐", "-").split())


class Glossary:
    """Compiled lookups for one set of entries. Build with load_default() or with_entries()."""

    def __init__(self, entries: Iterable[GlossaryEntry], packs: frozenset[str] | None = None):
        self.packs = packs  # the domain packs switched on (None: all)
        by_key: dict[tuple[str, str], GlossaryEntry] = {}
        for entry in entries:  # later entries (a trust's own) replace earlier ones
            group = "acronym" if entry.kind in ("acronym", "allow") else "term"
            if entry.kind in ("acronym", "allow") and not entry.term.isupper():
                group = "acronym"
            by_key[(group, entry.term if group == "acronym" else entry.term.lower())] = entry
        self.entries: tuple[GlossaryEntry, ...] = tuple(by_key.values())
        self.acronyms: dict[str, GlossaryEntry] = {}
        self.allowed: set[str] = set()
        self.terms: dict[str, tuple[GlossaryEntry, str]] = {}
        for entry in self.entries:
            if entry.kind == "allow":
                self.allowed.update({entry.term, entry.term.upper()})
                if " " in entry.term:  # a phrase a trust wants kept as written
                    kept = GlossaryEntry(term=entry.term, kind="name", explanation=entry.explanation)
                    self.terms[normalise_key(entry.term)] = (kept, "base")
            elif entry.kind == "acronym":
                self.acronyms[entry.term] = entry
                self.acronyms.setdefault(entry.term.upper(), entry)
        for entry in self.entries:  # names first so a term with the same spelling wins
            if entry.kind == "acronym" and entry.expansion.count(" ") >= 1:
                name = GlossaryEntry(term=entry.expansion, kind="name", explanation=entry.term)
                for form in surface_forms(entry.expansion, "n"):
                    self.terms.setdefault(form, (name, "base"))
        for entry in self.entries:
            if entry.kind in ("acronym", "allow", "name"):
                continue
            for form, tag in surface_forms(entry.term, entry.pos).items():
                if form in self.allowed or (form in self.terms and self.terms[form][0].kind != "name"
                                            and tag != "base"):
                    continue  # a base form beats another entry's inflected form
                self.terms[form] = (entry, tag)
        for allowed in self.allowed:
            if " " not in allowed:
                self.terms.pop(allowed.lower(), None)
        trie = _trie_pattern(self.terms)
        # Matched against lower-cased text: IGNORECASE makes the scan two to three times slower.
        # The fast pattern starts with the character before a term, from a class of listed
        # characters, which the regex engine skips to quickly; a look-behind, or a class such as
        # \W that needs a Unicode lookup, is tried at every character. It finds the same terms
        # when no term starts with punctuation (a trust's own term might) and the text has no
        # character outside the blocks the class was made from; otherwise the exact pattern runs.
        self._fast = all(form[:1].isalnum() for form in self.terms)
        self._trie = trie
        if self._fast:
            self._after_listed = re.compile(f"{_LISTED_SEPARATOR}({trie}){_WORD_EDGE_AFTER}")

    # Compiling a pattern of the whole word list takes tens of milliseconds, so these two are
    # compiled when first needed: a term at the very start of the text (a paper usually starts
    # with a # heading, a paragraph checked as you type with a word) and the exact pattern.
    @cached_property
    def _at_start(self) -> re.Pattern[str]:
        return re.compile(f"((?:{self._trie})){_WORD_EDGE_AFTER}")

    @cached_property
    def _after_any(self) -> re.Pattern[str]:
        return re.compile(f"{_WORD_EDGE_BEFORE}((?:{self._trie})){_WORD_EDGE_AFTER}")

    def find_terms(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, lower-case form) of every term in `text`, leftmost first."""
        from meetingkit.plain.mask import lower_same_length

        lower = lower_same_length(text)
        if self._fast and (lower.isascii() or not _OUTSIDE_LISTED_BLOCKS.search(lower)):
            first = self._at_start.match(lower) if lower[:1].isalnum() else None
            position = first.end() if first else 0
            found = self._after_listed.finditer(lower, position)
            matches = chain((first,), found) if first else found
        else:
            matches = self._after_any.finditer(lower)
        for m in matches:
            yield m.start(1), m.end(1), m.group(1)

    @classmethod
    def load_default(cls, packs: Iterable[str] | None = None) -> Glossary:
        """The shipped lists with these domain packs switched on (None: all of them), compiled
        once per process."""
        return _default_glossary(None if packs is None else frozenset(packs))

    def with_entries(self, extra: Iterable[GlossaryEntry]) -> Glossary:
        """This glossary with a trust's own entries added; they override shipped ones."""
        extra = tuple(extra)
        if not extra:
            return self
        return _glossary_for(self.entries, extra, self.packs)

    def lookup_term(self, text: str) -> tuple[GlossaryEntry, str] | None:
        return self.terms.get(normalise_key(text))

    def lookup_acronym(self, token: str) -> GlossaryEntry | None:
        return self.acronyms.get(token) or self.acronyms.get(token.upper())

    def is_allowed(self, token: str) -> bool:
        return token in self.allowed or token.upper() in self.allowed


@cache
def _default_glossary(packs: frozenset[str] | None) -> Glossary:
    return Glossary(entries_for_packs(packs), packs)


@lru_cache(maxsize=8)
def _glossary_for(base: tuple[GlossaryEntry, ...], extra: tuple[GlossaryEntry, ...],
                  packs: frozenset[str] | None) -> Glossary:
    return Glossary(base + extra, packs)


def resolve(glossary: Glossary | Iterable[GlossaryEntry] | None) -> Glossary:
    """Accept None (shipped lists), a Glossary, or a trust's entries to add to the shipped ones."""
    if glossary is None:
        return Glossary.load_default()
    if isinstance(glossary, Glossary):
        return glossary
    return Glossary.load_default().with_entries(glossary)
