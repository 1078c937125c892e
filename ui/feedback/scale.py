"""The feedback questions and the answer scale, in words. Answers are stored as 1 to 5; no
answer ("Rather not say") is stored as nothing, so it never pulls an average down."""

from __future__ import annotations

ANSWERS: tuple[tuple[int, str], ...] = (
    (1, "Not at all"), (2, "A little"), (3, "Partly"), (4, "Mostly"), (5, "Completely"),
)
NO_ANSWER = "Rather not say"

# (stored name, the question as asked, a short name for the chart and table)
QUESTIONS: tuple[tuple[str, str, str], ...] = (
    ("papers_in_time", "Did you get the meeting pack in time to read it?", "Pack in time"),
    ("language_clear", "Were the papers and the talk in plain, clear language?", "Plain language"),
    ("felt_heard", "Did you feel listened to?", "Felt heard"),
    ("said_what_wanted", "Could you say what you wanted to say?", "Could say it"),
)


def answer_words(value: float | None) -> str:
    """An answer or an average in words: 4.3 -> 'Mostly'."""
    if value is None:
        return "No answers"
    nearest = min(5, max(1, int(value + 0.5)))  # halves round up: 2.5 is 'Partly'
    return dict(ANSWERS)[nearest]


def average_words(value: float | None) -> str:
    """'4.3 of 5 (Mostly)' for tables and screen readers."""
    if value is None:
        return "No answers"
    return f"{value:.1f} of 5 ({answer_words(value)})"
