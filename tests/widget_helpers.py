"""Small helpers for UI tests."""

from __future__ import annotations


def show_widget(qtbot, widget, size=(1200, 900)):
    """Shows a widget on its own at a laptop-like size and waits until it is on screen."""
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    return widget
