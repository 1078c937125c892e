"""Meaning first and precision first: every kind of wrong change and miss found on real NHS papers
(issue 16, "What went wrong"), reproduced with sentences of our own.

`automatic` is what rewrite() changes by itself; `suggested` what it leaves for the chair."""

from __future__ import annotations

from pathlib import Path

import pytest

from meetingkit.plain import GlossaryEntry, apply_changes, check, plan_changes, rewrite

FIXTURES = Path(__file__).parent / "fixtures"


def automatic(text: str, glossary=None) -> str:
    """The text with every change proven safe, whatever it does to the reading age."""
    changes = plan_changes(text, glossary, keep_reading_age=False)
    return apply_changes(text, [c for c in changes if c.automatic])


def suggested(text: str) -> dict[str, str]:
    return {c.original: c.replacement for c in plan_changes(text, keep_reading_age=False)
            if not c.automatic}


def findings(text: str, rule: str | None = None):
    return [f for f in check(text).findings if rule is None or f.rule == rule]


# Meaning changed by the glossary's other sense ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Our safety management systems (SMSs) are audited. Each SMS has an owner.",
    "The safety management system (SMS) is new. We audit the SMS yearly.",
    "| SMS | Safety management system |\n\nThe SMS is audited.",
])
def test_a_papers_own_definition_beats_the_glossary_sense(text):
    assert "text message" not in automatic(text) and "short message" not in automatic(text)
    sms = [f for f in findings(text) if f.text.startswith("SMS") and f.category == "acronym"]
    assert sms and all("safety management system" in f.message.lower() for f in sms
                       if f.rule != "acronym-defined" or True)
    assert all(f.rule in ("acronym-defined",) for f in sms if f.start > text.find("("))


@pytest.mark.parametrize("text", [
    "Our private ambulance services (PAS) carried 40 patients. Each PAS crew is trained.",
    "We use private ambulance services, known as PAS. Each PAS crew is trained.",
    "PAS (private ambulance services) carried 40 patients. Each PAS crew is trained.",
])
def test_an_ambulance_trusts_pas_is_never_the_patient_administration_system(text):
    assert "administration" not in automatic(text).lower()
    assert all("administration" not in f.message for f in findings(text) if f.text == "PAS")


@pytest.mark.parametrize("acronym", ["SMS", "PAS", "DNA", "SI", "CPA", "PE", "ED", "MS"])
def test_an_acronym_with_two_meanings_is_never_expanded_on_a_guess(acronym):
    text = f"The {acronym} was discussed. The {acronym} will be reviewed."
    assert automatic(text) == text
    first = next(f for f in check(text).findings if f.text == acronym)
    assert first.rule == "acronym-ambiguous" and first.severity == "warning"
    assert first.message.startswith(f"{acronym}: which meaning?")
    assert len(first.suggestions) >= 2  # one for each meaning, for the chair to choose


def test_the_chairs_choice_of_meaning_is_used():
    chosen = [GlossaryEntry("PAS", "acronym", expansion="private ambulance service")]
    text = "The PAS was discussed."
    assert automatic(text, chosen) == "The private ambulance service (PAS) was discussed."
    assert next(f for f in check(text, chosen).findings if f.text == "PAS").rule == "acronym-undefined"


def test_a_meaning_the_paper_proves_with_its_own_words_is_used():
    text = "We met the private ambulance service managers. The PAS crews are trained."
    finding = next(f for f in check(text).findings if f.text == "PAS")
    assert finding.rule == "acronym-undefined" and "private ambulance service" in finding.message


# Words swapped inside names and codes ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "## Inpatient Falls\n\nThe group met.",
    "The Inpatient Falls Group met in May.",
    "Inpatient Falls Group: minutes of the May meeting.",
])
def test_a_group_named_in_a_heading_or_sentence_is_not_renamed(text):
    assert automatic(text) == text
    assert not [c for c in plan_changes(text) if "Inpatient" in c.original]


def test_a_forums_name_is_never_half_translated():
    text = "The Patient Safety Oversight Forum will commission a deep dive into falls."
    result = automatic(text)
    assert "Patient Safety Oversight Forum" in result
    assert not [c for c in plan_changes(text) if c.original == "Oversight"]


