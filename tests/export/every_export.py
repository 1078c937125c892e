"""One of every kind of Word file MeetingKit writes, in normal and large print, from one
committee: for the shared checks, the LibreOffice page checks and the screenshots in
docs/exports/. The content is chosen to be hard to lay out: amounts, 'Overdue' and long words
in narrow columns, papers with headings at odd levels, and short forms for the glossary."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from export_helpers import rich_meeting

TODAY = "2026-03-20"  # after the first action was due, so one is overdue

LONG_PAPER = """# Quarterly safety report

### Purpose

To update the committee on the implementation of the Patient Safety Incident Response
Framework (PSIRF). The SIF panel reviewed the HSMR; the MSO and MSG met twice. Every incident
goes on Datix.

## Background

The medication was given late on two wards. We will utilise the learning going forward.

## Findings

| Ward | Incidents | Status | Cost |
|------|-----------|--------|------|
| 3 | 12 | Overdue | £1,250.00 |
| 5 | 4 | Completed | £75.00 |

### What the implementation team found

- Staffing at night
    - on ward 3
    - on ward 5
- Handovers

## Recommendation

Note the update.
""" + "\n".join(f"\nParagraph {n} of the appendix, with enough words in it to fill a line "
                "or two of the page, so that the pack runs over several pages." for n in range(40))


@dataclass(frozen=True)
class Export:
    name: str  # also the file's stem
    path: Path
    large_print: bool


def make_every_export(store, folder: Path) -> list[Export]:
    from meetingkit.export import ClaimRow, InvolvementClaim, export_claim
    from meetingkit.export.actions import export_action_log
    from meetingkit.export.document import export_document
    from meetingkit.export.minutes import export_minutes
    from meetingkit.export.pack import export_pack

    ids = rich_meeting(store, today=TODAY)
    store.papers.add(ids["falls"], "Quarterly safety report", LONG_PAPER, author="Maria Lopez")
    people = ids["people"]
    store.turns.record(ids["meeting"], people["Priya Shah"], "2026-03-03T10:00:00", 90)
    store.turns.record(ids["meeting"], people["Maria Lopez"], "2026-03-03T10:02:00", 30)
    for n in range(6):
        store.actions.add(ids["meeting"], f"Review the implementation of recommendation {n + 1}",
                          "Maria Lopez", "2026-03-06", ids["falls"])
    claim = InvolvementClaim(
        "Sam Okafor", "Patient Safety Group", hourly_rate=None,
        rate_words="£75.00 a half day (up to 4 hours), £150.00 a day", period="March 2026",
        rows=[ClaimRow("2026-03-03", "Patient Safety Group meeting: half a day", 3, "12.40",
                       "Bus fares", payment="75"),
              ClaimRow("2026-03-17", "Falls review workshop: a day", 6, "1250.00",
                       "Overnight stay", payment="150")])
    writers = {
        "pack": lambda p, large: export_pack(store, ids["meeting"], p, large_print=large),
        "minutes": lambda p, large: export_minutes(store, ids["meeting"], p, who_was_heard=True,
                                                   large_print=large, today=TODAY),
        "action-log": lambda p, large: export_action_log(store, ids["committee"], p,
                                                         today=TODAY, large_print=large),
        "claim": lambda p, large: export_claim(claim, p, large_print=large),
        "plain-version": lambda p, large: export_document(
            LONG_PAPER, p, "Quarterly safety report: plain version", large_print=large),
    }
    made = []
    for large in (False, True):
        for name, write in writers.items():
            stem = f"{name}-large" if large else name
            path = folder / f"{stem}.docx"
            write(path, large)
            made.append(Export(stem, path, large))
    return made
