"""Session 50 (audit of the frame in other beats: disasters, crime, local government, housing, transport, sport,
science): the frame of figures in shapes such pages write. A body that takes a reading of a thing it does not own, the
subject of a verb of `measuring_verbs` with an object and the figure in an "at" or "as" phrase ("The Harlow Seismic
Service measured the quake at magnitude 6.2", "the HSS recorded it at magnitude 5.9"), or the agent of such a verb in
the passive, is the reading's source: the figure is the event's, whose place is the story's. Made-up text; a test of
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
