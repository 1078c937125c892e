"""A trust's glossary saved as CSV, to share its words with another committee: the columns
meetingkit.plain.glossary_csv reads back, written through the one CSV writer (no cell can run as
a formula) after the patient-details check, like every export."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from meetingkit.export.csv_out import write_csv
from meetingkit.export.privacy_check import glossary_texts, refuse_patient_details


def export_glossary_csv(entries: Iterable, path: Path | str, *,
                        allow_patient_details: bool = False) -> Path:
    """Saves GlossaryEntry rows at `path` (atomically)."""
    from meetingkit.plain.glossary_csv import COLUMNS, glossary_row

    entries = list(entries)
    refuse_patient_details(glossary_texts(entries), allow_patient_details)
    # Cells already protected as the glossary import expects (an apostrophe before a formula
    # character or an apostrophe), so the file reads back unchanged.
    return write_csv(path, COLUMNS, (glossary_row(entry) for entry in entries))
