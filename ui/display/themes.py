"""Themes as data: each resources/styles/<name>.json holds a palette (and the changes reading
mode makes to it). Qt-free, so the contrast tests read exactly what the app paints with."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache

from meetingkit.resources import read_text, resource_path
from ui.display.contrast import LARGE_TEXT, NON_TEXT, TEXT

THEME_NAMES = ("light", "dark", "high_contrast")  # menu order; light is the default
DEFAULT_THEME = "light"

# (foreground, background, least ratio, what the pair is). Every theme must meet all of them,
# plain and in reading mode; tests/test_display_contrast.py computes each one.
REQUIRED_PAIRS: tuple[tuple[str, str, float, str], ...] = (
    ("window_text", "window", TEXT, "labels and text on the window"),
    ("window_text", "alternate_base", TEXT, "text on the alternate background"),
    ("text", "base", TEXT, "text in boxes, lists and reading views"),
    ("text", "alternate_base", TEXT, "text on striped rows"),
    ("button_text", "button", TEXT, "button text"),
    ("button_text", "button_hover", TEXT, "button text under the mouse"),
    ("highlighted_text", "highlight", TEXT, "chosen row in a list"),
    ("link", "base", TEXT, "links in reading views"),
    ("link", "window", TEXT, "links on the window"),
    ("link_visited", "base", TEXT, "links already opened"),
    ("tooltip_text", "tooltip_base", TEXT, "tooltips"),
    ("placeholder_text", "base", TEXT, "hints inside empty boxes"),
    ("focus_text", "focus_background", TEXT, "text on a focused button, tab or checkbox"),
    ("disabled_text", "window", LARGE_TEXT, "unavailable controls (WCAG exempts them; we don't)"),
    ("disabled_text", "button", LARGE_TEXT, "unavailable buttons"),
    ("edge", "window", NON_TEXT, "edges of boxes and buttons on the window"),
    ("edge", "base", NON_TEXT, "edges of boxes against their inside"),
    ("edge", "button", NON_TEXT, "edges of buttons against their inside"),
    ("focus", "window", NON_TEXT, "focus ring on the window"),
    ("focus", "base", NON_TEXT, "focus ring against the inside of a box"),
    ("focus", "button", NON_TEXT, "focus ring against a button"),
    ("highlight", "base", NON_TEXT, "chosen row against the other rows"),
    ("highlight", "window", NON_TEXT, "selected tab's underline"),
)


@dataclass(frozen=True)
class Theme:
    name: str
    label: str
    description: str
    colours: dict[str, str]
    reading: dict[str, str] = field(default_factory=dict)
    arrows: str = "dark"  # arrow pictures for spin boxes and drop-down lists: dark or light

    def palette(self, reading_mode: bool = False) -> dict[str, str]:
        """The colours to paint with; reading mode swaps in its softer backgrounds."""
        return {**self.colours, **self.reading} if reading_mode else dict(self.colours)


@cache
def load_theme(name: str) -> Theme:
    if name not in THEME_NAMES:
        raise KeyError(f"no such theme: {name}")
    data = json.loads(read_text("styles", f"{name}.json"))
    return Theme(name=data["name"], label=data["label"], description=data["description"],
                 colours=dict(data["colours"]), reading=dict(data.get("reading", {})),
                 arrows=data.get("arrows", "dark"))


def all_themes() -> list[Theme]:
    return [load_theme(name) for name in THEME_NAMES]


@cache
def reading_rules() -> dict:
    """Font choices and spacing for reading mode (resources/styles/reading.json)."""
    return json.loads(read_text("styles", "reading.json"))


INDICATOR_PX = 14  # a tick box or choice dot at normal text size


def stylesheet(colours: dict[str, str], arrows: str = "dark", scale: float = 1.0) -> str:
    """The app's style sheet (resources/styles/app.qss) filled in with one palette. `scale` is
    how much bigger than normal the text is: tick boxes and choice dots grow with it, so a person
    who needs 200% text can see and hit them."""
    from string import Template

    pictures = {f"arrow_{way}": resource_path("styles", f"arrow-{way}-{arrows}.svg").as_posix()
                for way in ("up", "down")}
    pictures["tick"] = resource_path("styles", f"tick-{arrows}.svg").as_posix()
    size = round(INDICATOR_PX * max(scale, 1.0))
    sizes = {"indicator": f"{size}px", "indicator_round": f"{(size + 4) // 2}px"}
    return Template(resource_path("styles", "app.qss").read_text(encoding="utf-8")).substitute(
        colours, **pictures, **sizes)
