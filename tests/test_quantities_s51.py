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


def test_a_school_year_and_a_list_of_labels_are_no_figures(nlp):
    """"Year 12 and 14", "Year 12s", "Grade 8 or 9": school years and grades a list of them shares are labels."""
    found = claims_reader(dt.date(2018, 1, 10))(nlp, "Exam results improve\n\nThe bulletin shows how well those in Year "
                                                 "12 and 14 performed. In 2016/17, 70.3 per cent of Year 12s achieved "
                                                 "this. Grade 8 or 9 students sat 14 papers.\n")
    assert set(found) == {"70.3 per cent", "14"}


def test_a_glued_m_a_count_moved_to_before_and_is_millions_in_a_text_of_glued_millions(nlp):
    """"rose 11% to 7.53m and London City ...": the level ends its clause at "and", millions as "217m passengers"
    are; a length before "and" in another clause stays metres."""
    found = claims_reader(dt.date(2005, 3, 1))(nlp, "Airports busier\n\nAirports processed 217m passengers last year. "
                                                "Harlow rose 11% to 7.53m and Dunmore increased 14% to 1.67m. The wall "
                                                "is 3m and the fence 2m high.\n")
    assert found["7.53m"].value == 7.53e6
    assert found["3m"].unit == "m"
