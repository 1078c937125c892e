"""The findings of every paper in tests/plain/fixtures and tests/plain/papers, pinned: rule, place,
text, message, suggestions, severity and tier, for check() and for check_paragraph() on each
paragraph. Work on the engine's speed must leave them exactly as they are.

When the word lists or rules change on purpose, rewrite the pinned file and read its diff:
    MEETINGKIT_PIN_FINDINGS=1 python -m pytest -q tests/plain/test_plain_findings_pinned.py
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from meetingkit.plain import check, check_paragraph

HERE = Path(__file__).parent
PINNED = HERE / "pinned_findings.json"
PAPERS = sorted((HERE / "fixtures").glob("*.md")) + sorted((HERE / "papers").glob("*.md"))


def _row(finding) -> list:
    return [finding.rule, finding.start, finding.end, finding.line, finding.column, finding.text,
            finding.message, list(finding.suggestions), finding.severity, finding.tier]


def findings_of(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    paragraphs = []
    offset = 0
    for paragraph in text.split("\n\n"):
        paragraphs += [_row(f) for f in check_paragraph(paragraph, offset=offset)]
        offset += len(paragraph) + 2
    return {"check": [_row(f) for f in check(text).findings], "paragraphs": paragraphs}


def _pinned() -> dict:
    return json.loads(PINNED.read_text(encoding="utf-8"))


PINNING = bool(os.environ.get("MEETINGKIT_PIN_FINDINGS"))
if PINNING:
    PINNED.write_text(json.dumps({p.name: findings_of(p) for p in PAPERS}, indent=0,
                                 ensure_ascii=False) + "\n", encoding="utf-8")
# A run that rewrote the pins has nothing to compare them with: say so rather than pass.
pytestmark = pytest.mark.skipif(PINNING, reason="the pinned findings were just rewritten: "
                                                "read their diff, then run again without it")


def test_every_paper_is_pinned():
    assert sorted(_pinned()) == sorted(p.name for p in PAPERS)


@pytest.mark.parametrize("path", PAPERS, ids=lambda p: p.name)
def test_findings_are_the_pinned_ones(path):
    pinned = _pinned()[path.name]
    found = json.loads(json.dumps(findings_of(path), ensure_ascii=False))
    for part in ("check", "paragraphs"):
        missing = [f for f in pinned[part] if f not in found[part]]
        extra = [f for f in found[part] if f not in pinned[part]]
        assert not missing and not extra, (part, missing[:3], extra[:3])
        assert found[part] == pinned[part]  # and in the same order
