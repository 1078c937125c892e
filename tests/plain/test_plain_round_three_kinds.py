"""Kinds of miss, false alarm and wrong change found on real NHS papers in the third round of
issue 16, each reproduced in text of our own."""

from __future__ import annotations

import pytest

from meetingkit.plain import check, rewrite


def _acronym_rules(text: str, token: str) -> list[str]:
    return [f.rule for f in check(text).findings if f.category == "acronym" and f.text == token]


@pytest.mark.parametrize("text", [
    # explained after a word or two, not straight after the short form
    "In May the wards began to use CP-IS on the new record (Child Protection Information Sharing). "
    "Staff now use CP-IS daily.",
    # the usual order, with a hyphen in the short form
    "The wards use Child Protection Information Sharing (CP-IS). Staff now use CP-IS daily.",
])
def test_a_hyphenated_acronym_explained_in_the_paper_is_explained(text):
    assert set(_acronym_rules(text, "CP")) == {"acronym-defined"}
    assert set(_acronym_rules(text, "IS")) == {"acronym-defined"}


def test_an_acronym_with_a_bracketed_part_is_explained_by_its_long_form():
    text = ("We host the Joint Hospital Group North East (JHG(NE)) in the city. "
            "The JHG(NE) meets monthly.")
    assert set(_acronym_rules(text, "JHG")) == {"acronym-defined"}
    assert set(_acronym_rules(text, "NE")) == {"acronym-defined"}
    assert "(JHG(NE))" in rewrite(text).text


def test_a_bracket_a_few_words_on_explains_only_a_short_form_its_words_spell():
    text = "We told the ICB on Monday (in the board room). The ICB agreed."
    assert "acronym-defined" not in _acronym_rules(text, "ICB")
    text = "We told the ICB on Monday (Integrated Care Board). The ICB agreed."
    assert set(_acronym_rules(text, "ICB")) == {"acronym-defined"}


def test_an_explanation_inside_a_wider_bracket_still_counts():
    text = "Partners (such as the integrated care board (ICB)) met. The ICB agreed."
    assert set(_acronym_rules(text, "ICB")) == {"acronym-defined"}


def test_no_term_is_listed_twice_with_different_tiers():
    """A later list replaced an earlier row for the same words, so 'direction of travel' was a
    barrier or a simpler word depending on which packs were on."""
    from meetingkit.plain.glossary import TERM_FILES, read_csv_rows
    from meetingkit.plain.packs import PACKS
    from meetingkit.resources import read_text

    tiers: dict[str, set[str]] = {}
    files = [("plain", name) for name in TERM_FILES] + [("plain", "packs", f"{p}.csv") for p in PACKS]
    for parts in files:
        for row in read_csv_rows(read_text(*parts)):
            if row.get("term"):
                tiers.setdefault(row["term"].lower(), set()).add(row.get("tier", ""))
    assert not {term: found for term, found in tiers.items() if len(found) > 1}
