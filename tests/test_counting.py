"""Counts in words: never "paper(s)", which a screen reader reads as "paper s"."""

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.counting import counted


def test_one_and_many():
    assert counted(1, "paper") == "1 paper"
    assert counted(0, "paper") == "0 papers"
    assert counted(2, "committee") == "2 committees"
    assert counted(1204, "word") == "1,204 words"


def test_a_noun_with_its_own_plural():
    assert counted(3, "person", "people") == "3 people"
    assert counted(1, "person", "people") == "1 person"


@given(st.integers(min_value=0, max_value=10**9))
def test_never_brackets_and_the_number_comes_first(number):
    said = counted(number, "action")
    assert "(" not in said
    assert said.replace(",", "").split()[0] == str(number)
    assert said.endswith("action" if number == 1 else "actions")
