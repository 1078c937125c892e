"""A web page (.html) as a paper: headings, paragraphs, lists, tables, bold, italic and web links,
read with Python's own HTML parser.

Nothing in the page runs or is fetched: scripts, styles, frames, forms and embedded objects are
dropped with their contents, pictures are left out (their description is kept), and only web
and e-mail links are kept. The page's <title> is the paper's title.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

from meetingkit.errors import ImportRefused
from meetingkit.importers import limits
from meetingkit.importers.paper import ImportedPaper

_DROPPED = {"script", "style", "head", "noscript", "template", "iframe", "object", "embed",
            "svg", "math", "canvas", "form", "select", "textarea", "button", "nav", "frameset"}
_VOID = {"br", "hr", "img", "input", "meta", "link", "area", "base", "col", "source", "wbr",
         "track", "param", "embed"}
_BLOCKS = {"p", "div", "section", "article", "main", "header", "footer", "aside", "body",
           "html", "blockquote", "figure", "figcaption", "address", "details", "summary",
           "dl", "dt", "dd", "center", "pre", "caption"}
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_MAX_DEPTH = 200  # deeper nesting is flattened: no real page needs it
_ESCAPE = re.compile(r"([\\`*_\[\]|])")
_ORDERED_START = re.compile(r"^(\d+)\.(?=\s|$)")
_BLOCK_START = re.compile(r"^([#>+-])")
_LINK_SCHEMES = {"http", "https", "mailto"}


@dataclass
class _Node:
    tag: str
    attrs: dict[str, str] = field(default_factory=dict)
    children: list[_Node | str] = field(default_factory=list)


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("root")
        self.stack = [self.root]
        self.skipping = 0  # inside a dropped element
        self.title = ""
        self._in_title = False
        self.pictures = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "title":
            self._in_title = True
        if tag in _DROPPED and tag not in _VOID:
            self.skipping += 1
            return
        if self.skipping:
            return
        if tag == "img":
            self.pictures += 1
            alt = dict(attrs).get("alt") or ""
            if alt.strip():
                self.stack[-1].children.append(f"(Picture: {alt.strip()})")
            return
        node = _Node(tag, {k: v or "" for k, v in attrs})
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _DROPPED and tag not in _VOID:
            self.skipping = max(0, self.skipping - 1)
            return
        if self.skipping:
            return
        for depth in range(len(self.stack) - 1, 0, -1):  # close it and anything left open
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self.skipping:
            self.stack[-1].children.append(data)


def import_html_text(text: str, source_name: str, warnings: list[str]) -> ImportedPaper:
    builder = _TreeBuilder()
    builder.feed(text)
    builder.close()
    renderer = _Renderer()
    markdown = renderer.blocks(builder.root).strip()
    if not markdown:
        raise ImportRefused("This web page has no text in it to import.")
    if len(markdown) > limits.MAX_PAPER_CHARACTERS:
        from meetingkit.importers.docx_reader import too_long_message

        raise ImportRefused(too_long_message(limits.MAX_PAPER_CHARACTERS))
    notes = list(warnings)
    if builder.pictures:
        notes.append(f"{builder.pictures} picture(s) left out; describe anything important in "
                     "words." if builder.pictures > 1 else
                     "1 picture was left out; describe anything important in words.")
    title = " ".join(builder.title.split())[:300] or renderer.first_heading \
        or Path(source_name).stem.strip() or "Untitled paper"
    return ImportedPaper(title, markdown + "\n", source_name, notes)


class _Renderer:
    def __init__(self) -> None:
        self.first_heading = ""

    def blocks(self, node: _Node, depth: int = 0) -> str:
        """Markdown for a node holding blocks: paragraphs, headings, lists, tables."""
        out: list[str] = []
        inline: list[_Node | str] = []

        def flush() -> None:
            text = _paragraph(self.inline(inline))
            if text:
                out.append(text)
            inline.clear()

        for child in node.children:
            if isinstance(child, str) or not _is_block(child):
                inline.append(child)
                continue
            flush()
            block = self.block(child, depth)
            if block:
                out.append(block)
        flush()
        return "\n\n".join(out)

    def block(self, node: _Node, depth: int) -> str:
        tag = node.tag
        if tag in _HEADINGS:
            text = " ".join(self.inline(node.children, formatting=False).split())
            if not text:
                return ""
            self.first_heading = self.first_heading or _plain(text)
            return "#" * _HEADINGS[tag] + " " + text
        if tag in ("ul", "ol"):
            return self.list(node, depth)
        if tag == "table":
            return self.table(node)
        if tag == "hr":
            return ""
        if tag == "blockquote":
            inner = self.blocks(node, depth)
            return "\n".join("> " + line if line else ">" for line in inner.split("\n"))
        return self.blocks(node, depth)

    def list(self, node: _Node, depth: int) -> str:
        ordered = node.tag == "ol"
        lines = []
        for child in node.children:
            if not isinstance(child, _Node):
                continue
            items = [child] if child.tag == "li" else []
            for item in items:
                words: list[_Node | str] = []
                nested: list[str] = []
                for part in item.children:
                    if isinstance(part, _Node) and part.tag in ("ul", "ol"):
                        nested.append(self.list(part, min(depth + 1, limits.MAX_LIST_DEPTH - 1)))
                    elif isinstance(part, _Node) and _is_block(part):
                        words.append(" ")
                        words.extend(part.children)
                        words.append(" ")
                    else:
                        words.append(part)
                mark = "1. " if ordered else "- "
                lines.append("    " * depth + mark + " ".join(self.inline(words).split()))
                lines += nested
        return "\n".join(lines)

    def table(self, node: _Node) -> str:
        rows: list[list[str]] = []
        for row in _rows(node):
            cells = []
            for cell in row.children:
                if isinstance(cell, _Node) and cell.tag in ("td", "th"):
                    text = " ".join(self.inline(_flat(cell)).split())
                    span = _int(cell.attrs.get("colspan"), 1)
                    cells += [text] * max(1, min(span, limits.MAX_TABLE_COLUMNS))
            if cells:
                rows.append(cells)
        if not rows:
            return ""
        width = min(max(len(r) for r in rows), limits.MAX_TABLE_COLUMNS)
        lines = []
        for index, cells in enumerate(rows):
            cells = (cells + [""] * width)[:width]
            lines.append("| " + " | ".join(c or " " for c in cells) + " |")
            if index == 0:
                lines.append("|" + "|".join([" --- "] * width) + "|")
        return "\n".join(lines)

    def inline(self, parts: list[_Node | str], formatting: bool = True) -> str:
        out = []
        for part in parts:
            if isinstance(part, str):
                out.append(_ESCAPE.sub(r"\\\1", re.sub(r"\s+", " ", part)))
                continue
            tag = part.tag
            if tag == "br":
                out.append("  \n" if formatting else " ")
                continue
            inner = self.inline(part.children, formatting)
            if not inner.strip():
                out.append(inner)
                continue
            if formatting and tag in ("strong", "b"):
                out.append(_wrap(inner, "**"))
            elif formatting and tag in ("em", "i", "cite"):
                out.append(_wrap(inner, "*"))
            elif tag == "a" and _safe_link(part.attrs.get("href", "")):
                href = part.attrs["href"].strip().replace(" ", "%20").replace("(", "%28") \
                    .replace(")", "%29")
                out.append(f"[{inner.strip()}]({href})")
            else:
                out.append(inner)
        return "".join(out)


def _is_block(node: _Node) -> bool:
    return node.tag in _BLOCKS or node.tag in _HEADINGS or node.tag in (
        "ul", "ol", "table", "hr", "li")


def _rows(table: _Node) -> list[_Node]:
    rows = []
    for child in table.children:
        if isinstance(child, _Node):
            if child.tag == "tr":
                rows.append(child)
            elif child.tag in ("thead", "tbody", "tfoot"):
                rows += _rows(child)
    return rows


def _flat(cell: _Node) -> list[_Node | str]:
    """A cell's words with its paragraphs run together (a table cell is one line)."""
    parts: list[_Node | str] = []
    for child in cell.children:
        if isinstance(child, _Node) and _is_block(child):
            parts += [" ", *_flat(child), " "]
        else:
            parts.append(child)
    return parts


def _paragraph(text: str) -> str:
    lines = [line.strip() for line in text.replace("  \n", "\n").split("\n")]
    text = "  \n".join(line for line in lines if line)
    if not text:
        return ""
    text = _ORDERED_START.sub(r"\1\\.", text)
    return _BLOCK_START.sub(r"\\\1", text)


def _wrap(text: str, marker: str) -> str:
    core = text.strip()
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()):]
    return f"{lead}{marker}{core}{marker}{trail}"


def _safe_link(href: str) -> bool:
    try:
        return urlsplit(href.strip()).scheme.lower() in _LINK_SCHEMES
    except ValueError:
        return False


def _plain(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text))


def _int(value: str | None, default: int) -> int:
    return int(value) if value and value.strip().isdigit() else default
