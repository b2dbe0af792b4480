"""Session 56 (ss: the right one of the sentence's own names): in a story about places, a place written "in" the
figure's own clause weighs more than the place the story is about (`place_in_clause` 40 -> 60), and the figure's own
phrase is read first: a past participle of the figure's noun is part of it ("400 recorded in Ostley"), the story's
place written there keeps the figure, and a place after the figure is the next item's when one is written before it.
Made-up text; a test of each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

april = claims_reader(dt.date(2031, 4, 14))

BUSES = ("Bus journeys fall 1.5%\n\n"
         "The Transport Office has released quarterly bus statistics, revealing a 1.5% fall in bus passenger journeys.\n\n"
         "Journeys in Marbury fell by 0.8% over the year, to 2.1 billion.\n\n"
         "Bus use in Valdoria outside Marbury declined by 2% over the same period.\n\n"
         "Comparing March with February saw the greatest fare rises in Tarwick (5.3%), the lowest fare rises outside "
         "Marbury in Ostley (1.8%) and a 1% increase in Marbury.\n\n"
         "In Marbury the average fare was £3.10, in Brackley £2.78 and in Corran £2.83.\n")


def test_a_place_written_in_the_figures_clause_beats_the_place_the_story_was_about(nlp):
    """"Bus use in Valdoria outside Marbury declined by 2%": the text was last about Marbury, but the clause counts
    Valdoria's buses (the code before gave the story's place, Marbury)."""
    assert april(nlp, BUSES)["2%"].subject == "Valdoria"


def test_the_story_place_in_the_figures_own_phrase_or_before_it_keeps_the_figure(nlp):
    """Guard (passes on the code before too): "and a 1% increase in Marbury" is Marbury's though the clause also names
    Ostley, and "In Marbury the average fare was £3.10, in Brackley £2.78" gives the £3.10 to Marbury, the place after
    the figure being the next item's: the heavier weight of a place in the clause must not take either."""
    found = april(nlp, BUSES)
    assert found["1%"].subject == "Marbury"
    assert found["£3.10"].subject == "Marbury"
    assert found["£2.78"].subject == "Brackley"


TENANCIES = ("Rents rise across Valdoria\n\n"
             "Median weekly rents rose 4.1% across Valdoria in the year to March, to $612.\n\n"
             "There were 880 new tenancies in Marbury, with 420 recorded in Tarwick and 310 recorded in Ostley.\n")


def test_a_participle_of_the_figures_noun_places_it(nlp):
    """"with 420 recorded in Tarwick and 310 recorded in Ostley": each count is the place its own participle names (the
    code before gave the 310 to Tarwick, the nearest place in the clause)."""
    found = april(nlp, TENANCIES)
    assert found["420"].subject == "Tarwick"
    assert found["310"].subject == "Ostley"
