"""The glossary: shipped word lists plus a trust's own terms, compiled once into fast lookups.

All single words and phrases (with their inflections and spellings) go into one Aho-Corasick
automaton (matcher.py), so a paper is scanned in one pass whatever the size of the lists."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import fields
from functools import cache, lru_cache
from pathlib import Path

from meetingkit.plain import compiled_cache
from meetingkit.plain.collector import collector_paused
from meetingkit.plain.matcher import TermMatcher
from meetingkit.plain.model import GlossaryEntry, new_entry
from meetingkit.plain.morph import surface_forms
from meetingkit.plain.packs import PACKS
from meetingkit.resources import read_text, resource_path

TERM_FILES = ("jargon.csv", "clinical.csv", "committee.csv", "person_first.csv", "latin.csv", "nhs_terms.csv")
ACRONYM_FILE = "acronyms.csv"
SENSES_FILE = "acronym_senses.csv"
ALLOW_FILE = "allow_list.csv"
HEADS_FILE = "long_form_heads.csv"  # long forms ending in these words are jargon, not names
PACKS_FOLDER = "packs"  # resources/plain/packs/<pack>.csv: term entries of one domain pack


def read_csv_rows(text: str) -> list[dict[str, str]]:
    """Rows of a CSV whose leading lines starting with # are comments, as csv.DictReader reads
    them (blank lines skipped, missing cells empty, cells past the header's dropped), each cell
    stripped. Made with csv.reader and zip, several times faster than DictReader's rows."""
    lines = text.splitlines()
    body = "\n".join(line for line in lines if not line.startswith("#"))
    reader = csv.reader(io.StringIO(body))
    header = next(reader, None)
    if header is None:
        return []
    width = len(header)
    strip = str.strip
    rows = []
    for row in reader:
        if not row:
            continue
        if len(row) < width:
            row += [""] * (width - len(row))
        rows.append(dict(zip(header, map(strip, row), strict=False)))  # cells past the header dropped
    return rows


def _split(value: str) -> tuple[str, ...]:
    if "|" not in value:  # most cells hold one value or none
        value = value.strip()
        return (value,) if value else ()
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
    licence, and optionally match: "as-written" for a name that is also an everyday word) as an
    entry."""
    auto = row.get("auto") or ("no" if row.get("rewrite", "yes") == "no" else "yes")
    reason = row.get("reason", "") or (
        "A plainer word is easier to read." if row.get("tier") == "simpler"
        else "Many readers will not know this; say it in everyday words or explain it.")
    return new_entry(
        row["term"], kind or row.get("kind") or "jargon",
        plain=_split(row.get("alternatives", "")), explanation=reason,
        pos=row.get("pos", ""), rewrite=auto != "no", source=row.get("source", ""),
        tier=row.get("tier", ""), auto=auto, licence=row.get("licence", ""),
        pack=row.get("pack") or pack, as_written=row.get("match") == "as-written")


def list_files() -> list[Path]:
    """Every file shipped_entries() reads."""
    names = [(ACRONYM_FILE,), (SENSES_FILE,), (ALLOW_FILE,), (HEADS_FILE,),
             *((name,) for name in TERM_FILES),
             *((PACKS_FOLDER, f"{pack}.csv") for pack in PACKS)]
    return [resource_path("plain", *parts) for parts in names]


@cache
def shipped_entries() -> tuple[GlossaryEntry, ...]:
    """Every shipped entry, domain packs included (each says its pack)."""
    entries: list[GlossaryEntry] = []
    senses = _senses()
    for row in read_csv_rows(read_text("plain", ACRONYM_FILE)):
        meanings = senses.get(row["acronym"], ())
        entries.append(new_entry(
            row["acronym"], "acronym", plain=_split(row["plain"]),
            explanation=row["explanation"], expansion=row["expansion"],
            other_meanings=row["other_meanings"], source=row["source"],
            licence=row.get("licence", ""), pack=row.get("pack", ""), senses=tuple(meanings),
        ))
    for row in read_csv_rows(read_text("plain", ALLOW_FILE)):
        entries.append(new_entry(row["term"], "allow", explanation=row["note"],
                                 source=row["source"], licence=row.get("licence", "")))
    for name in TERM_FILES:
        for row in read_csv_rows(read_text("plain", name)):
            entries.append(term_entry(row, "latin" if name == "latin.csv" else ""))
    for pack in PACKS:
        for row in read_csv_rows(read_text("plain", PACKS_FOLDER, f"{pack}.csv")):
            if row.get("acronym"):
                entries.append(new_entry(
                    row["acronym"], "acronym", plain=_split(row.get("plain", "")),
                    explanation=row.get("explanation", ""), expansion=row.get("expansion", ""),
                    source=row.get("source", ""), licence=row.get("licence", ""), pack=pack,
                    senses=tuple(senses.get(row["acronym"], ()))))
            else:
                entries.append(term_entry(row, pack=pack))
    return tuple(entries)


@cache
def long_form_heads() -> frozenset[str]:
    return frozenset(row["head"].lower() for row in read_csv_rows(read_text("plain", HEADS_FILE))
                     if row.get("head"))


def _long_form(acronym: GlossaryEntry, heads: frozenset[str]) -> GlossaryEntry:
    """An acronym's written-out name as an entry: a name kept whole and never flagged, unless
    it is the name of a measure, tool, scheme or safeguard (its last word is one of `heads`)
    that a lay reader cannot work out from the words, then a barrier explained as the acronym
    is."""
    last = acronym.expansion.rsplit(" ", 1)[-1].lower()
    if last not in heads or not acronym.explanation:
        return new_entry(acronym.expansion, "name", explanation=acronym.term)
    return new_entry(
        acronym.expansion, "jargon", tier="barrier", rewrite=False, auto="no",
        plain=acronym.plain, source=acronym.source, licence=acronym.licence, pack=acronym.pack,
        explanation=f"A name many readers will not know: it is {acronym.explanation.rstrip('.')}. "
                    "Say what it is the first time.")


def entries_for_packs(packs: Iterable[str] | None) -> tuple[GlossaryEntry, ...]:
    """The shipped entries with these domain packs switched on (None: all of them)."""
    if packs is None:
        return shipped_entries()
    chosen = set(packs)
    return tuple(e for e in shipped_entries() if not e.pack or e.pack in chosen)


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
        heads = long_form_heads()
        for entry in self.entries:  # names first so a term with the same spelling wins
            if entry.kind == "acronym" and entry.expansion.count(" ") >= 1:
                name = _long_form(entry, heads)
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
        self.matcher = TermMatcher(self.terms)
        self.cache_key: str | None = None  # the name of its kept copy (compiled_cache), if any

    def tables(self) -> dict:
        """Everything compiled, as plain data for compiled_cache: each entry once, as a tuple
        of its fields, and every lookup holding entries by number."""
        numbers: dict[int, int] = {}
        rows: list[tuple] = []

        def number(entry: GlossaryEntry) -> int:
            found = numbers.get(id(entry))
            if found is None:
                found = numbers[id(entry)] = len(rows)
                rows.append(tuple(getattr(entry, name) for name in _FIELDS))
            return found

        return {"entries": [number(e) for e in self.entries],
                "acronyms": {key: number(e) for key, e in self.acronyms.items()},
                "allowed": sorted(self.allowed),
                "terms": {form: (number(e), tag) for form, (e, tag) in self.terms.items()},
                "forms": {form: (number(e), tag) for form, (e, tag) in self.matcher.forms.items()},
                "rows": rows}

    @classmethod
    def from_tables(cls, tables: dict, packs: frozenset[str] | None, key: str) -> Glossary:
        """The glossary tables() was made from, built again without compiling anything."""
        made = []
        for row in tables["rows"]:
            entry = object.__new__(GlossaryEntry)
            entry.__dict__.update(zip(_FIELDS, row, strict=True))
            made.append(entry)
        glossary = object.__new__(cls)
        glossary.packs = packs
        glossary.entries = tuple(made[n] for n in tables["entries"])
        glossary.acronyms = {key: made[n] for key, n in tables["acronyms"].items()}
        glossary.allowed = set(tables["allowed"])
        glossary.terms = {form: (made[n], tag) for form, (n, tag) in tables["terms"].items()}
        glossary.matcher = TermMatcher.from_forms(
            {form: (made[n], tag) for form, (n, tag) in tables["forms"].items()})
        glossary.cache_key = key
        return glossary

    def find_terms(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, lower-case form) of every term in `text`, leftmost first."""
        return self.matcher.find(text)

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
        return _glossary_for(self, extra)

    def lookup_term(self, text: str) -> tuple[GlossaryEntry, str] | None:
        return self.terms.get(normalise_key(text))

    def lookup_acronym(self, token: str) -> GlossaryEntry | None:
        return self.acronyms.get(token) or self.acronyms.get(token.upper())

    def is_allowed(self, token: str) -> bool:
        return token in self.allowed or token.upper() in self.allowed


