"""Session 50 (audit of the frame in other beats: disasters, crime, local government, housing, transport, sport,
science): the frame of figures in shapes such pages write. A body that takes a reading of a thing it does not own, the
subject of a verb of `measuring_verbs` with an object and the figure in an "at" or "as" phrase ("The Harlow Seismic
Service measured the quake at magnitude 6.2", "the HSS recorded it at magnitude 5.9"), or the agent of such a verb in
the passive, is the reading's source: the figure is the event's, whose place is the story's. A length set under or
over a surface ("35 kilometres below the surface", "676 kilometres below the Earth's surface", "10 kilometres (6 miles)
below ground", "1,200 metres above sea level") is a depth or a height, no distance and no difference from a level, and
a dimension word after a conversion in brackets ("6 kilometres (3.7 miles) deep") still names its dimension. In an article about a study, a figure whose clause's subject is a group of people a
relative clause with "who" or a participle describes ("Women who walked at least 30 minutes a day had a 14% lower risk
of stroke", "Nonsmokers who ate ... had a 9 percent reduced risk, the Gazette reported") is that group's, not a source's
nor the story's topic. A storm of snow, hail or rain named in the lead ("snowstorm", "Heavy snowfall", "downpours") is a
disaster of the day: its readings are dated by the day they are counted as of, as a disaster's toll is. Made-up text; a test of
each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 13))


QUAKE = ("Strong quake hits Valdoria\n\nA strong earthquake struck southern Valdoria on Tuesday, killing at least 12 "
         "people, officials said.\n\nThe Valdoria Earthquake Centre had initially measured the quake at magnitude 6.5.\n\n"
         "The Harlow Seismic Service measured the magnitude of the quake as 6.1 and the depth at 12 kilometres.\n\n"
         "Although Valdorian officials described it as a 6.6-magnitude quake, the HSS recorded it at magnitude 5.9.\n")


def test_a_body_that_measures_a_quake_is_the_readings_source(nlp):
    found = claims_of(nlp, QUAKE)
    assert found["6.5"].subject == "Valdoria"
    assert found["6.1"].subject == "Valdoria"
    assert found["12 kilometres"].subject == "Valdoria"
    assert found["5.9"].subject == "Valdoria"


def test_a_body_that_puts_its_own_figure_at_a_level_keeps_it(nlp):
    """Guard (passes on the code before the change too): an object the subject owns is its own figure, and a count
    that is the verb's object is what it counted."""
    text = ("Corvex lifts outlook\n\nCorvex Holdings recorded its revenue at $4.2 billion for the year, the company "
            "said.\n\nKelby Police recorded 41 homicides in 2023.\n")
    found = claims_of(nlp, text)
    assert found["$4.2 billion"].subject == "Corvex Holdings"


DEPTH = ("Quake hits Valdoria\n\nA strong earthquake struck Valdoria on Tuesday.\n\nThe quake struck 35 kilometres below "
         "the surface, about 80 kilometres west of Port Avel.\n\nA second tremor was 20 kilometres (12 miles) deep, and a "
         "third 640 kilometres below the Earth's surface.\n\nThe village of Orm sits 1,200 metres above sea level.\n")


def test_a_length_below_the_surface_is_a_depth(nlp):
    found = claims_of(nlp, DEPTH)
    assert found["35 kilometres"].metric == "depth"
    assert found["35 kilometres"].direction is None
    assert found["20 kilometres"].metric == "depth"
    assert found["12 miles"].metric == "depth"
    assert found["640 kilometres"].metric == "depth"
    assert found["1,200 metres"].metric == "height"
    assert found["1,200 metres"].direction is None


def test_a_length_off_a_place_stays_a_distance(nlp):
    """Guard (passes on the code before the change too): a length "west of" a place is a distance."""
    found = claims_of(nlp, DEPTH)
    assert found["about 80 kilometres"].metric == "distance west of Port Avel"


STUDY = ("Walking linked to lower stroke risk, study finds\n\nA long study of Valdorian adults has linked daily walks "
         "with fewer strokes.\n\nResearchers from the Harlow Institute of Health followed 61,000 adults for 12 years.\n\n"
         "Women who walked at least 30 minutes a day had a 14% lower risk of stroke, while men who walked that much had "
         "an 11% lower risk.\n\nNonsmokers who walked daily had a 9 percent reduced risk of stroke, the Kelby Gazette "
         "reported.\n")


def test_a_group_of_people_a_study_describes_is_its_figures_subject(nlp):
    found = claims_of(nlp, STUDY)
    assert found["14%"].subject == "women who walked at least 30 minutes a day"
    assert found["11%"].subject == "men who walked that much"
    assert found["9 percent"].subject == "nonsmokers who walked daily"
    assert all(c.subject != "women who walked at least 30 minutes a day" for k, c in found.items() if "30 minutes" in k)


def test_a_named_subject_keeps_its_figure_in_a_study(nlp):
    """Guard (passes on the code before the change too): a figure a name owns stays the name's."""
    text = ("Trial of new pill, study finds\n\nResearchers at the Harlow Institute ran the trial.\n\n"
            "Corvex Pharma's revenue rose 12% last year.\n")
    found = claims_of(nlp, text)
    assert found["12%"].subject == "Corvex Pharma"


SNOW = ("Heavy snowfall closes schools across Harlow County\n\nHeavy snow fell across Harlow County on Tuesday, "
        "closing schools and blocking roads.\n\nAt 11 p.m., the temperature read 19 degrees, with wind gusts around "
        "25 mph.\n\nSnow totals reached 9 inches in Orm and 7.5 inches in Kelby.\n")


def test_a_snowstorms_readings_are_dated_by_the_day(nlp):
    found = claims_reader(dt.date(2024, 1, 10))(nlp, SNOW)
    assert found["19 degrees"].period == "2024-01-09"
    assert found["9 inches"].period == "2024-01-09"
    assert found["7.5 inches"].period == "2024-01-09"


INDEX = ("Valdoria's March inflation rises to 4.1 per cent\n\nValdoria's annual inflation rose to 4.1 per cent in "
         "March from 3.9 per cent in February, Statistics Valdoria said.\n\nBetween February and "
         "March, food and non-alcoholic drinks index increased by 2.7 per cent.\n\nBetween February and March 2024, "
         "Food and Non-Alcoholic Beverages' Index increased by 0.8 per cent.\n")


def test_a_division_index_after_a_span_of_months_is_the_places(nlp):
    found = claims_reader(dt.date(2024, 3, 29))(nlp, INDEX)
    assert found["2.7 per cent"].subject == "Valdoria"
    assert found["0.8 per cent"].subject == "Valdoria"
