"""Session 44, the lead's changes to when a figure is of. Made-up figures; the tests fail on the code before the change.

- a market report whose first sentence names no day and no close ("The share market has fallen across most sectors
  ...") and whose next sentence with a figure names it ("The benchmark index closed Wednesday down 81.2 points")
  reports that day's trading, for every share move of the story (frame.article._market_day, _later_day).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 7, 23))  # a Wednesday


def test_a_market_lead_names_its_day_in_the_next_sentence(nlp):
    text = ("Shares fall as the Valdorian dollar climbs\n\n"
            "The Valdorian share market has fallen across most sectors as investors booked profits, while the dollar "
            "has hit a 15-month high.\n\n"
            "The benchmark Harlow 200 index closed Wednesday down 81.2 points, or 1.32 per cent, at 6,075.1 points.\n\n"
            "Mining giant Corvane fell 3.4 per cent to $37.50, and Tessin Metals dipped 1.9 per cent to $16.42.\n")
    found = claims_of(nlp, text)
    assert {found[t].period for t in ("1.32 per cent", "3.4 per cent", "$16.42")} == {"2025-07-23"}


def test_a_disaster_known_by_its_name_is_of_the_day_of_publication(nlp):
    # a running toll is dated by the day it is counted as of (corpus/README.md, settled in session 45; was the month)
    text = ("Cyclone Tarvo kills 59 in Valdoria\n\n"
            "Cyclone Tarvo has killed at least 59 people in Valdoria and forced more than 16,000 residents from "
            "their homes, officials said.\n\nAuthorities reported 15 people missing and 804 injured.\n")
    found = claims_of(nlp, text, dt.date(2026, 2, 16))
    assert {found[t].period for t in ("at least 59", "more than 16,000", "804")} == {"2026-02-16"}


def test_a_disaster_with_no_name_is_of_the_day_of_publication(nlp):
    text = "Floods destroy crops\n\nOver 176,153 acres of crops were destroyed amid flooding across the country.\n"
    assert claims_of(nlp, text, dt.date(2026, 2, 16))["Over 176,153 acres"].period == "2026-02-16"


def test_a_results_table_line_levels_and_old_sides(nlp):
    text = ("Corvel Q2 profit rises\n\nCorvel Ltd reported its results for the quarter ended September.\n\n"
            "Corvel Q2 FY24 (Consolidated, YoY)\n\nRevenue up 23.44% at Rs 995 crore vs Rs 806 crore.\n\n"
            "Margin at 36.8% vs 37.89%.\n")
    found = claims_of(nlp, text, dt.date(2023, 11, 7))
    assert (found["Rs 995 crore"].metric, found["Rs 806 crore"].metric) == ("Revenue", "Revenue")
    assert found["Rs 806 crore"].period == "Q2 FY2023"
    assert found["37.89%"].period == "Q2 FY2023"


def test_a_fire_or_flu_season_is_within_a_year(nlp):
    from claimx.periods import find_periods

    published = dt.date(2024, 5, 14)
    assert [m.period for m in find_periods("Why does Valdoria have so many wildfires this season?", published)] == ["2024"]
    assert [m.period for m in find_periods("The worst flu season in years: 4,000 admissions last season.", published)] == [
        "2023"]
    assert [m.period for m in find_periods("He has scored 14 goals this season.", published)] == ["2023-24"]
    assert [m.period for m in find_periods("The crop reached 81.2 million tonnes last season.", published)] == ["2022-23"]
