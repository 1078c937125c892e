"""Hide the parts of a markdown paper that are not prose (code, URLs, link targets, e-mail
addresses, HTML) so nothing inside them is flagged or changed.

The masked text has the same length as the original: hidden characters become spaces and line
breaks are kept, so every offset found in the masked text is an offset into the original."""

from __future__ import annotations

import re

# A pattern that starts with a literal character is found as fast as str.find; one that starts
# with ^ (in MULTILINE mode) is tried at every character. Each runs only when its trigger (text
# every match holds) appears in the paper: fences and HTML are rare in papers.
_PATTERNS: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    (("```", "~~~"), re.compile(
        r"^[ \t]{0,3}(`{3,}|~{3,})[^\n]*\n(?:.*?\n)??[ \t]{0,3}\1[`~]*[ \t]*$"
        r"|^[ \t]{0,3}(?:`{3,}|~{3,})[^\n]*(?:\n.*)?\Z", re.M | re.S)),
    (("`",), re.compile(r"`(`*)[^\n]*?(?<!`)`\1(?!`)")),  # code spans: the closing run matches the opening
    (("](",), re.compile(r"\]\([^)\n]*\)")),
    (("www.",), re.compile(r"www\.[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]")),
    (("<",), re.compile(r"<(?:!--.*?-->|/?[A-Za-z][^>\n]*>)", re.S)),
)
# A link reference line, "[label]: target", matched from the start of each line holding "]:".
_REFERENCE = re.compile(r"[ \t]{0,3}\[[^\]\n]+\]:[^\n]*")
_NOT_NEWLINE = re.compile(r"[^\n]")
# URLs and e-mail addresses are found from their "://" or "@" and grown outwards, because a
# pattern that starts with a letter class would be tried at every letter of the paper. The part
# before the marker is matched on the reversed text (longest first), which is the same as the
# leftmost start a search ending at the marker would find, without trying every start.
_SCHEME_BEFORE_REVERSED = re.compile(r"[a-zA-Z+.-]{0,20}[a-zA-Z]<?")  # <?[a-zA-Z][a-zA-Z+.-]{0,20}
_URL_AFTER = re.compile(r"[^\s<>()\[\]]*[^\s<>()\[\].,;:!?'\"]>?")
_LOCAL_BEFORE_REVERSED = re.compile(r"[\w.+-]{1,64}(?::otliam)?<?")  # <?(?:mailto:)?[\w.+-]{1,64}
_DOMAIN_AFTER = re.compile(r"[\w-]+(?:\.[\w-]+)+>?")


def _grown(text: str, marker: str, before_reversed: re.Pattern[str],
           after: re.Pattern[str]) -> list[tuple[int, int]]:
    spans = []
    at = text.find(marker)
    while at >= 0:
        window_start = max(0, at - 80)
        left = before_reversed.match(text[window_start:at][::-1])
        right = after.match(text, at + len(marker))
        if left and right:
            spans.append((at - left.end(), right.end()))
        at = text.find(marker, at + len(marker))
    return spans


def _reference_lines(text: str) -> list[tuple[int, int]]:
    spans = []
    at = text.find("]:")
    while at >= 0:
        found = _REFERENCE.match(text, text.rfind("\n", 0, at) + 1)
        if found:
            spans.append(found.span())
        line_end = text.find("\n", at)
        at = text.find("]:", line_end) if line_end >= 0 else -1
    return spans


def _holds(text: str, marker: str) -> bool:
    """Whether `marker` is in `text`. Its first character is looked for first: a search for one
    character absent from the text (most papers have no ']', '~' or '<') is many times faster
    than a search for a longer marker."""
    return marker[0] in text and marker in text


def protected_spans(text: str) -> list[tuple[int, int]]:
    """Sorted, merged (start, end) spans of text that is not prose."""
    spans: list[tuple[int, int]] = []
    for triggers, pattern in _PATTERNS:
        if any(_holds(text, trigger) for trigger in triggers):
            spans.extend(m.span() for m in pattern.finditer(text) if m.end() > m.start())
    if _holds(text, "]:"):
        spans.extend(_reference_lines(text))
    if "://" in text:
        spans.extend(_grown(text, "://", _SCHEME_BEFORE_REVERSED, _URL_AFTER))
    if "@" in text:
        spans.extend(_grown(text, "@", _LOCAL_BEFORE_REVERSED, _DOMAIN_AFTER))
    if not spans:
        return []
    spans.sort()
    merged = [spans[0]]
    for start, end in spans[1:]:
        last_start, last_end = merged[-1]
        if start <= last_end:
            merged[-1] = (last_start, max(last_end, end))
        else:
            merged.append((start, end))
    return merged


def mask(text: str) -> tuple[str, list[tuple[int, int]]]:
    """(masked text, protected spans)."""
    spans = protected_spans(text)
    if not spans:
        return text, spans
    pieces = []
    position = 0
    for start, end in spans:
        pieces.append(text[position:start])
        hidden = text[start:end]
        pieces.append(_NOT_NEWLINE.sub(" ", hidden) if "\n" in hidden else " " * (end - start))
        position = end
    pieces.append(text[position:])
    return "".join(pieces), spans


def lower_same_length(text: str) -> str:
    """text.lower(), except characters whose lower case is longer (İ) are kept, so offsets hold."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
