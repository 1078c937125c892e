"""The text inside one Word paragraph as markdown: bold, italic, hyperlinks and line breaks.

Works on the XML directly and follows the places Word tucks text into: hyperlinks, tracked
insertions, content controls, smart tags and simple fields. Deleted text and hidden text are
left out. Footnote and endnote references become a number in brackets ("[1]") that points to
the notes kept at the end of the paper; comments are counted (and left out).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from meetingkit.importers.docx_styles import CharacterLook, W

R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_NOTE_REFERENCES = {W + "footnoteReference": "footnote", W + "endnoteReference": "endnote"}
_CONTAINERS = {
    W + "ins",
    W + "smartTag",
    W + "customXml",
    W + "fldSimple",
    W + "moveTo",
    W + "dir",
    W + "bdo",
}
_PICTURES = {W + "drawing", W + "pict", W + "object"}
# Used when a document's styles part does not say what these built-in styles look like.
_BOLD_STYLES = {"strong", "strongemphasis"}
_ITALIC_STYLES = {"emphasis", "intenseemphasis", "subtleemphasis"}
_ESCAPE = re.compile(r"([\\`*_\[\]])")
_ORDERED_START = re.compile(r"^( {0,3}\d+)\.(?=\s|$)", re.MULTILINE)
_BLOCK_START = re.compile(r"^( {0,3})([#>+-])", re.MULTILINE)
_OFF = ("0", "false", "off", "none")


@dataclass
class Segment:
    text: str
    bold: bool
    italic: bool
    url: str | None


@dataclass
class InlineStats:
    pictures: int = 0
    tracked_changes: int = 0
    comments: int = 0


class InlineContext:
    """What the paragraphs of one document share: its links, character styles and notes."""

    def __init__(self, rels: dict[str, Any], looks: dict[str, CharacterLook],
                 note_number: Any = None) -> None:
        self.rels = rels
        self.looks = looks
        self.stats = InlineStats()
        # note_number("footnote" or "endnote", id) -> the number the reader sees, or None
        self.note_number = note_number or (lambda kind, note_id: None)


def paragraph_segments(p: Any, context: InlineContext) -> list[Segment]:
    segments: list[Segment] = []
    _walk(p, context, None, segments)
    return segments


def segments_to_markdown(segments: list[Segment], formatting: bool = True) -> str:
    """Markdown for a paragraph's segments; without formatting only links are kept."""
    merged = _merge(segments, formatting)
    out: list[str] = []
    index = 0
    while index < len(merged):
        url = merged[index].url
        group: list[Segment] = []
        while index < len(merged) and merged[index].url == url:
            group.append(merged[index])
            index += 1
        inner = "".join(_format(s, formatting) for s in group)
        if url and inner.strip():
            out.append(f"[{inner.strip()}]({_escape_url(url)})")
        else:
            out.append(inner)
    text = "".join(out).strip()
    text = re.sub(r"[ \t]*\n[ \t]*", "  \n", text)  # markdown line break: two spaces
    text = _ORDERED_START.sub(r"\1\\.", text)
    return _BLOCK_START.sub(r"\1\\\2", text)


def plain_text(segments: list[Segment]) -> str:
    return " ".join("".join(s.text for s in segments).split())


def _walk(element: Any, context: InlineContext, url: str | None, out: list[Segment]) -> None:
    stats = context.stats
    for child in element:
        tag = child.tag
        if tag == W + "r":
            _run(child, context, url, out)
        elif tag == W + "hyperlink":
            _walk(child, context, _link_target(child, context.rels) or url, out)
        elif tag in _CONTAINERS:
            if tag in (W + "ins", W + "moveTo"):
                stats.tracked_changes += 1
            _walk(child, context, url, out)
        elif tag == W + "sdt":
            content = child.find(W + "sdtContent")
            if content is not None:
                _walk(content, context, url, out)
        elif tag in (W + "del", W + "moveFrom"):
            stats.tracked_changes += 1
        elif tag == W + "commentRangeStart":
            stats.comments += 1


def _run(r: Any, context: InlineContext, url: str | None, out: list[Segment]) -> None:
    rpr = r.find(W + "rPr")
    bold = italic = False
    if rpr is not None:
        if _on(rpr.find(W + "vanish")):
            return  # hidden text is hidden for a reason
        style = rpr.find(W + "rStyle")
        style_id = (style.get(W + "val") or "") if style is not None else ""
        look = context.looks.get(style_id)
        if look is None:
            look = CharacterLook(style_id.lower() in _BOLD_STYLES,
                                 style_id.lower() in _ITALIC_STYLES)
        bold = _flag(rpr.find(W + "b"), look.bold)
        italic = _flag(rpr.find(W + "i"), look.italic)
    stats = context.stats
    pieces: list[str] = []
    for child in r:
        tag = child.tag
        if tag == W + "t":
            pieces.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            pieces.append(" ")
        elif tag == W + "br":
            if child.get(W + "type") in (None, "textWrapping"):
                pieces.append("\n")
        elif tag == W + "cr":
            pieces.append("\n")
        elif tag == W + "noBreakHyphen":
            pieces.append("-")
        elif tag in _PICTURES:
            stats.pictures += 1
        elif tag == "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent":
            stats.pictures += 1  # shapes and text boxes
        elif tag in _NOTE_REFERENCES:
            number = context.note_number(_NOTE_REFERENCES[tag], child.get(W + "id"))
            if number is not None:
                pieces.append(f"[{number}]")
    text = "".join(pieces)
    if text:
        out.append(Segment(text, bold, italic, url))


def _on(element: Any) -> bool:
    """Word's on/off properties: present means on, unless w:val says otherwise."""
    return element is not None and (element.get(W + "val") or "true").lower() not in _OFF


def _flag(element: Any, inherited: bool) -> bool:
    """A run's own on/off property wins over what its character style says."""
    return inherited if element is None else _on(element)


def _link_target(hyperlink: Any, rels: dict[str, Any]) -> str | None:
    rel_id = hyperlink.get(R_ID)
    if not rel_id:
        return None  # a jump to a bookmark inside the document: keep just the text
    rel = rels.get(rel_id)
    if rel is None or not rel.external:  # a broken relationship: keep the words, lose the link
        return None
    target = rel.target
    anchor = hyperlink.get(W + "anchor")
    return f"{target}#{anchor}" if anchor else target


def _merge(segments: list[Segment], formatting: bool) -> list[Segment]:
    merged: list[Segment] = []
    for segment in segments:
        bold = segment.bold and formatting
        italic = segment.italic and formatting
        if merged and (merged[-1].bold, merged[-1].italic, merged[-1].url) == (
            bold,
            italic,
            segment.url,
        ):
            merged[-1].text += segment.text
        else:
            merged.append(Segment(segment.text, bold, italic, segment.url))
    return merged


def _format(segment: Segment, formatting: bool) -> str:
    text = _ESCAPE.sub(r"\\\1", segment.text)
    if not formatting or not (segment.bold or segment.italic) or not text.strip():
        return text
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    marker = "***" if segment.bold and segment.italic else "**" if segment.bold else "*"
    # Markers must hug the words; break the emphasis at line breaks so each line is valid.
    lines = [f"{marker}{line.strip()}{marker}" if line.strip() else "" for line in core.split("\n")]
    return lead + "\n".join(lines) + trail


def _escape_url(url: str) -> str:
    return url.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29")
