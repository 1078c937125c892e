"""NHS numbers in any grouping: the modulus 11 check decides, not how the digits are spaced."""

from __future__ import annotations

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from meetingkit.privacy import is_valid_nhs_number, scan


def check_digit_by_hand(nine: str) -> int | None:
    """The NHS modulus 11 rule written out plainly, independent of the code under test."""
    check = 11 - sum(int(d) * (10 - i) for i, d in enumerate(nine)) % 11
    return {11: 0, 10: None}.get(check, check)


@st.composite
def valid_numbers(draw) -> str:
    nine = draw(st.text(alphabet="0123456789", min_size=9, max_size=9))
    check = check_digit_by_hand(nine)
    assume(check is not None and len(set(nine + str(check))) > 1)
    return nine + str(check)


@st.composite
def groupings(draw) -> list[int]:
    """Sizes of up to four groups of two or more digits adding up to ten: 10, 5-5, 3-3-4,
    4-3-3, 3-4-3, 2-4-4, 2-2-3-3..."""
    count = draw(st.integers(1, 4))
    sizes = [2] * count
    for _ in range(10 - 2 * count):
        sizes[draw(st.integers(0, count - 1))] += 1
    return sizes


def written(number: str, sizes: list[int], separator: str) -> str:
    parts, at = [], 0
    for size in sizes:
        parts.append(number[at:at + size])
        at += size
    return separator.join(parts)


_SEPARATORS = st.sampled_from([" ", "-", "\u00a0"])
_AROUND = st.sampled_from([("NHS number ", " was checked."), ("", ""), ("Ref: ", "."),
                           ("The wristband read ", " but the notes did not."), ("(", ")")])


@settings(max_examples=300, deadline=None)
@given(valid_numbers(), groupings(), _SEPARATORS, _AROUND)
def test_any_valid_nhs_number_in_any_grouping_is_found(number, sizes, separator, around):
    form = written(number, sizes, separator)
    findings = scan(around[0] + form + around[1])
    assert [(f.kind, f.text) for f in findings] == [("nhs_number", form)]
    assert findings[0].label == "an NHS number"


@settings(max_examples=300, deadline=None)
@given(valid_numbers(), st.integers(1, 9), groupings(), _SEPARATORS, _AROUND)
def test_a_wrong_check_digit_is_never_an_nhs_number(number, shift, sizes, separator, around):
    wrong = number[:9] + str((int(number[9]) + shift) % 10)
    assert not is_valid_nhs_number(wrong)
    kinds = [f.kind for f in scan(around[0] + written(wrong, sizes, separator) + around[1])]
    assert "nhs_number" not in kinds


def test_a_table_of_small_figures_is_never_read_as_an_nhs_number():
    # 10 digits in five groups; 9 4 3 4 7 6 5 9 1 9 would pass the check as one number.
    assert scan("Falls by month: 94 34 76 59 19 across the wards") == []


def test_the_rest_of_a_phone_number_after_plus_44_is_not_an_nhs_number():
    number = next(n for n in (f"7{i:08d}" for i in range(10**6)) if check_digit_by_hand(n))
    ten = number + str(check_digit_by_hand(number))
    found = scan(f"Call +44 {ten[:4]} {ten[4:]} today")
    assert [f.kind for f in found] == ["phone"]


def test_the_nhs_number_at_the_end_of_a_longer_run_is_found():
    findings = scan("Seen 2026 943 476 5919 on the ward")
    assert [(f.kind, f.text) for f in findings] == [("nhs_number", "943 476 5919")]
