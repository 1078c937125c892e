"""Going from a problem in the pack check to the place to fix it: the paper (its text, or its
Plain view when the plain version is out of date) or the agenda item, with the keyboard in the
field to change (ui/navigation.py)."""

from __future__ import annotations

from meetingkit.publishing import PackProblem
from ui.navigation import ItemTarget, PaperTarget, Target

ITEM_FIELD = {"no_summary": "summary", "acronyms": "summary", "patient_details": "title",
              "no_paper": "", "time": "", "empty": "", "plain_out_of_date": ""}


def problem_target(problem: PackProblem) -> Target:
    if problem.paper_id is not None:
        return PaperTarget(problem.paper_id, plain_view=problem.kind == "plain_out_of_date")
    return ItemTarget(problem.item_id, ITEM_FIELD.get(problem.kind, ""))
