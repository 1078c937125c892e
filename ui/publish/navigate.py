"""Going from a problem in the pack check to the place to fix it: the agenda item (on the
Agenda tab) or the paper (on the Papers tab).

Tabs are found by what they offer, not by name: the Agenda tab has show_item(item_id, field);
a Papers tab with show_paper(paper_id) opens the paper, otherwise its tree is asked to select
it. When no such tab is there, the agenda item is shown instead. A problem with the plain
version opens the paper's Plain view too, when the tab's page offers show_plain_version()."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QWidget

from meetingkit.publishing import PackProblem

ITEM_FIELD = {"no_summary": "summary", "acronyms": "summary", "patient_details": "title",
              "no_paper": "", "time": "", "empty": "", "plain_out_of_date": ""}
PAPER_VIEW = {"plain_out_of_date": "show_plain_version"}  # the paper page's method to call


def workspace_of(widget: QWidget | None) -> QTabWidget | None:
    while widget is not None and not isinstance(widget, QTabWidget):
        widget = widget.parentWidget()
    return widget


def go_to_problem(origin: QWidget, problem: PackProblem) -> bool:
    """Shows where `problem` can be fixed. False when no tab could show it."""
    workspace = workspace_of(origin)
    if workspace is None:
        return False
    tabs = [workspace.widget(i) for i in range(workspace.count())]
    if problem.paper_id is not None and _show_paper(workspace, tabs, problem.paper_id):
        editor = getattr(getattr(workspace.currentWidget(), "page", None), "editor", None)
        if editor is not None:
            editor.setFocus()  # the keyboard goes where the fixing is done
        _show_view(workspace.currentWidget(), problem.kind)
        return True
    agenda = next((tab for tab in tabs if hasattr(tab, "show_item")), None)
    if agenda is None:
        return False
    workspace.setCurrentWidget(agenda)
    agenda.show_item(problem.item_id, ITEM_FIELD.get(problem.kind, ""))
    return True


def _show_paper(workspace: QTabWidget, tabs: list[QWidget], paper_id: int) -> bool:
    for tab in tabs:
        show = getattr(tab, "show_paper", None)
        select = getattr(getattr(tab, "tree", None), "select", None)
        if show is None and select is None:
            continue
        workspace.setCurrentWidget(tab)
        if show is not None:
            show(paper_id)
            return True
        if select("paper", paper_id):
            return True
    return False


def _show_view(tab: QWidget, kind: str) -> None:
    """Turns to the part of the open paper where this kind of problem is fixed."""
    show = getattr(getattr(tab, "page", None), PAPER_VIEW.get(kind, ""), None)
    if show is not None:
        show()
