"""Display settings: text size, theme and reading mode, remembered per user in QSettings."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QSettings

from ui.display.themes import DEFAULT_THEME, THEME_NAMES

TEXT_SIZES = (100, 110, 125, 150, 175, 200, 250)  # per cent of the computer's usual size
NORMAL_SIZE = 100
_KEYS = {"text_size": "display/text_size", "theme": "display/theme",
         "reading_mode": "display/reading_mode"}


@dataclass(frozen=True)
class DisplaySettings:
    text_size: int = NORMAL_SIZE
    theme: str = DEFAULT_THEME
    reading_mode: bool = False

    def bigger(self) -> DisplaySettings:
        larger = [size for size in TEXT_SIZES if size > self.text_size]
        return replace(self, text_size=larger[0] if larger else TEXT_SIZES[-1])

    def smaller(self) -> DisplaySettings:
        smaller = [size for size in TEXT_SIZES if size < self.text_size]
        return replace(self, text_size=smaller[-1] if smaller else TEXT_SIZES[0])

    def normal_size(self) -> DisplaySettings:
        return replace(self, text_size=NORMAL_SIZE)


def clean(text_size: object, theme: object, reading_mode: object) -> DisplaySettings:
    """Whatever was stored (an old or hand-edited settings file included) becomes valid."""
    try:
        size = int(float(str(text_size)))
    except ValueError:
        size = NORMAL_SIZE
    size = min(max(size, TEXT_SIZES[0]), TEXT_SIZES[-1])
    name = str(theme) if str(theme) in THEME_NAMES else DEFAULT_THEME
    reading = reading_mode is True or str(reading_mode).lower() in ("true", "1", "yes")
    return DisplaySettings(text_size=size, theme=name, reading_mode=reading)


def load(settings: QSettings | None) -> DisplaySettings:
    if settings is None:
        return DisplaySettings()
    defaults = DisplaySettings()
    return clean(settings.value(_KEYS["text_size"], defaults.text_size),
                 settings.value(_KEYS["theme"], defaults.theme),
                 settings.value(_KEYS["reading_mode"], defaults.reading_mode))


def save(settings: QSettings | None, display: DisplaySettings) -> None:
    if settings is None:
        return
    settings.setValue(_KEYS["text_size"], display.text_size)
    settings.setValue(_KEYS["theme"], display.theme)
    settings.setValue(_KEYS["reading_mode"], display.reading_mode)
    settings.sync()
