"""`meetingkit check FILE...`: plain-language findings and reading figures for papers.

Exit status 0 whether or not there are findings; 2 (with a one-line reason) when a file cannot be
read. `--format json` prints one object for one file and a list of objects for several."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "check papers for jargon, acronyms and long sentences"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("files", nargs="+", metavar="FILE", help="papers (.docx, .md or .txt)")
    parser.add_argument("--format", choices=("text", "json"), default="text",
                        help="text for people (default) or json for programs")
    parser.add_argument("--glossary", metavar="CSV", help="your trust's own glossary (CSV)")
    parser.add_argument("--target-age", type=float, default=11, metavar="YEARS",
                        help="reading age to aim for (default 11)")
    parser.add_argument("--warnings-only", action="store_true",
                        help="leave out advice marked for information only")


def _load_glossary(path: str | None):
    if not path:
        return None
    from meetingkit.errors import ImportRefused, MeetingKitError
    from meetingkit.plain.glossary_csv import import_glossary_csv

    try:
        return import_glossary_csv(path)
    except ImportRefused as error:
        raise MeetingKitError(f"{path}: {error}") from None


def result_dict(name: str, report) -> dict:
    stats = report.stats
    return {
        "file": name,
        "stats": {
            "words": stats.words, "sentences": stats.sentences,
            "flesch_reading_ease": stats.flesch_reading_ease,
            "flesch_kincaid_grade": stats.flesch_kincaid_grade,
            "reading_age": stats.reading_age, "reading_minutes": stats.reading_minutes,
            "target_reading_age": stats.target_reading_age, "meets_target": stats.meets_target,
            "counts": stats.counts,
        },
        "findings": [f.to_dict() for f in report.findings],
    }


def format_text(name: str, report, warnings_only: bool = False) -> str:
    stats = report.stats
    minutes = max(1, round(stats.reading_minutes))
    target = "meets" if stats.meets_target else "above"
    lines = [
        f"{name}: {stats.words:,} words, {stats.sentences:,} sentences, about {minutes} "
        f"minute{'s' if minutes != 1 else ''} to read.",
        f"  Reading age {stats.reading_age:.0f} ({target} the target of "
        f"{stats.target_reading_age:g}); Flesch reading ease {stats.flesch_reading_ease:.0f}, "
        f"Flesch-Kincaid grade {stats.flesch_kincaid_grade:.1f}.",
    ]
    shown = [f for f in report.findings if not warnings_only or f.severity == "warning"]
    counts = ", ".join(f"{n} {c}" for c, n in stats.counts.items() if n)
    lines.append(f"  {len(report.findings)} things to look at" + (f" ({counts})." if counts else "."))
    for finding in shown:
        marker = "" if finding.severity == "warning" else " (advice)"
        lines.append(f"{name}:{finding.line}:{finding.column}: {finding.category}{marker}: "
                     f"\"{_short(finding.text)}\" - {finding.message}")
    return "\n".join(lines)


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def run(args: argparse.Namespace) -> int:
    from meetingkit.plain import check
    from meetingkit.plain.papers import read_paper

    glossary = _load_glossary(args.glossary)
    papers = [(name, read_paper(name)[1]) for name in args.files]  # all readable, or exit 2
    reports = [(name, check(markdown, glossary, args.target_age)) for name, markdown in papers]
    out = sys.stdout
    if args.format == "json":
        data = [result_dict(name, report) for name, report in reports]
        # no indent: the C encoder is many times faster on papers with thousands of findings
        out.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False) + "\n")
    else:
        out.write("\n\n".join(format_text(n, r, args.warnings_only) for n, r in reports) + "\n")
    return 0
