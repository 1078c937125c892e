"""Python counts characters; Qt counts UTF-16 code units. They differ only when text holds
characters outside the Basic Multilingual Plane (many emoji), so convert only then."""

from __future__ import annotations


def _simple(text: str) -> bool:
    return text.isascii() or max(text) <= "\uffff"


def to_qt(text: str, index: int) -> int:
    """Qt position of Python index `index` in `text`."""
    if _simple(text):
        return index
    return len(text[:index].encode("utf-16-le")) // 2


def from_qt(text: str, position: int) -> int:
    """Python index of Qt position `position` in `text`."""
    if _simple(text):
        return position
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if char > "\uffff" else 1
    return len(text)
