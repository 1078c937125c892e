"""Reading mode inside text: 1.5 line spacing, text aligned left and bold instead of italics, in
every reading view (read-only text) and text box (QTextEdit) of the app.

Read-only views are restyled whenever their text is replaced. Text boxes are restyled only while
their undo history is empty (just loaded), so nobody's undo is spoilt; new lines typed after that
inherit the spacing. QPlainTextEdit cannot space lines, so it gets the font and colours only.
Screens may also call `prepare_document(doc)` before filling a document of their own.

A text view made after the settings were applied calls `text_view_shown(self)` when it is shown
(ui.reading_pane does). There is no application-wide event filter for this: one written in Python
is called for every event of every object, also objects being destroyed while the app restyles,
which is the likeliest cause of the rare crashes inside Qt seen when the text size changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextEdit

from ui.display.settings import DisplaySettings
from ui.display.themes import reading_rules

_STYLED = "meetingkitReadingStyle"  # widget property: the style last put on its document
_HOOKED = "meetingkitReadingHooked"
_PROPORTIONAL = QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
_state: dict[str, object] = {"display": DisplaySettings(), "busy": False}


def line_height(display: DisplaySettings) -> int:
    return int(reading_rules()["line_height_percent"]) if display.reading_mode else 100


def document_css(display: DisplaySettings) -> str:
    """For documents filled from HTML after this is set as their default style sheet."""
    if not display.reading_mode:
        return ""
    return (f"p, li, td, blockquote {{ line-height: {line_height(display)}%; text-align: left; }}"
            " em, i { font-style: normal; font-weight: bold; }")


def prepare_document(document: QTextDocument) -> None:
    """Call before setHtml/setMarkdown on a document no widget shows yet (exports excepted)."""
    document.setDefaultStyleSheet(document_css(_state["display"]))


def style_document(document: QTextDocument, display: DisplaySettings) -> None:
    """Line spacing, left alignment and no italics for the text already in `document`."""
    document.setDefaultStyleSheet(document_css(display))
    height = line_height(display)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    block = document.begin()
    while block.isValid():
        fmt = block.blockFormat()
        wanted = QTextBlockFormat()
        current = round(fmt.lineHeight()) if fmt.lineHeightType() == _PROPORTIONAL else 100
        if current != height:
            wanted.setLineHeight(height, _PROPORTIONAL)
        if display.reading_mode and fmt.alignment() & Qt.AlignmentFlag.AlignJustify:
            wanted.setAlignment(Qt.AlignmentFlag.AlignLeft)
        if wanted.properties():
            cursor.setPosition(block.position())
            cursor.mergeBlockFormat(wanted)
        if display.reading_mode:
            _bold_not_italic(cursor, block)
        block = block.next()
    cursor.endEditBlock()


def _bold_not_italic(cursor: QTextCursor, block) -> None:
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid() and fragment.charFormat().fontItalic():
            plain = QTextCharFormat()
            plain.setFontItalic(False)
            plain.setFontWeight(700)
            cursor.setPosition(fragment.position())
            cursor.setPosition(fragment.position() + fragment.length(),
                               QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(plain)
        iterator += 1


def restyle(edit: QTextEdit) -> None:
    """Restyles one text view now, if that is safe (see the module's note)."""
    display: DisplaySettings = _state["display"]  # type: ignore[assignment]
    key = f"{display.reading_mode}"
    document = edit.document()
    if _state["busy"] or edit.property(_STYLED) == key and not edit.isReadOnly():
        return
    if not edit.isReadOnly() and (document.isUndoAvailable() or document.isRedoAvailable()):
        return  # keep the person's undo history; spacing follows when the text is next loaded
    _state["busy"] = True
    try:
        undo = document.isUndoRedoEnabled()
        document.setUndoRedoEnabled(False)
        style_document(document, display)
        document.setUndoRedoEnabled(undo)
        edit.setProperty(_STYLED, key)
    finally:
        _state["busy"] = False


def _hook(edit: QTextEdit) -> None:
    if edit.property(_HOOKED):
        return
    edit.setProperty(_HOOKED, True)
    edit.textChanged.connect(lambda: edit.isReadOnly() and restyle(edit))


def text_view_shown(edit: QTextEdit) -> None:
    """Styles a text view built after the settings were applied, when it is shown."""
    _hook(edit)
    restyle(edit)


def restyle_text_views(display: DisplaySettings) -> None:
    _state["display"] = display
    for widget in QApplication.allWidgets():
        if isinstance(widget, QTextEdit):
            widget.setProperty(_STYLED, None)
            _hook(widget)
            restyle(widget)
