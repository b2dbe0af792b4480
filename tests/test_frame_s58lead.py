"""Session 58 (lead): shapes read on a real page the rules were not built on, written here as made-up text.

- "the final quarter of last year", "the last quarter of 2009": the fourth quarter of that year, as "the fourth
  quarter" is ("last quarter" alone stays the latest quarter ended);
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


def test_a_change_metric_does_not_write_a_time_word_twice(nlp):
    text = ("Payroll losses ease\n\n"
            "BRANDMOOR, Feb. 5, 2010 - Job declines have eased, from a high of 612,000 monthly payroll losses on "
            "average in the first quarter of 2009 to an average monthly fall of 88,000 in the final quarter of last "
            "year, the Brandmoor Labour Office said.\n")
    claims = claims_of(nlp, text)
    assert claims["88,000"].metric == "monthly payroll losses fall"
    assert claims["88,000"].period == "Q4 2009"


def test_a_quarter_followed_by_of_and_an_amount_keeps_its_reading():
    """(guard: passes on the start code too) "the current quarter of $1.70 a share", "last quarter of $5 million": the
    "of" opens an amount, not a year, so the quarter is the current one and the latest one ended."""
    assert _periods("It forecast earnings for the current quarter of $1.70 a share.") == [("current quarter", "Q1 2010")]
    assert _periods("It booked a profit last quarter of $5 million.") == [("last quarter", "Q4 2009")]


def test_a_figure_the_parser_hangs_on_the_next_items_noun_is_the_object_of_its_of(nlp):
    """"a blood pressure of 150 or higher, cholesterol of 240 or higher": the parser makes "150" a number of
    "cholesterol" across the comma; each figure measures the noun of its own "of"."""
    text = ("Thresholds set\n\n"
            "Doctors in Brandmoor use thresholds such as a blood pressure of 150 or higher, cholesterol of 240 or higher, "
            "blood sugar of 126 or higher, and current smoking.\n")
    claims = claims_of(nlp, text)
    assert claims["150 or higher"].metric == "blood pressure"
    assert claims["240 or higher"].metric == "cholesterol"
    assert claims["126 or higher"].metric == "blood sugar"


def test_a_writers_word_of_size_is_no_part_of_the_metric(nlp):
    """"a whopping fee of €42 million", "a hefty bill of £3 million": how big the writer finds the figure says nothing
    of what it measures (frame.json not_phrase_words)."""
    text = ("Brandmoor sign Varn\n\n"
            "Brandmoor have signed Elias Varn on a four-year contract for a whopping fee of €42 million.\n\n"
            "The council faces a hefty bill of £3 million for the repairs.\n")
    claims = claims_of(nlp, text)
    assert claims["€42 million"].metric == "fee"
    assert claims["£3 million"].metric == "bill"


def test_a_month_before_an_extreme_says_when_not_which_measure(nlp):
    """"fell to 21,400 from the March peak of 23,950": "March peak" names no measure (an extreme and a month); the figure
    measures what its verb's subject does, as "from a peak of 23,950" would."""
    text = ("Long waits ease\n\n"
            "The number of people waiting more than a day for a bed in Brandmoor fell to 21,400 from the March peak of "
            "23,950, the health board said.\n")
    claims = claims_of(nlp, text)
    assert claims["23,950"].metric == claims["21,400"].metric
    assert "peak" not in claims["23,950"].metric


def test_an_aggregate_subject_holding_another_figure_is_no_measure(nlp):
    """"A total of 64.2 per cent of callers were answered ..., up from 61 per cent": "total" holds the first figure and
    measures nothing itself; the old side measures what the new side does."""
    text = ("Call waits\n\n"
            "A total of 64.2 per cent of callers were answered within a minute at Brandmoor's helpline last month, up "
            "from 61 per cent in May.\n")
    claims = claims_of(nlp, text)
    assert claims["61 per cent"].metric == claims["64.2 per cent"].metric
    assert "total" not in claims["61 per cent"].metric


def test_an_average_of_named_measures_is_still_the_measure(nlp):
    """(guard: passes on the start code too) "The average of Brandmoor's three core measures was 2.4 per cent": the
    "of" names what is averaged, not a figure, so the average is the measure."""
    text = ("Core prices\n\n"
            "The average of Brandmoor's three core inflation measures was 2.4 per cent in May, the central bank said.\n")
    assert "average" in claims_of(nlp, text)["2.4 per cent"].metric
