"""Undo and redo for the agenda (QUndoStack): add, edit, delete, reorder, and starting from a
template or the last meeting's agenda.

Each change is made first and only pushed onto the stack when it worked, so a refused change
never becomes an undo step. Adding and deleting are the same move seen from either side: a
"flip" removes the items that are there (keeping a snapshot of each) and brings back the ones
that are not, so undo and redo of both are the one operation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from meetingkit.templates import AgendaTemplate, apply_template
from ui.agenda.snapshots import IdMap, ItemSnapshot, restore, take
from ui.context import AppContext

CHANGES = frozenset({"agenda", "papers"})


class AgendaCommand(QUndoCommand):
    def __init__(self, text: str, run: Callable[[Callable[[], object], str, bool], bool],
                 forward: Callable[[], object], backward: Callable[[], object]):
        super().__init__(text)
        self._run, self._forward, self._backward = run, forward, backward
        self._pushed = False

    def redo(self) -> None:
        if not self._pushed:  # QUndoStack.push calls redo; the change is already made
            self._pushed = True
            return
        self._run(self._forward, f"Redone: {self.text()}.", True)

    def undo(self) -> None:
        self._run(self._backward, f"Undone: {self.text()}.", True)


class _Flip:
    """Removes the items present and restores the ones absent, then swaps the two lists.
    Both lists hold IdMap keys, never database ids (ids are reused)."""

    def __init__(self, undo: AgendaUndo, present: list[int], absent: list[int]):
        self.undo, self.present, self.absent = undo, present, absent
        self.snapshots: dict[int, ItemSnapshot] = {}

    def __call__(self) -> None:
        store, ids = self.undo.context.store, self.undo.ids
        with store.transaction():
            for key in self.present:
                self.snapshots[key] = take(store, ids.current(key))
            for key in self.present:
                store.agenda.delete(ids.current(key))
            for key in sorted(self.absent, key=lambda k: self.snapshots[k].position):
                ids.back(key, restore(store, self.snapshots[key]))
        for key in self.present:
            ids.gone(key)
        restored = [ids.current(key) for key in self.absent]
        self.undo.select_after = restored[0] if restored else None
        self.present, self.absent = self.absent, self.present


class AgendaUndo(QObject):
    broken = Signal()  # the history had to be cleared (the agenda changed under it)

    def __init__(self, context: AppContext, parent: QWidget):
        super().__init__(parent)
        self.context = context
        self.parent_widget = parent
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        self.ids = IdMap()
        self.select_after: int | None = None  # the item to select once the tab reloads

    def reset(self) -> None:
        self.stack.clear()
        self.ids.clear()

    def _run(self, operation: Callable[[], object], done: str, from_history: bool = False) -> bool:
        def run() -> bool:
            operation()
            return True

        ok = bool(self.context.perform(self.parent_widget, run, CHANGES, done))
        if not ok and from_history:  # the stack has moved on; its steps no longer fit the data
            QTimer.singleShot(0, self._break)
        return ok

    def _break(self) -> None:
        self.reset()
        self.broken.emit()

    def _push(self, text: str, forward: Callable[[], object],
              backward: Callable[[], object]) -> None:
        self.stack.push(AgendaCommand(text, self._run, forward, backward))

    # ----- the changes -----------------------------------------------------------------------
    def add(self, meeting_id: int, title: str, position: int | None, values: dict) -> int | None:
        made: list[int] = []

        def first() -> None:
            made.append(self.context.store.agenda.add(meeting_id, title, position, **values))
            self.select_after = made[0]

        if not self._run(first, "Item added."):
            return None
        flip = _Flip(self, [self.ids.key(made[0])], [])
        self._push("add an item", flip, flip)
        return made[0]

    def delete(self, item_id: int, title: str) -> bool:
        flip = _Flip(self, [self.ids.key(item_id)], [])
        if not self._run(flip, f"Deleted '{title}'. Undo (Ctrl+Z) brings it back."):
            return False
        self._push(f"delete '{title}'", flip, flip)
        return True

    def update(self, item_id: int, old: dict, new: dict) -> bool:
        store, ids = self.context.store, self.ids
        key = ids.key(item_id)

        def apply(values: dict) -> Callable[[], None]:
            def run() -> None:
                store.agenda.update(ids.current(key), **values)
                self.select_after = ids.current(key)
            return run

        if not self._run(apply(new), "Saved."):
            return False
        self._push(_describe_edit(new), apply(new), apply(old))
        return True

    def reorder(self, meeting_id: int, old_ids: list[int], new_ids: list[int],
                moved_id: int | None = None, text: str = "move an item") -> bool:
        if old_ids == new_ids:
            return False
        store, ids = self.context.store, self.ids
        old_keys, new_keys = [ids.key(i) for i in old_ids], [ids.key(i) for i in new_ids]
        moved = ids.key(moved_id) if moved_id is not None else None

        def order(keys: list[int]) -> Callable[[], None]:
            def run() -> None:
                store.agenda.set_order(meeting_id, [ids.current(k) for k in keys])
                self.select_after = ids.current(moved) if moved is not None else None
            return run

        position = new_ids.index(moved_id) + 1 if moved_id in new_ids else None
        done = f"Moved to number {position}." if position else "Agenda reordered."
        if not self._run(order(new_keys), done):
            return False
        self._push(text, order(new_keys), order(old_keys))
        return True

    def use_agenda(self, meeting_id: int, template: AgendaTemplate, replace: bool,
                   text: str) -> bool:
        store, ids = self.context.store, self.ids
        existing = [i.id for i in store.agenda.items(meeting_id)] if replace else []
        flip = _Flip(self, [], [ids.key(i) for i in existing])

        def first() -> None:
            with store.transaction():
                for key, item_id in zip(flip.absent, existing, strict=True):
                    flip.snapshots[key] = take(store, item_id)
                new_ids = apply_template(store, meeting_id, template, replace)
            for key in flip.absent:
                ids.gone(key)
            flip.present = [ids.key(i) for i in new_ids]
            self.select_after = new_ids[0]

        count = len(template.items)
        if not self._run(first, f"Added {count} item{'s' * (count != 1)} to the agenda."):
            return False
        self._push(text, flip, flip)
        return True


def _describe_edit(values: dict) -> str:
    names = {"title": "title", "purpose": "purpose", "presenter": "presenter",
             "minutes": "minutes", "summary": "plain summary"}
    changed = [names.get(key, key) for key in values]
    return "change the " + " and ".join(changed) if changed else "edit an item"
