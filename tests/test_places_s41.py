"""Session 41: places in statistics copy. Made-up figures; each test fails on the code before the change.

- two places joined by "and" after a preposition of scope are one area ("house prices in England and Wales"), even
  when the tagger labels one of them otherwise there (claims._joined_places); one of them named alone stays itself,
  and two places set against each other ("trade between Kestrel and Orland") are not joined;
- "an annual rise" is a change of what the sentence before measured, as "a rise" is (rules/frame.json period_adjectives);
- a capitalised dictionary noun opening the headline and the first sentence ("House prices up" over "House prices in
  ...") is no name (dictionary.once_named_noun counts a headline restating its lead once), so it leads no story.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2015, 8, 28))

TEXT = ("House prices up\n\nHouse prices in England and Wales rose 4.6 per cent in July to an average of £183,861.\n\n"
        "Sales in England and Wales fell 3 per cent.\n\n"
        "Wales saw the only monthly price decrease, with a fall of 0.3 per cent.\n\nIn London, prices rose 9.3 per cent.\n\n"
        "Prices fell 0.2 per cent over the month.\n")


def test_two_places_joined_by_and_are_one_area(nlp):
    claims = claims_of(nlp, TEXT)
    assert claims["4.6 per cent"].subject == "England and Wales"
    assert claims["£183,861"].subject == "England and Wales"
    assert claims["0.3 per cent"].subject == "Wales"
    assert claims["9.3 per cent"].subject == "London"


def test_a_headline_restating_its_leads_first_word_names_no_one(nlp):
    assert claims_of(nlp, TEXT)["0.2 per cent"].subject == "England and Wales"


def test_places_set_against_each_other_are_not_joined(nlp):
    text = "Trade grows\n\nTrade between Japan and Korea rose 3% in July, the ministry said.\n"
    assert "Japan and Korea" not in (claims_of(nlp, text)["3%"].subject or "")


def test_an_annual_rise_is_a_change_of_the_measure_before(nlp):
    # (rules/frame.json period_adjectives: "an annual rise" names no more than "a rise" what changed)
    text = ("Prices climb in Kestrel Vale\n\nThe average house price in Kestrel Vale rose 4.2 per cent in the year to "
            "September to £281,400.\n\nElsewhere in the region, Harrowby had an annual rise of 5.1 per cent, Westerleigh "
            "3.8 per cent, and Penhallow 3.5 per cent.\n")
    claims = claims_of(nlp, text, dt.date(2025, 11, 19))
    assert claims["5.1 per cent"].metric == "annual average house price growth"
    assert claims["3.5 per cent"].metric == "annual average house price growth"
