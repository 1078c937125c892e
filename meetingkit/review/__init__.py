"""Offline review by partners: the chair exports a review pack (.mkreview), a partner opens it
in MeetingKit on their own laptop, writes questions per agenda item and saves a small reply
(.mkreply) to e-mail back; the chair imports the reply and the questions appear on the items.

    export_review_pack(store, meeting_id, path, progress=None, cancel=None) -> Path
    render_review_pack(gather_pack(store, meeting_id), path, ...)  (for a worker thread)
    read_review_pack(path) / read_review_pack_bytes(data) -> ReviewPack
    make_reply(pack, reviewer, {item_id: text}) -> ReviewReply; save_reply(reply, path)
    read_reply(path) / parse_reply(data) -> ReviewReply
    check_reply_matches(store, meeting_id, reply)  (ImportRefused for another meeting)
    import_reply(store, meeting_id, reply) -> ImportResult (.message() says what happened)

Incoming files are refused with ImportRefused (one plain line) when damaged, too big, zip
bombs, password-protected, with parts that try to leave the pack, or with fields of the wrong
kind; nothing is written to the database before a file has passed every check. Text from a
file is only ever treated as text.
"""

from __future__ import annotations

from meetingkit.review.import_reply import (
    ImportResult,
    check_reply_matches,
    import_reply,
    reply_key,
)
from meetingkit.review.model import (
    MeetingRef,
    ReplyItem,
    ReviewItem,
    ReviewPack,
    ReviewPaper,
    ReviewReply,
)
from meetingkit.review.pack_reader import read_review_pack, read_review_pack_bytes
from meetingkit.review.pack_writer import export_review_pack, render_review_pack
from meetingkit.review.reply import (
    make_reply,
    parse_reply,
    read_reply,
    reply_to_json,
    save_reply,
    split_questions,
)

__all__ = [
    "ImportResult", "MeetingRef", "ReplyItem", "ReviewItem", "ReviewPack", "ReviewPaper",
    "ReviewReply", "check_reply_matches", "export_review_pack", "import_reply", "make_reply",
    "parse_reply", "read_reply", "read_review_pack", "read_review_pack_bytes",
    "render_review_pack", "reply_key", "reply_to_json", "save_reply", "split_questions",
]
