"""Renaming a committee: the meetings still being prepared under its name take the new name
(navigator, window title, Overview, and so the pack and e-mail), in the same undo step; a meeting
whose pack has gone out, or that has been held, keeps the name it went out under."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_main_window import _menu_action, _type_into
from window_support import activate, menu_action

from meetingkit.model import Meeting
from meetingkit.ops.committees import follows_committee_name

NEW = "Patient Safety and Learning Group"


def _rename(window, qtbot, on_next_dialog, name: str) -> None:
    def rename(dialog):
        _type_into(dialog, "Name", name, qtbot)
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    on_next_dialog(rename)
    _menu_action(window, "File", "Committee settings").trigger()
    activate(window, qtbot)


def test_the_upcoming_meeting_follows_a_renamed_committee(window, qtbot, on_next_dialog):
    store = window.context.store
    committee = store.committees.all()[0]
    draft, held = store.meetings.for_committee(committee.id)  # newest first
    assert window.context.meeting_id == draft.id
    assert draft.title == held.title == "Patient Safety Group"
    assert window.windowTitle().startswith("Patient Safety Group,")

    _rename(window, qtbot, on_next_dialog, NEW)

    assert store.meetings.get(draft.id).title == NEW
    assert store.meetings.get(held.id).title == "Patient Safety Group"  # minutes approved
    assert window.windowTitle().startswith(f"{NEW},")
    assert window.context.meeting_id == draft.id  # still chosen
    overview = window.workspace.tab("overview").summary.text()
    assert f"<h2>{NEW}</h2>" in overview
    rows = [window.navigator.model_.index(r, 0).data()
            for r in range(window.navigator.model_.rowCount())]
    assert rows[0] == NEW
    assert "Group" not in rows[1]  # the upcoming meeting goes by the committee's name
    assert " Patient Safety Group – " in rows[2]  # the held one shows the name it went by

    undo = menu_action(window, "Edit", "undo")
    assert undo.text() == "&Undo change the settings of 'Patient Safety Group (example)'"
    undo.trigger()
    assert store.committees.get(committee.id).name == "Patient Safety Group (example)"
    assert store.meetings.get(draft.id).title == "Patient Safety Group"
    assert window.windowTitle().startswith("Patient Safety Group,")


def test_a_meeting_whose_pack_went_out_keeps_its_name(window, qtbot, on_next_dialog):
    store = window.context.store
    committee = store.committees.all()[0]
    draft = store.meetings.for_committee(committee.id)[0]
    store.meetings.update(draft.id, published_at="2026-12-10")  # the pack has gone out
    _rename(window, qtbot, on_next_dialog, NEW)
    assert store.meetings.get(draft.id).title == "Patient Safety Group"
    assert window.windowTitle().startswith("Patient Safety Group,")


def _meeting(title: str, status: str = "draft", published_at: str | None = None) -> Meeting:
    return Meeting(id=1, committee_id=1, title=title, date="2026-12-21", status=status,
                   published_at=published_at)


def test_which_meetings_follow_the_committee_name():
    name = "Patient Safety Group (example)"
    assert follows_committee_name(_meeting("Patient Safety Group"), name)
    assert follows_committee_name(_meeting(name), name)
    assert not follows_committee_name(_meeting("Extraordinary meeting on falls"), name)
    for own in ("Safety", "Group", "Patient Safety"):  # part of the name: a name of its own
        assert not follows_committee_name(_meeting(own), name), own
    assert follows_committee_name(_meeting("patient safety group"), name)
    assert not follows_committee_name(_meeting(name, published_at="2026-12-10"), name)
    assert not follows_committee_name(_meeting(name, status="held"), name)
    assert not follows_committee_name(_meeting(name, status="minutes_approved"), name)
