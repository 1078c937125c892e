"""Adding a paper from a file, as the chair does it, for files that take a while: the file is read
on a worker thread so the window keeps turning, a progress window offers Stop, and what the
import left out or kept is told in one message, a protective marking first."""

from __future__ import annotations

import threading

import docx
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from meetingkit.importers import load_paper
from meetingkit.importers.progress import Progress
from tests.test_papers_checker import open_papers_tab
from tests.test_papers_files import _choose_item


def _word_file(folder):
    document = docx.Document()
    document.core_properties.title = "Falls prevention update"
    document.sections[0].header.paragraphs[0].text = "OFFICIAL-SENSITIVE"
    document.add_heading("Purpose", 1)
    document.add_paragraph("Falls fell by a third on the medical wards.")
    path = folder / "falls.docx"
    document.save(str(path))
    return path


def test_the_window_keeps_turning_while_a_paper_is_read(qtbot, context, tmp_path, monkeypatch):
    """The import can only finish if a timer on the window's thread fires while it runs."""
    path = _word_file(tmp_path)
    tab = open_papers_tab(qtbot, context)
    item_id = _choose_item(tab, "Any other business")
    ticked = threading.Event()
    timer = QTimer()
    timer.timeout.connect(ticked.set)
    timer.start(20)

    def read_while_the_window_turns(file, progress=None, stop=None):
        assert ticked.wait(20), "the window's timer never fired while the file was read"
        return load_paper(file, progress, stop)

    monkeypatch.setattr("ui.papers.paper_files.load_paper", read_while_the_window_turns)
    told = []
    monkeypatch.setattr("ui.papers.paper_files.tell", lambda *args: told.append(args))
    tab.import_files(item_id, [str(path)])
    timer.stop()
    (paper,) = context.store.papers.for_item(item_id)
    assert paper.title == "Falls prevention update"
    assert paper.body.startswith("**OFFICIAL-SENSITIVE**\n\n# Purpose")
    ((_parent, title, text),) = told
    assert title == "The paper was added"
    assert text.split("\n\n")[1].startswith("• This paper is marked 'OFFICIAL-SENSITIVE'")


def test_stop_adds_nothing(qtbot, context, tmp_path, monkeypatch):
    path = _word_file(tmp_path)
    tab = open_papers_tab(qtbot, context)
    item_id = _choose_item(tab, "Any other business")
    before = context.store.papers.for_meeting(tab.meeting_id)

    def never_ending(file, progress=None, stop=None):
        steps = Progress(progress, stop)
        steps.step(0.0, "Reading page 1 of 400…")
        while True:  # until Stop is pressed: Progress.step then raises ImportStopped
            stop.wait(0.05)
            steps.step(0.1)

    def press_stop():
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(50, press_stop)
            return
        (dialog,) = dialogs
        assert dialog.labelText() == "Reading page 1 of 400…"
        (stop_button,) = dialog.findChildren(QPushButton)
        assert stop_button.text() == "Stop"
        stop_button.click()

    statuses = []
    context.bus.status.connect(statuses.append)
    monkeypatch.setattr("ui.papers.paper_files.load_paper", never_ending)
    QTimer.singleShot(50, press_stop)
    tab.import_files(item_id, [str(path)])
    assert context.store.papers.for_meeting(tab.meeting_id) == before
    assert statuses[-1] == "The import was stopped. Nothing was added."


def test_a_pdf_paper_is_added_from_the_papers_tab(qtbot, context, tmp_path, monkeypatch):
    import sys

    sys.path.insert(0, str(__import__("pathlib").Path(__file__).parent / "importers"))
    from writers import pandoc, soffice

    source = pandoc("# Falls prevention update\n\n## Purpose\n\nFalls fell by **a third**.\n\n"
                    "- Bed alarms\n- Night checks\n", tmp_path, "falls.docx")
    pdf = soffice(source, "pdf")
    tab = open_papers_tab(qtbot, context)
    item_id = _choose_item(tab, "Any other business")
    monkeypatch.setattr("ui.papers.tab.choose_paper_files", lambda parent: [str(pdf)])
    tab.add_from_file()
    (paper,) = context.store.papers.for_item(item_id)
    assert paper.title == "Falls prevention update" and paper.source_name == "falls.pdf"
    assert "## Purpose\n\nFalls fell by **a third**.\n\n- Bed alarms\n- Night checks" \
        in paper.body
    assert tab.page.paper.id == paper.id
