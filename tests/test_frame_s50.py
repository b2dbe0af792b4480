"""Session 50 (lead): results copy that dates its quarter by the month it ends and numbers it as the company's fiscal
quarter only further on ("record revenue for the quarter that ended June 26" ... "Orlan's fiscal third-quarter
revenue"; "in the September quarter" ... "in its fourth financial quarter to September 26"). The numbered quarter and
its end month fix the company's year end, so every figure of the quarter is the fiscal one (Q3 FY2010, Q4 FY2009), not
the calendar quarter the month ends. Made-up text; each test fails on the code before it unless it says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

ENDED_LEAD = ("Orlan beats forecasts on tablet sales\n\nOrlan Systems reported record revenue for the quarter that ended "
              "June 26, selling nearly 3.3 million tablets in the first period they were on sale.\n\n"
              "\"It was a remarkable quarter that beat our own plans,\" chief executive Dana Wirth said in a statement. "
              "\"Tablets are off to a fine start, and more people are buying our laptops than ever before.\"\n\n"
              "Orlan's fiscal third-quarter revenue of $15.7 billion was up 61% from a year earlier. The company's "
              "earnings of $3.51 a share beat the analysts' estimate of $3.11.\n")

MONTH_QUARTER_LEAD = ("Orlan profits surge past forecasts\n\nSales of Orlan's laptops jumped 17% to 3.05 million in the "
                      "September quarter, above analysts' forecasts.\n\n"
                      "The company sold 7.4 million phones, up from 6.9 million a year ago.\n\n"
                      "Orlan made a net profit of $1.67 billion in its fourth financial quarter to September 26, up from "
                      "$1.14 billion a year earlier.\n")


def test_a_fiscal_quarter_numbered_after_a_lead_that_dates_the_quarter_by_its_end_is_the_story_s(nlp):
    found = claims_reader(dt.date(2010, 7, 20))(nlp, ENDED_LEAD)
    assert found["nearly 3.3 million"].period == "Q3 FY2010"
    assert found["$15.7 billion"].period == "Q3 FY2010"
    assert found["$3.51"].period == "Q3 FY2010"


def test_a_financial_quarter_to_a_month_fixes_the_year_end_of_a_month_named_quarter(nlp):
    found = claims_reader(dt.date(2009, 10, 20))(nlp, MONTH_QUARTER_LEAD)
    assert found["3.05 million"].period == "Q4 FY2009"
    assert found["7.4 million"].period == "Q4 FY2009"
    assert found["6.9 million"].period == "Q4 FY2008"
    assert found["$1.67 billion"].period == "Q4 FY2009"


RELEASE = ("GDP first quarterly estimate, Valdoria: July to September 2022\n\nThe first quarterly estimate of Valdorian "
           "gross domestic product shows an estimated fall of 0.2% in Quarter 3 (July to Sept) 2022.\n\n"
           "The production sector fell by 1.5% in Quarter 3 2022, including falls in all 13 sub-sectors of "
           "manufacturing.\n")


def test_a_quarter_a_statistics_office_numbers_is_a_quarter_and_its_number_no_figure(nlp):
    found = claims_reader(dt.date(2022, 11, 11))(nlp, RELEASE)
    assert found["0.2%"].period == "Q3 2022"
    assert found["1.5%"].period == "Q3 2022"
    assert "3" not in found


TOLL = ("New Zealand road toll lower this year than last\n\nTwenty-four fewer people have died on the road this year "
        "than last year. As of this afternoon, 353 people have died on the road this year, down from 377 in 2018.\n\n"
        "Find out the road toll on your holiday route\n\nThe New Zealand Herald has built a map of every crash.\n")


def test_a_country_s_name_does_not_join_a_longer_name_it_begins(nlp):
    found = claims_reader(dt.date(2019, 12, 27))(nlp, TOLL)
    assert found["353"].subject == "New Zealand"
    assert found["377"].subject == "New Zealand"



def test_a_month_after_will_in_a_lead_is_the_month_to_come_not_last_year_s(nlp):
    text = ("Oil group to trim output as prices fall\n\nOil-producing alliance Karsa+ announced on Monday it will slightly "
            "lower oil production in October, eliminating the 100,000 barrel per day increase that began this month.\n\n"
            "The 13-member alliance said in a statement that markets were volatile.\n\n"
            "The price for a barrel of Karsa crude climbed 3 percent after the announcement, reaching $90 per barrel.\n")
    found = claims_reader(dt.date(2022, 9, 5))(nlp, text)
    assert found["$90 per barrel"].period != "2021-10"
    assert found["3 percent"].period != "2021-10"


def test_a_fiscal_year_under_way_named_in_a_results_lead_is_not_the_year_the_results_are_for(nlp):
    text = ("Korvel lifts final dividend despite profit drop\n\nEnergy group Korvel has lifted its final dividend despite "
            "a 13% drop in full-year profit to $253.9 million but says it expects to lift its payout again in the "
            "2019-20 financial year, which started on April 1.\n\n"
            "The lower profit came on a 2.5% dip in revenue for the 12 months to March 31 to $1.86 billion.\n")
    found = claims_reader(dt.date(2019, 5, 14))(nlp, text)
    assert found["$253.9 million"].period in ("FY2019", "2018-19")
    assert found["$1.86 billion"].period in ("FY2019", "2018-19")


AIRPORTS = ("Kestrel airports handle 84m passengers\n\nKestrel's airports processed 84m passengers last year, an increase of "
            "6% on the year before, figures from the aviation authority show.\n\n"
            "Harbour numbers rose 3.1% to 41.2m, Northgate was up 5% to 18.46m, and Calder rose 11% to 7.53m.\n\n"
            "Traffic at the regional airports increased 9% last year to 16m - the fastest rise in a decade.\n")


def test_a_glued_m_ending_a_clause_is_millions_in_a_text_that_writes_it_before_what_it_counts(nlp):
    found = claims_reader(dt.date(2005, 3, 15))(nlp, AIRPORTS)
    assert (found["18.46m"].value, found["18.46m"].unit) == (18_460_000, "count")
    assert (found["7.53m"].value, found["7.53m"].unit) == (7_530_000, "count")
    assert (found["16m"].value, found["16m"].unit) == (16_000_000, "count")


def test_a_name_that_was_up_by_a_percentage_is_no_share_price_in_a_text_that_never_writes_of_shares(nlp):
    found = claims_reader(dt.date(2005, 3, 15))(nlp, AIRPORTS)
    assert found["5%"].metric != "share price"
    assert found["5%"].period == "2004"


def test_a_glued_m_ending_a_clause_in_a_jumping_report_stays_metres(nlp):
    """Guard: passes on both."""
    text = ("Reid clears 2.31m\n\nAnna Reid jumped 2.31m. Her rival cleared 2.28m, and the crowd of 14m watched on "
            "television.\n")
    found = claims_reader(dt.date(2024, 8, 3))(nlp, text)
    assert found["2.31m"].unit == "m"


def test_a_price_index_written_by_its_acronym_measures_the_index_by_its_long_name(nlp):
    text = ("Valdoria's CPI rises 1.9 percent year over year in January\n\nHARLOW, Feb. 18 -- Valdoria's Consumer Price "
            "Index (CPI) rose 1.9 percent year over year in January, following an increase of 1.8 percent in December, "
            "the statistics office said Tuesday.\n\nExcluding gasoline, the CPI rose 1.7 percent.\n")
    found = claims_reader(dt.date(2025, 2, 19))(nlp, text)
    assert found["1.7 percent"].metric == "consumer price index"
    assert found["1.7 percent"].subject == "Valdoria"


def test_over_the_same_period_is_the_span_written_last_and_only_for_its_own_clause(nlp):
    text = ("Social homes shortfall grows\n\nLast year only 6,338 new social-rented homes were built in Valdoria, a fall "
            "of 84 per cent since 2010, while new lettings from existing homes also fell by 17 per cent in the same "
            "period.\n")
    found = claims_reader(dt.date(2020, 9, 15))(nlp, text)
    assert found["6,338"].period == "2019"
    assert found["84 per cent"].period == "2010-2019"
    assert found["17 per cent"].period == "2010-2019"


def test_share_moves_listed_after_while_share_the_period_of_the_first_clause(nlp):
    text = ("Orla shares surge on takeover deal\n\nShares of Orla Semiconductors surged 3.1% in premarket trade Thursday "
            "after it agreed to be bought by Kestrel Devices.\n\nOrla's stock has rallied 17% year to date through "
            "Wednesday, while Kestrel shares have soared 36%, the Harlow Chip index has surged 25% and the Carlton 500 "
            "has gained 4.7%.\n")
    found = claims_reader(dt.date(2016, 10, 27))(nlp, text)
    assert found["17%"].period == "2016"
    assert found["36%"].period == "2016"
    assert found["4.7%"].period == "2016"
    assert found["3.1%"].period == "2016-10-27"


ESTIMATE = ("Orlan revenue tops forecasts\n\nOrlan Systems said revenue for its fiscal second quarter, which ended on Dec. "
            "27, rose 9% to $2.84 billion, above the average analyst estimate of $2.71 billion.\n\n"
            "The company's earnings of $3.51 a share also beat the Wall Street estimate of $3.11.\n\n"
            "Its cloud unit's revenue rose to $1.07 billion, or nearly half of group revenue.\n")


def test_an_estimate_wall_street_or_analysts_make_is_their_forecast_of_the_measure_before_it(nlp):
    found = claims_reader(dt.date(2026, 2, 1))(nlp, ESTIMATE)
    assert found["$2.71 billion"].metric.startswith("analysts' forecast")
    assert found["$3.11"].metric.startswith("analysts' forecast")



def test_an_analysts_estimate_is_no_whole_of_a_reported_share(nlp):
    """Guard: passes on the start code, where the estimate measured no revenue; with it read as "analysts' forecast of
    revenue" it holds only because check/internal.internal_share leaves an estimate out of a reported share's whole."""
    from fixtures_claims import checked_reader

    text = ("Harlen tops forecasts\n\nHarlen Group said revenue rose 9% to $2.84 billion in the quarter, above the average "
            "analyst estimate of $2.71 billion.\n\nThe parts division was again the bright spot. Its sales climbed 18% to "
            "$1.07 billion, or nearly half of group revenue.\n")
    checked = checked_reader(dt.date(2026, 2, 1), claims_reader(dt.date(2026, 2, 1)))(nlp, text)
    assert checked["nearly half"].verdict == "contradicted"  # 1.07 / 2.84 = 38%




