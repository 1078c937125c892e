"""Exports: Word files (meeting pack, minutes, action log, a partner's involvement claim, a
single document such as a plain version), CSV (the action log, the glossary), what "Send the
meeting pack" sends (send_pack.py: the Word pack, the review pack and an e-mail draft), and the
one patient-details check every export runs before writing. Qt-free and pure: each takes the
store (or gathered content) and a path, and writes the file atomically (a temporary file in the
same folder, then os.replace), so a full disk, a crash or a stop never leaves half a file.
Problems come back as MeetingKitError with a plain message ("Close the file in Word and try
again"); a stopped export raises ExportCancelled (a MeetingKitError).

Every Word file starts from docx_setup.new_document and is written by docx_writer.DocWriter
(one writer: A4, en-GB, 12 pt or 16 pt large print, real headings, page numbers, header rows,
column widths from the content). Every CSV goes through csv_out.write_csv (formulas
neutralised). Every writer takes `allow_patient_details=False` and raises PatientDetailsFound
(a MeetingKitError listing the findings) before writing anything it finds; callers ask the
person first (findings_in(*_texts(content))) and pass True only if they chose to go on.

Long exports accept `progress(fraction, message)` and `cancel` (a callable returning True to
stop, or a threading.Event). To run them on a worker thread, gather on the thread that owns the
database and render on the worker:

    export_pack(store, meeting_id, path, large_print=False, progress=None, cancel=None)
    render_pack(gather_pack(store, meeting_id), path, ...)
    export_minutes(store, meeting_id, path, who_was_heard=False, large_print=False, today=None,
                   progress=None, cancel=None)
    render_minutes(gather_minutes(store, meeting_id, with_turns=True), path, ...)
    export_action_log(store, committee_id, path, include_closed=False, today=None, ...)
        .docx or .csv, chosen by the file name's ending
    render_action_log_docx / render_action_log_csv(gather_action_log(store, committee_id), path)
    export_claim(InvolvementClaim(...), path, large_print=False)   (see claim.py)
    export_document(markdown, path, title="", large_print=False)  (document.py)
    export_glossary_csv(entries, path)  (glossary_csv.py)
    gather_send / write_send_files / record_sent  (send_pack.py)
    pii_findings_for_meeting(store, meeting_id, include_minutes=True) -> [ExportFinding]
    findings_in(pack_texts(content) | minutes_texts | action_log_texts | claim_texts | ...)

Names are loaded on first use, so `from meetingkit.export import export_action_log` for a CSV
does not load python-docx.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "export_pack": "pack", "render_pack": "pack",
    "export_minutes": "minutes", "render_minutes": "minutes",
    "export_action_log": "actions", "render_action_log_docx": "actions",
    "render_action_log_csv": "actions",
    "InvolvementClaim": "claim", "ClaimRow": "claim", "export_claim": "claim",
    "claim_totals": "claim",
    "pii_findings_for_meeting": "privacy_check", "ExportFinding": "privacy_check",
    "PatientDetailsFound": "privacy_check", "findings_in": "privacy_check",
    "export_document": "document", "export_glossary_csv": "glossary_csv",
    "write_csv": "csv_out",
    "gather_pack": "content", "gather_minutes": "content", "gather_action_log": "content",
    "ExportCancelled": "progress",
    "write_atomically": "atomic",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'meetingkit.export' has no attribute {name!r}")
    return getattr(importlib.import_module(f"meetingkit.export.{module}"), name)
