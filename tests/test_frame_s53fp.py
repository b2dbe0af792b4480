"""Session 53 (reporting periods: cumulative fiscal periods, the year a results story reports). A whole year's results
are reported only once the year is over, so "the full year" of a results story published in the months after its year
ends is the year just ended, not the one in progress (a calendar company's year too, then labelled as the plain year);
a fiscal year's nine months are a cumulative period of their own, "9M FY2022", as its halves are "H1 FY2022", whether
written with the month they end in or bare ("For the nine-month period, ..."); a results verb ("announced") whose
object is the measure of a figure is no comment the period only dates. Made-up text; a test of each change fails on
the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods

from fixtures_claims import claims_reader


def test_the_full_year_of_a_results_story_is_the_year_just_ended(nlp, rules_copy):
    rules_copy("company_year_ends", "harwick stores:3", "harwick:3")
    text = ("Harwick turnaround pays off\n\nHARWICK STORES shares jumped to the top of the index yesterday after the "
            "retailer published its results.\n\nHarwick posted a 41 per cent jump in profit before tax for the full year as "
            "chief executive Ann Tolley's recovery plan paid off.\n\nThe retailer said revenue was up 6.2 per cent to "
            "£9.8bn.\n")
    found = claims_reader(dt.date(2025, 5, 21))(nlp, text)
    assert found["41 per cent"].period == "FY2025"
    assert found["6.2 per cent"].period == "FY2025"
    assert found["£9.8bn"].period == "FY2025"


def test_a_calendar_company_s_full_year_is_the_year_just_ended(nlp):
    text = ("Castel Engines shares soar after profit rise\n\nCastel Engines (LON:CSE) shares rose 8 percent at the open on "
            "Thursday, after posting a 19 percent profit rise.\n\nPre-tax profit rose to £640 million, up from the £538 "
            "million posted in 2024, with revenue up 4 percent to £9.3 billion.\n\nThe company declared a dividend of "
            "8.2p per share for the full year.\n")
    found = claims_reader(dt.date(2025, 3, 6))(nlp, text)
    assert found["£640 million"].period == "2024"
    assert found["£9.3 billion"].period == "2024"


def test_the_full_year_in_a_sentence_that_looks_ahead_is_the_year_in_progress():
    """Guard: passes on the session-start code too."""
    found = find_periods("The retailer expects profit to grow again for the full year.", dt.date(2025, 5, 21), None, 3)
    assert [m.period for m in found if m.kind == "full_year"] == ["FY2026"]


def test_the_full_year_long_after_the_year_ended_is_the_year_in_progress():
    """Guard: passes on the session-start code too."""
    found = find_periods("It posted a loss for the full year.", dt.date(2025, 11, 4), None, 3)
    assert [m.period for m in found if m.kind == "full_year"] == ["FY2026"]


def test_nine_months_to_a_month_of_a_fiscal_year_are_a_cumulative_period():
    found = find_periods("For the nine-month period ended March 31, profit rose.", dt.date(2025, 4, 24), None, 6)
    assert [m.period for m in found] == ["9M FY2025"]


def test_a_bare_nine_month_period_is_the_latest_nine_months_of_the_fiscal_year():
    found = find_periods("For the nine-month period, the company announced a net profit of Rs4.1 billion.",
                         dt.date(2025, 4, 24), None, 6)
    assert [m.period for m in found] == ["9M FY2025"]
    found = find_periods("EPS for the 9-month period was Rs6.10 a share.", dt.date(2025, 2, 12), None, 3)
    assert [m.period for m in found] == ["9M FY2025"]


def test_a_bare_nine_month_period_names_no_period_without_the_year_end():
    """Guard: passes on the session-start code too (no pattern read it)."""
    found = find_periods("For the nine-month period, profit rose.", dt.date(2025, 4, 24))
    assert not [m for m in found if m.period]


def test_a_results_story_s_nine_months_take_their_cumulative_label(nlp):
    text = ("Tarvani Refinery profit soars in Q3FY25\n\nKARACHI: Tarvani Refinery Limited (TRL) on Thursday reported a "
            "surge of 412 percent in its net profit for the third quarter of this fiscal.\n\nThe company reported a net "
            "profit of Rs3.112 billion for the quarter ended March 31, up from Rs607.2 million the previous year.\n\n"
            "For the nine-month period ended March 31, the company announced a net profit of Rs4.806 billion, up from "
            "Rs911.3 million from the same period last year.\n\nOrlan Petroleum profit rises\n\nOrlan Petroleum Limited "
            "reported a rise of 58 percent in its net profit for the quarter ended March 31, 2025.\n\nFor the nine-month "
            "period, the company announced a net profit of Rs7.215 billion, up from Rs4.420 billion from the same "
            "period last year.\n")
    found = claims_reader(dt.date(2025, 4, 24))(nlp, text)
    assert found["Rs3.112 billion"].period == "Q3 FY2025"
    assert found["Rs4.806 billion"].period == "9M FY2025"
    assert found["Rs911.3 million"].period == "9M FY2024"
    assert found["Rs7.215 billion"].period == "9M FY2025"
    assert found["Rs4.420 billion"].period == "9M FY2024"


def test_a_rate_decision_is_of_its_month_not_of_an_earlier_decision_in_the_background(nlp):
    text = ("Valdoria central bank resumes rate hike after one-off pause in April\n\nAfter keeping the interest rate on "
            "hold last month, the Reserve Bank of Valdoria on Tuesday announced the decision to lift the cash rate by 25 "
            "basis points to 4.10 per cent.\n\nIt marks the ninth increase by the bank in a year.\n")
    found = claims_reader(dt.date(2025, 5, 6))(nlp, text)
    assert found["25 basis points"].period == "2025-05"
    assert found["4.10 per cent"].period == "2025-05"


def test_a_bank_that_lifted_its_rate_decided_in_the_month_of_publication(nlp):
    text = ("Reserve Bank lifts cash rate to 2.10 per cent\n\nThe Reserve Bank of Valdoria has lifted the cash rate by 50 "
            "basis points to 2.10 per cent.\n\nIt is the third increase in a row after the bank lifted it by 50 basis "
            "points in June.\n")
    found = claims_reader(dt.date(2025, 7, 8))(nlp, text)
    assert found["2.10 per cent"].period == "2025-07"


def test_a_rate_decision_announced_on_a_weekday_is_of_its_month(nlp):
    text = ("Valdoria central bank ends run of rate cuts, holds at 14%\n\n(Wire) -- The Monetary Policy Committee (MPC) of "
            "Valdoria's central bank has maintained its benchmark policy rate at 14 percent, Governor of the Bank of "
            "Valdoria, Ann Reid announced here on Monday.\n")
    found = claims_reader(dt.date(2025, 9, 23))(nlp, text)
    assert found["14 percent"].period == "2025-09"


def test_a_month_a_series_started_in_with_a_past_when_clause_is_the_last_one():
    found = find_periods("The decision halts the series of cuts starting from March when the rate was reduced by 150 "
                         "basis points to 16.5 percent.", dt.date(2025, 9, 23))
    assert [m.period for m in found if m.kind == "month"] == ["2025-03"]


def test_a_measure_starting_in_a_month_to_come_is_still_the_one_to_come():
    """Guard: passes on the session-start code too."""
    found = find_periods("Cuts to bus fares and a pay rise, both beginning in August.", dt.date(2025, 6, 10))
    assert [m.period for m in found if m.kind == "month"] == ["2025-08"]


def test_three_months_to_end_of_a_month_without_the_article_are_the_quarter():
    found = find_periods("GDP figures showed growth of 0.6% for the three months to end of September.", dt.date(2025, 10, 24))
    assert [(m.period, m.kind) for m in found] == [("Q3 2025", "months_to")]


def test_a_year_named_by_its_month_in_a_quarterly_release_is_the_quarter(nlp):
    text = ("Consumers price index: March 2025 quarter\n\nThe consumers price index (CPI) increased 2.4 percent in the "
            "year to the March 2025 quarter, Stats Valdoria said today.\n\nHousing-related prices continued to increase, "
            "up 4.1 percent in the March 2025 year. Prices increased for newly built houses (up 5.2 percent).\n\nThe CPI "
            "rose 0.9 percent in the March 2025 quarter.\n")
    found = claims_reader(dt.date(2025, 4, 17))(nlp, text)
    assert found["4.1 percent"].period == "Q1 2025"
    assert found["5.2 percent"].period == "Q1 2025"


def test_a_year_named_by_its_month_is_that_month_s_rolling_year():
    """Guard: passes on the session-start code too (which read the month and its year)."""
    found = find_periods("Net migration was 41,200 in the March 2025 year.", dt.date(2025, 4, 17))
    assert [m.period for m in found] == ["2025-03"]


def test_share_moves_of_a_results_day_before_publication_are_of_that_day(nlp, rules_copy):
    rules_copy("company_year_ends", "kestrel networks:7", "kestrel:7")
    text = ("Kestrel strong Q4 performance\n\nKestrel Networks Inc reported a better-than-expected quarterly profit and "
            "outlook yesterday, sending its shares up 3 per cent.\n\nKestrel's fiscal fourth-quarter profit rose to $1.2 billion, from $0.9 billion in the "
            "same period a year earlier.\n\nKestrel shares rose 4.6 per cent in after-hours trading to $27.10, after closing "
            "at $25.91 on the Nasdaq.\n")
    found = claims_reader(dt.date(2025, 8, 14))(nlp, text)
    assert found["4.6 per cent"].period == "2025-08-13"
    assert found["$27.10"].period == "2025-08-13"
    assert found["3 per cent"].period == "2025-08-13"  # the move of the sentence that dates the results


def test_share_moves_of_a_results_story_of_the_day_of_publication_stay_that_day(nlp):
    """Guard: passes on the session-start code too."""
    text = ("Kestrel profit beats forecasts\n\nKestrel Networks Inc reported a better-than-expected quarterly profit on "
            "Thursday.\n\nKestrel's fiscal fourth-quarter profit rose to $1.2 billion.\n\nKestrel shares rose 4.6 per cent "
            "in after-hours trading to $27.10.\n")
    found = claims_reader(dt.date(2025, 8, 14))(nlp, text)
    assert found["4.6 per cent"].period == "2025-08-14"


def test_a_year_still_running_in_a_results_lead_is_guidance_not_the_year_reported(nlp):
    text = ("Risers and fallers\n\nTarrow Engineering has today posted a 12% increase in full-year pretax profit to "
            "$318.4m, up from $284.3m a year earlier. A 4% increase in revenue was also reported to $5.12bn. The company "
            "did however warn of a potential 10% drop in profits in its drilling unit throughout 2025.\n")
    found = claims_reader(dt.date(2025, 2, 18))(nlp, text)
    assert found["$318.4m"].period == "2024"
    assert found["$284.3m"].period == "2023"
    assert found["$5.12bn"].period == "2024"
