"""The pack budget: words, pages and reading time for the whole pack against the word limit,
with the longest papers named."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.pack_budget import (
    LAY_WORDS_PER_MINUTE,
    WORDS_PER_PAGE,
    count_words,
    describe_minutes,
    pack_budget,
    text_sent,
)


@dataclass
class FakePaper:
    id: int
    title: str
    body: str
    plain_body: str | None = None
    item_id: int = 1


def words(count: int) -> str:
    return " ".join(["word"] * count)


def test_counting_words_ignores_markdown_marks():
    text = "# Falls report\n\n- **Nine** falls | on ward 4\n\nIt's a well-known problem."
    assert count_words(text) == 11  # "It's" and "well-known" are one word each
    assert count_words("") == 0
    assert count_words("--- | *** | ###") == 0


def test_the_plain_version_is_what_partners_read():
    assert text_sent(FakePaper(1, "A", "long original", "short")) == "short"
    assert text_sent(FakePaper(1, "A", "long original", None)) == "long original"
    assert text_sent(FakePaper(1, "A", "long original", "")) == "long original"


def test_totals_pages_and_reading_time():
    budget = pack_budget([FakePaper(1, "A", words(1200)), FakePaper(2, "B", words(301))], 12000)
    assert budget.total_words == 1501
    assert budget.pages == 4  # 1501 / 500, rounded up
    assert budget.reading_minutes == 8  # 1501 / 200, rounded up
    assert budget.fits and budget.over_by == 0
    text = " ".join(budget.sentences())
    assert "2 papers and 1,501 words" in text
    assert f"{LAY_WORDS_PER_MINUTE} words a minute" in text and f"{WORDS_PER_PAGE} words" in text
    assert "within the committee's limit of 12,000 words" in text


def test_over_the_limit_names_the_longest_papers_and_suggests_fewer():
    papers = [FakePaper(1, "Short note", words(500)), FakePaper(2, "Annual report", words(9000)),
              FakePaper(3, "Falls", words(4000)), FakePaper(4, "Medicines", words(2000))]
    budget = pack_budget(papers, 12000)
    assert budget.over_by == 3500 and not budget.fits
    assert [p.title for p in budget.longest()] == ["Annual report", "Falls", "Medicines"]
    text = " ".join(budget.sentences())
    assert "3,500 words over the committee's limit of 12,000 words" in text
    assert "The longest papers: Annual report (9,000 words, 45 minutes)" in text
    assert "wait for another meeting" in text


def test_empty_pack_and_no_limit():
    assert pack_budget([], 12000).sentences() == ["There are no papers in the meeting pack yet."]
    budget = pack_budget([FakePaper(1, "A", words(20000))], 0)
    assert budget.fits
    assert "has not set a word limit" in " ".join(budget.sentences())


def test_one_paper_does_not_name_itself_as_longest():
    text = " ".join(pack_budget([FakePaper(1, "Only", words(10))], 100).sentences())
    assert "longest" not in text and "1 paper and 10 words" in text
    assert "about 1 page and 1 minute of reading" in text


def test_describe_minutes():
    assert describe_minutes(1) == "1 minute"
    assert describe_minutes(45) == "45 minutes"
    assert describe_minutes(60) == "1 hour"
    assert describe_minutes(125) == "2 hours 5 minutes"


@given(st.lists(st.integers(min_value=0, max_value=20000), max_size=12),
       st.integers(min_value=0, max_value=50000))
def test_budget_properties(counts, limit):
    papers = [FakePaper(i, f"Paper {i}", words(n)) for i, n in enumerate(counts)]
    budget = pack_budget(papers, limit)
    total = sum(counts)
    assert budget.total_words == total
    assert (budget.pages - 1) * WORDS_PER_PAGE < total <= budget.pages * WORDS_PER_PAGE or total == 0
    assert budget.reading_minutes * LAY_WORDS_PER_MINUTE >= total
    assert budget.fits == (limit == 0 or total <= limit)
    assert budget.over_by == (max(0, total - limit) if limit else 0)
    longest = budget.longest()
    assert [p.words for p in longest] == sorted((n for n in counts if n), reverse=True)[:3]
