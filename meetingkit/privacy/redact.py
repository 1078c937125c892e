"""Replace patient details with plain placeholders such as "[NHS number removed]"."""

from __future__ import annotations

from collections.abc import Iterable

from meetingkit.privacy.scanner import KnownStaffLike, PiiFinding, scan

PLACEHOLDERS = {
    "nhs_number": "[NHS number removed]",
    "date_of_birth": "[date of birth removed]",
    "postcode": "[postcode removed]",
    "phone": "[phone number removed]",
    "email": "[e-mail address removed]",
    "name_after_title": "[name removed]",
    "name": "[name removed]",
    "hospital_number": "[hospital number removed]",
    "address": "[address removed]",
    "initials_with_age": "[initials removed]",
    "age_with_place": "[age removed]",
    "bed": "[bed removed]",
}

_MAX_PASSES = 8


def redact(text: str, findings: Iterable[PiiFinding] | None = None,
           known_staff: KnownStaffLike = None) -> str:
    """`text` with each finding replaced by its placeholder.

    Given findings (e.g. the ones the user ticked), only those are replaced. Without them the
    text is scanned, and scanned again after replacing, because removing one detail can bring a
    "born" and a date within reach of each other; this repeats until nothing is left.
    """
    if findings is not None:
        return _replace(text, findings)
    for _ in range(_MAX_PASSES):
        found = scan(text, known_staff=known_staff)
        if not found:
            break
        text = _replace(text, found)
    return text


def _replace(text: str, findings: Iterable[PiiFinding]) -> str:
    pieces: list[str] = []
    position = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.start < position or text[finding.start : finding.end] != finding.text:
            continue  # overlapping or stale (the text changed since the scan): leave it
        pieces.append(text[position : finding.start])
        pieces.append(PLACEHOLDERS.get(finding.kind, "[removed]"))
        position = finding.end
    pieces.append(text[position:])
    return "".join(pieces)
