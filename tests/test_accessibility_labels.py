"""Labels that show information tell a screen reader that information (their text, or a name
that changes with it), never a fixed caption; labels that are only captions are not Tab stops.
Orca read eleven labels in the main window as their captions alone ("Meeting overview label"):
these tests fail if any of them goes back to that."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTextEdit
from test_run_support import choose_only, clock_fixture, run_tab_fixture, start  # noqa: F401
from window_support import activate

from ui.display.audit import label_problems
from ui.info_label import spoken_text


def _said(label) -> str:
    """What a screen reader says for a label: its accessible name, as Qt gives it."""
    from ui.display.audit import spoken_name

    return spoken_name(label)


def _show_tab(window, name: str):
    tab = window.workspace.tab(name)
    window.workspace.setCurrentWidget(tab)
    QApplication.processEvents()
    return tab


def test_no_label_in_any_tab_hides_its_text(window, qtbot):
    activate(window, qtbot)
    found = []
    for index in range(window.workspace.count()):
        window.workspace.setCurrentIndex(index)
        QApplication.processEvents()
        found += label_problems(window)
    minutes = _show_tab(window, "minutes")
    for row in range(minutes.parts.count()):  # each part of the minutes, items included
        minutes.parts.setCurrentRow(row)
        QApplication.processEvents()
        found += label_problems(window)
    assert found == [], "\n".join(map(str, found))


def test_overview_says_the_date_the_deadline_what_is_left_and_the_reading_time(window, qtbot):
    overview = _show_tab(window, "overview")
    qtbot.waitUntil(lambda: overview.pack.text() != "")
    summary, pack = _said(overview.summary), _said(overview.pack)
    assert "When:" in summary and "Still to do" in summary
    assert spoken_text(overview.summary.text()) in summary  # every word on screen is said
    assert "Not sent yet" in pack and "minutes of reading" in pack
    for label in (overview.summary, overview.pack):
        assert label.focusPolicy() & Qt.FocusPolicy.TabFocus  # a Tab stop, read in full


def test_the_agenda_time_and_the_papers_summaries_say_their_words(window, qtbot):
    agenda = _show_tab(window, "agenda")
    time_label = agenda.panel.time_label
    assert "minutes" in _said(time_label) and time_label.text() in _said(time_label)
    papers = _show_tab(window, "papers")
    qtbot.waitUntil(lambda: papers.page.readability.text() != "")
    readability = papers.page.readability
    assert "Reading age" in _said(readability)
    detail = papers.page.findings.detail
    qtbot.waitUntil(lambda: detail.text() != "")
    assert _said(detail).startswith("About this: ") and detail.text()[:30] in _said(detail)


def test_the_clock_says_its_value_and_the_round_and_speaker_theirs(run_tab, clock, qtbot):
    panel = run_tab.panel
    choose_only(run_tab, qtbot, ["Sam Okafor", "Lin Chen"])
    start(run_tab, qtbot)
    assert _said(panel.clock) == "Time left on the clock: 2:00"
    clock.advance(5)
    run_tab.session.refresh()
    assert _said(panel.clock) == "Time left on the clock: 1:55"
    assert _said(panel.speaker) == panel.speaker.text()
    assert panel.status.text() in _said(panel.status)
    assert not panel.clock.focusPolicy() & Qt.FocusPolicy.TabFocus  # never read as it ticks


def test_the_quorum_and_the_item_heading_say_theirs(window, qtbot):
    minutes = _show_tab(window, "minutes")
    minutes.parts.setCurrentRow(0)  # who came
    quorum = minutes.attendance.quorum
    if quorum.text():
        assert quorum.text() in _said(quorum)
    minutes.parts.setCurrentRow(2)  # an agenda item
    heading = minutes.item_panel.heading
    assert heading.focusPolicy() & Qt.FocusPolicy.TabFocus
    title = minutes.parts.item(2).text()
    assert title in _said(heading)


def test_the_template_preview_is_read_as_text_and_the_send_dialog_says_its_words(window,
                                                                                  qtbot):
    from meetingkit.templates import list_templates
    from ui.agenda.template_dialog import TemplateDialog
    from ui.publish.publish_dialog import PublishDialog

    dialog = TemplateDialog(window, list_templates())
    qtbot.addWidget(dialog)
    assert isinstance(dialog.preview, QTextEdit) and dialog.preview.isReadOnly()
    assert dialog.preview.toPlainText().strip()
    from meetingkit.publishing import check_pack

    send = PublishDialog(window, check_pack(window.context.store, window.context.meeting_id))
    qtbot.addWidget(send)
    send.show()
    qtbot.waitExposed(send)
    problems = label_problems(send)
    assert problems == [], "\n".join(map(str, problems))
