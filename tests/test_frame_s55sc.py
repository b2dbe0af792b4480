"""Session 55 (sc): a figure for a wider area, or for a sibling place, is not the local topic's. A clause that opens
with "across"/"throughout" a place ("Across England and Wales's 62 health trusts, the number of nurses has risen")
scopes its figure to that place, and the scope is carried to the figures after it in the same paragraph until another
place takes over; a new paragraph starts from the story's topic again. A "there" or a bare "the city"/"the island" in the
figure's clause points back at the place named (or described as such) before it; an untagged name opening a sentence
with "In", or a place opening it with "On", is a sibling place; "across the country" before the figure widens it to the
country. Made-up text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2019, 5, 2))

TRUST = ("Cumbria sees a rise in hospital waits\n\n"
         "The latest figures show that Cumbria Health Trust had 1,240 nurses in March, 52 more than a year earlier.\n\n"
         "Across England and Wales’s 62 health trusts, the number of nurses has risen by 6 per cent since March 2015. "
         "There were 298,000 last year. Over the same period, admissions increased by 9 per cent, with 7.2m admissions "
         "recorded in the most recent 12 months.\n\n"
         "Cumbria Health Trust recorded 41,300 admissions last year.\n")


def test_a_clause_opening_across_a_wider_area_scopes_its_figure(nlp):
    found = claims_of(nlp, TRUST)
    assert found["6 per cent"].subject == "England and Wales"


def test_the_wider_scope_is_carried_through_its_paragraph(nlp):
    found = claims_of(nlp, TRUST)
    for figure in ("298,000", "9 per cent", "7.2m"):
        assert found[figure].subject == "England and Wales", figure


def test_a_new_paragraph_starts_from_the_local_topic_again(nlp):
    """Guard: passes on the session-start code too."""
    found = claims_of(nlp, TRUST)
    assert found["41,300"].subject == "Cumbria Health Trust"
    assert found["1,240"].subject == "Cumbria Health Trust"


FIRES = ("Bushfires: almost 900 homes lost across Australia\n\n"
         "Almost 900 houses have been destroyed in Australia's bushfire season, officials say. Crews in Queensland "
         "and Victoria are preparing for hotter weather.\n\n"
         "On Monday, Queensland officials said fires there had destroyed 412 homes and damaged 230 more.\n")


def test_there_points_back_at_the_place_named_before_it(nlp):
    found = claims_of(nlp, FIRES, dt.date(2020, 1, 8))
    assert found["412"].subject == "Queensland"
    assert found["230"].subject == "Queensland"


def test_a_figure_with_no_pointing_word_keeps_the_story_place(nlp):
    """Guard: passes on the session-start code too."""
    found = claims_of(nlp, FIRES, dt.date(2020, 1, 8))
    assert found["Almost 900"].subject == "Australia"


RENTS = ("Rents rise in Valdoria as median passes $700\n\n"
         "Median rents in Valdoria were up $40 a week (6.1%) in the year to June, to $700.\n\n"
         "In Ostrehaven the median rent increased from $480 last year to $515 this year, up 7.3% over the 12 months.\n")


def test_an_untagged_name_opening_a_sentence_with_in_is_a_sibling_place(nlp):
    found = claims_of(nlp, RENTS, dt.date(2024, 7, 10))
    for figure in ("$480", "$515", "7.3%"):
        assert found[figure].subject == "Ostrehaven", figure


QUAKE = ("Earthquake shakes Valdoria, killing nine\n\n"
         "At least nine people were killed when a strong earthquake struck Valdoria on Friday.\n\n"
         "Footage showed collapsed buildings in the coastal city of Marenzo. Officials said at least 31 buildings had "
         "collapsed in the city, which is the country's second-largest.\n")


def test_the_city_points_back_at_the_place_the_text_calls_a_city(nlp):
    found = claims_of(nlp, QUAKE, dt.date(2021, 3, 6))
    assert found["at least 31"].subject == "Marenzo"


TOWN = ("Quake leaves hundreds homeless in Valdoria\n\n"
        "An earthquake struck Valdoria's southern coast before dawn, killing at least 11 people, officials said.\n\n"
        "Rescue teams reached the town of Corbetta on Monday. The ministry said 1,300 people were left homeless in "
        "Corbetta. Five people there were seriously injured, the ministry said.\n")


def test_there_after_its_figure_points_at_the_place_of_the_sentence_before(nlp):
    found = claims_of(nlp, TOWN, dt.date(2021, 3, 6))
    assert found["Five"].subject == "Corbetta"


NATION = ("Fires destroy 900 homes in Norland province\n\n"  # (a real country: one the frame's country list knows)
          "The fire service said 900 homes had been destroyed in Norland this season.\n\n"
          "The Insurance Council of Canada (ICC) estimated the damage bill from fires across the country since "
          "October was $410 million.\n")


def test_across_the_country_anywhere_before_the_figure_widens_it_to_the_country(nlp):
    found = claims_of(nlp, NATION, dt.date(2020, 1, 8))
    assert found["$410 million"].subject == "Canada"


ISLAND = ("Earthquake hits coastal Valdoria, killing 12\n\n"
          "At least 12 people were killed when a strong earthquake struck Valdoria on Friday.\n\n"
          "On Samora, a Greek island, two teenagers died after a wall collapsed, officials said.\n")


def test_a_clause_opening_on_an_island_is_that_islands(nlp):
    found = claims_of(nlp, ISLAND, dt.date(2020, 10, 31))
    assert found["two"].subject == "Samora"
