"""Involvement claims: hours to half days and days, mileage, totals, and the Word hand-over."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from meetingkit.errors import MeetingKitError
from meetingkit.involvement import (
    Rates,
    TimeBand,
    claim_for,
    hours_words,
    mileage_pence,
    money,
    pence_from_text,
    per_mile,
    time_band,
    word_claim,
)

RATES = Rates(day_pence=15000, half_day_pence=7500, mileage_pence=45, is_set=True)


@pytest.mark.parametrize(("hours", "band"), [
    (0, TimeBand(0, 0)), (0.25, TimeBand(0, 1)), (4, TimeBand(0, 1)), (4.01, TimeBand(1, 0)),
    (8, TimeBand(1, 0)), (9, TimeBand(1, 1)), (12, TimeBand(1, 1)), (12.5, TimeBand(2, 0)),
    (16, TimeBand(2, 0)),
])
def test_hours_become_half_days_and_days(hours, band):
    assert time_band(hours) == band


def test_a_committee_can_set_its_own_half_day():
    assert time_band(3.5, half_day_hours=3) == TimeBand(1, 0)
    assert time_band(3, half_day_hours=3) == TimeBand(0, 1)


@given(st.integers(min_value=0, max_value=48 * 60))
def test_more_time_is_never_paid_less(minutes):
    now = time_band(minutes / 60).pence(RATES)
    later = time_band((minutes + 1) / 60).pence(RATES)
    assert later >= now
    # and never more than a half day's pay above the time actually given, pro rata
    assert now <= RATES.half_day_pence * (minutes // 240 + 1)


def test_money_in_words_and_back():
    assert money(45) == "£0.45" and per_mile(45) == "45p" and money(0) == "£0.00"
    assert money(7500) == "£75.00"
    assert money(123456) == "£1,234.56"
    assert pence_from_text("£12.50") == 1250
    assert pence_from_text(" 3.2 ") == 320
    assert pence_from_text("") == 0
    for bad in ("twelve", "-1", "nan"):
        with pytest.raises(ValueError):
            pence_from_text(bad)
    assert mileage_pence(12.5, 45) == 563  # 562.5p rounds half up
    assert hours_words(1) == "1 hour" and hours_words(2.5) == "2.5 hours"


def _partner_with_two_meetings(store):
    committee = store.committees.create("PSG")
    sam = store.people.create("Sam Okafor", "partner")
    march = store.meetings.create(committee, "PSG March", "2026-03-03")
    april = store.meetings.create(committee, "PSG April", "2026-04-07")
    june = store.meetings.create(committee, "PSG June", "2026-06-02")
    store.involvement.set_rates(committee, 15000, 7500, 45)
    store.involvement.record(march, sam, meeting_hours=2, preparation_hours=1.5,
                             travel_miles=20, travel_cost_pence=350, expenses_note="Parking")
    store.involvement.record(april, sam, meeting_hours=3, preparation_hours=2)
    store.involvement.record(june, sam, meeting_hours=2)  # outside the dates asked for
    return committee, sam


def test_claim_for_a_partner_between_two_dates(store):
    committee, sam = _partner_with_two_meetings(store)
    claim = claim_for(store, sam, committee, "2026-03-01", "2026-04-30")
    assert [line.meeting_title for line in claim.lines] == ["PSG March", "PSG April"]
    march, april = claim.lines
    assert march.band.words == "a half day" and march.time_pence == 7500
    assert march.mileage_pence == 900 and march.expenses_pence == 1250
    assert april.band.words == "1 day" and april.time_pence == 15000
    assert claim.total_pence == 7500 + 1250 + 15000
    assert any("half day" in rule for rule in claim.rules)


def test_the_claim_hands_over_to_the_word_form_with_the_same_totals(store):
    from meetingkit.export.claim import claim_totals

    committee, sam = _partner_with_two_meetings(store)
    claim = claim_for(store, sam, committee, "2026-03-01", "2026-04-30")
    form = word_claim(claim)
    totals = claim_totals(form)
    assert totals.payment == Decimal(claim.time_pence) / 100
    assert totals.expenses == Decimal(claim.expenses_pence) / 100
    assert "Parking" in form.rows[0].expenses_note


def test_any_rates_reach_the_word_form_with_the_same_money(store, tmp_path):
    """It can fail: the form once paid by the hour and refused rates such as a day that is not
    two half days, so a partner could not print a claim the Minutes tab had worked out."""
    from meetingkit.export.claim import claim_totals, export_claim

    committee, sam = _partner_with_two_meetings(store)
    store.involvement.set_rates(committee, 14000, 7500, 45)  # a day is not two half days
    claim = claim_for(store, sam, committee, "2026-03-01", "2026-04-30")
    form = word_claim(claim)
    assert claim_totals(form).payment == Decimal(claim.time_pence) / 100 == Decimal("215.00")
    assert form.rate_words == "£75.00 a half day (up to 4 hours), £140.00 a day"
    from docx import Document

    text = "\n".join(p.text for p in Document(export_claim(form, tmp_path / "c.docx")).paragraphs)
    assert "£75.00 a half day" in text and "£215.00 payment" in text


def test_bad_involvement_values_are_refused_in_plain_words(store):
    committee, sam = _partner_with_two_meetings(store)
    meeting = store.meetings.for_committee(committee)[0].id
    with pytest.raises(MeetingKitError, match="hours"):
        store.involvement.record(meeting, sam, meeting_hours=30)
    with pytest.raises(MeetingKitError, match="miles"):
        store.involvement.record(meeting, sam, travel_miles=-1)
    with pytest.raises(MeetingKitError):
        store.involvement.set_rates(committee, -5, 0, 0)
    store.involvement.remove(meeting, sam)
    assert store.involvement.get(meeting, sam) is None
