"""The NHS terms gathered for breadth (resources/plain/nhs_terms.csv): whole families of jargon a
lay reader stumbles on are found, and none of them fires on plain words written for patients."""

from __future__ import annotations

import pytest

from meetingkit.plain.check import check
from meetingkit.plain.glossary import TERM_FILES, Glossary, read_csv_rows
from meetingkit.plain.packs import PACKS
from meetingkit.resources import read_text

NEW_FILE = "nhs_terms.csv"


def _rows(name: str, *folder: str) -> list[dict[str, str]]:
    return read_csv_rows(read_text("plain", *folder, name))


def _new_terms() -> set[str]:
    return {row["term"].lower() for row in _rows(NEW_FILE)}


def test_the_file_is_loaded_with_the_other_term_lists():
    assert NEW_FILE in TERM_FILES


def test_every_row_is_explained_not_swapped_and_names_a_known_pack():
    rows = _rows(NEW_FILE)
    assert len(rows) >= 400
    for row in rows:
        assert row["auto"] == "no", row["term"]  # a swap could change what a paper means
        assert row["tier"] in ("barrier", "simpler"), row["term"]
        assert row["pack"] in ("", *PACKS), row["term"]
        assert row["alternatives"] and row["reason"], row["term"]
        assert row["match"] in ("", "as-written"), row["term"]


def test_no_new_term_repeats_a_term_in_any_other_list():
    others: set[str] = set()
    for name in TERM_FILES:
        if name != NEW_FILE:
            others |= {row["term"].lower() for row in _rows(name)}
    for pack in PACKS:
        others |= {(row.get("term") or row.get("acronym") or "").lower()
                   for row in _rows(f"{pack}.csv", "packs")}
    assert not _new_terms() & others


# A short committee paper of our own, one sentence per family the new list adds.
PAPER = """# Quality and safety report

The integrated care partnership agreed the joint forward plan in June.
Patients in the discharge lounge waited while the transfer of care hub found packages of care.
Elective activity fell and the number of incomplete pathways rose.
Each learning response named the contributing factors and the safety actions agreed.
The coroner issued a regulation 28 report after the narrative conclusion.
Three section 42 enquiries were opened about organisational abuse.
The ward reported two inappropriate out of area placements and more enhanced observation.
A postpartum haemorrhage and two shoulder dystocia cases were reviewed.
Crews waited in the stack and welfare calls were made to patients with a long lie.
The board noted the principal risks, the underlying position and the unidentified savings.
"""

FAMILIES = [
    "integrated care partnership", "joint forward plan", "discharge lounge",
    "transfer of care hub", "packages of care", "elective activity", "incomplete pathways",
    "learning response", "contributing factors", "safety actions", "narrative conclusion",
    "section 42 enquiries", "organisational abuse", "inappropriate out of area placements",
    "enhanced observation", "shoulder dystocia", "welfare calls", "principal risks",
    "underlying position", "unidentified savings",
]


def test_new_families_are_found_as_barriers_in_a_paper_we_wrote():
    found = {f.text.lower(): f for f in check(PAPER).findings if f.category == "jargon"}
    for term in FAMILIES:
        assert term in found, term
        assert found[term].tier == "barrier", term


@pytest.mark.parametrize(("term", "pack"), [("principal risks", "governance"),
                                            ("section 42 enquiries", "safeguarding"),
                                            ("welfare calls", "ambulance")])
def test_a_pack_term_is_quiet_when_the_committee_switches_its_pack_off(term, pack):
    quiet = Glossary.load_default(packs=[p for p in PACKS if p != pack])
    assert term not in {f.text.lower() for f in check(PAPER, glossary=quiet).findings}


# A plain patient leaflet of our own: everyday words only, including some that sound like
# NHS jargon in other senses (front door, stack, tender, outbreak, observations).
LEAFLET = """# Coming into hospital for your operation

Please come to the front door of the main building at 7.30 in the morning. A nurse will meet
you and check your name, your date of birth and any allergies. Do not eat anything for six
hours before your operation. You can drink water until two hours before.

Bring the medicines you take, in their boxes, and a list of them if you have one. Tell us if you
take blood thinners. Your tummy may feel tender for a few days after the operation.

After the operation a nurse will check your pulse and blood pressure often. When you are ready
to go home, a friend or relative should collect you. Someone should stay with you for the first
night. Stack your pillows so you can sit up in bed. If there is an outbreak of sickness on the
ward, visiting may be limited.

If you feel very unwell at home, call 111 or your GP. In an emergency, call 999.
Our staff welcome your comments and observations about your care.
"""


def test_no_new_entry_fires_on_a_plain_patient_leaflet():
    new = _new_terms()
    fired = [f.text for f in check(LEAFLET).findings if f.text.lower() in new]
    assert fired == []
