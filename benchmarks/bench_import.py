"""Big papers (benchmarks/big_papers.py makes them; nothing is committed as a file):

1. a 42 MB Word document whose main part is as big as a part may be (about 100 MB of XML,
   36 million characters of text): refused, once its text passes the paper limit;
2. the largest Word document accepted: 42 MB, 0.94 million characters of text;
3. a 49 MB markdown paper: `meetingkit check` on it, and adding it;
4. a markdown paper just under the paper limit (0.99 million characters).

The papers are made in a process of their own, so the processes measured inherit none of its
memory. Each figure comes from a new process: the seconds it took and its peak memory (ru_maxrss);
for the Papers tab (offscreen, benchmarks/import_probe.py) also the longest the window's event
loop went without turning. The target is the brief's: under 500 MB for the largest paper
accepted, and the window never frozen for long.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import ROOT, child_env, row, work_folder  # noqa: E402

MEMORY_TARGET_MB = 500
PROBE = ROOT / "benchmarks" / "import_probe.py"
_LOAD = ("import json, resource, sys, time\n"
         "from meetingkit.errors import ImportRefused\n"
         "from meetingkit.importers import load_paper\n"
         "start = time.perf_counter()\n"
         "try:\n    said = f'{len(load_paper(sys.argv[1]).markdown):,} characters'\n"
         "except ImportRefused as refusal:\n    said = str(refusal)\n"
         "print(json.dumps({'seconds': round(time.perf_counter() - start, 2), 'said': said,\n"
         "  'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024}))\n")
_CHECK = ("import json, resource, subprocess, sys, time\n"
          "start = time.perf_counter()\n"
          "done = subprocess.run([sys.executable, '-m', 'meetingkit', 'check', sys.argv[1]],\n"
          "                      capture_output=True, text=True)\n"
          "print(json.dumps({'seconds': round(time.perf_counter() - start, 2),\n"
          "  'said': (done.stdout + done.stderr).strip().splitlines()[-1][-160:],\n"
          "  'peak_mb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024}))\n")


def _child(*args: str) -> dict:
    import subprocess

    done = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                          env=child_env(), cwd=ROOT, timeout=900)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip()[-500:])
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(quick: bool = False) -> list[dict]:
    folder = work_folder()
    start = time.perf_counter()
    papers = {name: Path(path) for name, path in
              _child("-m", "benchmarks.big_papers", str(folder)).items()}
    rows = [row("make the big papers, s", round(time.perf_counter() - start, 1), None, None,
                None)]
    for name, path in papers.items():
        if name.startswith("49 MB"):
            checked = _child("-c", _CHECK, str(path))
            rows.append(row(f"meetingkit check, {name}: s (said: {checked['said']})",
                            checked["seconds"], None, None, None))
            rows.append(row(f"meetingkit check, {name}: peak MB", checked["peak_mb"], None,
                            f"< {MEMORY_TARGET_MB} MB", checked["peak_mb"] < MEMORY_TARGET_MB))
        loaded = _child("-c", _LOAD, str(path))
        rows.append(row(f"import, {name}: s (said: {loaded['said'][:90]})", loaded["seconds"],
                        None, None, None))
        rows.append(row(f"import, {name}: peak MB", loaded["peak_mb"], None,
                        f"< {MEMORY_TARGET_MB} MB", loaded["peak_mb"] < MEMORY_TARGET_MB))
        if quick and not name.startswith("largest"):
            continue
        tab = _child(str(PROBE), str(path))
        rows.append(row(f"Papers tab adds it, {name}: s until open and checked",
                        tab["seconds"], None, None, None))
        rows.append(row(f"Papers tab adds it, {name}: peak MB", tab["peak_mb"], None,
                        f"< {MEMORY_TARGET_MB} MB", tab["peak_mb"] < MEMORY_TARGET_MB))
        rows.append(row(f"Papers tab adds it, {name}: longest the window did not turn, s",
                        tab["longest_freeze_s"], None, "< 2 s", tab["longest_freeze_s"] < 2))
    return rows


if __name__ == "__main__":
    from benchmarks.report import print_table

    print_table(run(quick="--quick" in sys.argv))
