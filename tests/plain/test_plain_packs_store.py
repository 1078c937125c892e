"""A committee's domain word lists (migration 7): all on unless switched off, kept per committee,
undone like any change, and used by the pack checks."""

from __future__ import annotations

import sqlite3

from meetingkit.model import Committee
from meetingkit.plain.packs import PACKS, packs_off, packs_on
from meetingkit.store import Store
from meetingkit.store.migrations import LATEST_VERSION, migrate


def test_v6_to_v7_keeps_committees_with_every_word_list_on(tmp_path):
    path = tmp_path / "v6.db"
    conn = sqlite3.connect(path)
    migrate(conn, target=6)
    conn.execute("INSERT INTO committees (name, reading_age_target) VALUES ('PSG', 9)")
    conn.execute("INSERT INTO acronym_meanings (committee_id, acronym, meaning) "
                 "VALUES (1, 'PAS', 'private ambulance service')")
    conn.commit()
    conn.close()
    store = Store.open(path)
    assert store.schema_version() == LATEST_VERSION >= 7
    committee = store.committees.get(1)
    assert (committee.name, committee.reading_age_target) == ("PSG", 9)
    assert committee.plain_packs_off == "" and committee.plain_packs == frozenset(PACKS)
    assert store.acronym_meanings.for_committee(1) == {"PAS": "private ambulance service"}
    store.close()


def test_switched_off_lists_are_kept_per_committee_in_one_order(store):
    one = store.committees.create("Maternity Safety Group")
    two = store.committees.create("Mental Health Safety Group")
    store.committees.update(one, plain_packs_off="governance, maternity,unknown-pack")
    assert store.committees.get(one).plain_packs_off == "maternity,governance"
    assert "maternity" not in store.committees.get(one).plain_packs
    assert store.committees.get(two).plain_packs == frozenset(PACKS)
    store.committees.update(one, plain_packs_off="")
    assert store.committees.get(one).plain_packs == frozenset(PACKS)


def test_switching_lists_is_undone_like_any_change(store):
    committee = store.committees.create("PSG")
    with store.history.step("change the committee's settings"):
        store.committees.update(committee, plain_packs_off="ambulance")
    assert store.committees.get(committee).plain_packs_off == "ambulance"
    store.history.undo()
    assert store.committees.get(committee).plain_packs_off == ""
    store.history.redo()
    assert store.committees.get(committee).plain_packs_off == "ambulance"


def test_packs_on_and_off_are_opposites():
    assert packs_on("") == frozenset(PACKS)
    assert packs_on(packs_off({"maternity", "ambulance"})) == {"maternity", "ambulance"}
    assert packs_off(iter(PACKS)) == ""  # any iterable, read once
    assert Committee(id=1, name="x", plain_packs_off="legal").plain_packs == \
        frozenset(PACKS) - {"legal"}


def test_the_pack_checks_use_the_committees_lists(store):
    from meetingkit.publishing import _plain_checker

    on = _plain_checker(store, frozenset(PACKS))
    off = _plain_checker(store, frozenset(PACKS) - {"maternity"})
    text = "We met the maternity incentive scheme safety actions this year."
    assert any(f.text == "maternity incentive scheme" for f in on(text, 11).findings)
    assert not any(f.text == "maternity incentive scheme" for f in off(text, 11).findings)
