from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.privacy import (
    KINDS,
    LABELS,
    MESSAGES,
    is_valid_nhs_number,
    nhs_check_digit,
    redact,
    scan,
)


def check_digit_by_hand(nine: str) -> int | None:
    """Independent of the code under test: the NHS modulus-11 rule written out plainly."""
    total = 0
    for position, digit in enumerate(nine):
        total += int(digit) * (10 - position)
    remainder = total % 11
    check = 11 - remainder
    if check == 11:
        return 0
    if check == 10:
        return None
    return check


def valid_nhs_numbers(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    found: list[str] = []
    while len(found) < count:
        nine = "".join(rng.choice("0123456789") for _ in range(9))
        check = check_digit_by_hand(nine)
        if check is not None and len(set(nine + str(check))) > 1:
            found.append(nine + str(check))
    return found


def kinds(text: str) -> list[str]:
    return [finding.kind for finding in scan(text)]


# Checked by hand: 943 476 5919 -> sum 299, 299 % 11 = 2, 11 - 2 = 9 (and likewise the others).
@pytest.mark.parametrize("number", ["9434765919", "4010232137", "4505577104"])
def test_known_valid_nhs_numbers(number: str) -> None:
    assert is_valid_nhs_number(number)
    spaced = f"{number[:3]} {number[3:6]} {number[6:]}"
    hyphened = f"{number[:3]}-{number[3:6]}-{number[6:]}"
    for form in (number, spaced, hyphened):
        findings = scan(f"Patient NHS no. {form} was reviewed.")
        assert [(f.kind, f.text) for f in findings] == [("nhs_number", form)]


def test_computed_nhs_numbers_are_found_and_checked_the_same_way() -> None:
    for number in valid_nhs_numbers(200):
        assert nhs_check_digit(number[:9]) == int(number[9])
        assert kinds(f"NHS {number[:3]} {number[3:6]} {number[6:]}") == ["nhs_number"]


def test_wrong_check_digit_is_not_an_nhs_number() -> None:
    for number in valid_nhs_numbers(50, seed=3):
        wrong = number[:9] + str((int(number[9]) + 1) % 10)
        assert not is_valid_nhs_number(wrong)
        assert "nhs_number" not in kinds(f"Ref {wrong[:3]} {wrong[3:6]} {wrong[6:]}")


def test_check_digit_of_ten_means_no_valid_number() -> None:
    # 9*10+0*9+... = 90+..; find nine digits whose check would be 10 and confirm all ten fail.
    nine = next(
        n for n in (f"{i:09d}" for i in range(100, 100000)) if check_digit_by_hand(n) is None
    )
    assert nhs_check_digit(nine) is None
    assert not any(is_valid_nhs_number(nine + str(d)) for d in range(10))


@pytest.mark.parametrize("digit", "0123456789")
def test_repeated_digits_are_not_real_nhs_numbers(digit: str) -> None:
    number = digit * 10
    assert check_digit_by_hand(number[:9]) in (int(digit), None)  # many pass the arithmetic
    assert not is_valid_nhs_number(number)
    assert "nhs_number" not in kinds(f"NHS number {number[:3]} {number[3:6]} {number[6:]}")


def test_nhs_number_inside_a_longer_number_is_ignored() -> None:
    assert "nhs_number" not in kinds("Order 19434765919 and 94347659190")


@pytest.mark.parametrize(
    "postcode", ["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A 1BB", "sw1a1aa"]
)
def test_postcodes_found(postcode: str) -> None:
    findings = scan(f"The family lives near {postcode}, by the park.")
    assert [(f.kind, f.text) for f in findings] == [("postcode", postcode)]


@pytest.mark.parametrize(
    "text",
    [
        "PSII 2023 review",
        "Room b2 3rd floor",
        "COVID19 wave",
        "Item 4.2 of 2026",
        "Use form AB12 next time",
        "Q1 2026 figures",
    ],
)
def test_non_postcodes_not_found(text: str) -> None:
    assert "postcode" not in kinds(text)


@pytest.mark.parametrize(
    "phone",
    [
        "020 7946 0958",
        "0161 496 0000",
        "07700 900123",
        "07700 900 123",
        "07700900123",
        "+44 7700 900123",
        "+44 (0)20 7946 0958",
        "(020) 7946 0958",
        "01632 960123",
    ],
)
def test_phone_numbers_found(phone: str) -> None:
    findings = scan(f"Call {phone} today.")
    assert [(f.kind, f.text) for f in findings] == [("phone", phone)]


@pytest.mark.parametrize(
    "text", ["Call 0800 123 4567", "Year 2026 budget 12345", "07700 9001", "Score 01 23",
             # 03 numbers are for public bodies and charities, never a patient's own line
             "Call 0300 123 4567", "The switchboard, 0113 496 0000, is open all day",
             "PALS: 020 7946 0958"]
)
def test_non_phone_numbers_not_found(text: str) -> None:
    assert "phone" not in kinds(text)


def test_phone_with_a_trailing_number_keeps_only_the_phone() -> None:
    findings = scan("Ring 07700 900123 12 times")
    assert [(f.kind, f.text) for f in findings] == [("phone", "07700 900123")]


def test_emails_found() -> None:
    findings = scan("Write to sam.jones+carer@example.co.uk or ring.")
    assert [(f.kind, f.text) for f in findings] == [("email", "sam.jones+carer@example.co.uk")]
    assert kinds("not an address: a@b or @home") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mrs Jane O'Brien said", "Mrs Jane O'Brien"),
        ("Mr. J. Smith-Jones attended", "Mr. J. Smith-Jones"),
        ("Mx Rowe asked", "Mx Rowe"),
        ("Miss Zoë Évans", "Miss Zoë Évans"),
        ("Master Leo Hartley waited", "Master Leo Hartley"),
        ("then mrs ahmed was moved", "mrs ahmed"),
        ("MR DESMOND HALE was booked", "MR DESMOND HALE"),
        ("Mr Okonjo's daughter rang", "Mr Okonjo"),
        # Doctors and professors are staff unless the text says they are the patient.
        ("Dr Patel, 80, was admitted", "Dr Patel"),
        ("the patient, Prof McDonald, fell", "Prof McDonald"),
    ],
)
def test_names_after_titles(text: str, name: str) -> None:
    assert [(f.kind, f.text) for f in scan(text)] == [("name_after_title", name)]


