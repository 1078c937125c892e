"""Buttons in as many columns as fit: side by side at normal text size, one under another when
the text is large or the space narrow, so no button's words are ever cut off."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLayout, QSizePolicy, QWidget


class ButtonGrid(QWidget):
    def __init__(self, buttons: list[QWidget], most_columns: int = 2):
        super().__init__()
        self.buttons = buttons
        self.most_columns = most_columns
        self.columns = 0
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self._arrange(1)

    def _widest(self) -> int:
        return max(button.sizeHint().width() for button in self.buttons)

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for button in self.buttons:
            self.grid.removeWidget(button)
        for index, button in enumerate(self.buttons):
            self.grid.addWidget(button, index // columns, index % columns)
        self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's name)
        spacing = max(self.grid.horizontalSpacing(), 0)
        fits = (event.size().width() + spacing) // (self._widest() + spacing)
        self._arrange(max(1, min(self.most_columns, fits)))
        super().resizeEvent(event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        return QSize(self._widest(), self.sizeHint().height())

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        rows = -(-len(self.buttons) // max(self.columns, 1))
        spacing = max(self.grid.verticalSpacing(), 0)
        height = max(button.sizeHint().height() for button in self.buttons)
        return QSize(self._widest() * max(self.columns, 1), rows * height + (rows - 1) * spacing)
