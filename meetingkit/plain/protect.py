"""Where a rewrite must never change a word by itself: proper names, quotations, codes and
references, and table cells that hold a rating or a category.

A finding may still point at a word in these places (a name can need explaining), but any change
there is left to a person. Works on masked text (same length as the paper), so offsets hold."""

from __future__ import annotations

import re

from meetingkit.plain.contexts import FUNCTION_WORDS

# A name: two or more capitalised words in a row (small joining words allowed between them):
# "Inpatient Falls Group", "Care Quality Commission", "NHS Standard Contract", and a law's title
# with "etc" in it ("Health and Safety at Work etc. Act 1974"). Matched from its
# first capital letter, which the regex engine finds quickly.
# Possessive (*+): a word is never given back a character at a time when the next is not a name
# word, which would only fail again. Group 1 is the first word.
_NAME = re.compile(
    r"([A-Z][^\s,;:!?()\"“”.]*+)(?:[ \t]++(?:(?:and|of|for|the|to|in|on|at|&|–|-|etc\.?)[ \t]++)*+"
    r"[A-Z0-9][^\s,;:!?()\"“”.]*+)++")
# Quotations: curly double quotes, straight double quotes, and curly single quotes around a
# term or phrase (a closing ’ followed by a letter is an apostrophe, not a quote).
_QUOTES = (
    re.compile(r"“[^”\n]{1,600}”"),
    re.compile(r"\"[^\"\n]{1,600}\""),
    re.compile(r"‘[^’\n]{1,200}’(?![^\W_])"),
    re.compile(r"(?<![^\W_])'[^'\n]{1,200}'(?![^\W_])"),
)
# Codes and references: anything with a digit in it (TB2021.18, NEWS2, 2019/20, Q3), a hash
# code (#NOF), and the word or number that follows a numbering word (Band 7, section 136).
_CODE = re.compile(r"#[\w.-]+|(?<![^\W_])[\w./-]*\d[\w./-]*")
_CAPITAL_SMALL_WORDS = frozenset(w.capitalize() for w in FUNCTION_WORDS) | frozenset(
    w.upper() for w in FUNCTION_WORDS)
_TABLE_CELL = re.compile(r"\|([^|\n]*)(?=\|)")
_SHORT_CELL_WORDS = 3  # a cell this short is a label, a rating or a category


def name_spans(masked: str) -> list[tuple[int, int]]:
    """Runs of two or more capitalised words, not counting a small word that starts a sentence
    ('The', 'An', 'Our'): 'An MDT met' has no name in it. After such a word, one word alone
    (no space in what follows it: 'The Trust', the most common case) is never a name."""
    spans = []
    append = spans.append
    small = _CAPITAL_SMALL_WORDS
    for m in _NAME.finditer(masked):
        if m.group(1) not in small:
            append(m.span())
            continue
        end = m.end()
        rest = masked[m.end(1):end].lstrip(" \t")
        if (" " in rest or "\t" in rest) and \
                sum(1 for word in rest.split() if word[:1].isupper() or word[:1].isdigit()) >= 2:
            append((end - len(rest), end))
    return spans


def quote_spans(masked: str) -> list[tuple[int, int]]:
    spans = []
    for pattern in _QUOTES:
        if pattern.pattern[0] in masked or pattern.pattern.startswith("(?<!"):
            spans.extend(m.span() for m in pattern.finditer(masked))
    return spans


def code_spans(masked: str) -> list[tuple[int, int]]:
    return [m.span() for m in _CODE.finditer(masked)]


def table_cell_spans(masked: str) -> list[tuple[int, int]]:
    """Short cells of markdown tables (lines starting with |)."""
    spans = []
    if "|" not in masked:
        return spans
    position = 0
    for line in masked.split("\n"):
        if line.lstrip().startswith("|"):
            for m in _TABLE_CELL.finditer(line):
                cell = m.group(1)
                if cell.strip() and len(cell.split()) <= _SHORT_CELL_WORDS:
                    spans.append((position + m.start(1), position + m.end(1)))
        position += len(line) + 1
    return spans


def protected_spans(masked: str, with_names: bool = True) -> list[tuple[int, int]]:
    """Sorted spans where no change is made without a person: names (unless with_names is
    False: the scan marks words in names itself), quotations, codes and short table cells."""
    spans = quote_spans(masked) + code_spans(masked) + table_cell_spans(masked)
    if with_names:
        spans += name_spans(masked)
    spans.sort()
    return spans