def test_title_without_a_name_is_ignored() -> None:
    assert kinds("Dr who? Mrs and Mr are titles; join on ms teams; we miss doses.") == []
    assert kinds("The master copy; Mr Speaker's ruling; Dr Chief Registrar signed.") == []


def test_a_lower_case_title_before_a_name_is_a_name() -> None:
    assert [(f.kind, f.text) for f in scan("The mr smith case")] == [
        ("name_after_title", "mr smith")]


@pytest.mark.parametrize("text", ["Seen by Dr Patel on the ward", "Prof McDonald replied",
                                  "Sister Jones on Ward 7 led the training"])
def test_doctors_professors_and_sisters_are_staff_unless_the_text_says_otherwise(text) -> None:
    assert kinds(text) == []


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB: 01/02/1950", "01/02/1950"),
        ("D.O.B. 1.2.50", "1.2.50"),
        ("date of birth 1950-02-01", "1950-02-01"),
        ("She was born on 3rd March 1949 in Leeds", "3rd March 1949"),
        ("born February 1, 1950", "February 1, 1950"),
        ("born in March 1950", "March 1950"),
        ("aged 74 (01/02/1950)", "01/02/1950"),
        ("01/02/1950 (date of birth)", "01/02/1950"),
    ],
)
def test_dates_of_birth(text: str, date: str) -> None:
    assert [(f.kind, f.text) for f in scan(text)] == [("date_of_birth", date)]


@pytest.mark.parametrize(
    "text",
    [
        "The meeting on 12/03/2026 approved the plan.",
        "Next meeting: 4 December 2026.",
        "Incident reported 2026-01-05, closed March 2026.",
        "Born in Bradford, the scheme started. Launch date 01/04/2025 onwards for the trust.",
        "DOB was discussed.\nMeeting 01/02/2026",
        "Invalid 45/13/1950 born",
    ],
)
def test_meeting_dates_are_not_dates_of_birth(text: str) -> None:
    assert "date_of_birth" not in kinds(text)


