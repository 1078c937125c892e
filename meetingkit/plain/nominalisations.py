"""Nouns made from verbs ("the implementation of") and the verb to use instead."""

from __future__ import annotations

from functools import cache

from meetingkit.resources import read_text


@cache
def nominalisations() -> dict[str, str]:
    from meetingkit.plain.glossary import read_csv_rows

    return {row["noun"]: row["verb"] for row in read_csv_rows(read_text("plain", "nominalisations.csv"))}
