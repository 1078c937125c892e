"""The calm screen shown when the database cannot be opened: what happened, and what to do."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QPushButton, QVBoxLayout, QWidget

from meetingkit.backup import describe_backup
from meetingkit.counting import counted
from meetingkit.recovery import latest_good_backup
from ui.info_label import InfoLabel


class RecoveryDialog(QDialog):
    """Offers: restore the latest good backup, or quit. Returns which via `choice`."""

    RESTORE, QUIT = "restore", "quit"

    def __init__(self, parent: QWidget | None, db_path: Path, problem: str):
        super().__init__(parent)
        self.setWindowTitle("MeetingKit could not open your data")
        self.choice = self.QUIT
        self.backup = latest_good_backup(db_path)
        text = (f"<p>{_esc(problem)}</p><p>Your file has not been changed or deleted.</p>")
        if self.backup:
            info = describe_backup(self.backup.path)
            text += (f"<p>There is a good backup from <b>{self.backup.made_at:%A %d %B %Y at %H:%M}</b>"
                     f". It holds {counted(info['committees'], 'committee')}, "
                     f"{counted(info['meetings'], 'meeting')} "
                     f"and {counted(info['papers'], 'paper')}.</p><p>If you restore it, the damaged file is "
                     "kept beside it with “damaged” in its name, so nothing is lost.</p>")
        else:
            text += ("<p>There is no backup to restore. Please ask your IT team for help, and keep "
                     f"the file safe: {_esc(str(db_path))}</p>")
        message = InfoLabel("What happened")  # its spoken name says it all
        message.setText(text)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        if self.backup:
            restore = QPushButton("&Restore the backup")
            restore.setAccessibleName("Restore the backup")
            restore.setDefault(True)
            restore.clicked.connect(lambda: self._finish(self.RESTORE))
            layout.addWidget(restore)
        close = QPushButton("&Close MeetingKit")
        close.setAccessibleName("Close MeetingKit")
        close.clicked.connect(lambda: self._finish(self.QUIT))
        layout.addWidget(close)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
