"""Puts display settings into effect for the whole app: the font (size and, in reading mode,
family and spacing), the palette and the style sheet. Every window, dialog and tab follows
because they all inherit the application's font and palette."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication

from ui.display.settings import DisplaySettings
from ui.display.themes import load_theme, reading_rules, stylesheet

_state: dict[str, object] = {}  # "app", "base_font", "applied"

_ROLES = {
    "window": QPalette.ColorRole.Window, "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base, "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text, "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText, "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText, "link": QPalette.ColorRole.Link,
    "link_visited": QPalette.ColorRole.LinkVisited,
    "tooltip_base": QPalette.ColorRole.ToolTipBase,
    "tooltip_text": QPalette.ColorRole.ToolTipText,
    "placeholder_text": QPalette.ColorRole.PlaceholderText,
}
_DISABLED_TEXT_ROLES = (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText,
                        QPalette.ColorRole.ButtonText)


def base_font() -> QFont:
    """The computer's usual font, noted the first time settings are applied; sizes scale from it
    (so 200% is always twice the usual size, however often the size is changed)."""
    app = QApplication.instance()
    if _state.get("app") is not app:
        _state.clear()
        _state["app"] = app
        _state["base_font"] = QFont(app.font())
    return QFont(_state["base_font"])


def reading_family() -> str:
    """The first dyslexia-friendly sans-serif font this computer has (none is downloaded)."""
    available = set(QFontDatabase.families())
    for family in reading_rules()["fonts"]:
        if family in available:
            return family
    return base_font().family()


def make_font(display: DisplaySettings) -> QFont:
    font = base_font()
    factor = display.text_size / 100
    if display.reading_mode:
        rules = reading_rules()
        font.setFamily(reading_family())
        font.setStyleHint(QFont.StyleHint.SansSerif)
        font.setLetterSpacing(QFont.SpacingType.PercentageSpacing,
                              rules["letter_spacing_percent"])
        factor *= rules["size_factor"]
    if font.pointSizeF() > 0:
        size = font.pointSizeF() * factor
        if display.reading_mode:
            size = max(size, float(reading_rules()["minimum_points"]))
        font.setPointSizeF(round(size, 1))
    else:  # a font given in pixels (some Linux desktops)
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    return font


def make_palette(colours: dict[str, str]) -> QPalette:
    palette = QPalette(QColor(colours["button"]), QColor(colours["window"]))
    for key, role in _ROLES.items():
        palette.setColor(role, QColor(colours[key]))
    if hasattr(QPalette.ColorRole, "Accent"):  # Qt 6.6 and later
        palette.setColor(QPalette.ColorRole.Accent, QColor(colours["highlight"]))
    for role in _DISABLED_TEXT_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(colours["disabled_text"]))
    return palette


def applied() -> DisplaySettings | None:
    """What is in effect now (None before the first apply)."""
    base_font()
    return _state.get("applied")  # type: ignore[return-value]


def apply_display(display: DisplaySettings, force: bool = False) -> bool:
    """Puts `display` into effect; returns False when it already was (nothing repainted)."""
    app = QApplication.instance()
    if app is None:
        return False
    if not force and applied() == display:
        return False
    theme = load_theme(display.theme)
    colours = theme.palette(display.reading_mode)
    sheet = stylesheet(colours, theme.arrows, display.text_size / 100)
    font = make_font(display)
    # Each change makes Qt restyle every widget, so only what differs is set. The style sheet
    # goes last: setting it again is what makes styled widgets take up a new application font.
    new_colours = force or app.styleSheet() != sheet
    new_font = force or app.font() != font
    if new_colours:
        app.setPalette(make_palette(colours))
    if new_font:
        app.setFont(font)
    if new_colours or new_font:
        app.setStyleSheet(sheet)
    _state["applied"] = display
    from ui.display.reading import restyle_text_views

    restyle_text_views(display)
    return True
