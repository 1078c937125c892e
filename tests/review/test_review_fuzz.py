"""Property tests: whatever is done to a review pack or a reply, opening it gives a pack or a
plain refusal (ImportRefused), never a crash, and a refused reply leaves the database as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from review_helpers import members_of, review_meeting, snapshot, zip_of

from meetingkit.errors import ImportRefused
from meetingkit.review import (
    ReviewPack,
    export_review_pack,
    import_reply,
    make_reply,
    parse_reply,
    read_review_pack,
    read_review_pack_bytes,
    reply_to_json,
)
from meetingkit.store import Store

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])


@pytest.fixture(scope="module")
def samples(tmp_path_factory):
    """A chair's database, with a valid pack and reply made from it (built once)."""
    folder: Path = tmp_path_factory.mktemp("review")
    store = Store.open(folder / "chair.db")
    ids = review_meeting(store)
    pack_path = export_review_pack(store, ids["meeting"], folder / "pack.mkreview")
    pack = read_review_pack(pack_path)
    reply = make_reply(pack, "Sam", {ids["falls"]: "Why?\n\nHow?", ids["welcome"]: "Hello"})
    yield {"store": store, "ids": ids, "pack": pack_path.read_bytes(),
           "reply": reply_to_json(reply).encode("utf-8")}
    store.close()


def _mutations(base_key: str):
    @st.composite
    def mutate(draw, samples):
        data = bytearray(samples[base_key])
        for _ in range(draw(st.integers(1, 6))):
            kind = draw(st.sampled_from(["flip", "cut", "insert", "delete"]))
            position = draw(st.integers(0, max(0, len(data) - 1)))
            if kind == "flip" and data:
                data[position] ^= draw(st.integers(1, 255))
            elif kind == "cut":
                del data[position:]
            elif kind == "insert":
                data[position:position] = draw(st.binary(min_size=1, max_size=40))
            elif kind == "delete":
                del data[position:position + draw(st.integers(1, 40))]
        return bytes(data)
    return mutate


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-2**63, 2**63) | st.floats(allow_nan=False)
    | st.text(max_size=30) | st.sampled_from(["papers/1.md", "../x", "2026-03-03", "<b>x</b>"]),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=12,
)


def _replace_somewhere(document, path_choices, value):
    """Puts `value` at a place in the JSON document chosen by `path_choices` (the whole
    document when the path is empty)."""
    if not path_choices:
        return value
    node = document
    for choice in path_choices:
        if not isinstance(node, (dict, list)) or not node:
            break
        key = sorted(node)[choice % len(node)] if isinstance(node, dict) else choice % len(node)
        if not isinstance(node[key], (dict, list)) or choice % 3 == 0:
            node[key] = value
            break
        node = node[key]
    return document


@SETTINGS
@given(data=st.data())
def test_mutated_pack_bytes_open_or_are_refused(samples, data):
    mutated = data.draw(_mutations("pack")(samples))
    try:
        assert isinstance(read_review_pack_bytes(mutated), ReviewPack)
    except ImportRefused as refused:
        assert str(refused) and "\n" not in str(refused)


@SETTINGS
@given(path=st.lists(st.integers(0, 1000), max_size=6), value=JSON_VALUES)
def test_packs_with_odd_manifest_values_open_or_are_refused(samples, path, value):
    members = members_of(samples["pack"])
    manifest = _replace_somewhere(json.loads(members["manifest.json"]), path, value)
    members["manifest.json"] = json.dumps(manifest).encode("utf-8")
    try:
        read_review_pack_bytes(zip_of(members))
    except ImportRefused:
        pass


def _import_or_refuse(samples, data: bytes) -> None:
    store, meeting = samples["store"], samples["ids"]["meeting"]
    before = snapshot(store)
    try:
        reply = parse_reply(data)
        import_reply(store, meeting, reply)
    except ImportRefused as refused:
        assert str(refused) and "\n" not in str(refused)
        assert snapshot(store) == before  # nothing written
    else:
        after = snapshot(store)  # only questions may have been added
        changed = set(after) ^ set(before)
        assert all("INSERT INTO \"questions\"" in line or "search_index" in line
                   for line in changed), changed


@SETTINGS
@given(data=st.data())
def test_mutated_reply_bytes_import_or_are_refused(samples, data):
    _import_or_refuse(samples, data.draw(_mutations("reply")(samples)))


@SETTINGS
@given(path=st.lists(st.integers(0, 1000), max_size=6), value=JSON_VALUES)
def test_replies_with_odd_values_import_or_are_refused(samples, path, value):
    document = _replace_somewhere(json.loads(samples["reply"]), path, value)
    assume(document is not None)
    _import_or_refuse(samples, json.dumps(document).encode("utf-8"))
