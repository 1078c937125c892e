"""`meetingkit export`: save a meeting pack, review pack, minutes or action log to a file.

    meetingkit export pack --meeting ID -o FILE.docx [--large-print]
    meetingkit export review-pack --meeting ID -o FILE.mkreview
    meetingkit export minutes --meeting ID -o FILE.docx [--who-was-heard]
    meetingkit export actions --committee ID -o FILE.docx|FILE.csv [--include-closed]

Anything that looks like a patient's details stops any export (listed on stderr) unless
--allow-patient-details is given: the check every exporter runs before writing. No Qt;
python-docx only for Word.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "save a meeting pack, review pack, minutes or action log to a file"

_PATIENT_DETAILS_EXIT = 3


def add_arguments(parser: argparse.ArgumentParser) -> None:
    kinds = parser.add_subparsers(dest="what", metavar="WHAT", required=True)
    pack = kinds.add_parser("pack", help="the meeting pack as a Word file")
    _meeting(pack, "FILE.docx")
    pack.add_argument("--large-print", action="store_true",
                      help="16 point text and bigger headings")
    review = kinds.add_parser("review-pack", help="the review pack for partners (.mkreview)")
    _meeting(review, "FILE.mkreview")
    minutes = kinds.add_parser("minutes", help="the minutes as a Word file")
    _meeting(minutes, "FILE.docx")
    minutes.add_argument("--who-was-heard", action="store_true",
                         help="add speaking time by group and person")
    minutes.add_argument("--large-print", action="store_true",
                         help="16 point text and bigger headings")
    actions = kinds.add_parser("actions", help="the committee's action log (Word or CSV)")
    actions.add_argument("--committee", type=int, required=True, metavar="ID",
                         help="the committee's number")
    actions.add_argument("-o", "--output", required=True, metavar="FILE.docx|FILE.csv",
                         help="file to save (.csv for a spreadsheet, otherwise Word)")
    actions.add_argument("--include-closed", action="store_true",
                         help="list done and closed actions too")
    _allow(actions)
    for kind in (pack, review, minutes, actions):  # --db after the command works too
        kind.add_argument("--db", dest="command_db", metavar="PATH", help="database file to use")


def _meeting(parser: argparse.ArgumentParser, output: str) -> None:
    parser.add_argument("--meeting", type=int, required=True, metavar="ID",
                        help="the meeting's number")
    parser.add_argument("-o", "--output", required=True, metavar=output, help="file to save")
    _allow(parser)


def _allow(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--allow-patient-details", action="store_true",
                        help="export even if something looks like a patient's details")


def run(args: argparse.Namespace) -> int:
    from meetingkit.errors import MeetingKitError
    from meetingkit.export.privacy_check import PatientDetailsFound
    from meetingkit.leftovers import note_target
    from meetingkit.paths import choose_database
    from meetingkit.store import Store

    path = choose_database(getattr(args, "command_db", None) or args.db, args.portable)
    if not path.exists():
        raise MeetingKitError(f"There is no MeetingKit database at {path}. Give one with --db.")
    output = Path(args.output).expanduser()
    store = Store.open(path)
    note_target(store.path, output)  # so a killed export's working file is tidied later
    try:
        if args.what == "actions":
            from meetingkit.export.actions import export_action_log

            if args.committee not in {c.id for c in store.committees.all()}:
                raise MeetingKitError(f"There is no committee number {args.committee} in "
                                      f"{path.name}.")
            saved = export_action_log(store, args.committee, output,
                                      include_closed=args.include_closed,
                                      allow_patient_details=args.allow_patient_details)
        else:
            try:
                store.meetings.get(args.meeting)
            except MeetingKitError:
                raise MeetingKitError(f"There is no meeting number {args.meeting} in "
                                      f"{path.name}.") from None
            saved = _export_meeting(store, args, output)
    except PatientDetailsFound as found:
        _tell_patient_details(found.findings)
        return _PATIENT_DETAILS_EXIT
    finally:
        store.close()
    print(f"Saved {saved}")
    return 0


def _export_meeting(store, args: argparse.Namespace, output: Path) -> Path:
    allow = args.allow_patient_details
    if args.what == "pack":
        from meetingkit.export.pack import export_pack

        return export_pack(store, args.meeting, output, large_print=args.large_print,
                           allow_patient_details=allow)
    if args.what == "review-pack":
        from meetingkit.review.pack_writer import export_review_pack

        if not output.suffix:
            output = output.with_suffix(".mkreview")
        return export_review_pack(store, args.meeting, output, allow_patient_details=allow)
    from meetingkit.export.minutes import export_minutes

    return export_minutes(store, args.meeting, output, who_was_heard=args.who_was_heard,
                          large_print=args.large_print, allow_patient_details=allow)


def _tell_patient_details(findings) -> None:
    for finding in findings:
        print(f"  {finding.describe()}", file=sys.stderr)
    count = len(findings)
    print(f"meetingkit: {count} thing{'s' if count != 1 else ''} above look{'' if count != 1 else 's'} "
          "like a patient's details, so nothing was saved. Remove them, or add "
          "--allow-patient-details to export anyway.", file=sys.stderr)
