"""Every CSV file MeetingKit writes goes through here, so no cell can run as a formula.

Spreadsheets (Excel, LibreOffice Calc, Google Sheets) treat a cell starting with = + - @, a tab
or a carriage return as a formula, and a formula can fetch web pages or run commands when the
file is opened. Text in MeetingKit comes from people and from papers that arrived by e-mail, so
such a cell is written with a leading apostrophe: the spreadsheet shows it as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Sequence
from pathlib import Path

from meetingkit.export.atomic import write_text_atomically

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(cell: object) -> str:
    """The cell as text that a spreadsheet will not run as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The header and rows as CSV text (Windows line endings, as spreadsheets expect)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([neutralise(cell) for cell in header])
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    return buffer.getvalue()


def write_csv(path: Path | str, header: Sequence[str], rows: Iterable[Sequence[object]]) -> Path:
    """Saves the rows atomically. The byte order mark tells Excel the file is UTF-8, so names
    with accents stay right."""
    return write_text_atomically(path, csv_text(header, rows), encoding="utf-8-sig")
