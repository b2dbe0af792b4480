"""Session 34, metric: what real news pages measure where the sentence's own word is not what a reader writes down.
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
    ("Norvale Telecom posted a net profit of Ksh. 41.3 billion in the half, compared to Ksh. 36 billion a year "
     "before.", "Ksh. 41.3 billion", "net profit"),
    ("Norvale Telecom posted a net profit of Ksh. 41.3 billion in the half, compared to Ksh. 36 billion a year "
     "before.", "Ksh. 36 billion", "net profit"),
    ("Capital expenditure in the half came to Ksh. 18.2 billion.", "Ksh. 18.2 billion", "Capital expenditure"),
])
def test_a_currency_abbreviated_with_a_full_stop_does_not_end_the_sentence(nlp, text, figure, metric):
    claims = claims_of(nlp, text)
    assert claims[figure].metric == metric
    assert claims[figure].sentence.startswith(text[:20])


@pytest.mark.parametrize("text,figure", [
    ("In Orvel province, 124 people have lost their lives in the floods.", "124"),
    ("In the north, 23 people were reported dead after the storm.", "23"),
    ("Over 3,300 homes were damaged, 85 dead, and crops were lost in the valley.", "85"),
    ("The region suffered a loss of 600 acres of crops, 3,603 cattle and 26 lives lost.", "26"),
    ("The storm killed 14 people in the capital.", "14"),
    ("The floods have claimed 41 lives since June.", "41"),
    ("At least six people died when the bridge collapsed.", "At least six"),
])
def test_a_count_of_people_who_died_measures_deaths(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric == "deaths"


@pytest.mark.parametrize("text,figure", [
    ("The new vaccine saved 2,000 lives.", "2,000"),
    ("Some 420 people attended the hearing.", "Some 420"),
    ("Four men killed a bear near the camp.", "Four"),
    ("Over 300 cattle were reported dead.", "Over 300"),
])
def test_a_count_that_is_not_of_people_who_died_is_no_deaths(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric != "deaths"


@pytest.mark.parametrize("figure,metric", [
    ("1,411", "wolf numbers"),
    ("190", "wolf numbers"),
    ("312", "wolf numbers"),
])
def test_the_number_with_no_measure_near_it_is_what_the_story_counted_last(nlp, figure, metric):
    text = ("The Pellan wolf census showed a jump in wolf numbers from 2,226 in 2014 to 2,967 in 2018. The count is "
            "done every four years with camera traps.\n\nThe first count was in 2006. That year, the number was 1,411. "
            "In Orvania, the number has gone up from 190 to 312.")
    assert claims_of(nlp, text)[figure].metric == metric


def test_the_number_far_from_any_measure_of_its_unit_keeps_its_own_word(nlp):
    text = ("Crowds at Pellan grounds reached 2.1 million last season.\n\nThe club has a new manager.\n\nHe likes "
            "long walks.\n\nHis haul takes him to a total of 160.")
    assert claims_of(nlp, text)["160"].metric != "Crowds"


def test_a_level_from_and_to_after_a_change_word_is_a_level_of_what_changed(nlp):
    claims = claims_of(nlp, "The census showed a jump in wolf numbers from 2,226 in 2014 to 2,967 in 2018.")
    assert claims["2,226"].metric == "wolf numbers"
    assert claims["2,967"].metric == "wolf numbers"


def test_a_change_the_parse_joined_to_the_level_after_it_still_measures_the_subject(nlp):
    claims = claims_of(nlp, "In the previous week, the overall reserves had dropped $2.027 billion to $646.673 billion.")
    assert claims["$2.027 billion"].metric == "overall reserves"


def test_a_part_of_a_business_that_grew_to_a_sum_grew_its_sales_to_it(nlp):
    claims = claims_of(nlp, "Orlan's health division, which includes two pharmacy chains, grew 8.4 per cent to almost "
                            "$3.3 billion.")
    assert claims["8.4 per cent"].metric == "health division revenue"
    assert claims["almost $3.3 billion"].metric == "health division revenue"


def test_a_bare_count_completing_be_counts_its_subject_even_one_who_acts(nlp):
    claims = claims_of(nlp, "The returning officer said the total registered voters were 1,887,767.")
    assert claims["1,887,767"].metric == "total registered voters"


def test_a_place_is_no_measure_of_a_change_the_story_measured_before(nlp):
    text = ("There were 308,745,538 residents in Valdoria as of April 1, the census office said.\n\n"
            "The South and West regions grew 14.3 percent and 13.8 percent, respectively.")
    claims = claims_of(nlp, text)
    assert claims["14.3 percent"].metric == "residents growth"


def test_a_count_of_places_still_counts_them(nlp):
    claims = claims_of(nlp, "Tigers now live in 18 states across the country.")
    assert claims["18"].metric == "states"


def test_the_number_after_a_count_of_individuals_is_what_the_story_counted(nlp):
    text = ("The census showed a jump in wolf numbers from 2,226 in 2014 to 2,967 in 2018, a rise of 741 individuals.\n\n"
            "The biggest rise came in Orvania, where the number rose from 308 to 526, a rise of 218 individuals. In "
            "Brask, the number has gone up from 190 to 312.")
    assert claims_of(nlp, text)["190"].metric == "wolf numbers"


def test_a_capitalised_first_word_after_a_bullet_is_no_name(nlp):
    text = "Club accounts\n\n• Turnover rose to £3.1m in the season.\n• Costs for the season increased by £882,000."
    claims = claims_of(nlp, text)
    assert claims["£3.1m"].metric == "Turnover"
    assert claims["£882,000"].metric == "Costs"


@pytest.mark.parametrize("text,figure,metric", [
    ("Patients on the new drug had 40% fewer muscle injuries.", "40%", "muscle injuries fall"),
    ("The route carried 12% more passengers.", "12%", "passengers growth"),
    ("The plant employs 420 people.", "420", "employees"),
])
def test_words_moved_to_the_rules_read_as_before(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric
