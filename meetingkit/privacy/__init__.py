"""Patient details (personally identifiable information) in papers and notes.

`scan(text, known_staff=...)` lists what looks like an NHS number, hospital number, date of
birth, postcode, street address, phone number, e-mail address, a patient's name or initials, a
bed number, or an exact age with a ward; `redact(text)` replaces them with placeholders. Used
before a meeting pack, minutes or any export leaves the laptop. `known_staff_from_store(store)`
gives the names of staff the app knows, so they are not reported.
"""

from __future__ import annotations

from meetingkit.privacy.known_staff import KnownStaff, known_staff_from_store
from meetingkit.privacy.nhs_number import is_valid_nhs_number, nhs_check_digit, nhs_number_spans
from meetingkit.privacy.redact import PLACEHOLDERS, redact
from meetingkit.privacy.scanner import KINDS, LABELS, MESSAGES, PiiFinding, scan

__all__ = [
    "KINDS",
    "LABELS",
    "MESSAGES",
    "PLACEHOLDERS",
    "KnownStaff",
    "PiiFinding",
    "is_valid_nhs_number",
    "known_staff_from_store",
    "nhs_check_digit",
    "nhs_number_spans",
    "redact",
    "scan",
]
