"""Session 39, business and markets wire copy: the plainest shapes of results, market and trading-update stories, each
in made-up words and names. Every test fails on the code before the change it names.

- the three months ended a quarter's last day are that calendar quarter (periods.py, months_to);
- a share's move dated by a session of the day's trading ("in premarket trading", "by 0900 GMT") is of that day
  (rules/frame.json trading_session_phrases);
- an organisation that says "it expects ..." about itself leads its story, and a dateline the parser hangs on the
  lead's subject does not hide it (claims component, _lead);
- a place that owns a name ("Japan's Nikkei 225", "Germany's DAX") is no lead of a market report;
- a measure taken per a unit or a return on something keeps those words ("revenue per seat", "return on equity").
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 10, 14))  # a Tuesday


@pytest.mark.parametrize("phrase,period", [
    ("in the three months ended Sept. 30", "Q3 2025"),
    ("in the three months ended 30 June", "Q2 2025"),
    ("for the three months to September 30", "Q3 2025"),
    ("in the three months ended September", "Q3 2025"),
])
def test_three_months_ended_a_quarter_end_are_that_quarter(nlp, phrase, period):
    text = ("Profit rises at Ostrel\n\nOstrel Holdings said on Tuesday its net income rose to $812 million "
            f"{phrase}.\n")
    assert claims_of(nlp, text)["$812 million"].period == period


def test_a_statistics_office_rolling_three_months_keep_their_month(nlp):
    text = ("Unemployment edges up\n\nThe unemployment rate in Carvela rose to 4.6% in the three months to September, "
            "the statistics office said on Tuesday.\n")
    assert claims_of(nlp, text)["4.6%"].period == "2025-09"


@pytest.mark.parametrize("sentence,figure", [
    ("The bank's shares were up 2.2% in premarket trading.", "2.2%"),
    ("Marrow shares rose 4.1% to $61.30 in afternoon trading.", "$61.30"),
    ("Its shares fell 3% in early deals.", "3%"),
    ("Marrow shares slipped 1.7% to 418 pence by 0915 GMT.", "418 pence"),
])
def test_a_share_move_dated_by_a_trading_session_is_of_that_day(nlp, sentence, figure):
    text = ("Marrow Bank profit climbs\n\nMarrow Bank said on Tuesday its third-quarter profit rose 9% to $1.4 billion."
            f"\n\n{sentence}\n")
    assert claims_of(nlp, text)[figure].period == "2025-10-14"


def test_a_session_on_a_saturday_story_is_fridays(nlp):
    text = ("Marrow Bank profit climbs\n\nMarrow Bank said its third-quarter profit rose 9% to $1.4 billion.\n\n"
            "Marrow shares rose 4.1% to $61.30 in late trading.\n")
    assert claims_of(nlp, text, dt.date(2025, 10, 18))["$61.30"].period == "2025-10-17"


def test_a_company_that_says_what_it_expects_leads_its_story(nlp):
    # (the tagger takes the unfamiliar one-word name for a person; the noun before it says it is a company)
    text = ("Strong summer lifts profit outlook at budget carrier\n\nBudget carrier Fendley said on Thursday it now "
            "expects full-year pretax profit of between 240 million pounds and 260 million pounds.\n\n"
            "Passenger numbers rose 6% to 18.2 million in the three months to Sept. 30.\n")
    found = claims_of(nlp, text, dt.date(2025, 10, 9))
    assert found["18.2 million"].subject == "Fendley"


def test_a_dateline_hung_on_the_leads_subject_does_not_hide_it(nlp):
    text = ("Orbeck profit rises, dividend up\n\nMUNICH, Feb 26 (Newswire) - German chemicals group Orbeck said on "
            "Thursday its operating profit rose 8% to 2.3 billion euros last year.\n\n"
            "Revenue climbed 5% to 24.1 billion euros.\n")
    found = claims_of(nlp, text, dt.date(2026, 2, 26))
    assert found["24.1 billion euros"].subject == "Orbeck"


@pytest.mark.parametrize("sentence,figure,subject", [
    ("Japan's Nikkei 225 rose 0.6% to 39,120.40, while Hong Kong's Hang Seng index fell 0.9% to 18,002.70.",
     "39,120.40", "Nikkei 225"),
    ("The pan-European STOXX 600 index ended 0.4% higher at 518.20 points, while Germany's DAX rose 0.7%.",
     "518.20 points", "STOXX 600 index"),
])
def test_a_place_that_owns_an_index_is_no_lead(nlp, sentence, figure, subject):
    text = f"Shares edge higher\n\n{sentence}\n"
    assert claims_of(nlp, text)[figure].subject == subject


@pytest.mark.parametrize("sentence,figure,metric", [
    ("Revenue per seat fell 2.4% at constant currency.", "2.4%", "revenue per seat"),
    ("Earnings per share rose to 84 cents from 70 cents.", "84 cents", "earnings per share"),
    ("Its return on equity rose to 13.1% from 11.8%.", "13.1%", "return on equity"),
])
def test_a_measure_per_a_unit_keeps_its_unit(nlp, sentence, figure, metric):
    text = ("Tolvan Air results\n\nTolvan Air said on Tuesday its third-quarter profit rose 12% to $310 million.\n\n"
            f"{sentence}\n")
    assert claims_of(nlp, text)[figure].metric.lower() == metric


def test_a_rate_per_year_is_no_unit_of_the_measure(nlp):
    text = "Tolvan Air results\n\nTolvan Air said its spending per year rose to $40 million.\n"
    assert "per year" not in (claims_of(nlp, text)["$40 million"].metric or "")


def test_a_forecast_for_the_year_ending_in_a_month_is_that_fiscal_year(nlp):
    # "the year ending in March" reads as "the year ending March": the year in progress, not the month of March
    text = ("Kanzaki raises forecast\n\nKanzaki Electric now expects operating profit of 820 billion yen for the year "
            "ending in March, up from 760 billion yen.\n")
    assert claims_of(nlp, text, dt.date(2025, 11, 6))["820 billion yen"].period == "FY2026"


@pytest.mark.parametrize("sentence,figure", [
    ("Sales in the 26 weeks to Oct. 4 fell 6% to 388 million pounds.", "388 million pounds"),
    ("The lender set aside 210 million pounds for bad loans.", "210 million pounds"),
    ("It said it would buy back up to 400 million pounds of its shares.", "up to 400 million pounds"),
])
def test_a_text_that_writes_sterling_as_pounds_does_so_throughout(nlp, sentence, figure):
    # the lead's "profit of ... pounds" says the text's "pounds" are sterling; a later sum needs no money word of its own
    text = ("Corbel Bank profit slips\n\nCorbel Bank said on Tuesday its pretax profit fell 4% to 1.9 billion pounds.\n\n"
            f"{sentence}\n")
    claim = claims_of(nlp, text)[figure]
    assert claim.unit == "GBP" and claim.kind == "amount"


def test_pounds_of_weight_stay_weight(nlp):
    text = ("Beef recalled\n\nA meat packer recalled about 2.1 million pounds of ground beef on Tuesday, the agency "
            "said.\n")
    assert claims_of(nlp, text)["about 2.1 million pounds"].unit != "GBP"
