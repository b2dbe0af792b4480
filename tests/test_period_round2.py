"""Period, round 2 (s33): a results lead that numbers a fiscal quarter beside "the current quarter" of its guidance still
reads the company's year end from the quarter it reports and the publication date (frame/article.reported_quarter_year_end).
The calendar-year public budget lives in tests/test_budget_year.py. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

from claimx.frame.article import reported_quarter_year_end
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 7, 22))

FISCAL_Q3 = (
    "Quillon 3Q profit climbs 24 percent but shares slip\n\n"
    "Router sales lifted Quillon Corp.'s fiscal third-quarter earnings 24 percent, topping forecasts Tuesday, but the "
    "stock fell after the company gave a cautious outlook for the current quarter.\n\n"
    "Quillon earned $412 million, or 88 cents per share. Revenue rose 17 percent to $2.31 billion.")


def test_the_current_quarter_of_guidance_says_nothing_of_how_quarters_are_numbered():
    # a third quarter reported in late July ended in June: a fiscal year ending in September
    lead = FISCAL_Q3[:FISCAL_Q3.index("Quillon earned")]
    assert reported_quarter_year_end(lead, dt.date(2031, 7, 22)) == 9


def test_a_fiscal_third_quarter_reported_in_july_is_of_the_fiscal_year(nlp):
    found = claims_of(nlp, FISCAL_Q3)
    assert found["24 percent"].period == "Q3 FY2031"
    assert found["$412 million"].period == "Q3 FY2031"
    assert found["$2.31 billion"].period == "Q3 FY2031"


WEATHER = ("Wet month in the hills\n\n"
           "Rain fell on most days across the region in March, the weather office said.\n\n"
           "The wettest spot had 210mm across the month.\n\n"
           "Both the highest and lowest air temperatures were recorded at Fenmoor, at 15.1°C on Friday 7 March and "
           "-3.4°C on Tuesday 18 March.")


def test_a_day_written_with_its_date_in_the_month_a_story_reports_takes_that_month(nlp):
    found = claims_reader(dt.date(2031, 4, 2))(nlp, WEATHER)
    assert found["15.1°C"].period == "2031-03"
    assert found["-3.4°C"].period == "2031-03"
