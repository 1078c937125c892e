"""Export benchmarks (meetingkit.export), in a fresh database made for the purpose.

1. The Word meeting pack of a meeting with 20 papers, 100,000 words in all (export_pack, read
   from the store and written to a file). Target: under 3 s, and no slower than pandoc turning
   the same markdown into .docx in the same run (the peer is skipped when pandoc is absent).
2. The Word minutes of a meeting with 40 items (notes and decisions) and 100 actions
   (export_minutes). Target: under 0.5 s. Reference: bare python-docx writing the same words as
   plain paragraphs (the least a Word file of that text can cost).

Median of 3 runs (pack) or 5 (minutes); --quick does one run of each after a warm-up.
If meetingkit.export is not there yet, each figure says "not built yet".
"""

from __future__ import annotations

import importlib.util
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import row, work_folder  # noqa: E402

PACK_PAPERS = 20
PACK_WORDS = 100_000
MINUTES_ITEMS = 40
MINUTES_ACTIONS = 100
PACK_TARGET_S = 3.0
MINUTES_TARGET_S = 0.5


def build_meetings(store) -> tuple[int, int, list[str]]:
    """(pack meeting id, minutes meeting id, the pack's papers as markdown)."""
    import random

    from benchmarks.scale_data import TOPICS, paper_markdown

    rng = random.Random(7)
    with store.transaction():
        committee = store.committees.create("Patient Safety Committee")
        chair = store.people.create("Priya Shah", "chair")
        store.committees.add_member(committee, chair)
        for name in ("Sam Okafor", "Lin Chen", "Jo Williams", "David Evans", "Maria Lopez"):
            store.committees.add_member(committee, store.people.create(name, "partner"))
        pack = store.meetings.create(committee, "Patient Safety Committee", "2026-03-10")
        papers = []
        for number in range(PACK_PAPERS):
            topic = TOPICS[number % len(TOPICS)]
            item = store.agenda.add(pack, f"Report on {topic}", presenter="David Evans",
                                    summary=f"What we found about {topic} and what we will do.")
            body = paper_markdown(f"{topic.capitalize()}: quarterly report",
                                  PACK_WORDS // PACK_PAPERS, rng)
            store.papers.add(item, f"{topic.capitalize()}: quarterly report", body,
                             author="David Evans")
            papers.append(body)
        minutes = store.meetings.create(committee, "Patient Safety Committee", "2026-02-10",
                                        status="held")
        items = []
        for number in range(MINUTES_ITEMS):
            item = store.agenda.add(minutes, f"Item {number + 1}: {TOPICS[number % len(TOPICS)]}")
            notes = " ".join(paper_markdown("x", 60, rng).split("\n\n")[2:4])
            store.notes.save(item, notes)
            store.decisions.add(item, f"The committee agreed the plan for item {number + 1}.")
            items.append(item)
        for number in range(MINUTES_ACTIONS):
            store.actions.add(minutes, f"Check the audit results for item {number % 40 + 1}",
                              "Jo Williams", "2026-04-01", items[number % MINUTES_ITEMS])
    return pack, minutes, papers


def _median_s(function, runs: int) -> float:
    function()  # warm-up: imports and caches, as in a running app
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def pandoc_seconds(markdown_file: Path, out: Path, runs: int) -> float | None:
    pandoc = shutil.which("pandoc")
    if not pandoc:
        return None
    command = [pandoc, "-f", "markdown", "-t", "docx", "-o", str(out), str(markdown_file)]
    return _median_s(lambda: subprocess.run(command, check=True, capture_output=True), runs)


def bare_docx_seconds(texts: list[str], out: Path, runs: int) -> float:
    import docx

    def write() -> None:
        document = docx.Document()
        for text in texts:
            document.add_paragraph(text)
        document.save(str(out))

    return _median_s(write, runs)


def _minutes_texts(store, meeting_id: int) -> list[str]:
    texts = []
    for item in store.agenda.items(meeting_id):
        texts += [item.title, store.notes.get(item.id)]
        texts += [d.text for d in store.decisions.for_item(item.id)]
    texts += [f"{a.text} – {a.owner} – {a.due}" for a in store.actions.for_meeting(meeting_id)]
    return texts


def run(quick: bool = False) -> list[dict]:
    if importlib.util.find_spec("meetingkit.export") is None:
        return [row(name, "not built yet", None, target, None) for name, target in (
            ("Word meeting pack, 20 papers, 100,000 words, s", "< 3 s and <= pandoc"),
            ("Word minutes, 40 items and 100 actions, s", "< 0.5 s"))]
    from meetingkit.export import export_minutes, export_pack
    from meetingkit.store import Store

    folder = work_folder() / "export"
    folder.mkdir(parents=True, exist_ok=True)
    store = Store.open(folder / "export.db")
    try:
        pack_id, minutes_id, papers = build_meetings(store)
        words = sum(len(p.split()) for p in papers)
        pack_s = _median_s(lambda: export_pack(store, pack_id, folder / "pack.docx"),
                           1 if quick else 3)
        markdown_file = folder / "pack.md"
        markdown_file.write_text("\n\n".join(papers), encoding="utf-8")
        peer = pandoc_seconds(markdown_file, folder / "pandoc.docx", 1 if quick else 3)
        minutes_s = _median_s(lambda: export_minutes(store, minutes_id, folder / "minutes.docx",
                                                      today="2026-03-01"), 1 if quick else 5)
        bare_s = bare_docx_seconds(_minutes_texts(store, minutes_id), folder / "bare.docx",
                                   1 if quick else 5)
        action_count = len(store.actions.for_meeting(minutes_id))
    finally:
        store.close()
    pack_met = pack_s < PACK_TARGET_S and (peer is None or pack_s <= peer)
    return [
        row(f"Word meeting pack, {PACK_PAPERS} papers, {words:,} words, s "
            "(reference: pandoc, same markdown to .docx)", pack_s,
            peer if peer is not None else "pandoc not installed",
            f"< {PACK_TARGET_S:g} s and <= pandoc", pack_met),
        row(f"Word minutes, {MINUTES_ITEMS} items and {action_count} actions, s "
            "(reference: bare python-docx, same words as plain paragraphs)", minutes_s, bare_s,
            f"< {MINUTES_TARGET_S:g} s", minutes_s < MINUTES_TARGET_S),
    ]


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table(run(quick="--quick" in sys.argv))
