"""Crash test with the real app: type into it as a person would, kill it (kill -9), and count
what was lost.

    python -m benchmarks.crash_typing --rounds 50                 notes and a paper, 50 each
    python -m benchmarks.crash_typing --rounds 5 --case notes     a quick look
    python -m benchmarks.crash_typing --source DIR                run the app from another
                                                                  checkout (figures "before")

Each round starts MeetingKit (`python -m meetingkit --db FILE`) on a virtual screen (Xvfb),
goes to the Minutes tab (notes of "Any other business") or the Papers tab (the end of the first
paper) with clicks and keys sent by xdotool, and types words with xdotool, one word per xdotool
call, the time of each noted. After a random 3-12 s of typing the app is killed with SIGKILL:
no flush, no close. Then:

- integrity: SQLite's integrity_check on the file as the crash left it;
- seconds of typing lost: the time of the kill minus the time the first unsaved key was typed
  (0 when every key typed was saved);
- leftovers: files a crash may leave (`*.partial`, journals) beside the database and in its
  backups folder, and whether the next start removed the old ones.

By default another process keeps the second CPU core busy (--no-load to skip), because a loaded
laptop is where autosave slips. The database is the same file for every round of a case, so
crashes pile up on it as they would on a real laptop. Needs Xvfb and xdotool (Debian: xvfb,
xdotool). Prints a table and writes the raw figures as JSON (--json).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORDS = ("patients families waited weeks for scans and the committee asked how they are kept "
         "informed while they wait the ward team will write to each family every week until "
         "the scan is booked partners asked for a plain leaflet about waiting").split()
KEY_DELAY_MS = 70  # about 25 keys a second: quicker than anyone types, to load the app
WINDOW_TITLE = "– MeetingKit"  # the main window's title once a meeting is chosen
# Where to click, on the app's first-run window (1100 x 720 at the top left, no window manager).
MINUTES_TAB, PAPERS_TAB = (714, 33), (506, 33)
ANY_OTHER_BUSINESS = (400, 258)  # in the Minutes tab's list of parts
PAPER_TEXT = (650, 500)  # inside the first paper's text


@dataclass
class Round:
    case: str
    number: int
    typed_chars: int = 0
    saved_chars: int = 0
    typing_s: float = 0.0
    lost_s: float = 0.0
    integrity: str = ""
    opened: bool = True
    leftovers: list[str] = field(default_factory=list)
    note: str = ""


class Typist:
    """Sends words with xdotool and remembers when each character went."""

    def __init__(self, env: dict[str, str]):
        self.env = env
        self.text = ""
        self.chunks: list[tuple[int, int, float, float]] = []  # first char, end, start, end s

    def key(self, *keys: str) -> None:
        subprocess.run(["xdotool", "key", "--delay", "120", *keys], env=self.env, check=True)

    def click(self, x: int, y: int) -> None:
        subprocess.run(["xdotool", "mousemove", str(x), str(y), "click", "1"], env=self.env,
                       check=True)

    def type(self, words: str) -> None:
        start = time.monotonic()
        subprocess.run(["xdotool", "type", "--delay", str(KEY_DELAY_MS), words], env=self.env,
                       check=True)
        self.chunks.append((len(self.text), len(self.text) + len(words), start,
                            time.monotonic()))
        self.text += words

    def sent_at(self, index: int) -> float:
        """When character `index` was typed (interpolated within its xdotool call)."""
        for first, end, start, finish in self.chunks:
            if first <= index < end:
                return start + (index - first) / (end - first) * (finish - start)
        raise IndexError(index)


def wait_for_window(env: dict[str, str], app: subprocess.Popen, title: str = WINDOW_TITLE,
                    timeout: float = 60) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if app.poll() is not None:
            raise RuntimeError(f"the app stopped at start (code {app.returncode})")
        found = subprocess.run(["xdotool", "search", "--name", title], env=env,
                               capture_output=True, text=True).stdout.split()
        if found:
            return found[0]
        time.sleep(0.1)
    raise RuntimeError(f"no window '{title}' appeared")


def window_exists(env: dict[str, str], window: str) -> bool:
    return subprocess.run(["xdotool", "getwindowname", window], env=env,
                          capture_output=True).returncode == 0


def saved_text(db: Path, case: str, marker: str) -> str:
    """This round's typing as the crash left it: from the marker on, in the notes or a paper."""
    table, column = ("item_notes", "body") if case == "notes" else ("papers", "body")
    conn = sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)
    try:
        for (text,) in conn.execute(f"SELECT {column} FROM {table}"):
            if text and marker in text:
                return text[text.rfind(marker):]
        return ""
    finally:
        conn.close()


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db)  # read-write, as the app would: a WAL is folded in
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


