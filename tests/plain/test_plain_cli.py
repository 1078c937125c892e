"""`meetingkit check` and `meetingkit rewrite` from the command line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from meetingkit.cli import main

FIXTURES = Path(__file__).parent / "fixtures"


def test_check_text_lists_findings_with_line_and_column(capsys):
    path = FIXTURES / "psirf_update.md"
    assert main(["check", str(path)]) == 0
    out = capsys.readouterr().out
    assert "words" in out and "Reading age" in out
    assert f"{path}:5:194: barrier: acronym: \"ICB\"" in out
    # barriers first, simpler words after them
    assert out.index("barrier: ") < out.index("simpler word: ")


def test_check_json_for_one_file_is_an_object(capsys):
    path = FIXTURES / "plain_paragraph.md"
    assert main(["check", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["file"] == str(path)
    assert set(data["stats"]) >= {"words", "sentences", "flesch_reading_ease",
                                  "flesch_kincaid_grade", "reading_age", "reading_minutes"}
    text = path.read_text(encoding="utf-8")
    for finding in data["findings"]:
        assert set(finding) == {"rule", "category", "text", "start", "end", "line", "column",
                                "message", "suggestions", "severity"}
        assert text[finding["start"]:finding["end"]] == finding["text"]


def test_check_json_for_several_files_is_a_list(capsys):
    paths = [str(FIXTURES / "plain_paragraph.md"), str(FIXTURES / "maternity_board.md")]
    assert main(["check", *paths, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["file"] for d in data] == paths


def test_check_a_missing_file_exits_2_with_one_line(capsys, tmp_path):
    assert main(["check", str(tmp_path / "nope.md")]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "nope.md" in err


def test_check_with_a_trust_glossary(capsys, tmp_path):
    glossary = tmp_path / "trust.csv"
    glossary.write_text("term,kind,expansion\nSpHA,acronym,Specialist Health Advisers\n", encoding="utf-8")
    paper = tmp_path / "p.md"
    paper.write_text("The SpHA met.", encoding="utf-8")
    assert main(["check", str(paper), "--glossary", str(glossary), "--format", "json"]) == 0
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert finding["rule"] == "acronym-undefined" and "Specialist Health Advisers" in finding["message"]


def test_check_a_bad_glossary_exits_2(capsys, tmp_path):
    glossary = tmp_path / "bad.csv"
    glossary.write_bytes(b"\xff\xfe bad")
    assert main(["check", str(FIXTURES / "plain_paragraph.md"), "--glossary", str(glossary)]) == 2
    assert "UTF-8" in capsys.readouterr().err


def test_rewrite_to_markdown_and_word(tmp_path, capsys):
    source = tmp_path / "paper.md"
    shutil.copy(FIXTURES / "psirf_update.md", source)
    out_md = tmp_path / "plain.md"
    assert main(["rewrite", str(source), "-o", str(out_md)]) == 0
    text = out_md.read_text(encoding="utf-8")
    assert "integrated care board (ICB)" in text and "utilise" not in text
    out_docx = tmp_path / "plain.docx"
    # A Word file goes through the patient-details check, which takes any e-mail address for
    # a person's; the fixture's team address is left out here.
    source.write_text(source.read_text(encoding="utf-8").replace(
        "patient.safety@example.nhs.uk", "the patient safety team"), encoding="utf-8")
    assert main(["rewrite", str(source), "-o", str(out_docx)]) == 0
    from docx import Document

    document = Document(str(out_docx))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[0].startswith("Patient Safety Incident Response Framework")
    assert any(p.style.name == "List Bullet" for p in document.paragraphs)
    assert "Made" in capsys.readouterr().err


def test_rewrite_refuses_an_unknown_output_kind(tmp_path, capsys):
    assert main(["rewrite", str(FIXTURES / "plain_paragraph.md"), "-o", str(tmp_path / "x.pdf")]) == 2


def test_check_json_offsets_point_into_a_text_file_as_given(tmp_path, capsys):
    """Line endings, a byte order mark and indented lines change the markdown the engine sees;
    the offsets still land on the word in the file."""
    path = tmp_path / "paper.txt"
    path.write_bytes("\ufeff# Update\r\n\r\n    The ICB will utilise it in Q3.\r\n"
                     "\tWe ensure that every harm review is done.\r\n".encode("utf-8"))
    assert main(["check", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = path.read_bytes().decode("utf-8-sig")
    lines = text.split("\n")
    assert data["offsets"] == "file"
    for finding in data["findings"]:
        if finding["category"] in ("sentence", "structure"):
            continue
        assert text[finding["start"]:finding["end"]] == finding["text"], finding
        line = lines[finding["line"] - 1]
        assert line[finding["column"] - 1:].startswith(finding["text"]), finding
    assert {f["text"] for f in data["findings"]} >= {"ICB", "utilise", "Q3", "ensure", "harm review"}


def test_check_json_for_a_word_file_gives_paragraph_and_offset(tmp_path, capsys):
    from docx import Document

    document = Document()
    document.add_heading("Falls update", 1)
    document.add_paragraph("The ICB will utilise the new dashboard.")
    table = document.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Rating"
    table.cell(0, 1).text = "We ensure that every harm review is done in Q3."
    path = tmp_path / "paper.docx"
    document.save(str(path))
    assert main(["check", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["offsets"] == "word-paragraphs"
    paragraphs = ["Falls update", "The ICB will utilise the new dashboard.", "Rating",
                  "We ensure that every harm review is done in Q3."]
    found = {}
    for finding in data["findings"]:
        paragraph = paragraphs[finding["paragraph"] - 1]
        offset = finding["offset_in_paragraph"]
        assert paragraph[offset:offset + len(finding["text"])] == finding["text"], finding
        found[finding["text"]] = finding["paragraph"]
    assert found["ICB"] == 2 and found["harm review"] == 4 and found["Q3"] == 4


def test_rewrite_json_lists_changes_and_suggestions_in_the_file(tmp_path, capsys):
    path = tmp_path / "paper.md"
    path.write_text("# Update\r\n\r\n  We utilise it. We ensure co-production.\r\n",
                    encoding="utf-8", newline="")
    assert main(["rewrite", str(path), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    text = path.read_bytes().decode("utf-8")
    assert [c["original"] for c in data["changes"]] == ["utilise"]
    assert "ensure" in [c["original"] for c in data["suggestions"]]
    for change in data["changes"] + data["suggestions"]:
        assert text[change["start"]:change["end"]] == change["original"]
    assert data["after"]["reading_age"] <= data["before"]["reading_age"]


def test_packs_can_be_chosen_on_the_command_line(tmp_path, capsys):
    path = tmp_path / "paper.md"
    path.write_text("Category 1 calls rose after 999 calls.\n", encoding="utf-8")
    assert main(["check", str(path), "--format", "json", "--pack", "none"]) == 0
    assert not [f for f in json.loads(capsys.readouterr().out)["findings"]
                if f["category"] == "code"]
    assert main(["check", str(path), "--format", "json", "--pack", "ambulance"]) == 0
    assert [f["text"] for f in json.loads(capsys.readouterr().out)["findings"]
            if f["category"] == "code"] == ["Category 1"]


def test_the_command_line_knows_every_pack():
    from meetingkit.cli.check import PACK_NAMES
    from meetingkit.plain.packs import PACKS

    assert PACK_NAMES == tuple(PACKS)


PATIENT = ("# Falls review\n\nThe ward will utilise the new falls bundle. Mrs Jane Okafor "
           "(NHS number 943 476 5919) fell on 3 March.\n")


def test_rewrite_refuses_to_print_or_save_patient_details(tmp_path, capsys):
    """The plain version is printed or saved, so it passes the export check first: nothing is
    written, the findings are listed, and the exit code is the export's."""
    source = tmp_path / "paper.md"
    source.write_text(PATIENT, encoding="utf-8")
    for extra in ([], ["-o", str(tmp_path / "plain.md")], ["-o", str(tmp_path / "plain.docx")],
                  ["--format", "json"]):
        assert main(["rewrite", str(source), *extra]) == 3
        captured = capsys.readouterr()
        assert captured.out == ""
        assert "943 476 5919" in captured.err and "--allow-patient-details" in captured.err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["paper.md"]


def test_rewrite_with_allow_patient_details_writes_it(tmp_path, capsys):
    source = tmp_path / "paper.md"
    source.write_text(PATIENT, encoding="utf-8")
    assert main(["rewrite", str(source), "--allow-patient-details"]) == 0
    assert "use the new falls bundle" in capsys.readouterr().out
    out = tmp_path / "plain.docx"
    assert main(["rewrite", str(source), "-o", str(out), "--allow-patient-details"]) == 0
    assert out.exists()
