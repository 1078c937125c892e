"""A tab that says plainly what will be there, for parts not built yet (no dead buttons)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.context import AppContext
from ui.info_label import InfoLabel


class PlaceholderTab(QWidget):
    def __init__(self, context: AppContext, title: str, promise: str):
        super().__init__()
        self.context = context
        label = InfoLabel(tab_stop=True, rich=True)  # read as the title and the promise
        label.setText(f"<h2>{title}</h2><p>{promise}</p>")
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addStretch()

    def set_meeting(self, meeting_id: int | None) -> None:
        pass
