"""The labelled sentences (tests/privacy/labelled_sentences.csv) and how the scanner scores on
them. Written by us in the language of incident reports, PSII reports and coroners' reports;
every name, number and address is invented (NHS numbers from the 999 test range, phone numbers
from Ofcom's drama ranges). `python tests/privacy/privacy_labelled_set.py` prints the figures."""

from __future__ import annotations

import csv
import inspect
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).parent


@dataclass(frozen=True)
class Sentence:
    part: str  # "development" (tuned on) or "held_out" (scored only at the start and the end)
    has_details: bool
    kind: str  # what kind of detail it holds, or what kind of trap a clean one is
    text: str


@dataclass
class Score:
    found: int = 0
    with_details: int = 0
    false_alarms: int = 0
    clean: int = 0
    missed: list[Sentence] = field(default_factory=list)
    alarmed: list[Sentence] = field(default_factory=list)

    @property
    def found_share(self) -> float:
        return self.found / self.with_details if self.with_details else 1.0

    @property
    def false_alarm_share(self) -> float:
        return self.false_alarms / self.clean if self.clean else 0.0

    def line(self) -> str:
        return (f"found {self.found}/{self.with_details} ({self.found_share:.1%}); "
                f"false alarms {self.false_alarms}/{self.clean} ({self.false_alarm_share:.1%})")


def sentences(part: str | None = None) -> list[Sentence]:
    with open(HERE / "labelled_sentences.csv", encoding="utf-8", newline="") as handle:
        rows = [Sentence(r["part"], r["has_details"] == "1", r["kind"], r["text"])
                for r in csv.DictReader(handle)]
    return [s for s in rows if part is None or s.part == part]


def known_staff() -> list[str]:
    lines = (HERE / "known_staff.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def score(part: str, scan=None) -> Score:
    if scan is None:
        from meetingkit.privacy import scan
    staff = known_staff()
    takes_staff = "known_staff" in inspect.signature(scan).parameters

    def findings(text: str) -> list:
        return scan(text, known_staff=staff) if takes_staff else scan(text)

    result = Score()
    for sentence in sentences(part):
        hit = bool(findings(sentence.text))
        if sentence.has_details:
            result.with_details += 1
            result.found += hit
            if not hit:
                result.missed.append(sentence)
        else:
            result.clean += 1
            result.false_alarms += hit
            if hit:
                result.alarmed.append(sentence)
    return result


if __name__ == "__main__":
    import sys

    parts = sys.argv[1:] or ["development", "held_out"]
    for name in parts:
        result = score(name)
        print(f"{name}: {result.line()}")
        for sentence in result.missed:
            print(f"  missed [{sentence.kind}] {sentence.text}")
        for sentence in result.alarmed:
            print(f"  false alarm [{sentence.kind}] {sentence.text}")
