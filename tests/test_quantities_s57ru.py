"""Session 57 (ru): figures found with the right number but read in the wrong unit or scale. Made-up text; a test of
each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 3, 12))

_MARKET = ("Kelmar shares slip as miners weigh\n\nShares in Valdoria fell on Tuesday as mining stocks weighed on the "
           "market.\n\nThe benchmark Kelmar 40 index fell 0.6 per cent to close at 7,412.6, its lowest level in three "
           "weeks.\n\n")


def test_a_bare_count_of_the_order_of_the_index_level_read_elsewhere_is_a_level(nlp):
    """"It had touched 7,455 led by banks": the index's level the article read elsewhere, in index points, though
    no word around this one says so."""
    found = claims_of(nlp, _MARKET + "Earlier it had touched 7,455 led by banks, and the week before it sat near "
                                     "7,390 as traders waited.\n")
    assert found["7,455"].unit == "index point"
    assert "7,390" in " ".join(found) and next(c for t, c in found.items() if "7,390" in t).unit == "index point"


def test_a_count_of_a_noun_or_far_from_the_level_stays_a_count(nlp):
    """Guard (passes on the code before it too): "7,300 jobs" counts jobs, and a count far from the index's level
    ("1,200 workers") is no level."""
    found = claims_of(nlp, _MARKET + "Orlan Metals said it would cut 7,300 jobs, and 1,200 workers went on strike.\n")
    assert found["7,300"].unit == "count" if "7,300" in found else found["7,300 jobs"].unit == "count"
    assert next(c for t, c in found.items() if "1,200" in t).unit == "count"


def test_a_record_s_window_after_first_is_a_duration_claim(nlp):
    """"their first win at Kessel Park in 26 years": a record's window, a claim (as "for the first time in 26 years"
    was), not a period."""
    found = claims_of(nlp, "Rovers end long wait\n\nHarlow Rovers' 2-0 victory on Saturday was their first win at Kessel "
                           "Park in 26 years.\n")
    assert found["26 years"].unit == "year" and found["26 years"].value == 26


def test_one_unit_of_time_written_with_a_is_read_with_a_hedge_or_as_a_record_s_window(nlp):
    """"the strongest winds in over a century", "more than a year ahead of schedule", "lasted less than an hour":
    a duration of one unit (a century a hundred years), read only with a hedge or as a record's window."""
    found = claims_of(nlp, "Storm Orla\n\nParts of Valdoria saw the strongest winds in over a century on Tuesday. The "
                           "council's emergency meeting lasted less than an hour. Repairs to the Tarbury sea wall finished "
                           "more than a year ahead of schedule.\n")
    assert (found["over a century"].value, found["over a century"].unit, found["over a century"].qualifier) == \
        (100, "year", "lower_bound")
    assert (found["less than an hour"].value, found["less than an hour"].unit) == (1, "hour")
    assert found["more than a year"].unit == "year"


def test_a_unit_of_time_that_places_a_figure_in_time_stays_no_claim(nlp):
    """Guard (passes on the code before it too): "more than a year ago", "a year earlier", "within a year of the
    injury" and "in the first two years of the plan" place a figure in time or define a group: no claim."""
    found = claims_of(nlp, "Kelmar results\n\nKelmar sold 4,100 homes, up from 3,200 more than a year ago and 3,500 a "
                           "year earlier. In the first two years of the plan it built 800 homes. Of patients hurt, 12% "
                           "die within a year of the injury.\n")
    assert not any("year" in text for text in found)


def test_the_move_in_points_between_a_percentage_and_the_level_is_in_index_points(nlp):
    """"rose 0.6 per cent, or 44.2, to 7,412.6": the percentage's move restated in index points, no bare count."""
    found = claims_of(nlp, "Kelmar shares\n\nThe benchmark Kelmar 40 index rose 0.6 per cent, or 44.2, to 7,412.6 on "
                           "Tuesday.\n")
    assert found["44.2"].unit == "index point"


def test_a_level_followed_by_its_own_noun_or_its_day_is_in_index_points(nlp):
    """"the index closed at 7,102.5 yesterday", "the Tarvex index was trading at 18,300 levels": an index's level
    followed by the day it closed or by "levels", not a bare count."""
    found = claims_of(nlp, "Markets\n\nThe Kelmar share index closed at 7,102.5 yesterday after a quiet session.\n\n"
                           "In Dravia, the Tarvex index was trading at 18,300 levels in the afternoon.\n")
    assert found["7,102.5"].unit == "index point"
    assert found["18,300"].unit == "index point"
