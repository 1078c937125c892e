"""A partner's involvement and expenses claim, in Word, ready to print and sign.

Built from plain data so it does not depend on how involvement is stored. The helper adding
involvement records (issue 6) turns their rows into an InvolvementClaim and calls export_claim:

    claim = InvolvementClaim(
        partner_name="Sam Okafor", committee_name="Patient Safety Group",
        period="March 2026", hourly_rate="18.50",
        rows=[ClaimRow("2026-03-03", "Patient Safety Group meeting", hours=2.5,
                       expenses="12.40", expenses_note="Bus fares")],
    )
    export_claim(claim, "claim.docx")

Time is paid at `hourly_rate` per hour, unless a row gives its own `payment` (for trusts that
pay by the half day or day: give each row's payment and describe the rates in `rate_words`,
e.g. "£75.00 a half day (up to 4 hours), £150.00 a day"; `hourly_rate` may then be None).

Money is kept as Decimal (amounts given as str, int or Decimal; floats are turned into text
first, so 0.1 stays 0.10) and rounded to the penny, half up, as payroll does.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from pathlib import Path

from meetingkit.errors import MeetingKitError
from meetingkit.export.dates import short_date

PENNY = Decimal("0.01")
SIGNATURE_HEIGHT_TWIPS = 1134  # 2 cm to sign in
Money = Decimal | str | int | float


@dataclass(frozen=True)
class ClaimRow:
    day: str  # ISO date of the activity
    activity: str  # e.g. "Patient Safety Group meeting", "Reading the meeting pack"
    hours: Money = 0
    expenses: Money = 0  # travel, parking, care costs... in pounds
    expenses_note: str = ""  # what the expenses were for
    payment: Money | None = None  # this row's payment for time, instead of hours x hourly rate


@dataclass(frozen=True)
class InvolvementClaim:
    partner_name: str
    committee_name: str
    rows: Sequence[ClaimRow]
    hourly_rate: Money | None  # payment per hour, in pounds (None if every row has a payment)
    period: str = ""  # e.g. "March 2026"
    reference: str = ""  # the trust's reference for the partner, if any
    notes: Sequence[str] = field(default_factory=tuple)  # extra lines for the trust's process
    rate_words: str = ""  # how time is paid, in words; default "£18.50 an hour"


@dataclass(frozen=True)
class ClaimTotals:
    hours: Decimal
    payment: Decimal
    expenses: Decimal

    @property
    def total(self) -> Decimal:
        return self.payment + self.expenses


def money(value: Money, what: str = "an amount of money") -> Decimal:
    """A non-negative amount rounded to two places, or a plain refusal."""
    try:
        amount = Decimal(str(value))
    except (InvalidOperation, ValueError) as error:
        raise MeetingKitError(f"'{value}' is not {what}.") from error
    if not amount.is_finite() or amount < 0:
        raise MeetingKitError(f"'{value}' is not {what}.")
    return amount.quantize(PENNY, rounding=ROUND_HALF_UP)


def hours(value: Money) -> Decimal:
    return money(value, "a number of hours")


def pounds(amount: Decimal) -> str:
    return f"£{amount:,.2f}"


def hours_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def row_payment(row: ClaimRow, rate: Decimal | None) -> Decimal:
    if row.payment is not None:
        return money(row.payment)
    if rate is None:
        raise MeetingKitError("Give an hourly rate, or a payment for each activity.")
    return (hours(row.hours) * rate).quantize(PENNY, ROUND_HALF_UP)


def _rate(claim: InvolvementClaim) -> Decimal | None:
    return None if claim.hourly_rate is None else money(claim.hourly_rate)


def claim_totals(claim: InvolvementClaim) -> ClaimTotals:
    rate = _rate(claim)
    total_hours = sum((hours(r.hours) for r in claim.rows), Decimal(0))
    payment = sum((row_payment(r, rate) for r in claim.rows), Decimal(0))
    expenses = sum((money(r.expenses) for r in claim.rows), Decimal(0))
    return ClaimTotals(total_hours, payment, expenses)


def export_claim(claim: InvolvementClaim, path: Path | str, *, large_print: bool = False,
                 allow_patient_details: bool = False) -> Path:
    """Saves the claim as a Word file at `path` (atomically). Refuses a claim with no rows or
    with amounts that are not money, with a plain message, and one with what looks like a
    patient's details unless `allow_patient_details`."""
    from meetingkit.export.docx_setup import new_document
    from meetingkit.export.docx_writer import DocWriter
    from meetingkit.export.privacy_check import claim_texts, refuse_patient_details

    refuse_patient_details(claim_texts(claim), allow_patient_details)

    if not claim.rows:
        raise MeetingKitError("There is nothing to claim yet: add at least one activity.")
    rate = _rate(claim)
    totals = claim_totals(claim)
    title = f"Involvement and expenses claim: {claim.partner_name}"
    writer = DocWriter(new_document(title, large_print, author=claim.partner_name,
                                    subject="Involvement and expenses claim"))
    writer.heading(title, 1)
    writer.labelled("Name", claim.partner_name)
    writer.labelled("Committee", claim.committee_name)
    if claim.period:
        writer.labelled("Period", claim.period)
    if claim.reference:
        writer.labelled("Reference", claim.reference)
    rate_words = claim.rate_words or (f"{pounds(rate)} an hour" if rate is not None else "")
    if rate_words:
        writer.labelled("Payment rate", rate_words)
    writer.heading("What I did", 2)
    rows = []
    for row in sorted(claim.rows, key=lambda r: r.day):
        row_hours = hours(row.hours)
        payment = row_payment(row, rate)
        expenses = money(row.expenses)
        note = f" ({row.expenses_note})" if row.expenses_note and expenses else ""
        rows.append([short_date(row.day), row.activity, hours_text(row_hours), pounds(payment),
                     pounds(expenses) + note, pounds(payment + expenses)])
    rows.append(["Total", "", hours_text(totals.hours), pounds(totals.payment),
                 pounds(totals.expenses), pounds(totals.total)])
    last = len(rows) - 1
    writer.table(["Date", "What I did", "Hours", "Payment", "Expenses", "Total"], rows,
                 caption="Involvement and expenses",
                 bold_cells=[(last, column) for column in range(6)])
    writer.paragraph(f"Total claimed: {pounds(totals.total)} ({pounds(totals.payment)} payment "
                     f"for {hours_text(totals.hours)} hours and {pounds(totals.expenses)} "
                     "expenses).", bold=True)
    writer.heading("Receipts", 2)
    writer.paragraph("Attach any receipts your trust asks for, such as parking or train "
                     "tickets.")
    for note in claim.notes:
        writer.paragraph(note)
    writer.heading("Declaration", 2)
    writer.paragraph("I confirm that I took part in the activities listed, that the expenses "
                     "were paid by me for this work, and that I have not claimed them anywhere "
                     "else.")
    # Bordered boxes to sign and date in (a row of underscores is read out as 'underscore'
    # thirty times, and gives no room to write in large print).
    writer.table(["Your signature", "Date"], [["", ""]], caption="Sign and date the claim",
                 row_height_twips=SIGNATURE_HEIGHT_TWIPS)
    writer.heading("For the trust", 2)
    writer.table(["Checked and approved by (name)", "Signature", "Date"], [["", "", ""]],
                 caption="For the trust: checked and approved",
                 row_height_twips=SIGNATURE_HEIGHT_TWIPS)
    return writer.save(path)
