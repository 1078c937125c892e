"""A text-size control for reading: a labelled choice from normal to three times as big, with
keyboard shortcuts. The size is applied to the whole window as a relative point size, so every
label, list and the paper itself grow together."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

SIZES = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0)


class TextSizeBox(QComboBox):
    size_changed = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        for factor in SIZES:
            label = "Normal" if factor == 1.0 else f"{round(factor * 100)}%"
            self.addItem(label, factor)
        self.setAccessibleName("Text size")
        self.setToolTip("Make the writing bigger or smaller (Ctrl+Plus, Ctrl+Minus)")
        self.currentIndexChanged.connect(lambda _: self.size_changed.emit(self.factor()))

    def factor(self) -> float:
        return float(self.currentData() or 1.0)

    def set_factor(self, factor: float) -> None:
        nearest = min(range(len(SIZES)), key=lambda i: abs(SIZES[i] - factor))
        self.setCurrentIndex(nearest)

    def bigger(self) -> None:
        self.setCurrentIndex(min(self.currentIndex() + 1, self.count() - 1))

    def smaller(self) -> None:
        self.setCurrentIndex(max(self.currentIndex() - 1, 0))


def apply_text_size(widget: QWidget, factor: float) -> None:
    """Scales the font of the widget and everything in it from the application's font (never a
    fixed pixel size). Set on each child too: under an application style sheet Qt does not pass
    a parent's font on to its children."""
    font = QApplication.font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * factor)
    else:  # a font given in pixels (some Linux desktops)
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    widget.setFont(font)
    for child in widget.findChildren(QWidget):
        child.setFont(font)