_FIELDS = tuple(f.name for f in fields(GlossaryEntry))


@cache
def _default_glossary(packs: frozenset[str] | None) -> Glossary:
    """The shipped lists compiled, once per process, from the copy kept by an earlier run
    when their files and the engine are unchanged."""
    try:
        key = compiled_cache.key_for(list_files(), "shipped", repr(sorted(packs or ("(all)",))))
    except OSError:
        key = None  # a list cannot be read: reading the lists below says so
    return _compiled(key, packs, lambda: entries_for_packs(packs))


def _compiled(key: str | None, packs: frozenset[str] | None, entries) -> Glossary:
    with collector_paused():  # thousands of objects that all live on: nothing to collect
        if key is not None:
            kept = compiled_cache.load(key, lambda tables: Glossary.from_tables(tables, packs, key))
            if kept is not None:
                return kept
        glossary = Glossary(entries(), packs)
        if key is not None:
            compiled_cache.save(key, glossary.tables())
            glossary.cache_key = key
        return glossary


@lru_cache(maxsize=8)
def _glossary_for(base: Glossary, extra: tuple[GlossaryEntry, ...]) -> Glossary:
    """Keyed by the base glossary itself (the shipped lists' one is made once per process), not
    its entries: hashing thousands of entries at every call took longer than the check."""
    key = None if base.cache_key is None else compiled_cache.derived_key(base.cache_key, repr(extra))
    return _compiled(key, base.packs, lambda: base.entries + extra)


def resolve(glossary: Glossary | Iterable[GlossaryEntry] | None) -> Glossary:
    """Accept None (shipped lists), a Glossary, or a trust's entries to add to the shipped ones."""
    if glossary is None:
        return Glossary.load_default()
    if isinstance(glossary, Glossary):
        return glossary
    return Glossary.load_default().with_entries(glossary)
