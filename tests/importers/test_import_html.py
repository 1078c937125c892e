"""A web page saved as .html comes in as a document (headings, lists, tables, bold, links), with
nothing in it run or fetched."""

from __future__ import annotations

import socket

import pytest

from meetingkit.importers import load_paper, load_paper_bytes

PAGE = """<!DOCTYPE html>
<html><head><title>Falls prevention update</title>
<script>document.write("<p>injected</p>")</script>
<link rel="stylesheet" href="https://example.org/style.css"><style>p { color: red }</style>
</head><body>
<h1>Purpose</h1>
<p>Falls fell by <strong>a third</strong> on <em>medical</em> wards. Read
<a href="https://www.england.nhs.uk/patient-safety/">the guide</a>, not
<a href="javascript:alert(1)">this</a>.</p>
<img src="https://example.org/chart.png" alt="Chart of falls by ward">
<ul><li>Bed alarms<ul><li>Ward A first</li></ul></li><li>Night checks</li></ul>
<ol><li>Review each fall</li><li>Share the learning</li></ol>
<table><thead><tr><th>Ward</th><th>Falls</th></tr></thead>
<tbody><tr><td>A</td><td>12</td></tr><tr><td colspan="2">Total: 12</td></tr></tbody></table>
<p>1. Not a list<br>but two lines</p>
<iframe src="https://example.org/frame"></iframe><form><input value="x"></form>
</body></html>"""


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*_args, **_kwargs):
        raise AssertionError("the importer tried to reach the network")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_a_web_page_comes_in_as_a_document(tmp_path, no_network):
    path = tmp_path / "falls.html"
    path.write_text(PAGE, encoding="utf-8")
    paper = load_paper(path)
    assert paper.title == "Falls prevention update"
    assert paper.markdown == (
        "# Purpose\n\n"
        "Falls fell by **a third** on *medical* wards. Read "
        "[the guide](https://www.england.nhs.uk/patient-safety/), not this.\n\n"
        "(Picture: Chart of falls by ward)\n\n"
        "- Bed alarms\n    - Ward A first\n- Night checks\n\n"
        "1. Review each fall\n1. Share the learning\n\n"
        "| Ward | Falls |\n| --- | --- |\n| A | 12 |\n| Total: 12 | Total: 12 |\n\n"
        "1\\. Not a list  \nbut two lines\n")
    assert "<" not in paper.markdown and "injected" not in paper.markdown
    assert paper.warnings == ["1 picture was left out; describe anything important in words."]


def test_a_page_without_the_html_name_is_still_read_as_one():
    paper = load_paper_bytes(PAGE.encode("utf-8"), "falls.txt")
    assert paper.markdown.startswith("# Purpose\n")


def test_a_page_made_by_pandoc(tmp_path):
    from writers import pandoc

    path = pandoc("# Falls\n\nFalls fell by **a third**.\n\n- one\n- two\n", tmp_path,
                  "falls.html", "--standalone", "--metadata", "title=Falls update")
    paper = load_paper(path)
    assert paper.title == "Falls update"
    assert "# Falls\n\nFalls fell by **a third**.\n\n- one\n- two" in paper.markdown


def test_deep_nesting_does_not_break_it():
    page = "<div>" * 5000 + "<p>Deep words</p>" + "</div>" * 5000
    assert "Deep words" in load_paper_bytes(page.encode(), "deep.html").markdown
