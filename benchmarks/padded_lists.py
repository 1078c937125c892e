"""A copy of the shipped resources with the word lists grown several times over, for timing the
plain-language engine as the lists grow (issue 16: "Speed holds as the lists grow").

Every real row gets (factor - 1) made-up twins of the same shape: same file, kind, tier, part of
speech, pack and number of words, each word changed by two letters put into its middle
('escalate' -> 'escazqlate'). The twins share their beginnings with real words, so the matcher
walks into them as it would into real entries, but never occur in a real paper: the findings stay
the same, and what is timed is the cost of the lists' size alone. Acronyms get twins too (ICB ->
ICBZQ, ICBZJ...), with made-up expansions, which the glossary also matches as names.

Used by bench_plain.py through MEETINGKIT_RESOURCES, so the engine reads and compiles the grown
lists exactly as it reads the shipped ones."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

from benchmarks.common import ROOT

RESOURCES = ROOT / "resources"
PLAIN = "plain"
_INSERTS = ("zq", "qz", "xj", "jx", "zx", "qj", "jq", "xz", "vq", "qv", "zj", "jz", "kq", "qk")
_TAILS = ("ZQ", "QZ", "ZJ", "JQ", "QX", "XQ", "ZX", "XJ", "JZ", "QK", "KQ", "VQ", "QV", "ZV")


def _made_up(word: str, copy: int) -> str:
    """A non-word that starts as `word` does: two rare letters put into its middle."""
    letters = sum(c.isalpha() for c in word)
    if letters < 2:
        return word
    middle = max(1, len(word) // 2)
    insert = _INSERTS[copy % len(_INSERTS)]
    if copy >= len(_INSERTS):
        insert += _INSERTS[(copy // len(_INSERTS)) % len(_INSERTS)]
    return word[:middle] + insert + word[middle:]


def _made_up_phrase(phrase: str, copy: int) -> str:
    return " ".join(_made_up(word, copy) for word in phrase.split(" "))


def _acronym(acronym: str, copy: int) -> str:
    tail = _TAILS[copy % len(_TAILS)]
    if copy >= len(_TAILS):
        tail += _TAILS[(copy // len(_TAILS)) % len(_TAILS)]
    return acronym + tail


def _grown(text: str, factor: int) -> str:
    """The CSV text with (factor - 1) twins of each row added."""
    lines = text.splitlines()
    comments = [line for line in lines if line.startswith("#")]
    reader = csv.DictReader(io.StringIO("\n".join(line for line in lines if not line.startswith("#"))))
    rows = list(reader)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=reader.fieldnames, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    for copy in range(factor - 1):
        for row in rows:
            twin = dict(row)
            if row.get("acronym"):  # acronyms.csv, and a pack's acronym rows
                twin["acronym"] = _acronym(row["acronym"], copy)
                if twin.get("expansion"):
                    twin["expansion"] = _made_up_phrase(twin["expansion"], copy)
            else:
                twin["term"] = _made_up_phrase(row["term"], copy)
            writer.writerow(twin)
    return "\n".join(comments) + "\n" + out.getvalue()


# Not word lists the matcher reads: left as they are.
_KEPT = ("allow_list.csv", "acronym_senses.csv", "codes.csv", "nominalisations.csv")


def make_padded_resources(folder: Path, factor: int) -> Path:
    """A copy of resources/ in `folder` with every plain-language word list `factor` times as
    long (the allow list, acronym senses, codes, nominalisations and the rare-word table stay as
    they are). Returns the new resources folder."""
    target = folder / f"resources-x{factor}"
    if target.exists():
        return target
    shutil.copytree(RESOURCES, target)
    plain = target / PLAIN
    for path in sorted(plain.glob("*.csv")) + sorted((plain / "packs").glob("*.csv")):
        if path.name not in _KEPT:
            path.write_text(_grown(path.read_text(encoding="utf-8"), factor), encoding="utf-8")
    return target
