"""A partner's involvement and expenses claim: sums to the penny, ready to sign."""

from __future__ import annotations

from decimal import Decimal

import pytest
from export_helpers import assert_accessible, table_rows, texts

from meetingkit.errors import MeetingKitError
from meetingkit.export import ClaimRow, InvolvementClaim, claim_totals, export_claim


def _claim(**changes) -> InvolvementClaim:
    values = dict(
        partner_name="Sam Okafor", committee_name="Patient Safety Group", period="March 2026",
        hourly_rate="18.50",
        rows=[ClaimRow("2026-03-03", "Patient Safety Group meeting", 2.5, "12.40", "Bus fares"),
              ClaimRow("2026-03-01", "Reading the meeting pack", "1.5")],
    )
    values.update(changes)
    return InvolvementClaim(**values)


def test_totals_are_exact_to_the_penny():
    totals = claim_totals(_claim())
    assert totals.hours == Decimal("4.00")
    assert totals.payment == Decimal("74.00")  # 2.5 x 18.50 + 1.5 x 18.50
    assert totals.expenses == Decimal("12.40")
    assert totals.total == Decimal("86.40")
    # 0.1 + 0.2 as floats is 0.30000000000000004; as money it is 0.30.
    floats = _claim(rows=[ClaimRow("2026-03-01", "a", 0, 0.1), ClaimRow("2026-03-02", "b", 0, 0.2)])
    assert claim_totals(floats).expenses == Decimal("0.30")


def test_the_claim_document(tmp_path):
    document = assert_accessible(export_claim(_claim(), tmp_path / "claim.docx"))
    lines = texts(document)
    assert document.core_properties.title == "Involvement and expenses claim: Sam Okafor"
    assert "Payment rate: £18.50 an hour" in lines and "Period: March 2026" in lines
    rows = table_rows(document.tables[0])
    assert rows[0] == ["Date", "What I did", "Hours", "Payment", "Expenses", "Total"]
    assert rows[1] == ["1 Mar 2026", "Reading the meeting pack", "1.5", "£27.75", "£0.00",
                       "£27.75"]  # in date order
    assert rows[2][4] == "£12.40 (Bus fares)"
    assert rows[-1] == ["Total", "", "4", "£74.00", "£12.40", "£86.40"]
    assert "Declaration" in lines and not any("___" in line for line in lines)
    # Boxes to sign and date in: a bordered table (Table Grid) with a tall empty row, whose
    # header row says what goes in each box.
    sign, trust = document.tables[1], document.tables[2]
    assert table_rows(sign) == [["Your signature", "Date"], ["", ""]]
    assert table_rows(trust)[0] == ["Checked and approved by (name)", "Signature", "Date"]
    for table in (sign, trust):
        assert table.style.name == "Table Grid"
        assert table.rows[1].height.cm >= 1.9


def test_rows_paid_by_the_half_day_or_day(tmp_path):
    claim = _claim(hourly_rate=None, rate_words="£75.00 a half day, £150.00 a day", rows=[
        ClaimRow("2026-03-03", "Meeting: half a day", 3, "4.50", payment="75"),
        ClaimRow("2026-04-07", "Meeting: a day", 6, payment=150)])
    assert claim_totals(claim).total == Decimal("229.50")
    document = assert_accessible(export_claim(claim, tmp_path / "claim.docx"))
    assert "Payment rate: £75.00 a half day, £150.00 a day" in texts(document)
    assert table_rows(document.tables[0])[-1] == ["Total", "", "9", "£225.00", "£4.50",
                                                  "£229.50"]
    with pytest.raises(MeetingKitError, match="hourly rate, or a payment"):
        claim_totals(_claim(hourly_rate=None))


@pytest.mark.parametrize("changes", [
    {"hourly_rate": "lots"}, {"hourly_rate": "-5"}, {"hourly_rate": float("nan")},
    {"rows": [ClaimRow("2026-03-01", "a", "two hours")]},
    {"rows": []},
])
def test_bad_claims_are_refused_plainly(tmp_path, changes):
    with pytest.raises(MeetingKitError) as refused:
        export_claim(_claim(**changes), tmp_path / "claim.docx")
    assert "\n" not in str(refused.value)
    assert not (tmp_path / "claim.docx").exists()
