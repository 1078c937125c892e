"""Measure the plain-language engine on a folder of real, hand-labelled NHS papers.

    python -m benchmarks.real_papers FOLDER [--half dev|held|all] [--changes OUT.jsonl]
                                            [--verdicts VERDICTS.json] [--json OUT.json]

FOLDER holds papers/NN-name.md and labels/NN-name.json (the labels' schema is described in the
folder's README). Nothing from the folder is stored in the repository: this script reads the
texts, prints figures, and (with --changes) writes each rewrite change with its sentence to a
file you name, for a person to classify outside the repository. --verdicts reads that person's
classification back ({key: "meaning" | "grammar" | "awkward" | "fine"}) and counts it.

The development half is the files with odd numbers, the held-out half the even ones.

What is measured, in the issue's table shape:
- barrier recall: labelled "barrier" jargon with a word-level finding in the barrier tier on it
  (an engine without tiers: any word-level finding); a labelled word is matched singular or
  plural, as the labels list each word once, in one of the forms the paper uses;
- unexplained-acronym recall: labelled unexplained acronyms with a finding that says so;
- explained-acronym handling: labelled explained acronyms never called unexplained and never
  rewritten to another meaning;
- barrier precision: of the distinct word-level barrier-tier findings per paper, the share on a
  labelled barrier term or code (findings on "borderline" terms are left out: don't care);
- false alarms per 1,000 words on the plain public pages (word-level barrier findings and
  unexplained-acronym warnings on nothing labelled; well-known acronyms are neutral);
- reading age of the original against the rewrite, paper by paper.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.common import ROOT  # noqa: F401  (puts the checkout on sys.path)

NOT_WORD_LEVEL = {"sentence", "structure", "acronym"}
ACRONYM_PROBLEM_RULES = {"acronym-undefined", "acronym-unknown", "acronym-glossary",
                         "acronym-before-definition", "acronym-ambiguous"}
ACRONYM_UNEXPLAINED_RULES = {"acronym-undefined", "acronym-unknown", "acronym-glossary",
                             "acronym-ambiguous"}


def _tier(finding) -> str:
    return getattr(finding, "tier", "") or "barrier"


def _occurrences(text: str, term: str, case: bool = False,
                 number: bool = False) -> list[tuple[int, int]]:
    """Where a labelled term is in the text. `case`: as written, with a plural or possessive
    ending (an acronym); `number`: in any case, singular or plural (a labelled word is listed
    once per paper, in one form, but a paper may use both: 'serious incident(s)')."""
    words = [re.escape(w).replace("['’]", "'").replace("'", "['’]") for w in term.split()]
    if not words:
        return []
    if number:
        last = words[-1]
        if last.lower().endswith("ies"):
            words[-1] = last[:-3] + "(?:y|ies)"
        elif last.lower().endswith("s") and len(last) > 3:
            words[-1] = last[:-1] + "(?:s|es)?"
        else:
            words[-1] = last + "(?:s|es)?"
    pattern = r"(?<![\w])" + r"\s+".join(words) + (r"(?:s|'s|’s)?" if case else "") + r"(?![\w])"
    return [m.span() for m in re.finditer(pattern, text, 0 if case else re.I)]


def _overlaps(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    return any(span[0] < end and span[1] > start for start, end in spans)


@dataclass
class PaperResult:
    name: str
    plain_public: bool
    words: int
    barrier_total: int = 0
    barrier_found: int = 0
    missed: list[str] = field(default_factory=list)
    unexplained_total: int = 0
    unexplained_found: int = 0
    unexplained_missed: list[str] = field(default_factory=list)
    explained_total: int = 0
    explained_ok: int = 0
    explained_wrong: list[str] = field(default_factory=list)
    barrier_findings: int = 0
    barrier_findings_real: int = 0
    not_real: list[str] = field(default_factory=list)
    false_alarms: list[str] = field(default_factory=list)
    simpler_total: int = 0
    simpler_found: int = 0
    codes_total: int = 0
    codes_found: int = 0
    age_before: float = 0.0
    age_after: float = 0.0
    words_after: int = 0
    changes: list[dict] = field(default_factory=list)


def _sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    left = max(text.rfind("\n", 0, start), *(text.rfind(m, 0, start) for m in (". ", "? ", "! ")))
    right_candidates = [i for i in (text.find("\n", end), *(text.find(m, end) for m in (". ", "? ", "! ")))
                        if i >= 0]
    right = min(right_candidates) + 1 if right_candidates else len(text)
    return left + 1, right


def measure_paper(paper: Path, label: dict, engine) -> PaperResult:
    text = paper.read_text(encoding="utf-8")
    report = engine.check(text)
    result = PaperResult(paper.name, bool(label.get("plain_public")), report.stats.words)
    findings = report.findings
    word_findings = [f for f in findings if f.category not in NOT_WORD_LEVEL]
    barrier_findings = [f for f in word_findings if _tier(f) == "barrier"]
    acronym_findings = [f for f in findings if f.category == "acronym"]

    barrier_spans: list[tuple[int, int]] = []
    borderline_spans: list[tuple[int, int]] = []
    for item in label["jargon"]:
        spans = _occurrences(text, item["term"], number=True)
        if item["tier"] == "barrier":
            barrier_spans += spans
            result.barrier_total += 1
            if any(_overlaps((f.start, f.end), spans) for f in barrier_findings):
                result.barrier_found += 1
            else:
                result.missed.append(item["term"])
        else:
            borderline_spans += spans
    code_spans: list[tuple[int, int]] = []
    for item in label["codes"]:
        spans = _occurrences(text, item["text"])
        code_spans += spans
        result.codes_total += 1
        if any(_overlaps((f.start, f.end), spans) for f in findings
               if f.category not in ("sentence", "structure")):
            result.codes_found += 1
    simpler_spans: list[tuple[int, int]] = []
    for item in label["simpler"]:
        spans = _occurrences(text, item["term"], number=True)
        simpler_spans += spans
        result.simpler_total += 1
        if any(_overlaps((f.start, f.end), spans) for f in word_findings):
            result.simpler_found += 1

    # Acronyms.
    changes = engine.rewrite(text).changes
    acronym_spans: list[tuple[int, int]] = []
    for item in label["acronyms_unexplained"]:
        spans = _occurrences(text, item["acronym"], case=True)
        acronym_spans += spans
        result.unexplained_total += 1
        if any(_overlaps((f.start, f.end), spans) for f in acronym_findings
               if f.rule in ACRONYM_PROBLEM_RULES):
            result.unexplained_found += 1
        else:
            result.unexplained_missed.append(item["acronym"])
    for item in label["acronyms_explained"]:
        spans = _occurrences(text, item["acronym"], case=True)
        acronym_spans += spans
        result.explained_total += 1
        wrong = [f.rule for f in acronym_findings
                 if _overlaps((f.start, f.end), spans) and f.rule in ACRONYM_UNEXPLAINED_RULES]
        long_words = set(re.findall(r"\w+", item["long"].lower()))
        for change in changes:
            if _overlaps((change.start, change.end), spans):
                added = set(re.findall(r"\w+", change.replacement.lower())) - long_words
                added -= set(re.findall(r"\w+", change.original.lower()))
                if added - {"the", "a", "an", "s"}:
                    wrong.append(f"rewritten as {change.replacement!r}")
        if wrong:
            result.explained_wrong.append(f"{item['acronym']}: {', '.join(wrong)}")
        else:
            result.explained_ok += 1
    for item in label.get("definitions_in_paper", []):
        acronym_spans += _occurrences(text, item["short"], case=True)
    well_known = [s for a in label.get("acronyms_well_known", []) for s in _occurrences(text, a, True)]

    # Precision: distinct (text) barrier-tier findings per paper, borderline ones left out.
    real_spans = barrier_spans + code_spans
    by_text: dict[str, list] = {}
    for f in barrier_findings:
        by_text.setdefault(" ".join(f.text.lower().split()), []).append(f)
    for key, group in by_text.items():
        real = any(_overlaps((f.start, f.end), real_spans) for f in group)
        if not real and any(_overlaps((f.start, f.end), borderline_spans) for f in group):
            continue
        result.barrier_findings += 1
        if real:
            result.barrier_findings_real += 1
        else:
            result.not_real.append(key)

    if result.plain_public:
        labelled = (barrier_spans + borderline_spans + code_spans + simpler_spans + acronym_spans
                    + well_known)
        alarms = [f for f in barrier_findings
                  if not _overlaps((f.start, f.end), labelled)]
        alarms += [f for f in acronym_findings if f.severity == "warning"
                   and f.rule in ACRONYM_PROBLEM_RULES and not _overlaps((f.start, f.end), labelled)]
        result.false_alarms = [f"{f.text} ({f.rule})" for f in alarms]

    rewritten = engine.apply_changes(text, changes)
    after = engine.check(rewritten)
    result.age_before, result.age_after = report.stats.reading_age, after.stats.reading_age
    result.words_after = after.stats.words
    for change in changes:
        left, right = _sentence_around(text, change.start, change.end)
        before_sentence = text[left:right]
        after_sentence = (text[left:change.start] + change.replacement + text[change.end:right])
        result.changes.append({
            "key": f"{paper.name}:{change.start}:{change.original}->{change.replacement}",
            "file": paper.name, "rule": change.rule, "original": change.original,
            "replacement": change.replacement, "before": before_sentence.strip(),
            "after": after_sentence.strip()})
    return result


class _Engine:
    def __init__(self) -> None:
        from meetingkit.plain import apply_changes, check, rewrite

        self.check, self.rewrite, self.apply_changes = check, rewrite, apply_changes


def _ratio(found: int, total: int) -> str:
    return f"{found / total:.2f} ({found}/{total})" if total else "-"


def summarise(results: list[PaperResult], verdicts: dict[str, str] | None) -> list[tuple[str, str]]:
    def total(attr: str) -> int:
        return sum(getattr(r, attr) for r in results)

    plain = [r for r in results if r.plain_public]
    plain_words = sum(r.words for r in plain)
    alarms = sum(len(r.false_alarms) for r in plain)
    rate = f"{alarms * 1000 / plain_words:.2f} per 1,000 words ({alarms} in {plain_words:,})" \
        if plain_words else "-"
    papers = [r for r in results if r.words]
    higher = [r for r in papers if r.age_after > r.age_before + 1e-9]
    lower = [r for r in papers if r.age_after < r.age_before - 1e-9]
    mean_before = sum(r.age_before for r in papers) / len(papers)
    mean_after = sum(r.age_after for r in papers) / len(papers)
    changes = [c for r in results for c in r.changes]
    rows = [
        ("barrier jargon found (recall)", _ratio(total("barrier_found"), total("barrier_total"))),
        ("unexplained acronyms found (recall)",
         _ratio(total("unexplained_found"), total("unexplained_total"))),
        ("explained acronyms handled", _ratio(total("explained_ok"), total("explained_total"))),
        ("barrier-tier findings that are real barriers (precision)",
         _ratio(total("barrier_findings_real"), total("barrier_findings"))),
        ("false alarms on plain public pages", rate),
        ("reading age, original -> plain (mean)",
         f"{mean_before:.1f} -> {mean_after:.1f}; higher in {len(higher)}, lower in {len(lower)}, "
         f"same in {len(papers) - len(higher) - len(lower)} of {len(papers)} papers"),
        ("words, original -> plain", f"{total('words'):,} -> {total('words_after'):,}"),
        ("simpler words found (recall, any tier)", _ratio(total("simpler_found"), total("simpler_total"))),
        ("codes found (recall)", _ratio(total("codes_found"), total("codes_total"))),
        ("rewrite changes applied", str(len(changes))),
    ]
    if verdicts is not None:
        counts: dict[str, int] = {}
        for change in changes:
            verdict = verdicts.get(change["key"], "unclassified")
            counts[verdict] = counts.get(verdict, 0) + 1
        order = ("meaning", "grammar", "awkward", "fine", "unclassified")
        rows.append(("rewrite changes by verdict",
                     ", ".join(f"{k} {counts[k]}" for k in order if counts.get(k))))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.real_papers",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--half", choices=("dev", "held", "all"), default="dev")
    parser.add_argument("--changes", type=Path, help="write every rewrite change here (JSON lines)")
    parser.add_argument("--verdicts", type=Path, help="a person's classification of the changes")
    parser.add_argument("--details", action="store_true", help="list misses and false alarms")
    parser.add_argument("--json", type=Path, help="write the summary rows here")
    args = parser.parse_args(argv)
    engine = _Engine()
    results = []
    for label_path in sorted((args.folder / "labels").glob("*.json")):
        number = int(label_path.name[:2])
        if args.half == "dev" and number % 2 == 0 or args.half == "held" and number % 2 == 1:
            continue
        label = json.loads(label_path.read_text(encoding="utf-8"))
        results.append(measure_paper(args.folder / "papers" / label["file"], label, engine))
    verdicts = None
    if args.verdicts and args.verdicts.exists():
        verdicts = json.loads(args.verdicts.read_text(encoding="utf-8"))
    rows = summarise(results, verdicts)
    print(f"{args.half} half: {len(results)} papers")
    print("| measure | figure |\n|---|---|")
    for name, value in rows:
        print(f"| {name} | {value} |")
    if args.details:
        for r in results:
            print(f"\n{r.name}: age {r.age_before} -> {r.age_after}")
            for title, items in (("missed barrier", r.missed), ("missed acronym", r.unexplained_missed),
                                 ("explained acronym mishandled", r.explained_wrong),
                                 ("barrier finding not real", r.not_real),
                                 ("false alarm", r.false_alarms)):
                if items:
                    print(f"  {title}: {'; '.join(items)}")
    if args.changes:
        with args.changes.open("w", encoding="utf-8") as out:
            for r in results:
                for change in r.changes:
                    out.write(json.dumps(change, ensure_ascii=False) + "\n")
    if args.json:
        args.json.write_text(json.dumps(dict(rows), indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
