"""The faster reads for big databases (meetingkit.store.queries) give the same answers as the
store's own ways: the action log with words (vs filter_log, the app's in-memory filter) and
full-text search (vs store.search.papers_and_notes). Functional only: no timings here."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benchmarks.scale_data import ScaleSpec, generate
from meetingkit.store import Store
from meetingkit.store.involvement import STATUS_FILTERS, filter_log
from meetingkit.store.queries import Queries

TODAY = "2026-06-01"
# Words whose case folding SQLite's LIKE does not do (it folds ASCII letters only), and the
# characters LIKE treats as wildcards or escapes.
TRICKY = [("Update the leaflet for ZOË's family", "Zoë Clarke"),
          ("Check the Straße clinic audit", "Jürgen Weiß"),
          ("Ask about the 100% audit_result", "Jo Williams"),
          ("Fix the \\ path in the rota", "ÉMILE Durand"),
          ("Write to the ΣΊΣΥΦΟΣ ward", "Kelvin sign \u212a owner"),
          ("Share the learning summary", "Maria Lopez")]
WORDS = ["zoë", "ZOË", "strasse", "STRASSE", "weiss", "%", "_", "100%", "audit_result", "\\",
         "émile", "σίσυφος", "k", "kelvin", "leaflet", "maria", "the", "audit", "zebra"]


@pytest.fixture(scope="module")
def store():
    store = Store.memory()
    generate(store, ScaleSpec(committees=2, years=1, items=240, papers=60, actions=600),
             today=date.fromisoformat(TODAY))
    committee_id = store.committees.all()[0].id
    meeting_id = store.meetings.for_committee(committee_id)[-1].id
    for number, (text, owner) in enumerate(TRICKY):
        action_id = store.actions.add(meeting_id, text, owner, f"2026-0{number % 9 + 1}-10")
        if number % 2:
            store.actions.update(action_id, status="done")
    yield store
    store.close()


def _committee(store: Store) -> int:
    return store.committees.all()[0].id


def _expected_ids(store: Store, committee_id: int, words: str, status: str) -> list[int]:
    entries = store.involvement.action_log.entries(committee_id)
    return filter_log(entries, status, words, TODAY)


@pytest.mark.parametrize("status", STATUS_FILTERS)
@pytest.mark.parametrize("words", ["", *WORDS, "audit ward", "the leaflet zoë", "ZOË clarke"])
def test_action_log_matches_the_apps_filter(store, words, status):
    committee_id = _committee(store)
    found = Queries(store.conn).action_log(committee_id, words, status, TODAY)
    assert [a.id for a in found] == _expected_ids(store, committee_id, words, status)


def test_action_log_finds_what_like_alone_would_miss(store):
    queries = Queries(store.conn)
    committee_id = _committee(store)
    assert [a.owner for a in queries.action_log(committee_id, "weiss")] == ["Jürgen Weiß"]
    assert [a.text for a in queries.action_log(committee_id, "zoë's")] == [TRICKY[0][0]]
    assert [a.text for a in queries.action_log(committee_id, "100%")] == [TRICKY[2][0]]
    assert queries.action_log(committee_id, "10%audit") == []  # % is a character, not "any"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(words=st.lists(st.one_of(st.sampled_from(WORDS), st.text(min_size=1, max_size=4)),
                      max_size=3),
       status=st.sampled_from(STATUS_FILTERS))
def test_action_log_agrees_with_filter_log_for_any_words(store, words, status):
    committee_id = _committee(store)
    typed = " ".join(words)
    found = Queries(store.conn).action_log(committee_id, typed, status, TODAY)
    assert [a.id for a in found] == _expected_ids(store, committee_id, typed, status)


def test_action_log_is_the_store_log_when_no_words_are_typed(store):
    committee_id = _committee(store)
    queries = Queries(store.conn)
    assert queries.action_log(committee_id, status="open") == store.actions.log(committee_id)
    assert queries.action_log(committee_id) == store.actions.log(committee_id,
                                                                 include_closed=True)
    first = store.meetings.for_committee(committee_id)[-1]
    assert queries.action_log(committee_id, status="open", up_to_date=first.date) == \
        store.actions.log(committee_id, up_to_date=first.date)


def test_action_log_refuses_an_unknown_status(store):
    with pytest.raises(ValueError):
        Queries(store.conn).action_log(_committee(store), "x", status="late")


@pytest.mark.parametrize("words", ["falls", "pressure ulcers", "nasogastric tube", "handover",
                                   'quote " marks', "zebra", "", "   "])
def test_bounded_ranking_changes_nothing_when_few_match(store, words):
    # the store's search ranks only the newest matches; with few matches that is every match
    everything = Queries(store.conn).search(words, ranked_matches=10**9)
    assert store.search.papers_and_notes(words) == everything


def test_search_ranks_only_the_newest_matches_when_many_match(store):
    queries = Queries(store.conn)
    newest = [r[0] for r in store.conn.execute(
        "SELECT rowid FROM search_index WHERE search_index MATCH '\"committee\"' "
        "ORDER BY rowid DESC LIMIT 20")]
    found = queries.search("committee", limit=50, ranked_matches=20)
    assert len(found) == 20
    rows = {(kind, ref) for kind, ref in store.conn.execute(
        f"SELECT kind, ref FROM search_index WHERE rowid IN ({','.join(map(str, newest))})")}
    assert {(f["kind"], f["ref"]) for f in found} == rows
    assert all("[committee]" in f["snippet"].lower() for f in found if f["kind"] == "notes")
    assert len(queries.search("committee", limit=5, ranked_matches=20)) == 5


SELECTS = [
    ("SELECT * FROM committees ORDER BY name", None),
    ("SELECT * FROM meetings WHERE committee_id = ? ORDER BY date DESC", [1]),
    ("SELECT a.*, m.date AS meeting_date FROM actions a JOIN meetings m ON m.id = a.meeting_id "
     "WHERE m.committee_id = :c ORDER BY a.id LIMIT 50", {"c": 1}),
    ("SELECT a.id, m.id, a.id, m.id_2 FROM actions a JOIN "
     "(SELECT id, id AS id_2 FROM meetings) m ON m.id = a.meeting_id LIMIT 5", []),
    ("SELECT kind, ref, title FROM search_index WHERE search_index MATCH ? LIMIT 5", ['"falls"']),
    ("PRAGMA user_version", None),
    ("SELECT 1 AS x, 2 AS x, 3 AS x_2, 4 AS x", ()),
]


@pytest.mark.parametrize("sql, params", SELECTS)
def test_database_gives_the_rows_sqlite_utils_gives(store, sql, params):
    sqlite_utils = pytest.importorskip("sqlite_utils")
    from meetingkit.store.queries import Database

    ours = list(Database(store.conn).query(sql, params))
    theirs = list(sqlite_utils.Database(store.conn).query(sql, params))
    assert ours == theirs
    assert [list(r) for r in ours] == [list(r) for r in theirs]  # same keys, same order


def test_database_refuses_statements_without_rows(store):
    from meetingkit.store.queries import Database

    with pytest.raises(ValueError):
        Database(store.conn).query("CREATE TEMP TABLE t (x)")


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40))
def test_search_takes_any_words_a_person_can_type(store, words):
    # quotes, NUL, search syntax (AND, NEAR, *, ^) are all searched for as plain words
    found = Queries(store.conn).search(words, limit=3)
    assert isinstance(found, list) and len(found) <= 3


def test_search_with_a_nul_finds_the_words_around_it(store):
    assert Queries(store.conn).search("falls\x00") == Queries(store.conn).search("falls")


def test_the_last_word_can_find_the_words_it_begins(store):
    queries = Queries(store.conn)
    whole = queries.search("committee", limit=5)
    assert queries.search("committ", limit=5) == []
    assert queries.search("committ", limit=5, last_word_begins=True) == whole
    # too short a start finds nothing rather than most of the index
    assert queries.search("co", limit=5, last_word_begins=True) == []
