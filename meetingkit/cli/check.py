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
    add_pack_argument(parser)


# The domain packs (meetingkit.plain.packs.PACKS, tests/plain/test_plain_cli.py keeps the two
# the same): named here so building the parser does not load the engine.
PACK_NAMES = ("mental-health", "maternity", "ambulance", "safeguarding", "legal", "investigations",
              "governance")


def add_pack_argument(parser: argparse.ArgumentParser) -> None:
    PACKS = PACK_NAMES  # noqa: N806

    parser.add_argument("--pack", action="append", metavar="PACK",
                        choices=(*PACKS, "all", "none"),
                        help="domain word lists to use (repeat for more): "
                             + ", ".join(PACKS) + "; all (the default) or none")


def _load_glossary(path: str | None):
    if not path:
        return None
    from meetingkit.errors import ImportRefused, MeetingKitError
    from meetingkit.plain.glossary_csv import import_glossary_csv

    try:
        return import_glossary_csv(path)
    except ImportRefused as error:
        raise MeetingKitError(f"{path}: {error}") from None


def in_file(name: str, markdown: str, findings: list) -> tuple[list[dict], bool]:
    """The findings as dicts whose start, end, line and column point into the file as given
    (for a Word file: its paragraphs, one to a line, with the paragraph number and the offset
    inside it), and whether the file is a Word file."""
    from meetingkit.plain.source_map import SourceMap, original_text

    try:
        original, is_word = original_text(name)
    except (OSError, ValueError, KeyError):  # unreadable a second time: the markdown's offsets
        return [f.to_dict() for f in findings], False
    source = SourceMap(markdown, original)
    out = []
    for finding in findings:
        item = finding.to_dict()
        start, end = source.offset(finding.start), source.offset(finding.end, is_end=True)
        line, column = source.line_column(start)
        item.update(start=start, end=max(start, end), line=line, column=column)
        if is_word:
            item.update(paragraph=line, offset_in_paragraph=column - 1)
        out.append(item)
    return out, is_word


def result_dict(name: str, report, markdown: str | None = None) -> dict:
    stats = report.stats
    findings = [f.to_dict() for f in report.findings]
    is_word = False
    if markdown is not None:
        findings, is_word = in_file(name, markdown, report.findings)
    return {
        "file": name,
        "stats": {
            "words": stats.words, "sentences": stats.sentences,
            "flesch_reading_ease": stats.flesch_reading_ease,
            "flesch_kincaid_grade": stats.flesch_kincaid_grade,
            "reading_age": stats.reading_age, "reading_minutes": stats.reading_minutes,
            "target_reading_age": stats.target_reading_age, "meets_target": stats.meets_target,
            "counts": stats.counts, "barriers": stats.barriers, "simpler_words": stats.simpler,
        },
        # Offsets are characters into the file as given; a Word file is read as its
        # paragraphs, one to a line ("paragraph" and "offset_in_paragraph" say where).
        "offsets": "word-paragraphs" if is_word else "file",
        "findings": findings,
    }


def format_text(name: str, report, warnings_only: bool = False,
                located: list[dict] | None = None) -> str:
    """What a person reads: the figures, then barriers first and simpler words after them, each
    as file:line:column (in the file as given when `located` is passed)."""
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
    where = located or [f.to_dict() for f in report.findings]
    pairs = [(f, w) for f, w in zip(report.findings, where, strict=True)
             if not warnings_only or f.severity == "warning"]
    counts = ", ".join(f"{n} {c}" for c, n in stats.counts.items() if n)
    lines.append(f"  {len(report.findings)} things to look at" + (f" ({counts})." if counts else "."))
    lines.append(f"  {stats.barriers} barrier{'s' if stats.barriers != 1 else ''} a reader may "
                 f"not understand; {stats.simpler} simpler word{'s' if stats.simpler != 1 else ''} "
                 "to consider.")
    order = {"barrier": 0, "": 1, "simpler": 2}
    for finding, place in sorted(pairs, key=lambda p: order.get(p[0].tier, 1)):
        marker = "" if finding.severity == "warning" else " (advice)"
        tier = {"barrier": "barrier: ", "simpler": "simpler word: "}.get(finding.tier, "")
        lines.append(f"{name}:{place['line']}:{place['column']}: {tier}{finding.category}{marker}: "
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
    compiled = _glossary_for_packs(args.pack, glossary)
    reports = [(name, markdown, check(markdown, compiled, args.target_age))
               for name, markdown in papers]
    out = sys.stdout
    if args.format == "json":
        data = [result_dict(name, report, markdown) for name, markdown, report in reports]
        # no indent: the C encoder is many times faster on papers with thousands of findings
        out.write(json.dumps(data[0] if len(data) == 1 else data, ensure_ascii=False) + "\n")
    else:
        out.write("\n\n".join(
            format_text(n, r, args.warnings_only, in_file(n, m, r.findings)[0])
            for n, m, r in reports) + "\n")
    return 0


def _glossary_for_packs(packs: list[str] | None, trust_entries):
    """The shipped lists with the chosen domain packs (all of them unless --pack is given),
    plus a trust's own entries."""
    from meetingkit.plain import Glossary

    chosen = None if not packs or "all" in packs else [p for p in packs if p != "none"]
    base = Glossary.load_default(chosen)
    return base.with_entries(trust_entries) if trust_entries else base
