"""WCAG 2.2 contrast: relative luminance and contrast ratio of two sRGB colours.

Qt-free on purpose, so the tests (and anyone choosing colours) can use it without a window.
Formula: https://www.w3.org/TR/WCAG22/#dfn-relative-luminance
"""

from __future__ import annotations

TEXT = 4.5  # normal text (WCAG 1.4.3)
LARGE_TEXT = 3.0  # 18 pt, or 14 pt bold, and larger
NON_TEXT = 3.0  # edges of controls, focus rings, states (WCAG 1.4.11)


def parse_hex(colour: str) -> tuple[int, int, int]:
    """'#1A2B3C' or '#abc' -> (26, 43, 60)."""
    value = colour.strip().lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    if len(value) != 6:
        raise ValueError(f"not a #RRGGBB colour: {colour!r}")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)


def _linear(channel: int) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | tuple[int, int, int]) -> float:
    r, g, b = parse_hex(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(first: str | tuple[int, int, int], second: str | tuple[int, int, int]) -> float:
    """From 1 (the same) to 21 (black on white); the order of the two does not matter."""
    a, b = relative_luminance(first), relative_luminance(second)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)
