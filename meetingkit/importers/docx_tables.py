"""A Word table as a markdown table. Markdown cannot merge cells, so a merged cell's words are
repeated in every cell it covered (across columns and down rows): each row then reads whole,
which is also what a screen reader user needs, and the import message says so."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from meetingkit.importers.limits import MAX_TABLE_COLUMNS
from meetingkit.importers.word_package import W


@dataclass
class TableShape:
    merged: bool = False  # some cells were merged
    columns_cut: bool = False  # more columns than a paper's table may have


def table_rows(tbl: Any) -> list[Any]:
    rows = []
    for child in tbl:
        if child.tag == W + "tr":
            rows.append(child)
        elif child.tag == W + "sdt":  # rows inside a content control
            content = child.find(W + "sdtContent")
            rows += [] if content is None else [c for c in content if c.tag == W + "tr"]
    return rows


def row_cells(tr: Any) -> list[Any]:
    cells = []
    for child in tr:
        if child.tag == W + "tc":
            cells.append(child)
        elif child.tag == W + "sdt":
            content = child.find(W + "sdtContent")
            cells += [] if content is None else [c for c in content if c.tag == W + "tc"]
    return cells


def table_grid(tbl: Any, cell_text: Callable[[Any], str], shape: TableShape) -> list[list[str]]:
    """The table's words as rows of columns, merged cells filled in."""
    grid: list[list[str]] = []
    above: dict[int, str] = {}  # column -> words of the cell a vertical merge continues
    for tr in table_rows(tbl):
        row: list[str] = []
        column = _int(tr.find(f"{W}trPr/{W}gridBefore"))
        row += [""] * min(column, MAX_TABLE_COLUMNS)
        for tc in row_cells(tr):
            span = max(1, min(_int(tc.find(f"{W}tcPr/{W}gridSpan"), 1), MAX_TABLE_COLUMNS))
            merge = tc.find(f"{W}tcPr/{W}vMerge")
            if merge is not None and (merge.get(W + "val") or "continue") == "continue":
                text = above.get(column, "")
                shape.merged = True
            else:
                text = cell_text(tc)
                if merge is not None:
                    shape.merged = True
            if span > 1:
                shape.merged = True
            for offset in range(span):
                above[column + offset] = text
                row.append(text)
            column += span
        grid.append(row)
    return grid


def grid_markdown(grid: list[list[str]], shape: TableShape) -> str:
    width = max(len(row) for row in grid)
    if width > MAX_TABLE_COLUMNS:
        shape.columns_cut = True
        width = MAX_TABLE_COLUMNS
    lines = []
    for index, row in enumerate(grid):
        row = (row + [""] * width)[:width]
        lines.append("| " + " | ".join(text or " " for text in row) + " |")
        if index == 0:
            lines.append("|" + "|".join([" --- "] * width) + "|")
    return "\n".join(lines)


def _int(element: Any, default: int = 0) -> int:
    value = element.get(W + "val") if element is not None else None
    return int(value) if value is not None and value.isdigit() else default
