"""Staff the app knows are not patients: the store's people, presenters, paper authors and action
owners reach the scanner from the pack check and from every export's privacy check."""

from __future__ import annotations

from datetime import date

import pytest

from meetingkit.export.privacy_check import pii_findings_for_meeting
from meetingkit.privacy import KnownStaff, known_staff_from_store, scan
from meetingkit.publishing import check_pack

STAFF_TEXT = ("Author: Dr A Patel, Consultant Anaesthetist.\n"
              "Dr Evans presented the learning; Sarah Okafor took questions and Janet Wu, "
              "the partner, asked about families.\n"
              "Send comments to patientsafety.team@nhs.net or to tom.riley@example.org.")


@pytest.fixture
def meeting(store):
    committee = store.committees.create("Patient Safety Committee")
    store.people.create("Janet Wu", role="partner")
    store.people.create("Tom Riley", email="tom.riley@example.org")
    meeting = store.meetings.create(committee, "Patient Safety Committee", "2026-05-14")
    item = store.agenda.add(meeting, "Learning from incidents", purpose="information",
                            presenter="Dr David Evans", summary="What we learned this quarter.")
    store.papers.add(item, "Learning report", STAFF_TEXT, author="Dr A Patel and Sarah Okafor")
    store.actions.add(meeting, "Share the leaflet", owner="Ms Priya Nair")
    return {"meeting": meeting, "item": item}


def test_the_store_knows_people_presenters_authors_and_owners(store, meeting):
    known = known_staff_from_store(store, meeting["meeting"])
    for name in ("Janet Wu", "Tom Riley", "Dr Evans", "Dr David Evans", "Dr A Patel",
                 "Sarah Okafor", "Ms Nair"):
        assert known.knows_name(name), name
    assert known.knows_email("Tom.Riley@example.org")
    assert not known.knows_name("Mrs Ahmed")
    assert known_staff_from_store(store).knows_name("Dr Evans")  # every meeting when none given


def test_staff_names_and_team_addresses_do_not_block_the_pack(store, meeting):
    assert scan(STAFF_TEXT) != []  # without knowing the staff, their names look like anyone's
    problems = check_pack(store, meeting["meeting"], today=date(2026, 5, 1)).problems
    assert [p for p in problems if p.kind == "patient_details"] == []


def test_a_patient_next_to_staff_is_still_found_and_said_plainly(store, meeting):
    paper = store.papers.for_item(meeting["item"])[0]
    store.papers.update(paper.id, body=STAFF_TEXT + "\nmrs ahmed, MRN K4827193, fell in bed 4.")
    problems = [p for p in check_pack(store, meeting["meeting"], today=date(2026, 5, 1)).problems
                if p.kind == "patient_details"]
    assert len(problems) == 1
    assert "a name, a hospital number, a bed number" in problems[0].text


def test_exports_pass_the_known_staff_to_the_scanner(store, meeting):
    store.notes.save(meeting["item"], "Dr Evans thanked Sarah Okafor. Mrs Cole, 84, fell.")
    found = pii_findings_for_meeting(store, meeting["meeting"])
    assert [(f.where, f.text) for f in found] == [("Item 1, notes", "Mrs Cole")]


def test_known_staff_accepts_plain_lists_and_nothing():
    assert not KnownStaff()
    assert scan("Dr Evans, 80, fell", known_staff=None) != []
    assert scan("Dr Evans, 80, fell", known_staff=["Dr Evans"]) == []
    assert scan("Dr Evans, 80, fell", known_staff="Dr Evans") == []


def test_names_with_two_titles_or_only_titles_are_read_without_hanging():
    known = KnownStaff(["Dr Mr Evans", "Prof Dr Helen Marsh"])
    assert known.knows_name("Dr Evans") and known.knows_name("Professor Marsh")
    assert not known.knows_name("Mr Dr")  # titles only: no surname to match
    assert scan("Mr " * 200)[0].column == 1  # "Mr Mr Mr" is read as a title and a name, in time
