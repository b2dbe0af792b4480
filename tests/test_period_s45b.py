"""Session 45 (period): when a figure is for, in shapes of real wire, results and market copy. Made-up names and
figures; each test fails on the code before the change it names.

- a fiscal year the text names by the calendar year it starts in and dates by its end ("fiscal 2024, which ended in
  March" out in April 2025; "fiscal 2024 through March"), as Japanese and other Asian companies and governments write
  it, is labelled by the year it ends in, FY2025 (corpus/README.md); a year ending in the year it is named for ("fiscal
  2025, which ended in September") keeps its name; the month such a year ends in is no period of the story
  (frame.article._start_named, as_end_named).
- a results lead that numbers its quarter ("a fourth quarter net profit", "its first-quarter loss") and dates it by the
  month it ended in ("Revenue in the three months ended March 31"), another month than the calendar quarter's of that
  number, reports a fiscal quarter of a year ending in the month that makes it so (Q4 of a year to March: Q4 FY2025;
  Q1 to June: Q1 FY2026); a calendar quarter so dated stays one (periods.quarter_year_end, `_PLAIN_QUARTER`).
- a market report of a "sharemarket" or "stockmarket" (rules/frame.json `market_day_words`) is a report of a day's
  trading, and one that names the previous session's level after "from" with its day ("down from US70.63c
  yesterday") reports the session after it, the day of publication (frame.article._session_after, `_FROM_DAY`).
- a word of public finance after "fiscal" ("the country's fiscal crisis", "the fiscal deficit"; rules/frame.json
  `not_results_after`) makes no results story of a national budget's lead: a budget that names no fiscal year nor a
  year end is for calendar years, 2026 (frame.article._Rules.results); and a player noun in a name's capitals ("a deal
  with the International Monetary Fund") makes no transfer story of it (frame.article._transfer_lead).
- a reading of rain dated by a weekday in its clause ("24.1 mm of rain falling in just an hour in Harlow on Saturday")
  is that day's, as corpus/README.md dates a measurement of a day, not the month of the story
  (claims._weather_reading).
- a closing price the sentence dates by its day ("a 9 percent premium to Friday's closing price of $44.10, which was up
  68 cents", "over its $30.16 closing stock price on June 12, 2025") is that day's, not the month of the deal the
  story reports (claims._close_day).
- a fiscal year written with both years after "FY" ("FY 2025-26 budget") is the two-year way of writing, no FY-way
  one: a year the text names without figures ("the coming fiscal year") is labelled as it writes its years, 2025-26
  (frame.article._FY_WRITTEN, `written`).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 4, 17))


def test_a_fiscal_year_named_by_its_start_is_labelled_by_its_end(nlp):
    text = ("Orvania posts trade surplus in fiscal 2024\n\n"
            "Orvania posted a goods trade surplus of 1.8 trillion crowns in fiscal 2024, the Trade Ministry said Thursday.\n\n"
            "Exports rose 6.2 percent to 40.1 trillion crowns.\n\n"
            "In fiscal 2024, which ended in March, shipments to Valdoria gained 3.1 percent to 9.4 trillion crowns.")
    claims = claims_of(nlp, text)
    for figure in ("1.8 trillion crowns", "6.2 percent", "40.1 trillion crowns", "3.1 percent", "9.4 trillion crowns"):
        assert claims[figure].period == "FY2025", figure


def test_a_fiscal_year_through_its_end_month_is_no_month(nlp):
    text = ("Kestrel Motors profit climbs\n\n"
            "Kestrel Motors said net profit rose 12 percent to 410 billion yen in fiscal 2024 through March, on strong "
            "sales in Valdoria.\n\n"
            "Revenue grew 5.5 percent to 8.2 trillion yen.")
    claims = claims_of(nlp, text, dt.date(2025, 5, 9))
    assert claims["410 billion yen"].period == "FY2025"
    assert claims["8.2 trillion yen"].period == "FY2025"


def test_a_fiscal_year_ending_in_its_own_year_keeps_its_name(nlp):
    text = ("Harlen Foods sales rise\n\n"
            "Harlen Foods said net income rose 8 percent to $412 million in fiscal 2025, which ended in September.\n\n"
            "Revenue grew 4.1 percent to $6.2 billion.")
    claims = claims_of(nlp, text, dt.date(2025, 11, 12))
    assert claims["$412 million"].period == "FY2025"
    assert claims["$6.2 billion"].period == "FY2025"


def test_a_numbered_quarter_dated_by_another_month_is_a_fiscal_quarter(nlp):
    text = ("Tarrow Engineering posts rise in Q4 profit\n\n"
            "Tarrow Engineering has posted a fourth quarter net profit of S$38.2 million, 7.4 per cent higher than a year "
            "ago.\n\n"
            "Revenue in the three months ended March 31 was S$251.6 million, the firm said on Thursday.\n\n"
            "For the full year, net profit rose 12.1 per cent to S$160.3 million.")
    claims = claims_of(nlp, text, dt.date(2025, 5, 15))
    assert claims["S$38.2 million"].period == "Q4 FY2025"
    assert claims["S$251.6 million"].period == "Q4 FY2025"
    assert claims["S$160.3 million"].period == "FY2025"


def test_a_first_quarter_ended_in_june_is_a_fiscal_first_quarter(nlp):
    text = ("Kestrel Electric narrows first-quarter loss\n\n"
            "Kestrel Electric narrowed its first-quarter loss on strong sales of hard drives. Net loss in the three months "
            "ended June 30 was 18 billion yen, compared with 21.4 billion yen a year earlier. Sales rose 6.1 percent to "
            "1.9 trillion yen.")
    claims = claims_of(nlp, text, dt.date(2025, 7, 30))
    assert claims["18 billion yen"].period == "Q1 FY2026"
    assert claims["1.9 trillion yen"].period == "Q1 FY2026"


def test_a_calendar_quarter_dated_by_its_own_month_stays_calendar(nlp):
    text = ("Harlen Bank third-quarter profit rises\n\n"
            "Harlen Bank said its third-quarter net profit rose 9 percent to $412 million. Revenue in the three months "
            "ended September 30 grew 4 percent to $2.1 billion.")
    claims = claims_of(nlp, text, dt.date(2025, 10, 22))
    assert claims["$412 million"].period == "Q3 2025"
    assert claims["$2.1 billion"].period == "Q3 2025"


def test_a_sharemarket_report_dated_by_yesterdays_level_is_of_the_day_of_publication(nlp):
    text = ("Kestrel sharemarket flat\n\n"
            "The Kestrel sharemarket closed little changed on a day when the central bank left its cash rate on hold.\n\n"
            "The kiwi dollar ended at US69.80c, down from US70.63c yesterday.\n\n"
            "The benchmark KX-50 index closed down 2.7 points at 3223.4. Turnover was worth $79.3 million.\n\n"
            "Harlen Foods fell 2c to 809.")
    claims = claims_of(nlp, text, dt.date(2025, 3, 12))
    for figure in ("US69.80c", "2.7 points", "3223.4", "$79.3 million", "2c"):
        assert claims[figure].period == "2025-03-12", figure


def test_a_sharemarket_closed_today_is_of_the_day_of_publication(nlp):
    text = ("NZ sharemarket lower\n\n"
            "The New Zealand sharemarket closed lower today as investors took profits.\n\n"
            "The benchmark KX-50 index fell 14.3 points, or 0.4 per cent, to 3291.9.")
    claims = claims_of(nlp, text, dt.date(2025, 3, 12))
    assert claims["14.3 points"].period == "2025-03-12"
    assert claims["3291.9"].period == "2025-03-12"


def test_a_budget_lead_with_a_fiscal_crisis_keeps_calendar_years(nlp):
    text = ("Orvania's budget targets narrower deficit of 5.2% of GDP in 2026\n\n"
            "The finance minister said in his budget speech on Wednesday that growth will slow to 3.4 per cent in 2026 "
            "from an expected 4.8 per cent this year, a further sign that the country's fiscal crisis is hurting the "
            "economy.\n\n"
            "The government seeks a three-year deal with the International Monetary Fund that could be worth up to 900 "
            "million dollars.\n\n"
            "The minister will target inflation of 9.5 percent in 2026.")
    claims = claims_of(nlp, text, dt.date(2025, 11, 19))
    assert claims["5.2%"].period == "2026"
    assert claims["3.4 per cent"].period == "2026"
    assert claims["4.8 per cent"].period == "2025"
    assert claims["9.5 percent"].period == "2026"
    assert claims["up to 900 million dollars"].period != "2025-26"


def test_a_budget_lead_with_a_fiscal_deficit_keeps_calendar_years(nlp):
    text = ("Valdoria budget: fiscal deficit pegged at 4.1%\n\n"
            "The finance minister on Saturday pegged the fiscal deficit at 4.1 per cent of GDP in 2026, down from 4.6 per "
            "cent this year, as he presented the budget.\n\n"
            "Spending will rise 6 per cent to 2.3 trillion crowns in 2026.")
    claims = claims_of(nlp, text, dt.date(2025, 11, 19))
    assert claims["4.1 per cent"].period == "2026"
    assert claims["4.6 per cent"].period == "2025"
    assert claims["2.3 trillion crowns"].period == "2026"


def test_a_rain_reading_on_a_weekday_is_that_days(nlp):
    text = ("Downpours hit Valdoria\n\n"
            "Heavy rain hit parts of southern Valdoria at the weekend, with 24.1 mm of rain falling in just an hour in "
            "Harlow on Saturday.\n\n"
            "The weather office said Kestrel had 52.8 mm of rainfall in a 12-hour period.")
    claims = claims_of(nlp, text, dt.date(2025, 6, 16))
    assert claims["24.1 mm"].period == "2025-06-14"


def test_a_closing_price_dated_by_its_day_is_that_days(nlp):
    text = ("Tarrow to buy Quaylight for $1.2 billion\n\n"
            "Tarrow Systems agreed to acquire Quaylight Inc. for about $1.2 billion, the companies said yesterday. Tarrow "
            "will pay $48 for each Quaylight share, a 9 percent premium to Friday's closing price of $44.10, which was up "
            "68 cents, or 1.6 percent.\n\n"
            "The price represents a premium of about 60 percent over Quaylight's $30.16 closing stock price on June 12, "
            "2025.")
    claims = claims_of(nlp, text, dt.date(2025, 8, 19))
    assert claims["$44.10"].period == "2025-08-15"
    assert claims["68 cents"].period == "2025-08-15"
    assert claims["$30.16"].period == "2025-06-12"
    assert claims["about $1.2 billion"].period == "2025-08"


def test_a_year_written_fy_with_both_years_labels_the_coming_fiscal_year_so(nlp):
    text = ("Harlow approves FY 2025-26 budget\n\n"
            "Council members voted 5-0 for a budget of $4.38 million in spending, down from $4.47 million in the FY "
            "2024-25 budget.\n\n"
            "Around $1.68 million in capital spending is also budgeted for the coming fiscal year, including $765,000 for "
            "drainage projects.")
    claims = claims_of(nlp, text, dt.date(2025, 8, 25))
    assert claims["$4.38 million"].period == "2025-26"
    assert claims["Around $1.68 million"].period == "2025-26"
    assert claims["$765,000"].period == "2025-26"
