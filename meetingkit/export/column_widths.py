"""Table column widths worked out from what is in the columns, so a word or an amount is never
split across two lines ("£75.0/0", "Overdu/e") when the table could have made room for it.

Each column needs at least the width of its longest word (header words are bold). Where the
page has room, short cells (a date, "2 minutes") are kept on one line too; what is left of the
page's width goes to the columns with the most text. Widths are estimated from Arial's
character widths (resources/export/arial-widths.json: Liberation Sans has the same metrics, so
LibreOffice lays the text out the same), with a little to spare for rounding."""

from __future__ import annotations

import json
from collections.abc import Sequence
from functools import cache

from meetingkit.resources import read_text

CELL_PADDING_TWIPS = 2 * 108 + 60  # the cell's left and right margins, and a little to spare
SPARE = 1.04  # word processors round and kern a little differently
DEFAULT_WIDTH = 600  # thousandths of an em, for a character not in the table
LONGEST_WORD_SHARE = 0.6  # no single word may claim more than this share of the width
SHORT_CELL = 16  # characters: a cell this short reads better on one line ("17 Mar 2026")


@cache
def _widths() -> dict[str, dict[str, int]]:
    return json.loads(read_text("export", "arial-widths.json"))


def text_twips(text: str, points: float, bold: bool = False) -> int:
    """How wide `text` is on one line, in twentieths of a point."""
    table = _widths()["bold" if bold else "regular"]
    thousandths = sum(table.get(character, DEFAULT_WIDTH) for character in text)
    return int(thousandths * points * 20 / 1000 * SPARE) + 1


def longest_word_twips(text: str, points: float, bold: bool = False) -> int:
    return max((text_twips(word, points, bold) for word in text.split()), default=0)


def column_widths(rows: Sequence[Sequence[str]], total: int, points: float,
                  bold_rows: int = 1, bold_cells: frozenset[tuple[int, int]] = frozenset()
                  ) -> list[int]:
    """Widths in twips, adding up to `total`, for `rows` (the first `bold_rows` rows are the
    header, in bold; bold_cells are other (row, column) cells in bold, counted from row 0)."""
    columns = max((len(row) for row in rows), default=0) or 1
    least = [0] * columns  # the longest word in each column
    short = [0] * columns  # the longest short body cell, on one line
    most = [0] * columns  # each column's longest cell on one line
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            bold = r < bold_rows or (r, c) in bold_cells
            least[c] = max(least[c], longest_word_twips(cell, points, bold))
            # The header's full width counts for less: a header may wrap at spaces.
            full = text_twips(cell, points, bold)
            most[c] = max(most[c], full if r >= bold_rows else least[c])
            if r >= bold_rows and len(cell) <= SHORT_CELL:
                short[c] = max(short[c], full)
    cap = int(total * LONGEST_WORD_SHARE)
    least = [min(w + CELL_PADDING_TWIPS, cap) for w in least]
    short = [max(min(w + CELL_PADDING_TWIPS, cap), low) for w, low in zip(short, least, strict=True)]
    most = [max(m + CELL_PADDING_TWIPS, s) for m, s in zip(most, short, strict=True)]
    if sum(most) <= total:  # everything fits on one line: share the rest out evenly by need
        return _fill(most, total, most)
    for floor in (short, least):  # short cells whole if there is room, else every word whole
        if sum(floor) <= total:  # the rest goes where the text is longest
            return _fill(floor, total, [m - f for m, f in zip(most, floor, strict=True)])
    return _fill([0] * columns, total, least)  # too narrow whatever we do: keep the proportions


def _fill(start: list[int], total: int, need: list[int]) -> list[int]:
    spare = total - sum(start)
    weight = sum(need) or len(need)
    widths = [s + spare * (n if sum(need) else 1) // weight for s, n in zip(start, need, strict=True)]
    widths[-1] += total - sum(widths)  # rounding: the last column takes the odd twips
    return widths
