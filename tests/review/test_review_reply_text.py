"""A reply re-saved by another program still imports: with the byte-order mark Notepad adds
(UTF-8 or UTF-16). Names from files lose the invisible characters that turn how text reads
(a right-to-left override can make "Sam" look like someone else), while the questions keep the
marks right-to-left writing needs."""

from __future__ import annotations

import json

import pytest
from review_helpers import reply_bytes, review_meeting

from meetingkit.clean_text import without_bidi_controls
from meetingkit.plain.glossary_csv import parse_glossary_csv
from meetingkit.review import import_reply, parse_reply, read_reply

RLO, PDF, RLM, LRI, PDI = "\u202e", "\u202c", "\u200f", "\u2066", "\u2069"


@pytest.fixture
def ids(store):
    return review_meeting(store)


@pytest.fixture
def reply(store, ids, tmp_path) -> bytes:
    return reply_bytes(store, ids["meeting"], tmp_path, {0: "Who reads the incident reports?"})


@pytest.mark.parametrize(("encoding", "mark"), [("utf-8", b"\xef\xbb\xbf"),
                                                ("utf-16-le", b"\xff\xfe"),
                                                ("utf-16-be", b"\xfe\xff")])
def test_a_reply_saved_with_a_byte_order_mark_imports(store, ids, reply, tmp_path, encoding,
                                                      mark):
    path = tmp_path / "reply.mkreply"
    path.write_bytes(mark + reply.decode("utf-8").encode(encoding))
    result = import_reply(store, ids["meeting"], read_reply(path))
    assert result.added == 1 and result.reviewer == "Sam Okafor"


def test_bidi_controls_leave_the_reviewers_name_and_titles(store, ids, reply):
    document = json.loads(reply)
    document["reviewer"] = f"Sam {RLO}rekaB{PDF} {LRI}Okafor{PDI}{RLM}"
    document["meeting"]["committee"] = f"{RLO}Patient Safety Group"
    question = f"Is the leaflet in Arabic too? {RLM}نعم{RLM}"
    document["items"][0]["questions"] = [question]
    parsed = parse_reply(json.dumps(document).encode("utf-8"))
    assert parsed.reviewer == "Sam rekaB Okafor"
    assert parsed.meeting.committee == "Patient Safety Group"
    assert parsed.items[0].questions == (question,)  # long text keeps its marks


def test_bidi_controls_leave_glossary_terms_from_a_file():
    data = (f"term,kind,plain\nSJR{RLO},acronym,structured judgement review\n"
            f"{RLO}{PDF},acronym,nothing left\n").encode()
    from meetingkit.errors import ImportRefused

    with pytest.raises(ImportRefused, match="Row 3 of the glossary file has no term"):
        parse_glossary_csv(data)
    entries = parse_glossary_csv(data.split(b"\n" + RLO.encode())[0] + b"\n")
    assert [entry.term for entry in entries] == ["SJR"]


def test_every_bidi_control_is_removed_and_nothing_else():
    controls = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    assert without_bidi_controls(f"A{controls}b\u200dc é ש") == "Ab\u200dc é ש"
