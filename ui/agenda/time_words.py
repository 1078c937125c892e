"""The Agenda tab's sentences, in one place so they stay plain and the same everywhere."""

from __future__ import annotations


def minutes_words(count: int) -> str:
    return f"{count} minute" + ("" if count == 1 else "s")


def time_fit(total: int, length: int) -> tuple[str, bool]:
    """(sentence, too long?) for the agenda's total minutes against the meeting's length."""
    if total == 0:
        return f"The meeting is {length} minutes long. No time is planned yet.", False
    if total > length:
        return (f"The agenda is {minutes_words(total - length)} longer than the meeting "
                f"({total} minutes of items for a {length}-minute meeting). Shorten some items, "
                "or move one to another meeting.", True)
    if total == length:
        return (f"The agenda fills the meeting exactly ({length} minutes), with no time to "
                "spare.", False)
    return (f"The agenda takes {minutes_words(total)} of the meeting's {length}, leaving "
            f"{minutes_words(length - total)} to spare.", False)


def closing_position(standing_kinds: list[str]) -> int:
    """Where a new item goes: at the end, but before the closing standing items (any other
    business, date of the next meeting), which belong last."""
    position = len(standing_kinds)
    while position > 0 and standing_kinds[position - 1] in ("aob", "next_meeting"):
        position -= 1
    return position