@pytest.mark.parametrize("text, code", [
    ("Patients with #NOF waited longer.", "#NOF"),
    ("Patients with a #NOF waited longer.", "#NOF"),
])
def test_a_clinical_code_is_explained_never_rewritten(text, code):
    assert automatic(text) == text and plan_changes(text) == []
    finding = next(f for f in check(text).findings if f.text == code)
    assert finding.category == "code" and "broken hip" in finding.message


def test_a_rating_in_a_table_cell_is_never_changed():
    text = "| Area | Assurance rating |\n|---|---|\n| Medicines | Substantial |\n| Falls | Limited |"
    assert automatic(text) == text
    assert not [c for c in plan_changes(text) if c.original == "Substantial"]


def test_a_quotation_is_never_changed():
    text = "The inspectors wrote that “staff must utilise the escalation policy”. We utilise it."
    result = automatic(text)
    assert "“staff must utilise the escalation policy”" in result
    assert result.endswith("We use it.")


# Swaps that break grammar ------------------------------------------------------------------------

def test_ensure_before_a_noun_phrase_is_only_a_suggestion():
    text = "We need to ensure co-production of the leaflet."
    assert automatic(text) == text
    assert suggested(text)["ensure"] == "make sure"
    assert automatic("We need to ensure that it works.") == "We need to make sure that it works."


def test_a_phrase_for_a_person_never_describes_a_noun():
    text = "The deteriorating patient pathway was updated."
    assert "patient who is getting worse pathway" not in automatic(text)
    assert automatic("We look after the deteriorating patient.") == \
        "We look after the patient who is getting worse."


@pytest.mark.parametrize("before, after", [
    ("Use a checklist, eg. a card.", "Use a checklist, for example a card."),
    ("Bring chairs, tables etc.\n\nThen start.", "Bring chairs, tables and so on.\n\nThen start."),
    ("Bring chairs, tables, etc.", "Bring chairs, tables, and so on."),
])
def test_a_latin_abbreviation_leaves_no_stray_full_stop(before, after):
    assert automatic(before) == after


def test_eg_before_a_capital_is_only_a_suggestion():
    text = "Use a checklist, eg. Falls and sepsis cards."
    assert automatic(text) == text
    assert suggested(text)["eg."] == "for example"


@pytest.mark.parametrize("text", [
    "The report (from the ICB) was late.",
    "The report (see ICB minutes, page 2) was late.",
])
def test_an_expansion_never_puts_brackets_inside_brackets(text):
    result = automatic(text)
    assert "((" not in result and "(from the integrated care board (ICB))" not in result
    assert result.count("(") == text.count("(")


def test_the_first_use_outside_brackets_is_written_out_instead():
    text = "The report (from the ICB) was late. The ICB agreed a new date."
    assert automatic(text) == ("The report (from the ICB) was late. The integrated care board "
                               "(ICB) agreed a new date.")


# Swaps with the wrong sense ----------------------------------------------------------------------

@pytest.mark.parametrize("text, word", [
    ("Check footwear before mobilising the patient.", "mobilising"),
    ("Where a deep dive is indicated by the data, we act.", "indicated"),
    ("Implement a template for handovers.", "Implement"),
    ("The requirements of the contract still apply.", "requirements"),
    ("The checks required by law were done.", "required"),
])
def test_a_swap_that_could_change_the_sense_is_not_made(text, word):
    assert word in automatic(text)


def test_indicated_meaning_needed_is_made_plain():
    assert automatic("Where a deep dive is indicated, we act.") == \
        "Where a detailed look is needed, we act."


def test_obligations_are_never_turned_into_needs():
    text = "The requirements of the contract still apply."
    assert suggested(text).get("requirements") != "needs"
    assert "needs" not in automatic(text)
    assert automatic("Staff are required to attend.") == "Staff must attend."  # still a duty


