"""Patient details (personally identifiable information) in papers and notes.

`scan(text)` lists what looks like an NHS number, date of birth, postcode, phone number, e-mail
address or a name after a title; `redact(text)` replaces them with placeholders. Used before a
meeting pack or minutes leave the laptop.
"""

from __future__ import annotations

from meetingkit.privacy.nhs_number import is_valid_nhs_number, nhs_check_digit
from meetingkit.privacy.redact import PLACEHOLDERS, redact
from meetingkit.privacy.scanner import KINDS, MESSAGES, PiiFinding, scan

__all__ = [
    "KINDS",
    "MESSAGES",
    "PLACEHOLDERS",
    "PiiFinding",
    "is_valid_nhs_number",
    "nhs_check_digit",
    "redact",
    "scan",
]
