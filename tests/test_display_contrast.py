"""Colour contrast of every theme, computed from the theme files with the WCAG 2.2 formula:
4.5:1 for text, 3:1 for large text and for edges, focus rings and states, plain and in reading
mode. The figures are printed (pytest -s) for the report."""

from __future__ import annotations

import json

import pytest

from meetingkit.resources import read_text, resource_path
from ui.display.contrast import contrast_ratio, parse_hex, relative_luminance
from ui.display.themes import REQUIRED_PAIRS, THEME_NAMES, Theme, load_theme, stylesheet

VARIANTS = [(name, reading) for name in THEME_NAMES for reading in (False, True)]


@pytest.mark.parametrize(("first", "second", "expected"), [
    ("#000000", "#FFFFFF", 21.0),
    ("#FFFFFF", "#FFFFFF", 1.0),
    ("#767676", "#FFFFFF", 4.54),  # the lightest grey that passes on white
    ("#777777", "#FFFFFF", 4.48),  # one step lighter fails
    ("#005EB8", "#FFFFFF", 6.38),  # NHS blue
    ("#FF0000", "#FFFFFF", 4.00),
])
def test_contrast_formula_matches_known_figures(first, second, expected):
    assert contrast_ratio(first, second) == pytest.approx(expected, abs=0.01)
    assert contrast_ratio(second, first) == pytest.approx(expected, abs=0.01)


def test_luminance_uses_the_srgb_curve_not_a_straight_line():
    assert relative_luminance("#000") == 0 and relative_luminance("#fff") == 1
    assert relative_luminance("#808080") == pytest.approx(0.2159, abs=1e-4)  # not 0.5
    assert parse_hex("#abc") == (0xAA, 0xBB, 0xCC)
    with pytest.raises(ValueError):
        parse_hex("#12345")


def test_every_theme_file_has_every_colour_the_app_paints_with():
    needed = {key for pair in REQUIRED_PAIRS for key in pair[:2]}
    needed |= set(json.loads(read_text("styles", "light.json"))["colours"])
    for name in THEME_NAMES:
        theme = load_theme(name)
        assert set(theme.colours) == needed, name
        assert set(theme.reading) <= needed, name
        for value in (*theme.colours.values(), *theme.reading.values()):
            parse_hex(value)
        assert resource_path("styles", f"arrow-up-{theme.arrows}.svg").is_file()


@pytest.mark.parametrize(("name", "reading"), VARIANTS)
def test_every_text_and_edge_pair_meets_wcag_aa(name, reading):
    colours = load_theme(name).palette(reading)
    failures = []
    for foreground, background, least, what in REQUIRED_PAIRS:
        ratio = contrast_ratio(colours[foreground], colours[background])
        print(f"{name:14}{' reading' if reading else '        '} {foreground:>16} on "
              f"{background:<16} {ratio:5.2f}:1 (needs {least}) {what}")
        if ratio < least:
            failures.append(f"{foreground} on {background}: {ratio:.2f} < {least} ({what})")
    assert not failures, failures


def test_the_contrast_check_fails_a_poor_palette():
    poor = Theme("poor", "Poor", "", dict(load_theme("light").colours,
                                         text="#999999", focus="#E0E0E0"))
    colours = poor.palette()
    failing = {(f, b) for f, b, least, _ in REQUIRED_PAIRS
               if contrast_ratio(colours[f], colours[b]) < least}
    assert ("text", "base") in failing and ("focus", "window") in failing


def test_reading_mode_has_a_cream_background_not_white_in_the_light_theme():
    light = load_theme("light")
    assert light.palette(True)["base"] != "#FFFFFF"
    red, green, blue = parse_hex(light.palette(True)["base"])
    assert red > blue and green > blue  # warm (cream), not grey or blue


@pytest.mark.parametrize("name", THEME_NAMES)
def test_style_sheet_is_filled_in_and_sets_no_font_size(name):
    theme = load_theme(name)
    sheet = stylesheet(theme.colours, theme.arrows)
    assert "$" not in sheet
    assert theme.colours["focus"] in sheet
    assert "font-size" not in sheet and "font:" not in sheet  # text size follows the app font
