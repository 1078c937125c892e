"""What the findings list's buttons and the rewrite dialog do to the open paper."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from meetingkit.counting import counted
from meetingkit.ops import glossary as glossary_ops
from meetingkit.ops import papers as paper_ops
from meetingkit.plain import Finding, check, plan_changes
from meetingkit.plain.definitions import acronym_key
from meetingkit.plain.glossary import resolve
from meetingkit.plain.trust import allow_term
from ui.announce import announce
from ui.messages import confirm, tell
from ui.papers.meaning_dialog import MeaningDialog
from ui.papers.paper_page import PaperPage
from ui.papers.rewrite_dialog import TO_PLAIN_VERSION, RewriteDialog


def current_match(page: PaperPage, finding: Finding) -> Finding | None:
    """The same finding in an up-to-date check (offsets move as the text changes)."""
    checker = page.editor.checker
    checker.bring_up_to_date()
    same = [f for f in checker.visible if (f.rule, f.text) == (finding.rule, finding.text)]
    if not same:
        return None
    best = min(same, key=lambda f: abs(f.start - finding.start))
    text = page.editor.toPlainText()
    return best if text[best.start:best.end] == best.text else None


class PaperCommands(QObject):
    def __init__(self, page: PaperPage):
        super().__init__(page)
        self.page = page
        panel = page.findings
        panel.go_to.connect(self.go_to)
        panel.use_suggestion.connect(self.use_suggestion)
        panel.ignore_once.connect(self.ignore_once)
        panel.allow_always.connect(self.allow_always)
        panel.hints_changed.connect(page.editor.checker.set_show_hints)
        page.rewrite_button.clicked.connect(self.rewrite)
        page.remake_plain_button.clicked.connect(self.rewrite)
        page.remove_plain_button.clicked.connect(self.remove_plain_version)
        page.drop_plain_button.clicked.connect(self.remove_plain_version)

    def go_to(self, finding: Finding) -> None:
        found = current_match(self.page, finding)
        if found is not None:
            self.page.views.setCurrentIndex(0)
            self.page.editor.select_span(found.start, found.end)
            self.page.editor.setFocus()

    def use_suggestion(self, finding: Finding, words: str) -> None:
        found = current_match(self.page, finding)
        if found is None:
            return
        if not self.page.autosaver.flush():  # typing before it stays a step of its own
            announce(self.page, "Your typing is not saved yet, so the suggestion was not used. "
                                "Try again in a moment.")
            return
        self.page.editor.replace_span(found.start, found.end, words)
        self.page.save_suggestion_used(found.text, words)
        self.page.editor.checker.run()  # the list moves on at once
        self.page.findings.list.setFocus()
        announce(self.page, f"Changed '{found.text}' to '{words}'. Ctrl+Z in the text undoes it.")

    def ignore_once(self, finding: Finding) -> None:
        found = current_match(self.page, finding) or finding
        self.page.editor.checker.ignore_once(found)
        self.page.findings.list.setFocus()
        announce(self.page, f"'{finding.text}' will not be marked here again.")

    def allow_always(self, finding: Finding) -> None:
        term = allow_term(finding)
        context = self.page.context
        context.perform(
            self.page, lambda: glossary_ops.allow_term(context.store, term),
            f"'{term}' is allowed and will not be marked in any paper. "
            "Edit, Glossary… changes this.")
        self.page.findings.list.setFocus()

    def ask_meanings(self, text: str) -> None:
        """'PAS: which meaning?' for each short form in the paper that has more than one
        meaning and that this committee has not settled yet; answers are kept for the
        committee and the checker's glossary is reloaded with them."""
        page = self.page
        if page.committee_id is None:
            return
        glossary = resolve(page.editor.checker.glossary)
        asked: set[str] = set()
        chosen: dict[str, str] = {}
        for finding in check(text, glossary).findings:
            if finding.rule != "acronym-ambiguous" or finding.severity != "warning":
                continue
            key = acronym_key(finding.text)
            entry = glossary.lookup_acronym(key)
            if key in asked or entry is None or not entry.ambiguous:
                continue
            asked.add(key)
            line_start = text.rfind("\n", 0, finding.start) + 1
            line_end = text.find("\n", finding.end)
            example = text[line_start:line_end if line_end >= 0 else len(text)].strip()
            dialog = MeaningDialog(page, key, entry.senses, example[:200])
            if dialog.exec() != QDialog.DialogCode.Accepted:
                break  # Cancel: ask no more now
            if dialog.meaning():
                chosen[key] = dialog.meaning()
        if not chosen:
            return
        store, committee = page.context.store, page.committee_id
        said = "; ".join(f"{a} means {m}" for a, m in chosen.items())
        page.context.perform(page, lambda: glossary_ops.choose_meanings(store, committee, chosen),
                             f"Remembered for this committee: {said}.")
        page.load_glossary()

    def rewrite(self) -> None:
        page = self.page
        if page.paper is None:
            return
        page.flush()
        text = page.editor.toPlainText()
        self.ask_meanings(text)
        checker = page.editor.checker
        # What the person chose to ignore once is not offered again here.
        changes = [change for change in plan_changes(text, checker.glossary)
                   if not checker.was_ignored(text, change.start, change.original)]
        if not changes:
            more = ("So a new plain version would be the same as the paper as written: remove "
                    "the old plain version, and partners get the paper as written."
                    if page.paper.plain_is_out_of_date else
                    "The list beside the text may still have sentences to make simpler.")
            tell(page, "No words to change", "MeetingKit has no word changes to suggest for this "
                 f"paper. {more}")
            return
        dialog = RewriteDialog(page, page.paper.title, text, changes,
                               bool(page.paper.plain_body), page.editor.checker.glossary)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        plain, count = dialog.plain_text(), len(dialog.accepted_changes())
        if dialog.target() == TO_PLAIN_VERSION:
            paper_id = page.paper.id
            # The text it was made from is saved with it, so it is known to be up to date.
            page.context.perform(
                page, lambda: paper_ops.save_plain_version(page.context.store, paper_id, text,
                                                        plain),
                f"Plain version saved with {counted(count, 'change')}. See it in Plain view.")
            page.reload_paper_record()
        else:
            cursor = page.editor.textCursor()
            cursor.beginEditBlock()  # one step for Ctrl+Z
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(plain)
            cursor.endEditBlock()
            page.flush()
            page.editor.checker.run()
            page.context.bus.status.emit(f"The paper now has {count} plain-English change(s). "
                                         "Ctrl+Z in the text undoes them.")

    def remove_plain_version(self) -> None:
        page = self.page
        if page.paper is None or not page.paper.plain_body:
            return
        if not confirm(page, "Remove the plain version?", "Remove the plain version of this "
                       "paper? The paper as written stays as it is.", "Remove plain version"):
            return
        paper_id = page.paper.id
        page.context.perform(page, lambda: paper_ops.remove_plain_version(page.context.store,
                                                                       paper_id),
                             "Plain version removed.")
        page.reload_paper_record()
