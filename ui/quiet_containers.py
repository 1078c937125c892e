"""Containers a screen reader need not mention. Qt tells screen readers every QStackedWidget is
a "layered pane", so Orca said "layered pane" each time the focus went into a tab's page (the
pages of a tab widget, and the stacks inside the Papers and Minutes tabs, are such widgets).
An unnamed stack is described instead as a plain, unnamed group, which Orca passes over; the
tab's own name, and the page's, still say where the person is.

    install_quiet_containers()   # once; the main window and the review window call it
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAccessibleWidget, QApplication, QStackedWidget


class _PlainGroup(QAccessibleWidget):
    def __init__(self, widget: QStackedWidget):
        super().__init__(widget, QAccessible.Role.Grouping)


def _factory(class_name: str, thing: QObject):
    if class_name == "QStackedWidget" and isinstance(thing, QStackedWidget) \
            and not thing.accessibleName():
        return _PlainGroup(thing)
    return None


def install_quiet_containers() -> None:
    app = QApplication.instance()
    if app is None or app.property("mk_quiet_containers"):
        return
    app.setProperty("mk_quiet_containers", True)
    QAccessible.installFactory(_factory)