# What was missed ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, found", [
    ("Every harm review is checked.", "harm review"),
    ("The trust was rated well-led.", "well-led"),
    ("Inspectors used the key lines of enquiry.", "key lines of enquiry"),
    ("The cost improvement plan was agreed.", "cost improvement plan"),
    ("Category 1 calls rose in March.", "Category 1"),
    ("Waiting times fell in Q3.", "Q3"),
    ("A Band 7 nurse leads the ward.", "Band 7"),
    ("Two people were taken to a place of safety under section 136.", "section 136"),
    ("The patient absconded from the ward.", "absconded"),
    ("A structured judgement review was done.", "structured judgement review"),
    ("The board assurance framework was updated.", "board assurance framework"),
])
def test_jargon_families_that_were_missed_are_found_as_barriers(text, found):
    hits = [f for f in check(text).findings if f.text == found]
    assert hits and hits[0].tier == "barrier" and hits[0].severity == "warning", found


def test_a_capitalised_first_use_in_a_heading_is_found():
    text = "## Harm Review Process\n\nEvery harm review is led by a senior nurse."
    first = [f for f in check(text).findings if f.text.lower() == "harm review"]
    assert [f.line for f in first] == [1, 3]
    assert first[0].tier == "barrier"


def test_section_of_a_paper_is_not_taken_for_the_mental_health_act():
    assert not [f for f in check("See section 3 of this paper.").findings if f.category == "code"]
    detained = check("She was detained under section 3 of the Mental Health Act.").findings
    assert [f.text for f in detained if f.category == "code"] == ["section 3"]


# Two tiers ---------------------------------------------------------------------------------------

def test_barriers_and_simpler_words_are_counted_apart():
    report = check("We will ensure the harm review is done. Staff utilise the dashboard in Q3.")
    tiers = {f.text: f.tier for f in report.findings if f.tier}
    assert tiers["harm review"] == "barrier" and tiers["Q3"] == "barrier"
    assert tiers["ensure"] == "simpler" and tiers["utilise"] == "simpler"
    assert report.stats.barriers == sum(1 for f in report.findings
                                        if f.tier == "barrier" and f.severity == "warning")
    assert report.stats.simpler == 2 + (tiers.get("dashboard") == "simpler")


def test_a_plain_public_page_has_no_barrier_alarms():
    text = ("If you feel unwell, drink plenty of water and rest. Take paracetamol for a high "
            "temperature. Call 111 if you are worried, or 999 in an emergency. Your GP can help "
            "with a cough that lasts more than three weeks.")
    assert [f.text for f in check(text).findings if f.tier == "barrier"] == []


def test_a_word_the_paper_explains_in_brackets_is_only_advice():
    text = "Staff watch for sepsis (a life-threatening reaction to an infection)."
    finding = next(f for f in check(text).findings if f.text == "sepsis")
    assert finding.severity == "info" and finding.message.startswith("Explained in the paper")


def test_everyday_words_in_capitals_are_shouting_not_acronyms():
    finding = next(f for f in check("It is VERY important to rest.").findings if f.text == "VERY")
    assert finding.rule == "all-capitals"


# The whole fixture paper -------------------------------------------------------------------------

def test_the_ambulance_update_keeps_its_meaning():
    original = (FIXTURES / "ambulance_quality_update.md").read_text(encoding="utf-8")
    result = rewrite(original).text
    for kept in ("safety management systems (SMSs)", "Each SMS", "private ambulance services (PAS)",
                 "## Inpatient Falls", "The Inpatient Falls Group", "#NOF", "| Substantial |",
                 "“staff must utilise the escalation policy”", "(see the ICB letter)",
                 "Patient Safety Oversight Forum", "deteriorating patient pathway", "mobilising",
                 "requirements", "Mental Health Act"):
        assert kept in result, kept
    assert "text message" not in result and "administration system" not in result
    assert rewrite(result).changes == []


def test_an_acronym_inside_a_longer_term_is_still_an_acronym_to_explain():
    found = {(f.rule, f.text) for f in check("The RAG rating was red.").findings}
    assert ("acronym-undefined", "RAG") in found and ("policy-language", "RAG rating") in found


@pytest.mark.parametrize("token", ["CARE", "SAFER", "ACT"])
def test_an_unknown_acronym_that_is_also_a_word_is_not_taken_for_shouting(token):
    finding = next(f for f in check(f"The {token} programme started.").findings
                   if f.text == token)
    assert finding.rule == "acronym-unknown"
