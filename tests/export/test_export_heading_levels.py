"""A paper's own heading levels are fitted under the pack's: siblings stay siblings, children
are one level down, and no level is skipped, whatever levels the author used."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.export.heading_levels import map_levels

levels = st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=40)
bases = st.integers(min_value=1, max_value=4)


def _parent(own: list[int], index: int) -> int | None:
    """The nearest heading before `index` that is higher (a smaller level) in the paper."""
    for before in range(index - 1, -1, -1):
        if own[before] < own[index]:
            return before
    return None


@given(levels, bases)
def test_no_level_is_skipped(own, base):
    mapped = map_levels(own, base)
    assert mapped[0] == base
    assert all(base <= level <= 9 for level in mapped)
    for before, after in zip(mapped, mapped[1:], strict=False):
        assert after <= before + 1


@given(levels, bases)
def test_siblings_stay_siblings(own, base):
    mapped = map_levels(own, base)
    for i in range(len(own)):
        for j in range(i + 1, len(own)):
            if own[j] < own[i]:
                break  # a higher heading closes i's family
            if own[j] == own[i]:
                assert mapped[j] == mapped[i], (own, mapped, i, j)
                break


@given(levels, bases)
def test_children_are_one_level_below_their_parent(own, base):
    mapped = map_levels(own, base)
    for index in range(len(own)):
        parent = _parent(own, index)
        if parent is None:
            assert mapped[index] == base  # nothing above it in the paper: the top level
        else:
            assert mapped[index] == mapped[parent] + 1


def test_the_pack_example_one_purpose_at_4_and_its_siblings_at_5():
    # A paper whose author used "##" for every section after a "#" title the pack left out.
    assert map_levels([2, 2, 2, 3, 2], base=4) == [4, 4, 4, 5, 4]
    assert map_levels([3, 1, 2], base=4) == [4, 4, 5]
    assert map_levels([1, 3, 3, 2], base=2) == [2, 3, 3, 3]
