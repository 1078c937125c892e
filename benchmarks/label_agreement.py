"""How far two careful editors agree on what a lay reader would stumble on, and how the checker
does against each of them and against what both marked.

    python -m benchmarks.label_agreement FOLDER [--second labels_b] [--half dev|held|all]

FOLDER is a real-paper folder as benchmarks/real_papers.py reads it (papers/, labels/); the second
editor's labels, made without seeing the first's, are in FOLDER/<second>/NN-name.json with the
fields jargon (term, tier) and acronyms_unexplained. Nothing from the folder is stored in the
repository; this prints figures only.

One editor's labels are one person's judgement: a checker cannot be expected to agree with an
editor more often than a second editor does. So this reports:
- each editor's recall of the other's barrier terms (a term counts as agreed where the other
  marked the same words, or words overlapping them, as a barrier; and, more loosely, as a
  barrier or borderline);
- the checker's barrier recall against each editor, and against the barriers both marked;
- the checker's barrier precision where a finding is real if either editor marked a barrier
  or a code there, and left out (don't care) where either marked it borderline only.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from pathlib import Path

from benchmarks.common import ROOT  # noqa: F401  (puts the checkout on sys.path)
from benchmarks.real_papers import NOT_WORD_LEVEL, _occurrences, _overlaps, _tier

Span = tuple[int, int]


@dataclass
class Marks:
    barriers: list[list[Span]]  # one list of spans a barrier term
    borderline: list[Span]

    def barrier_spans(self) -> list[Span]:
        return [s for spans in self.barriers for s in spans]


def marks(text: str, label: dict) -> Marks:
    barriers, borderline = [], []
    for item in label.get("jargon", []):
        spans = _occurrences(text, item["term"], number=True)
        if not spans:
            continue  # a term the paper does not hold (a typo in the labels): not counted
        if item.get("tier") == "barrier":
            barriers.append(spans)
        else:
            borderline.extend(spans)
    return Marks(barriers, borderline)


@dataclass
class Tally:
    found: int = 0
    total: int = 0

    def add(self, hit: bool) -> None:
        self.total += 1
        self.found += hit

    def __str__(self) -> str:
        return f"{self.found / self.total:.2f} ({self.found}/{self.total})" if self.total else "-"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.label_agreement",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--second", default="labels_b")
    parser.add_argument("--half", choices=("dev", "held", "all"), default="all")
    args = parser.parse_args(argv)
    from meetingkit.plain import check

    tallies = {name: Tally() for name in (
        "B marks A's barriers as barriers", "B marks A's barriers as barrier or borderline",
        "A marks B's barriers as barriers", "A marks B's barriers as barrier or borderline",
        "checker finds A's barriers", "checker finds B's barriers",
        "checker finds the barriers both marked", "checker findings real for A or B")}
    papers = 0
    for second_path in sorted((args.folder / args.second).glob("*.json")):
        number = int(second_path.name[:2])
        if args.half == "dev" and number % 2 == 0 or args.half == "held" and number % 2 == 1:
            continue
        first = json.loads((args.folder / "labels" / second_path.name).read_text(encoding="utf-8"))
        second = json.loads(second_path.read_text(encoding="utf-8"))
        text = (args.folder / "papers" / first["file"]).read_text(encoding="utf-8")
        a, b = marks(text, first), marks(text, second)
        barrier_findings = [f for f in check(text).findings
                            if f.category not in NOT_WORD_LEVEL and _tier(f) == "barrier"]
        findings = [(f.start, f.end) for f in barrier_findings]
        papers += 1
        for mine, other, name in ((a, b, "B marks A's"), (b, a, "A marks B's")):
            for spans in mine.barriers:
                as_barrier = any(_overlaps(s, other.barrier_spans()) for s in spans)
                tallies[f"{name} barriers as barriers"].add(as_barrier)
                tallies[f"{name} barriers as barrier or borderline"].add(
                    as_barrier or any(_overlaps(s, other.borderline) for s in spans))
        for who, editor in (("A", a), ("B", b)):
            for spans in editor.barriers:
                tallies[f"checker finds {who}'s barriers"].add(
                    any(_overlaps(f, spans) for f in findings))
        for spans in a.barriers:
            if any(_overlaps(s, b.barrier_spans()) for s in spans):
                tallies["checker finds the barriers both marked"].add(
                    any(_overlaps(f, spans) for f in findings))
        codes = [s for item in first.get("codes", []) + second.get("codes", [])
                 for s in _occurrences(text, item["text"])]  # codes are barriers too
        real = a.barrier_spans() + b.barrier_spans() + codes
        either_borderline = a.borderline + b.borderline
        by_text: dict[str, list[Span]] = {}  # distinct findings per paper, as real_papers counts
        for f in barrier_findings:
            by_text.setdefault(" ".join(f.text.lower().split()), []).append((f.start, f.end))
        for group in by_text.values():
            if any(_overlaps(s, real) for s in group):
                tallies["checker findings real for A or B"].add(True)
            elif not any(_overlaps(s, either_borderline) for s in group):
                tallies["checker findings real for A or B"].add(False)
    print(f"{args.half}: {papers} papers labelled by both editors")
    print("| measure | figure |\n|---|---|")
    for name, tally in tallies.items():
        print(f"| {name} | {tally} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
