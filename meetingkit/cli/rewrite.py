"""`meetingkit rewrite FILE -o OUT`: write a plainer version of a paper (.md or .docx).

Only changes proven safe are made; the rest are listed as suggestions for a person to decide.
`--format json` prints the plain text, the changes made and the suggestions, each with its start,
end, line and column in the file as given (for a Word file: paragraph and offset inside it), and
the reading figures before and after.

Like every export, nothing is written or printed when the plain version holds what looks like a
patient's details (meetingkit/export/privacy_check.py), unless --allow-patient-details is given:
the findings are listed instead and the command exits with 3, as `meetingkit export` does."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HELP = "write a plain-English version of a paper (markdown or Word)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from meetingkit.cli.check import add_pack_argument

    parser.add_argument("file", metavar="FILE", help="the paper (.docx, .md or .txt)")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="where to save it: a .md or .docx file (default: print markdown)")
    parser.add_argument("--glossary", metavar="CSV", help="your trust's own glossary (CSV)")
    parser.add_argument("--list-changes", action="store_true",
                        help="also list each change made and each suggestion left")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text: the plain version (default); json: it with every change")
    parser.add_argument("--allow-patient-details", action="store_true",
                        help="write it even if something looks like a patient's details")
    add_pack_argument(parser)


def _change_dict(change, source, is_word: bool) -> dict:
    item = change.to_dict()
    start, end = source.offset(change.start), source.offset(change.end, is_end=True)
    line, column = source.line_column(start)
    item.update(start=start, end=max(start, end), line=line, column=column)
    if is_word:
        item.update(paragraph=line, offset_in_paragraph=column - 1)
    return item


def run(args: argparse.Namespace) -> int:
    from meetingkit.cli.check import _glossary_for_packs, _load_glossary
    from meetingkit.errors import MeetingKitError
    from meetingkit.plain import check, rewrite
    from meetingkit.plain.papers import read_paper

    glossary = _glossary_for_packs(args.pack, _load_glossary(args.glossary))
    title, markdown = read_paper(args.file)
    result = rewrite(markdown, glossary)
    if not args.allow_patient_details:
        from meetingkit.cli.export import _PATIENT_DETAILS_EXIT, _tell_patient_details
        from meetingkit.export.privacy_check import document_texts, findings_in

        found = findings_in(document_texts(title, result.text))
        if found:  # the plain version is printed or saved: it passes the export check first
            _tell_patient_details(found)
            return _PATIENT_DETAILS_EXIT
    before, after = check(markdown, glossary).stats, check(result.text, glossary).stats
    if args.format == "json":
        from meetingkit.plain.source_map import SourceMap, original_text

        try:
            original, is_word = original_text(args.file)
        except (OSError, ValueError, KeyError):
            original, is_word = markdown, False
        source = SourceMap(markdown, original)
        sys.stdout.write(json.dumps({
            "file": args.file, "text": result.text,
            "offsets": "word-paragraphs" if is_word else "file",
            "changes": [_change_dict(c, source, is_word) for c in result.changes],
            "suggestions": [_change_dict(c, source, is_word) for c in result.suggestions],
            "before": {"words": before.words, "reading_age": before.reading_age},
            "after": {"words": after.words, "reading_age": after.reading_age},
        }, ensure_ascii=False) + "\n")
        return 0
    output = args.output
    if not output or output == "-":
        sys.stdout.write(result.text)
    else:
        suffix = Path(output).suffix.lower()
        if suffix == ".docx":
            from meetingkit.export.document import export_document

            # Checked above (or allowed): the writer need not scan the same text again.
            export_document(result.text, output, title, subject="Plain English version",
                            allow_patient_details=True)
        elif suffix in (".md", ".markdown", ".txt"):
            try:
                Path(output).write_text(result.text, encoding="utf-8")
            except OSError as error:
                raise MeetingKitError(f"{output}: could not be saved ({error.strerror}).") from None
        else:
            raise MeetingKitError(f"{output}: choose a .md or .docx file to save to.")
        count = len(result.changes)
        left = len(result.suggestions)
        print(f"Made {count} change{'s' if count != 1 else ''}; saved {output}. "
              f"{left} suggestion{'s' if left != 1 else ''} left for you to decide "
              "(--list-changes shows them).", file=sys.stderr)
        print(f"Reading age {before.reading_age:.0f} before, {after.reading_age:.0f} after; "
              f"{before.words:,} words before, {after.words:,} after.", file=sys.stderr)
    if args.list_changes:
        for change in result.changes:
            print(f"  made: {change.rule}: \"{change.original}\" -> \"{change.replacement}\"",
                  file=sys.stderr)
        for change in result.suggestions:
            print(f"  suggested: {change.rule}: \"{change.original}\" -> \"{change.replacement}\"",
                  file=sys.stderr)
    return 0
