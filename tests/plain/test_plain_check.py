"""check(): acronyms, jargon, definitions, sentences and statistics on NHS-style papers."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingkit.plain import check, check_paragraph, rewrite

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


def texts(report, category: str | None = None, rule: str | None = None) -> list[str]:
    return [f.text for f in report.findings
            if (category is None or f.category == category) and (rule is None or f.rule == rule)]


def test_every_acronym_in_the_psirf_paper_is_found():
    report = check(fixture("psirf_update.md"))
    found = {t.rstrip("s") if t.endswith("s") and t[:-1].isupper() else t
             for t in texts(report, "acronym")}
    expected = {"ICB", "PSIRP", "PSII", "MDT", "StEIS", "LFPSE", "NRLS", "QSC", "PALS",
                "FTSU", "SI", "SJR", "BAF", "DNA", "AMU", "NatPSA", "NG", "CAS"}
    assert expected <= found
    assert "SWARM huddles" in texts(report, "jargon")  # the whole term, explained
    # defined in the paper, so reported as explained rather than missing
    assert "PSIRF" not in texts(report, rule="acronym-undefined")
    assert "AAR" not in texts(report, rule="acronym-undefined")


def test_every_jargon_term_in_the_psirf_paper_is_found():
    report = check(fixture("psirf_update.md"))
    found = {t.lower() for t in texts(report)}
    for term in ["the committee is asked to note", "take assurance", "utilise", "going forward",
                 "in order to", "ensure", "lessons learned", "disseminated", "deep dive",
                 "triangulation", "service users", "bed blocking", "length of stay", "actioned",
                 "members are asked to note", "endorse", "trajectory", "via", "e.g."]:
        assert term in found, term


def test_maternity_paper_terms_and_table_glossary():
    report = check(fixture("maternity_board.md"))
    found = {t.lower() for t in texts(report)}
    for term in ["pmrt", "lmns", "mnsi", "cnst", "nhsr", "wte", "cqc", "thematic review",
                 "postpartum haemorrhage", "in conjunction with", "utilised", "prior to",
                 "provide assurance", "regarding", "prioritises", "co-production", "agency staff"]:
        assert term in found, term
    # PPH and MVP are explained in the paper's own table; "requires improvement" is a CQC rating
    assert not any(f.rule == "acronym-unknown" for f in report.findings)
    assert "requires" not in found
    # code spans are never flagged
    assert not any("PSIRF_2024" in f.text for f in report.findings)


def test_plain_paragraph_has_no_jargon_or_acronym_findings():
    report = check(fixture("plain_paragraph.md"))
    noisy = [f for f in report.findings if f.category in ("acronym", "jargon", "latin", "person-first")]
    assert noisy == []
    assert report.stats.meets_target


@pytest.mark.parametrize("text", [
    "I went to see A and B.", "Chapter IV sets out the plan.", "We met in Part II of the day.",
    "The NHS and the UK government asked GPs.", "COVID-19 cases fell.", "McDonald used PowerPoint.",
])
def test_not_acronym_findings(text):
    assert texts(check(text), "acronym") == []


def test_plural_mixed_and_possessive_acronyms():
    report = check("SMSs were sent. ICBs agreed. RDaSH and SpHA met. The A&E team. The ICB's plan.")
    rules = {f.text: f.rule for f in report.findings if f.category == "acronym"}
    assert rules["SMSs"] == "acronym-ambiguous"  # a text message or a safety management system
    assert rules["RDaSH"] == "acronym-undefined"
    assert rules["SpHA"] == "acronym-unknown"
    assert rules["A&E"] == "acronym-undefined"
    assert "ICB's" in rules and "ICBs" in rules


@pytest.mark.parametrize("text, short, long", [
    ("The Patient Safety Incident Response Framework (PSIRF) is new. PSIRF helps.", "PSIRF",
     "Patient Safety Incident Response Framework"),
    ("The ICB (integrated care board) met. The ICB agreed.", "ICB", "integrated care board"),
    ("Our integrated care board (ICB) met. The ICB agreed.", "ICB", "integrated care board"),
    ("- AAR - After Action Review\n\nThe AAR was held.", "AAR", "After Action Review"),
    ("| SJR | Structured judgement review |\n\nAn SJR was done.", "SJR", "Structured judgement review"),
    ("QSIR stands for Quality, Service Improvement and Redesign. We use QSIR.", "QSIR",
     "Quality, Service Improvement and Redesign"),
    ("Accident and Emergency (A&E) was busy. A&E is full.", "A&E", "Accident and Emergency"),
])
def test_definition_forms(text, short, long):
    report = check(text)
    defined = [f for f in report.findings if f.rule == "acronym-defined"]
    assert defined and defined[-1].text == short
    assert long in defined[-1].message
    assert not texts(report, rule="acronym-undefined")


def test_acronym_used_before_its_definition():
    report = check("The PSII starts soon.\n\nA patient safety incident investigation (PSII) is a review.")
    before = [f for f in report.findings if f.rule == "acronym-before-definition"]
    assert [f.text for f in before] == ["PSII"]
    assert before[0].line == 1


def test_acronym_defined_two_ways():
    report = check("Quality Impact Assessment (QIA) first. Later a Quality Improvement Audit (QIA).")
    assert texts(report, rule="acronym-defined-twice") == ["QIA"]


def test_ambiguous_acronyms_take_the_meeting_sense_and_note_the_other():
    report = check("The PSP asked about DNA rates.")
    messages = {f.text: f.message for f in report.findings if f.category == "acronym"}
    assert "patient safety partner" in messages["PSP"]
    assert "progressive supranuclear palsy" in messages["PSP"]
    assert "did not attend" in messages["DNA"] and "genetic" in messages["DNA"]


def test_names_stay_whole():
    text = "Contact the Patient Advice and Liaison Service. Our Integrated Care Strategy is new."
    report = check(text)
    # A barrier inside a name may be explained, but is never offered a new word.
    assert [(f.text, f.severity, f.suggestions) for f in report.by_category("jargon")] == [
        ("Integrated Care", "info", ())]
    assert rewrite(text).text == text and rewrite(text).suggestions == []


def test_inflections_spellings_and_phrases():
    report = check("We utilise, utilised and are utilizing it. Staff prioritize and prioritised. "
                   "With regard to the plan, going forward.")
    found = texts(report, "jargon")
    assert found == ["utilise", "utilised", "utilizing", "prioritize", "prioritised",
                     "With regard to", "going forward"]
    used = next(f for f in report.findings if f.text == "utilised")
    assert used.suggestions[0] == "used"


def test_person_first_and_committee_language():
    report = check("Service users who were bed blocking. The Committee is asked to note the report "
                   "for assurance, after a deep dive and triangulation. The patient was non-compliant.")
    assert texts(report, "person-first") == ["Service users", "bed blocking", "non-compliant"]
    committee = texts(report, rule="committee-language")
    assert committee == ["The Committee is asked to note", "for assurance", "deep dive", "triangulation"]


def test_latin():
    report = check("Staff, e.g. nurses, i.e. all of them, etc. Sent via email. NB this is ad hoc.")
    assert texts(report, "latin") == ["e.g.", "i.e.", "etc.", "via", "NB", "ad hoc"]


def test_markdown_code_links_urls_and_email_are_never_flagged():
    text = ("Use `utilise ICB` here.\n\n```\ngoing forward PSIRF\n```\n\n"
            "See [the plan](https://x.nhs.uk/utilise-ICB) or https://nhs.uk/PSII and "
            "mail ICB.team@nhs.net or <https://a.b/SJR>.")
    report = check(text)
    assert [f.text for f in report.findings if f.category != "structure"] == []


def test_sentences_and_structure():
    long = " ".join(["word"] * 25) + "."
    very_long = " ".join(["word"] * 35) + "."
    wall = " ".join(["Short words here."] * 40)
    text = f"{long}\n\n{very_long}\n\nThe report was reviewed by the team. The implementation of the plan.\n\n{wall}\n\nTHIS IS VERY IMPORTANT."
    report = check(text)
    rules = [f.rule for f in report.findings]
    for rule in ["sentence-long", "sentence-very-long", "passive-voice", "nominalisation",
                 "paragraph-long", "all-capitals", "no-plain-summary"]:
        assert rule in rules, rule


def test_a_plain_summary_at_the_top_is_recognised():
    body = " ".join(["We looked at falls on the wards."] * 40)
    assert "no-plain-summary" in [f.rule for f in check(f"# Falls\n\n{body}").findings]
    with_summary = f"# Falls\n\n## Summary\n\nFalls went down.\n\n{body}"
    assert "no-plain-summary" not in [f.rule for f in check(with_summary).findings]


def test_statistics():
    report = check(fixture("psirf_update.md"), target_reading_age=9)
    stats = report.stats
    assert 200 < stats.words < 260
    assert stats.sentences >= 15
    assert stats.reading_age == pytest.approx(max(5, stats.flesch_kincaid_grade + 5), abs=0.11)
    assert stats.target_reading_age == 9 and not stats.meets_target
    assert stats.reading_minutes == round(stats.words / 200, 1)
    assert sum(stats.counts.values()) == len(report.findings)
    assert "reading-age" in [f.rule for f in report.findings]


def test_offsets_lines_and_columns_point_at_the_text():
    text = fixture("psirf_update.md")
    report = check(text)
    lines = text.split("\n")
    for finding in report.findings:
        assert text[finding.start:finding.end] == finding.text
        line = lines[finding.line - 1]
        assert line[finding.column - 1:].startswith(finding.text.split("\n")[0][:20])


def test_an_acronym_explained_twice_is_located_at_its_second_short_form():
    text = ("# Beds\n\nOur Integrated Care Board (ICB) met.\n\n"
            "The team counted each Intensive Care Bed (ICB) twice.")
    twice = next(f for f in check(text).findings if f.rule == "acronym-defined-twice")
    assert (twice.text, twice.start) == ("ICB", text.rindex("ICB"))
    line = text.split("\n")[twice.line - 1]
    assert line[twice.column - 1:].startswith("ICB) twice")


def test_check_paragraph_shifts_offsets_and_skips_defined_acronyms():
    findings = check_paragraph("The ICB will utilise the PSIRF.", offset=100, defined=["PSIRF"])
    assert [(f.text, f.start) for f in findings] == [("ICB", 104), ("utilise", 113)]


def test_empty_and_odd_inputs():
    for text in ["", "   ", "\n\n", "#", "|", "```", "`", "(", "(ABC", "A&", "e.g."]:
        report = check(text)
        assert report.stats.words >= 0
