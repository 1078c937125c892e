"""The word lists as data, a trust's own glossary, CSV import/export and 'words used'."""

from __future__ import annotations

import csv
import io

import pytest

from meetingkit.errors import ImportRefused
from meetingkit.plain import (
    Glossary,
    GlossaryEntry,
    apply_changes,
    check,
    plan_changes,
    rewrite,
    words_used,
)
from meetingkit.plain.glossary import TERM_FILES, read_csv_rows, shipped_entries
from meetingkit.plain.glossary_csv import (
    export_glossary_csv,
    glossary_to_csv,
    import_glossary_csv,
    parse_glossary_csv,
)
from meetingkit.resources import read_text, resource_path

KNOWN_SOURCES = {"meetingkit", "nhs-content-guide", "nhs-a-to-z", "govuk-words-to-avoid",
                 "govuk-style", "plainlanguage-gov"}


@pytest.mark.parametrize("name", [*TERM_FILES, "acronyms.csv", "allow_list.csv", "nominalisations.csv"])
def test_each_list_is_commented_utf8_csv_with_a_source_for_every_row(name):
    raw = resource_path("plain", name).read_bytes()
    text = raw.decode("utf-8")
    assert text.startswith("#")  # a comment block saying where entries came from
    rows = read_csv_rows(text)
    assert rows
    for row in rows:
        assert row["source"] in KNOWN_SOURCES, row
        assert None not in row.values()


def test_sources_note_exists_and_names_the_licences():
    note = read_text("plain", "SOURCES.md")
    assert "Open Government Licence" in note and "public domain" in note
    assert "Plain English Campaign" in note  # says it was not used


def test_lists_are_big_enough_to_matter():
    entries = shipped_entries()
    kinds = [e.kind for e in entries]
    assert kinds.count("acronym") >= 200
    assert sum(k in ("jargon", "complex", "phrase", "policy") for k in kinds) >= 300
    assert kinds.count("clinical") >= 100
    assert len(entries) >= 800
    acronyms = {e.term for e in entries if e.kind == "acronym"}
    for must in ["PSIRF", "PSIRP", "PSII", "AAR", "SWARM", "MDT", "LFPSE", "SJR", "HSSIB", "CQC",
                 "ICB", "ICS", "PALS", "FTSU", "QI", "RCA", "SI", "PSP", "DNA", "NRLS", "StEIS",
                 "NatPSA", "MHRA", "NICE", "CEO"]:
        assert must in acronyms, must


def test_no_duplicate_terms_within_a_list():
    for name in TERM_FILES:
        terms = [row["term"].lower() for row in read_csv_rows(read_text("plain", name))]
        assert len(terms) == len(set(terms)), name


def test_every_rewrite_alternative_is_itself_plain():
    """Otherwise rewriting twice would change more: the alternatives must not be flagged."""
    glossary = Glossary.load_default()
    for entry in glossary.entries:
        if entry.kind in ("acronym", "allow", "name") or not entry.rewrite or not entry.plain:
            continue
        sentence = f"We saw {entry.plain[0]} today."
        assert rewrite(sentence, glossary).changes == [], entry.term


def test_trust_entries_override_and_extend_the_shipped_lists():
    trust = [
        GlossaryEntry("QSG", "acronym", expansion="Quality and Safety Group"),
        GlossaryEntry("robust", "allow"),
        GlossaryEntry("ICB", "acronym", expansion="Integrated Care Board", plain=("local NHS board",)),
        GlossaryEntry("huddle board", "jargon", plain=("safety whiteboard",)),
    ]
    text = "The QSG has a robust huddle board. The ICB met."
    report = check(text, glossary=trust)
    found = {f.text: f for f in report.findings}
    assert found["QSG"].rule == "acronym-undefined"
    assert "robust" not in found
    assert found["huddle board"].suggestions == ("safety whiteboard",)
    changes = plan_changes(text, trust, keep_reading_age=False)
    assert apply_changes(text, [c for c in changes if c.automatic]) == (
        "The Quality and Safety Group (QSG) has a robust safety whiteboard. The Integrated Care "
        "Board (ICB) met.")
    # the shipped glossary is untouched
    assert "robust" in {f.text for f in check(text).findings}


def test_default_glossary_is_cached():
    assert Glossary.load_default() is Glossary.load_default()


def test_csv_round_trip(tmp_path):
    entries = [GlossaryEntry("QSG", "acronym", expansion="Quality and Safety Group",
                             explanation="our safety group", source="trust"),
               GlossaryEntry("huddle board", "jargon", plain=("whiteboard", "board"), source="trust")]
    path = tmp_path / "trust.csv"
    export_glossary_csv(entries, path)
    assert import_glossary_csv(path) == entries


@pytest.mark.parametrize("data, reason", [
    (b"\xff\xfe\x00bad", "UTF-8"),
    (b"word,meaning\nQSG,group\n", "header"),
    (b"term,kind,colour\nQSG,acronym,red\n", "unknown columns"),
    (b"term,kind\nQSG,gibberish\n", "unknown kind"),
    (b"term,kind\n,acronym\n", "no term"),
    (b"term,kind\nQSG,acronym,extra\n", "too many"),
    (b"", "header"),
])
def test_bad_csv_is_refused_with_a_reason(data, reason):
    with pytest.raises(ImportRefused, match=reason):
        parse_glossary_csv(data)


def test_csv_over_5_mb_is_refused(tmp_path):
    path = tmp_path / "big.csv"
    path.write_bytes(b"term,kind\n" + b"x,jargon\n" * 700_000)
    with pytest.raises(ImportRefused, match="5 MB"):
        import_glossary_csv(path)


def test_csv_export_has_the_header():
    rows = list(csv.reader(io.StringIO(glossary_to_csv([]))))
    assert rows == [["term", "kind", "expansion", "plain", "explanation", "other_meanings"]]


def test_words_used_lists_hard_words_once_with_meanings():
    used = words_used("The Board Assurance Framework (BAF) and the ICB. The ICB will utilise it "
                      "and utilised it. A deep dive.")
    by_term = {u.term: u for u in used}
    assert set(by_term) == {"BAF", "ICB", "utilise", "deep dive"}
    assert by_term["BAF"].meaning == "Board Assurance Framework"
    assert by_term["ICB"].meaning.startswith("integrated care board")
    assert "use" in by_term["utilise"].meaning
    assert [u.term for u in used] == sorted(by_term, key=str.lower)


def test_a_trust_term_that_starts_with_punctuation_is_found_with_the_shipped_ones():
    # Such a term needs the slower pattern (a look-behind at every character); both must agree.
    entries = [GlossaryEntry("#teamhuddle", "jargon", plain=("short team meeting",))]
    text = "#teamhuddle first, then utilise the board going forward. Not ab#teamhuddle."
    with_trust = check(text, entries)
    shipped = check(text)
    assert [f.text for f in with_trust.findings if f.category == "jargon"] == [
        "#teamhuddle", "utilise", "going forward"]
    assert [f.text for f in shipped.findings if f.category == "jargon"] == ["utilise", "going forward"]
