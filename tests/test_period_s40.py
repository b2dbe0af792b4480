"""Session 40, periods across beats: plain shapes of real news, each in made-up words and names. Every test fails on
the code before the change it names.

- "since January", written after January, is the year so far, as "since the start of the year" (periods.py, since_month
  -> ytd); a span from a later month to publication still has no label;
- a retailer's trading window of other weeks than 13, 26 or 39 ("the six weeks to Jan. 4", "the five weeks to December
  30") is named by the month it ends in, as a weekly statistic's week is (periods.py, months_to);
- "the year ending March" with no year is the year in progress only in a sentence that looks ahead (rules/lexicon.json
  year_in_progress_cues); a past result of it is the latest year ended, as "the year to March" is;
- the adjective "full-year" in a sentence that looks ahead ("expects full-year sales growth of 6%") is the full year
  of the period the story reports (periods.py, full_year), never the lead's period beside another one.
"""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.periods import find_periods
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 5, 14))


def test_since_january_is_the_year_so_far(nlp):
    text = ("Car sales climb\n\nNew car registrations in Pellmark have risen 6.8% since January, the dealers' "
            "association said on Thursday.\n\nDealers have sold 412,000 cars this year.\n")
    assert claims_of(nlp, text)["6.8%"].period == "2026"


@pytest.mark.parametrize("phrase", ["since March", "since early January", "since the end of January"])
def test_a_span_from_another_month_keeps_no_label(phrase):
    found = [m for m in find_periods(f"Prices have risen 11% {phrase}, the agency said.", dt.date(2026, 5, 14))
             if m.kind in ("ytd", "since_month")]
    assert found and all(m.period is None for m in found)


@pytest.mark.parametrize("phrase,published,period", [
    ("in the six weeks to Jan. 4", dt.date(2026, 1, 8), "2026-01"),
    ("in the five weeks to December 30", dt.date(2026, 1, 7), "2025-12"),
    ("over the 17 weeks to 28 December", dt.date(2026, 1, 9), "2025-12"),
])
def test_a_retailers_window_of_weeks_is_named_by_its_last_month(nlp, phrase, published, period):
    text = (f"Festive trading at Corwen\n\nCorwen Stores said like-for-like sales rose 3.9% {phrase}.\n\n"
            "Online sales climbed 12% over the same period.\n")
    claims = claims_of(nlp, text, published)
    assert claims["3.9%"].period == period
    assert claims["12%"].period == period


def test_a_thirteen_week_window_stays_a_quarter():
    found = find_periods("Sales rose 2.1% in the 13 weeks to 28 December.", dt.date(2026, 1, 9))
    assert [m.period for m in found] == ["Q4 2025"]


def test_a_past_year_ending_in_a_month_is_the_latest_year_ended(nlp):
    text = ("Rail operator's profit falls\n\nDunwold Rail made a pre-tax profit of £72 million in the year ending "
            "March, down from £118 million the year before, its annual report showed.\n")
    claims = claims_of(nlp, text, dt.date(2025, 12, 4))
    assert claims["£72 million"].period == "FY2025"
    assert claims["£118 million"].period == "FY2024"


def test_a_forecast_for_the_year_ending_in_a_month_is_the_year_in_progress(nlp):
    text = ("Water bills to rise\n\nOrrin Water said its costs would reach £1.4 billion in the year ending March.\n")
    assert claims_of(nlp, text, dt.date(2025, 12, 4))["£1.4 billion"].period == "FY2026"


def test_full_year_guidance_after_a_half_is_that_year(nlp):
    text = ("Brevin Foods raises outlook\n\nBrevin Foods said revenue rose 7% to €2.9 billion in the first half.\n\n"
            "The group now expects full-year sales growth of 5% to 6%.\n")
    claims = claims_of(nlp, text, dt.date(2025, 7, 29))
    assert claims["€2.9 billion"].period == "H1 2025"
    assert claims["5% to 6%"].period == "2025"


def test_a_past_full_year_result_takes_its_sentences_year(nlp):
    text = ("Payments start-up turns a profit\n\nThe firm reported revenue of $1.1 billion for 2025 and said it "
            "had made its first full-year profit, of $71 million.\n")
    assert claims_of(nlp, text, dt.date(2026, 3, 10))["$71 million"].period == "2025"


