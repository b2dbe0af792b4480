"""Session 53 (lead): figures claimx did not find, or read in the wrong form, on the realtest29 pages, opened as a
development set this session, each written as a general shape on made-up text. Each test fails on the code before it
unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

_claims = claims_reader(dt.date(2018, 3, 7))


def test_a_figure_after_a_figure_is_no_label(nlp):
    """"declaring a figure 11.7p per share": "figure" after "a" names the sum, it is no label like "see figure 3" (the
    dividend was dropped as a figure number)."""
    found = _claims(nlp, "Dividend held\n\nPre-tax profit rose to £1.2 billion. The board held its dividend, declaring "
                         "a figure 11.7p per share for the full year. See figure 3 for the detail.\n")
    assert (found["11.7p"].value, found["11.7p"].unit) == (0.117, "GBP")
    assert "3" not in found


def test_a_level_word_before_a_percentage_is_no_label(nlp):
    """"now sitting at a level 2.6% lower than in 2005": no label takes a percentage ("level 3" does; the figure was
    dropped as the name "level 2")."""
    found = _claims(nlp, "Bus use falls\n\nBus use in Norland declined by 2% over the year, now sitting at a level 2.6% "
                         "lower than in 2005. The level 3 alert was lifted.\n")
    assert found["2.6%"].value == 2.6
    assert "3" not in found


def test_re_before_a_figure_is_one_rupee(nlp):
    """"Re0.85/share", "Re 1.01": "Re" is the singular of "Rs", a rupee, read by the article's country like "Rs" (the
    figure was not found, or was a bare count)."""
    found = _claims(nlp, "Refiner profit soars\n\nKARACHI: Indus Refining posted a profit of Rs5.5 billion. Earnings per "
                         "share came in at Rs8.78, compared with Re0.85 last year.\n")
    assert (found["Re0.85"].value, found["Re0.85"].unit) == (0.85, "PKR")


def test_give_or_take_a_margin_makes_a_range(nlp):
    """"£400 million, give or take a £100 million", "2.5%, plus or minus 0.5%": a figure and the margin either way
    the words allow are one range (they were two figures)."""
    found = _claims(nlp, "Outlook\n\nHarlow Marine expects operating profit to grow to £400 million, give or take a £100 "
                         "million, and growth of 2.5%, plus or minus 0.5%, in sales.\n")
    profit = found["£400 million, give or take a £100 million"]
    assert (profit.qualifier, profit.lower, profit.upper) == ("range", 300e6, 500e6)
    growth = found["2.5%, plus or minus 0.5%"]
    assert (growth.qualifier, growth.lower, growth.upper) == ("range", 2.0, 3.0)
