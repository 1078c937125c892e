"""The glossary to and from CSV files, for sharing a trust's words between committees."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from meetingkit.counting import counted
from meetingkit.errors import ImportRefused, MeetingKitError
from meetingkit.ops import glossary as glossary_ops
from meetingkit.plain.glossary_csv import import_glossary_csv
from meetingkit.plain.trust import store_values, to_entries
from ui.context import AppContext
from ui.messages import tell

CSV_FILES = "CSV files (*.csv);;All files (*)"


def choose_csv_to_import(parent: QWidget | None) -> str:
    path, _ = QFileDialog.getOpenFileName(parent, "Import glossary from CSV", "", CSV_FILES)
    return path


def choose_csv_to_export(parent: QWidget | None) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, "Export glossary to CSV", "glossary.csv",
                                          CSV_FILES)
    return path


def import_csv(context: AppContext, parent: QWidget | None, path: str) -> int | None:
    """Adds (or updates) every word in the file; returns how many, or None if refused."""
    try:
        entries = import_glossary_csv(path)
    except ImportRefused as refusal:
        tell(parent, "The glossary file was not imported", f"{refusal}\n\nNothing has changed.")
        return None
    store = context.store
    rows = [store_values(entry) for entry in entries]
    done = context.perform(parent, lambda: glossary_ops.import_terms(store, rows, Path(path).name),
                           f"{counted(len(entries), 'word')} added or updated from "
                           f"{Path(path).name}.")
    return None if done is None else done.result


def export_csv(context: AppContext, parent: QWidget | None, path: str) -> bool:
    """Saves the glossary through the export's CSV writer (no cell runs as a formula), after
    the patient-details check every export goes through."""
    from meetingkit.export.glossary_csv import export_glossary_csv
    from meetingkit.export.privacy_check import findings_in, glossary_texts
    from ui.review.options import confirm_patient_details

    entries = to_entries(context.store.glossary.all(), for_export=True)
    findings = findings_in(glossary_texts(entries))
    if findings and not confirm_patient_details(parent, findings):
        return False
    try:
        export_glossary_csv(entries, path, allow_patient_details=True)
    except MeetingKitError as error:
        tell(parent, "The glossary was not saved", str(error))
        return False
    context.bus.status.emit(f"Glossary saved to {Path(path).name}.")
    return True
