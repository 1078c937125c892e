"""Scale benchmarks on a big database: 20 committees x 10 years x 12 meetings (2,400 meetings),
50,000 agenda items, 10,000 papers of a few hundred words, 100,000 actions, and notes for every
item of a meeting already held (benchmarks/scale_data.py). --quick uses a tenth of it.

Each figure is the median of several runs, in milliseconds; the reference is the same data read
with bare sqlite3 (no MeetingKit code) in the same run, and the target is the limit in the brief.

1. opening: Store.open + what the navigator reads (committees.all, meetings.for_committee each)
2. switching meetings: agenda.items + papers.for_meeting + actions.for_meeting (50 meetings)
3. the action log with a text filter: store.actions.log + filtering the words in Python (as the
   brief puts it); meetingkit.store.queries.Queries.action_log (the words filtered in SQL); and
   what the app's Action log view does (load once, filter_log in memory per key press)
4. full-text search (store.search.papers_and_notes, FTS5): typical searches, and one word found
   in most papers and notes; and Queries.search, which ranks only the newest 2,000 matches
5. peak memory of a process that opens the database in the main window (offscreen), and the
   window's own timings there (build, navigator reload, switching meetings as a person would)
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, median_ms, row, run_process, scale_database  # noqa: E402

TYPICAL_SEARCHES = ("falls", "pressure ulcers", "sepsis", "nasogastric tube", "handover",
                    "leaflet families", "Okafor", "staff training", "allergies audit")
COMMON_WORD = "committee"  # in most notes and many papers: the slowest thing to rank
FILTER_WORDS = ("leaflet", "maria", "audit ward", "zebra")
MEMORY_TARGET_MB = 250
WINDOW_PROBE = ROOT / "benchmarks" / "window_probe.py"


def _sample_meetings(conn: sqlite3.Connection, count: int = 50) -> list[int]:
    ids = [r[0] for r in conn.execute("SELECT id FROM meetings ORDER BY id")]
    step = max(1, len(ids) // count)
    return ids[::step][:count]


def _busiest_committee(conn: sqlite3.Connection) -> int:
    return conn.execute("SELECT m.committee_id FROM actions a JOIN meetings m ON m.id = "
                        "a.meeting_id GROUP BY m.committee_id ORDER BY count(*) DESC "
                        "LIMIT 1").fetchone()[0]


def open_figures(path: Path) -> tuple[float, float]:
    from meetingkit.store import Store

    def meetingkit() -> None:
        store = Store.open(path)
        for committee in store.committees.all():
            store.meetings.for_committee(committee.id)
        store.close()

    def bare() -> None:
        conn = sqlite3.connect(path)
        for (committee_id,) in conn.execute("SELECT id FROM committees ORDER BY name").fetchall():
            conn.execute("SELECT * FROM meetings WHERE committee_id = ? "
                         "ORDER BY date DESC, start_time DESC", [committee_id]).fetchall()
        conn.close()

    return median_ms(meetingkit, 5), median_ms(bare, 5)


def switch_figures(store, meetings: list[int]) -> tuple[float, float]:
    def per_meeting(function) -> float:
        return statistics.median(median_ms(lambda m=m: function(m), 3, 0) for m in meetings)

    def meetingkit(meeting_id: int) -> None:
        store.agenda.items(meeting_id)
        store.papers.for_meeting(meeting_id)
        store.actions.for_meeting(meeting_id)

    conn = store.conn

    def bare(meeting_id: int) -> None:
        conn.execute("SELECT * FROM agenda_items WHERE meeting_id = ? ORDER BY position, id",
                     [meeting_id]).fetchall()
        conn.execute("SELECT p.* FROM papers p JOIN agenda_items a ON a.id = p.item_id "
                     "WHERE a.meeting_id = ? ORDER BY a.position, p.id", [meeting_id]).fetchall()
        conn.execute("SELECT * FROM actions WHERE meeting_id = ? ORDER BY id",
                     [meeting_id]).fetchall()

    return per_meeting(meetingkit), per_meeting(bare)


def action_log_figures(store, committee_id: int) -> dict[str, float]:
    from meetingkit.store.involvement import filter_log
    from meetingkit.store.queries import Queries

    queries = Queries(store.conn)
    conn = store.conn

    def brief(words: str) -> None:
        folded = words.casefold().split()
        [a for a in store.actions.log(committee_id, include_closed=True)
         if all(w in f"{a.text} {a.owner}".casefold() for w in folded)]

    def bare(words: str) -> None:
        sql = ("SELECT a.* FROM actions a JOIN meetings m ON m.id = a.meeting_id "
               "WHERE m.committee_id = ?" + " AND a.text || ' ' || a.owner LIKE ?" * len(
                   words.split()) + " ORDER BY coalesce(a.due, '9999'), a.id")
        conn.execute(sql, [committee_id, *(f"%{w}%" for w in words.split())]).fetchall()

    log = store.involvement.action_log
    entries = log.entries(committee_id)

    def app_view(words: str) -> None:  # per key press: filter in memory, fetch a page of rows
        log.rows(filter_log(entries, "all", words)[:50])

    def over_words(function) -> float:
        return statistics.median(median_ms(lambda w=w: function(w), 5) for w in FILTER_WORDS)

    def fast(words: str) -> None:
        queries.action_log(committee_id, words)

    return {"brief": over_words(brief), "queries": over_words(fast),
            "bare": over_words(bare), "app_load": median_ms(lambda: log.entries(committee_id), 5),
            "app_filter": over_words(app_view), "actions": len(entries)}


def search_figures(store) -> dict[str, float]:
    from meetingkit.store.queries import Queries

    queries = Queries(store.conn)
    conn = store.conn

    def bare(words: str) -> None:
        match = " ".join(f'"{w}"' for w in words.split())
        conn.execute("SELECT kind, ref, title, snippet(search_index, 3, '[', ']', ' … ', 12) "
                     "FROM search_index WHERE search_index MATCH ? ORDER BY rank LIMIT 50",
                     [match]).fetchall()

    def typical(function) -> float:
        return statistics.median(median_ms(lambda w=w: function(w), 5) for w in TYPICAL_SEARCHES)

    search = store.search.papers_and_notes
    common_matches = conn.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?",
                                  [f'"{COMMON_WORD}"']).fetchone()[0]
    return {"typical": typical(search), "typical_bare": typical(bare),
            "typical_queries": typical(queries.search),
            "common": median_ms(lambda: search(COMMON_WORD), 5),
            "common_bare": median_ms(lambda: bare(COMMON_WORD), 5),
            "common_queries": median_ms(lambda: queries.search(COMMON_WORD), 5),
            "common_matches": common_matches,
            "documents": conn.execute("SELECT count(*) FROM search_index").fetchone()[0]}


def window_figures(path: Path, meetings: list[int]) -> tuple[dict, dict]:
    def probe(*args: str) -> dict:
        done = run_process([sys.executable, str(WINDOW_PROBE), *args], timeout=300)
        if done.returncode != 0:
            raise RuntimeError(f"window probe failed: {done.stderr.strip()[-800:]}")
        return json.loads(done.stdout.strip().splitlines()[-1])

    switch_args = [a for m in meetings[:9] for a in ("--meeting", str(m))]
    runs = [probe("--db", str(path), *switch_args) for _ in range(3)]
    app = {key: statistics.median(r[key] for r in runs) for key in runs[0]}
    return app, probe("--bare")


def run(quick: bool = False) -> list[dict]:
    from benchmarks.scale_data import ScaleSpec
    from meetingkit.store import Store

    path, made_seconds = scale_database(quick)
    spec = ScaleSpec.scaled(0.1) if quick else ScaleSpec()
    size = (f"{spec.meetings:,} meetings, {spec.items:,} items, {spec.papers:,} papers, "
            f"{spec.actions:,} actions")
    rows = [row(f"make the big database ({size}; {path.stat().st_size / 1e6:,.0f} MB), s",
                made_seconds, None, "< 60 s", made_seconds < 60)]
    opened, opened_bare = open_figures(path)
    rows.append(row("open: Store.open + committees and their meetings, ms "
                    "(reference: bare sqlite3)", opened, opened_bare, "< 1000 ms", opened < 1000))
    store = Store.open(path)
    try:
        meetings = _sample_meetings(store.conn)
        switch, switch_bare = switch_figures(store, meetings)
        rows.append(row("switch meeting: agenda items + papers + actions, ms (median of "
                        f"{len(meetings)} meetings; reference: bare sqlite3)",
                        switch, switch_bare, "< 50 ms", switch < 50))
        log = action_log_figures(store, _busiest_committee(store.conn))
        words = ", ".join(f"'{w}'" for w in FILTER_WORDS)
        rows += [
            row(f"action log of {log['actions']:,} actions + text filter ({words}): "
                "store.queries.Queries.action_log, words in SQL, ms (reference: bare sqlite3 "
                "LIKE)", log["queries"], log["bare"], "< 50 ms", log["queries"] < 50),
            row("  the same with store.actions.log + filtering in Python (for comparison), ms",
                log["brief"], log["bare"], None, None),
            row("  as the app's Action log view does it: load the log once, ms",
                log["app_load"], None, "< 50 ms", log["app_load"] < 50),
            row("  then per key press: filter_log in memory + fetch 50 rows, ms",
                log["app_filter"], None, "< 50 ms", log["app_filter"] < 50),
        ]
        found = search_figures(store)
    finally:
        store.close()
    docs = found["documents"]
    rows += [
        row(f"search papers and notes ({docs:,} in the index), typical words, ms (median of "
            f"{len(TYPICAL_SEARCHES)}; reference: bare sqlite3 FTS5)",
            found["typical"], found["typical_bare"], "< 50 ms", found["typical"] < 50),
        row(f"search for a common word ('{COMMON_WORD}', {found['common_matches']:,} matches), ms "
            "(reference: bare sqlite3 FTS5)", found["common"], found["common_bare"], "< 50 ms",
            found["common"] < 50),
        row("  the same with store.queries.Queries.search (ranks the newest 2,000), ms",
            found["common_queries"], found["common_bare"], "< 50 ms", found["common_queries"] < 50),
        row("  typical words with Queries.search, ms", found["typical_queries"],
            found["typical_bare"], "< 50 ms", found["typical_queries"] < 50),
    ]
    app, bare = window_figures(path, meetings)
    rows += [
        row("peak memory: open it in the main window (offscreen), MB (reference: bare hello "
            "window)", app["peak_rss_mb"], bare["peak_rss_mb"], f"< {MEMORY_TARGET_MB} MB",
            app["peak_rss_mb"] < MEMORY_TARGET_MB),
        row("  main window built and shown on it, ms (for the record)",
            app["build_and_show_ms"], None, None, None),
        row("  navigator reload in the window (all committees and meetings), ms (for the "
            "record)", app["navigator_reload_ms"], None, None, None),
    ]
    if "switch_meeting_ms" in app:
        rows.append(row("  switch meeting in the window, every tab reloaded, ms (for the record)",
                        app["switch_meeting_ms"], None, None, None))
    return rows


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table(run(quick="--quick" in sys.argv))
