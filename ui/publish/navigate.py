"""Going from a problem in the pack check to the place to fix it: the paper (its text, or its
Plain view when the plain version is out of date) or the agenda item, with the keyboard in the
field to change (ui/navigation.py)."""

from __future__ import annotations

from meetingkit.publishing import PackProblem
from ui.navigation import ItemTarget, PaperTarget, Target

ITEM_FIELD = {"no_summary": "summary", "acronyms": "summary", "no_paper": "", "time": "",
              "empty": "", "plain_out_of_date": ""}


def problem_target(problem: PackProblem) -> Target:
    if problem.paper_id is not None:
        return PaperTarget(problem.paper_id, words=problem.words,
                           plain_view=problem.kind == "plain_out_of_date",
                           finding=bool(problem.words))
    return ItemTarget(problem.item_id, problem.field or ITEM_FIELD.get(problem.kind, ""),
                      words=problem.words)