def test_messages_are_plain_and_every_finding_has_one() -> None:
    text = ("Mrs Smith, DOB 01/02/1950, 943 476 5919, SW1A 1AA, 07700 900123, a@b.com.\n"
            "MRN K4827193; Edith Crane, 87, lives at 14 Larkspur Close.\n"
            "JB, 72, was in bed 4. The 93-year-old lady on Cedar Ward fell.")
    findings = scan(text)
    assert {f.kind for f in findings} == set(MESSAGES) == set(LABELS) == set(KINDS)
    for finding in findings:
        assert finding.message == MESSAGES[finding.kind]
        assert finding.label == LABELS[finding.kind]
        assert text[finding.start : finding.end] == finding.text
        line = text.split("\n")[finding.line - 1]
        assert line[finding.column - 1:].startswith(finding.text)
        assert finding.describe().startswith(f"Line {finding.line}: '{finding.text}'. ")


def test_redact_replaces_each_kind_with_a_placeholder() -> None:
    text = "Mrs Smith, DOB 01/02/1950, NHS 943 476 5919, SW1A 1AA, 07700 900123, a@b.com."
    assert redact(text) == (
        "[name removed], DOB [date of birth removed], NHS [NHS number removed], "
        "[postcode removed], [phone number removed], [e-mail address removed]."
    )


def test_redact_only_the_given_findings() -> None:
    text = "Mrs Smith rang 07700 900123"
    phone_only = [f for f in scan(text) if f.kind == "phone"]
    assert redact(text, phone_only) == "Mrs Smith rang [phone number removed]"
    assert redact(text, []) == text


def test_redact_with_stale_findings_leaves_text_alone() -> None:
    findings = scan("Call 07700 900123")
    assert redact("Call 07700 900124", findings) == "Call 07700 900124"


def test_empty_text() -> None:
    assert scan("") == []
    assert redact("") == ""


_FRAGMENTS = [
    "943 476 5919",
    "9434765919",
    "DOB: 01/02/1950",
    "born",
    "aged 70",
    "3rd March 1949",
    "12/03/2026",
    "SW1A 1AA",
    "m1 1ae",
    "07700 900123",
    "+44 (0)20 7946 0958",
    "jo@example.org",
    "Mrs Jane Smith",
    "Dr",
    "Patel",
    "date of birth",
    " ",
    "\n",
    ", ",
    "-",
    "0",
    "12",
    "(",
    ")",
]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(_FRAGMENTS),
            st.text(alphabet="0123456789 -+()/.@ABCDEMSTabcdehijrst\n", max_size=12),
        ),
        max_size=25,
    )
)
def test_redaction_leaves_no_finding_behind(pieces: list[str]) -> None:
    text = "".join(pieces)
    cleaned = redact(text)
    assert scan(cleaned) == []


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_scan_never_fails_and_spans_are_consistent(text: str) -> None:
    previous_end = 0
    for finding in scan(text):
        assert previous_end <= finding.start < finding.end <= len(text)
        assert text[finding.start : finding.end] == finding.text
        previous_end = finding.end


def test_overlapping_matches_are_reported_once_by_priority() -> None:
    number = next(n for n in valid_nhs_numbers(500, seed=11) if n.startswith("01"))
    # Ten digits starting 01 look like a landline too; a valid NHS number wins.
    assert [(f.kind, f.text) for f in scan(f"Ref {number} noted")] == [("nhs_number", number)]
    assert kinds("Mail 07700900123@example.org now") == ["email"]


def test_many_findings_in_a_long_text_stay_in_order() -> None:
    text = "Mrs Smith rang 07700 900123 from SW1A 1AA. " * 500
    findings = scan(text)
    assert len(findings) == 1500
    assert [f.kind for f in findings[:3]] == ["name_after_title", "phone", "postcode"]
    assert all(a.end <= b.start for a, b in zip(findings, findings[1:], strict=False))
