"""Session 50 (b): quantities of disaster, weather, court, election and local copy as real pages write them.
A spelled "one" that counts a casualty is a figure, as "1" is: "one person died", "One man was killed", "left at
least one dead", "at least one person has been reported killed" (rules/lexicon.json casualty_one,
grammar.scanner _casualty_one); "no one was hurt", "the one person injured" and "one of the drivers" stay no figure,
and so does "One person was critically injured", with an adverb between, which copy writes of someone it already
counted.
Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 20))


@pytest.mark.parametrize("text, figure, qualifier", [
    ("Storm leaves at least one dead in Kelby\n\nHigh winds tore through Kelby overnight.", "at least one",
     "lower_bound"),
    ("At least one person is dead after a tornado struck the town of Marrow Creek on Tuesday.", "At least one",
     "lower_bound"),
    ("The Dunmore emergency agency said one person died in Tarn County as the floods spread.", "one", "exact"),
    ("At least one person has been reported killed as the cyclone crossed the Harlow coast.", "At least one",
     "lower_bound"),
    ("Fire crews said one firefighter was injured when a wall collapsed at the Orvane mill.", "one", "exact"),
])
def test_a_spelled_one_that_counts_a_casualty_is_a_figure(nlp, text, figure, qualifier):
    found = claims_of(nlp, text)
    assert figure in found, sorted(found)
    assert found[figure].value == 1 and found[figure].unit == "count"
    assert found[figure].qualifier == qualifier


@pytest.mark.parametrize("text", [
    "No one was hurt when the Kelby ferry ran aground on Sunday.",
    "No-one died in the blaze at the Orvane depot, fire crews said.",
    "Police said one of the drivers was arrested at the scene of the Marrow Creek crash.",
    "The one person injured was treated at the scene by Dunmore paramedics.",
    "A van hit a car on the Harlow bypass. One person was critically injured and was taken to hospital.",
])
def test_a_spelled_one_that_counts_no_casualty_is_no_figure(nlp, text):
    """Guard: passes on the session-start code too."""
    found = claims_of(nlp, text)
    assert not any(t.lower() == "one" for t in found), sorted(found)

