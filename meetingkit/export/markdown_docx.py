"""Markdown (papers, notes) into Word: headings, paragraphs, bold, italic, code, lists, tables,
quotes and links. Papers come from outside, so raw HTML in them is kept as plain text (never
interpreted), pictures become their description, and only web and e-mail links stay links.

Python-Markdown parses the text into a tree once; the tree is walked and written as Word
paragraphs and runs, so a long paper costs one pass over its blocks."""

from __future__ import annotations

import html
import re
import threading
import xml.etree.ElementTree as etree
from typing import Any

from meetingkit.export.docx_writer import DocWriter, is_empty
from meetingkit.export.heading_levels import HeadingLevels

_PLACEHOLDER = re.compile("\x02[^\x03]*\x03")
_HEADINGS = {f"h{n}": n for n in range(1, 7)}
_LIST_TAGS = ("ul", "ol")
_BLOCK_TAGS = {"p", "ul", "ol", "pre", "blockquote", "table", "hr", "div", *_HEADINGS}


_renderers = threading.local()  # one parser per thread: a Markdown object is not thread-safe


def _renderer() -> Any:
    """This thread's parser, with raw HTML and entities left as text, and a last step that
    keeps the tree Python-Markdown builds (made once: building one costs more than a note)."""
    found = getattr(_renderers, "value", None)
    if found is not None:
        return found
    import markdown  # imported when first needed: the CLI's CSV export never needs it
    from markdown.treeprocessors import Treeprocessor

    class Capture(Treeprocessor):
        root: etree.Element | None = None

        def run(self, root: etree.Element) -> None:
            self.root = root

    renderer = markdown.Markdown(extensions=["tables", "sane_lists"])
    renderer.preprocessors.deregister("html_block")
    renderer.inlinePatterns.deregister("html")
    renderer.inlinePatterns.deregister("entity")
    renderer.capture = Capture(renderer)
    renderer.treeprocessors.register(renderer.capture, "meetingkit_capture", -100)  # last
    _renderers.value = renderer
    return renderer


def parse_markdown(text: str) -> etree.Element:
    """The element tree Python-Markdown builds for `text`, with raw HTML left as text."""
    from meetingkit.importers.markdown_guard import limit_nesting

    text, _ = limit_nesting(text)
    renderer = _renderer()
    renderer.reset()
    renderer.capture.root = None
    try:
        renderer.convert(text)
    except RecursionError:
        renderer.capture.root = None
    root, renderer.capture.root = renderer.capture.root, None
    if root is None:  # pathological nesting: keep the words, one paragraph per line
        root = etree.Element("div")
        for line in text.splitlines():
            if line.strip():
                etree.SubElement(root, "p").text = line
    return root


def add_markdown(writer: DocWriter, text: str, heading_base: int = 1,
                 title: str = "") -> None:
    """Writes `text` into the document. The text's first heading becomes Word heading
    `heading_base`, and the rest keep their relation to it (heading_levels.py): siblings stay
    siblings and no level is skipped. A first heading that only repeats `title` (already written
    by the caller) is left out."""
    if not text or not text.strip():
        return
    root = parse_markdown(text)
    if len(root) and root[0].tag in _HEADINGS and title and _same_words(
            "".join(root[0].itertext()), title):
        root.remove(root[0])
    _Converter(writer, heading_base).blocks(root, style=None)


def _same_words(a: str, b: str) -> bool:
    return clean_text(a).split() == clean_text(b).split() or \
        " ".join(clean_text(a).split()).casefold() == " ".join(b.split()).casefold()


def clean_text(text: str | None, keep_newlines: bool = False) -> str:
    if not text:
        return ""
    text = _PLACEHOLDER.sub("", text.replace("\x02amp\x03", "&"))
    text = html.unescape(text)
    return text if keep_newlines else text.replace("\n", " ")


