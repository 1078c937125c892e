"""What a Word paragraph is: a heading (and which level), a list item (bulleted or numbered, and
how deep), a line of a table of contents, or ordinary text; and which character styles make
words bold or italic. Read once per document from its styles and numbering parts, so each
paragraph is then a few dictionary look-ups."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from meetingkit.importers.limits import MAX_HEADING_LEVEL

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = W + "val"
_HEADING_NAME = re.compile(r"^heading\s*([1-9])$")
_LIST_NAME = re.compile(r"^list\s*(bullet|number)?\s*([2-9])?$")
# Word names its contents styles "TOC 1".."TOC 9" and "TOC Heading"; LibreOffice "Contents 1"
# and "Contents Heading".
_CONTENTS_NAME = re.compile(r"^(toc|contents)\s*([1-9]|heading)$|^table of contents$")
_OFF = ("0", "false", "off", "none")


@dataclass(frozen=True)
class _Style:
    name: str  # lower case, as Word stores built-in names ("heading 1")
    based_on: str | None
    num_id: str | None
    ilvl: int | None
    outline_level: int | None


@dataclass(frozen=True)
class ListMark:
    ordered: bool
    level: int  # 0 = top level, as Word counts


@dataclass(frozen=True)
class CharacterLook:
    bold: bool
    italic: bool


class ParagraphKinds:
    def __init__(self, styles_root: Any | None, numbering_root: Any | None) -> None:
        self._styles = _read_styles(styles_root)
        self._formats = _read_numbering(numbering_root)
        self._chain_cache: dict[str, list[_Style]] = {}
        self.character_looks = _read_character_looks(styles_root)

    def is_title(self, p: Any) -> bool:
        ppr = p.find(W + "pPr")
        return any(style.name == "title" for style in self._chain(_style_id(ppr)))

    def is_contents(self, p: Any) -> bool:
        """A line (or the heading) of a table of contents."""
        ppr = p.find(W + "pPr")
        return any(_CONTENTS_NAME.match(style.name) for style in self._chain(_style_id(ppr)))

    def heading_level(self, p: Any) -> int | None:
        """1..6 for Title and Heading 1..6 paragraphs (or outline levels), else None."""
        ppr = p.find(W + "pPr")
        direct = _int_val(ppr.find(W + "outlineLvl")) if ppr is not None else None
        if direct is not None and direct < 9:
            return min(direct + 1, MAX_HEADING_LEVEL)
        for style in self._chain(_style_id(ppr)):
            if style.name == "title":
                return 1
            match = _HEADING_NAME.match(style.name)
            if match:
                return min(int(match.group(1)), MAX_HEADING_LEVEL)
            if style.outline_level is not None and style.outline_level < 9:
                return min(style.outline_level + 1, MAX_HEADING_LEVEL)
        return None

    def list_mark(self, p: Any) -> ListMark | None:
        """How this paragraph is listed, from its own numbering, its style's, or a style name
        such as "List Bullet 2"; None for ordinary paragraphs."""
        ppr = p.find(W + "pPr")
        num_id: str | None = None
        ilvl: int | None = None
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        if numpr is not None:
            num_id = _str_val(numpr.find(W + "numId"))
            ilvl = _int_val(numpr.find(W + "ilvl"))
        chain = self._chain(_style_id(ppr))
        for style in chain:
            if num_id is None and style.num_id is not None:
                num_id = style.num_id
            if ilvl is None and style.ilvl is not None:
                ilvl = style.ilvl
        if num_id == "0":
            return None  # numbering explicitly switched off
        name_match = next((m for s in chain if (m := _LIST_NAME.match(s.name))), None)
        numbering_level = max(0, ilvl or 0)  # which level of the numbering gives the format
        level = numbering_level  # how deep to nest; "List Number 2" is level 0 of its own
        if ilvl is None and name_match and name_match.group(2):  # numbering, but nested
            level = int(name_match.group(2)) - 1
        if num_id is not None:
            number_format = self._formats.get((num_id, numbering_level), "bullet")
            return ListMark(ordered=number_format not in ("bullet", "none"), level=level)
        if name_match and name_match.group(1):
            return ListMark(ordered=name_match.group(1) == "number", level=level)
        return None

    def _chain(self, style_id: str | None) -> list[_Style]:
        """The paragraph's style and the styles it is based on (default style if none)."""
        key = style_id or ""
        cached = self._chain_cache.get(key)
        if cached is not None:
            return cached
        chain: list[_Style] = []
        current: str | None = style_id if style_id else ("" if "" in self._styles else None)
        seen: set[str] = set()
        while current is not None and current not in seen and len(chain) < 20:
            seen.add(current)
            style = self._styles.get(current)
            if style is None:
                break
            chain.append(style)
            current = style.based_on
        self._chain_cache[key] = chain
        return chain


