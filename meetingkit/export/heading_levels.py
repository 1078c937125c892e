"""A paper's own heading levels, fitted under the heading the export puts above it.

Papers number their headings however their authors liked: one starts at "##", another jumps
from "#" to "###", a third has a single "##" and then "###" everywhere. Added to a pack as they
are, siblings came out at different levels (a paper's "Purpose" at level 4 and its other
sections at 5). Here each heading is placed by its relation to the headings before it: a heading
at the same level as an earlier one (with nothing higher between) is its sibling and gets the
same level; a deeper one is its child, exactly one level down; the first is at `base`. So
siblings stay siblings and no level is ever skipped."""

from __future__ import annotations

from collections.abc import Iterable

WORD_DEEPEST = 9  # Word has nine heading levels


class HeadingLevels:
    def __init__(self, base: int, deepest: int = WORD_DEEPEST):
        self.base = base
        self.deepest = deepest
        self._open: list[tuple[int, int]] = []  # (the paper's level, ours) of enclosing headings

    def level(self, own: int) -> int:
        """The document's level for the next heading, given the paper's own level for it."""
        while self._open and self._open[-1][0] >= own:
            self._open.pop()  # that heading (and anything under it) is closed by this one
        level = self._open[-1][1] + 1 if self._open else self.base
        level = min(level, self.deepest)
        self._open.append((own, level))
        return level


def map_levels(levels: Iterable[int], base: int, deepest: int = WORD_DEEPEST) -> list[int]:
    mapper = HeadingLevels(base, deepest)
    return [mapper.level(own) for own in levels]
