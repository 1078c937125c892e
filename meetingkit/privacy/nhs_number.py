"""NHS number check digit (modulus 11), so only real-looking NHS numbers are flagged."""

from __future__ import annotations

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
