"""Partners' involvement claims: time paid as half days and days, travel and other expenses.

Pure calculations (no SQL, no Qt). The rules, in words, are in `rules_in_words(rates)`:

- Time for a meeting is the time in the meeting plus the time spent getting ready (reading the
  meeting pack, writing questions).
- Up to the committee's half-day hours (4 unless set otherwise) is paid as a half day.
- More than that, up to twice that (8 hours), is paid as a day.
- Beyond a day, each full day is paid as a day and what is left follows the same two rules.
- No time, no payment for time (expenses are still paid).
- Car travel is paid per mile at the committee's mileage rate; fares and parking at cost;
  other expenses at cost.

Money is whole pence (int) throughout; amounts are rounded half up to the penny once, per line.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import TYPE_CHECKING

from meetingkit.model import Row

if TYPE_CHECKING:  # the store imports this module, so only for type hints
    from meetingkit.store import Store

MINUTES_PER_HOUR = 60


@dataclass(frozen=True)
class Rates:
    """What a committee pays. Time rates start at zero ('not set yet'): money is never guessed.
    45p a mile is HM Revenue and Customs' approved rate for a car (first 10,000 miles)."""

    day_pence: int = 0
    half_day_pence: int = 0
    mileage_pence: int = 45
    half_day_hours: float = 4.0
    is_set: bool = False  # False until someone saves the committee's rates

    @property
    def day_hours(self) -> float:
        return self.half_day_hours * 2


@dataclass(frozen=True)
class InvolvementRecord(Row):
    """One partner's time and expenses for one meeting, as stored."""

    id: int
    meeting_id: int
    person_id: int
    attended: int = 1
    meeting_hours: float = 0.0
    preparation_hours: float = 0.0
    travel_miles: float = 0.0
    travel_cost_pence: int = 0  # fares, parking, taxis
    other_expenses_pence: int = 0  # e.g. care for someone at home while at the meeting
    expenses_note: str = ""
    updated_at: str = ""


@dataclass(frozen=True)
class TimeBand:
    days: int
    half_days: int

    @property
    def words(self) -> str:
        parts = []
        if self.days:
            parts.append("1 day" if self.days == 1 else f"{self.days} days")
        if self.half_days:
            parts.append("a half day")
        return " and ".join(parts) or "no time to pay"

    def pence(self, rates: Rates) -> int:
        return self.days * rates.day_pence + self.half_days * rates.half_day_pence


@dataclass(frozen=True)
class ClaimLine:
    meeting_id: int
    meeting_date: str  # ISO date
    meeting_title: str
    attended: bool
    meeting_hours: float
    preparation_hours: float
    band: TimeBand
    time_pence: int
    travel_miles: float
    mileage_pence: int
    travel_cost_pence: int
    other_expenses_pence: int
    expenses_note: str

    @property
    def total_hours(self) -> float:
        return self.meeting_hours + self.preparation_hours

    @property
    def expenses_pence(self) -> int:
        return self.mileage_pence + self.travel_cost_pence + self.other_expenses_pence

    @property
    def total_pence(self) -> int:
        return self.time_pence + self.expenses_pence


@dataclass(frozen=True)
class Claim:
    """Everything a claim form needs, as plain data (see meetingkit.export.claim for Word)."""

    person_id: int
    person_name: str
    committee_id: int
    committee_name: str
    date_from: str
    date_to: str
    rates: Rates
    lines: tuple[ClaimLine, ...]
    rules: tuple[str, ...]

    @property
    def time_pence(self) -> int:
        return sum(line.time_pence for line in self.lines)

    @property
    def expenses_pence(self) -> int:
        return sum(line.expenses_pence for line in self.lines)

    @property
    def total_pence(self) -> int:
        return self.time_pence + self.expenses_pence


def time_band(hours: float, half_day_hours: float = 4.0) -> TimeBand:
    """Hours of involvement as days and half days (rules in the module docstring). Works in
    whole minutes so 4.0 hours is exactly a half day however the float was made."""
    minutes = max(0, round(hours * MINUTES_PER_HOUR))
    half = round(half_day_hours * MINUTES_PER_HOUR)
    if half <= 0:
        raise ValueError("half_day_hours must be more than zero")
    day = 2 * half
    days, rest = divmod(minutes, day)
    if rest == 0:
        return TimeBand(days, 0)
    if rest <= half:
        return TimeBand(days, 1)
    return TimeBand(days + 1, 0)


