"""A tab that says plainly what will be there, for parts not built yet (no dead buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ui.context import AppContext


class PlaceholderTab(QWidget):
    def __init__(self, context: AppContext, title: str, promise: str):
        super().__init__()
        self.context = context
        label = QLabel(f"<h2>{title}</h2><p>{promise}</p>")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                      | Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label.setAccessibleName(title)
        label.setAccessibleDescription(promise)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch()

    def set_meeting(self, meeting_id: int | None) -> None:
        pass
