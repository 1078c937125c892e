"""Add or change one word in the committee's glossary. The labels follow the kind of word, so
each box says plainly what goes in it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from meetingkit.model import GlossaryTerm
from ui.forms import add_field, ok_cancel

KINDS = [
    ("acronym", "Short form (acronym)"),
    ("jargon", "Hard word or phrase"),
    ("allow", "Allowed word (never marked)"),
]
KIND_WORDS = dict(KINDS)
# kind -> (meaning label, plain label, note label); None hides the box
LABELS: dict[str, tuple[str | None, str | None, str]] = {
    "acronym": ("What it &stands for:", "&Plain words to use instead (optional):",
                "What it &means, in plain words (optional):"),
    "jargon": ("Why it is hard, or what it &means:", "&Plainer words to use:",
               "&Note for your committee (not shown in papers):"),
    "allow": (None, None, "Why it is allowed (&optional):"),
}
PLAIN_HELP = "Put | between choices, for example: use | make use of"


class TermDialog(QDialog):
    def __init__(self, parent: QWidget | None, term: GlossaryTerm | None = None,
                 kind: str = "acronym"):
        super().__init__(parent)
        self.setWindowTitle("Change a word" if term else "Add a word")
        form = QFormLayout()
        self.kind = add_field(form, "&Kind of word:", QComboBox())
        for value, words in KINDS:
            self.kind.addItem(words, value)
        self.term = add_field(form, "&Word or short form:", QLineEdit(term.term if term else ""))
        self.meaning = QLineEdit(term.meaning if term else "")
        self.plain = QLineEdit(term.plain if term else "")
        self.note = QLineEdit(term.note if term else "")
        self.labels = {}
        for name, field in (("meaning", self.meaning), ("plain", self.plain), ("note", self.note)):
            label = QLabel()
            label.setBuddy(field)
            label.setWordWrap(True)
            form.addRow(label, field)
            self.labels[name] = label
        self.plain.setToolTip(PLAIN_HELP)
        self.plain.setAccessibleDescription(PLAIN_HELP)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName("Problem")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(ok_cancel(self, "Save word"))
        self.kind.currentIndexChanged.connect(lambda _i: self._relabel())
        self.kind.setCurrentIndex(self.kind.findData(term.kind if term else kind))
        self._relabel()
        self.resize(560, self.sizeHint().height())

    def _relabel(self) -> None:
        meaning, plain, note = LABELS[self.kind.currentData()]
        for name, field, text in (("meaning", self.meaning, meaning),
                                  ("plain", self.plain, plain), ("note", self.note, note)):
            label = self.labels[name]
            label.setVisible(text is not None)
            field.setVisible(text is not None)
            if text is not None:
                label.setText(text)
                field.setAccessibleName(text.replace("&", "").rstrip(":"))

    def values(self) -> dict[str, str]:
        kind = self.kind.currentData()
        keep = {"acronym": True, "jargon": True, "allow": False}[kind]
        return {"term": " ".join(self.term.text().split()), "kind": kind,
                "meaning": self.meaning.text().strip() if keep else "",
                "plain": self.plain.text().strip() if keep else "",
                "note": self.note.text().strip()}

    def accept(self) -> None:
        values = self.values()
        if not values["term"]:
            self._problem("Please type the word or short form.", self.term)
        elif values["kind"] == "acronym" and not values["meaning"]:
            self._problem("Please say what the short form stands for.", self.meaning)
        else:
            super().accept()

    def _problem(self, text: str, field: QWidget) -> None:
        self.problem.setText(text)
        field.setFocus()
        from ui.announce import announce

        announce(self, text)