LEFTOVER_SUFFIXES = (".partial", ".partial-journal")


def leftovers(folder: Path) -> list[str]:
    """Half-written backups and exports beside the database and in its backups folder. (A
    database journal left by the kill is not one: the next start plays it back.)"""
    found = []
    for place in (folder, folder / "backups"):
        if place.is_dir():
            found += [f"{p.relative_to(folder)} ({p.stat().st_size // 1024} KB)"
                      for p in sorted(place.iterdir()) if p.name.endswith(LEFTOVER_SUFFIXES)]
    return found


def one_round(case: str, number: int, db: Path, env: dict[str, str], command: list[str],
              cwd: Path, chance: random.Random, screenshot: Path | None,
              synced: bool = False) -> Round:
    result = Round(case, number)
    marker = f"R{number:03d}q "
    app = subprocess.Popen([*command, "--db", str(db)], cwd=cwd, env=env,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        try:
            window = wait_for_window(env, app)
        except RuntimeError as problem:
            result.opened = False
            result.note = str(problem)
            return result
        typist = Typist(env)
        if synced:  # the app says where the data is kept, in a message: press Enter as told
            message = wait_for_window(env, app, "Where your data is kept")
            while window_exists(env, message):
                subprocess.run(["xdotool", "windowfocus", "--sync", message], env=env,
                               check=False)
                typist.key("Return")
                time.sleep(0.5)
        subprocess.run(["xdotool", "mousemove", "500", "400"], env=env, check=True)
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=env, check=False)
        if case == "notes":
            typist.click(*MINUTES_TAB)
            time.sleep(0.3)
            typist.click(*ANY_OTHER_BUSINESS)
            time.sleep(0.3)
            typist.key("alt+n", "ctrl+End", "Return")
        else:
            typist.click(*PAPERS_TAB)
            time.sleep(0.5)
            typist.click(*PAPER_TEXT)
            typist.key("ctrl+End", "Return", "Return")
        typing_for = chance.uniform(3.0, 12.0)
        typist.type(marker)
        started = typist.chunks[0][2]
        while time.monotonic() - started < typing_for:
            typist.type(chance.choice(WORDS) + " ")
        if screenshot is not None:
            subprocess.run(["import", "-window", "root", str(screenshot)], env=env, check=False)
        killed_at = time.monotonic()
        app.send_signal(signal.SIGKILL)
    finally:
        if app.poll() is None:
            app.send_signal(signal.SIGKILL)
        app.wait()
        app.stderr.close()
    result.typed_chars = len(typist.text)
    result.typing_s = killed_at - started
    result.integrity = integrity(db)
    saved = saved_text(db, case, marker)
    same = 0
    while same < min(len(saved), len(typist.text)) and saved[same] == typist.text[same]:
        same += 1
    result.saved_chars = same
    if same < len(typist.text):
        result.lost_s = killed_at - typist.sent_at(same)
    result.leftovers = leftovers(db.parent)
    return result


