"""The results table: printed for people, and written as markdown (benchmarks/results.md) with a
description of the machine, so the README can show the latest figures."""

from __future__ import annotations

import os
import platform
import sys
from datetime import datetime
from pathlib import Path

COLUMNS = ("figure", "meetingkit", "reference", "ratio", "target", "met")
HEADINGS = ("figure", "MeetingKit", "reference", "ratio", "target", "met")


def cell(value) -> str:
    if value is None:
        return "–"
    if value is True:
        return "yes"
    if value is False:
        return "NO"
    if isinstance(value, float):
        return f"{value:.3g}" if abs(value) < 10 else f"{value:,.1f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


def print_table(rows: list[dict], suite: str | None = None) -> None:
    texts = [[cell(r.get(c)) for c in COLUMNS] for r in rows]
    if suite:
        texts = [[f"[{suite}] {t[0]}", *t[1:]] for t in texts]
    widths = [max(len(h), *(len(t[i]) for t in texts)) if texts else len(h)
              for i, h in enumerate(HEADINGS)]
    print("  ".join(h.ljust(w) for h, w in zip(HEADINGS, widths, strict=True)))
    for text in texts:
        print("  ".join(t.ljust(w) for t, w in zip(text, widths, strict=True)), flush=True)


def load_average() -> str:
    try:
        return ", ".join(f"{x:.2f}" for x in os.getloadavg())
    except (OSError, AttributeError):
        return "unknown"


def pandoc_version() -> str:
    import shutil
    import subprocess

    pandoc = shutil.which("pandoc")
    if not pandoc:
        return "not installed (the export peer is skipped)"
    try:
        done = subprocess.run([pandoc, "--version"], capture_output=True, text=True, timeout=30)
        return done.stdout.splitlines()[0]
    except (OSError, subprocess.SubprocessError, IndexError):
        return "installed, version unknown"


def machine(load_at_start: str = "unknown") -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.lower().startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        import PySide6
        from PySide6.QtCore import qVersion

        qt = f"PySide6 {PySide6.__version__}, Qt {qVersion()}"
    except ImportError:
        qt = "PySide6 not installed"
    return {
        "CPU": cpu,
        "cores": str(os.cpu_count()),
        "memory": _memory(),
        "system": f"{platform.system()} {platform.release()}",
        "Python": platform.python_version(),
        "Qt": qt,
        "SQLite": _sqlite_version(),
        "pandoc (export peer)": pandoc_version(),
        "load average (1, 5, 15 min) at the start": load_at_start,
        "load average at the end": load_average(),
        "date": datetime.now().astimezone().isoformat(timespec="minutes"),
    }


def _memory() -> str:
    try:
        with open("/proc/meminfo", encoding="utf-8") as info:
            kib = int(info.readline().split()[1])
        return f"{kib / 1024 / 1024:.1f} GB"
    except (OSError, ValueError, IndexError):
        return "unknown"


def _sqlite_version() -> str:
    import sqlite3

    return sqlite3.sqlite_version


def markdown(results: dict[str, list[dict]], seconds: float, command: str,
             load_at_start: str = "unknown", notes: list[str] | None = None) -> str:
    lines = ["# MeetingKit benchmark results", "",
             f"Made by `{command}` in {seconds:.0f} s. Ratio = MeetingKit / reference. "
             "Times are medians of several runs measured in the same run as their reference.", ""]
    lines += [f"- **{k}**: {v}" for k, v in machine(load_at_start).items()]
    lines += ["", "| " + " | ".join(HEADINGS) + " |", "|" + "---|" * len(HEADINGS)]
    for suite, rows in results.items():
        for r in rows:
            values = [cell(r.get(c)).replace("|", "/") for c in COLUMNS]
            values[0] = f"{suite}: {values[0]}"
            lines.append("| " + " | ".join(values) + " |")
    missed = [f"{s}: {r['figure']}" for s, rows in results.items() for r in rows
              if r.get("met") is False]
    lines += ["", f"**{sum(1 for rows in results.values() for r in rows if r.get('met'))} met, "
              f"{len(missed)} missed.**"]
    lines += [f"- missed: {m}" for m in missed]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines) + "\n"


def write_markdown(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    print(f"\nWrote {path}", file=sys.stderr)
