"""The Feedback tab as a partner and the committee use it: answers chosen with the keyboard,
named or anonymous, refused when empty, and the trend (chart and table) showing what was sent."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QRadioButton

from ui.feedback.scale import answer_words, average_words
from ui.feedback.trend_chart import describe
from ui.tabs.feedback import FeedbackTab


def _tab(qtbot, context):
    store = context.store
    past = store.meetings.for_committee(store.committees.all()[0].id)[1]
    tab = FeedbackTab(context)
    qtbot.addWidget(tab)
    tab.resize(1000, 800)
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is tab)
    tab.set_meeting(past.id)
    return tab, past


def _choose_with_arrows(qtbot, form, key: str, answer: str) -> None:
    """Arrow keys move along a question's answers, choosing as they go."""
    group = form.groups[key]
    current = group.checkedButton()
    current.setFocus()
    buttons = group.buttons()
    while group.checkedButton().text() != answer:
        here = buttons.index(group.checkedButton())
        target = buttons.index(next(b for b in buttons if b.text() == answer))
        qtbot.keyClick(QApplication.focusWidget(),
                       Qt.Key.Key_Left if target < here else Qt.Key.Key_Right)
        assert buttons.index(group.checkedButton()) != here, "the arrow key did nothing"


def test_a_partner_gives_feedback_and_the_trend_shows_it(qtbot, context):
    store = context.store
    tab, past = _tab(qtbot, context)
    form = tab.form
    assert tab.pages.tabText(0) == "Give feedback"
    for box in form.findChildren(QRadioButton):
        # the question is the group's name, said once; not repeated on each answer as well
        assert box.accessibleName() and box.accessibleDescription() == ""
        assert box.parentWidget().accessibleName() == ""  # an unnamed strip: not said again
        assert box.parentWidget().parentWidget().accessibleName().endswith("?")  # said once

    form.who.setFocus()
    qtbot.keyClicks(form.who, "Sam")  # type-ahead in the list of names
    assert form.who.currentText() == "Sam Okafor (Patient safety partner)"
    _choose_with_arrows(qtbot, form, "papers_in_time", "Completely")
    _choose_with_arrows(qtbot, form, "language_clear", "Partly")
    _choose_with_arrows(qtbot, form, "felt_heard", "Mostly")
    # "Could you say what you wanted to say?" is skipped: Rather not say
    form.comment.setFocus()
    qtbot.keyClicks(form.comment, "Too many acronyms in the medicines report.")
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)

    (saved,) = store.feedback.for_meeting(past.id)
    sam = next(p for p in store.people.all() if p.name == "Sam Okafor")
    assert saved["person_id"] == sam.id
    assert (saved["papers_in_time"], saved["language_clear"], saved["felt_heard"],
            saved["said_what_wanted"]) == (5, 3, 4, None)
    assert form.thanks.text().startswith("Thank you")
    assert form.comment.toPlainText() == "" and form.who.currentIndex() == 0  # ready for the next
    assert "1 reply so far" in tab.heading.text()

    # An anonymous second reply: no name kept.
    _choose_with_arrows(qtbot, form, "felt_heard", "A little")
    qtbot.mouseClick(form.send_button, Qt.MouseButton.LeftButton)
    replies = store.feedback.for_meeting(past.id)
    assert len(replies) == 2 and replies[1]["person_id"] is None

    trend = tab.trend
    assert len(trend.chart.rows) == 1
    table = trend.table
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells[1] == "2"
    assert cells[2] == "5.0 of 5 (Completely)"
    assert cells[4] == "3.0 of 5 (Partly)"  # felt heard: 4 and 2
    assert cells[5] == "No answers"
    assert "Felt heard: Partly" in trend.chart.accessibleDescription()
    comments = [trend.comments.item(i).text() for i in range(trend.comments.count())]
    assert comments == ["Sam Okafor: Too many acronyms in the medicines report."]


def test_tab_stops_once_per_question_then_the_comment_and_send(qtbot, context):
    tab, _past = _tab(qtbot, context)
    tab.form.who.setFocus()
    stops = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
        stops.append(widget.parentWidget().parentWidget().accessibleName()
                     if isinstance(widget, QRadioButton)
                     else widget.accessibleName())
    assert stops == ["Did you get the meeting pack in time to read it?",
                     "Were the papers and the talk in plain, clear language?",
                     "Did you feel listened to?", "Could you say what you wanted to say?",
                     "Anything else you want to tell us", "Send feedback"]


def test_an_empty_form_is_refused_kindly(qtbot, context, monkeypatch):
    told = []
    monkeypatch.setattr("ui.messages.tell", lambda _parent, title, text: told.append(text))
    tab, past = _tab(qtbot, context)
    qtbot.mouseClick(tab.form.send_button, Qt.MouseButton.LeftButton)
    assert told and "answer at least one question" in told[0]
    assert context.store.feedback.for_meeting(past.id) == []


def test_the_trend_over_several_meetings_draws_at_any_text_size(qtbot, context):
    store = context.store
    tab, past = _tab(qtbot, context)
    for day, heard in (("2026-01-13", 2), ("2026-03-10", 4)):
        meeting = store.meetings.create(1, "Patient Safety Group", day)
        store.feedback.add(meeting, felt_heard=heard, papers_in_time=3)
    context.bus.changed.emit(frozenset({"feedback"}))
    chart = tab.trend.chart
    assert [row["felt_heard"] for row in chart.rows] == [2, 4]
    tab.pages.setCurrentIndex(1)
    for scale in (1.0, 2.0):
        font = tab.font()
        font.setPointSizeF(QApplication.font().pointSizeF() * scale)
        chart.setFont(font)
        image = chart.grab().toImage()
        assert image.width() > 0
        # the lines were drawn: some pixels are the "felt heard" green
        greens = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                     if image.pixelColor(x, y).name() == "#009e73")
        assert greens > 10
    assert describe(chart.rows).startswith("2 meetings with feedback.")


def test_answers_in_words():
    assert [answer_words(v) for v in (1, 2, 2.5, 4.4, 5)] == [
        "Not at all", "A little", "Partly", "Mostly", "Completely"]
    assert average_words(None) == "No answers"