def test_a_study_named_by_the_short_name_in_brackets_after_it_is_given_by_that_name(nlp):
    # (a real study's name, which the tagger cuts short: "Risk Factor Intervention Trial"; the sentences are made up)
    text = ("Heart studies show lower death rates\n\nData from two long-term studies show that people at low risk lived "
            "longer.\n\nA report on the two studies, the Multiple Risk Factor Intervention Trial (MRFIT), and the Kestrel "
            "Heart Detection Project in Industry (KHD), appears in the December issue of a journal.\n\nIn MRFIT, 12,866 "
            "men were followed for 16 years. The MRFIT men came from 18 cities.\n")
    found = claims_reader(dt.date(1999, 11, 30))(nlp, text)
    assert found["12,866"].subject == "MRFIT"
    assert found["16 years"].subject == "MRFIT"


def test_a_plain_dollar_is_local_in_a_text_that_names_the_exchange_in_its_lead_and_the_country_once_more(nlp):
    text = ("Korvel lifts final dividend\n\nEnergy group Korvel has lifted its final dividend despite a 13% drop in "
            "full-year profit to $253.9 million.\n\nThe company told the ASX yesterday the lower profit came on a dip in "
            "revenue to $1.86 billion, in part because the Australian Energy Regulator had disallowed some spending.\n")
    found = claims_reader(dt.date(2019, 5, 14))(nlp, text)
    assert found["$253.9 million"].unit == "AUD"
    assert found["$1.86 billion"].unit == "AUD"


