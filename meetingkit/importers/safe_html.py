"""Markdown to HTML for the read-only views, with nothing active left in it.

Papers come from outside, so their markdown is treated as hostile: raw HTML is shown as text
(never passed through), pictures are not fetched (their description is shown instead), and
links are kept only when they are web (http, https) or e-mail (mailto) links.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from meetingkit.importers.markdown_guard import limit_nesting

_ALLOWED_SCHEMES = {"http", "https", "mailto"}
# Python-Markdown hides '&' as this marker while it works (e.g. in e-mail autolinks).
_AMP_ENTITY = re.compile("\x02amp\x03#(x?[0-9a-fA-F]+);")
_INVISIBLE = re.compile(r"[\x00-\x20\x7f]+")


def safe_markdown_html(markdown_text: str) -> str:
    """HTML for `markdown_text` that is safe to show: no raw HTML, no images, safe links."""
    import markdown  # imported here: only the views need it

    text, _ = limit_nesting(markdown_text or "")
    renderer = markdown.Markdown(
        extensions=["tables", "sane_lists", _SafetyExtension()], output_format="html"
    )
    try:
        return renderer.convert(text)
    except RecursionError:  # pathological nesting that got past the guard: show it as text
        import html

        return "<p>" + html.escape(text).replace("\n", "<br>\n") + "</p>"


@cache
def _make_extension() -> Any:
    from markdown.extensions import Extension
    from markdown.treeprocessors import Treeprocessor

    class _Sanitiser(Treeprocessor):
        def run(self, root: etree.Element) -> None:
            for parent in list(root.iter()):
                for index, child in enumerate(list(parent)):
                    if child.tag == "img":
                        _replace_image(parent, index, child)
                    elif child.tag == "a":
                        _check_link(parent, index, child)

    class SafetyExtension(Extension):
        def extendMarkdown(self, md: Any) -> None:  # noqa: N802 - Python-Markdown's name
            # Raw HTML, block and inline, becomes ordinary (escaped) text.
            md.preprocessors.deregister("html_block")
            md.inlinePatterns.deregister("html")
            md.treeprocessors.register(_Sanitiser(md), "meetingkit_sanitiser", 0)

    return SafetyExtension


def _SafetyExtension() -> Any:  # noqa: N802 - reads like the class it builds
    return _make_extension()()


def _replace_image(parent: etree.Element, index: int, image: etree.Element) -> None:
    alt = (image.get("alt") or "").strip()
    label = f"[{alt}]" if alt else "[picture]"
    span = etree.Element("span")
    span.text = label
    span.tail = image.tail
    parent.remove(image)
    parent.insert(index, span)


def _check_link(parent: etree.Element, index: int, link: etree.Element) -> None:
    href = _AMP_ENTITY.sub(_from_entity, link.get("href") or "")
    try:
        scheme = urlsplit(_INVISIBLE.sub("", href)).scheme.lower() if href else ""
    except ValueError:  # not a URL at all
        scheme = ""
    title = link.get("title")
    link.attrib.clear()
    if scheme in _ALLOWED_SCHEMES:
        link.set("href", href)
        if title:
            link.set("title", title)
    else:
        link.tag = "span"  # keep the words, drop the link


def _from_entity(match: re.Match[str]) -> str:
    code = match.group(1)
    try:
        return chr(int(code[1:], 16) if code.startswith("x") else int(code))
    except (ValueError, OverflowError):
        return ""
