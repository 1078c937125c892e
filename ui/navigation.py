"""Going to a place in the window, with one call: `context.go_to(target, meeting_id)`.

A target says what to show, as a small typed value; the tab that shows that kind of thing has a
`go_to(target) -> bool` that shows it and puts the keyboard there. Nobody reaches into another
tab's widgets, so renaming a tab's parts cannot silently break "Go to this and fix it" or Find.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QPlainTextEdit


@dataclass(frozen=True)
class PaperTarget:
    """A paper, on the Papers tab: its text (with `words` selected), or its Plain view."""

    paper_id: int
    words: tuple[str, ...] = ()
    plain_view: bool = False
    finding: bool = False  # also choose the first thing to look at that is one of `words`


@dataclass(frozen=True)
class ItemTarget:
    """An agenda item on the Agenda tab, with the keyboard in one of its fields."""

    item_id: int | None  # None: the agenda as a whole (it is too long)
    field: str = ""
    words: tuple[str, ...] = ()  # selected in the field, so the person sees what to change


@dataclass(frozen=True)
class NotesTarget:
    """An agenda item's notes on the Minutes tab, with `words` selected."""

    item_id: int
    words: tuple[str, ...] = ()


@dataclass(frozen=True)
class DecisionTarget:
    """A decision on the Minutes tab: chosen among its agenda item's decisions."""

    decision_id: int
    item_id: int


@dataclass(frozen=True)
class ActionTarget:
    """An action on the Minutes tab: chosen among its agenda item's actions, or in the action
    log when it is on no item."""

    action_id: int
    item_id: int | None


Target = PaperTarget | ItemTarget | NotesTarget | DecisionTarget | ActionTarget

# The workspace tab (its module's name) that shows each kind of target.
TAB_FOR: dict[type, str] = {PaperTarget: "papers", ItemTarget: "agenda", NotesTarget: "minutes",
                            DecisionTarget: "minutes", ActionTarget: "minutes"}


def select_words(editor: QPlainTextEdit, words: tuple[str, ...]) -> bool:
    """Selects the first of `words` found in the editor's text (any case) and scrolls to it."""
    each = [part for word in words for part in word.split()]  # a phrase may wrap a line
    exact = QTextDocument.FindFlag.FindCaseSensitively | QTextDocument.FindFlag.FindWholeWords
    # The word itself first ("ICS", not the letters in "physics"), then in any case.
    for flags in (exact, QTextDocument.FindFlag(0)):
        for word in dict.fromkeys([*words, *each]):
            start = editor.textCursor()
            start.movePosition(QTextCursor.MoveOperation.Start)
            editor.setTextCursor(start)
            if editor.find(word, flags):
                editor.centerCursor()
                return True
    return False
