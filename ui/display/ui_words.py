"""Collects the app's own words from a window: titles, labels, buttons, tooltips, accessible
names and descriptions, menus, tabs, hints and column headings (not the user's data in text
boxes). The plain-words test runs them through MeetingKit's own plain-language checker."""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabBar,
    QWidget,
)

_TAG = re.compile(r"<[^>]+>")


def clean(text: str) -> str:
    """Markup, menu letters and shortcut hints out; what a person reads is left."""
    text = unescape(_TAG.sub(" ", text or ""))
    text = text.replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split()).strip()


def _model_headers(view: QAbstractItemView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model keeps its one column to itself
        return []
    found = []
    for section in range(columns):
        value = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            found.append(value)
    return found


def widget_words(widget: QWidget) -> list[str]:
    # Called through the Qt classes: a screen may name an attribute 'title' or 'text' itself.
    words = [QWidget.accessibleName(widget), QWidget.accessibleDescription(widget),
             QWidget.toolTip(widget), QWidget.statusTip(widget), QWidget.whatsThis(widget)]
    if widget.isWindow():
        words.append(QWidget.windowTitle(widget))
    if isinstance(widget, QLabel):
        words.append(QLabel.text(widget))
    elif isinstance(widget, QAbstractButton):
        words.append(QAbstractButton.text(widget))
    elif isinstance(widget, QLineEdit):
        words.append(QLineEdit.placeholderText(widget))
    elif isinstance(widget, QGroupBox):
        words.append(QGroupBox.title(widget))
    elif isinstance(widget, QTabBar):
        for index in range(widget.count()):
            words += [QTabBar.tabText(widget, index), QTabBar.tabToolTip(widget, index)]
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        words += [QComboBox.itemText(widget, index) for index in range(widget.count())]
    elif isinstance(widget, QAbstractItemView):
        words += _model_headers(widget)
    return words


def window_words(root: QWidget) -> dict[str, str]:
    """{cleaned text: where it was found} for the window and everything in it."""
    found: dict[str, str] = {}

    def add(text: str, where: str) -> None:
        text = clean(text)
        if text and any(ch.isalpha() for ch in text):
            found.setdefault(text, where)

    for widget in [root, *root.findChildren(QWidget)]:
        for text in widget_words(widget):
            add(text, type(widget).__name__)
        if isinstance(widget, QMenu):
            add(widget.title(), "menu")
    for action in root.findChildren(QAction):
        for text in (action.text(), action.toolTip(), action.statusTip()):
            add(text, "menu item")
    return found
