"""Periods: parsing period words and picking the facts whose start/end they mean, fiscal calendars included."""
from __future__ import annotations

import datetime as dt

import pytest
from fixtures_check import PACK, PUBLISHED

from claimx.reference import load_pack
from claimx.reference.periods import (lookback_years, parse_period, parse_period_range, preceding_period,
                                      previous_period, select_facts)

pack = load_pack(PACK)
REVENUE = pack.facts_for("halvorsen", "revenue")


@pytest.mark.parametrize("text,kind,year,quarter", [
    ("FY2025", "fiscal_year", 2025, None),
    ("fiscal 2025", "fiscal_year", 2025, None),
    ("FY25", "fiscal_year", 2025, None),
    ("Q4 FY2025", "fiscal_quarter", 2025, 4),
    ("fourth quarter of fiscal 2025", "fiscal_quarter", 2025, 4),
    ("2024", "calendar_year", 2024, None),
    ("Q3 2024", "calendar_quarter", 2024, 3),
    ("latest fiscal year", "latest", None, None),
    ("most recent fourth quarter", "latest", None, 4),
    ("previous year", "previous", None, None),
    ("September 2025", "month", 2025, 9),
    ("2025-09", "month", 2025, 9),
    ("2024-25", "fiscal_year", 2025, None),  # a financial year or season is named by the year it ends in
    ("2024/25", "fiscal_year", 2025, None),
    ("the year to March 2025", "year_to", 2025, 3),
    ("FY2005-FY2025", "range", None, None),
    ("since the pandemic", "unknown", None, None),
    (None, "none", None, None),
])
def test_reference_periods_parse(text: str | None, kind: str, year: int | None, quarter: int | None) -> None:
    query = parse_period(text)
    assert (query.kind, query.year, query.quarter) == (kind, year, quarter)


@pytest.mark.parametrize("text,expected", [
    ("FY2025", ["FY2025"]),
    ("2024", ["FY2025"]),  # the fiscal year covering most of calendar 2024 (April 2024 - March 2025)
    ("Q4 FY2025", ["Q4 FY2025"]),
    ("Q4 2024", ["Q3 FY2025"]),  # October-December 2024
    ("latest fiscal year", ["FY2025"]),
    ("most recent quarter", ["Q4 FY2025"]),
    ("previous fiscal year", ["FY2024"]),
    ("the year to March 2024", ["FY2024"]),
    ("FY2019", []),
    (None, ["FY2025", "Q4 FY2025"]),
])
def test_reference_periods_select_facts(text: str | None, expected: list[str]) -> None:
    assert [fact.period for fact in select_facts(REVENUE, parse_period(text), PUBLISHED)] == expected


def test_reference_periods_latest_depends_on_the_publication_date() -> None:
    query = parse_period("latest fiscal year")
    assert [f.period for f in select_facts(REVENUE, query, dt.date(2025, 3, 30))] == ["FY2024"]


def test_reference_periods_fiscal_quarter_found_from_the_fiscal_calendar() -> None:
    unlabelled = [fact.__class__(**{**fact.__dict__, "period": "Jan-Mar 2025"}) for fact in REVENUE
                  if fact.period == "Q4 FY2025"]
    annual = [fact for fact in REVENUE if fact.period == "FY2025"]
    found = select_facts(unlabelled, parse_period("Q4 FY2025"), PUBLISHED, calendar=annual)
    assert [fact.period for fact in found] == ["Jan-Mar 2025"]


def test_reference_periods_no_period_and_nothing_ended_means_current_and_planned_periods() -> None:
    found = select_facts(REVENUE, parse_period(None), dt.date(2000, 1, 1))
    assert [fact.period for fact in found] == ["FY2005", "FY2024", "Q4 FY2024", "FY2025", "Q3 FY2025", "Q4 FY2025"]


def test_reference_periods_ranges_and_lookbacks() -> None:
    first, last = parse_period_range("FY2005-FY2025")
    assert (first.year, last.year) == (2005, 2025)
    assert parse_period_range("Q4 FY2025") is None
    assert lookback_years("revenue growth over the past two decades") == 20
    assert lookback_years("in five years") == 5
    assert lookback_years("revenue") is None


def test_reference_periods_comparison_periods() -> None:
    by_label = {fact.period: fact for fact in REVENUE}
    assert previous_period(REVENUE, by_label["Q4 FY2025"]) is by_label["Q4 FY2024"]
    assert previous_period(REVENUE, by_label["FY2025"], years=20) is by_label["FY2005"]
    assert preceding_period(REVENUE, by_label["Q4 FY2025"]) is by_label["Q3 FY2025"]
    assert previous_period(REVENUE, by_label["FY2005"]) is None
