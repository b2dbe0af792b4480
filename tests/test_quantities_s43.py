"""Session 43: "a penny" in American copy. A penny moved after a word of a move ("cut ... by a penny") is sterling's
in a text written in pounds, and a cent in one whose first currency sign is the dollar's (grammar.scanner._a_subunit).
Also: a full date opening a sentence ("On July 1, 2013, 19 firefighters died") dates its event by its month
(periods._find); the rank that heads an item of a ranked list, before a name and a colon or a dash ("10 Tomas Varga:
£5.34m cost per goal"), is no claim (grammar.exclusions "list marker"). Made-up figures; the first test of each fails
on the code before the change."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 10, 26))


def test_a_penny_in_dollar_copy_is_a_cent(nlp):
    text = "Corvane narrows outlook\n\nCorvane forecast sales of $50 billion and cut its earnings outlook by a penny.\n"
    penny = claims_of(nlp, text)["a penny"]
    assert (penny.value, penny.unit) == (0.01, "USD")


def test_a_penny_in_sterling_copy_stays_a_penny(nlp):
    text = "Fuel duty\n\nThe price of petrol, £1.42 a litre, fell by a penny.\n"
    penny = claims_of(nlp, text)["a penny"]
    assert (penny.value, penny.unit) == (0.01, "GBP")


def test_a_ranked_lists_heading_number_is_no_claim(nlp):
    # "10 Kylian Varga: £5.34m cost per goal": the rank of a listicle's item, before a name and a colon or a dash
    text = ("Top scorers by cost per goal\n\n10 Tomas Varga: £5.34m cost per goal\n\nVarga scored 29 goals.\n\n"
            "9 Elias Reed – £2.5m cost per goal\n\nReed scored 26 goals.\n")
    claims = claims_of(nlp, text, dt.date(2023, 6, 15))
    assert "10" not in claims and "9" not in claims
    assert claims["£2.5m"].subject == "Elias Reed"
    assert claims["29"].value == 29


def test_a_number_opening_a_sentence_stays_a_claim(nlp):
    text = "Storm damage\n\n12 homes were flooded on Monday: the council said more may follow.\n"
    assert claims_of(nlp, text)["12"].value == 12


def test_a_full_date_opening_a_sentence_dates_its_event(nlp):
    # "On July 1, 2013, 19 firefighters died": the day's event takes its month, not the year the article reports on;
    # a full date elsewhere ("The deadline is July 1") still dates nothing
    text = ("Fire deaths\n\nThere were 1,270 large wildfires reported in 2012 across Valdoria.\n\nOn July 1, 2013, 19 "
            "firefighters died fighting the Harlow Ridge Fire.\n")
    claims = claims_of(nlp, text, dt.date(2013, 8, 1))
    assert claims["19"].period == "2013-07"
    assert claims["1,270"].period == "2012"
