"""Codes and numbers a lay reader cannot decode: "in Q3", "Band 7", "Category 1 calls",
"section 136", "level 3 training", "#NOF". Found from resources/plain/codes.csv and explained;
never changed by a rewrite (protect.py keeps codes whole)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from meetingkit.resources import read_text


@dataclass(frozen=True)
class Code:
    pattern: str
    explanation: str
    plain: str
    tier: str
    pack: str
    context: tuple[str, ...] = ()  # one of these must be in the paper for the code to count


@cache
def shipped_codes() -> tuple[Code, ...]:
    from meetingkit.plain.glossary import read_csv_rows

    return tuple(Code(row["pattern"], row["explanation"], row.get("plain", ""),
                      row.get("tier") or "barrier", row.get("pack", ""),
                      tuple(w.strip() for w in row.get("context", "").split("|") if w.strip()))
                 for row in read_csv_rows(read_text("plain", "codes.csv")))


class CodeFinder:
    """One pattern for all the codes of the chosen packs, compiled when first used."""

    def __init__(self, codes: Iterable[Code]):
        self.codes = tuple(codes)
        self._pattern: re.Pattern[str] | None = None
        self._each: list[re.Pattern[str]] = []

    def _compiled(self) -> re.Pattern[str]:
        if self._pattern is None:
            # In the file's order: a longer code comes before a shorter one it starts with.
            ordered = list(range(len(self.codes)))
            self._order = ordered
            self._each = [re.compile(f"(?:{self.codes[i].pattern})\\Z") for i in ordered]
            body = "|".join(f"(?:{self.codes[i].pattern})" for i in ordered)
            self._pattern = re.compile(f"({body})(?![^\\W_])")
        return self._pattern

    def find(self, lower: str) -> list[tuple[int, int, Code]]:
        """(start, end, code) in lower-case masked text, leftmost first, whole words only."""
        pattern = self._compiled()
        found = []
        context: dict[tuple[str, ...], bool] = {}
        for m in pattern.finditer(lower):
            start = m.start()
            if start and (lower[start - 1].isalnum() or lower[start - 1] in "#_"):
                continue
            if lower[start] == "#" and (start == 0 or lower[start - 1] == "\n"):
                continue  # a markdown heading, not a fracture
            text = m.group(1)
            for index, each in zip(self._order, self._each, strict=True):
                if each.match(text):
                    code = self.codes[index]
                    if code.context:
                        if code.context not in context:
                            context[code.context] = any(w in lower for w in code.context)
                        if not context[code.context]:
                            break
                    found.append((start, m.end(), code))
                    break
        return found


@cache
def code_finder(packs: frozenset[str] | None) -> CodeFinder:
    return CodeFinder(c for c in shipped_codes() if not c.pack or packs is None or c.pack in packs)


def code_message(text: str, code: Code) -> tuple[str, str, str, tuple[str, ...], str, str]:
    """(rule, category, message, suggestions, severity, tier) for a code."""
    suggestions = (code.plain,) if code.plain else ()
    advice = " Say what it means the first time." if code.tier == "barrier" else ""
    severity = "warning" if code.tier == "barrier" else "info"
    return ("code", "code", f"{text}: {code.explanation}.{advice}", suggestions, severity, code.tier)
