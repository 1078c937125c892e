"""Property tests: random markdown never crashes the engine or bends its structure."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from meetingkit.plain import apply_changes, check, check_paragraph, rewrite, words_used

WORDS = ["the", "team", "we", "utilise", "utilised", "going forward", "ICB", "ICBs", "PSIRF",
         "an", "a", "MDT", "A&E", "e.g.", "via", "in order to", "service users", "deep dive",
         "Patient Safety Incident Response Framework (PSIRF)", "SpHA", "RDaSH", "robust",
         "stakeholders", "was", "reviewed", "NHS", "II", "I", "sufficient", "enough", "care",
         "DNA", "integrated care board (ICB)", "The", "Committee", "is", "asked", "to", "note",
         "prior to", "workstreams", "(", ")", ",", ".", "-", "**", "_", "'", "’", "é", "İ"]

sentence = st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join)
code_span = sentence.map(lambda s: f"`{s.replace('`', '')}`")
link = st.tuples(sentence, st.sampled_from(["https://nhs.uk/ICB", "x.md", "mailto:a@b.nhs.uk"])).map(
    lambda t: f"[{t[0].replace('[', '').replace(']', '')}]({t[1]})")
inline = st.lists(st.one_of(sentence, code_span, link), min_size=1, max_size=4).map(" ".join)
block = st.one_of(
    inline,
    inline.map(lambda s: "# " + s),
    inline.map(lambda s: "## " + s),
    st.lists(inline, min_size=1, max_size=4).map(lambda items: "\n".join("- " + i for i in items)),
    st.lists(inline, min_size=1, max_size=3).map(lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))),
    sentence.map(lambda s: f"```\n{s}\n```"),
    st.tuples(sentence, sentence).map(lambda t: f"| {t[0]} | {t[1]} |"),
)
markdown = st.lists(block, min_size=1, max_size=8).map("\n\n".join)


def structure(text: str) -> tuple:
    lines = text.split("\n")
    return (
        [len(re.match(r"#*", line).group()) for line in lines],
        sum(1 for line in lines if re.match(r"(?:-|\d+\.) ", line)),
        text.count("`"), text.count("]("), text.count("|"), len(lines),
        re.findall(r"\]\([^)]*\)", text),
        re.findall(r"`[^`]*`", text) if text.count("```") == 0 else None,
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(markdown)
@example("SpHA\n\n| SpHA | SpHA |")  # a table row that repeats the short form explains nothing
def test_rewrite_keeps_structure_and_is_idempotent(text):
    once = rewrite(text)
    assert structure(once.text) == structure(text)
    assert rewrite(once.text).text == once.text
    assert apply_changes(text, once.changes) == once.text


@settings(max_examples=150, deadline=None)
@given(markdown)
def test_findings_point_at_their_text(text):
    report = check(text)
    for finding in report.findings:
        assert 0 <= finding.start <= finding.end <= len(text)
        assert text[finding.start:finding.end] == finding.text
        assert finding.line >= 1 and finding.column >= 1
    assert report.stats.words >= 0


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_any_text_never_crashes(text):
    check(text)
    result = rewrite(text)
    assert apply_changes(text, result.changes) == result.text
    words_used(text)
    check_paragraph(text, offset=5)
