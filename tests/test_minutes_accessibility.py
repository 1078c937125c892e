"""Every part of the Minutes and Feedback tabs passes the app's accessibility audit (names,
Tab order with no traps, visible focus, 24 px targets) at normal and at double text size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from widget_helpers import show_widget as _show

from ui.feedback.tab import FeedbackTab
from ui.minutes.tab import MinutesTab

audit_module = pytest.importorskip("ui.display.audit")


@pytest.mark.slow
def test_every_part_of_the_minutes_passes_the_audit(qtbot, context, display):
    store = context.store
    meeting = store.meetings.for_committee(1)[0].id
    tab = _show(qtbot, MinutesTab(context))
    tab.set_meeting(meeting)
    problems = {}
    for row in range(tab.parts.count()):
        tab.parts.setCurrentRow(row)
        QApplication.processEvents()
        found = audit_module.audit(tab)
        if found:
            problems[tab.parts.item(row).text()] = [str(p) for p in found]
    assert problems == {}


@pytest.mark.slow
def test_both_feedback_pages_pass_the_audit(qtbot, context, display):
    store = context.store
    meeting = store.meetings.for_committee(1)[1].id
    store.feedback.add(meeting, None, "Clear papers", felt_heard=4)
    tab = _show(qtbot, FeedbackTab(context))
    tab.set_meeting(meeting)
    for page in range(tab.pages.count()):
        tab.pages.setCurrentIndex(page)
        QApplication.processEvents()
        assert [str(p) for p in audit_module.audit(tab)] == []
