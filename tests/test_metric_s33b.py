"""Session 33, second metric round: a figure written inside a rate or pace "at a 6.2% annual rate" measures what its
clause moves; a sector or an industry that grew or shrank is measured by its output; a "lift" is a change word.
Sentences are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.pipeline import extract_articles
from claimx.records import Article


def claims_of(nlp, text, published=dt.date(2025, 10, 15)):
    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return {c.text: c for c in result.claims}


@pytest.mark.parametrize("text,figure,metric", [
    ("Grain prices rose at a 6.2% annual rate in 2024.", "6.2%", "Grain prices"),
    ("Freight rates have climbed at a 9.4% annual rate this year.", "9.4%", "Freight rates"),
    ("Wool exports grew at a 3% pace in the first half.", "3%", "Wool exports"),
])
def test_a_figure_inside_a_stated_as_noun_after_at_measures_what_the_clause_moves(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_change_compared_with_a_figure_at_an_annual_rate_is_a_change_of_the_same_measure(nlp):
    claims = claims_of(nlp, "Grain prices rose at a 6.2% annual rate in 2024, compared with a 3.1% rise in 2023.")
    assert claims["3.1%"].metric == "Grain prices growth"


@pytest.mark.parametrize("text,figure,metric", [
    # a noun of its own before the rate keeps it, after "at" too
    ("Valdor's banks lent at a 7.5% interest rate last year.", "7.5%", "interest rate"),
])
def test_a_rate_with_a_measure_of_its_own_after_at_keeps_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Orlan's fishing sector grew 8.2 percent year on year in the second quarter, compared to the 3.9 percent growth "
     "in the first quarter.", "8.2 percent", "output"),
    ("Orlan's fishing sector grew 8.2 percent year on year in the second quarter, compared to the 3.9 percent growth "
     "in the first quarter.", "3.9 percent", "output growth"),
    ("The mining sector contracted by 2.4 percent year on year, compared to the 6 percent decline in the previous "
     "quarter.", "6 percent", "output fall"),
    ("The construction industry shrank by 3.1 percent in the quarter.", "3.1 percent", "output"),
])
def test_a_sector_that_grew_or_shrank_is_measured_by_its_output(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_count_or_money_of_a_sector_is_not_its_output(nlp):
    claims = claims_of(nlp, "The tourism sector employs 41,000 people in the province.")
    assert claims["41,000"].metric != "output"


def test_a_lift_is_a_change_of_what_moved(nlp):
    claims = claims_of(nlp, "Casein prices rose 3.2 per cent, after a 1.4 per cent lift at the previous sale.")
    assert claims["1.4 per cent"].metric == "Casein prices growth"


@pytest.mark.parametrize("text,figure,metric", [
    # a headline's noun "down to" a figure: the level it reached, not a change
    ("Valdor inflation down to 3.2% in March\n\nPrices rose more slowly, the statistics office said.", "3.2%",
     "Valdor inflation"),
    # "down" alone stays a change of the noun
    ("Valdor inflation down 0.4% in March\n\nPrices rose more slowly, the statistics office said.", "0.4%",
     "Valdor inflation fall"),
])
def test_a_headline_noun_down_to_a_figure_reached_that_level(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("figure,metric", [
    ("4.4 percent", "Jobless rate"), ("63.1 per cent", "Participation rate"),
])
def test_a_figure_ending_a_table_row_measures_the_row_label(nlp, figure, metric):
    text = ("Orlan jobless rate edges up\n\nThe statistics office released its monthly labour survey on Thursday.\n\n"
            "Key figures:\nJobless rate       4.4 percent\nEmployment           -6,200\n"
            "Participation rate     63.1 per cent\n\nThe office said hiring had slowed.\n")
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_figure_after_a_single_space_is_no_table_row(nlp):
    # prose with a figure at the end of its line keeps its own reading
    claims = claims_of(nlp, "Kestrel shares fell 4%\n\nThe retailer warned on profits.\n")
    assert claims["4%"].metric != "Kestrel shares fell"


@pytest.mark.parametrize("text,figure,metric", [
    ("After rising 3.1% in May, Orlan retail sales fell 0.4% in June.", "3.1%", "Orlan retail sales"),
    ("After holding at 3.5% for a year, the policy rate was cut to 3.25%.", "3.5%", "policy rate"),
])
def test_a_figure_of_an_opening_after_participle_measures_the_main_clause_subject(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Seven Kilbride Weather Service stations had their warmest March on record.", "Seven", "stations"),
    ("Twelve Kestrel Foods stores closed in 2024.", "Twelve", "stores"),
    # a place before the noun stays
    ("The chain has 120 U.S. stores.", "120", "U.S. stores"),
])
def test_a_count_drops_the_owner_name_before_its_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric
