"""Frame shapes met reading real results and market copy (session 27). Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods
from fixtures_claims import claims_reader


claims_of = claims_reader()


RESULTS = ("Corvell misses on revenue\n\n"
           "Corvell Software reported fiscal first-quarter revenue below forecasts on Tuesday. Revenue was $4.12 billion "
           "in the quarter, which ended on Aug. 31.\n\n"
           "- Earnings: 88 cents per share, adjusted, vs. 91 cents per share as expected by analysts, according to "
           "Refinitiv.\n\n"
           "Analysts polled by Refinitiv are expecting fiscal second-quarter adjusted earnings of 95 cents per share.\n\n"
           "The licence segment generated $610 million in revenue, which is up 4% and below the consensus estimate "
           "of $640 million.\n\n"
           "Corvell shares have fallen 12% since the start of the year, while the Nasdaq is up about 9% over the same "
           "period.")


def test_an_estimate_a_result_is_measured_against_is_of_the_results_period(nlp):
    found = claims_of(nlp, RESULTS, dt.date(2021, 9, 14))
    assert found["88 cents"].period == "Q1 FY2022"
    assert found["91 cents"].period == "Q1 FY2022"
    assert found["91 cents"].frame.status == "estimate"  # "as expected by analysts", further on in its clause


def test_a_present_estimate_of_a_fiscal_quarter_long_over_is_of_the_coming_one(nlp):
    # the quarter ended in August, so the fiscal year ends in May: the second quarter to come ends in November 2021
    assert claims_of(nlp, RESULTS, dt.date(2021, 9, 14))["95 cents"].period == "Q2 FY2022"


def test_and_below_before_a_noun_phrase_is_no_bound(nlp):
    found = claims_of(nlp, RESULTS, dt.date(2021, 9, 14))
    assert "4%" in found and found["4%"].qualifier == "exact"
    assert found["4%"].metric == "revenue growth"  # "which is up 4%": the revenue just named
    bound = claims_of(nlp, "Harlby\n\nTickets cost $20 and below for children.", dt.date(2021, 9, 14))
    assert bound["$20 and below"].qualifier == "upper_bound"


def test_since_the_start_of_the_year_and_over_the_same_period(nlp):
    found = claims_of(nlp, RESULTS, dt.date(2021, 9, 14))
    assert (found["12%"].period, found["about 9%"].period) == ("2021", "2021")
    [m] = find_periods("Prices have eased since the beginning of this year.", dt.date(2024, 5, 2))
    assert (m.period, m.kind) == ("2024", "ytd")


def test_for_every_before_a_figure_makes_it_a_rate_denominator(nlp):
    text = ("Harlby budget\n\nResidents will pay $8.79 for every $1,000 of taxable property value. There were 12 deaths "
            "for every 100,000 residents. Route 4 runs every 8 minutes at peak times.")
    found = claims_of(nlp, text, dt.date(2015, 9, 9))
    assert {"$8.79", "12", "8 minutes"} <= set(found)
    assert "$1,000" not in found and "100,000" not in found


def test_a_list_item_the_parser_hangs_on_the_name_before_it_is_not_that_names(nlp):
    text = ("Harlby budget\n\nThe Harlby County budget also includes $260,000 for the Tax Collector’s Office, $150,000 "
            "increase in mental health funding and $300,000 for road repairs.")
    found = claims_of(nlp, text, dt.date(2015, 9, 9))
    assert found["$150,000"].subject != "Tax Collector’s Office"


def test_by_before_a_figure_read_as_a_range_names_the_change_verb(nlp):
    text = ("Harlby pay\n\nAverage weekly pay rose in the three months to August by 6% to £617. Sales fell last year "
            "by 4% to £80 million.")
    found = claims_of(nlp, text, dt.date(2022, 10, 11))
    assert (found["6%"].direction, found["4%"].direction) == ("up", "down")
    assert found["£617"].direction is None


def test_the_previous_quarter_to_a_month_is_that_rolling_quarter():
    [m] = find_periods("after growth of 5.5% in the previous quarter to July", dt.date(2022, 10, 11))
    assert (m.period, m.kind) == ("2022-07", "months_to")
    [m] = find_periods("growth in the previous quarter was weak", dt.date(2022, 10, 11))
    assert m.kind == "months_ago" and m.period is None  # still the quarter before the claim's own
    [m] = find_periods("output grew in the quarter to September 2024", dt.date(2024, 11, 1))
    assert m.period == "2024-09"


OIL = ("Crude slips\n\nBrent crude traded near its lowest level in two years on Monday.\n\n"
       "Brent for December settlement declined 58 cents, or 0.7 percent, to $61.09 a barrel. The January contract lost "
       "32 cents, or 0.5%, to $61.40.\n\n"
       "For the month, Brent lost 8.5%.")


def test_a_commodity_report_reads_contract_months_as_labels_and_moves_as_the_days(nlp):
    found = claims_of(nlp, OIL, dt.date(2020, 10, 30))
    # "for December settlement" names a contract, no period; the settlement is the day of trading the lead names
    # (since session 35, when a commodity's first sentence became a market's)
    assert found["58 cents"].period == found["$61.09"].period == "2020-10-26"
    assert found["58 cents"].frame.status == "market"
    assert found["58 cents"].subject.lower() == "brent"
    assert found["32 cents"].direction == "down"  # "lost 32 cents, or 0.5%": a move the percentage restates
    assert found["8.5%"].period == "2020-10"  # "for the month"


def test_a_months_average_commodity_price_is_no_market_move(nlp):
    text = "Wheat\n\nHarlan wheat averaged $231 a tonne in July, down 11% from $246 a year earlier."
    found = claims_of(nlp, text, dt.date(2025, 8, 20))
    assert found["$231"].period == "2025-07"


def test_for_the_month_and_contract_months():
    [m] = find_periods("For the month, Brent futures lost 8.5%", dt.date(2020, 10, 30))
    assert (m.period, m.kind) == ("2020-10", "for_the_month")
    assert find_periods("For the month, sales rose", dt.date(2020, 11, 1))[0].period == "2020-10"
    assert find_periods("Brent for December delivery fell 19 cents", dt.date(2020, 10, 30)) == []
