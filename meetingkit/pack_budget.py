"""The pack budget: how much reading the meeting pack asks of the partners.

Pure: give it the papers and the committee's word limit. The figures are deliberately simple and
stated in the words shown, so a chair can see at a glance that the pack is too long and which
papers make it so:
- about 500 words to a printed page (A4, 12 point, with headings);
- 200 words a minute, an unhurried pace for lay readers who meet new words and want to think
  about what they read (the plain-language engine uses the same pace).
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Protocol

from meetingkit.counting import counted

WORDS_PER_PAGE = 500
LAY_WORDS_PER_MINUTE = 200
LONGEST_SHOWN = 3

# Words are runs of letters or digits (apostrophes and hyphens inside a word keep it whole), so
# markdown marks (#, *, |, -) are not counted as words.
_WORD = re.compile(r"[^\W_](?:[\w'’-]*[^\W_])?")


class PaperLike(Protocol):
    id: int
    item_id: int
    title: str
    body: str
    plain_body: str | None


def count_words(text: str) -> int:
    return len(_WORD.findall(text or ""))


def text_sent(paper: PaperLike) -> str:
    """The version partners will read: the accepted plain version if there is one."""
    return paper.plain_body if paper.plain_body else paper.body


def pages_for(words: int) -> int:
    return math.ceil(words / WORDS_PER_PAGE) if words > 0 else 0


def minutes_for(words: int) -> int:
    return math.ceil(words / LAY_WORDS_PER_MINUTE) if words > 0 else 0


@dataclass(frozen=True)
class PaperSize:
    paper_id: int
    item_id: int
    title: str
    words: int

    @property
    def pages(self) -> int:
        return pages_for(self.words)

    @property
    def reading_minutes(self) -> int:
        return minutes_for(self.words)


@dataclass(frozen=True)
class PackBudget:
    papers: tuple[PaperSize, ...]
    word_limit: int

    @property
    def total_words(self) -> int:
        return sum(p.words for p in self.papers)

    @property
    def pages(self) -> int:
        return pages_for(self.total_words)

    @property
    def reading_minutes(self) -> int:
        return minutes_for(self.total_words)

    @property
    def over_by(self) -> int:
        """Words over the committee's limit (0 when within it, or when there is no limit)."""
        if self.word_limit <= 0:
            return 0
        return max(0, self.total_words - self.word_limit)

    @property
    def fits(self) -> bool:
        return self.over_by == 0

    def longest(self, count: int = LONGEST_SHOWN) -> list[PaperSize]:
        """The longest papers first (ties keep the pack's order)."""
        ranked = sorted(enumerate(self.papers), key=lambda pair: (-pair[1].words, pair[0]))
        return [paper for _, paper in ranked[:count] if paper.words > 0]

    def sentences(self) -> list[str]:
        """The budget in plain sentences, for the Overview tab."""
        if not self.papers:
            return ["There are no papers in the meeting pack yet."]
        lines = [
            f"The meeting pack has {counted(len(self.papers), 'paper')} and "
            f"{counted(self.total_words, 'word')}: about {counted(self.pages, 'page')} and "
            f"{describe_minutes(self.reading_minutes)} of reading "
            f"(at {LAY_WORDS_PER_MINUTE} words a minute, an unhurried pace; "
            f"{WORDS_PER_PAGE} words to a page)."
        ]
        if self.word_limit <= 0:
            lines.append("The committee has not set a word limit for the pack.")
        elif self.fits:
            lines.append(f"That is within the committee's limit of "
                         f"{counted(self.word_limit, 'word')}.")
        else:
            lines.append(f"That is {counted(self.over_by, 'word')} over the committee's limit of "
                         f"{counted(self.word_limit, 'word')}. Could some papers be shorter, "
                         "be summed up in a page, or wait for another meeting?")
        longest = self.longest()
        if len(self.papers) > 1 and longest:
            named = "; ".join(f"{p.title} ({counted(p.words, 'word')}, "
                              f"{describe_minutes(p.reading_minutes)})" for p in longest)
            lines.append(f"The longest papers: {named}.")
        return lines


def pack_budget(papers: Iterable[PaperLike], word_limit: int) -> PackBudget:
    sizes = tuple(PaperSize(p.id, p.item_id, p.title, count_words(text_sent(p))) for p in papers)
    return PackBudget(sizes, int(word_limit or 0))


def describe_minutes(minutes: int) -> str:
    """'45 minutes', '1 hour', '1 hour 20 minutes'."""
    hours, rest = divmod(max(0, minutes), 60)
    if not hours:
        return counted(rest, "minute")
    if not rest:
        return counted(hours, "hour")
    return f"{counted(hours, 'hour')} {counted(rest, 'minute')}"
