"""The pictures the app draws as cues reach 3:1 against what is behind them in every theme and
in reading mode (WCAG 1.4.11): the arrows of number boxes and drop-down lists, the tick in a
ticked box, and the warning sign beside an agenda over time or a plain version out of date.
The findings marks have their own test (test_display_marker_contrast.py); focus rings and edges
are colour pairs checked in test_display_contrast.py. Measured pixel by pixel on the pictures."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QIcon, QImage, QPainter
from PySide6.QtWidgets import QApplication

from meetingkit.resources import resource_path
from ui.display.apply import apply_display
from ui.display.contrast import NON_TEXT, contrast_ratio
from ui.display.settings import DisplaySettings
from ui.display.themes import THEME_NAMES, load_theme
from ui.warning_sign import warning_icon

VARIANTS = [(name, reading) for name in THEME_NAMES for reading in (False, True)]


def best_contrast(icon: QIcon, background: str, size: int = 32) -> float:
    """The picture's strongest pixel against the background (its body, not its soft edge)."""
    pixmap = icon.pixmap(size, size)
    image = QImage(pixmap.size(), QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    colours = {image.pixelColor(x, y).name() for x in range(image.width())
               for y in range(image.height())}
    return max(contrast_ratio(colour, background) for colour in colours)


@pytest.mark.parametrize(("theme", "reading"), VARIANTS)
def test_arrows_and_ticks_reach_3_to_1(qapp, theme, reading):
    look = load_theme(theme)
    colours = look.palette(reading)
    for picture, background in ((f"arrow-up-{look.arrows}.svg", "button"),
                                (f"arrow-down-{look.arrows}.svg", "button"),
                                (f"tick-{look.arrows}.svg", "base")):
        icon = QIcon(str(resource_path("styles", picture)))
        ratio = best_contrast(icon, colours[background])
        assert ratio >= NON_TEXT, f"{picture} on {background} in {theme}: {ratio:.2f}:1"


@pytest.fixture
def _themed(qapp):
    yield
    apply_display(DisplaySettings(), force=True)


@pytest.mark.parametrize(("theme", "reading"), VARIANTS)
def test_the_warning_sign_reaches_3_to_1(_themed, theme, reading):
    apply_display(DisplaySettings(theme=theme, reading_mode=reading), force=True)
    colours = load_theme(theme).palette(reading)
    icon = warning_icon(QApplication.palette())
    for background in ("window", "base"):
        ratio = best_contrast(icon, colours[background])
        assert ratio >= NON_TEXT, f"the warning sign on {background} in {theme}: {ratio:.2f}:1"


@pytest.mark.parametrize("theme", THEME_NAMES)
def test_the_signs_the_agenda_and_papers_show_reach_3_to_1(_themed, qtbot, theme):
    """The pictures in the labels themselves (Qt's own sign was about 1.4:1 in the light theme)."""
    from ui.agenda.list_panel import ListPanel

    apply_display(DisplaySettings(theme=theme), force=True)
    panel = ListPanel()
    qtbot.addWidget(panel)
    window = load_theme(theme).palette(False)["window"]
    ratio = best_contrast(QIcon(panel.time_icon.pixmap()), window)
    assert ratio >= NON_TEXT, f"the agenda's warning sign in {theme}: {ratio:.2f}:1"
