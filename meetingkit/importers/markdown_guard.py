"""Keep markdown within shapes that render quickly and safely.

Very deep nesting (lists indented dozens of levels, quotes inside quotes inside quotes) is
never meaningful in a committee paper, and can make a markdown renderer slow or recurse too
deep. Such lines are flattened to the deepest level allowed.
"""

from __future__ import annotations

import re

from meetingkit.importers.limits import MAX_LIST_DEPTH

MAX_INDENT = 4 * MAX_LIST_DEPTH  # markdown nests lists by four spaces a level
MAX_QUOTE_DEPTH = 6
_LEADING = re.compile(r"^[ \t]+")
_QUOTES = re.compile(r"^(?:[ \t]*>){" + str(MAX_QUOTE_DEPTH + 1) + ",}")


def limit_nesting(text: str) -> tuple[str, bool]:
    """`text` with over-deep indentation and quoting flattened, and whether anything changed."""
    changed = False
    lines = text.split("\n")
    for index, line in enumerate(lines):
        original = line
        quotes = _QUOTES.match(line)
        if quotes:
            line = ">" * MAX_QUOTE_DEPTH + " " + line[quotes.end() :].lstrip(" \t")
        leading = _LEADING.match(line)
        if leading:
            indent = leading.group(0).expandtabs(4)
            if len(indent) > MAX_INDENT:
                line = " " * MAX_INDENT + line[leading.end() :]
        if line != original:
            lines[index] = line
            changed = True
    return "\n".join(lines), changed
