"""A day's trading is labelled by its day ("YYYY-MM-DD"): the market report's figures of the market, the period
module's reading of the label, and the checker, which matches a day only with a fact of that day."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.periods import day_of_week_before, parse_period
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 3, 11))  # a Wednesday

MARKET_REPORT = (
    "Lenders drag Carrow bourse lower\n\n"
    "The Carrow Composite index fell 1.4% to close at 8,212.60 on Tuesday as bank shares slid.\n\n"
    "The index has lost 6% since the start of the year. Some 312 million shares changed hands. Orla Bank fell 3.2% "
    "to 41.10 crowns, while Dennet Foods gained 1.1%.\n")


@pytest.mark.parametrize("word,published,ahead,last,expected", [
    ("tuesday", dt.date(2026, 3, 11), False, False, dt.date(2026, 3, 10)),  # the day before a Wednesday
    ("wednesday", dt.date(2026, 3, 11), False, False, dt.date(2026, 3, 11)),  # the day of publication itself
    ("wednesday", dt.date(2026, 3, 11), False, True, dt.date(2026, 3, 4)),  # "last Wednesday" on a Wednesday
    ("thursday", dt.date(2026, 3, 11), False, False, dt.date(2026, 3, 5)),  # the Thursday before
    ("friday", dt.date(2026, 3, 11), True, False, dt.date(2026, 3, 13)),  # "will vote on Friday"
    ("yesterday", dt.date(2026, 3, 11), False, False, dt.date(2026, 3, 10)),
    ("tonight", dt.date(2026, 3, 11), False, False, None),
])
def test_the_day_a_weekday_names_under_a_publication_date(word, published, ahead, last, expected):
    assert day_of_week_before(word, published, ahead=ahead, last=last) == expected


def test_a_day_label_is_a_day_for_the_period_module():
    query = parse_period("2026-03-10")
    assert (query.kind, query.year, query.quarter, query.span) == ("day", 2026, 3, "day")
    assert parse_period("2026-03").kind == "month"  # a month stays a month


def test_the_figures_of_a_days_trading_take_its_day(nlp):
    found = claims_of(nlp, MARKET_REPORT)
    for figure in ("1.4%", "8,212.60", "3.2%", "1.1%"):
        assert found[figure].period == "2026-03-10", figure
    assert found["Some 312 million"].period == "2026-03-10"  # the day's volume carries the article's day
    assert found["6%"].period != "2026-03-10"  # "since the start of the year" is no day's move


def test_without_a_publication_date_a_weekday_names_no_day(nlp):
    found = claims_of(nlp, MARKET_REPORT, None)
    assert not any(claim.period and claim.period.count("-") == 2 for claim in found.values())


def test_a_results_story_keeps_its_quarter_beside_the_days_share_move(nlp):
    text = ("Orla Bank shares climb after profit beat\n\n"
            "Shares of Orla Bank rose 4.2% on Tuesday after the lender reported third-quarter net income of "
            "$310 million, up from $268 million a year earlier.\n")
    found = claims_of(nlp, text, dt.date(2025, 10, 22))  # a Wednesday
    assert found["4.2%"].period == "2025-10-21"
    assert found["$310 million"].period != "2025-10-21"


def test_a_day_is_checked_only_against_a_fact_of_that_day():
    from claimx.reference.periods import select_facts
    from claimx.reference.pack import Fact

    year = Fact(entity="carrow", metric="index_level", period="2026", value=8000.0, unit="index point",
                start=dt.date(2026, 1, 1), end=dt.date(2026, 12, 31), source="made up")
    assert select_facts([year], parse_period("2026-03-10"), dt.date(2026, 3, 11)) == []


def test_a_close_with_no_weekday_is_the_close_of_the_day_of_publication(nlp):
    # a local market report that names no weekday: "has closed" reports the day the page came out
    text = ("Tarn index ends above 9,000 for the first time since 2019\n\n"
            "The benchmark Tarn-40 index has closed above 9,000 points for the first time since March 2019.\n\n"
            "The index gained 214.35 points, or 2.4%, to finish at 9,112.80 points. Some 188 million shares "
            "changed hands.\n")
    found = claims_of(nlp, text)  # published Wednesday 2026-03-11
    for figure in ("214.35 points", "9,112.80 points"):
        assert found[figure].period == "2026-03-11", figure


def test_a_close_on_a_named_day_keeps_that_day_and_a_close_with_another_period_names_none(nlp):
    found = claims_of(nlp, MARKET_REPORT)
    assert found["8,212.60"].period == "2026-03-10"  # "on Tuesday" wins over the day of publication
    text = ("Tarn index closed 2025 up 12%\n\n"
            "The benchmark Tarn-40 index closed 2025 at 9,112.80 points, a gain of 12% over the year.\n")
    found = claims_of(nlp, text, dt.date(2026, 1, 2))
    assert found["9,112.80 points"].period != "2026-01-02"  # the close of a year, not of a day


def test_a_commodity_report_names_its_day_of_trading(nlp):
    text = ("Copper slides to a four-month low\n\n"
            "Copper prices fell on Tuesday to settle at their lowest in four months as demand worries grew.\n\n"
            "Three-month copper on the exchange lost $112, or 1.2%, to close at $9,204 a tonne.\n")
    found = claims_of(nlp, text)  # published Wednesday 2026-03-11
    for figure in ("$112", "1.2%", "$9,204"):
        assert found[figure].period == "2026-03-10", figure