def _read_styles(root: Any | None) -> dict[str, _Style]:
    styles: dict[str, _Style] = {}
    if root is None:  # a document without a styles part: every paragraph is plain
        return styles
    for element in root.iter(W + "style"):
        style_id = element.get(W + "styleId")
        if not style_id or element.get(W + "type", "paragraph") != "paragraph":
            continue
        ppr = element.find(W + "pPr")
        numpr = ppr.find(W + "numPr") if ppr is not None else None
        style = _Style(
            name=(_str_val(element.find(W + "name")) or style_id).strip().lower(),
            based_on=_str_val(element.find(W + "basedOn")),
            num_id=_str_val(numpr.find(W + "numId")) if numpr is not None else None,
            ilvl=_int_val(numpr.find(W + "ilvl")) if numpr is not None else None,
            outline_level=_int_val(ppr.find(W + "outlineLvl")) if ppr is not None else None,
        )
        styles[style_id] = style
        if element.get(W + "default") in ("1", "true", "on"):
            styles[""] = style
    return styles


def _read_character_looks(root: Any | None) -> dict[str, CharacterLook]:
    """Character style id -> whether it makes words bold or italic, following the styles it is
    based on: LibreOffice's "Strong Emphasis" (what HTML's strong becomes) is bold this way."""
    if root is None:
        return {}
    own: dict[str, tuple[bool | None, bool | None, str | None]] = {}
    for element in root.iter(W + "style"):
        style_id = element.get(W + "styleId")
        if not style_id or element.get(W + "type") != "character":
            continue
        rpr = element.find(W + "rPr")
        own[style_id] = (_flag(rpr, "b"), _flag(rpr, "i"), _str_val(element.find(W + "basedOn")))
    looks: dict[str, CharacterLook] = {}
    for style_id in own:
        bold = italic = None
        current: str | None = style_id
        for _ in range(20):  # a chain of basedOn, guarded against loops
            if current is None or current not in own:
                break
            b, i, based_on = own[current]
            bold = b if bold is None else bold
            italic = i if italic is None else italic
            current = based_on
        looks[style_id] = CharacterLook(bool(bold), bool(italic))
    return looks


def _flag(rpr: Any | None, name: str) -> bool | None:
    element = rpr.find(W + name) if rpr is not None else None
    if element is None:
        return None
    return (element.get(_VAL) or "true").lower() not in _OFF


def _read_numbering(root: Any | None) -> dict[tuple[str, int], str]:
    """(numId, level) -> number format ("bullet", "decimal", "lowerLetter", ...)."""
    if root is None:  # no numbering part: lists only from style names
        return {}
    abstract: dict[str, dict[int, str]] = {}
    for element in root.iter(W + "abstractNum"):
        levels: dict[int, str] = {}
        for lvl in element.iter(W + "lvl"):
            index = _int_val(lvl, W + "ilvl")
            if index is not None:
                levels[index] = _str_val(lvl.find(W + "numFmt")) or "decimal"
        abstract[element.get(W + "abstractNumId", "")] = levels
    formats: dict[tuple[str, int], str] = {}
    for element in root.iter(W + "num"):
        num_id = element.get(W + "numId")
        abstract_id = _str_val(element.find(W + "abstractNumId"))
        if num_id is None:
            continue
        for index, number_format in abstract.get(abstract_id or "", {}).items():
            formats[(num_id, index)] = number_format
        for override in element.iter(W + "lvlOverride"):
            index = _int_val(override, W + "ilvl")
            lvl = override.find(W + "lvl")
            if index is not None and lvl is not None:
                formats[(num_id, index)] = _str_val(lvl.find(W + "numFmt")) or "decimal"
    return formats


def _style_id(ppr: Any) -> str | None:
    return _str_val(ppr.find(W + "pStyle")) if ppr is not None else None


def _str_val(element: Any, attribute: str = _VAL) -> str | None:
    return None if element is None else element.get(attribute)


def _int_val(element: Any, attribute: str = _VAL) -> int | None:
    value = _str_val(element, attribute)
    try:
        return int(value) if value is not None else None
    except ValueError:
        return None
