"""Session 51 (lead): figures misread on the realtest26 pages, opened as a development set this session, each written as
a general shape on made-up text. Each test fails on the code before it unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader


def test_an_ordinal_before_a_word_starting_with_of_is_no_fraction(nlp):
    """"a fourth offer" is the fourth of the offers, not a quarter: the "of" of "a fourth of" must be a whole word."""
    found = claims_reader(dt.date(2018, 5, 1))(nlp, "Harlow weighs bid\n\nHarlow is considering its position after a "
                                               "fourth offer from Orlan. A third of voters backed the deal.\n")
    assert "a fourth" not in found
    assert abs(found["A third"].value - 1 / 3) < 1e-9
