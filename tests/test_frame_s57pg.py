"""Session 57 (pg): the period of a figure the frame left None while a figure of its own clause has one, each written
as a general shape on made-up text. Each test fails on the code before it unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_by_text

MATCH = ("Harlow Rovers beat Tarbury 104-98 in overtime\n\n"
         "Harlow Rovers beat Tarbury 104-98 in overtime on Saturday night.\n\n"
         "Ellis Marn added 13 points and Jory Pell scored 11 for Harlow, which connected on 54.5 percent of its field "
         "goal attempts and was 20 of 39 from 3-point range.\n")


def test_a_figure_takes_the_period_of_the_figure_beside_it_in_its_clause(nlp):
    """"Jory Pell scored 11 for Harlow, which connected on 54.5 percent of its field goal attempts": the shooting
    share is of the same match as the points beside it (the match's month), not a figure with no period
    (components/claims `_sentence_periods`)."""
    found = claims_by_text(nlp, MATCH, dt.date(2031, 5, 14))
    assert found["54.5 percent"].period == found["11"].period == "2031-05"


RELEASE = ("Valdoria's economy grows 0.4% in first quarter\n\n"
           "Valdoria's economy grew 0.4% in the first three months of 2031, the statistics office said on Wednesday.\n\n"
           "Operating profit before one-off items fell 5.9 per cent to 3.1 billion in the quarter on a 3.4 per cent "
           "drop in sales revenues, Orlan Group said in a separate release.\n")


def test_a_change_in_a_phrase_of_the_figure_before_it_takes_that_figure_s_period(nlp):
    """"fell 5.9 per cent to 3.1 billion in the quarter on a 3.4 per cent drop in sales revenues": the drop that
    explains the fall is of the same quarter."""
    found = claims_by_text(nlp, RELEASE, dt.date(2031, 5, 14))
    assert found["3.4 per cent"].period == "Q1 2031"


STUDY = ("Seagrass meadows off Corran shrank by a third, researchers say\n\n"
         "A team of 14 researchers from three universities mapped the meadows using 1,460 aerial photographs taken "
         "between 1998 and 2022.\n")


def test_guard_a_count_of_where_things_come_from_takes_no_period(nlp):
    """Guard (passes before and after): "14 researchers from three universities" describes the study's team; the
    count of where they come from does not take the period of the figures beside it (the gold conventions leave such a
    description without a period)."""
    found = claims_by_text(nlp, STUDY, dt.date(2025, 6, 2))
    assert found["14"].period == "1998-2022"
    assert found["three"].period is None
