"""Builders for the review tests: a meeting to review, valid packs and replies as bytes, and a
snapshot of the whole database to prove a refused file changed nothing."""

from __future__ import annotations

import io
import json
import zipfile

from meetingkit.review import export_review_pack, make_reply, read_review_pack, reply_to_json


def review_meeting(store) -> dict:
    committee = store.committees.create("Patient Safety Group")
    meeting = store.meetings.create(committee, "Patient Safety Group", "2026-03-03",
                                    place="Seminar room 2")
    other = store.meetings.create(committee, "Extra meeting", "2026-04-07")
    welcome = store.agenda.add(meeting, "Welcome", summary="The chair says hello.")
    falls = store.agenda.add(meeting, "Falls on the wards", purpose="decision",
                             presenter="Maria Lopez", summary="What we learned from falls.")
    paper = store.papers.add(falls, "Falls review", "# Falls review\n\nThe MDT utilised Datix.")
    store.papers.update(paper, plain_body="# Falls review\n\nThe team looked at **falls**.")
    store.agenda.add(other, "Something else")
    return {"committee": committee, "meeting": meeting, "other": other, "welcome": welcome,
            "falls": falls}


def pack_bytes(store, meeting_id: int, tmp_path) -> bytes:
    path = export_review_pack(store, meeting_id, tmp_path / "pack.mkreview")
    return path.read_bytes()


def reply_bytes(store, meeting_id: int, tmp_path, notes_by_position: dict[int, str],
                reviewer: str = "Sam Okafor") -> bytes:
    pack = read_review_pack(export_review_pack(store, meeting_id, tmp_path / "r.mkreview"))
    notes = {pack.items[position].item_id: text for position, text in notes_by_position.items()}
    return reply_to_json(make_reply(pack, reviewer, notes)).encode("utf-8")


def members_of(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def zip_of(members: dict[str, bytes] | list[tuple[str, bytes]],
           compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    items = members.items() if isinstance(members, dict) else members
    with zipfile.ZipFile(buffer, "w", compression=compression) as archive:
        for name, data in items:
            archive.writestr(name, data)
    return buffer.getvalue()


def with_manifest(data: bytes, change) -> bytes:
    """The pack with its manifest edited by `change(manifest_dict)`."""
    members = members_of(data)
    manifest = json.loads(members["manifest.json"])
    change(manifest)
    members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    return zip_of(members)


def snapshot(store) -> list[str]:
    """Every row of every table, to compare before and after."""
    return list(store.conn.iterdump())
