"""Session 42, second round on when a figure is for, in shapes of real results copy. Made-up names and figures; each
test fails on the code before the change it names.

- a results lead that reports a half with no year ("kept its full-year forecast after a 4.1% rise in first-half
  profit"), published so long after the calendar half of that number that it cannot be it (a first half in November),
  reports a fiscal half ended the month before publication: its halves, quarters and full year are fiscal ones
  (article._reported_half_year_end; periods.normalise reads a bare half against the year end as a bare quarter is read);
- the level a change reaches at the end of a span of years ("rose by 9pc to 71,200 between 2011 and 2022", "rising by
  18pc to bring it up to 184,310") is of the span's last year; the change keeps the span (period.span_end).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 6))

_HALF = ("Harbell keeps profit forecast after first-half rise\n\nLONDON - Discount grocer Harbell Stores kept its "
         "full-year forecast of up to 8% profit growth on Thursday after a 4.1% rise in first-half profit.\n\n"
         "Second-quarter like-for-like sales rose 3.6%, having been up 2.4% in the first quarter.\n")


def test_a_first_half_reported_in_november_is_a_fiscal_half(nlp):
    claims = claims_of(nlp, _HALF)
    assert claims["4.1%"].period == "H1 FY2026"
    assert claims["3.6%"].period == "Q2 FY2026"
    assert claims["2.4%"].period == "Q1 FY2026"
    assert claims["up to 8%"].period == "FY2026"


def test_a_first_half_reported_in_august_stays_the_calendar_half(nlp):
    claims = claims_of(nlp, _HALF, dt.date(2025, 8, 7))
    assert claims["4.1%"].period == "H1 2025"
    assert claims["3.6%"].period == "Q2 2025"


_SPAN = ("Dunmere keeps growing\n\nThe population of Dunmere rose sharply, census figures show.\n\n"
         "Over the same years, the number of homes in Dunmere rose by 9pc to 71,200 between 2011 and 2022.\n\n"
         "Between 2011 and 2022, the number of schools in Dunmere rose from 41 to 48.\n")


def test_the_level_a_change_reaches_over_a_span_is_of_its_last_year(nlp):
    claims = claims_of(nlp, _SPAN, dt.date(2023, 8, 12))
    assert claims["71,200"].period == "2022"
    assert claims["48"].period == "2022"
    assert claims["9pc"].period == "2011-2022"  # the change keeps the span


def test_a_level_taken_up_to_a_figure_over_a_span_is_of_its_last_year(nlp):
    text = ("Dunmere keeps growing\n\nThe population of Dunmere rose sharply, census figures show.\n\nBetween 2011 and "
            "2022, Dunmere had the largest increase in its population in the region, rising by 18pc to bring it up to "
            "184,310 people.\n")
    claims = claims_of(nlp, text, dt.date(2023, 8, 12))
    assert claims["184,310"].period == "2022"
    assert claims["18pc"].period == "2011-2022"
