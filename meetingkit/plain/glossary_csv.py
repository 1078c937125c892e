"""A trust's own glossary as CSV: import (refusing bad files) and export.

Columns (header row required, in any order; only `term` and `kind` must have values):
term, kind, expansion, plain, explanation, other_meanings
- kind: acronym, jargon, complex, phrase, policy, clinical, committee, person-first, latin or
  allow (a term the trust does not want flagged).
- plain: plain alternatives separated by |, the first used when rewriting.

Cells are written so a spreadsheet never runs one as a formula: a cell starting with = + - @, a
tab or a carriage return (or an apostrophe) gets a leading apostrophe, the spreadsheet's own
mark for "this is text", and the import takes it off again, so an exported glossary imports
back unchanged.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from meetingkit.clean_text import without_bidi_controls
from meetingkit.errors import ImportRefused
from meetingkit.plain.model import KINDS, GlossaryEntry

COLUMNS = ("term", "kind", "expansion", "plain", "explanation", "other_meanings")
# What a spreadsheet may run as a formula (as meetingkit/export/csv_out.py's neutralise), and the
# apostrophe itself, so that an apostrophe the writer added can be told from one in the text.
_MARKED = ("=", "+", "-", "@", "\t", "\r", "'")
MAX_BYTES = 5 * 1024 * 1024
MAX_FIELD = 1000
_KINDS = set(KINDS) - {"name"}


def protect_cell(text: str) -> str:
    """The cell as written to a CSV file: '=x' becomes "'=x", "'x" becomes "''x"."""
    return "'" + text if text.startswith(_MARKED) else text


def unprotect_cell(text: str) -> str:
    """The cell as it was before protect_cell (a cell from any other CSV is left alone unless
    it starts with an apostrophe and then a formula character or another apostrophe)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(_MARKED) else text


def parse_glossary_csv(data: bytes) -> list[GlossaryEntry]:
    """Entries from CSV bytes. Raises ImportRefused with a one-line reason for a bad file."""
    if len(data) > MAX_BYTES:
        raise ImportRefused("The glossary file is larger than 5 MB, so it was not imported.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ImportRefused("The glossary file is not UTF-8 text. Save it as 'CSV UTF-8' and try again.") from None
    if "\x00" in text:
        raise ImportRefused("The glossary file is not a text CSV file.")
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""))
        header = [name.strip().lower() for name in (reader.fieldnames or [])]
    except csv.Error as error:
        raise ImportRefused(f"The glossary file is not valid CSV ({error}).") from None
    unknown = [name for name in header if name not in COLUMNS]
    if not header or "term" not in header or "kind" not in header or unknown:
        raise ImportRefused(
            "The glossary file needs a header row with the columns " + ", ".join(COLUMNS)
            + (f" (it has unknown columns: {', '.join(unknown)})." if unknown else "."))
    reader.fieldnames = header
    entries: list[GlossaryEntry] = []
    try:
        for number, row in enumerate(reader, start=2):
            if None in row:
                raise ImportRefused(f"Row {number} of the glossary file has too many values.")
            values = {k: unprotect_cell((v or "").strip()) for k, v in row.items()}
            for short in ("term", "expansion"):  # names: nothing that turns how they read
                values[short] = without_bidi_controls(values.get(short, "")).strip()
            if not any(values.values()):
                continue
            if not values["term"]:
                raise ImportRefused(f"Row {number} of the glossary file has no term.")
            kind = values["kind"].lower()
            if kind not in _KINDS:
                raise ImportRefused(f"Row {number} of the glossary file has an unknown kind '{values['kind']}'.")
            if any(len(v) > MAX_FIELD for v in values.values()):
                raise ImportRefused(f"Row {number} of the glossary file has a value that is too long.")
            plain = tuple(p.strip() for p in values.get("plain", "").split("|") if p.strip())
            entries.append(GlossaryEntry(
                term=values["term"], kind=kind, plain=plain,
                explanation=values.get("explanation", ""), expansion=values.get("expansion", ""),
                other_meanings=values.get("other_meanings", ""), source="trust"))
    except csv.Error as error:
        raise ImportRefused(f"The glossary file is not valid CSV ({error}).") from None
    return entries


def import_glossary_csv(path: str | Path) -> list[GlossaryEntry]:
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ImportRefused("The glossary file is larger than 5 MB, so it was not imported.")
        data = path.read_bytes()
    except OSError as error:
        raise ImportRefused(f"The glossary file could not be read ({error.strerror or error}).") from None
    return parse_glossary_csv(data)


def glossary_to_csv(entries: Iterable[GlossaryEntry]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")  # so a cell with either is quoted
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow(glossary_row(entry))
    return buffer.getvalue()


def glossary_row(entry: GlossaryEntry) -> list[str]:
    """One entry's cells, protected (see protect_cell), in COLUMNS order."""
    return [protect_cell(cell) for cell in (entry.term, entry.kind, entry.expansion,
                                            "|".join(entry.plain), entry.explanation,
                                            entry.other_meanings)]


def export_glossary_csv(entries: Iterable[GlossaryEntry], path: str | Path) -> None:
    Path(path).write_text(glossary_to_csv(entries), encoding="utf-8")
