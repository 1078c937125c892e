"""Tick boxes and choice dots grow with the text size (View > Text size), so a person who needs
large text can see them and hit them: at 200% they are twice the size they are at 100%."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QRadioButton, QStyle, QStyleOptionButton

from ui.display.themes import INDICATOR_PX


def _indicator_width(widget) -> int:
    option = QStyleOptionButton()
    option.initFrom(widget)
    element = (QStyle.SubElement.SE_CheckBoxIndicator if isinstance(widget, QCheckBox)
               else QStyle.SubElement.SE_RadioButtonIndicator)
    return widget.style().subElementRect(element, option, widget).width()


def test_tick_boxes_and_choice_dots_grow_with_the_text(qtbot, display):
    for widget in (QCheckBox("Tick me"), QRadioButton("Choose me")):
        qtbot.addWidget(widget)
        widget.show()
        border = 2 * 2  # the 2 px edge each side, drawn outside the box
        assert _indicator_width(widget) == round(INDICATOR_PX * display / 100) + border, \
            type(widget)
