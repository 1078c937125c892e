"""NHS number check digit (modulus 11), so only real-looking NHS numbers are flagged."""

from __future__ import annotations

import re
from collections.abc import Iterator

_WEIGHTS = (10, 9, 8, 7, 6, 5, 4, 3, 2)


def nhs_check_digit(first_nine: str) -> int | None:
    """The check digit for nine digits, or None when no valid NHS number can start with them."""
    if len(first_nine) != 9 or not first_nine.isascii() or not first_nine.isdigit():
        return None
    total = sum(int(digit) * weight for digit, weight in zip(first_nine, _WEIGHTS, strict=True))
    check = 11 - total % 11
    if check == 11:
        return 0
    if check == 10:
        return None  # numbers whose check would be 10 are never issued
    return check


def is_valid_nhs_number(value: str) -> bool:
    """Ten digits (spaces and hyphens ignored) with a correct check digit.

    Numbers made of one repeated digit (e.g. 444 444 4444) pass the arithmetic but are never
    issued; they are used as placeholders, so they are not treated as real.
    """
    digits = value.replace(" ", "").replace("-", "")
    if len(digits) != 10 or not digits.isascii() or not digits.isdigit():
        return False
    if len(set(digits)) == 1:
        return False
    return nhs_check_digit(digits[:9]) == int(digits[9])


# Runs of digit groups joined by single spaces or hyphens (also the no-break and thin spaces
# Word puts in), not touching letters or a decimal point, and not the rest of a phone number
# written +44 7700 900123 or +44 (0)20 7946 0958.
_DIGIT_RUN = re.compile(
    r"(?<![\w+.,/-])(?<!\+44[ \-\u00a0])(?<!\(0\))(?<!\(0\)[ \-\u00a0])"
    r"\d+(?:[ \-\u00a0\u202f]\d+)*(?![\w]|[.,/-]\d)"
)
_SEPARATOR = re.compile(r"[ \-\u00a0\u202f]")
MAX_GROUPS = 4  # 3-3-4, 4-3-3, 3-4-3, 5-5, 2-4-4, 2-2-3-3: more than four is a table of figures


def nhs_number_spans(text: str) -> Iterator[tuple[int, int]]:
    """Where `text` holds a valid NHS number, in any grouping: 943 476 5919, 9434 765 919,
    943-4765-919, 94347 65919, 9434765919. Grouping does not matter; the modulus 11 check does.
    In a longer run of numbers, the first or last groups making ten digits are tried too."""
    for run in _DIGIT_RUN.finditer(text):
        groups = [(m.start(), m.end()) for m in re.finditer(r"\d+", run.group(0))]
        for first, last in _ten_digit_windows(groups, run.group(0)):
            start, end = run.start() + groups[first][0], run.start() + groups[last][1]
            if is_valid_nhs_number(_SEPARATOR.sub("", text[start:end])):
                yield start, end
                break


def _ten_digit_windows(groups: list[tuple[int, int]], run: str) -> Iterator[tuple[int, int]]:
    sizes = [end - start for start, end in groups]
    if sum(sizes) == 10 and len(groups) <= MAX_GROUPS:
        yield 0, len(groups) - 1
        return
    if len(groups) < 2:
        return
    # The NHS number at the start or the end of a longer run ("943 476 5919 12"): each of its
    # groups has three digits or more, so tables of small figures are never read as one.
    for first, last in _prefixes_and_suffixes(len(groups)):
        window = sizes[first:last + 1]
        if sum(window) == 10 and len(window) <= 3 and min(window) >= 3:
            yield first, last


def _prefixes_and_suffixes(count: int) -> Iterator[tuple[int, int]]:
    for size in range(1, min(count, 4)):  # an NHS number is at most three groups of these
        yield 0, size - 1
        yield count - size, count - 1
