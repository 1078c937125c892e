"""View > Display settings: text size, colours and reading mode in one place. Changes show
straight away, so people can try them and see."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.display.controller import DisplayController
from ui.display.settings import NORMAL_SIZE, TEXT_SIZES, DisplaySettings
from ui.display.themes import all_themes
from ui.fit_height import fit_to_wrapped_labels
from ui.forms import add_field

READING_MODE_HELP = ("A clear font, bigger text, more space between lines, a cream background "
                     "and bold instead of slanted text.")


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setIndent(24)
    return label


class DisplaySettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None, controller: DisplayController):
        super().__init__(parent)
        self.controller = controller
        self.setWindowTitle("Display settings")
        fit_to_wrapped_labels(self)  # its text size changes while it is open
        intro = QLabel("Make MeetingKit easier to see. Changes show straight away and are "
                       "kept for next time.")
        intro.setWordWrap(True)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.size = add_field(form, "&Text size:", QComboBox(),
                              "Also: Ctrl and plus for bigger, Ctrl and minus for smaller, "
                              "Ctrl and 0 for normal")
        for percent in TEXT_SIZES:
            self.size.addItem(f"{percent}%" + (" (normal)" if percent == NORMAL_SIZE else ""),
                              percent)
        colours = QGroupBox("Colours")
        colours_layout = QVBoxLayout(colours)
        self.themes = QButtonGroup(self)
        self.theme_buttons: dict[str, QRadioButton] = {}
        for theme in all_themes():
            button = QRadioButton(f"&{theme.label}")
            button.setAccessibleName(theme.label)
            button.setAccessibleDescription(theme.description)
            self.themes.addButton(button)
            self.theme_buttons[theme.name] = button
            colours_layout.addWidget(button)
            colours_layout.addWidget(_note(theme.description))
        self.reading = QCheckBox("&Reading mode (easier for dyslexia)")
        self.reading.setAccessibleDescription(READING_MODE_HELP)
        reset = QPushButton("&Back to normal")
        reset.setAccessibleDescription("Normal text size, light colours, reading mode off")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(reset, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName("Close")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(colours)
        layout.addWidget(self.reading)
        layout.addWidget(_note(READING_MODE_HELP))
        layout.addStretch()
        layout.addWidget(buttons)
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 72)
        self.show_settings(controller.current)
        self.size.activated.connect(lambda index: controller.text_size(self.size.itemData(index)))
        self.themes.buttonClicked.connect(self._theme_chosen)
        self.reading.toggled.connect(controller.reading_mode)
        reset.clicked.connect(controller.reset)
        controller.changed.connect(self.show_settings)

    def _theme_chosen(self, button: QRadioButton) -> None:
        for name, candidate in self.theme_buttons.items():
            if candidate is button:
                self.controller.theme(name)

    def show_settings(self, display: DisplaySettings) -> None:
        """Shows what is in effect (it may have been changed from the menu or keys)."""
        for widget in (self.size, self.reading, *self.theme_buttons.values()):
            widget.blockSignals(True)
        self.size.setCurrentIndex(max(0, self.size.findData(display.text_size)))
        self.theme_buttons[display.theme].setChecked(True)
        self.reading.setChecked(display.reading_mode)
        for widget in (self.size, self.reading, *self.theme_buttons.values()):
            widget.blockSignals(False)
        self.adjustSize()

    def done(self, result: int) -> None:
        self.controller.changed.disconnect(self.show_settings)
        super().done(result)

