"""Session 42: when a figure is for, in shapes of real wire, market and statistics copy. Made-up names and figures;
each test fails on the code before the change it names.

- a market report whose first sentence names only a day to come ("Markets will be shut for trading on Thursday", a
  word of rules/frame.json future_words in the day's clause) dates its figures by the day of trading the next
  sentence of its lead names, not by the last such weekday before publication (article._day_named, _later_day);
  a weekday opening its sentence before a comma ("On Wednesday, the Varex index ended ...") dates every clause of it
  (period._opening_day);
- a story whose lead reports "the past year" ("has risen by 13 per cent in the past year, new figures reveal") and
  names no period is of the rolling year its text names further on ("from July 2015 up to June this year", "the 12
  months to June"), which every figure shares (article._rolling_year_end, _Rules.recent_year);
- a disaster story whose first sentence dates even its report by a day ("Floods have killed at least 31 people ...,
  officials said yesterday") is news of that day: its figures are of that day (the month, until session 45 settled a
  running toll's convention), not of the year of publication (article.build, the disaster branch);
- a results lead's six months to a month that ends no calendar half ("net profit for six months through September"),
  which it calls the first half ("half-year net profit", rules/frame.json first_half_words), are the first half of a
  fiscal year ending six months later (H1 FY2019 of a year to March 2019), and "a year earlier" the half before
  (article._first_half);
- a poll or a survey that "said" its findings in a month dates them by it ("In July, a Daily Courier poll said 39% of
  people would vote ...": claims._dates_comment), and what people "would" do, as a poll in the past found it, is no
  forecast (claims._poll_found); a share "on" after a party's name or "still" ("one point ahead of the Unity Party on
  30%", "are still on 6%": rules/frame.json level_on_words) is a level, no old side (period._level_on);
- a figure dated by the very day its story carries ("exceeded 44 degrees on Tuesday" in a story of Tuesday's heat)
  takes that day, not no period (claims, the day word of a figure that is no market's);
- a first sentence that counts in the past tense on a day it names ("There were 514 patients on trolleys ...
  yesterday": rules/frame.json past_count_phrases) is a daily report of that day, whose figures take it
  (article._report_day);
- a central bank's decision its first sentence reports is of the month of publication even when a later sentence of
  the lead names an earlier month ("Annual inflation slowed to 9.8 percent in December"), which dates only its own
  figures (article.build, the rate-decision branch);
- a commodity's prices that move ("Brent oil prices had rallied 1.8 percent on Friday": a noun of rules/frame.json
  price_nouns with a commodity before it) move on a market, each on the day written right after it ("... and 2.6
  percent on Thursday": period.event_day reads the days after the figure first, claims._status);
- a figure after "the previous close of" (rules/frame.json previous_close_words) in a report of a day's trading is
  the close of the trading day before (claims._previous_close).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2021, 3, 17))


def test_a_market_shut_on_a_day_to_come_dates_its_figures_by_the_day_traded(nlp):
    text = ("Markets closed for holiday\n\n"
            "MUMBAI: Share, commodity and currency markets will be shut for trading on Thursday on account of a "
            "public holiday. Trading resumes on Friday.\n\n"
            "On Wednesday, the benchmark Varex index ended 120.50 points lower at 31,204.10, while the broader Tolmex "
            "index was down 0.4 per cent at 9,102.\n\n"
            "The Harlow Industrial Average lost 36.08 points, or 0.13 per cent, to close at 28,515.45.\n")
    claims = claims_of(nlp, text)
    assert claims["31,204.10"].period == "2021-03-17"
    assert claims["9,102"].period == "2021-03-17"
    assert claims["28,515.45"].period == "2021-03-17"


def test_the_past_year_of_a_lead_is_the_rolling_year_named_further_on(nlp):
    text = ("9% rise in crime recorded by Varrow Police\n\n"
            "Crime recorded by Varrow Police has risen by 9 per cent in the past year, new figures reveal.\n\n"
            "Violent crime in the county has jumped by more than a quarter, according to official statistics.\n\n"
            "Varrow Police today defended its record, saying its officers have got better at recording crime.\n\n"
            "It says the figures do not mean that more offences are being committed.\n\n"
            "There were 41,200 crimes recorded in the Varrow area from April 2019 up to March this year.\n\n"
            "There were 1,830 sexual offences recorded, a rise of 12 per cent, and 301 robberies.\n")
    claims = claims_of(nlp, text, dt.date(2020, 7, 23))
    assert claims["9 per cent"].period == "2020-03"
    assert claims["1,830"].period == "2020-03"
    assert claims["301"].period == "2020-03"


def test_a_disaster_dated_by_the_day_of_its_report_is_of_that_day(nlp):
    # a running toll is dated by the day it is counted as of (corpus/README.md, settled in session 45; was the month)
    text = ("Floods kill 31 in Tarnland\n\n"
            "Flash floods triggered by heavy rain have killed at least 31 people in Tarnland and forced over 52,000 "
            "from their homes, officials said yesterday, as forecasters predicted more rain.\n\n"
            "In the northern province of Calder, 12 people were killed and some 9,000 left homeless.\n")
    claims = claims_of(nlp, text, dt.date(2019, 8, 1))
    assert claims["at least 31"].period == "2019-07-31"
    assert claims["some 9,000"].period == "2019-07-31"


def test_six_months_to_september_called_the_half_year_are_a_fiscal_first_half(nlp):
    text = ("Kilima Telecom's half-year net profit up 14pc to Sh12.4bn\n\n"
            "Kilima Telecom's net profit for six months through September rose 14.1 per cent, helped by its mobile "
            "money service, the operator reported Friday.\n\n"
            "Profit after taxation hit Sh12.4 billion compared with Sh10.9 billion a year earlier.\n\n"
            "Voice revenues were nearly flat, increasing 1.1 per cent to Sh21.07 billion.\n")
    claims = claims_of(nlp, text, dt.date(2018, 11, 2))
    assert claims["14.1 per cent"].period == "H1 FY2019"
    assert claims["Sh12.4 billion"].period == "H1 FY2019"
    assert claims["Sh10.9 billion"].period == "H1 FY2018"
    assert claims["Sh21.07 billion"].period == "H1 FY2019"


_POLL = ("Support slips for the Unity Party in latest opinion poll\n\n"
         "The Daily Courier poll was published today.\n\n"
         "AN OPINION POLL published today by the Daily Courier puts the Green Alliance as the most popular party.\n\n"
         "The Green Alliance is on 31%, just one percentage point ahead of the Unity Party on 30%. The Reform Group "
         "is up to 7%, and the Civic Party are still on 6%.\n\n"
         "In September, a Daily Courier poll found that the Unity Party were on 33%.\n\n"
         "In July, a Daily Courier poll said 39% of people would vote for the Unity Party, with 11% saying they "
         "would vote for the Civic Party.\n")


def test_a_poll_said_in_a_month_is_that_months_poll(nlp):
    claims = claims_of(nlp, _POLL, dt.date(2021, 1, 17))
    assert claims["39%"].period == "2020-07"
    assert claims["11%"].period == "2020-07"


def test_a_party_on_a_share_after_its_name_is_at_that_level(nlp):
    claims = claims_of(nlp, _POLL, dt.date(2021, 1, 17))
    assert claims["30%"].period == "2021-01"
    assert claims["6%"].period == "2021-01"


def test_a_figure_of_the_day_a_story_carries_takes_that_day(nlp):
    text = ("Valdoria records its hottest day ever\n\n"
            "Valdoria has suffered through its hottest day on record with the weather office revealing Tuesday's "
            "average maximum temperature across the nation was 39.8 degrees.\n\n"
            "Temperatures exceeded 44 degrees for much of the interior of Valdoria on Tuesday. At Carrow on the west "
            "coast a maximum of 45.2 degrees was recorded.\n")
    claims = claims_of(nlp, text, dt.date(2019, 12, 18))
    assert claims["39.8 degrees"].period == "2019-12-17"
    assert claims["44 degrees"].period == "2019-12-17"


def test_a_past_count_of_a_named_day_is_a_daily_report_of_that_day(nlp):
    text = ("More than 500 patients on hospital trolleys yesterday\n\n"
            "There were 514 patients on trolleys in hospitals across Valdoria yesterday, according to the Valdorian "
            "Nurses Union.\n\n"
            "The HSE counted 402 patients on trolleys, with 211 waiting over nine hours.\n\n"
            "Carrow General Hospital had 44 patients on trolleys.\n")
    claims = claims_of(nlp, text, dt.date(2017, 2, 2))
    assert claims["514"].period == "2017-02-01"
    assert claims["211"].period == "2017-02-01"
    assert claims["44"].period == "2017-02-01"


def test_a_rate_decision_is_of_its_month_whatever_month_the_lead_later_names(nlp):
    text = ("Central bank lifts key rates\n\n"
            "The Central Bank of Valdoria raised its key interest rates by 50 basis points with effect from tomorrow, "
            "its third hike since March, as it battles persistently high inflation.\n\n"
            "The central bank said it was lifting the repo rate to 8.25 per cent.\n\n"
            "Annual inflation slowed to 9.8 percent in December from 10.4 per cent in November.\n")
    claims = claims_of(nlp, text, dt.date(2012, 1, 7))
    assert claims["50 basis points"].period == "2012-01"
    assert claims["8.25 per cent"].period == "2012-01"
    assert claims["9.8 percent"].period == "2011-12"


def test_a_commoditys_prices_move_on_the_day_each_figure_names(nlp):
    text = ("Crude oil prices decline\n\n"
            "Crude oil benchmarks recorded declines on Monday as markets weighed the prospect of more supply.\n\n"
            "Brent futures for March settlement are currently trading at $61.20, having shed 0.4 percent. Brent oil "
            "prices had rallied 1.8 percent on Friday and 2.6 percent on Thursday.\n")
    claims = claims_of(nlp, text, dt.date(2026, 1, 12))
    assert claims["1.8 percent"].period == "2026-01-09"
    assert claims["2.6 percent"].period == "2026-01-08"


def test_the_previous_close_is_the_trading_day_before(nlp):
    text = ("Crude oil prices decline\n\n"
            "Crude oil benchmarks recorded declines on Monday as markets weighed the prospect of more supply.\n\n"
            "Brent futures for March settlement are currently trading at $61.20, having shed 0.4 percent from the "
            "previous close of $61.45.\n")
    claims = claims_of(nlp, text, dt.date(2026, 1, 12))
    assert claims["$61.20"].period == "2026-01-12"
    assert claims["$61.45"].period == "2026-01-09"
