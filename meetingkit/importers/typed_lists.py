"""Lists typed by hand: a paragraph that starts with a bullet character ("• ", "– ", "o" and a
tab, or the Symbol-font bullets Word leaves behind when text is pasted) is a list item, and in a
PDF, where every list is typed, so is one that starts with a number ("1. ", "2) ")."""

from __future__ import annotations

import re

# "\uf0b7", "\uf0a7", "\uf0d8", "\uf076", "\uf0fc" are Symbol and Wingdings bullets as Word
# stores them when the font is lost.
BULLETS = "•●▪■◦○‣⁃∙·–—-*\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8"
_BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}][ \t\u00a0]+(?=\S)|^\s*o\t+(?=\S)")
_NUMBER = re.compile(r"^\s*(\d{1,3})[.)][ \t\u00a0]+(?=\S)")


def typed_bullet(text: str) -> int:
    """How many characters of `text` are a typed bullet and its space (0 if none)."""
    match = _BULLET.match(text)
    return match.end() if match else 0


def typed_number(text: str) -> tuple[int, int] | None:
    """(the number, how many characters it and its space take) for "3. Text", else None."""
    match = _NUMBER.match(text)
    return (int(match.group(1)), match.end()) if match else None
