"""The review pack and reply formats, and the limits a file must keep to be opened.

Files arrive by e-mail and are treated as hostile: sizes are checked before anything is read,
zip members are read in memory only (never unpacked to disk), and every field is checked."""

from __future__ import annotations

MB = 1024 * 1024

PACK_FORMAT = "meetingkit-review-pack"
PACK_VERSION = 1
PACK_SUFFIX = ".mkreview"
REPLY_FORMAT = "meetingkit-review-reply"
REPLY_VERSION = 1
REPLY_SUFFIX = ".mkreply"

MANIFEST_NAME = "manifest.json"
PAPER_NAME_PATTERN = r"papers/[0-9]{1,6}\.md"

MAX_PACK_BYTES = 20 * MB  # the file as it arrives
MAX_REPLY_BYTES = 2 * MB  # replies are small: questions typed by a person
MAX_MEMBERS = 2000
MAX_MEMBER_BYTES = 8 * MB  # one paper, unpacked
MAX_TOTAL_BYTES = 60 * MB  # everything, unpacked
MAX_MANIFEST_BYTES = 4 * MB
MAX_RATIO = 100  # unpacked / packed size beyond which a member is taken for a zip bomb
RATIO_FROM_BYTES = 256 * 1024
MAX_ITEMS = 300
MAX_PAPERS_PER_ITEM = 40
MAX_QUESTIONS_PER_ITEM = 200
MAX_SHORT_TEXT = 1000  # titles, names, places
MAX_LONG_TEXT = 50_000  # summaries, one question
MAX_GLOSSARY_TERMS = 2000
