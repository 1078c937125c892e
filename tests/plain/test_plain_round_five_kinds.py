"""Kinds of wrong change and miss met on a fifth, blind set of real NHS papers (issue 16, round
five), each in sentences of our own: a swap that needs a different preposition after it, a fixed
committee phrase cut in two, and the written-out name of a measure or safeguard let through as if
it were a name everyone knows."""

from __future__ import annotations

import pytest

from meetingkit.plain import Glossary, check, rewrite
from meetingkit.plain.contexts import allowed_here
from meetingkit.plain.glossary import long_form_heads, shipped_entries


def _made(text: str) -> str:
    return rewrite(text).text


def _suggested(text: str) -> set[str]:
    return {c.original for c in rewrite(text).suggestions}


@pytest.mark.parametrize("text", [
    "The new guidance will be disseminated to every ward by Friday.",
    "The team will disseminate the findings of the review to all wards.",
])
def test_disseminate_to_is_not_made_share_to(text):
    made = _made(text)
    assert "shared to" not in made and "share the findings of the review to" not in made
    assert "dissemin" in made
    assert any(original.lower().startswith("dissemin") for original in _suggested(text))


def test_disseminate_without_to_is_still_made_share():
    assert _made("We are finding and disseminating learning from each review.") == (
        "We are finding and sharing learning from each review.")


def test_notified_to_is_not_made_told_to():
    made = _made("Of the complaints notified to us last year, most were about waiting times.")
    assert "told to us" not in made and "notified to us" in made
    assert _made("Please notify the ward manager at once.") == "Please tell the ward manager at once."


def test_undertaking_duties_becomes_carrying_them_out():
    assert _made("All those undertaking the duties under the Act must be trained.") == (
        "All those carrying out the duties under the Act must be trained.")
    assert _made("Checks were undertaken by the pharmacy team.") == (
        "Checks were carried out by the pharmacy team.")


@pytest.mark.parametrize("heading", [
    "## 4 Matters arising from the minutes",
    "## 4 Matters arising from the last meeting",
    "## 4 Matters arising",
])
def test_matters_arising_becomes_one_plain_heading(heading):
    assert _made(heading + "\n\nNone this month.\n") == (
        "## 4 Updates from the last meeting\n\nNone this month.\n")


def test_every_rule_in_the_shipped_lists_is_one_the_engine_knows():
    """An unknown rule name (a typo in a list) would quietly make a swap a suggestion only."""
    known = {"next", "not-next", "prev", "not-prev", "not-start", "not-later", "alone"}
    text = "We disseminate the notes."
    for entry in shipped_entries():
        auto = entry.auto.strip().lower()
        if auto in ("", "yes", "no"):
            continue
        names = {part.partition(":")[0].strip() for part in auto.split(";")}
        assert names <= known, (entry.term, auto)
    assert not allowed_here("not-later:to;made-up-rule", text, 3, 14, False)


@pytest.mark.parametrize(("text", "name", "short"), [
    ("The Summary Hospital-level Mortality Indicator rose again this quarter.",
     "Summary Hospital-level Mortality Indicator", "SHMI"),
    ("GP practices are paid in part through the Quality and Outcomes Framework (QOF).",
     "Quality and Outcomes Framework", "QOF"),
    ("Every patient is weighed and scored with the Malnutrition Universal Screening Tool on "
     "admission.", "Malnutrition Universal Screening Tool", "MUST"),
])
def test_a_written_out_name_of_a_measure_or_safeguard_is_a_barrier(text, name, short):
    found = [f for f in check(text).findings if f.text == name]
    assert [f.tier for f in found] == ["barrier"]
    # explained as its acronym is
    assert Glossary.load_default().lookup_acronym(short).explanation in found[0].message


@pytest.mark.parametrize("text", [
    "The Medical Director and the Chief Executive met the Care Quality Commission in May.",
    "The Director of Nursing spoke to the local authority about it.",
])
def test_a_written_out_job_title_or_organisation_stays_a_name(text):
    assert not [f for f in check(text).findings if f.tier == "barrier"]


def test_the_long_form_heads_are_data_a_trust_can_read():
    assert {"indicator", "safeguards", "review", "score"} <= long_form_heads()
    assert not {"director", "commission", "trust", "executive"} & long_form_heads()
