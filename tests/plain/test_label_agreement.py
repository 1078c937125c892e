"""benchmarks/label_agreement.py on a tiny folder of our own: two editors who agree on one barrier
and differ on another, and a checker that finds one of them."""

from __future__ import annotations

import json

from benchmarks.label_agreement import main

PAPER = "The board took assurance from the harm review. Our triage nurses met the family.\n"


def _write(folder, name, data):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(json.dumps(data), encoding="utf-8")


def test_agreement_and_checker_figures(tmp_path, capsys):
    (tmp_path / "papers").mkdir()
    (tmp_path / "papers" / "01-ours.md").write_text(PAPER, encoding="utf-8")
    _write(tmp_path / "labels", "01-ours.json", {
        "file": "01-ours.md", "codes": [],
        "jargon": [{"term": "assurance", "tier": "barrier"},
                   {"term": "harm review", "tier": "barrier"},
                   {"term": "triage", "tier": "borderline"}]})
    _write(tmp_path / "labels_b", "01-ours.json", {
        "jargon": [{"term": "harm review", "tier": "barrier"},
                   {"term": "triage", "tier": "barrier"},
                   {"term": "not in the paper", "tier": "barrier"}]})
    assert main([str(tmp_path)]) == 0
    rows = dict(line.strip("|").split(" | ") for line in capsys.readouterr().out.splitlines()
                if line.startswith("| ") and "---" not in line and "measure" not in line)
    rows = {k.strip(): v.strip() for k, v in rows.items()}
    assert rows["B marks A's barriers as barriers"] == "0.50 (1/2)"
    assert rows["A marks B's barriers as barriers"] == "0.50 (1/2)"  # a term not in the paper is not counted
    assert rows["A marks B's barriers as barrier or borderline"] == "1.00 (2/2)"
    assert rows["checker finds the barriers both marked"] == "1.00 (1/1)"  # harm review
