"""What undo needs to bring a deleted agenda item back: the item, its papers, notes, decisions
and partners' questions.

Limit: actions and speaking turns recorded against the item are kept when it is deleted (the
database only clears their link to it), but after undo they are no longer linked to the restored
item: the store offers no way to re-link them.

Items get a new id when they come back, so undo steps refer to items by a key and look up the
id they have now in an IdMap.
"""

from __future__ import annotations

from dataclasses import dataclass

from meetingkit.errors import MeetingKitError
from meetingkit.store import Store
from meetingkit.store.agenda import EDITABLE


class IdMap:
    """Stable keys for agenda items, so undo steps can follow an item through delete and
    undo (when it comes back with a new id) without mistaking it for a new item that happens
    to be given its old id."""

    def __init__(self) -> None:
        self._key_of_id: dict[int, int] = {}  # live item id -> key
        self._id_of_key: dict[int, int | None] = {}  # key -> item id now (None: lost)
        self._last = 0

    def key(self, item_id: int) -> int:
        """The key of an item that is in the agenda now."""
        if item_id not in self._key_of_id:
            self._last += 1
            self._key_of_id[item_id] = self._last
            self._id_of_key[self._last] = item_id
        return self._key_of_id[item_id]

    def current(self, key: int) -> int:
        item_id = self._id_of_key.get(key)
        if item_id is None:
            raise MeetingKitError("That agenda item was changed on another screen, so this "
                                  "step can no longer be undone.")
        return item_id

    def gone(self, key: int) -> None:
        """Undo deleted the item; it keeps its key for when it comes back."""
        self._key_of_id.pop(self._id_of_key.get(key), None)

    def back(self, key: int, new_id: int) -> None:
        self._id_of_key[key] = new_id
        self._key_of_id[new_id] = key

    def keep_only(self, live_ids: set[int]) -> None:
        """Items deleted some other way are lost to undo (their steps will say so)."""
        for item_id in [i for i in self._key_of_id if i not in live_ids]:
            self._id_of_key[self._key_of_id.pop(item_id)] = None

    def clear(self) -> None:
        self._key_of_id.clear()
        self._id_of_key.clear()


@dataclass(frozen=True)
class ItemSnapshot:
    meeting_id: int
    position: int
    values: dict
    papers: tuple[dict, ...]
    notes: str
    decisions: tuple[str, ...]
    questions: tuple[dict, ...]

    @property
    def title(self) -> str:
        return self.values["title"]


def take(store: Store, item_id: int) -> ItemSnapshot:
    item = store.agenda.get(item_id)
    position = [i.id for i in store.agenda.items(item.meeting_id)].index(item_id)
    # plain_from goes with the plain version, so a restored one is out of date if it was before
    papers = tuple({"title": p.title, "body": p.body, "author": p.author,
                    "plain_body": p.plain_body, "plain_from": p.plain_from,
                    "source_name": p.source_name}
                   for p in store.papers.for_item(item_id))
    questions = tuple({"author": q["author"], "text": q["text"], "reply_key": q["reply_key"]}
                      for q in store.questions.for_item(item_id))
    return ItemSnapshot(item.meeting_id, position,
                        {name: getattr(item, name) for name in EDITABLE},
                        papers, store.notes.get(item_id),
                        tuple(d.text for d in store.decisions.for_item(item_id)), questions)


def restore(store: Store, snapshot: ItemSnapshot) -> int:
    """Puts the item back where it was, with what it held; returns its new id."""
    values = dict(snapshot.values)
    title = values.pop("title")
    with store.transaction():
        new_id = store.agenda.add(snapshot.meeting_id, title, snapshot.position, **values)
        for paper in snapshot.papers:
            fields = dict(paper)
            store.papers.add(new_id, fields.pop("title"), fields.pop("body"), **fields)
        if snapshot.notes:
            store.notes.save(new_id, snapshot.notes)
        for text in snapshot.decisions:
            store.decisions.add(new_id, text)
        for question in snapshot.questions:
            store.questions.add(new_id, **question)
    return new_id