class _Converter:
    def __init__(self, writer: DocWriter, heading_base: int):
        self.writer = writer
        self.levels = HeadingLevels(heading_base)

    def blocks(self, parent: etree.Element, style: str | None) -> None:
        for element in parent:
            self.block(element, style)

    def block(self, element: etree.Element, style: str | None) -> None:
        tag = element.tag
        if tag in _HEADINGS:
            text = clean_text("".join(element.itertext())).strip()
            if text:
                self.writer.heading(text, self.levels.level(_HEADINGS[tag]))
        elif tag in _LIST_TAGS:
            self.list(element, level=1)
        elif tag == "blockquote":
            self.blocks(element, style="Quote")
        elif tag == "pre":
            self.code_block(element, style)
        elif tag == "table":
            self.table(element)
        elif tag == "hr":
            return  # a rule is decoration; headings and spacing already separate the parts
        elif tag == "p" or not any(child.tag in _BLOCK_TAGS for child in element):
            if _has_words(element):
                paragraph = self.writer.paragraph(style=style)
                self.inline(paragraph, element)
        else:  # a container such as a div: its text as a paragraph, then its blocks
            self.blocks(element, style)

    def list(self, element: etree.Element, level: int) -> None:
        ordered = element.tag == "ol"
        start = _start_number(element)
        first = True
        for item in element:
            if item.tag != "li":
                continue
            paragraph = self.writer.list_paragraph(ordered, level, restart=first, start=start)
            first = False
            self.inline(paragraph, item, stop_at_blocks=True)
            used = not is_empty(paragraph)
            for child in item:
                if child.tag == "p" and not used:
                    self.inline(paragraph, child)
                    used = True
                elif child.tag == "p":
                    if _has_words(child):
                        continued = self.writer.paragraph(
                            style="List Continue" + ("" if level == 1 else f" {min(level, 3)}"))
                        self.inline(continued, child)
                elif child.tag in _LIST_TAGS:
                    self.list(child, level + 1)
                elif child.tag in _BLOCK_TAGS:
                    self.block(child, style=None)
            if is_empty(paragraph):
                self.writer.run(paragraph, " ")  # an empty list item keeps its number

    def code_block(self, element: etree.Element, style: str | None) -> None:
        text = clean_text("".join(element.itertext()), keep_newlines=True).rstrip("\n")
        if not text.strip():
            return
        paragraph = self.writer.paragraph(style=style)
        for index, line in enumerate(text.split("\n")):
            if index:
                self.writer.line_break(paragraph)
            self.writer.run(paragraph, line, code=True)

    def table(self, element: etree.Element) -> None:
        rows = [row for row in element.iter("tr")]
        if not rows:
            return
        cells = [[clean_text("".join(cell.itertext())).strip() for cell in row
                  if cell.tag in ("td", "th")] for row in rows]
        headers, body = cells[0], cells[1:]
        caption = "Table: " + ", ".join(h for h in headers if h)[:150]
        self.writer.table(headers, body, caption=caption)

    def inline(self, paragraph: Any, element: etree.Element, bold: bool = False,
               italic: bool = False, code: bool = False, stop_at_blocks: bool = False) -> None:
        writer = self.writer
        if element.text:
            self._text(paragraph, element.text, bold, italic, code)
        for child in element:
            tag = child.tag
            if stop_at_blocks and tag in _BLOCK_TAGS:
                continue  # the list writer handles blocks inside a list item
            if tag in ("strong", "b"):
                self.inline(paragraph, child, True, italic, code)
            elif tag in ("em", "i"):
                self.inline(paragraph, child, bold, True, code)
            elif tag == "code":
                self.inline(paragraph, child, bold, italic, True)
            elif tag == "a":
                words = clean_text("".join(child.itertext())).strip()
                if not writer.link(paragraph, words, child.get("href") or ""):
                    writer.run(paragraph, words, bold, italic, code)
            elif tag == "br":
                writer.line_break(paragraph)
            elif tag == "img":
                alt = clean_text(child.get("alt")).strip()
                writer.run(paragraph, f"[Picture: {alt}]" if alt else "[Picture]", italic=True)
            else:
                self.inline(paragraph, child, bold, italic, code)
            if child.tail and not (stop_at_blocks and tag in _BLOCK_TAGS and not child.tail.strip()):
                self._text(paragraph, child.tail, bold, italic, code)

    def _text(self, paragraph: Any, raw: str, bold: bool, italic: bool, code: bool) -> None:
        text = clean_text(raw)
        if text.strip() or (text and not is_empty(paragraph)):
            self.writer.run(paragraph, text, bold, italic, code)


def _has_words(element: etree.Element) -> bool:
    return any(t.strip() for t in element.itertext()) or element.find(".//img") is not None


def _start_number(element: etree.Element) -> int:
    try:
        return max(1, int(element.get("start") or 1))
    except ValueError:
        return 1
