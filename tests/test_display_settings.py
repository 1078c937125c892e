"""Display settings driven as a person would: keys and menus for text size, colours and
reading mode; the display settings window; remembered for next time."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QTextBrowser

from ui import announce
from ui.display.apply import apply_display, base_font
from ui.display.settings import TEXT_SIZES, DisplaySettings, clean
from ui.display.themes import load_theme


@pytest.fixture(autouse=True)
def _normal_display_after(qapp):
    yield
    # Windows closed by earlier tests are deleted now, not at the end of the run: every display
    # change restyles every widget still alive.
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    apply_display(DisplaySettings())  # the next test starts with the usual look


def _size() -> float:
    return QApplication.font().pointSizeF()


def _press(window, qtbot, key, modifiers=Qt.KeyboardModifier.ControlModifier) -> None:
    qtbot.keyClick(window.navigator, key, modifiers)


def test_ctrl_plus_and_minus_change_the_text_size_and_ctrl_0_goes_back(window, qtbot):
    normal = base_font().pointSizeF()
    assert _size() == pytest.approx(normal)
    _press(window, qtbot, Qt.Key.Key_Plus)
    assert _size() == pytest.approx(normal * 1.10, abs=0.06)
    _press(window, qtbot, Qt.Key.Key_Equal)  # the same key without Shift
    assert _size() == pytest.approx(normal * 1.25, abs=0.06)
    _press(window, qtbot, Qt.Key.Key_Minus)
    assert _size() == pytest.approx(normal * 1.10, abs=0.06)
    _press(window, qtbot, Qt.Key.Key_0)
    assert _size() == pytest.approx(normal)
    assert "Text size back to normal (100%)." in announce.last_announcements
    assert window.statusBar().currentMessage() == "Text size back to normal (100%)."


def test_text_size_goes_to_at_least_200_percent_and_stops_at_the_ends(window, qtbot):
    normal = base_font().pointSizeF()
    for _ in range(len(TEXT_SIZES) + 2):
        _press(window, qtbot, Qt.Key.Key_Plus)
    assert max(TEXT_SIZES) >= 200
    assert _size() == pytest.approx(normal * max(TEXT_SIZES) / 100, abs=0.06)
    assert announce.last_announcements[-1].endswith("This is the biggest size.")
    _press(window, qtbot, Qt.Key.Key_0)
    _press(window, qtbot, Qt.Key.Key_Minus)
    assert _size() == pytest.approx(normal)


def test_widgets_grow_with_the_text(window, qtbot):
    button_height = window.workspace.tabBar().tabRect(0).height()
    window.display_controller.text_size(200)
    QApplication.processEvents()
    assert window.workspace.tabBar().tabRect(0).height() > button_height * 1.3


def test_colours_menu_changes_the_palette(window, qtbot):
    menu = window.menus["View"]
    colours = next(a.menu() for a in menu.actions() if a.menu() is not None
                   and a.menu().objectName() == "colours_menu")
    dark = next(a for a in colours.actions() if a.objectName() == "theme_dark")
    dark.trigger()
    window_colour = QApplication.palette().color(QPalette.ColorRole.Window).name().upper()
    assert window_colour == load_theme("dark").colours["window"]
    assert dark.isChecked()
    assert announce.last_announcements[-1] == "Dark colours."


def test_reading_mode_uses_a_plain_font_bigger_text_and_spaced_lines(window, qtbot):
    view = QTextBrowser()
    qtbot.addWidget(view)
    view.setHtml("<p>First line of a paper.</p><p>It has <i>stressed</i> words.</p>")
    view.show()
    normal = _size()
    qtbot.keyClick(window.navigator, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.display_controller.current.reading_mode
    font = QApplication.font()
    assert _size() >= max(12.0, normal * 1.1)
    assert not font.italic() and font.family() != ""
    base = QApplication.palette().color(QPalette.ColorRole.Base).name().upper()
    assert base == load_theme("light").palette(True)["base"]
    block = view.document().firstBlock()
    assert round(block.blockFormat().lineHeight()) == 150
    fragments = []
    it = block.next().begin()
    while not it.atEnd():
        fragments.append(it.fragment().charFormat())
        it += 1
    assert not any(f.fontItalic() for f in fragments)  # bold instead of slanted
    assert any(f.fontWeight() >= 700 for f in fragments)
    view.setHtml("<p>New text is spaced too.</p>")  # a view that reloads keeps the spacing
    assert round(view.document().firstBlock().blockFormat().lineHeight()) == 150


def test_settings_are_remembered_for_next_time(qtbot, demo_store):
    from ui.context import AppContext
    from ui.main_window import MainWindow

    settings = QSettings()
    first = MainWindow(AppContext(store=demo_store, settings=settings))
    qtbot.addWidget(first)
    first.display_controller.text_size(150)
    first.display_controller.theme("high_contrast")
    first.display_controller.reading_mode(True)
    first.close()
    apply_display(DisplaySettings())
    second = MainWindow(AppContext(store=demo_store, settings=QSettings()))
    qtbot.addWidget(second)
    assert second.display_controller.current == DisplaySettings(150, "high_contrast", True)
    colours = load_theme("high_contrast").colours
    assert QApplication.palette().color(QPalette.ColorRole.Window).name().upper() == \
        colours["window"]


@pytest.mark.parametrize(("stored", "expected"), [
    (("175", "dark", "true"), DisplaySettings(175, "dark", True)),
    (("9999", "purple", "maybe"), DisplaySettings(250, "light", False)),
    (("abc", None, None), DisplaySettings(100, "light", False)),
    ((50, "high_contrast", False), DisplaySettings(100, "high_contrast", False)),
])
def test_odd_stored_values_become_valid(stored, expected):
    assert clean(*stored) == expected


def test_display_settings_window_changes_things_straight_away(window, qtbot):
    from ui.display.dialog import DisplaySettingsDialog

    dialog = DisplaySettingsDialog(window, window.display_controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.size.setCurrentIndex(dialog.size.findData(200))
    dialog.size.activated.emit(dialog.size.currentIndex())
    assert window.display_controller.current.text_size == 200
    qtbot.mouseClick(dialog.theme_buttons["high_contrast"], Qt.MouseButton.LeftButton)
    assert window.display_controller.current.theme == "high_contrast"
    dialog.reading.setChecked(True)
    assert window.display_controller.current.reading_mode
    window.display_controller.smaller()  # a change from the keys shows in the open window
    assert dialog.size.currentData() == 175
    reset = next(b for b in dialog.findChildren(type(dialog.theme_buttons["light"]).__base__)
                 if b.text() == "&Back to normal")
    qtbot.mouseClick(reset, Qt.MouseButton.LeftButton)
    assert window.display_controller.current == DisplaySettings()
    assert dialog.theme_buttons["light"].isChecked() and not dialog.reading.isChecked()


@pytest.mark.parametrize("theme", ["light", "dark", "high_contrast"])
def test_tick_boxes_and_choices_show_in_every_theme(qtbot, theme):
    # In high contrast Qt drew them black on black: an unticked box and an unchosen circle
    # must show an edge, and ticked or chosen must look different from not (a shape, too).
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QRadioButton, QVBoxLayout, QWidget

    from ui.display.settings import DisplaySettings as Settings

    apply_display(Settings(theme=theme))
    colours = load_theme(theme).colours
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    boxes = [QCheckBox("Tick me"), QRadioButton("Choose me")]
    for box in boxes:
        layout.addWidget(box)
    page.show()
    qtbot.waitExposed(page)

    def indicator_pixels(box) -> list[QColor]:
        image = box.grab().toImage()
        size = min(image.height(), 26)
        return [image.pixelColor(x, y) for x in range(size) for y in range(image.height())]

    background = QColor(colours["window"])
    for box in boxes:
        before = indicator_pixels(box)
        edge = [c for c in before if abs(c.lightness() - background.lightness()) > 100]
        assert len(edge) > 20, f"{theme}: the {type(box).__name__} has no visible edge"
        box.setChecked(True)
        after = indicator_pixels(box)
        changed = sum(a != b for a, b in zip(before, after, strict=True))
        assert changed > 10, f"{theme}: ticked looks the same as not"


def test_making_the_text_bigger_in_the_open_window_keeps_its_words_whole(window, qtbot):
    """It can fail: the Display settings window kept its size when its text grew to 200%,
    so the colour choices overlapped their descriptions until it was opened again."""
    from test_large_text import cut_labels

    from ui.display.dialog import DisplaySettingsDialog

    dialog = DisplaySettingsDialog(window, window.display_controller)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.size.setFocus()
    for _ in range(dialog.size.findData(200) - dialog.size.currentIndex()):
        qtbot.keyClick(dialog.size, Qt.Key.Key_Down)  # as a person picks 200% with the keys
    assert window.display_controller.current.text_size == 200
    qtbot.waitUntil(lambda: cut_labels(dialog) == [])
