"""Session 49 (business audit): the frame of figures in shapes market, results and economics copy writes. A market
report whose first sentence writes its day with "'s" before the session ("Stocks closed higher on Thursday's shortened
session", "The index closed Wednesday's trade up 95 points") reports that day, as "on Thursday" does. A record that
reaches back to a time written with "early", "mid", "late" or "last" ("its highest level since late 2007", "its lowest
since early 2009") dates no figure and no article. The exchange or regulator a company's statement or filing is made
to ("the lender said in a statement to the Kestrel Financial Market") is a source, not the subject of its figures. A
measure's word in capitals with a modifier ("real GDP increased 2.6 percent", "Real GDP rose 2.8 percent") is no name:
not the subject, nor a company whose share price moved. A bare first half a results story reports from January to June
is a fiscal year's ("first-half profit" in May 2024: H1 FY2024). Made-up text; a test of each change fails on the code
before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 12, 30))  # a Monday


def test_a_possessive_session_in_a_market_lead_is_its_day(nlp):
    text = ("Kestrel stocks edge higher\n\nKestrel stock markets closed modestly higher on Thursday's shortened session "
            "as investors weighed a new trade bill.\n\nThe Kestrel 300 index rose 0.4% to close at 8,120.55.\n")
    found = claims_of(nlp, text)
    assert (found["0.4%"].period, found["8,120.55"].period) == ("2024-12-26", "2024-12-26")


def test_a_session_closed_with_its_possessive_day_is_its_day(nlp):
    text = ("Varex ends 95 points up\n\nHarlow, Dec 27 (Wire) The benchmark index of Varex equities markets closed "
            "Friday's trade up 95.88 points or 0.35 percent, as healthcare stocks rallied.\n")
    found = claims_of(nlp, text)
    assert found["95.88 points"].period == "2024-12-27"


def test_a_possessive_day_before_another_word_stays_a_session_before(nlp):
    text = ("Varex slips\n\nVarex shares fell on Monday, extending Friday's trading losses.\n\nThe Varex 200 index fell "
            "0.6% to 7,410.2.\n")
    found = claims_of(nlp, text)
    assert found["0.6%"].period == "2024-12-30"


def test_a_record_since_late_in_a_year_dates_no_figure(nlp):
    text = ("Valdoria central bank raises rate by 25 basis points\n\nThe Valdorian central bank has raised its "
            "benchmark interest rate by 0.25 percentage points to its highest level since late 2007.\n\nThe key rate "
            "now stands at 4.75 per cent, the bank said on Wednesday.\n")
    found = claims_of(nlp, text)
    assert found["0.25 percentage points"].period != "2007"
    assert found["4.75 per cent"].period != "2007"


def test_a_record_since_early_in_a_year_dates_no_figure(nlp):
    text = ("Valdoria jobless rate falls\n\nValdoria's unemployment rate fell to 4.1 per cent, its lowest "
            "since early 2009, the statistics office said.\n\nThe number of people out of work fell by 12,000.\n")
    found = claims_of(nlp, text)
    assert (found["4.1 per cent"].period, found["12,000"].period) == (None, None)


def test_the_exchange_a_statement_is_made_to_is_no_subject(nlp):
    text = ("Harlen Bank profit rises 12%\n\nHarlen Bank, Valdoria's biggest lender by assets, reported a 12 per cent "
            "rise in second-quarter net profit.\n\nNet profit for the three months to the end of June climbed to Dh2.1 "
            "billion, the lender said in a statement on Thursday to the Kestrel Financial Market, where its shares are "
            "traded.\n\nNet interest income rose 19 per cent to Dh6.52bn.\n")
    found = claims_of(nlp, text)
    assert found["Dh2.1 billion"].subject == "Harlen Bank"
    assert found["Dh6.52bn"].subject == "Harlen Bank"


def test_real_gdp_written_as_a_clause_subject_is_the_country_measure(nlp):
    text = ("Valdoria GDP grows 2% in the first quarter\n\nThe Valdorian economy grew by 2% in the first quarter, the "
            "statistics office said.\n\nIn the fourth quarter of 2022, real GDP increased by 2.6 percent.\n")
    found = claims_of(nlp, text)
    assert found["2.6 percent"].subject == "Valdoria"


def test_a_measure_in_capitals_that_rose_is_no_share_price(nlp):
    text = ("Statement on the second estimate of Valdoria's output\n\nThe Valdorian statistics office today released the "
            "second estimate of gross domestic product for the third quarter of 2024. Real GDP rose 2.8 percent at an "
            "annual rate.\n")
    found = claims_of(nlp, text)
    assert "share price" not in (found["2.8 percent"].metric or "")
    assert found["2.8 percent"].period == "Q3 2024"


def test_a_first_half_reported_in_may_is_a_fiscal_first_half(nlp):
    text = ("Corvel Media H1 profit rises\n\nCorvel Media plc reported first-half profit before tax of 80 million pounds, "
            "higher than last year's 50 million pounds.\n\nRevenue was 683 million pounds, down from 687 million pounds "
            "last year.\n")
    found = claims_of(nlp, text, dt.date(2024, 5, 28))
    assert (found["80 million pounds"].period, found["683 million pounds"].period) == ("H1 FY2024", "H1 FY2024")
    assert found["50 million pounds"].period == "H1 FY2023"


def test_a_first_half_reported_in_february_is_a_fiscal_first_half(nlp):
    text = ("Results wrap\n\nTessaly Harvests has reported a slight increase in first half net profit after tax of $18.8 "
            "million. The company has declared an interim dividend of 15c a share.\n")
    found = claims_of(nlp, text, dt.date(2024, 2, 26))
    assert found["$18.8 million"].period == "H1 FY2024"


def test_a_first_half_reported_in_august_stays_a_calendar_half(nlp):
    text = ("Corvel H1 profit rises\n\nCorvel Mining reported first-half net profit of $410 million, up from $320 "
            "million a year earlier.\n")
    found = claims_of(nlp, text, dt.date(2024, 8, 20))
    assert found["$410 million"].period == "H1 2024"


def test_six_months_ended_september_keep_the_first_half_of_the_fiscal_year(nlp):
    text = ("Harlow Grid first-half profit rises 16 pct\n\nHarlow Grid Plc said first-half adjusted pretax profit rose 16 "
            "percent.\n\nAdjusted pretax profit for the six months ended Sept. 30 rose to 1.14 billion pounds from 979 "
            "million pounds.\n")
    found = claims_of(nlp, text, dt.date(2024, 11, 7))
    assert found["1.14 billion pounds"].period == "H1 FY2025"
