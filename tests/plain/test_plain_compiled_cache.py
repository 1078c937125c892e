"""The compiled word lists kept between runs (compiled_cache): a kept copy gives exactly the
glossary a fresh compile gives, a changed list is never read from an old copy, and a damaged or
unwritable copy never stops a check."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from meetingkit.paths import cache_folder
from meetingkit.plain import Glossary, check, compiled_cache
from meetingkit.plain.glossary import _compiled, _glossary_for, entries_for_packs, list_files
from meetingkit.plain.model import GlossaryEntry

FIXTURES = Path(__file__).parent / "fixtures"
PAPERS = sorted(FIXTURES.glob("*.md")) + sorted((Path(__file__).parent / "papers").glob("*.md"))


def _copies() -> list[Path]:
    return sorted(cache_folder().glob(f"{compiled_cache.PREFIX}*.bin"))


def _same(kept: Glossary, fresh: Glossary) -> None:
    assert kept.entries == fresh.entries
    assert kept.acronyms == fresh.acronyms
    assert kept.allowed == fresh.allowed
    assert kept.terms == fresh.terms
    assert kept.matcher.forms == fresh.matcher.forms
    assert kept.packs == fresh.packs


def _fresh(packs=None) -> Glossary:
    return Glossary(entries_for_packs(packs), packs)


def test_a_kept_copy_is_the_glossary_a_fresh_compile_makes():
    fresh = _fresh()
    made = _compiled("test-key", None, lambda: entries_for_packs(None))
    assert [p.name for p in _copies()] == [f"{compiled_cache.PREFIX}test-key.bin"]
    kept = _compiled("test-key", None, lambda: pytest.fail("compiled again, not read"))
    assert kept is not made
    _same(kept, fresh)
    # A name found from an acronym's long form is one entry for all its spellings, as compiled.
    names = {id(entry) for entry, _ in kept.terms.values() if entry.kind == "name"}
    assert len(names) < sum(1 for entry, _ in kept.terms.values() if entry.kind == "name")


def test_a_kept_copy_finds_and_rewrites_what_a_fresh_compile_does():
    fresh = _fresh(frozenset({"maternity", "legal"}))
    _compiled("packs-key", fresh.packs, lambda: fresh.entries)
    kept = _compiled("packs-key", fresh.packs, lambda: pytest.fail("compiled again"))
    for paper in PAPERS:
        text = paper.read_text(encoding="utf-8")
        assert check(text, kept).findings == check(text, fresh).findings, paper.name


def test_a_trusts_own_entries_are_kept_apart_and_win():
    base = _compiled("base-key", None, lambda: entries_for_packs(None))
    ours = (GlossaryEntry("ward round", "jargon", plain=("doctors' visit",), source="trust"),)
    theirs = (GlossaryEntry("ward round", "jargon", plain=("daily check",), source="trust"),)
    mine = base.with_entries(ours)
    other = base.with_entries(theirs)
    assert mine.cache_key != other.cache_key != base.cache_key
    assert len(_copies()) == 3
    _glossary_for.cache_clear()  # as a new process would: read from the kept copy
    again = base.with_entries(ours)
    assert again is not mine
    _same(again, mine)
    assert again.lookup_term("ward round")[0].plain == ("doctors' visit",)


def test_a_changed_list_file_gives_a_new_copy_name(tmp_path):
    files = [tmp_path / "a.csv", tmp_path / "b.csv"]
    files[0].write_text("term\nescalate\n")
    files[1].write_text("term\nward\n")
    first = compiled_cache.key_for(files, "shipped")
    files[1].write_text("term\nwards\n")
    assert compiled_cache.key_for(files, "shipped") != first
    assert compiled_cache.key_for(files, "shipped", "maternity") != compiled_cache.key_for(files, "shipped")
    # The bytes decide, not where one file ends and the next begins.
    files[0].write_text("term\nescalate\nterm\n")
    files[1].write_text("ward\n")
    assert compiled_cache.key_for(files, "shipped") != first
    assert len(compiled_cache.key_for(list_files(), "shipped")) == 40


@pytest.mark.parametrize("damage", ["cut short", "one byte changed", "empty", "not ours", "old shape"])
def test_a_damaged_copy_is_compiled_again_and_replaced(damage):
    fresh = _fresh()
    _compiled("damaged", None, lambda: entries_for_packs(None))
    (path,) = _copies()
    data = path.read_bytes()
    if damage == "cut short":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "one byte changed":
        middle = len(data) // 2
        path.write_bytes(data[:middle] + bytes([data[middle] ^ 0x55]) + data[middle + 1:])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "not ours":
        path.write_bytes(b"PK\x03\x04 a zip file saved over it" * 100)
    else:  # a copy a different version wrote, with a good checksum but other tables
        compiled_cache.save("damaged", {"rows": [("too", "short")], "entries": [0]})
    compiled = []
    again = _compiled("damaged", None, lambda: compiled.append(1) or entries_for_packs(None))
    assert compiled == [1]
    _same(again, fresh)
    assert _compiled("damaged", None, lambda: pytest.fail("not replaced")).terms == fresh.terms


def test_a_cache_folder_that_cannot_be_written_loses_nothing():
    cache_folder().parent.mkdir(parents=True, exist_ok=True)
    cache_folder().write_text("a file where the folder should be")
    glossary = _compiled("nowhere", None, lambda: entries_for_packs(None))
    assert check("We will escalate this to the ICB.", glossary).findings
    assert cache_folder().read_text() == "a file where the folder should be"


def test_only_the_newest_copies_are_kept():
    tables = {"rows": []}
    for number in range(compiled_cache.KEEP + 3):
        compiled_cache.save(f"copy{number:02d}", tables)
    names = [path.stem.removeprefix(compiled_cache.PREFIX) for path in _copies()]
    assert len(names) == compiled_cache.KEEP
    assert f"copy{compiled_cache.KEEP + 2:02d}" in names
    assert not list(cache_folder().glob("*.part"))


def test_no_copy_is_kept_when_turned_off(monkeypatch):
    monkeypatch.setenv("MEETINGKIT_NO_CACHE", "1")
    _compiled("off", None, lambda: entries_for_packs(None))
    assert _copies() == []


def test_the_command_line_keeps_a_copy_and_reads_it_next_time(tmp_path):
    paper = tmp_path / "paper.md"
    paper.write_text((FIXTURES / "psirf_update.md").read_text(encoding="utf-8"), encoding="utf-8")
    command = [sys.executable, "-m", "meetingkit", "check", str(paper), "--format", "json"]
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    (copy,) = _copies()
    made = copy.stat().st_mtime_ns
    second = subprocess.run(command, capture_output=True, text=True, check=True)
    assert json.loads(second.stdout) == json.loads(first.stdout)
    assert json.loads(first.stdout)["findings"]
    assert [p.stat().st_mtime_ns for p in _copies()] == [made]  # read, not written again
