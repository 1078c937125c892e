"""The read-only view's HTML: markdown from outside must come out inert."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetingkit.importers import safe_markdown_html

SAFE_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "strong", "em", "a",
    "span", "table", "thead", "tbody", "tr", "th", "td", "blockquote", "pre", "code", "hr",
}  # fmt: skip


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def tags_of(html: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    collector = _Collector()
    collector.feed(html)
    collector.close()
    return collector.tags


def assert_inert(html: str) -> None:
    for tag, attrs in tags_of(html):
        assert tag in SAFE_TAGS, (tag, html)
        for name, value in attrs:
            assert name in ("href", "title", "style"), (name, html)
            if name == "href":
                assert (value or "").lower().startswith(("http://", "https://", "mailto:")), html
            if name == "style":
                assert (value or "").startswith("text-align:"), html


def test_ordinary_markdown_renders() -> None:
    html = safe_markdown_html(
        "# Title\n\nSome **bold** and *italic*.\n\n- a\n- b\n\n| x | y |\n| --- | --- |\n| 1 | 2 |\n"
    )
    assert "<h1>Title</h1>" in html
    assert "<strong>bold</strong>" in html and "<em>italic</em>" in html
    assert "<ul>" in html and "<table>" in html and "<td>1</td>" in html
    assert_inert(html)


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        "<div>\n<script>alert(1)</script>\n</div>",
        'Text <img src=x onerror="alert(1)"> more',
        '<iframe src="https://evil.example"></iframe>',
        '<a href="javascript:alert(1)">click</a>',
        "<style>body{display:none}</style>",
        "<svg onload=alert(1)>",
        "<!-- comment --><b>bold?</b>",
    ],
)
def test_raw_html_is_escaped(hostile: str) -> None:
    html = safe_markdown_html(hostile)
    assert_inert(html)
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    assert "&lt;" in html  # shown as text, so the reader can see what was there


@pytest.mark.parametrize(
    "link",
    [
        "[click](javascript:alert(1))",
        "[click](JaVaScRiPt:alert(1))",
        "[click]( javascript:alert(1))",
        "[click](java\tscript:alert(1))",
        "[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[click](vbscript:msgbox)",
        "[click](file:///C:/Windows/win.ini)",
        "[click](javascript&#58;alert(1))",
        "[click](relative/page.html)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
    ],
)
def test_unsafe_links_become_plain_words(link: str) -> None:
    html = safe_markdown_html(link)
    assert_inert(html)
    assert "href" not in html
    assert "click" in html


def test_safe_links_are_kept() -> None:
    html = safe_markdown_html(
        '[guide](https://www.nhs.uk/ "NHS") [web](http://example.org) [mail](mailto:team@example.org) '
        "<https://example.org/auto> <someone@example.org>"
    )
    assert '<a href="https://www.nhs.uk/" title="NHS">guide</a>' in html
    assert '<a href="http://example.org">web</a>' in html
    assert '<a href="mailto:team@example.org">mail</a>' in html
    assert '<a href="https://example.org/auto">' in html
    assert "someone@example.org" in html
    assert_inert(html)


def test_images_are_not_fetched_but_described() -> None:
    html = safe_markdown_html(
        "Chart: ![Falls by month](https://tracker.example/pixel.png) and ![](x.png)"
    )
    assert "<img" not in html and "tracker.example" not in html
    assert "[Falls by month]" in html and "[picture]" in html
    assert_inert(html)


def test_link_title_cannot_break_out_of_its_attribute() -> None:
    html = safe_markdown_html('[a](https://x.example "t\\" onmouseover=\\"alert(1)")')
    assert_inert(html)


def test_empty_and_pathological_input() -> None:
    assert safe_markdown_html("") == ""
    for text in ["[" * 3000, "*" * 3000, ">" * 3000 + " x", "- " * 2000 + "x", "`" * 3000]:
        assert_inert(safe_markdown_html(text))


_HOSTILE_BITS = [
    "<script>", "</script>", "<img src=x onerror=alert(1)>", "javascript:", "[", "]", "(", ")",
    "![", "<", ">", '"', "'", "&#58;", "&lt;", "*", "_", "`", "\n", "\n\n", "    ", "- ", "1. ",
    "| a | b |\n| --- | --- |\n", "http://x.example", "mailto:a@b.c", "data:", "<a href=",
    "onclick=", "\\", "#", "=",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_HOSTILE_BITS), st.text(max_size=5)), max_size=40))
def test_any_mix_of_hostile_pieces_comes_out_inert(pieces: list[str]) -> None:
    assert_inert(safe_markdown_html("".join(pieces)))
