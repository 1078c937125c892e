"""Big papers: reading reports progress and stops when asked; text past the paper limit is
refused in plain words, Word files after reading no more than the limit; and the biggest files
accepted are imported in bounded memory (slow: it makes 42 MB files)."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import docx
import pytest
from docx_builders import docx_bytes

from meetingkit.errors import ImportRefused
from meetingkit.importers import limits, load_paper_bytes
from meetingkit.importers.progress import ImportStopped

ROOT = Path(__file__).resolve().parents[2]


def _long_docx(paragraphs: int, words: str = "Falls fell on the medical wards. " * 30) -> bytes:
    document = docx.Document()
    document.add_heading("Falls", 1)
    for _ in range(paragraphs):
        document.add_paragraph(words)
    return docx_bytes(document)


def test_text_past_the_limit_is_refused_in_plain_words(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAPER_CHARACTERS", 50_000)
    with pytest.raises(ImportRefused) as caught:
        load_paper_bytes(("Falls fell. " * 5_000).encode(), "long.md")
    assert str(caught.value).startswith("This paper is too long for MeetingKit: it has more than "
                                        "about")
    assert "Split it into parts" in str(caught.value)


def test_a_long_word_file_is_read_only_as_far_as_the_limit(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PAPER_CHARACTERS", 20_000)
    seen = []
    with pytest.raises(ImportRefused, match="too long"):
        load_paper_bytes(_long_docx(400), "long.docx", lambda done, words: seen.append(done))
    assert 0 < max(seen) < 0.5  # it stopped reading a fifth of the way through


def test_progress_is_told_and_stop_stops():
    data = _long_docx(300)
    told = []
    paper = load_paper_bytes(data, "falls.docx", lambda done, words: told.append((done, words)))
    assert paper.markdown.startswith("# Falls\n")
    fractions = [done for done, _ in told]
    assert fractions == sorted(fractions) and fractions[-1] > 0.95
    assert "Reading the Word document…" in [words for _, words in told]

    stop = threading.Event()

    def press_stop(done, _words):
        if done > 0.3:
            stop.set()

    with pytest.raises(ImportStopped, match="The import was stopped. Nothing was added."):
        load_paper_bytes(data, "falls.docx", press_stop, stop)


@pytest.mark.slow
@pytest.mark.parametrize("which", ["42 MB Word document (100 MB of XML)",
                                   "largest Word document accepted (42 MB, 0.94 M characters)",
                                   "49 MB markdown paper"])
def test_the_biggest_files_take_bounded_memory(tmp_path, which):
    made = subprocess.run([sys.executable, "-m", "benchmarks.big_papers", str(tmp_path)],
                          cwd=ROOT, capture_output=True, text=True, check=True, timeout=600)
    path = json.loads(made.stdout.strip().splitlines()[-1])[which]
    probe = ("import json, resource, sys\n"
             "from meetingkit.errors import ImportRefused\n"
             "from meetingkit.importers import load_paper\n"
             "try:\n    said = len(load_paper(sys.argv[1]).markdown)\n"
             "except ImportRefused as refusal:\n    said = str(refusal)\n"
             "print(json.dumps([said, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss]))\n")
    done = subprocess.run([sys.executable, "-c", probe, path], cwd=ROOT, capture_output=True,
                          text=True, check=True, timeout=600)
    said, peak_kb = json.loads(done.stdout.strip().splitlines()[-1])
    assert peak_kb < 500 * 1024, f"{peak_kb // 1024} MB"
    if "accepted" in which:
        assert said > 900_000
    else:
        assert said.startswith("This paper is too long for MeetingKit")
