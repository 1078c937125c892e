"""The committee's action log on its own, as a Word table or a CSV file for a spreadsheet.
Overdue actions say "Overdue" in words (and in bold in Word), never by colour alone."""

from __future__ import annotations

from pathlib import Path

from meetingkit import clock
from meetingkit.export.content import ActionLogContent, gather_action_log
from meetingkit.export.dates import long_date, short_date
from meetingkit.export.privacy_check import action_log_texts, refuse_patient_details
from meetingkit.export.progress import CancelFlag, Progress, ProgressCallback

CSV_HEADERS = ("Number", "Action", "Who", "Due", "Status", "Agreed at the meeting on",
               "Closed on")


def export_action_log(store, committee_id: int, path: Path | str, *,
                      include_closed: bool = False, today: str | None = None,
                      large_print: bool = False, progress: ProgressCallback | None = None,
                      cancel: CancelFlag = None, allow_patient_details: bool = False) -> Path:
    """Saves the action log as Word (.docx) or CSV (.csv), chosen by the file name's ending."""
    content = gather_action_log(store, committee_id, include_closed=include_closed)
    if Path(path).suffix.lower() == ".csv":
        return render_action_log_csv(content, path, today=today,
                                     allow_patient_details=allow_patient_details)
    return render_action_log_docx(content, path, today=today, large_print=large_print,
                                  progress=progress, cancel=cancel,
                                  allow_patient_details=allow_patient_details)


def action_rows(content: ActionLogContent, today: str) -> list[list[str]]:
    """One row per action, in the CSV column order."""
    return [
        [str(action.id), action.text, action.owner, action.due or "",
         action.status_words(today), content.meeting_dates.get(action.meeting_id, ""),
         (action.closed_at or "")[:10]]
        for action in content.actions
    ]


def render_action_log_csv(content: ActionLogContent, path: Path | str,
                          today: str | None = None, allow_patient_details: bool = False) -> Path:
    from meetingkit.export.csv_out import write_csv

    refuse_patient_details(action_log_texts(content), allow_patient_details,
                           content.staff)

    today = today or clock.today_iso()
    return write_csv(path, CSV_HEADERS, action_rows(content, today))


def render_action_log_docx(content: ActionLogContent, path: Path | str, *,
                           today: str | None = None, large_print: bool = False,
                           progress: ProgressCallback | None = None,
                           cancel: CancelFlag = None, allow_patient_details: bool = False) -> Path:
    refuse_patient_details(action_log_texts(content), allow_patient_details,
                           content.staff)
    from meetingkit.export.docx_setup import new_document
    from meetingkit.export.docx_writer import DocWriter
    from meetingkit.export.minutes import count_words

    steps = Progress(progress, cancel)
    steps.step(0.0, "Starting the action log")
    today = today or clock.today_iso()
    title = f"Action log: {content.committee.name}"
    writer = DocWriter(new_document(title, large_print, author=content.committee.name,
                                    subject="Action log"))
    writer.heading(title, 1)
    which = "All actions" if content.include_closed else "Actions still open"
    writer.paragraph(f"{which}: {count_words(content.actions, today)}, as at {long_date(today)}.")
    if content.actions:
        rows, bold = [], []
        for index, action in enumerate(content.actions):
            status = action.status_words(today)
            rows.append([action.text, action.owner or "Not given",
                         short_date(action.due) or "No date", status,
                         short_date(content.meeting_dates.get(action.meeting_id))])
            if status == "Overdue":
                bold.append((index, 3))
        writer.table(["Action", "Who", "Due", "Status", "Agreed at the meeting on"], rows,
                     caption="Action log", bold_cells=bold)
    steps.step(0.9, "Saving the file")
    saved = writer.save(path)
    steps.step(1.0, "Done")
    return saved

