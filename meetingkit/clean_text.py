"""Text from files made elsewhere may carry invisible characters that change how it is shown
rather than what it says. A right-to-left override makes "Sam<RLO>fdp.exe" show as
"Samexe.pdf"; in a reviewer's name it can make a reply look as if it came from someone else.
Names and other one-line fields from files lose them; long text (questions, papers) keeps the
marks right-to-left writing needs."""

from __future__ import annotations

import re

# Arabic letter mark, left-to-right and right-to-left marks, embeddings and overrides (LRE RLE
# PDF LRO RLO), isolates (LRI RLI FSI PDI).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def without_bidi_controls(text: str) -> str:
    return BIDI_CONTROLS.sub("", text)
