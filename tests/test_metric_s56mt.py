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


def test_a_company_s_bare_move_outside_a_market_report_is_a_change_of_the_story_s_measure(nlp):
    """"Exports from Valdoria rose 8.4% ... Orlan Metals increased 5.2% in the month": outside a market report a name's
    bare move is a change of what the story measured, not its share price."""
    found = claims_of(nlp, "Valdoria exports climb\n\nExports from Valdoria rose 8.4% to $12.1 billion in May. Orlan Metals "
                           "increased 5.2% in the month, while Kessock Steel fell 1.4%.\n")
    assert "exports" in (found["5.2%"].metric or "").lower()
    assert "share price" not in (found["1.4%"].metric or "")


def test_an_index_s_bare_move_in_a_market_report_stays_its_level(nlp):
    """Guard (passes on the code before too): "Elsewhere at the close: Eurobourse 600 -0.6%; Nikkan 225 +0.9%" in a
    market report is each index's move on the day, not a change of what the story measured before."""
    found = claims_of(nlp, "Stocks slip as tech sags\n\nStocks fell on Tuesday as chipmakers slid. The Broadline 500 index "
                           "ended down 1.3% at 5,812.40.\n\nThe Broadline 500 is still up about 14% for the year.\n\n"
                           "Elsewhere at the close: Eurobourse 600 -0.6%; Nikkan 225 +0.9%; Harbour City Composite -1.7%.\n")
    for text in ("-0.6%", "+0.9%", "-1.7%"):
        assert found[text].metric == "index level"
        assert found[text].period == "2031-06-03"


def test_a_bare_figure_paragraphs_later_measures_the_story_s_last_figure_of_its_unit(nlp):
    """"Orrin Water's leakage rate fell to 17.2% ..." then, three paragraphs later, "Brenmoor achieved 15.8%": the
    leakage rate, the story's last measure of a percentage, however far back."""
    found = claims_of(nlp, "Orrin Water leakage falls\n\nThe leakage rate across the Orrin Water network fell to 17.2% "
                           "last year, the regulator said.\n\nThe company blamed a dry summer for burst mains.\n\n"
                           "Engineers replaced 140 kilometres of pipe, the company said.\n\nThe Kelby district achieved "
                           "15.8%, the best in the region.\n")
    assert "leakage rate" in (found["15.8%"].metric or "")


def test_a_share_naming_nothing_is_of_the_story_s_last_measure_of_any_unit(nlp):
    """"Orla has attracted users in excess of 3 million ..., with 25 percent falling between the ages of 18 and 30": with
    no percentage measured before it, the share is of the users the story measured last (a count), not nothing."""
    found = claims_of(nlp, "Orla wallet adds users\n\nThe mobile payment app Orla has attracted users in excess of 3 million "
                           "in Valdoria, with 25 percent falling between the ages of 18 and 30.\n")
    assert "users" in (found["25 percent"].metric or "")
