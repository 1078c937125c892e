"""The rewrite window leaves out what the chair chose to "Ignore once" in the list, and shows
every "Why" in full, on more lines where it is long, and whole tick boxes, at normal and at
double text size."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QStyle
from test_papers_checker import listed, move_to, open_papers_tab


def _rows(dialog) -> list[tuple[str, str]]:
    table = dialog.table
    return [(table.topLevelItem(r).text(1), table.topLevelItem(r).text(4))
            for r in range(table.topLevelItemCount())]


def test_a_change_ignored_once_is_not_offered_in_the_rewrite(qtbot, context, on_next_dialog):
    tab = open_papers_tab(qtbot, context)
    findings = tab.page.findings
    offered: list[list[tuple[str, str]]] = []

    def look(dialog):
        offered.append(_rows(dialog))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_dialog(look)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert any("[utilised]" in now for now, _why in offered[0])

    tab.activateWindow()  # as the desktop does when the window closes
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    move_to(tab, qtbot, "'utilised'")
    qtbot.keyClick(findings.list, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # Ignore once
    qtbot.waitUntil(lambda: not any("'utilised'" in line for line in listed(tab)))
    on_next_dialog(look)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert not any("[utilised]" in now for now, _why in offered[1])
    assert len(offered[1]) == len(offered[0]) - 1  # only that one


def test_every_why_shows_in_full(qtbot, context, on_next_dialog, display):
    tab = open_papers_tab(qtbot, context)
    measured: list[tuple[str, int, int, int]] = []

    def look(dialog):
        table = dialog.table
        metrics = table.fontMetrics()
        column = table.columnWidth(4)
        box = table.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, None, table)
        for row in range(table.topLevelItemCount()):
            item = table.topLevelItem(row)
            assert table.visualItemRect(item).height() > box, "the tick box is cut"
            why = item.text(4)
            if metrics.horizontalAdvance(why) > column:  # too long for one line
                height = table.visualItemRect(item).height()
                measured.append((why, metrics.horizontalAdvance(why), column, height))
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    on_next_dialog(look)
    qtbot.mouseClick(tab.page.rewrite_button, Qt.MouseButton.LeftButton)
    assert measured, "some advice is longer than the column"
    line = tab.fontMetrics().lineSpacing()
    for why, _wide, _column, height in measured:
        assert height >= 2 * line, f"{why!r} is cut to one line"
