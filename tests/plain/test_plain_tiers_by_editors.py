"""Tiers set by what careful editors marked on 71 real NHS papers (four labellings, issue 16):
terms they marked as barriers far more often than not are barriers, and terms they almost never
marked are shown with the simpler words, so they do not crowd out what a reader may not know.
Sentences are our own."""

from __future__ import annotations

import pytest

from meetingkit.plain import check


def _tier_of(text: str, term: str) -> str:
    tiers = {f.tier for f in check(text).findings if f.text.lower() == term}
    assert len(tiers) == 1, (term, tiers)
    return tiers.pop()


@pytest.mark.parametrize("text, term", [
    ("A case review was held after the child was harmed.", "case review"),
    ("The board will ratify the new plan next month.", "ratify"),
    ("We want a collaborative plan with the council.", "collaborative"),
])
def test_terms_editors_mark_as_barriers_are_barriers(text, term):
    assert _tier_of(text, term) == "barrier"


@pytest.mark.parametrize("text, term", [
    ("A clinician will call you the next day.", "clinician"),
    ("Staff used restraint twice on the ward this month.", "restraint"),
    ("Each safety action has an owner and a date.", "safety action"),
])
def test_terms_editors_rarely_mark_are_simpler_words(text, term):
    assert _tier_of(text, term) == "simpler"
