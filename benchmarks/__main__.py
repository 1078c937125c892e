"""`python -m benchmarks`: every benchmark, one table, and benchmarks/results.md.

    python -m benchmarks                 everything, full size (a few minutes)
    python -m benchmarks --quick         a smaller database and fewer runs
    python -m benchmarks --only scale    one suite (repeat --only, or give a comma list)
    python -m benchmarks --markdown F    write the markdown table to F as well

A full run (no --quick, no --only) rewrites benchmarks/results.md for the README. A suite that
fails reports the failure as a row and the others still run.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
import traceback
from pathlib import Path

from benchmarks.common import ROOT

# name -> (module, whether run() takes `quick`)
SUITES: dict[str, tuple[str, bool]] = {
    "startup": ("benchmarks.bench_startup", True),
    "scale": ("benchmarks.bench_scale", True),
    "export": ("benchmarks.bench_export", True),
    "plain": ("benchmarks.bench_plain", False),
    "timer": ("benchmarks.bench_timer", False),
    "import": ("benchmarks.bench_import", True),
}
RESULTS = ROOT / "benchmarks" / "results.md"


def run_suite(name: str, quick: bool) -> list[dict]:
    module_name, takes_quick = SUITES[name]
    try:
        module = importlib.import_module(module_name)
        return module.run(quick=quick) if takes_quick else module.run()
    except Exception as error:  # one broken suite must not hide the others' figures
        traceback.print_exc()
        return [{"figure": f"{name} suite failed: {type(error).__name__}: {error}"[:200],
                 "meetingkit": None, "reference": None, "ratio": None, "target": None,
                 "met": False}]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="smaller database, fewer runs")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help=f"run only these suites: {', '.join(SUITES)}")
    parser.add_argument("--markdown", type=Path, metavar="FILE", help="also write markdown here")
    parser.add_argument("--json", type=Path, metavar="FILE", help="write the rows as JSON here")
    args = parser.parse_args(argv)
    chosen = [n.strip() for item in (args.only or []) for n in item.split(",") if n.strip()]
    unknown = [n for n in chosen if n not in SUITES]
    if unknown:
        parser.error(f"unknown suite {', '.join(unknown)}; choose from {', '.join(SUITES)}")
    names = chosen or list(SUITES)

    from benchmarks.report import load_average, markdown, print_table, write_markdown

    load_at_start = load_average()
    start = time.perf_counter()
    results: dict[str, list[dict]] = {}
    for name in names:
        print(f"\n== {name}", flush=True)
        suite_start = time.perf_counter()
        results[name] = run_suite(name, args.quick)
        print_table(results[name])
        print(f"({time.perf_counter() - suite_start:.0f} s)", flush=True)
    seconds = time.perf_counter() - start

    print("\n== all results")
    print_table([{**r, "figure": f"{n}: {r['figure']}"} for n, rows in results.items() for r in rows])
    print(f"\n{seconds:.0f} s in all")
    command = "python -m benchmarks" + (" --quick" if args.quick else "") + "".join(
        f" --only {n}" for n in chosen)
    text = markdown(results, seconds, command, load_at_start)
    targets = [args.markdown] if args.markdown else []
    if not args.quick and not chosen:
        targets.append(RESULTS)
    for path in targets:
        write_markdown(path, text)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1, default=str), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
