"""Session 58 (lead): shapes read on a real page the rules were not built on, written here as made-up text.

- "the final quarter of last year", "the last quarter of 2009": the fourth quarter of that year, as "the fourth
  quarter" is ("last quarter" alone stays the latest quarter ended);
- a quarter of a match ("scored 14 points in the third quarter") is no calendar quarter, as a half of one is not;
- a change metric does not write a time word twice ("an average monthly fall" after "monthly losses").
"""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2010, 2, 5))
PUBLISHED = dt.date(2010, 2, 5)


def _periods(text: str) -> list[tuple[str, str | None]]:
    return [(m.text, m.period) for m in find_periods(text, PUBLISHED)]


def test_the_final_or_last_quarter_of_a_year_is_its_fourth():
    assert _periods("Output fell in the final quarter of last year.") == [("the final quarter of last year", "Q4 2009")]
    assert _periods("Output fell in the last quarter of 2008.") == [("the last quarter of 2008", "Q4 2008")]
    assert _periods("Output fell in the final quarter of 2008.") == [("the final quarter of 2008", "Q4 2008")]
    # "last quarter" alone is the latest quarter ended at publication, whatever its number
    assert _periods("Output grew 0.4% last quarter.") == [("last quarter", "Q4 2009")]
    assert find_periods("Output grew 0.4% last quarter.", dt.date(2010, 8, 5))[0].period == "Q2 2010"


def test_a_quarter_of_a_match_is_no_calendar_quarter():
    assert _periods("Rovers scored 14 points in the third quarter to lead the league.") == []
    # (the same words in a results story are the quarter of the year)
    assert _periods("Revenue rose 4% in the third quarter.") == [("the third quarter", "Q3 2009")]


def test_a_change_metric_does_not_write_a_time_word_twice(nlp):
    text = ("Payroll losses ease\n\n"
            "BRANDMOOR, Feb. 5, 2010 - Job declines have eased, from a high of 612,000 monthly payroll losses on "
            "average in the first quarter of 2009 to an average monthly fall of 88,000 in the final quarter of last "
            "year, the Brandmoor Labour Office said.\n")
    claims = claims_of(nlp, text)
    assert claims["88,000"].metric == "monthly payroll losses fall"
    assert claims["88,000"].period == "Q4 2009"
