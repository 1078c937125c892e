"""The Papers tab's Qt-free helpers: the words it shows, offsets between Python and Qt, how
findings are split into editor lines, and glossary links in the Plain view."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.plain import Finding, Stats, check
from ui.papers.finding_words import counts_words, finding_line, length_words, reading_age_words
from ui.papers.highlighter import split_into_lines
from ui.papers.offsets import from_qt, to_qt
from ui.papers.rewrite_dialog import in_context
from ui.papers.term_links import explanations, link_terms
from ui.papers.underline_painter import marks_for_block


def _finding(text="utilise", category="jargon", suggestions=("use",), line=3, message="m"):
    return Finding("complex-word", category, text, 0, len(text), line, 1, message, suggestions)


def test_a_finding_reads_as_line_words_and_advice():
    assert finding_line(_finding()) == "Line 3: 'utilise' – say 'use' instead"
    acronym = _finding("ICB", "acronym", ("integrated care board (ICB)",), 1)
    assert finding_line(acronym) == "Line 1: 'ICB' – write it out: integrated care board (ICB)"
    sentence = _finding("one two three four five six seven eight", "sentence", (), 2,
                        "This sentence has 32 words. Split it.")
    assert finding_line(sentence) == ("Line 2: 'one two three four five six…' – "
                                      "This sentence has 32 words.")
    assert finding_line(_finding("# Title", "structure", (), 1, "Add a summary.")) == (
        "Line 1: 'Title' – Add a summary.")


def test_reading_panel_words():
    hard = Stats(words=190, reading_minutes=0.9, reading_age=14.3)
    assert reading_age_words(hard, 11) == "Reading age 14 – aim for 11 or lower."
    easy = Stats(words=190, reading_age=9.4)
    assert reading_age_words(easy, 11) == "Reading age 9 – within the aim of 11 or lower. Well done."
    assert reading_age_words(Stats(words=5, reading_age=20), 11).startswith("Too short")
    assert length_words(hard) == "190 words, about 1 minute to read."
    assert length_words(Stats(words=900, reading_minutes=4.5)) == "900 words, about 5 minutes to read."
    assert length_words(Stats(words=40, reading_minutes=0.2)) == "40 words, less than a minute to read."
    findings = [_finding(), _finding(), _finding("ICB", "acronym")]
    assert counts_words(findings) == ("To look at: 1 short form (acronym) to explain, "
                                      "2 hard words or phrases.")
    assert counts_words([]) == "Nothing to look at. Well done."


@given(st.text(alphabet=st.sampled_from("ab\n😀é\u2029")), st.data())
def test_qt_offsets_round_trip(text, data):
    index = data.draw(st.integers(0, len(text)))
    assert from_qt(text, to_qt(text, index)) == index
    assert to_qt(text, index) == len(text[:index].encode("utf-16-le")) // 2


@given(st.text(alphabet=st.sampled_from("ab \nUtilise.ICB"), max_size=80))
def test_every_finding_is_split_exactly_into_its_lines(text):
    findings = [f for f in check(text).findings if f.end > f.start]
    lines = text.split("\n")
    rebuilt: dict[int, str] = {}
    for number, segments in split_into_lines(text, findings).items():
        for start, end, finding in segments:
            assert 0 <= start < end <= len(lines[number])
            rebuilt.setdefault(id(finding), [])
            rebuilt[id(finding)].append(lines[number][start:end])
    for finding in findings:
        without_breaks = finding.text.replace("\n", "")
        if without_breaks:
            assert "".join(rebuilt[id(finding)]) == without_breaks


def test_sentence_marks_leave_gaps_for_word_marks():
    sentence = Finding("sentence-long", "sentence", "x" * 30, 0, 30, 1, 1, "long")
    word = Finding("jargon", "jargon", "utilise", 10, 17, 1, 11, "hard")
    marks = marks_for_block([(0, 30, sentence), (10, 17, word)])
    assert sorted(marks) == [(0, 10, "sentence"), (10, 17, "jargon"), (17, 30, "sentence")]


def test_plain_view_explains_words_and_never_links_inside_code_or_links():
    markdown = "The ICB will utilise money.\n\n`ICB` and [ICB](https://example.org)"
    meanings = explanations(markdown)
    assert meanings["ICB"].startswith("ICB stands for integrated care board")
    assert "'used'" in meanings["utilise"] or "'use'" in meanings["utilise"]
    page = ("<p>The ICB will utilise money.</p><p><code>ICB</code> and "
            '<a href="https://example.org">ICB</a></p>')
    linked, terms = link_terms(page, meanings)
    assert linked.count('href="term:') == 2
    assert "<code>ICB</code>" in linked and '<a href="https://example.org">ICB</a>' in linked
    assert [word for word, _ in terms] == ["ICB", "utilise"]


def test_a_change_is_shown_in_its_words():
    text = "The team has utilised a range of learning responses this year."
    start = text.index("utilised")
    assert in_context(text, start, start + 8, "used") == (
        "The team has [used] a range of learning…")