def mileage_pence(miles: float, pence_per_mile: int) -> int:
    amount = Decimal(str(miles)) * pence_per_mile
    return int(amount.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def pence_from_text(text: str) -> int:
    """'£12.50', '12.5', '12' -> pence; raises ValueError on anything that is not money."""
    cleaned = text.strip().replace("£", "").replace(",", "")
    if not cleaned:
        return 0
    try:
        amount = Decimal(cleaned)
    except InvalidOperation as error:
        raise ValueError(text) from error
    if not amount.is_finite() or amount < 0:
        raise ValueError(text)
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def money(pence: int) -> str:
    """Pence as people write it: '£12.50', '£1,200.00', '£0.00'."""
    sign = "-" if pence < 0 else ""
    pence = abs(pence)
    return f"{sign}£{pence // 100:,}.{pence % 100:02d}"


def per_mile(pence: int) -> str:
    """A mileage rate as people say it: '45p', '£1.05'."""
    return f"{pence}p" if 0 <= pence < 100 else money(pence)


def hours_words(hours: float) -> str:
    minutes = round(hours * MINUTES_PER_HOUR)
    whole, rest = divmod(minutes, MINUTES_PER_HOUR)
    if rest == 0:
        return "1 hour" if whole == 1 else f"{whole} hours"
    return f"{minutes / MINUTES_PER_HOUR:g} hours"


def claim_line(record: InvolvementRecord, meeting_date: str, meeting_title: str,
               rates: Rates) -> ClaimLine:
    band = time_band(record.meeting_hours + record.preparation_hours, rates.half_day_hours)
    return ClaimLine(
        meeting_id=record.meeting_id, meeting_date=meeting_date, meeting_title=meeting_title,
        attended=bool(record.attended), meeting_hours=record.meeting_hours,
        preparation_hours=record.preparation_hours, band=band, time_pence=band.pence(rates),
        travel_miles=record.travel_miles,
        mileage_pence=mileage_pence(record.travel_miles, rates.mileage_pence),
        travel_cost_pence=record.travel_cost_pence,
        other_expenses_pence=record.other_expenses_pence, expenses_note=record.expenses_note,
    )


def rules_in_words(rates: Rates) -> tuple[str, ...]:
    half = hours_words(rates.half_day_hours)
    day = hours_words(rates.day_hours)
    return (
        "Time for a meeting is the time in the meeting plus the time spent getting ready.",
        f"Up to {half} is paid as a half day ({money(rates.half_day_pence)}).",
        f"More than {half}, up to {day}, is paid as a day ({money(rates.day_pence)}).",
        f"Beyond {day}, each {day} is a day and what is left follows the same rules.",
        f"Car travel is paid at {per_mile(rates.mileage_pence)} a mile. Fares, parking and other "
        "expenses are paid at cost.",
    )


def build_claim(person_id: int, person_name: str, committee_id: int, committee_name: str,
                date_from: str, date_to: str, rates: Rates,
                rows: list[tuple[InvolvementRecord, str, str]]) -> Claim:
    """`rows`: (record, meeting date, meeting title) in date order."""
    lines = tuple(claim_line(record, day, title, rates) for record, day, title in rows)
    return Claim(person_id, person_name, committee_id, committee_name, date_from, date_to,
                 rates, lines, rules_in_words(rates))


def claim_for(store: Store, person_id: int, committee_id: int, date_from: str,
              date_to: str) -> Claim:
    """A partner's claim for a committee's meetings between two dates (inclusive)."""
    person = store.people.get(person_id)
    committee = store.committees.get(committee_id)
    rows = store.involvement.for_claim(person_id, committee_id, date_from, date_to)
    return build_claim(person_id, person.name, committee_id, committee.name, date_from, date_to,
                       store.involvement.rates(committee_id), rows)


def word_claim(claim: Claim):
    """The claim as meetingkit.export's InvolvementClaim, the printable form. The money is this
    module's: each line's payment is its band's (a half day, a day), worked out once here, so
    the form prints any rates the committee set, including a day that is not two half days."""
    from meetingkit.export.claim import ClaimRow, InvolvementClaim

    rates = claim.rates
    half_hours = Decimal(str(rates.half_day_hours))
    rows = []
    for line in claim.lines:
        paid_hours = (line.band.days * 2 + line.band.half_days) * half_hours
        spent = ", ".join(part for part in (
            f"{hours_words(line.meeting_hours)} in the meeting" if line.meeting_hours else "",
            f"{hours_words(line.preparation_hours)} getting ready"
            if line.preparation_hours else "") if part) or "no time"
        notes = [part for part in (
            f"{line.travel_miles:g} miles at {per_mile(rates.mileage_pence)}"
            if line.travel_miles else "",
            f"fares and parking {money(line.travel_cost_pence)}" if line.travel_cost_pence else "",
            line.expenses_note) if part]
        rows.append(ClaimRow(day=line.meeting_date,
                             activity=f"{line.meeting_title}: {line.band.words} ({spent})",
                             hours=paid_hours, payment=Decimal(line.time_pence) / 100,
                             expenses=Decimal(line.expenses_pence) / 100,
                             expenses_note="; ".join(notes)))
    notes = (*claim.rules, f"Hours shown are the hours paid: a half day counts as "
             f"{hours_words(rates.half_day_hours)}.")
    period = f"{_day_words(claim.date_from)} to {_day_words(claim.date_to)}"
    rate_words = (f"{money(rates.half_day_pence)} a half day (up to "
                  f"{hours_words(rates.half_day_hours)}), {money(rates.day_pence)} a day")
    return InvolvementClaim(partner_name=claim.person_name, committee_name=claim.committee_name,
                            rows=rows, hourly_rate=None, period=period, notes=notes,
                            rate_words=rate_words)


def _day_words(iso: str) -> str:
    day = date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"
