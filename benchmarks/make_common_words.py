"""Make resources/plain/common_words.txt.gz, the word table behind the rare-word signal, from the
English word frequencies of the `wordfreq` package. A development tool: MeetingKit never runs
it and never needs wordfreq (58 MB with its data) at run time.

    pip install "wordfreq>=3.0"   # or: pip install -e ".[wordlists]"
    python -m benchmarks.make_common_words           # writes the table
    python -m benchmarks.make_common_words --check   # exit 1 if the shipped table differs

The table is derived from wordfreq's data, which is licensed CC BY-SA 4.0, so the table is too
(resources/plain/SOURCES.md gives the attribution). It keeps only which words are everyday
(Zipf frequency 4 or more: once in 100,000 words) and which are known (Zipf 2 to 4), not the
frequencies themselves.

File format (UTF-8 text, gzip-compressed with a fixed timestamp so rebuilding gives the same
bytes): one JSON header line ({"common": N, "buckets": {"ab": [start, end], ...}, "source",
"licence"}), then the N everyday words one a line, then the known words as one text that starts
and ends with a line break; each bucket [start, end] is the slice of that text holding the
known words that begin with those two letters, line breaks around them included, so a lookup
searches a few kilobytes without splitting the table into strings.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import sys

from benchmarks.common import ROOT

TABLE = ROOT / "resources" / "plain" / "common_words.txt.gz"
KNOWN_ZIPF = 2.0  # keep in step with meetingkit/plain/rare.py
COMMON_ZIPF = 4.0
_WORD = re.compile(r"[a-z]+(?:['-][a-z]+)*\Z")
SOURCE = ("wordfreq 3 English frequencies (Robyn Speer; from Wikipedia, subtitles (OpenSubtitles, "
          "SUBTLEX), books (Google Books Ngrams), news, web text and social media)")
LICENCE = "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)"


def table_bytes() -> bytes:
    import wordfreq

    frequencies = wordfreq.get_frequency_dict("en", "large")
    common_floor, known_floor = 10 ** (COMMON_ZIPF - 9), 10 ** (KNOWN_ZIPF - 9)
    common = sorted(w for w, f in frequencies.items() if f >= common_floor and _WORD.match(w))
    known = sorted(w for w, f in frequencies.items()
                   if known_floor <= f < common_floor and _WORD.match(w) and len(w) >= 3)
    known_text = "\n" + "\n".join(known) + "\n"
    buckets: dict[str, list[int]] = {}
    position = 0
    for word in known:
        start = known_text.index(f"\n{word}\n", position)
        bucket = buckets.setdefault(word[:2], [start, start])
        bucket[1] = start + len(word) + 2
        position = start + len(word) + 1
    header = json.dumps({"common": len(common), "buckets": buckets, "source": SOURCE,
                         "licence": LICENCE}, separators=(",", ":"), ensure_ascii=False)
    text = header + "\n" + "\n".join(common) + "\n" + known_text
    return gzip.compress(text.encode("utf-8"), compresslevel=9, mtime=0)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.make_common_words")
    parser.add_argument("--check", action="store_true",
                        help="compare with the shipped table instead of writing it")
    args = parser.parse_args(argv)
    try:
        data = table_bytes()
    except ImportError:
        print("wordfreq is not installed: pip install 'wordfreq>=3.0'", file=sys.stderr)
        return 2
    if args.check:
        same = TABLE.exists() and TABLE.read_bytes() == data
        print("the shipped table is up to date" if same else "the shipped table differs")
        return 0 if same else 1
    TABLE.write_bytes(data)
    print(f"wrote {TABLE.relative_to(ROOT)} ({len(data):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