def test_a_company_s_results_year_is_a_fiscal_year_however_the_text_writes_it(nlp):
    text = ("Korvel lifts final dividend despite profit drop\n\nEnergy group Korvel has lifted its final dividend despite "
            "a 13% drop in full-year profit to $253.9 million.\n\nThe lower profit came on a 2.5% dip in revenue for the "
            "12 months to March 31.\n\nKorvel shares had hit $1.86 on Friday in anticipation of the 2018-19 result.\n")
    found = claims_reader(dt.date(2019, 5, 14))(nlp, text)
    assert found["$253.9 million"].period == "FY2019"
    assert found["2.5%"].period == "FY2019"


def test_a_budget_for_a_fiscal_year_that_begins_in_a_month_is_that_fiscal_year(nlp):
    text = ("County leaders give first nod to $372M budget\n\nThe Marlow County Commission approved the first reading of "
            "its $372.2 million budget on Tuesday evening.\n\nHigher property values led to a small dip in the general "
            "millage rate for the next fiscal year, which begins Oct. 1. The budget includes three new ambulances.\n")
    found = claims_reader(dt.date(2015, 9, 9))(nlp, text)
    assert found["$372.2 million"].period == "FY2016"
    assert found["three"].period == "FY2016"


def test_a_day_to_come_in_a_disaster_lead_does_not_date_the_toll(nlp):
    text = ("Bushfires in Valdoria leave more than 2,000 homes damaged or destroyed\n\nMilder conditions are giving "
            "exhausted firefighters across Valdoria a short reprieve before dangerous bushfire weather is set to return on "
            "Friday.\n\nThe fire service confirmed 1,588 homes had been destroyed this fire season and a total of 653 "
            "homes had been damaged.\n")
    found = claims_reader(dt.date(2020, 1, 7))(nlp, text)
    assert found["1,588"].period == "2020-01-07"
    assert found["653"].period == "2020-01-07"


