"""The whole offline review: the chair exports a pack, the partner reads it and replies, the
chair imports the reply, and each question appears once on its item."""

from __future__ import annotations

import json
import zipfile

import pytest
from review_helpers import review_meeting, snapshot

from meetingkit.errors import ImportRefused, MeetingKitError
from meetingkit.review import (
    export_review_pack,
    import_reply,
    make_reply,
    read_reply,
    read_review_pack,
    save_reply,
    split_questions,
)


def test_export_open_reply_import_twice(store, tmp_path):
    ids = review_meeting(store)
    path = export_review_pack(store, ids["meeting"], tmp_path / "pack.mkreview")
    pack = read_review_pack(path)
    assert (pack.meeting.title, pack.meeting.date) == ("Patient Safety Group", "2026-03-03")
    assert [item.title for item in pack.items] == ["Welcome", "Falls on the wards"]
    falls = pack.items[1]
    assert (falls.purpose, falls.presenter, falls.summary) == (
        "To decide", "Maria Lopez", "What we learned from falls.")
    (paper,) = falls.papers
    assert paper.is_plain and "**falls**" in paper.markdown  # the accepted plain version
    assert "Datix" not in paper.markdown

    reply = make_reply(pack, "  Sam   Okafor ", {
        falls.item_id: "What is a fall?\n\nWho tells the family?",
        pack.items[0].item_id: "   ",
    })
    saved = save_reply(reply, tmp_path / "sam.mkreply")
    received = read_reply(saved)
    assert received.reviewer == "Sam Okafor" and received.question_count == 2

    first = import_reply(store, ids["meeting"], received)
    assert first.added == 2 and first.items == ("Falls on the wards",)
    assert first.message() == "Added 2 questions from Sam Okafor to 1 item."
    before = snapshot(store)
    second = import_reply(store, ids["meeting"], read_reply(saved))
    assert second.added == 0 and second.already_there == 2
    assert "already here" in second.message()
    assert snapshot(store) == before
    questions = store.questions.for_item(ids["falls"])
    assert [(q["author"], q["text"]) for q in questions] == [
        ("Sam Okafor", "What is a fall?"), ("Sam Okafor", "Who tells the family?")]


def test_a_later_reply_adds_only_the_new_questions(store, tmp_path):
    ids = review_meeting(store)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    falls = pack.items[1].item_id
    import_reply(store, ids["meeting"], make_reply(pack, "Sam Okafor", {falls: "One?"}))
    result = import_reply(store, ids["meeting"],
                          make_reply(pack, "Sam Okafor", {falls: "One?\n\nTwo?"}))
    assert (result.added, result.already_there) == (1, 1)
    # Another partner asking the same words is a separate question.
    other = import_reply(store, ids["meeting"], make_reply(pack, "Lin Chen", {falls: "One?"}))
    assert other.added == 1
    assert len(store.questions.for_item(ids["falls"])) == 3


def test_markup_in_a_question_is_kept_as_plain_words(store, tmp_path):
    ids = review_meeting(store)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    text = '<script>alert("x")</script> <b>why?</b>'
    import_reply(store, ids["meeting"], make_reply(pack, "<i>Sam</i>", {ids["falls"]: text}))
    (question,) = store.questions.for_item(ids["falls"])
    assert (question["author"], question["text"]) == ("<i>Sam</i>", text)


def test_a_reply_for_another_meeting_is_refused_kindly(store, tmp_path):
    ids = review_meeting(store)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    reply = make_reply(pack, "Sam Okafor", {ids["falls"]: "Why?"})
    before = snapshot(store)
    with pytest.raises(ImportRefused) as refused:
        import_reply(store, ids["other"], reply)
    assert str(refused.value) == (
        "This reply from Sam Okafor is for the meeting 'Patient Safety Group' on Tuesday 3 March "
        "2026, not the one you have open. Choose that meeting on the left, then import the "
        "reply again.")
    assert snapshot(store) == before


def test_a_reply_from_another_database_is_refused(store, tmp_path):
    ids = review_meeting(store)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    reply = make_reply(pack, "Sam", {ids["falls"]: "Why?"})
    for item_id in (ids["welcome"], ids["falls"]):
        store.agenda.delete(item_id)
    store.agenda.add(ids["meeting"], "A new agenda")
    before = snapshot(store)
    with pytest.raises(ImportRefused, match="does not match this meeting's agenda"):
        import_reply(store, ids["meeting"], reply)
    assert snapshot(store) == before


def test_questions_for_a_removed_item_are_counted_not_added(store, tmp_path):
    ids = review_meeting(store)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    reply = make_reply(pack, "Sam", {ids["falls"]: "Why?", ids["welcome"]: "Hello?"})
    store.agenda.delete(ids["welcome"])
    result = import_reply(store, ids["meeting"], reply)
    assert (result.added, result.not_on_agenda) == (1, 1)
    assert "no longer on the agenda" in result.message()


def test_a_reply_needs_a_name_and_a_question(store, tmp_path):
    ids = review_meeting(store)
    pack = read_review_pack(export_review_pack(store, ids["meeting"], tmp_path / "p.mkreview"))
    with pytest.raises(MeetingKitError, match="write your name"):
        make_reply(pack, "  ", {ids["falls"]: "Why?"})
    with pytest.raises(MeetingKitError, match="nothing to send"):
        make_reply(pack, "Sam", {ids["falls"]: "\n\n  "})


def test_the_pack_is_one_zip_with_a_manifest_and_markdown_papers(store, tmp_path):
    ids = review_meeting(store)
    path = export_review_pack(store, ids["meeting"], tmp_path / "pack.mkreview")
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["manifest.json", "papers/1.md"]
        manifest = json.loads(archive.read("manifest.json"))
    assert (manifest["format"], manifest["version"]) == ("meetingkit-review-pack", 1)
    assert len(manifest["pack_id"]) == 32
    assert manifest["items"][1]["papers"][0]["file"] == "papers/1.md"


def test_splitting_notes_into_questions():
    assert split_questions("One?\n\n\nTwo\nlines?\n \nThree") == ["One?", "Two\nlines?", "Three"]
    assert split_questions("") == []
