"""A committee's glossary rows reach the checker in the engine's shape, survive a CSV round
trip, and 'always allow' picks the word that makes the finding go away."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.model import GlossaryTerm
from meetingkit.plain import check
from meetingkit.plain.glossary_csv import glossary_to_csv, parse_glossary_csv
from meetingkit.plain.trust import allow_term, store_values, to_entries, to_entry

_words = st.text(alphabet=st.sampled_from("abc XYZ-"), min_size=1, max_size=12).map(
    lambda s: " ".join(s.split())).filter(bool)
_texts = st.text(alphabet=st.sampled_from("abc ,.'"), max_size=20).map(str.strip)
_plain = st.lists(_words, max_size=3).map(lambda parts: "|".join(parts))


@given(st.sampled_from(["acronym", "jargon", "allow"]), _words, _texts, _plain, _texts)
def test_store_rows_survive_the_trip_through_csv(kind, term, meaning, plain, note):
    row = GlossaryTerm(id=1, term=term, meaning=meaning, plain=plain, kind=kind, note=note)
    csv_text = glossary_to_csv(to_entries([row], for_export=True))
    (back,) = parse_glossary_csv(csv_text.encode("utf-8"))
    values = store_values(back)
    assert values["term"] == term and values["kind"] == kind
    if kind == "allow":
        assert values["note"] == note
    else:
        assert values["plain"] == "|".join(p.strip() for p in plain.split("|") if p.strip())
        assert values["meaning"] == meaning
        if kind == "acronym":
            assert values["note"] == note


def test_the_checker_uses_the_committees_own_words():
    text = "The QSG met. We will greenlight the plan."
    before = {f.text for f in check(text).findings}
    assert "greenlight" not in before
    rows = [GlossaryTerm(1, "QSG", "Quality and Safety Group", kind="acronym"),
            GlossaryTerm(2, "greenlight", "Management jargon.", "agree to", kind="jargon")]
    findings = check(text, to_entries(rows)).findings
    qsg = next(f for f in findings if f.text == "QSG")
    assert "Quality and Safety Group (QSG)" in qsg.suggestions
    own = next(f for f in findings if f.text == "greenlight")
    assert own.suggestions == ("agree to",)


def test_allowing_a_word_removes_its_finding():
    text = "Stakeholders met. The AARs were done. AARs help."
    for surface in ("Stakeholders", "AARs"):
        finding = next(f for f in check(text).findings if f.text == surface)
        allowed = GlossaryTerm(1, allow_term(finding), "", kind="allow")
        assert surface not in {f.text for f in check(text, [to_entry(allowed)]).findings}
