"""Session 43: "a penny" in American copy. A penny moved after a word of a move ("cut ... by a penny") is sterling's
in a text written in pounds, and a cent in one whose first currency sign is the dollar's (grammar.scanner._a_subunit).
Made-up figures; the first test fails on the code before the change."""
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