def add_ballast(db: Path, megabytes: int) -> None:
    """Papers of about 1 MB each on the example's past meeting: nothing the rounds look at."""
    conn = sqlite3.connect(db)
    try:
        item = conn.execute("SELECT i.id FROM agenda_items i JOIN meetings m ON m.id = "
                            "i.meeting_id ORDER BY m.date LIMIT 1").fetchone()[0]
        words = " ".join(WORDS)
        body = (words + "\n\n") * (1_000_000 // (len(words) + 2))
        with conn:
            for n in range(megabytes):
                conn.execute("INSERT INTO papers (item_id, title, body) VALUES (?, ?, ?)",
                             [item, f"Ballast {n}", body])
    finally:
        conn.close()


def summary(rounds: list[Round]) -> dict:
    lost = [r.lost_s for r in rounds if r.opened]
    return {
        "rounds": len(rounds),
        "opened": sum(r.opened for r in rounds),
        "integrity ok": sum(r.integrity == "ok" for r in rounds),
        "median lost s": round(statistics.median(lost), 2) if lost else None,
        "worst lost s": round(max(lost), 2) if lost else None,
        "rounds losing > 1 s": sum(x > 1.0 for x in lost),
        "rounds losing > 2 s": sum(x > 2.0 for x in lost),
        "keys typed a second": round(sum(r.typed_chars for r in rounds)
                                     / max(sum(r.typing_s for r in rounds), 0.001), 1),
        "nothing saved": sum(r.opened and r.saved_chars == 0 for r in rounds),
        "leftovers after the last round": rounds[-1].leftovers if rounds else [],
        "most leftovers after one round": max((len(r.leftovers) for r in rounds), default=0),
    }


def start_display() -> tuple[subprocess.Popen, int]:
    """A virtual screen on a display number nobody is using (Xvfb picks it and says which)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0",
                               "1280x900x24", "-nolisten", "tcp"], pass_fds=(write_end,),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write_end)
    with os.fdopen(read_end) as said:
        number = said.readline().strip()
    if not number.isdigit():
        server.kill()
        raise SystemExit("Xvfb could not start")
    return server, int(number)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=50)
    parser.add_argument("--case", choices=["notes", "paper", "both"], default="both")
    parser.add_argument("--source", type=Path, default=ROOT,
                        help="checkout to run the app from (default: this one)")
    parser.add_argument("--no-load", action="store_true", help="leave the other core idle")
    parser.add_argument("--synced", action="store_true",
                        help="keep the data in a folder named like OneDrive's, so MeetingKit "
                             "uses a rollback journal as it does on synced and network folders")
    parser.add_argument("--big-mb", type=int, default=0,
                        help="add this many MB of papers to an old meeting (a bigger file makes "
                             "the start-up backup take longer)")
    parser.add_argument("--seed", type=int, default=20261207)
    parser.add_argument("--json", type=Path, help="write every round's figures here")
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args(argv)
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is needed (Debian: apt install xvfb xdotool)")
    source = args.source.resolve()
    work = Path(tempfile.mkdtemp(prefix="meetingkit-crash-"))
    server, display = start_display()  # stopped in the finally below
    env = {**os.environ, "DISPLAY": f":{display}", "PYTHONPATH": str(source),
           "XDG_CONFIG_HOME": str(work / "config"), "QT_QPA_PLATFORM": "xcb"}
    env.pop("MEETINGKIT_DB", None)
    command = [sys.executable, "-m", "meetingkit"]
    cases = ["notes", "paper"] if args.case == "both" else [args.case]
    chance = random.Random(args.seed)
    burner = None if args.no_load else subprocess.Popen(
        [sys.executable, "-c", "while True: pass"])
    results: dict[str, list[Round]] = {}
    load_at_start = os.getloadavg()
    try:
        for case in cases:
            folder = work / case / ("OneDrive - NHS" if args.synced else "data")
            folder.mkdir(parents=True)
            db = folder / "meetingkit.db"
            subprocess.run([*command, "demo", "--db", str(db)], cwd=source, env=env,
                           check=True, capture_output=True)
            if args.big_mb:
                add_ballast(db, args.big_mb)
            results[case] = []
            for number in range(1, args.rounds + 1):
                shot = work / f"{case}-{number}.png" if number == 1 else None
                outcome = one_round(case, number, db, env, command, source, chance, shot,
                                    args.synced)
                results[case].append(outcome)
                print(f"{case} {number:3d}: lost {outcome.lost_s:5.2f} s of "
                      f"{outcome.typing_s:5.2f} s, saved {outcome.saved_chars}/"
                      f"{outcome.typed_chars} chars, integrity {outcome.integrity or '-'}, "
                      f"leftovers {len(outcome.leftovers)} {outcome.note}", flush=True)
    finally:
        if burner is not None:
            burner.kill()
            burner.wait()
        server.terminate()
        server.wait()
    report = {"source": str(source), "rounds per case": args.rounds,
              "other core loaded": not args.no_load,
              "load average at start": [round(x, 2) for x in load_at_start],
              "load average at end": [round(x, 2) for x in os.getloadavg()],
              "cases": {case: summary(rounds) for case, rounds in results.items()}}
    print(json.dumps(report, indent=1))
    if args.json:
        args.json.write_text(json.dumps(
            {**report, "rounds": {c: [asdict(r) for r in rs] for c, rs in results.items()}},
            indent=1))
    if args.keep:
        print(f"work folder kept: {work}")
    else:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
