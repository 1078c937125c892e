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

    @property
    def months(self) -> bool:
        """A part of the year (Q3, quarter 1): the months in a bracket after it explain it."""
        return "April" in self.explanation or "October" in self.explanation


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
        self._groups: list[tuple[re.Pattern[str], list[int]]] | None = None
        self._each: list[re.Pattern[str]] = []

    def _compiled(self) -> list[tuple[re.Pattern[str], list[int]]]:
        """One pattern per first character, each starting with that character: the regex engine
        skips quickly to a literal, but tries a pattern of many different first characters at
        nearly every position."""
        if self._groups is None:
            by_first: dict[str, list[int]] = {}
            for index, code in enumerate(self.codes):
                first = code.pattern[1] if code.pattern.startswith("\\") else code.pattern[0]
                by_first.setdefault(first, []).append(index)
            self._groups = [(re.compile(_factored([self.codes[i].pattern for i in indexes])
                                        + "(?![^\\W_])"), indexes)
                            for indexes in by_first.values()]
            self._each = [re.compile(f"(?:{code.pattern})\\Z") for code in self.codes]
        return self._groups

    def find(self, lower: str) -> list[tuple[int, int, Code]]:
        """(start, end, code) in lower-case masked text, leftmost first, whole words only. A code
        with a context counts only if one of its context words is in the text."""
        found = []
        context: dict[tuple[str, ...], bool] = {}
        for pattern, indexes in self._compiled():
            for m in pattern.finditer(lower):
                start = m.start()
                if start and (lower[start - 1].isalnum() or lower[start - 1] in "#_'’"):
                    continue
                if lower[start] == "#" and (start == 0 or lower[start - 1] == "\n"):
                    continue  # a markdown heading, not a fracture
                text = m.group()
                for index in indexes:  # the file's order: earlier rows win
                    if self._each[index].match(text):
                        code = self.codes[index]
                        if code.context:
                            if code.context not in context:
                                context[code.context] = any(w in lower for w in code.context)
                            if not context[code.context]:
                                break
                        if not (code.months and _explained_after(lower, m.end())):
                            found.append((start, m.end(), code))
                        break
        found.sort(key=lambda item: (item[0], -item[1]))
        kept: list[tuple[int, int, Code]] = []
        for item in found:  # leftmost, then longest; none overlapping
            if not kept or item[0] >= kept[-1][1]:
                kept.append(item)
        return kept


# "Quarter 1 (April to June)": a part of the year followed by a bracket naming a month is
# explained there.
_MONTHS_AFTER = re.compile(r"[ \t]?\([^()\n]{0,30}?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b")


def _explained_after(lower: str, end: int) -> bool:
    return lower.startswith(("(", " (", "\t("), end) and bool(_MONTHS_AFTER.match(lower, end))


_QUANTIFIER = re.compile(r"(?:[?*+]|\{\d*,?\d*\})\??")


def _atoms(pattern: str) -> list[str]:
    """A pattern cut into atoms, each with its quantifier: 's', '(?:ection ?|\\. ?)?', '1', ..."""
    atoms = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            end = index + 2
        elif char == "[":
            end = pattern.index("]", index + 2) + 1
        elif char == "(":
            depth, end = 0, index
            while True:
                if pattern[end] == "\\":
                    end += 2
                    continue
                depth += {"(": 1, ")": -1}.get(pattern[end], 0)
                end += 1
                if depth == 0:
                    break
        else:
            end = index + 1
        quantifier = _QUANTIFIER.match(pattern, end)
        if quantifier:
            end = quantifier.end()
        atoms.append(pattern[index:end])
        index = end
    return atoms


def _factored(patterns: list[str]) -> str:
    """One pattern for several, written as a trie of their atoms: 's(?:ection ?)?17' and
    's(?:ection ?)?136' become 's(?:ection ?)?(?:17|136)'. The regex engine would otherwise try
    every alternative in full at each 's' in the paper. Earlier patterns stay first."""
    root: dict = {}
    for pattern in patterns:
        node = root
        for atom in _atoms(pattern):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [atom + emit(child) if atom else "" for atom, child in node.items()]
        if len(branches) == 1:
            return branches[0]
        ends = "" in node
        body = "|".join(b for b in branches if b)
        return f"(?:{body})?" if ends else f"(?:{body})"

    return f"(?:{emit(root)})"


@cache
def code_finder(packs: frozenset[str] | None) -> CodeFinder:
    return CodeFinder(c for c in shipped_codes() if not c.pack or packs is None or c.pack in packs)


def code_message(text: str, code: Code) -> tuple[str, str, str, tuple[str, ...], str, str]:
    """(rule, category, message, suggestions, severity, tier) for a code."""
    suggestions = (code.plain,) if code.plain else ()
    advice = " Say what it means the first time." if code.tier == "barrier" else ""
    severity = "warning" if code.tier == "barrier" else "info"
    return ("code", "code", f"{text}: {code.explanation}.{advice}", suggestions, severity, code.tier)
