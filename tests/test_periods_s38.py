"""Session 38's period shapes, each on made-up sentences (see /work/notes/s38/rows-s38-period.md)."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.periods import find_periods
from fixtures_claims import claims_reader

_claims = claims_reader(dt.date(2024, 5, 14))


@pytest.mark.parametrize("text,period", [
    # three months that make a calendar quarter are that quarter, six that make a half that half
    ("Measles infected 2,410 children between January and March 2024, the agency said.", "Q1 2024"),
    ("Exports rose 6% from April to June last year.", "Q2 2023"),
    ("The port handled 41,200 containers in July-September 2023.", "Q3 2023"),
    ("Arrivals reached 3.1 million from January to June 2023.", "H1 2023"),
    ("Some 310 fires were recorded between July and December 2023.", "H2 2023"),
    # a span from January on that is no quarter or half is the year so far, as "so far this year" is
    ("The clinic saw 18,250 patients from January to April this year.", "2024"),
    # a change from one month to the next, and a span at no quarter's bounds, keep the last month's name
    ("Prices rose 0.4% between March and April.", "2024-04"),
    ("Pay rose 3.1% in the February to April 2024 period.", "2024-04"),
])
def test_periods_a_span_of_months_that_makes_a_quarter_or_half_is_named_so(text, period):
    [found] = [m for m in find_periods(text, dt.date(2024, 5, 14)) if m.period]
    assert found.period == period


def test_periods_a_fiscal_story_keeps_its_own_quarter_for_a_span_of_months():
    # an organisation whose year ends in March: April to June is its first fiscal quarter, as before
    [found] = find_periods("net profit of Rs 812 crore in the April-June period", dt.date(2024, 7, 30), year_end=3)
    assert found.period == "Q1 FY2025"


def test_frame_period_a_lead_span_of_a_quarter_carries_as_that_quarter(nlp):
    text = ("Typhoid cases climb\n\nTyphoid infected 2,410 people and killed 31 between January and March 2024, "
            "the health agency said.\n\nThe outbreak was reported in nine districts.")
    claims = _claims(nlp, text)
    assert claims["2,410"].period == "Q1 2024"
    assert claims["nine"].period == "Q1 2024"


def test_frame_period_an_annual_profit_lead_reports_the_year_just_ended(nlp):
    # "annual profit" names a whole year's results as "full-year profit" does: a results lead naming no year is about
    # the fiscal year that ended before publication
    text = ("Harbourline Air flies to record\n\nCheaper fuel and full planes have lifted Harbourline Air to a record "
            "annual profit.\n\nThe carrier reported a net profit of $318 million, up 27 percent on a year ago, with "
            "revenue up 4 percent to $3.9 billion.\n\nIts operating profit rose to $402 million and earnings per "
            "share climbed to 61 cents.")
    claims = _claims(nlp, text, published=dt.date(2024, 8, 22))
    assert claims["$318 million"].period == "FY2024"
    assert claims["$3.9 billion"].period == "FY2024"


@pytest.mark.parametrize("text,period", [
    # twelve months written with their years: from April, the year written with both its years (a financial year)
    ("Recorded offences fell 4.2% between April 2022 and March 2023 compared with the year before.", "2022-23"),
    ("The food bank handed out 6,120 parcels from July 2022 to June 2023.", "2022-23"),
    # from January, the calendar year; three or six months that make a calendar quarter or half, that one
    ("Sales of heat pumps doubled from January 2023 to December 2023.", "2023"),
    ("Clinics saw 9,400 patients between October 2023 and December 2023.", "Q4 2023"),
])
def test_periods_a_span_of_months_written_with_their_years_is_one_period(text, period):
    [found] = [m for m in find_periods(text, dt.date(2024, 5, 14)) if m.period]
    assert found.period == period


def test_periods_a_change_over_a_month_or_a_year_still_takes_the_later_month():
    # one month or twelve apart: a change whose old side is the earlier month (unchanged)
    found = find_periods("Prices rose 0.6% between March 2024 and April 2024.", dt.date(2024, 5, 14))
    assert [(m.period, m.base) for m in found] == [("2024-03", True), ("2024-04", False)]


def test_frame_period_a_close_in_the_simple_past_with_no_day_is_the_trading_day_before(nlp):
    # a paper printed the morning after: "closed" with no weekday is the last trading day before publication
    text = ("Shilling steady against the dollar\n\n"
            "The shilling closed flat against the US dollar in the interbank market amid thin demand from importers.\n\n"
            "The dollar closed at 129.45 for buying and 129.65 for selling.")
    claims = _claims(nlp, text, published=dt.date(2024, 5, 13))  # a Monday: Friday's close
    assert claims["129.45"].period == "2024-05-10"
    claims = _claims(nlp, text, published=dt.date(2024, 5, 15))  # a Wednesday: Tuesday's close
    assert claims["129.45"].period == "2024-05-14"


def test_frame_period_a_close_in_the_present_perfect_or_today_is_the_day_of_publication(nlp):
    text = ("Tarn index above 9,000\n\n"
            "The benchmark Tarn-40 index has closed above 9,000 points for the first time.\n\n"
            "It gained 212.40 points to 9,044.10 points.")
    assert _claims(nlp, text, published=dt.date(2024, 5, 15))["9,044.10 points"].period == "2024-05-15"
    text = text.replace("has closed above", "closed above 9,000 points today, and ended")
    assert _claims(nlp, text, published=dt.date(2024, 5, 15))["9,044.10 points"].period == "2024-05-15"


def test_frame_period_a_breakdowns_items_in_brackets_take_the_storys_period_in_any_tense(nlp):
    text = ("Typhoid cases climb\n\nTyphoid infected 2,410 people between January and March 2024, the health agency "
            "said.\n\nLakeside has the most cases with 906. Others are Hollin (212 cases), Marrow (187 cases) and "
            "Tessel (95 cases).")
    claims = _claims(nlp, text)
    assert claims["212"].period == "Q1 2024"
    assert claims["95"].period == "Q1 2024"
