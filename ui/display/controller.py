"""The display settings in use: changes them, puts them into effect, remembers them for this
user, tells the screens that draw their own colours (`changed`) and says what changed, for
screen readers too."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal

from ui.context import AppContext
from ui.display import settings as stored
from ui.display.apply import apply_display
from ui.display.settings import DisplaySettings
from ui.display.themes import load_theme


class DisplayController(QObject):
    changed = Signal(object)  # DisplaySettings

    def __init__(self, context: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.context = context
        self.current = stored.load(context.settings)
        apply_display(self.current)

    def set(self, display: DisplaySettings, message: str = "") -> None:
        if display == self.current:
            if message:
                self.context.bus.status.emit(message)
            return
        self.current = display
        apply_display(display)
        stored.save(self.context.settings, display)
        self.changed.emit(display)
        if message:
            self.context.bus.status.emit(message)

    def bigger(self) -> None:
        display = self.current.bigger()
        at_most = " This is the biggest size." if display.text_size == self.current.text_size else ""
        self.set(display, f"Text size {display.text_size}%.{at_most}")

    def smaller(self) -> None:
        display = self.current.smaller()
        at_least = " This is the normal size." if display.text_size == self.current.text_size \
            else ""
        self.set(display, f"Text size {display.text_size}%.{at_least}")

    def normal_size(self) -> None:
        self.set(self.current.normal_size(), "Text size back to normal (100%).")

    def text_size(self, percent: int) -> None:
        self.set(replace(self.current, text_size=percent), f"Text size {percent}%.")

    def theme(self, name: str) -> None:
        self.set(replace(self.current, theme=name), f"{load_theme(name).label} colours.")

    def reading_mode(self, on: bool) -> None:
        self.set(replace(self.current, reading_mode=on),
                 "Reading mode on." if on else "Reading mode off.")

    def reset(self) -> None:
        self.set(DisplaySettings(), "Display back to normal.")
