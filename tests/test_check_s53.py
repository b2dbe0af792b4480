"""Session 53 (lead): the checker's missed contradictions found on the realtest29 pages, opened as a development set
this session, each written as a general shape on made-up text. Each test fails on the code before it unless its
docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import checked_reader, claims_reader

_checked = checked_reader(dt.date(2018, 3, 7), claims_reader(dt.date(2018, 3, 7)))

PROFIT_RISE = ("Harlow Marine shares jump after profit rise\n\nHarlow Marine shares rose 9 percent on Wednesday after the "
               "engineer posted a 25 percent profit rise for 2017.\n\nPre-tax profit rose to £1.07 billion in 2017, from "
               "£813 million in 2016, while revenue increased to £15.09 billion.\n")


def test_a_change_naming_a_measure_is_checked_against_the_levels_of_a_measure_that_holds_it(nlp):
    """"posted a 25 percent profit rise for 2017 ... Pre-tax profit rose to £1.07 billion in 2017, from £813 million in
    2016": the only levels whose measure holds "profit" put the rise at 31.6%, so the 25% is contradicted (a change
    that named a measure was never set against levels stated in another sentence)."""
    found = _checked(nlp, PROFIT_RISE)
    assert found["25 percent"].verdict == "contradicted"
    assert found["25 percent"].evidence.expected == pytest_approx(31.6)


def test_two_measures_that_hold_the_change_s_words_never_contradict_it(nlp):
    """Guard (passes on the code before it too): with operating profit's levels beside pre-tax profit's, which profit
    rose 25% is not known, so it is not contradicted (operating profit's rise of 24.6% may support it)."""
    text = PROFIT_RISE.replace("while revenue increased to £15.09 billion.", "while operating profit rose to £400 "
                               "million in 2017, from £321 million in 2016.")
    assert _checked(nlp, text)["25 percent"].verdict != "contradicted"


def pytest_approx(value: float):
    import pytest
    return pytest.approx(value, abs=0.1)


def test_a_change_with_its_own_level_in_its_sentence_is_not_set_against_the_group_s_levels(nlp):
    """Guard (passes on the code before it too): "contributed $4.14 billion in revenue, 25 percent more than a year
    ago" is the unit's change, of the level beside it; the group's revenue "to $13.76 billion from $10.81 billion"
    (27.3%) says nothing of it."""
    text = ("Halo paying off for Varnell\n\nSEATTLE — Varnell Corp. said its fiscal first-quarter profit rose 23 "
            "percent.\n\nRevenue grew 27 percent to $13.76 billion from $10.81 billion in the year-ago quarter.\n\nThe "
            "business unit responsible for the operating system contributed $4.14 billion in revenue, 25 percent more "
            "than a year ago.\n")
    found = checked_reader(dt.date(2007, 10, 26), claims_reader(dt.date(2007, 10, 26)))(nlp, text)
    assert found["25 percent"].verdict != "contradicted"
