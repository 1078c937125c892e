"""The rare-word signal reads the word table shipped in resources/plain (no wordfreq at run
time), tells hard words from everyday ones, turns itself off quietly when the table is missing
or damaged, and the engine keeps nothing on disk between runs."""

from __future__ import annotations

import gzip
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.plain import check
from meetingkit.plain import rare as rare_module
from meetingkit.plain.rare import word_table

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def fresh_table():
    """word_table() is read once per process; each test here starts without it."""
    word_table.cache_clear()
    yield
    word_table.cache_clear()


def _rare_words(text: str) -> list[str]:
    return [f.text for f in check(text).findings if f.rule == "rare-word"]


def test_the_table_ships_as_data_with_its_licence(fresh_table):
    table = word_table()
    assert table is not None
    raw = gzip.decompress((ROOT / "resources" / "plain" / "common_words.txt.gz").read_bytes())
    header = raw.split(b"\n", 1)[0].decode()
    assert "CC BY-SA 4.0" in header and "wordfreq" in header
    assert "wordfreq" not in sys.modules  # read as data, never through the package


@pytest.mark.parametrize("word", ["medicines", "escalation", "holistic", "untick", "reassess",
                                  "triaged", "non-urgent", "well-being"])
def test_everyday_and_known_words_are_not_rare(fresh_table, word):
    assert not word_table().is_rare(word)


@pytest.mark.parametrize("word", ["sphygmomanometer", "haemodynamically", "iatrogenesis"])
def test_words_few_readers_meet_are_rare(fresh_table, word):
    assert word_table().is_rare(word)


def test_a_rare_word_is_offered_as_explain_this_word_not_a_swap(fresh_table):
    report = check("The nurse used a sphygmomanometer on the ward.")
    (finding,) = [f for f in report.findings if f.rule == "rare-word"]
    assert finding.text == "sphygmomanometer" and finding.tier == "barrier"
    assert finding.suggestions == () and "Explain it" in finding.message


@pytest.mark.parametrize("damage", [b"", b"not gzip at all", gzip.compress(b"no header"),
                                    gzip.compress(b'{"common": 5}\nonly\ntwo'),
                                    gzip.compress(b"\xff\xfe broken text"),
                                    gzip.compress(b"[1, 2]\nword\n"),
                                    gzip.compress(b'{"common": 1, "buckets": {"sp": "x"}}\nword\n\nsp\n')])
def test_a_missing_or_damaged_table_turns_the_signal_off_not_the_check(
        fresh_table, tmp_path, monkeypatch, damage):
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "common_words.txt.gz").write_bytes(damage)
    monkeypatch.setattr(rare_module, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert word_table() is None
    assert _rare_words("The nurse used a sphygmomanometer.") == []
    assert check("The ICB met. The nurse used a sphygmomanometer.").stats.words == 8


def test_no_table_at_all_is_the_same(fresh_table, tmp_path, monkeypatch):
    monkeypatch.setattr(rare_module, "resource_path", lambda *parts: tmp_path.joinpath(*parts))
    assert word_table() is None


def test_check_and_rewrite_keep_nothing_of_the_paper_outside_their_output(tmp_path):
    """The only file kept between runs is the compiled word lists, in the cache folder: nothing
    of a paper is written anywhere but the output asked for."""
    home = tmp_path / "home"
    folders = {name: home / name for name in ("cache", "data", "config", "local", "roaming")}
    for folder in folders.values():
        folder.mkdir(parents=True)
    paper = tmp_path / "paper.md"
    paper.write_text("The ICB will escalate the RCA in Q3 via the Zorblaxian sphygmomanometer.\n",
                     encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.startswith("MEETINGKIT")}
    env.update({"HOME": str(home), "USERPROFILE": str(home), "PYTHONPATH": str(ROOT),
                "XDG_CACHE_HOME": str(folders["cache"]), "XDG_DATA_HOME": str(folders["data"]),
                "XDG_CONFIG_HOME": str(folders["config"]), "LOCALAPPDATA": str(folders["local"]),
                "APPDATA": str(folders["roaming"])})
    for command in (["check", str(paper)],
                    ["rewrite", str(paper), "--output", str(tmp_path / "plain.md")]):
        done = subprocess.run([sys.executable, "-m", "meetingkit", *command], env=env,
                              capture_output=True, text=True, timeout=120, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    written = [p for p in home.rglob("*") if p.is_file()]
    assert [p.parent for p in written] == [folders["cache"] / "meetingkit"]
    assert written[0].name.startswith("word-lists-")
    assert b"Zorblaxian" not in written[0].read_bytes().replace(b"\x00", b"")
    assert "Zorblaxian" in (tmp_path / "plain.md").read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["home", "paper.md", "plain.md"]


def test_the_shipped_table_is_what_the_tool_makes():
    """Only where wordfreq is installed (pip install -e '.[wordlists]'): the table in
    resources/plain is exactly what benchmarks/make_common_words.py makes from it."""
    if importlib.util.find_spec("wordfreq") is None:
        pytest.skip("wordfreq is not installed (only needed to remake the table)")
    from benchmarks.make_common_words import TABLE, table_bytes

    assert TABLE.read_bytes() == table_bytes()
