"""A glossary exported as CSV (cells protected from running as spreadsheet formulas) imports back
unchanged: the apostrophe the writer puts before = + - @, a tab, a carriage return or an
apostrophe is taken off again."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.export.glossary_csv import export_glossary_csv
from meetingkit.plain import GlossaryEntry
from meetingkit.plain.glossary_csv import (
    _KINDS,
    glossary_to_csv,
    import_glossary_csv,
    parse_glossary_csv,
    protect_cell,
    unprotect_cell,
)

# Text the import keeps as it is: no surrounding spaces (the import trims them) and no NUL
# (refused as not text); with formula characters and apostrophes likely at the start.
_START = st.sampled_from(["=", "+", "-", "@", "'", "''", "'=", "\t", "\r", "", "", ""])
_BODY = st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
                max_size=30)
_TEXT = st.builds(lambda a, b: a + b, _START, _BODY).map(str.strip).filter(
    lambda t: len(t) <= 1000)
_PLAIN = st.lists(_TEXT.map(lambda t: t.replace("|", " ").strip()).filter(bool), max_size=3)
_ENTRY = st.builds(
    lambda term, kind, expansion, plain, explanation, other: GlossaryEntry(
        term=term, kind=kind, expansion=expansion, plain=tuple(plain), explanation=explanation,
        other_meanings=other, source="trust"),
    _TEXT.filter(bool), st.sampled_from(sorted(_KINDS)), _TEXT, _PLAIN, _TEXT, _TEXT)


def _fields(entry: GlossaryEntry) -> tuple:
    return (entry.term, entry.kind, entry.expansion, entry.plain, entry.explanation,
            entry.other_meanings)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ENTRY, min_size=1, max_size=5))
def test_an_exported_glossary_imports_back_unchanged(entries):
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "glossary.csv")
        export_glossary_csv(entries, path, allow_patient_details=True)
        assert [_fields(e) for e in import_glossary_csv(path)] == [_fields(e) for e in entries]
    # the engine's own writer gives the same cells
    assert [_fields(e) for e in parse_glossary_csv(glossary_to_csv(entries).encode())] == \
        [_fields(e) for e in entries]


@given(_TEXT)
def test_protecting_a_cell_is_undone_exactly(text):
    assert unprotect_cell(protect_cell(text)) == text
    assert not protect_cell(text).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_a_formula_like_term_is_written_as_text_and_read_back():
    entries = [GlossaryEntry(term="-ectomy", kind="clinical", plain=("=removal",),
                             explanation="'surgical removal'")]
    text = glossary_to_csv(entries)
    assert "'-ectomy" in text and "'=removal" in text and "''surgical removal'" in text
    (back,) = parse_glossary_csv(text.encode())
    assert (back.term, back.plain, back.explanation) == ("-ectomy", ("=removal",),
                                                         "'surgical removal'")


def test_a_hand_made_csv_with_apostrophes_is_read_as_written():
    data = b"term,kind,explanation\n'PSIRF,acronym,'the new framework'\n"
    (entry,) = parse_glossary_csv(data)
    assert (entry.term, entry.explanation) == ("'PSIRF", "'the new framework'")
