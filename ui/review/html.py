"""HTML for the read-only review view. Everything from a pack is text from outside: titles and
summaries are escaped; papers go through the importers' safe markdown renderer (raw HTML shown
as text, no pictures fetched, only web and e-mail links), or are shown as escaped text if that
renderer is not available."""

from __future__ import annotations

import html
import re

from meetingkit.review import ReviewItem, ReviewPaper
from ui.papers.term_links import link_terms

Terms = list[tuple[str, str]]  # (words as written, what they mean), counted by term:N links


def escape(text: str) -> str:
    return html.escape(text or "", quote=True)


def paragraphs(text: str) -> str:
    """Plain text as HTML paragraphs (blank lines split them, line breaks kept)."""
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    return "".join(f"<p>{escape(b).replace(chr(10), '<br>')}</p>" for b in blocks)


_TERM_LINK = re.compile(r'href="term:(\d+)"')
_HEADING_TAG = re.compile(r"<(/?)h([1-6])\b")
_FIRST_LINE_HEADING = re.compile(r"\A\s*#{1,6}[ \t]+(.*?)[ \t#]*(?:\n|\Z)")


def paper_html(markdown: str, title: str = "", shift: int = 2) -> str:
    """The paper as HTML, its headings moved down `shift` levels so they sit under the item and
    paper headings, and a first heading that only repeats the paper's title left out."""
    first = _FIRST_LINE_HEADING.match(markdown or "")
    if first and title and " ".join(first.group(1).split()).casefold() == \
            " ".join(title.split()).casefold():
        markdown = markdown[first.end():]
    try:
        from meetingkit.importers import safe_markdown_html
    except ImportError:
        return paragraphs(markdown)
    return _HEADING_TAG.sub(lambda m: f"<{m.group(1)}h{min(6, int(m.group(2)) + shift)}",
                            safe_markdown_html(markdown))


def item_html(item: ReviewItem) -> str:
    return item_page(item)[0]


def item_page(item: ReviewItem) -> tuple[str, Terms]:
    """The item as HTML, with each word the pack explains made a `term:N` link into the list."""
    terms: Terms = []
    parts = [f"<h2>{item.number}. {escape(item.title)}</h2>"]
    facts = [f"<b>Why it is on the agenda:</b> {escape(item.purpose)}"]
    if item.presenter:
        facts.append(f"<b>Who leads it:</b> {escape(item.presenter)}")
    facts.append(f"<b>Time:</b> {item.minutes} minutes")
    parts.append("<p>" + "<br>".join(facts) + "</p>")
    if item.summary.strip():
        parts.append("<h3>In short</h3>" + paragraphs(item.summary))
    if not item.papers:
        parts.append("<p><i>There is no paper for this item.</i></p>")
    for paper in item.papers:
        parts.append(_paper(paper, terms))
    return "".join(parts), terms


def _paper(paper: ReviewPaper, terms: Terms) -> str:
    parts = [f"<hr><h3>Paper: {escape(paper.title)}</h3>"]
    notes = []
    if paper.author:
        notes.append(f"Written by {escape(paper.author)}.")
    if paper.is_plain:
        notes.append("This is the plain English version.")
    if notes:
        parts.append(f"<p><i>{' '.join(notes)}</i></p>")
    body, found = link_terms(paper_html(paper.markdown, paper.title), dict(paper.words))
    first = len(terms)
    terms.extend(found)
    parts.append(_TERM_LINK.sub(lambda m: f'href="term:{int(m.group(1)) + first}"', body)
                 if first else body)
    if paper.words:
        parts.append("<h3>Words used in this paper</h3><ul>")
        parts.extend(f"<li><b>{escape(word)}</b>: {escape(meaning)}</li>"
                     for word, meaning in paper.words)
        parts.append("</ul>")
    return "".join(parts)
