"""Every change a person makes, one function each.

Each function runs its change as one step of the store's history: one transaction, one undo
step, described in the words the Edit menu shows ("Undo delete the action 'Send the leaflet'").
It returns the step's Outcome, whose `changes` the store worked out from the rows written; the
screens redraw from that. The UI calls these and never writes to the store itself.
"""

from __future__ import annotations

from meetingkit.store import Store
from meetingkit.store.history import Outcome


def undo(store: Store) -> Outcome:
    return store.history.undo()


def redo(store: Store) -> Outcome:
    return store.history.redo()


def quoted(text: str, limit: int = 40) -> str:
    """A name short enough for a menu, cut between words: 'Write a short leaflet for…'."""
    text = " ".join(text.split())
    if len(text) > limit:
        cut = text[:limit - 1]
        text = (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2:] else cut).rstrip(" ,;:") + "…"
    return f"'{text}'"
