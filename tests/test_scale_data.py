"""The big-database generator (benchmarks.scale_data) at a small scale: it makes exactly the
counts asked for, the rows hang together, and the store's own queries read them correctly.
Functional only: no timings here (they live in benchmarks/)."""

from __future__ import annotations

import random
from datetime import date

import pytest

from benchmarks.scale_data import ScaleSpec, generate, paper_markdown
from meetingkit.store import Store

TODAY = date(2026, 6, 1)
SMALL = ScaleSpec(committees=3, years=2, meetings_per_year=12, items=1_500, papers=300,
                  actions=3_000, people_per_committee=6)


def _count(store: Store, table: str) -> int:
    return store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


@pytest.fixture(scope="module")
def big():
    store = Store.memory()
    counts = generate(store, SMALL, today=TODAY)
    yield store, counts
    store.close()


def test_scaled_keeps_the_shape_and_multiplies_the_counts():
    full = ScaleSpec()
    assert (full.meetings, full.items, full.papers, full.actions) == (2_400, 50_000, 10_000,
                                                                      100_000)
    small = ScaleSpec.scaled(0.05)
    assert (small.committees, small.meetings, small.items, small.papers, small.actions) == (
        1, 120, 2_500, 500, 5_000)


def test_it_makes_exactly_the_counts_asked_for(big):
    store, counts = big
    assert _count(store, "committees") == counts.committees == 3
    assert _count(store, "meetings") == counts.meetings == 3 * 2 * 12
    assert _count(store, "agenda_items") == counts.items == 1_500
    assert _count(store, "papers") == counts.papers == 300
    assert _count(store, "actions") == counts.actions == 3_000
    assert _count(store, "people") == counts.people == 18
    assert _count(store, "item_notes") == counts.notes > 0
    assert _count(store, "decisions") == counts.decisions > 0
    # every paper, item, note, decision and action is in the full-text index, through the
    # store's triggers
    assert _count(store, "search_index") == (counts.papers + counts.items + counts.notes
                                             + counts.decisions + counts.actions)


def test_rows_hang_together(big):
    store, _ = big
    conn = store.conn
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    assert conn.execute("SELECT count(*) FROM meetings m WHERE NOT EXISTS "
                        "(SELECT 1 FROM agenda_items a WHERE a.meeting_id = m.id)").fetchone()[0] == 0
    # agenda positions run 0, 1, 2... in every meeting
    for meeting_id, positions, count in conn.execute(
            "SELECT meeting_id, group_concat(position), count(*) FROM "
            "(SELECT meeting_id, position FROM agenda_items ORDER BY meeting_id, position) "
            "GROUP BY meeting_id"):
        assert [int(p) for p in positions.split(",")] == list(range(count)), meeting_id
    # an action's agenda item belongs to the action's own meeting
    assert conn.execute("SELECT count(*) FROM actions a JOIN agenda_items i ON i.id = a.item_id "
                        "WHERE i.meeting_id != a.meeting_id").fetchone()[0] == 0
    # only meetings that have happened have notes; closed actions say when they closed
    assert conn.execute("SELECT count(*) FROM item_notes n JOIN agenda_items i ON i.id = "
                        "n.item_id JOIN meetings m ON m.id = i.meeting_id WHERE m.date >= ?",
                        [TODAY.isoformat()]).fetchone()[0] == 0
    assert conn.execute("SELECT count(*) FROM actions WHERE (status = 'open') = "
                        "(closed_at IS NOT NULL)").fetchone()[0] == 0


def test_meetings_are_monthly_weekdays_and_some_are_still_to_come(big):
    store, _ = big
    for committee in store.committees.all():
        meetings = store.meetings.for_committee(committee.id)
        assert len(meetings) == 24
        days = [date.fromisoformat(m.date) for m in meetings]
        assert days == sorted(days, reverse=True)  # newest first, as the navigator shows them
        assert all(d.weekday() < 5 for d in days)
        assert {(d.year, d.month) for d in days} == {(y, m) for y in (2025, 2026)
                                                     for m in range(1, 13)}
        upcoming = [m for m in meetings if m.date >= TODAY.isoformat()]
        assert upcoming and all(m.status in ("draft", "pack_published") for m in upcoming)


