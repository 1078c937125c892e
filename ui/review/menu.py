"""Menu entries for review packs and exports, for the main window's File menu:

    for menu, action in review_menu_actions(self.context, self):
        self._menu(menu).addAction(action)

Entries that need a meeting are greyed out until one is chosen."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from ui.context import AppContext
from ui.review.import_flow import import_partner_reply, open_review_pack


def review_menu_actions(context: AppContext, parent: QWidget) -> list[tuple[str, QAction]]:
    made = []

    def export(kind: str):
        def run() -> None:
            from ui.review.export_flow import Exports  # the Word writers: loaded when first used

            if not made:
                made.append(Exports(context, parent))
            getattr(made[0], kind)()
        return run

    entries = [
        ("Open re&view pack…", lambda: open_review_pack(context, parent), "Ctrl+Shift+O", False),
        ("&Import a partner's reply…", lambda: import_partner_reply(context, parent), None, True),
        ("Export meeting pack (&Word)…", export("meeting_pack"), None, True),
        ("Export review pac&k…", export("review_pack"), None, True),
        ("Export &minutes (Word)…", export("minutes"), None, True),
        ("Export &action log…", export("action_log"), None, True),
    ]
    actions = []
    needs_meeting = []
    for text, slot, shortcut, meeting_only in entries:
        action = QAction(text, parent)
        action.setObjectName("review_" + text.replace("&", "").rstrip("…").lower()
                             .replace(" ", "_").replace("'", "").replace("(", "")
                             .replace(")", ""))
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False, run=slot: run())
        actions.append(("File", action))
        if meeting_only:
            needs_meeting.append(action)

    def enable(meeting_id) -> None:
        for action in needs_meeting:
            action.setEnabled(meeting_id is not None)

    context.bus.meeting_selected.connect(enable)
    enable(context.meeting_id)
    return actions
