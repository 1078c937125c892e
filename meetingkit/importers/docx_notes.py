"""What a Word document holds outside its body: footnotes and endnotes (kept, as numbered notes at
the end of the paper), page headers and footers (a protective marking such as OFFICIAL-SENSITIVE
is kept at the top of the paper and told to the chair; other words are named in the import
message) and comments (left out, and said so)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from meetingkit.importers.docx_inline import (
    InlineContext,
    paragraph_segments,
    plain_text,
    segments_to_markdown,
)
from meetingkit.importers.word_package import W, WordPackage

# Government Security Classifications and the older NHS markings. Upper case anywhere in a
# header line, or any case at its start ("Official - Sensitive: personal").
_MARKINGS = (r"official[\s:-]*sensitive|official|top\s+secret|secret|restricted|confidential"
             r"|private\s+and\s+confidential|not\s+protectively\s+marked|protect")
_MARKING_AT_START = re.compile(rf"^\W*({_MARKINGS})\b", re.IGNORECASE)
_MARKING_IN_CAPITALS = re.compile(
    r"\b(OFFICIAL[\s:-]*SENSITIVE|OFFICIAL|TOP\s+SECRET|SECRET|RESTRICTED|CONFIDENTIAL"
    r"|PRIVATE\s+AND\s+CONFIDENTIAL|NOT\s+PROTECTIVELY\s+MARKED)\b")
_PAGE_NUMBER = re.compile(r"^(page\s*)?\d+(\s*(of|/)\s*\d+)?$", re.IGNORECASE)
_MAX_NAMED = 3


@dataclass
class Notes:
    """Footnotes and endnotes, numbered in the order the text refers to them."""

    texts: dict[tuple[str, str], str] = field(default_factory=dict)  # (kind, id) -> markdown
    order: list[tuple[str, str]] = field(default_factory=list)

    def number(self, kind: str, note_id: str | None) -> int | None:
        key = (kind, note_id or "")
        if key not in self.texts:
            return None
        if key not in self.order:
            self.order.append(key)
        return self.order.index(key) + 1

    def markdown(self, heading_level: int) -> str:
        if not self.order:
            return ""
        lines = [f"{'#' * heading_level} Notes", ""]
        lines += [f"{n}. {self.texts[key]}" for n, key in enumerate(self.order, 1)]
        return "\n".join(lines)


@dataclass
class PageMargins:
    """What the page headers and footers say."""

    marking: str = ""  # the protective marking line, if any
    other: list[str] = field(default_factory=list)  # other words, as they appear


def read_notes(package: WordPackage, context: InlineContext) -> Notes:
    notes = Notes()
    for kind, part in (("footnote", "footnotes"), ("endnote", "endnotes")):
        root = package.part(part)
        if root is None:
            continue
        for note in root.iter(W + kind):
            if note.get(W + "type") in ("separator", "continuationSeparator",
                                        "continuationNotice"):
                continue
            paragraphs = []
            for p in note.iter(W + "p"):
                text = segments_to_markdown(paragraph_segments(p, context))
                if text.strip():
                    paragraphs.append(text.replace("  \n", " ").replace("\n", " "))
            text = " ".join(paragraphs).strip()
            if text:
                notes.texts[(kind, note.get(W + "id") or "")] = text
    return notes


def read_page_margins(package: WordPackage, context: InlineContext) -> PageMargins:
    margins = PageMargins()
    seen: set[str] = set()
    for kind in ("header", "footer"):
        for _rel_id, root in package.parts(kind):
            for p in root.iter(W + "p"):
                line = plain_text(paragraph_segments(p, context))
                if not line or line in seen or _PAGE_NUMBER.match(line):
                    continue
                seen.add(line)
                if not margins.marking and _is_marking(line):
                    margins.marking = line
                else:
                    margins.other.append(line)
    return margins


def count_comments(package: WordPackage) -> int:
    root = package.part("comments")
    return 0 if root is None else sum(1 for _ in root.iter(W + "comment"))


def _is_marking(line: str) -> bool:
    return len(line) <= 120 and bool(_MARKING_AT_START.match(line)
                                     or _MARKING_IN_CAPITALS.search(line))


def margin_warnings(margins: PageMargins) -> list[str]:
    notes = []
    if margins.marking:
        notes.append(
            f"This paper is marked '{margins.marking}' in its page header or footer. The marking "
            "is kept at the top of the paper: check the paper may be shared before it goes in a "
            "pack.")
    if margins.other:
        named = "; ".join(f"'{_short(line)}'" for line in margins.other[:_MAX_NAMED])
        more = len(margins.other) - _MAX_NAMED
        if more > 0:
            named += f" and {more} more"
        notes.append(f"The page headers and footers were left out: {named}.")
    return notes


def _short(line: str, most: int = 80) -> str:
    return line if len(line) <= most else line[: most - 1].rstrip() + "…"
