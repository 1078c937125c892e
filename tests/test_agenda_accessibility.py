"""The Agenda tab, its template chooser, the Overview and the Send the meeting pack dialog pass
the app's accessibility audit (names, Tab order with no traps, visible focus, 24 px targets) at
normal and at double text size."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from widget_helpers import show_widget as _show

from meetingkit.publishing import check_pack
from meetingkit.store.changes import Changes, Kind
from meetingkit.templates import list_templates
from ui.agenda.tab import AgendaTab
from ui.agenda.template_dialog import TemplateDialog
from ui.overview.tab import OverviewTab
from ui.publish.publish_dialog import PublishDialog

audit_module = pytest.importorskip("ui.display.audit")


def _upcoming(context) -> int:
    return context.store.meetings.for_committee(1)[0].id


def _problems(widget) -> list[str]:
    QApplication.processEvents()
    return [str(problem) for problem in audit_module.audit(widget)]


@pytest.mark.slow
def test_the_agenda_tab_passes_the_audit(qtbot, context, display):
    store = context.store
    meeting = _upcoming(context)
    tab = _show(qtbot, AgendaTab(context))
    tab.set_meeting(meeting)
    items = store.agenda.items(meeting)
    store.agenda.update(items[3].id, minutes=60)  # the warning shows too
    context.bus.changed.emit(Changes.of_kinds(Kind.AGENDA))
    tab.show_item(items[3].id)
    assert _problems(tab) == []
    empty = store.meetings.create(1, "Empty", "2099-01-01")
    tab.set_meeting(empty)
    assert _problems(tab) == []


@pytest.mark.slow
def test_the_overview_and_the_dialogs_pass_the_audit(qtbot, context, display):
    meeting = _upcoming(context)
    overview = _show(qtbot, OverviewTab(context))
    overview.set_meeting(meeting)
    assert _problems(overview) == []
    sending = _show(qtbot, PublishDialog(None, check_pack(context.store, meeting)), (700, 600))
    assert _problems(sending) == []
    choosing = _show(qtbot, TemplateDialog(None, list_templates()), (600, 500))
    assert _problems(choosing) == []
