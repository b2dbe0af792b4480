"""Session 45 (period, second round): when a figure is for, in shapes of real statistics copy. Made-up names and
figures; each test fails on the code before the change it names.

- a statistics lead that reports a change "in a year" or "over a year" ("shoplifting jumped by more than 12 per cent in
  a year, police figures show") or "the largest annual rise", and names no period, is of the rolling year its text
  names further on ("in the twelve months to June 2011"), as one reporting "the past year" already was; a year to
  come ("in a year's time") is none (frame.article._Rules.recent_year).
- a present tense whose subject is a "this" or "that" opening its sentence ("... was £181,200 in March. This is a £6,120
  increase") states the figure of the sentence before, and takes the period carried to it (frame.period.present_state).
- the old side's figures named by their period after a word of comparison ("an increase on figures for March 2011",
  "up on the total for March 2010") are a base, not the claim's own period (periods._BASE_BEFORE).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2011, 10, 14))


def test_a_change_in_a_year_is_of_the_rolling_year_named_further_on(nlp):
    text = ("Shoplifting soars in market towns\n\n"
            "Market towns have seen shoplifting jump by more than 12 per cent in a year, police figures show.\n\n"
            "Meanwhile, shoplifting in the largest cities has fallen.\n\n"
            "The figures were obtained from police records across the region.\n\n"
            "Shoplifting rose across the region in the twelve months to June 2011 compared with the previous year.\n\n"
            "The number of offences recorded by the forces rose by 4.4 per cent.\n\n"
            "In Tarlow, there were 3,412 offences, a 17.6 per cent rise on the previous 12 months.")
    claims = claims_of(nlp, text)
    for figure in ("more than 12 per cent", "4.4 per cent", "3,412", "17.6 per cent"):
        assert claims[figure].period == "2011-06", figure


def test_the_largest_annual_rise_is_of_the_rolling_year_named_further_on(nlp):
    text = ("Crime sees largest rise in a decade\n\n"
            "Crime recorded by police in Eldmark has seen its largest annual rise in a decade, new figures show.\n\n"
            "Violent crime was up by 14% and robbery by 9%.\n\n"
            "Meanwhile, burglary in the largest cities has fallen.\n\n"
            "Close to 310,000 offences were recorded over the 12 months to March, the statistics office said.")
    claims = claims_of(nlp, text, dt.date(2017, 7, 20))
    for figure in ("14%", "9%", "Close to 310,000"):
        assert claims[figure].period == "2017-03", figure


def test_this_opening_a_sentence_states_the_period_of_the_figure_before(nlp):
    text = ("Home prices edge up in Eldmark\n\n"
            "The Varro index compiles monthly averages from several indices.\n\n"
            "The average home price in Eldmark was £181,200 in March. This is a £6,120 increase.\n\n"
            "The average rent was £1,140 in March. That is £35 more than in February.")
    claims = claims_of(nlp, text, dt.date(2012, 4, 20))
    for figure in ("£181,200", "£6,120", "£1,140", "£35"):
        assert claims[figure].period == "2012-03", figure


def test_the_figures_for_an_old_month_after_a_word_of_comparison_are_a_base(nlp):
    text = ("Home prices edge up in Eldmark\n\n"
            "The Varro index compiles monthly averages from several indices.\n\n"
            "The average home price in Eldmark was £181,200 in March. This is a £6,120 increase on figures for March "
            "2011. Prices were up £2,300 on the total for March 2010.")
    claims = claims_of(nlp, text, dt.date(2012, 4, 20))
    assert claims["£6,120"].period == "2012-03"
    assert claims["£2,300"].period == "2012-03"
