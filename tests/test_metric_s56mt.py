"""Session 56 (mt): which noun phrase a figure measures, decided from the parse and the story in general. A figure
that names no measure of its own, with no figure of its unit before it in its sentence, measures what the story's
last figure of its unit measured, in its paragraph or the one before (a place as the subject of a bare "achieved",
"There were N back then"). Made-up text; a test of each change fails on the code before it, unless its docstring says
it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 6, 4))


def test_a_place_achieving_a_share_measures_the_story_s_last_share(nlp):
    """"The national pass rate rose to 79.6%. North Kelmshire achieved 84.4%": the pass rate, not nothing."""
    found = claims_of(nlp, "Valdoria exam results\n\nThe national pass rate in Valdoria rose to 79.6% this year. North "
                           "Kelmshire achieved 84.4%, an increase of 1.6% from last year. The Eastern Cape achieved 81.3%.\n")
    assert "pass rate" in (found["84.4%"].metric or "")
    assert "pass rate" in (found["81.3%"].metric or "")


def test_a_bare_level_after_a_change_takes_the_story_s_measure_and_its_change_too(nlp):
    """"Kelmshire Province achieved 84.4%, an increase of 1.6%": the pass rate and its growth, not "increase"."""
    found = claims_of(nlp, "Valdoria exam results\n\nThe national pass rate in Valdoria rose to 79.6% this year. In the "
                           "north, the figure was higher. Kelmshire Province achieved 84.4%, an increase of 1.6% from last "
                           "year.\n")
    assert "pass rate" in (found["84.4%"].metric or "")
    assert "pass rate" in (found["1.6%"].metric or "")


def test_there_were_n_measures_the_count_before(nlp):
    """"Tarbury had 2,410 police officers in March ... There were 3,100 back then": officers, not nothing."""
    found = claims_of(nlp, "Tarbury police\n\nTarbury had 2,410 police officers in March, the force said, down 12% on "
                           "2015. There were 3,100 back then.\n")
    assert "officers" in (found["3,100"].metric or "")
