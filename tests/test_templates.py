"""Agenda templates: the shipped files, checking damaged ones, applying one, and copying the last
meeting's agenda (items, not papers)."""

from __future__ import annotations

import json

import pytest

from meetingkit.errors import MeetingKitError
from meetingkit.model import Purpose
from meetingkit.templates import (
    STANDING_KINDS,
    agenda_of,
    apply_template,
    copy_last_agenda,
    last_meeting_agenda,
    list_templates,
    load_template,
    parse_template,
)


@pytest.fixture
def meetings(store):
    committee = store.committees.create("Patient Safety Group")
    earlier = store.meetings.create(committee, "Patient Safety Group", "2026-01-14")
    later = store.meetings.create(committee, "Patient Safety Group", "2026-03-11")
    return committee, earlier, later


def test_the_three_templates_ship_with_standing_items_and_plain_summaries():
    templates = {t.key: t for t in list_templates()}
    assert set(templates) == {"patient-safety-group", "psirf-oversight", "generic-committee"}
    for template in templates.values():
        kinds = [item.standing for item in template.items]
        for kind in ("apologies", "declarations", "minutes", "actions", "aob"):
            assert kind in kinds, (template.key, kind)
        assert kinds[-2:] == ["aob", "next_meeting"]  # the closing items come last
        assert template.description and template.name
        assert all(item.purpose in {p.value for p in Purpose} for item in template.items)
        assert all(item.summary for item in template.items if item.standing)
    story = [i for i in templates["patient-safety-group"].items if "story" in i.title.lower()]
    assert len(story) == 1 and story[0].purpose == "discussion" and story[0].summary


def test_shipped_summaries_are_plain_english():
    from meetingkit.plain import check

    for template in list_templates():
        for item in template.items:
            if item.summary:
                report = check(item.summary)
                words = [f.text for f in report.findings if f.severity == "warning"]
                assert not words, (template.key, item.title, words)


def test_load_template_by_key_and_unknown_key():
    assert load_template("psirf-oversight").name.startswith("Learning from incidents")
    with pytest.raises(MeetingKitError, match="could not be found"):
        load_template("no-such-template")


@pytest.mark.parametrize("text, reason", [
    ("not json", "damaged"),
    ('{"name": "x"}', "no list of items"),
    ('{"items": [{"purpose": "decision"}]}', "no title"),
    ('{"items": [{"title": "A", "purpose": "vote"}]}', "damaged"),
    ('{"items": [{"title": "A", "minutes": -5}]}', "whole number"),
    ('{"items": [{"title": "A", "minutes": true}]}', "whole number"),
    ('{"items": [{"title": "A", "standing": "lunch"}]}', "unknown standing kind"),
    ('{"items": [{"title": ["A"]}]}', "other than text"),
    ('{"items": ["A"]}', "not a set of fields"),
])
def test_damaged_templates_are_refused_with_their_name(text, reason):
    with pytest.raises(MeetingKitError, match=reason) as caught:
        parse_template("broken", text)
    assert "broken" in str(caught.value)


def test_parse_tidies_spaces_and_fills_defaults():
    template = parse_template("t", json.dumps({"items": [{"title": "  Falls   on wards "}]}))
    assert template.name == "t"
    (item,) = template.items
    assert (item.title, item.purpose, item.minutes, item.standing) == (
        "Falls on wards", "discussion", 10, "")
    assert "" in STANDING_KINDS


def test_apply_template_to_an_empty_meeting(store, meetings):
    _, _, meeting = meetings
    template = load_template("patient-safety-group")
    ids = apply_template(store, meeting, template)
    items = store.agenda.items(meeting)
    assert [i.id for i in items] == ids
    assert [i.title for i in items] == [t.title for t in template.items]
    assert store.agenda.total_minutes(meeting) == template.total_minutes
    assert items[0].standing == "apologies" and items[0].summary


def test_apply_adds_after_existing_items_or_replaces_them(store, meetings):
    _, _, meeting = meetings
    first = store.agenda.add(meeting, "Falls")
    store.papers.add(first, "Falls report", "Some words")
    template = load_template("generic-committee")
    apply_template(store, meeting, template)
    titles = [i.title for i in store.agenda.items(meeting)]
    assert titles[0] == "Falls" and len(titles) == 1 + len(template.items)
    apply_template(store, meeting, template, replace=True)
    assert [i.title for i in store.agenda.items(meeting)] == [t.title for t in template.items]
    assert store.papers.for_meeting(meeting) == []  # replaced items take their papers


def test_apply_is_all_or_nothing(store, meetings, monkeypatch):
    _, _, meeting = meetings
    store.agenda.add(meeting, "Kept")
    calls = []
    real_add = store.agenda.add

    def failing_add(*args, **kwargs):
        calls.append(args)
        if len(calls) == 3:
            raise MeetingKitError("disk full")
        return real_add(*args, **kwargs)

    monkeypatch.setattr(store.agenda, "add", failing_add)
    with pytest.raises(MeetingKitError):
        apply_template(store, meeting, load_template("generic-committee"), replace=True)
    assert [i.title for i in store.agenda.items(meeting)] == ["Kept"]


def test_copy_last_meeting_copies_items_not_papers(store, meetings):
    _, earlier, later = meetings
    item = store.agenda.add(earlier, "Falls", purpose="decision", presenter="Maria",
                            minutes=25, summary="What we learned from falls.")
    store.agenda.add(earlier, "Any other business", standing="aob", minutes=5)
    store.papers.add(item, "Falls report", "The figures")
    copy_last_agenda(store, later)
    copied = store.agenda.items(later)
    assert [(i.title, i.purpose, i.presenter, i.minutes, i.summary, i.standing)
            for i in copied] == [
        ("Falls", "decision", "Maria", 25, "What we learned from falls.", ""),
        ("Any other business", "discussion", "", 5, "", "aob"),
    ]
    assert store.papers.for_meeting(later) == []
    assert len(store.papers.for_meeting(earlier)) == 1  # the earlier meeting keeps its paper


def test_no_earlier_agenda_is_said_plainly(store, meetings):
    _, earlier, later = meetings
    assert last_meeting_agenda(store, later) is None  # the earlier meeting has no items
    with pytest.raises(MeetingKitError, match="no earlier meeting"):
        copy_last_agenda(store, later)
    assert last_meeting_agenda(store, earlier) is None  # nothing before the first meeting


def test_agenda_of_names_the_meeting(store, meetings):
    _, earlier, _ = meetings
    store.agenda.add(earlier, "Falls")
    template = agenda_of(store, earlier)
    assert "2026-01-14" in template.name and template.key == ""
    assert [i.title for i in template.items] == ["Falls"]


def test_an_empty_template_is_refused(store, meetings):
    _, _, meeting = meetings
    with pytest.raises(MeetingKitError, match="no items"):
        apply_template(store, meeting, parse_template("empty", '{"items": []}'))
