"""The word lists are compiled at every start, so their compile takes shortcuts; each must give
exactly what the plain way gives."""

from __future__ import annotations

import csv
import io
from dataclasses import fields

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.plain.glossary import read_csv_rows
from meetingkit.plain.matcher import _fold_all, fold
from meetingkit.plain.model import GlossaryEntry, new_entry
from meetingkit.plain.morph import _match_verb_forms, plural, surface_forms


def _dict_reader_rows(text: str) -> list[dict[str, str]]:
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return [{k: (v or "").strip() for k, v in row.items() if k is not None}
            for row in csv.DictReader(io.StringIO(body))]


_CELL = st.text(alphabet=st.sampled_from(list("ab ,\"\n#|-é\t")), max_size=6)


@given(st.lists(st.lists(_CELL, max_size=5), max_size=6))
def test_csv_rows_are_read_as_dict_reader_reads_them(table):
    buffer = io.StringIO()
    csv.writer(buffer).writerows(table)
    text = "# a comment\n" + buffer.getvalue()
    assert read_csv_rows(text) == _dict_reader_rows(text)


def test_csv_rows_short_long_and_blank():
    text = "# comment\nterm,kind,pos\n\nutilise,complex\nx, jargon ,n,extra\n"
    assert read_csv_rows(text) == _dict_reader_rows(text) == [
        {"term": "utilise", "kind": "complex", "pos": ""},
        {"term": "x", "kind": "jargon", "pos": "n"}]


def test_a_quick_entry_is_the_same_entry():
    values = {"plain": ("use",), "explanation": "why", "pos": "v", "tier": "simpler",
              "as_written": True, "senses": (("a", "b", ("c",)),)}
    quick, made = new_entry("utilise", "complex", **values), GlossaryEntry("utilise", "complex", **values)
    assert quick == made and hash(quick) == hash(made) and repr(quick) == repr(made)
    assert list(vars(quick)) == [f.name for f in fields(GlossaryEntry)]


@given(st.lists(st.text(alphabet=st.sampled_from(list("aZ İ’‑\n\x00Σς-é")), max_size=8), max_size=8))
def test_forms_are_folded_together_as_one_by_one(forms):
    assert _fold_all(forms) == [fold(form) for form in forms]


def _plain_surface_forms(term: str, pos: str) -> dict[str, str]:
    """surface_forms as it was first written: split, join, every spelling tried."""
    words = term.lower().split(" ")
    out: dict[str, str] = {}
    if pos == "v":
        for head, tag in _match_verb_forms(words[0]).items():
            out[" ".join([head, *words[1:]])] = tag
    elif pos == "n":
        out[" ".join(words)] = "base"
        out[" ".join([*words[:-1], plural(words[-1])])] = "pl"
    else:
        out[" ".join(words)] = "base"
    result: dict[str, str] = {}
    for form, tag in out.items():
        variants = {form}
        for a, b in (("isation", "ization"), ("ise", "ize"), ("ising", "izing"), ("our", "or"),
                     ("ae", "e"), ("oe", "e"), ("tre", "ter"), ("ogue", "og"), ("lled", "led"),
                     ("lling", "ling")):
            for word in list(variants):
                if a in word:
                    variants.add(word.replace(a, b))
        if form.startswith("oe"):
            variants.add("e" + form[2:])
        for variant in sorted(variants):
            result.setdefault(variant, tag)
            if "-" in variant:
                result.setdefault(variant.replace("-", ""), tag)
                result.setdefault(variant.replace("-", " "), tag)
    return result


@given(st.text(alphabet=st.sampled_from(list("isourael-gtdncxhy \n")), max_size=14),
       st.sampled_from(["v", "n", "a", ""]))
def test_surface_forms_are_the_plain_ones(term, pos):
    assert surface_forms(term, pos) == _plain_surface_forms(term, pos)


def test_surface_forms_of_every_shipped_entry():
    from meetingkit.plain.glossary import shipped_entries

    for entry in shipped_entries():
        for term, pos in ((entry.term, entry.pos), (entry.expansion, "n")):
            assert surface_forms(term, pos) == _plain_surface_forms(term, pos), term
