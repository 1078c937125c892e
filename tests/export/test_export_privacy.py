"""Patient details are found in exactly the text an export would contain."""

from __future__ import annotations

import sys

from export_helpers import rich_meeting

from meetingkit.export import pii_findings_for_meeting


def test_findings_say_where_they_are(store):
    meeting = rich_meeting(store)
    store.notes.save(meeting["falls"], "Mrs Jones, NHS number 943 476 5919, fell on ward 3.")
    findings = pii_findings_for_meeting(store, meeting["meeting"])
    kinds = {(f.where, f.kind) for f in findings}
    assert ("Item 2, notes", "nhs_number") in kinds
    assert all(f.message for f in findings)
    # The pack does not contain the notes, so a pack-only check finds nothing there.
    assert not [f for f in pii_findings_for_meeting(store, meeting["meeting"],
                                                    include_minutes=False)
                if f.where == "Item 2, notes"]


def test_the_plain_version_is_what_is_scanned(store):
    meeting = rich_meeting(store)
    paper = store.papers.for_item(meeting["falls"])[1]
    store.papers.update(paper.id, body="Contact jo.bloggs@example.com")  # replaced by plain
    assert not [f for f in pii_findings_for_meeting(store, meeting["meeting"]) if f.kind == "email"]
    store.papers.update(paper.id, plain_body="Contact jo.bloggs@example.com")
    found = [f for f in pii_findings_for_meeting(store, meeting["meeting"]) if f.kind == "email"]
    assert [f.where for f in found] == ["Item 2, paper 'Falls leaflet'"]


def test_committee_members_names_are_not_flagged(store):
    meeting = rich_meeting(store)
    store.agenda.update(meeting["falls"], presenter="Dr David Evans")
    assert pii_findings_for_meeting(store, meeting["meeting"]) == []


def test_without_the_scanner_nothing_is_found(store, monkeypatch):
    meeting = rich_meeting(store)
    store.notes.save(meeting["falls"], "NHS number 943 476 5919")
    monkeypatch.setitem(sys.modules, "meetingkit.privacy", None)
    assert pii_findings_for_meeting(store, meeting["meeting"]) == []
