"""The action log's search: by status (with Overdue) and by words, in log order."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from meetingkit.store.involvement import filter_log


def _log(store):
    committee = store.committees.create("PSG")
    other = store.committees.create("Medicines")
    may = store.meetings.create(committee, "May", "2026-05-01")
    june = store.meetings.create(committee, "June", "2026-06-01")
    elsewhere = store.meetings.create(other, "Other", "2026-05-01")
    a = store.actions.add(may, "Write a leaflet for families", "Maria Lopez", "2026-05-20")
    b = store.actions.add(may, "Share the falls figures", "Tom Baker", "2026-07-01")
    c = store.actions.add(june, "Ask ward staff about huddles", "Maria Lopez")
    d = store.actions.add(june, "Check the scan letters", "Sam Okafor", "2026-04-01")
    store.actions.update(d, status="done")
    store.actions.add(elsewhere, "Not this committee's action", "Maria Lopez")
    return committee, (a, b, c, d)


def test_filters_by_status_words_and_committee_in_due_date_order(store):
    committee, (a, b, c, d) = _log(store)
    entries = store.involvement.action_log.entries(committee)
    assert [e[0] for e in entries] == [d, a, b, c]  # by due date; no date last
    assert filter_log(entries, "open") == [a, b, c]
    assert filter_log(entries, "overdue", today="2026-06-10") == [a]
    assert filter_log(entries, "done") == [d]
    assert filter_log(entries, "closed") == []
    assert filter_log(entries, "all", "maria") == [a, c]  # the owner counts too
    assert filter_log(entries, "all", "MARIA leaflet") == [a]  # every word must appear
    assert filter_log(entries, "open", "zzz") == []
    rows = store.involvement.action_log.rows([a, c])
    assert rows[a]["meeting_title"] == "May" and rows[c]["owner"] == "Maria Lopez"


entry = st.tuples(st.integers(1, 10**6),
                  st.sampled_from(["", "2026-01-01", "2026-06-01", "2027-01-01"]),
                  st.sampled_from(["open", "done", "closed"]),
                  st.text(alphabet="abc é", max_size=12).map(str.casefold))


@given(st.lists(entry, max_size=30), st.sampled_from(["all", "open", "overdue", "done", "closed"]),
       st.text(alphabet="abcé ", max_size=4))
def test_filter_matches_a_plain_reading_of_the_rules(entries, status, text):
    today = "2026-06-01"
    expected = []
    for action_id, due, state, words in entries:
        wanted_status = (status == "all" or state == status
                         or (status == "overdue" and state == "open" and due != ""
                             and due < today))
        if wanted_status and all(w in words for w in text.casefold().split()):
            expected.append(action_id)
    assert filter_log(entries, status, text, today) == expected
