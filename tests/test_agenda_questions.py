"""A partner's reply, imported by the chair, shows its questions on the agenda item, attributed."""

from __future__ import annotations

from meetingkit.ops import partners
from meetingkit.review import export_review_pack, make_reply, read_review_pack


def test_imported_questions_appear_on_the_item(window, qtbot, tmp_path):
    store = window.context.store
    meeting_id = window.context.meeting_id
    tab = window.workspace.widget(1)
    window.workspace.setCurrentWidget(tab)
    pack = read_review_pack(export_review_pack(store, meeting_id, tmp_path / "pack.mkreview"))
    story = next(item for item in pack.items if item.title.startswith("A patient's story"))
    reply = make_reply(pack, "Sam Okafor", {story.item_id: "Who tells families <b>when</b>?"})

    window.context.perform(window, lambda: partners.import_reply(store, meeting_id, reply))
    row = next(i for i, item in enumerate(tab.items) if item.id == story.item_id)
    tab.table.setFocus()
    tab.table.selectRow(row)
    shown = tab.editor.questions.text()
    assert "Who tells families <b>when</b>? (Sam Okafor)" in shown  # plain text, never markup
    other = next(i for i, item in enumerate(tab.items) if item.id != story.item_id)
    tab.table.selectRow(other)
    assert tab.editor.questions.text() == "Questions from partners: none yet."
