"""Session 38, metric: where a figure's measure is gathered from when no noun stands next to it.
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
    ("The Rowing Union's Annual Revenue for 2024 was €41.2 million, up €3 million on the year before.",
     "€41.2 million", "annual revenue"),
    ("The Harbour Trust's Operating Profit in 2023 was $12.5 million.", "$12.5 million", "operating profit"),
])
def test_a_measure_written_in_capitals_after_an_owner_is_what_the_owner_reports(nlp, text, figure, metric):
    assert (claims_of(nlp, text)[figure].metric or "").lower() == metric


def test_a_place_owning_a_name_still_names_no_measure_of_its_own(nlp):
    assert claims_of(nlp, "Japan's Nikkei rose 1.2% on Monday.")["1.2%"].metric == "index level"


@pytest.mark.parametrize("text,figure,metric", [
    ("Northfield is leading in wheat production with 412 500 tonnes while Eastvale is second with 301 220 tonnes, "
     "with Lowmoor in third place with 198 400 tonnes.", "412 500 tonnes", "wheat production"),
    ("Northfield is leading in wheat production with 412 500 tonnes while Eastvale is second with 301 220 tonnes, "
     "with Lowmoor in third place with 198 400 tonnes.", "198 400 tonnes", "wheat production"),
    ("The busiest region for container traffic last year was East Asia with 2.46 billion. Europe followed with "
     "1.93 billion, and North America came third with 1.72 billion.", "2.46 billion", "container traffic"),
    ("The busiest region for container traffic last year was East Asia with 2.46 billion. Europe followed with "
     "1.93 billion, and North America came third with 1.72 billion.", "1.72 billion", "container traffic"),
])
def test_a_ranked_items_with_figure_measures_what_the_ranking_clause_names(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Prices of rice, wheat flour and tomatoes rose by 0.41, 1.27 and 5.92 per cent respectively.",
     "1.27", "Prices of wheat flour"),
    ("Exports of tea, coffee and flowers rose 4.1%, 2.3% and 8.8% respectively.", "8.8%", "Exports of flowers"),
    ("The company's revenue and profit rose 12% and 8% respectively in 2024.", "8%", "profit"),
    ("For the year, the mining sector grew by 2.1 per cent, while the farming and retail sectors grew by 1.6 per cent "
     "and 0.7 per cent respectively.", "0.7 per cent", "retail sectors"),
    ("Fuel and purchase of used vehicles were the two largest contributors to the group, up 12.5 per cent and 3.6 per "
     "cent, respectively.", "3.6 per cent", "purchase of used vehicles"),
])
def test_respectively_pairs_each_figure_with_its_item_of_a_list_of_nouns(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_respectively_over_a_list_of_names_leaves_the_measure_alone(nlp):
    got = claims_of(nlp, "Aldmoor, Brenlow and Corvane Air carried 8.5 million, 5.8 million and 6.1 million passengers, "
                         "respectively.")
    assert got["5.8 million"].metric == "passengers" and got["5.8 million"].subject == "Brenlow"


@pytest.mark.parametrize("text,figure,metric", [
    ("The county budget was passed on Monday. The health sector got Sh5.7 billion while the education sector received "
     "Sh269 million.", "Sh5.7 billion", "health sector budget"),
    ("The county budget was passed on Monday. The health sector got Sh5.7 billion while the education sector received "
     "Sh269 million.", "Sh269 million", "education sector budget"),
    ("Under the plan the farming sector receives $450 million and the tourism industry gets $120 million.",
     "$120 million", "tourism industry funding"),
])
def test_a_sector_given_money_holds_it_and_produces_nothing(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_sector_that_grows_still_grows_in_output(nlp):
    assert claims_of(nlp, "The manufacturing sector grew 2.1% in the quarter.")["2.1%"].metric == "output"


@pytest.mark.parametrize("text,figure,metric", [
    ("A total of 12,340 cases of aggravated burglary were reported, a 3.1% increase over the previous year.",
     "12,340", "cases of aggravated burglary"),
    ("There were 412 incidents of vandalism in the borough last year.", "412", "incidents of vandalism"),
    ("There have been 512 reported instances of theft from a shop, compared with 470 last year.", "512",
     "reported instances of theft"),
])
def test_a_count_of_cases_keeps_what_the_cases_are_of(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_bare_cases_stay_cases(nlp):
    assert claims_of(nlp, "The ministry reported 1,336 cases and 79 deaths in 12 states.")["1,336"].metric == "cases"


@pytest.mark.parametrize("text,figure", [
    ("Net profit rose 12% to Rs 1,600 crore. Kestrel Telecom's ARPU, a key measure for operators, grew to Rs 183 from "
     "178 in the quarter.", "Rs 183"),
    ("Rival Harlow's ARPU also fell to Rs 128 in the quarter from Rs 129.", "Rs 128"),
])
def test_an_owners_short_form_in_capitals_that_moves_is_the_measure(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric == "ARPU"


def test_a_country_owning_its_short_form_keeps_the_usual_reading(nlp):
    assert claims_of(nlp, "Japan's GDP grew 1.2% in the quarter.")["1.2%"].metric == "GDP"
