"""Pages that scroll instead of pushing their window past the edge of the screen.

At 200% and 250% text on a 1366 x 768 laptop, a tab or dialog laid out the usual way asks for
more room than the screen has, and Qt makes the window taller than the screen: the buttons at the
bottom are then out of sight and out of reach of the mouse. Inside a `ScrollPage` the same page
keeps the room its parts ask for (nothing is squeezed until words are cut off) and scrolls.

    page = ScrollPage(widget)          # a frameless scroll area holding `widget`
    install_scroll_to_focus()          # once: the page scrolls to whatever takes the focus

Qt's own scroll area only scrolls to a control reached with Tab; a control reached with its
Alt+letter key, a shortcut or the app moving the focus stayed hidden. `install_scroll_to_focus`
makes every scroll area holding the focused control scroll to it, however the focus got there.
A scroll page is never a Tab stop (screen readers would say an empty "layered pane").
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QApplication, QFrame, QScrollArea, QWidget

MARGIN = 12  # px kept round a control scrolled to, so its focus frame shows too


class ScrollPage(QScrollArea):
    """A frameless, resizing scroll area; scrolls only when the page cannot fit.

    The page is never made shorter than the height its layout asks for (its size hint): Qt would
    otherwise squeeze it to its least height first, where a paper's editor shows one line and
    rows of buttons overlap (Qt reports some buttons' least height smaller than their words
    need under the app's style sheet). Wider than the window it may not be made: it scrolls
    sideways only when its parts cannot shrink any further."""

    def __init__(self, page: QWidget, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(page)
        page.installEventFilter(self)
        self._keep_natural_height()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.widget() and event.type() in (QEvent.Type.LayoutRequest,
                                                          QEvent.Type.FontChange):
            self._keep_natural_height()
        return super().eventFilter(watched, event)

    def _keep_natural_height(self) -> None:
        page = self.widget()
        if page is None or page.layout() is None:
            return
        wanted = max(page.layout().totalSizeHint().height(),
                     page.layout().totalMinimumSize().height())
        if page.minimumHeight() != wanted:
            page.setMinimumHeight(wanted)

    def page(self) -> QWidget:
        return self.widget()

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt's name)
        page = self.widget()
        return page.sizeHint() if page is not None else super().sizeHint()


def scroll_to(widget: QWidget) -> None:
    """Scrolls every scroll page (and scroll area) that holds `widget` until it shows."""
    child: QWidget | None = widget
    parent = widget.parentWidget()
    while parent is not None and not child.isWindow():
        if isinstance(parent, QScrollArea) and parent.widget() is not None \
                and parent.widget().isAncestorOf(widget):
            parent.ensureWidgetVisible(widget, MARGIN, MARGIN)
        child, parent = parent, parent.parentWidget()


class _FocusFollower(QObject):
    def __init__(self, app: QApplication):
        super().__init__(app)
        app.focusChanged.connect(self._focus_changed)

    @staticmethod
    def _focus_changed(_old: QWidget | None, new: QWidget | None) -> None:
        if new is not None and shiboken6.isValid(new):
            scroll_to(new)


def install_scroll_to_focus() -> None:
    app = QApplication.instance()
    if app is None or app.property("mk_scroll_to_focus"):
        return
    app.setProperty("mk_scroll_to_focus", True)
    _FocusFollower(app)
