"""Hostile review packs and replies are refused with one plain line, shown inert, and never
change the chair's database."""

from __future__ import annotations

import json

import pytest
from review_helpers import (
    members_of,
    pack_bytes,
    reply_bytes,
    review_meeting,
    snapshot,
    with_manifest,
    zip_of,
)

from meetingkit.errors import ImportRefused
from meetingkit.review import (
    import_reply,
    parse_reply,
    read_reply,
    read_review_pack,
    read_review_pack_bytes,
)
from meetingkit.review.limits import MAX_PACK_BYTES


@pytest.fixture
def ids(store):
    return review_meeting(store)


@pytest.fixture
def good_pack(store, ids, tmp_path) -> bytes:
    return pack_bytes(store, ids["meeting"], tmp_path)


def _refused(data: bytes) -> str:
    with pytest.raises(ImportRefused) as refused:
        read_review_pack_bytes(data)
    message = str(refused.value)
    assert message and "\n" not in message and "Traceback" not in message
    return message


def test_truncated_packs(good_pack):
    for cut in (0, 2, 30, len(good_pack) // 2, len(good_pack) - 1):
        _refused(good_pack[:cut])


def test_files_that_are_not_packs(good_pack):
    assert "not a MeetingKit review pack" in _refused(b"%PDF-1.7 not a pack")
    assert "not a MeetingKit review pack" in _refused(zip_of({"notes.txt": b"hello"}))
    assert "damaged" in _refused(with_manifest(good_pack, lambda m: m.update(format="other")))
    assert "damaged" in _refused(zip_of({"manifest.json": b"[1, 2, 3]"}))
    assert "damaged" in _refused(zip_of({"manifest.json": b"{not json"}))
    assert "damaged" in _refused(zip_of({"manifest.json": b"[" * 100_000}))


def test_a_pack_from_a_newer_meetingkit(good_pack):
    assert "newer MeetingKit" in _refused(with_manifest(good_pack, lambda m: m.update(version=9)))


def test_absurd_sizes_are_refused_before_reading(tmp_path):
    huge = tmp_path / "huge.mkreview"
    with open(huge, "wb") as file:
        file.truncate(MAX_PACK_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ImportRefused, match="larger than 20 MB"):
        read_review_pack(huge)
    with pytest.raises(ImportRefused, match="larger than 2 MB"):
        read_reply(huge)


def test_zip_bombs(good_pack):
    members = members_of(good_pack)
    big = dict(members, **{"papers/1.md": b"0" * (9 * 1024 * 1024)})  # over one paper's limit
    assert "zip bomb" in _refused(zip_of(big))
    dense = dict(members, **{"papers/1.md": b"0" * (5 * 1024 * 1024)})  # ratio about 1000:1
    assert "zip bomb" in _refused(zip_of(dense))


@pytest.mark.parametrize("name", ["../evil.md", "/etc/passwd", "papers/../../x.md",
                                  "papers\\..\\x.md", "C:/Windows/x.md"])
def test_names_that_try_to_leave_the_pack(good_pack, name):
    members = dict(members_of(good_pack), **{name: b"x"})
    assert "reach outside" in _refused(zip_of(members))


def test_a_paper_pointing_outside_the_pack(good_pack):
    def point_away(manifest):
        manifest["items"][1]["papers"][0]["file"] = "../../etc/passwd"

    assert "damaged" in _refused(with_manifest(good_pack, point_away))


@pytest.mark.filterwarnings("ignore:Duplicate name")  # zipfile warns as we build the bad file
def test_duplicate_and_password_protected_members(good_pack):
    members = members_of(good_pack)
    duplicated = zip_of([*members.items(), ("papers/1.md", b"a second copy")])
    assert "damaged" in _refused(duplicated)
    assert "password" in _refused(_marked_encrypted(zip_of(members)))


def _marked_encrypted(data: bytes) -> bytes:
    """Sets the 'encrypted' flag in every local and central header (zipfile cannot encrypt)."""
    patched = bytearray(data)
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = patched.find(signature)
        while start != -1:
            patched[start + flag_offset] |= 0x1
            start = patched.find(signature, start + 4)
    return bytes(patched)


@pytest.mark.parametrize("change", [
    lambda m: m["meeting"].update(id="2"),
    lambda m: m["meeting"].update(id=True),
    lambda m: m["meeting"].update(date="next Tuesday"),
    lambda m: m["items"].append(m["items"][0]),  # the same item twice
    lambda m: m["items"][0].update(title=["a", "list"]),
    lambda m: m["items"][0].update(title="x" * 100_000),
    lambda m: m["items"][0].update(minutes=-5),
    lambda m: m.update(items=[{"id": n} for n in range(1, 5000)]),
    lambda m: m["items"][1]["papers"][0].update(words=[["only one"]]),
    lambda m: m["items"][1]["papers"][0].update(plain="yes"),
    lambda m: m.update(pack_id="../../etc"),
])
def test_fields_of_the_wrong_kind(good_pack, change):
    assert "damaged" in _refused(with_manifest(good_pack, change))


def test_a_paper_that_is_not_text(good_pack):
    members = dict(members_of(good_pack), **{"papers/1.md": b"\xff\xfe\x00bad"})
    assert "damaged" in _refused(zip_of(members))


def test_markup_in_text_fields_comes_through_as_plain_text(good_pack):
    script = '<script>alert("x")</script><img src=x onerror=alert(1)>'

    def add_markup(manifest):
        manifest["meeting"]["title"] = script
        manifest["items"][0]["summary"] = script + "\x07\x1b"

    pack = read_review_pack_bytes(with_manifest(good_pack, add_markup))
    assert pack.meeting.title == script  # the views escape it; nothing here interprets it
    assert pack.items[0].summary == script  # control characters removed


# ----- replies -------------------------------------------------------------------------------

@pytest.fixture
def good_reply(store, ids, tmp_path) -> bytes:
    return reply_bytes(store, ids["meeting"], tmp_path, {1: "What is a fall?"})


def _reply_refused(store, ids, data: bytes) -> str:
    before = snapshot(store)
    with pytest.raises(ImportRefused) as refused:
        import_reply(store, ids["meeting"], parse_reply(data))
    assert snapshot(store) == before
    message = str(refused.value)
    assert "\n" not in message
    return message


def _edited(reply: bytes, change) -> bytes:
    document = json.loads(reply)
    change(document)
    return json.dumps(document).encode("utf-8")


def test_broken_replies(store, ids, good_reply, good_pack):
    for cut in (0, 1, len(good_reply) // 2, len(good_reply) - 1):
        assert "damaged" in _reply_refused(store, ids, good_reply[:cut])
    assert "review pack, not a reply" in _reply_refused(store, ids, good_pack)
    assert "damaged" in _reply_refused(store, ids, b"\xff\xfe garbage")
    assert "damaged" in _reply_refused(store, ids, b"[" * 50_000)
    assert "newer MeetingKit" in _reply_refused(
        store, ids, _edited(good_reply, lambda r: r.update(version=2)))


@pytest.mark.parametrize("change", [
    lambda r: r.update(format="meetingkit-review-pack"),
    lambda r: r.update(reviewer=""),
    lambda r: r.update(reviewer=None),
    lambda r: r.update(reply_id="../../x"),
    lambda r: r.update(items={"1": "x"}),
    lambda r: r["items"][0].update(item_id="7"),
    lambda r: r["items"][0].update(item_id=1.5),
    lambda r: r["items"][0].update(questions="not a list"),
    lambda r: r["items"][0].update(questions=[{"text": "x"}]),
    lambda r: r["items"][0].update(questions=["x" * 60_000]),
    lambda r: r["meeting"].update(id=-1),
])
def test_reply_fields_of_the_wrong_kind(store, ids, good_reply, change):
    assert "damaged" in _reply_refused(store, ids, _edited(good_reply, change))


def test_a_huge_reply_is_refused(store, ids):
    assert "larger than 2 MB" in _reply_refused(store, ids, b" " * (2 * 1024 * 1024 + 1))
