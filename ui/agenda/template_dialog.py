"""Choosing an agenda template: the templates by name, and what each one holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from meetingkit.model import Purpose
from meetingkit.templates import AgendaTemplate
from ui.forms import ok_cancel
from ui.reading_pane import ReadingPane


class TemplateDialog(QDialog):
    def __init__(self, parent: QWidget | None, templates: list[AgendaTemplate]):
        super().__init__(parent)
        self.setWindowTitle("Use an agenda template")
        self.templates = templates
        intro = QLabel("Choose a &template. Its items are added to the agenda; you can change "
                       "or delete any of them afterwards.")
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName("Agenda templates")
        intro.setBuddy(self.list)
        for template in templates:
            entry = QListWidgetItem(template.name)
            entry.setData(Qt.ItemDataRole.UserRole, template.key)
            self.list.addItem(entry)
        preview_label = QLabel("What this template &holds:")
        self.preview = ReadingPane("What this template holds")  # read from the caret
        self.preview.setAccessibleDescription("")
        preview_label.setBuddy(self.preview)
        self.buttons = ok_cancel(self, "Use this template")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(preview_label)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.buttons)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemActivated.connect(lambda _item: self.accept())
        if templates:
            self.list.setCurrentRow(0)
        self.list.setFocus()
        self.resize(560, 520)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.templates):
            self.preview.clear()
            return
        self.preview.show_html(template_html(self.templates[row]))

    def chosen(self) -> AgendaTemplate | None:
        row = self.list.currentRow()
        return self.templates[row] if 0 <= row < len(self.templates) else None


def template_html(template: AgendaTemplate) -> str:
    rows = "".join(f"<li>{_esc(item.title)} ({Purpose(item.purpose).label.lower()}, "
                   f"{item.minutes} minutes)</li>" for item in template.items)
    return (f"<p>{_esc(template.description)}</p><ol>{rows}</ol>"
            f"<p>{len(template.items)} items, {template.total_minutes} minutes in all.</p>")


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