def test_a_quarter_written_with_last_year_and_no_of_is_that_year_s_quarter(nlp):
    text = ("Harlen Bank profit rises\n\nHarlen Bank said its third-quarter profit rose to $2.1 billion from $1.9 "
            "billion in the third quarter last year.\n\nDuring the second quarter last year, the bank had cut 400 jobs.\n")
    found = claims_reader(dt.date(2025, 11, 5))(nlp, text)
    assert found["$1.9 billion"].period == "Q3 2024"
    assert found["400"].period == "Q2 2024"


def test_a_quarter_counted_in_a_streak_is_no_period(nlp):
    text = ("Valdoria crime falls again\n\nRecorded crime in Valdoria fell 4% for the second quarter in a row, the "
            "statistics office said.\n")
    found = claims_reader(dt.date(2025, 11, 5))(nlp, text)
    assert found["4%"].period != "Q2 2025"


def test_a_title_case_headline_s_measure_word_taken_for_a_name_gives_way_to_the_body_s_restatement(nlp):
    text = ("Orlan's Profit Climbs 47% On Strong Tablet Sales\n\nOrlan Systems said on Tuesday its quarterly profit "
            "climbed 47% to $1.2 billion.\n")
    from fixtures_claims import doc_claims_of

    headline = next(c for c in doc_claims_of(nlp, text, dt.date(2025, 11, 5)) if c.start < 50)
    assert headline.subject == "Orlan Systems"
    assert headline.metric == "quarterly profit"
