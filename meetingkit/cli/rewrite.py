"""`meetingkit rewrite FILE -o OUT`: write a plainer version of a paper (.md or .docx)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HELP = "write a plain-English version of a paper (markdown or Word)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", help="the paper (.docx, .md or .txt)")
    parser.add_argument("-o", "--output", metavar="OUT",
                        help="where to save it: a .md or .docx file (default: print markdown)")
    parser.add_argument("--glossary", metavar="CSV", help="your trust's own glossary (CSV)")
    parser.add_argument("--list-changes", action="store_true",
                        help="also list each change made")


def run(args: argparse.Namespace) -> int:
    from meetingkit.cli.check import _load_glossary
    from meetingkit.errors import MeetingKitError
    from meetingkit.plain import rewrite
    from meetingkit.plain.papers import read_paper

    glossary = _load_glossary(args.glossary)
    title, markdown = read_paper(args.file)
    result = rewrite(markdown, glossary)
    output = args.output
    if not output or output == "-":
        sys.stdout.write(result.text)
    else:
        suffix = Path(output).suffix.lower()
        if suffix == ".docx":
            from meetingkit.export.document import export_document

            export_document(result.text, output, title, subject="Plain English version")
        elif suffix in (".md", ".markdown", ".txt"):
            try:
                Path(output).write_text(result.text, encoding="utf-8")
            except OSError as error:
                raise MeetingKitError(f"{output}: could not be saved ({error.strerror}).") from None
        else:
            raise MeetingKitError(f"{output}: choose a .md or .docx file to save to.")
        count = len(result.changes)
        print(f"Made {count} change{'s' if count != 1 else ''}; saved {output}", file=sys.stderr)
    if args.list_changes:
        for change in result.changes:
            print(f"  {change.rule}: \"{change.original}\" -> \"{change.replacement}\"", file=sys.stderr)
    return 0
