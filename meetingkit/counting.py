"""Counts said in words people read aloud: "1 paper", "2 papers", never "2 paper(s)" (which a
screen reader reads as "paper s")."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str = "") -> str:
    """'1 paper', '1,204 papers'; `plural` for a noun that does not just take an s."""
    if number == 1:
        return f"1 {noun}"
    return f"{number:,} {plural or noun + 's'}"
