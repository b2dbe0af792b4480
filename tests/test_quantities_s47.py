"""Session 47: quantities as unseen real copy writes them. A minus sign before a currency's mark makes the sum
negative ("-US$195 per box", "a result of -N1.2bn": grammar.scanner `_attach_unit`); a change of a rate written in
per cent that is the difference between the two levels its sentence moves it between ("dropped by 0.99 per cent to
16.25 per cent from 17.24 per cent") is in percentage points (grammar.scanner `_point_differences`); a tally out of
a total in digits that is no proportion's base ("won 34 out of 42 seats") is two counts, not a ratio (grammar.scanner
`_n_in_m`); a rate written with its sign "at", "to" or "from" is a level, no change ("was at -0.63%":
components.direction). Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2023, 8, 20))


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Kestrel Lines recorded an operating loss of -US$195 per box.", "-US$195", -195, "USD"),
    ("Harlow Bank reported a result of -N1.2bn on the line in the quarter.", "-N1.2bn", -1.2e9, "NGN"),
    ("Other income was \u2212\u00a33.4m in the half.", "\u2212\u00a33.4m", -3.4e6, "GBP"),
])
def test_a_minus_before_a_currency_mark_is_negative(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)[figure]
    assert (found.value, found.unit) == (value, unit)


@pytest.mark.parametrize("text, figure", [
    ("Fares of US$130-US$300 apply on the route.", "US$130-US$300"),
    ("The deal \u2013 $4bn \u2013 closed on Friday.", "$4bn"),
    ("The estimate is plus or minus $3m.", "$3m"),
])
def test_no_sign_from_a_range_a_dash_or_a_margin(nlp, text, figure):
    assert claims_of(nlp, text)[figure].value > 0


def test_a_change_that_is_the_gap_between_two_rates_is_in_points(nlp):
    found = claims_of(nlp, "The annual inflation rate dropped by 0.99 per cent to 16.25 per cent in May from 17.24 "
                           "per cent in April.")
    assert (found["0.99 per cent"].unit, found["0.99 per cent"].value) == ("percentage_point", 0.99)
    assert found["16.25 per cent"].unit == "percent"


def test_the_same_shape_from_before_to(nlp):
    found = claims_of(nlp, "Unemployment fell by 0.3% from 5.2% to 4.9% in the quarter.")
    assert found["0.3%"].unit == "percentage_point"


@pytest.mark.parametrize("text, figure", [
    ("Prices rose by 5.9% to 14.3% from 13.5% over the year.", "5.9%"),  # the relative change: 14.3 / 13.5
    ("Output rose by 10 per cent to 110 per cent of capacity from 100 per cent.", "10 per cent"),  # both agree
    ("The rate rose by 2 percent to 12 percent.", "2 percent"),  # no old level
])
def test_a_relative_change_stays_in_per_cent(nlp, text, figure):
    assert claims_of(nlp, text)[figure].unit == "percent"


def test_a_tally_out_of_a_total_is_two_counts(nlp):
    found = claims_of(nlp, "The Harlow Party had won 34 out of 42 seats in the region.")
    assert (found["34"].unit, found["42"].unit) == ("count", "count")
    assert "34 out of 42" not in found


@pytest.mark.parametrize("text, figure", [
    ("Nine out of 10 voters backed the plan.", "Nine out of 10"),
    ("Only 3 out of 4 people agreed.", "3 out of 4"),
    ("Some 45 out of 100 patients recovered.", "Some 45 out of 100"),
    ("One in five homes is empty.", "One in five"),
])
def test_a_proportion_over_a_base_stays_a_ratio(nlp, text, figure):
    assert claims_of(nlp, text)[figure].unit == "ratio"


@pytest.mark.parametrize("text, figure", [
    ("Inflation in oils and fats was at -0.63% in November.", "-0.63%"),
    ("Core inflation fell to -0.5% in May.", "-0.5%"),
])
def test_a_signed_rate_at_or_to_is_a_level(nlp, text, figure):
    assert claims_of(nlp, text)[figure].kind == "percentage"


def test_a_signed_move_is_still_a_change(nlp):
    assert claims_of(nlp, "Stocks on Friday: FTSE 100 -1.3%, Dax +0.4%.")["FTSE 100 -1.3%"[9:]].kind == "change"
