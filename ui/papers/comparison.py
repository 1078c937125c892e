"""The plain version beside the paper, in words: reading age, length and how many barriers, and
a warning when the plain version would be harder or longer. Pure functions, so they can be read
and tested without a window."""

from __future__ import annotations

from meetingkit.plain import Stats

TOO_SHORT_TO_JUDGE = 30  # words: reading formulas mean little below this
_LONGER_BY = 1.10  # a plain version more than a tenth longer is worth a word


def _barriers(count: int) -> str:
    return f"{count} barrier{'' if count == 1 else 's'}"


def comparison_words(paper: Stats, plain: Stats) -> str:
    """'Plain version: reading age 12 (the paper: 15), 820 words (800), 2 barriers (14).'"""
    if paper.words < TOO_SHORT_TO_JUDGE:
        age = ""
    else:
        age = f"reading age {plain.reading_age:.0f} (the paper: {paper.reading_age:.0f}), "
    return (f"Plain version: {age}{plain.words:,} words ({paper.words:,}), "
            f"{_barriers(plain.barriers)} a reader may not understand ({paper.barriers}).")


def harder_or_longer(paper: Stats, plain: Stats) -> str:
    """A warning to show before saving, or '' when the plain version is no harder or longer."""
    problems = []
    if paper.words >= TOO_SHORT_TO_JUDGE and round(plain.reading_age) > round(paper.reading_age):
        problems.append(f"harder to read than the paper (reading age {plain.reading_age:.0f} "
                        f"against {paper.reading_age:.0f})")
    if plain.words > paper.words * _LONGER_BY:
        problems.append(f"longer than the paper ({plain.words:,} words against {paper.words:,})")
    if not problems:
        return ""
    return ("With these changes the plain version would be " + " and ".join(problems)
            + ". Untick changes that add many words, or check it before saving.")
