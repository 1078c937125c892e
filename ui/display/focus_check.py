"""Is the focus visible? Paints a control without and with the keyboard focus and measures the
change: enough pixels must change colour, each by at least 3:1 contrast, to make up at least a
1 px ring all round the control (a text caret alone is far too little)."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from ui.display.contrast import NON_TEXT, contrast_ratio


def focus_area(widget: QWidget) -> QRect:
    """The part that shows the focus: the current tab of a tab bar, else the whole control."""
    if isinstance(widget, QTabBar) and widget.currentIndex() >= 0:
        return widget.tabRect(widget.currentIndex())
    return widget.rect()


def _picture(widget: QWidget, area: QRect) -> QImage:
    for _ in range(2):
        QApplication.processEvents()
    return widget.grab(area).toImage().convertToFormat(QImage.Format.Format_RGB888)


def rgb_bytes(image: QImage) -> bytes:
    """Three bytes a pixel, row after row. (Through PPM because QImage.bits() upsets Python's
    reference counts in PySide6 6.12 and crashes the interpreter as it exits.)"""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PPM")
    buffer.close()
    return data.data().split(b"\n", 3)[3]  # after "P6", "width height" and "255"


def strong_changes(before: QImage, after: QImage) -> int:
    """How many pixels changed colour by at least 3:1 contrast."""
    if before.size() != after.size():
        return before.width() * before.height()
    width, height = before.width(), before.height()
    first, second = rgb_bytes(before), rgb_bytes(after)
    ratios: dict[tuple[bytes, bytes], float] = {}
    count = 0
    line = width * 3
    for y in range(height):
        row = slice(y * line, (y + 1) * line)
        if first[row] == second[row]:
            continue
        for x in range(y * line, (y + 1) * line, 3):
            a, b = first[x:x + 3], second[x:x + 3]
            if a == b:
                continue
            if (a, b) not in ratios:
                ratios[(a, b)] = contrast_ratio(tuple(a), tuple(b))
            if ratios[(a, b)] >= NON_TEXT:
                count += 1
    return count


def focus_change_problem(widget: QWidget) -> str:
    """'' when the focus shows clearly; else what is wrong, in words."""
    widget.clearFocus()
    area = focus_area(widget)
    before = _picture(widget, area)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    if not widget.hasFocus():
        return "it cannot take the keyboard focus"
    after = _picture(widget, focus_area(widget))
    changed = strong_changes(before, after)
    needed = 2 * (area.width() + area.height())
    if changed < needed:
        return (f"the focus is hard to see: {changed} pixels change clearly, at least {needed} "
                "should (a 1 px ring all round)")
    return ""