def test_the_store_reads_one_meeting_correctly(big):
    store, _ = big
    meeting_id = store.conn.execute("SELECT meeting_id FROM papers p JOIN agenda_items i "
                                    "ON i.id = p.item_id LIMIT 1").fetchone()[0]
    items = store.agenda.items(meeting_id)
    assert [i.position for i in items] == list(range(len(items)))
    assert [i.title for i in items[:3]] == ["Welcome, apologies and declarations of interest",
                                             "Minutes of the last meeting", "Action log"]
    papers = store.papers.for_meeting(meeting_id)
    item_ids = {i.id for i in items}
    assert papers and all(p.item_id in item_ids for p in papers)
    assert all(p.body.startswith(f"# {p.title}") for p in papers)
    actions = store.actions.for_meeting(meeting_id)
    expected = store.conn.execute("SELECT count(*) FROM actions WHERE meeting_id = ?",
                                  [meeting_id]).fetchone()[0]
    assert len(actions) == expected > 0


def test_the_action_log_holds_the_committees_open_actions(big):
    store, _ = big
    committee = store.committees.all()[0]
    meeting_ids = {m.id for m in store.meetings.for_committee(committee.id)}
    everything = store.actions.log(committee.id, include_closed=True)
    assert {a.meeting_id for a in everything} <= meeting_ids
    assert len(everything) == store.conn.execute(
        "SELECT count(*) FROM actions WHERE meeting_id IN (SELECT id FROM meetings WHERE "
        "committee_id = ?)", [committee.id]).fetchone()[0]
    open_only = store.actions.log(committee.id)
    assert open_only == [a for a in everything if a.status == "open"]
    assert 0 < len(open_only) < len(everything)  # old actions are mostly done or closed


def test_full_text_search_finds_papers_minutes_items_decisions_and_actions(big):
    store, _ = big
    found = store.search.everything("nasogastric", limit=5_000)
    assert {f["kind"] for f in found} == {"paper", "notes", "item", "decision", "action"}
    text_of = {"paper": lambda ref: store.papers.get(ref).body,
               "notes": store.notes.get,
               "item": lambda ref: store.agenda.get(ref).title + store.agenda.get(ref).summary,
               "decision": lambda ref: store.decisions.get(ref).text,
               "action": lambda ref: store.actions.get(ref).text}
    for hit in found:
        assert "nasogastric" in text_of[hit["kind"]](hit["ref"]).lower()
    assert store.search.everything("zebra") == []


def test_papers_are_a_few_hundred_words_of_markdown(big):
    store, counts = big
    bodies = [r[0] for r in store.conn.execute("SELECT body FROM papers")]
    sizes = [len(b.split()) for b in bodies]
    low, high = SMALL.paper_words
    assert all(low <= size <= high + 40 for size in sizes)
    assert counts.paper_words == sum(sizes)
    assert all("\n## Summary\n" in b and "\n- " in b for b in bodies)
    assert len(set(bodies)) == len(bodies)


def test_the_same_seed_makes_the_same_database():
    spec = ScaleSpec(committees=1, years=1, items=30, papers=5, actions=40)

    def snapshot(seed: int) -> list:
        store = Store.memory()
        generate(store, spec, seed=seed, today=TODAY)
        rows = store.conn.execute("SELECT body FROM papers ORDER BY id").fetchall()
        rows += store.conn.execute("SELECT text, owner, due, status FROM actions "
                                   "ORDER BY id").fetchall()
        store.close()
        return rows

    assert snapshot(1) == snapshot(1)
    assert snapshot(1) != snapshot(2)


def test_it_adds_to_a_database_that_already_has_data(demo_store):
    before = {t: _count(demo_store, t) for t in ("committees", "meetings", "papers", "actions")}
    spec = ScaleSpec(committees=1, years=1, items=24, papers=4, actions=10)
    generate(demo_store, spec, today=TODAY)
    assert _count(demo_store, "committees") == before["committees"] + 1
    assert _count(demo_store, "meetings") == before["meetings"] + 12
    assert _count(demo_store, "papers") == before["papers"] + 4
    assert _count(demo_store, "actions") == before["actions"] + 10
    assert demo_store.conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_impossible_sizes_are_refused():
    store = Store.memory()
    with pytest.raises(ValueError):
        generate(store, ScaleSpec(committees=1, years=1, items=5, papers=1, actions=1))
    with pytest.raises(ValueError):
        generate(store, ScaleSpec(committees=1, years=1, items=20, papers=21, actions=1))
    assert _count(store, "committees") == 0


def test_paper_markdown_is_close_to_the_words_asked_for():
    rng = random.Random(3)
    for words in (150, 400, 5_000):
        text = paper_markdown("Falls on ward 7", words, rng)
        assert words <= len(text.split()) <= words * 1.03 + 20
        assert text.startswith("# Falls on ward 7\n\n## Summary\n\n")