def test_full_year_guidance_is_not_the_leads_period(nlp):
    text = ("Festive sales at Hollin\n\nHollin Stores said like-for-like sales rose 4.2% in the six weeks to Jan. 4."
            "\n\nTotal sales climbed 5.1% over the same period.\n\nThe chain still expects full-year profit of about "
            "£390 million.\n")
    assert claims_of(nlp, text, dt.date(2026, 1, 8))["5.1%"].period == "2026-01"


@pytest.mark.parametrize("phrase,published,period", [
    ("in the half", dt.date(2025, 7, 22), "H1 2025"),
    ("for the half", dt.date(2026, 2, 19), "H2 2025"),
])
def test_the_half_of_a_results_story_is_the_latest_half_ended(nlp, phrase, published, period):
    text = ("Housebuilder's order book grows\n\nMarlow Homes said its order book stood at £1.2 billion at the end of "
            f"the period.\n\nThe group completed 4,310 homes {phrase}.\n")
    assert claims_of(nlp, text, published)["4,310"].period == period


def test_the_half_of_a_match_is_no_half_year():
    assert not find_periods("Varn scored twice in the half as the club won 3-1.", dt.date(2025, 7, 22))


@pytest.mark.parametrize("word", ["season", "campaign"])
def test_a_change_on_the_previous_season_is_against_the_season_before_its_own(nlp, word):
    text = ("Club's turnover climbs\n\nCarrick Athletic reported turnover of £141 million for the 2024-25 season, "
            f"up 7% on the previous {word}.\n")
    claim = claims_of(nlp, text, dt.date(2025, 11, 27))["7%"]
    assert (claim.period, claim.frame.period.base) == ("2024-25", "2023-24")


def test_a_when_clause_after_since_a_year_is_that_years(nlp):
    text = ("Port traffic soars\n\nCargo volumes at Hallam Port have more than doubled since 2018, when the port "
            "handled 2.3 million tonnes.\n")
    assert claims_of(nlp, text, dt.date(2025, 10, 2))["2.3 million tonnes"].period == "2018"


def test_a_week_earlier_is_a_week_before_the_claims_day(nlp):
    text = ("Miner's shares slide\n\nShares in Tolvan Mining fell 3.8% to 188 pence on Tuesday, down from 203 pence "
            "a week earlier.\n")
    assert claims_of(nlp, text, dt.date(2025, 11, 19))["203 pence"].period == "2025-11-11"


def test_a_week_earlier_keeps_the_month_of_a_weekly_figure(nlp):
    text = ("Fuel prices dip\n\nPetrol prices in Calder fell 1.9 cents a litre in the week to Friday, the motoring "
            "group said.\n\nThe average price of diesel was 168.2 cents, down from 170.1 cents a week earlier.\n")
    assert claims_of(nlp, text, dt.date(2025, 11, 15))["170.1 cents"].period == "2025-11"


def test_a_now_clause_after_and_is_not_dated_by_the_clause_before(nlp):
    text = ("Varn hits 25\n\nElias Varn scored twice as Brookmere beat Tolland 2-0 on Saturday, taking his tally for "
            "the season to 25 goals.\n\nThe forward scored 19 league goals last season and has now scored 64 times "
            "for the club.\n")
    claims = claims_of(nlp, text, dt.date(2026, 3, 9))
    assert claims["19"].period == "2024-25"
    assert claims["64"].period != "2024-25"


def test_a_day_a_since_clause_names_is_no_figures_event_day(nlp):
    # (the lead's merge check: a figure's thousands comma is no clause break, so the "since" clause's weekday reached
    # the count before it and took away the story's month)
    text = ('Floods kill 24 in Eastern Cape as rescue efforts continue\n\nThe death toll from flooding in the '
            'Eastern Cape has risen to 24, provincial officials said on Wednesday, with at least 11 people still '
            'missing.\n\nMore than 3,400 people have been displaced and 1,270 homes damaged since heavy rain began '
            'on Monday, the provincial disaster management centre said.\n\nThe South African Weather Service said '
            'some areas received more than 200 millimetres of rain in 48 hours, almost twice the June average.\n\n'
            'The provincial government has set aside R120 million for emergency relief.\n')
    # a running toll is of the day it is counted as of (session 45; the month before), the day of the report, not the
    # Monday the rain began
    assert claims_of(nlp, text, dt.date(2025, 6, 11))["More than 3,400"].period == "2025-06-11"
