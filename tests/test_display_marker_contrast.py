"""The marks in "Things to look at" (wave, dots, dashes: the cue that does not rely on colour)
reach 3:1 against what is behind them in every theme, in a plain row and in the chosen row.
In high contrast the chosen row's marks were about 1.4:1 (white on cyan). Measured on the
pictures themselves, pixel by pixel."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPainter

from ui.display.apply import make_palette
from ui.display.contrast import NON_TEXT, contrast_ratio
from ui.display.themes import THEME_NAMES, load_theme
from ui.papers.underlines import marker_icon

VARIANTS = [(name, reading) for name in THEME_NAMES for reading in (False, True)]
CATEGORIES = ("jargon", "acronym", "sentence", "structure")


def _best_contrast(icon: QIcon, mode: QIcon.Mode, background: str) -> float:
    """The mark's strongest pixel against the background (the line itself, not its soft edge)."""
    pixmap = icon.pixmap(24, 24, mode)
    image = QImage(pixmap.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(image.width())
               for y in range(image.height())}
    return max(contrast_ratio(colour, background) for colour in colours)


@pytest.mark.parametrize(("theme", "reading"), VARIANTS)
def test_every_mark_reaches_3_to_1_plain_and_chosen(qapp, theme, reading):
    colours = load_theme(theme).palette(reading)
    palette = make_palette(colours)
    for category in CATEGORIES:
        icon = marker_icon(category, palette)
        plain = _best_contrast(icon, QIcon.Mode.Normal, colours["base"])
        chosen = _best_contrast(icon, QIcon.Mode.Selected, colours["highlight"])
        print(f"{theme}{' reading' if reading else ''} {category}: {plain:.1f} / {chosen:.1f}")
        assert plain >= NON_TEXT and chosen >= NON_TEXT, (category, plain, chosen)
