"""Session 58 (pc): periods on the corpus and holdout, each written as a general shape on made-up text. Each test
fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text

MINE = ("Tolvar Mining lifts profit\n\n"
        "Tolvar Mining's net profit jumped 41 per cent to 2.2 billion in the June quarter on a 19 per cent rise in "
        "copper sales.\n")


def test_a_change_explaining_another_in_its_clause_takes_its_period(nlp):
    """"net profit jumped 41 per cent to 2.2 billion in the June quarter on a 19 per cent rise in copper sales": the
    rise that explains the change is of the same quarter (components/claims `_sentence_periods`, session 57's same-clause fallback, kept this session)."""
    found = claims_by_text(nlp, MINE, dt.date(2031, 2, 20))
    assert found["19 per cent"].period == found["41 per cent"].period == "Q2 2030"


VOTE = ("Count\n\n"
        "The Alliance won 41.2% of the vote, up from 33.9% three years ago.\n")


def test_guard_a_new_side_does_not_take_its_counted_back_old_side_s_period(nlp):
    """Guard (passes before and after): "won 41.2% of the vote, up from 33.9% three years ago": the old side is three
    years back from a period the sentence does not give, so the new side takes no period from it (the same-clause
    fallback skips a later side after from/than/compared with/against dated by words counting back)."""
    found = claims_by_text(nlp, VOTE, dt.date(2031, 10, 15))
    assert found["33.9%"].period == "2028"
    assert found["41.2%"].period is None


WAITS = ("Harwick emergency waits\n\n"
         "Emergency departments in Harwick treated 41,200 patients in the March quarter. At the busiest hospitals, the "
         "median time to treatment was two hours and 12 minutes, 9 minutes less than a year earlier. Average ambulance "
         "handover times fell to 38 minutes from 47 minutes.\n")


def test_a_reading_of_a_measure_of_time_takes_the_carried_period(nlp):
    """"the median time to treatment was two hours and 12 minutes", "handover times fell to 38 minutes": a statistic of
    time read for the period the release reports, as any other reading is, not a length that only places something in
    time (components/claim_helpers `_time_reading`)."""
    found = claims_by_text(nlp, WAITS, dt.date(2031, 5, 14))
    assert found["two hours and 12 minutes"].period == "Q1 2031"
    assert found["9 minutes"].period == "Q1 2031"
    assert found["38 minutes"].period == "Q1 2031"


BUILD = ("Harwick rail\n\n"
         "Harwick Rail carried 12.4 million passengers in 2030. Construction of the new line took just under four "
         "years, and the trip now takes 25 minutes.\n")


def test_guard_a_length_of_time_that_places_something_stays_without_a_period(nlp):
    """Guard (passes before and after): "Construction took just under four years", "the trip now takes 25 minutes":
    lengths of time no statistic stands at keep no carried period (`_time_reading` reads only the complement of "be"
    with a noun subject and the level a change reaches)."""
    found = claims_by_text(nlp, BUILD, dt.date(2031, 5, 14))
    assert found["just under four years"].period is None
    assert found["25 minutes"].period is None


DEAL = ("Mendor buys Quill\n\n"
        "Mendor has agreed to buy Quill for $1 billion, the companies said on Tuesday. The price is about 31% above "
        "the $700 million valuation Quill was given in its last round in May 2029, and nearly three times the $260 "
        "million at which it raised money in 2027.\n")


def test_a_comparison_does_not_take_the_date_of_the_side_it_is_compared_with(nlp):
    """"about 31% above the $700 million valuation Quill was given in its last round in May 2029": the month dates the
    valuation compared with, not the premium, which is the deal's, as is the rest of the story (and the year of a
    later side, "nearly three times the $260 million at which it raised money in 2027", neither)
    (frame/period `compared_side`, components/claims)."""
    found = claims_by_text(nlp, DEAL, dt.date(2030, 4, 22))
    assert found["about 31%"].period == found["$1 billion"].period == "2030-04"
    assert found["$700 million"].period == "2029-05"


def test_a_later_figure_does_not_take_the_date_of_an_earlier_figure_s_compared_side(nlp):
    """"about 31% above the $700 million valuation Quill was given in its last round in May 2029, and nearly three
    times the $260 million ...": the month stands inside the side the 31% is compared with, so the later "nearly three
    times" does not take it either; it is the deal's (frame/period `compared_side`, its `earlier` figures)."""
    found = claims_by_text(nlp, DEAL, dt.date(2030, 4, 22))
    assert found["nearly three times"].period == "2030-04"


FERRIES = ("Harbour ferries\n\n"
           "Harbour Ferries carried 88 million trips in 2029, the operator said, a 14 per cent increase on the "
           "77 million trips it recorded in 2027 before the new routes opened.\n")


def test_guard_a_change_on_an_earlier_figure_takes_its_own_period(nlp):
    """Guard (passes before and after): "a 14 per cent increase on the 77 million trips it recorded in 2027": the change is of the year reported, the
    base figure of its own year (frame/period `compared_side`: "on" only before a figure of the side compared with)."""
    found = claims_by_text(nlp, FERRIES, dt.date(2030, 4, 2))
    assert found["14 per cent"].period == "2029"
    assert found["77 million"].period == "2027"


MARKETS = ("Copper and the krona\n\n"
           "Profit at Tolvar rose 5% on strong sales of copper in 2029. The krona rose 3% against the dollar on "
           "Tuesday. Tolvar shares fell 2% to below $50 on Monday.\n")


def test_guard_a_cause_or_a_market_move_keeps_its_own_date(nlp):
    """Guard (passes before and after): "rose 5% on strong sales of copper in 2029" (a cause, no figure compared
    with), "rose 3% against the dollar on Tuesday" (a market move of the day), "fell 2% to below $50 on Monday" (a
    level reached, after "to") keep the period their sentence writes."""
    found = claims_by_text(nlp, MARKETS, dt.date(2030, 4, 24))
    assert found["5%"].period == "2029"
    assert found["3%"].period == "2030-04-23"
    assert found["2%"].period == "2030-04-22"
