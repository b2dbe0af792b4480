"""Session 46 (b): the frame of figures outside business copy. A daily report of an outbreak's counts dates its
figures by the day it reports, also when its first sentence says the ministry "announced" the day's cases, or counts
them over "the last 24 hours" or "the past 24 hours", hours that end on the day the sentence names if it names one
(rules/frame.json day_report_verbs, report_day_words; see frame.article._report_day). A length written before a sum of
money and the contract both modify ("a four-year, $88 million contract") is the contract's length
(frame.metric._after_paired_sum); and a contract a club signs a player to ("signed guard Joel Varga to a
four-year contract") is the player's (components.subject_choice._contracted_person). Made-up text; a test of each
change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 5, 12))  # a Sunday


@pytest.mark.parametrize("text, figure, period", [
    ("Norvalia reports 312 new cholera cases\n\nThe Ministry of Health on Sunday announced 312 new cases of cholera "
     "and four deaths, bringing the total number of cases to 8,140.", "8,140", "2024-05-12"),
    ("Today, the Ministry of Health announced the detection of 412 new cases of dengue, bringing the total number "
     "of cases to 9,873.", "412", "2024-05-12"),
    ("There were 37 new measles cases, and no new deaths were reported in the last 24 hours.\n\nThe death toll "
     "remains at 52.", "52", "2024-05-12"),
    ("The ministry said it had carried out 18,200 tests during the past 24 hours, and 640 new cases were "
     "confirmed.\n\nThe number of recoveries rose to 12,350.", "12,350", "2024-05-12"),
    # the hours counted up to a report end on the day it names
    ("More than 9,400 new cases were reported worldwide over the past 24 hours, bringing the total to 2.3 million, "
     "the Global Health Office said on Saturday.", "2.3 million", "2024-05-11"),
])
def test_a_daily_outbreak_report_is_of_its_day(nlp, text, figure, period):
    assert claims_of(nlp, text)[figure].period == period


@pytest.mark.parametrize("text, figure, period", [
    ("Harlen Motors said on Tuesday it sold 41,200 cars in April, up 6% from a year earlier.", "41,200", "2024-04"),
])
def test_a_month_a_report_names_keeps_its_figures(nlp, text, figure, period):
    assert claims_of(nlp, text)[figure].period == period


@pytest.mark.parametrize("text, figure, metric", [
    ("The Harlow Hawks signed guard Joel Varga to a four-year, $88 million contract on Monday.", "four-year",
     "contract length"),
    ("Ann Reid agreed to a three-year, $41.5 million deal with the Ashgrove Comets.", "three-year", "deal length"),
    ("Quarterback Dale Orrin will sign a five-year, $212.4 million extension.", "five-year", "extension length"),
])
def test_a_length_and_a_sum_before_a_contract_are_its_length(nlp, text, figure, metric):
    # "a four-year, $88 million contract": both the length and the sum modify the contract after them
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text, figure, subject", [
    ("The Harlow Hawks signed guard Joel Varga to a four-year, $88 million contract on Monday.", "$88 million",
     "Joel Varga"),
    ("The Ashgrove Comets have signed free-agent outfielder Dale Orrin to a one-year contract worth $2.5 million, the "
     "team announced on Thursday.", "$2.5 million", "Dale Orrin"),
])
def test_a_contract_a_club_signs_a_player_to_is_the_players(nlp, text, figure, subject):
    assert claims_of(nlp, text)[figure].subject == subject
