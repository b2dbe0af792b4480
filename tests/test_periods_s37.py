"""Session 37: the period an article reports on, read on real pages of several publishers, with made-up text."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from claimx.periods import find_periods

claims_of = claims_reader(dt.date(2024, 3, 14))


# A market report whose body later names a fiscal year ("during the fiscal year 2023-24") is still a report of the
# day's trading: the fiscal year named further down does not make it a results story.
MARKET = ("Dunmore index closes above 30,000 for the first time since 2019\n\n"
          "The benchmark Dunmore-40 index closed above 30,000 points on Thursday for the first time since May 2019.\n\n"
          "After opening at 29,612.20 points, the index rose 488.10 points to 30,100.30 after a 1.65 percent jump.\n\n"
          "Trading volumes climbed to 312 million shares.\n\n"
          "The index has gained 4,210 points during the fiscal year 2023-24.\n")


def test_a_fiscal_year_named_in_the_body_leaves_a_market_report_its_trading_day(nlp):
    found = claims_of(nlp, MARKET)
    assert found["1.65 percent"].period == "2024-03-14"
    assert found["312 million"].period == "2024-03-14"
    assert found["29,612.20 points"].period == "2024-03-14"


def test_a_half_of_a_century_is_no_half_year():
    found = find_periods("Most ice caps would melt in the second half of this century, the study found.",
                         dt.date(2019, 4, 8))
    assert [m.period for m in found if m.period] == []
    found = find_periods("Output should peak in the first quarter of the next decade.", dt.date(2019, 4, 8))
    assert [m.period for m in found if m.period] == []
    # a half-year is still one
    found = find_periods("Sales rose 5% in the second half, the company said.", dt.date(2019, 4, 8))
    assert [m.period for m in found if m.period] == ["H2 2018"]


def test_a_moves_points_before_its_day_are_a_unit_not_a_speakers_verb(nlp):
    # "points" is also a speaker's verb ("he points out"); right after a figure it is the move's unit, and the
    # weekday after it is the day of trading
    found = claims_of(nlp, "Harlow shares slip\n\nThe Harlow All-Share index fell 120 points on Tuesday as lenders "
                           "slid.\n\nTurnover rose to 4.1 billion crowns.\n", dt.date(2024, 3, 13))
    assert found["120 points"].period == "2024-03-12"
    assert found["4.1 billion crowns"].period == "2024-03-12"


# A revenue body's year just ended, reported on the first day of the next one: the year begun is no period of figures
# yet, and the last month of the year ended is a part of it.
REVENUE = ("Tax office meets its collection target for 2022-23\n\n"
           "The Valdorian Revenue Board said on Saturday it collected 7,410 billion crowns in fiscal year 2022-23, "
           "above its target of 7,250 billion crowns.\n\n"
           "The board said collections in fiscal year 2023-24 would build on the 1,020 billion crowns gathered in "
           "June 2023 alone.\n\n"
           "Income tax receipts rose 24% to 3,105 billion crowns.\n")


def test_a_fiscal_year_begun_at_publication_is_not_the_year_reported(nlp):
    found = claims_of(nlp, REVENUE, dt.date(2023, 7, 1))
    assert found["24%"].period == "2022-23"
    assert found["3,105 billion crowns"].period == "2022-23"


# A company keeping its books to March reports its first half, April to September, as "the first half of 2021".
HALF = ("Kestrel Telecom half-year profit climbs\n\n"
        "Kestrel Telecom posted a 9.4% rise in net profit in the first half of 2021. The company earned 21.3 billion "
        "shillings between April and September this year, against 19.5 billion shillings a year earlier.\n\n"
        "Data revenue grew 14% to 30.2 billion shillings.\n")


def test_a_half_of_april_to_september_is_a_fiscal_half(nlp):
    found = claims_of(nlp, HALF, dt.date(2021, 11, 10))
    assert found["14%"].period == "H1 FY2022"
    assert found["30.2 billion shillings"].period == "H1 FY2022"


def test_a_calendar_half_stays_calendar(nlp):
    text = HALF.replace("between April and September", "between January and June")
    found = claims_of(nlp, text, dt.date(2021, 8, 10))
    assert found["14%"].period == "H1 2021"


def test_the_six_months_of_a_fiscal_half_are_that_half(nlp):
    found = claims_of(nlp, HALF, dt.date(2021, 11, 10))
    assert found["21.3 billion shillings"].period == "H1 FY2022"  # "between April and September this year"
    assert found["19.5 billion shillings"].period == "H1 FY2021"  # "a year earlier"



def test_a_figure_no_verb_governs_takes_the_tense_of_its_sentence(nlp):
    # "(75 million, up 2.2%)" hangs from no verb; the sentence reports the past ("fell"), so the move takes the year
    # the article reports, as the figures of a past-tense sentence do
    text = ("Busiest airports of 2016 named\n\n"
            "Harlow was the world's busiest airport in 2016, with 101.5 million passengers, the airports council said.\n\n"
            "Traffic at Ostmark grew 10.7%, while Fenwick fell three places from third to sixth (75 million, up 2.2%).\n")
    found = claims_of(nlp, text, dt.date(2017, 4, 3))
    assert found["2.2%"].period == "2016"



def test_a_pages_time_stamp_is_no_first_sentence(nlp):
    # a page's stamp of a time and a date under the headline dates the page, not an event the story reports: the lead's
    # first sentence is the one after it (no event of the stamp's day, whose month the figures would take)
    text = ("Towns trim spending to hold down rates\n\n14 Mar 2024\n\n4:00 pm on 14 March 2024\n\n"
            "The association of town councils says its members are trying to keep rate rises low.\n\n"
            "A survey of 64 councils shows all of them are cutting spending.\n\n"
            "Valuations in Harlow revealed an average 13.4% increase on Tuesday.\n")
    found = claims_of(nlp, text, dt.date(2024, 3, 14))
    assert found["13.4%"].period != "2024-03"


# A regulated price change announced to take effect on a day of the coming week: its figures, in the future tense or
# the present ("will now cost"), are of the month that day falls in.
FUEL = ("Relief at the pumps\n\n"
        "The energy ministry has announced that the price of petrol will fall by 1.12 crowns a litre, while diesel is "
        "to drop by 0.94 crowns.\n\n"
        "The new prices, effective from Wednesday, mean that a litre of petrol will now cost 18.40 crowns.\n\n"
        "Paraffin now costs 12.10 crowns a litre.\n")


def test_a_price_change_effective_on_a_day_to_come_is_of_that_days_month(nlp):
    found = claims_of(nlp, FUEL, dt.date(2023, 1, 30))  # a Monday: the Wednesday is 1 February
    assert found["1.12 crowns"].period == "2023-02"
    assert found["18.40 crowns"].period == "2023-02"
    found = claims_of(nlp, FUEL, dt.date(2023, 1, 3))  # a Tuesday: the Wednesday is 4 January
    assert found["18.40 crowns"].period == "2023-01"


def test_a_price_change_on_a_day_past_is_no_change_to_come(nlp):
    text = ("Pump prices\n\nThe price of petrol fell by 1.12 crowns a litre on Wednesday, the ministry said.\n\n"
            "A litre of petrol cost 18.40 crowns.\n")
    found = claims_of(nlp, text, dt.date(2023, 1, 30))
    assert found["18.40 crowns"].period != "2023-02"


def test_a_record_since_a_season_written_with_the_is_no_period():
    found = find_periods("It was the highest aggregate crowd since the 1961-62 campaign.", dt.date(2010, 6, 1))
    assert [(m.kind, m.period) for m in found] == [("record_since", None)]
    found = find_periods("Prices hit their lowest level since the 2008 crash.", dt.date(2010, 6, 1))
    assert [(m.kind, m.period) for m in found] == [("record_since", None)]


def test_a_seasons_figures_beside_a_record_since_an_old_season_keep_the_season(nlp):
    text = ("Crowds up again\n\nLeague attendances rose again in the 2009-10 season.\n\n"
            "A total of 14.2 million fans watched the 1,400 matches, an increase of 3.1 per cent and the highest "
            "aggregate crowd since the 1961-62 campaign.\n")
    found = claims_of(nlp, text, dt.date(2010, 6, 1))
    assert found["14.2 million"].period == "2009-10"


def test_the_figure_of_the_time_a_record_reaches_back_to_is_that_times(nlp):
    text = ("Crowds up again\n\nLeague attendances rose again in the 2009-10 season.\n\n"
            "The 1,400 matches drew 14.2 million fans, the highest number since 1961/62 (15.1 million).\n\n"
            "Cup crowds rose to 2.2 million, the most since the 1971-72 season, when 2.4 million watched.\n")
    found = claims_of(nlp, text, dt.date(2010, 6, 1))
    assert found["14.2 million"].period == "2009-10"
    assert found["15.1 million"].period == "1961-62"
    assert found["2.4 million"].period == "1971-72"
    assert found["2.2 million"].period == "2009-10"


def test_a_similar_period_last_year_is_the_same_period_a_year_back():
    for text in ("Profit was 41 million, against 37 million in a similar period last year.",
                 "Revenue grew to 146 million from 126 million same period last year."):
        found = [m for m in find_periods(text, dt.date(2021, 11, 10)) if m.kind == "same_period_ago"]
        assert len(found) == 1 and found[0].shift == 1


def test_the_old_side_of_a_similar_period_last_year_is_the_half_a_year_back(nlp):
    text = HALF.replace("Data revenue grew 14% to 30.2 billion shillings.",
                        "Gross profit rose 8% to 54.6 billion shillings compared to 50.5 billion shillings similar "
                        "period last year.")
    found = claims_of(nlp, text, dt.date(2021, 11, 10))
    assert found["50.5 billion shillings"].period == "H1 FY2021"
    assert found["54.6 billion shillings"].period == "H1 FY2022"


def test_the_first_six_months_of_a_results_story_are_its_first_half():
    found = find_periods("The bank's net profit for the first six months rose 12% to 9.1 billion shillings.",
                         dt.date(2021, 8, 19))
    assert [m.period for m in found if m.period] == ["H1 2021"]
    # not six months counted from an event
    found = find_periods("Sales fell in the first six months after the tax took effect.", dt.date(2021, 8, 19))
    assert [m.period for m in found if m.period] == []
