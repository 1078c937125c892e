"""The Plain view: the paper shown read-only as a partner would read it (see ui/reading_pane.py:
a caret to read it by line, word and character, H for the next heading), with every explained
word reachable by Tab. Moving to a word (Tab, Enter on it, or the mouse) shows what it means
below the text and as a tooltip, and tells the screen reader. Nothing is ever fetched."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from meetingkit.importers import safe_markdown_html
from meetingkit.plain import Glossary, GlossaryEntry
from ui.info_label import InfoLabel
from ui.papers.term_links import explanations, link_terms
from ui.reading_pane import KEYS_HINT, ReadingPane

HINT = "Press Tab to move to an underlined word and see what it means here."
_STYLE = "h1, h2, h3 { margin-top: 14px; } p, li { margin-bottom: 8px; }"


class PlainView(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.source_note = QLabel()
        self.source_note.setWordWrap(True)
        self.browser = ReadingPane("Paper in plain view", tab_between_words=True)
        self.browser.setAccessibleDescription(f"{HINT} {KEYS_HINT}")
        self.browser.document().setDefaultStyleSheet(_STYLE)
        self.browser.document().setDocumentMargin(12)
        self.explanation = InfoLabel("What the word means")
        self.explanation.setText(HINT)
        self.explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.source_note)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.explanation)
        self.browser.meaning_shown.connect(self.explanation.setText)

    @property
    def terms(self) -> list[tuple[str, str]]:
        return self.browser.terms

    def show_paper(self, markdown: str, glossary: Glossary | Iterable[GlossaryEntry],
                   note: str) -> None:
        page, terms = link_terms(safe_markdown_html(markdown), explanations(markdown, glossary))
        self.source_note.setText(note)
        self.browser.show_html(page, terms)
        self.explanation.setText(HINT if terms else
                                 "No hard words or short forms to explain in this paper.")

    def meaning(self, url: QUrl) -> str | None:
        return self.browser.meaning(url)
