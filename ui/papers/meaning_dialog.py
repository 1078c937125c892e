"""'PAS: which meaning?': asks the chair which meaning a short form with more than one has in
this committee's papers. The answer is kept for the committee, so it is asked once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.papers.fitted import fitted_size

NOT_SURE = "I'm not sure yet: leave it as it is for now"
USE_IT = "Use this meaning"
CONTINUE = "Continue without choosing"


class MeaningDialog(QDialog):
    def __init__(self, parent: QWidget | None, acronym: str,
                 senses: tuple[tuple[str, str, tuple[str, ...]], ...], example: str = ""):
        super().__init__(parent)
        self.setWindowTitle(f"{acronym}: which meaning?")
        self.acronym = acronym
        question = QLabel(
            f"<b>{acronym}</b> can mean different things in NHS papers, and this paper does not "
            f"say which. Which meaning does {acronym} have in your committee's papers? "
            "MeetingKit will remember your answer for this committee.")
        question.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        if example:
            seen = QLabel(f"In this paper: “{example}”")
            seen.setWordWrap(True)
            layout.addWidget(seen)
        self.group = QButtonGroup(self)
        self.choices: list[tuple[QRadioButton, str]] = []
        for meaning, explanation, _cues in senses:
            words = f"{meaning}: {explanation}" if explanation else meaning
            button = QRadioButton(words)
            button.setAccessibleName(words)
            self.group.addButton(button)
            layout.addWidget(button)
            self.choices.append((button, meaning))
        self.not_sure = QRadioButton(NOT_SURE)
        self.group.addButton(self.not_sure)
        layout.addWidget(self.not_sure)
        self.not_sure.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.group.buttonToggled.connect(lambda *_: self._name_ok())
        self._name_ok()
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(fitted_size(self, 70, 18))
        (self.choices[0][0] if self.choices else self.not_sure).setFocus()

    def _name_ok(self) -> None:
        self.ok.setText(USE_IT if self.meaning() else CONTINUE)

    def meaning(self) -> str:
        """The meaning chosen, or '' for 'not sure'."""
        for button, meaning in self.choices:
            if button.isChecked():
                return meaning
        return ""
