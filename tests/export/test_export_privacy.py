"""Patient details are found in exactly the text an export would contain."""

from __future__ import annotations

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


def test_the_writers_themselves_know_the_committee_is_not_a_patient(store, tmp_path):
    """A partner member named with a title in the notes is not a patient's name: the writers'
    own gate knows the committee too, not only the check the app runs first."""
    from meetingkit.export.content import gather_minutes
    from meetingkit.export.minutes import render_minutes
    from meetingkit.privacy import scan

    meeting = rich_meeting(store)
    helen = store.people.create("Helen Cole", role="partner")
    store.committees.add_member(meeting["committee"], helen)
    notes = "Mrs Helen Cole asked how families are told about a fall."
    assert scan(notes)  # on its own, a title and a name look like a patient's
    store.notes.save(meeting["falls"], notes)
    content = gather_minutes(store, meeting["meeting"])
    render_minutes(content, tmp_path / "minutes.docx")  # no PatientDetailsFound
    assert (tmp_path / "minutes.docx").exists()


# ----- every way data leaves the laptop goes through the same check ----------------------------
PATIENT = "Call Mrs Cole on 07700 900461 about DOB 14/03/1947"


def _with_patient_details(store):
    meeting = rich_meeting(store)
    store.actions.add(meeting["meeting"], PATIENT, "Jo Williams", "2026-04-01", meeting["falls"])
    store.notes.save(meeting["falls"], PATIENT)
    store.agenda.update(meeting["falls"], summary=PATIENT)
    return meeting


def _exports(store, meeting):
    """(name, write(path, allow) -> Path, file ending) for every kind of export."""
    from meetingkit.export import ClaimRow, InvolvementClaim, export_claim
    from meetingkit.export.actions import export_action_log
    from meetingkit.export.document import export_document
    from meetingkit.export.glossary_csv import export_glossary_csv
    from meetingkit.export.minutes import export_minutes
    from meetingkit.export.pack import export_pack
    from meetingkit.plain import GlossaryEntry
    from meetingkit.review.pack_writer import export_review_pack

    m, c = meeting["meeting"], meeting["committee"]
    claim = InvolvementClaim("Sam Okafor", "Patient Safety Group",
                             [ClaimRow("2026-03-03", PATIENT, 2)], hourly_rate=18)
    words = [GlossaryEntry(term="bed 4", kind="jargon", explanation=PATIENT)]
    return [
        ("pack", lambda p, a: export_pack(store, m, p, allow_patient_details=a), "docx"),
        ("review pack", lambda p, a: export_review_pack(store, m, p, allow_patient_details=a),
         "mkreview"),
        ("minutes", lambda p, a: export_minutes(store, m, p, allow_patient_details=a), "docx"),
        ("action log CSV", lambda p, a: export_action_log(store, c, p, allow_patient_details=a),
         "csv"),
        ("action log Word", lambda p, a: export_action_log(store, c, p, allow_patient_details=a),
         "docx"),
        ("claim form", lambda p, a: export_claim(claim, p, allow_patient_details=a), "docx"),
        ("rewrite output", lambda p, a: export_document(PATIENT, p, "Falls",
                                                        allow_patient_details=a), "docx"),
        ("glossary", lambda p, a: export_glossary_csv(words, p, allow_patient_details=a), "csv"),
    ]


def test_every_export_stops_before_writing_unless_allowed(store, tmp_path):
    from meetingkit.export.privacy_check import PatientDetailsFound

    meeting = _with_patient_details(store)
    for name, write, ending in _exports(store, meeting):
        target = tmp_path / f"{name.replace(' ', '-')}.{ending}"
        try:
            write(target, False)
        except PatientDetailsFound as found:
            assert any("07700 900461" in f.text for f in found.findings), name
            assert "nothing was saved" in str(found)
        else:
            raise AssertionError(f"the {name} was written without the patient-details check")
        assert not target.exists(), name
        assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".partial"
                                                     for p in tmp_path.iterdir())
        assert write(target, True) == target and target.exists(), name


def test_the_action_log_says_where_the_details_are(store):
    from meetingkit.export.content import gather_action_log
    from meetingkit.export.privacy_check import action_log_texts, findings_in

    meeting = _with_patient_details(store)
    found = findings_in(action_log_texts(gather_action_log(store, meeting["committee"])))
    assert {f.kind for f in found} >= {"phone", "date_of_birth"}
    assert all(f.where.startswith("Action ") for f in found)
