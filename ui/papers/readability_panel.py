"""How easy the paper is to read, in words: reading age against the committee's aim, length and
reading time, and how many things of each kind there are to look at."""

from __future__ import annotations

from PySide6.QtCore import Qt

from meetingkit.plain import Finding, Stats
from ui.info_label import InfoLabel
from ui.papers.comparison import comparison_words, harder_or_longer
from ui.papers.wording import counts_words, length_words, reading_age_words


class ReadabilityPanel(InfoLabel):
    """Reachable by Tab and read in full: its spoken name is the caption and the words."""

    def __init__(self) -> None:
        super().__init__("How easy this paper is to read", tab_stop=True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setContentsMargins(4, 4, 4, 4)

    def show_report(self, stats: Stats | None, findings: list[Finding], target: int,
                    plain: Stats | None = None) -> None:
        """The paper's figures; with `plain`, its plain version's beside them."""
        if stats is None:
            self.setText("")
            return
        lines = [f"{reading_age_words(stats, target)} {length_words(stats)}",
                 counts_words(findings)]
        if plain is not None:
            lines.append(comparison_words(stats, plain))
            warning = harder_or_longer(stats, plain)
            if warning:
                lines.append(warning.replace("With these changes the plain version would be",
                                             "The plain version is").split(". Untick")[0] + ".")
        self.setText("\n".join(lines))
