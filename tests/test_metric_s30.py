"""Session 30 metric shapes (claimx.frame.metric and the claims component): what a figure measures in shapes real
copy writes. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.frame.words import load_words
from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


def test_time_taken_words_are_rule_data():
    # the units of a time taken and the words of a time of day live in rules/frame.json, not in the code
    words = load_words()
    assert {"hrs", "minutes", "secs"} <= words.clock_units
    assert {"p.m.", "gmt"} <= words.time_of_day_words
    assert {"around", "by"} <= words.time_of_day_prepositions


@pytest.mark.parametrize("text,figure,metric", [
    ("The winner finished in two hours, five minutes and 12 seconds.", "two hours, five minutes and 12 seconds", "time"),
    ("Carla Mendes won the women's race in 2:22:31.", "2:22:31", "time"),
])
def test_metric_of_a_time_taken_still_reads(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # "N of the X's M Y": the count counts Y, not the owner the parse may stop at
    ("The statistics office says seven of the region’s nine districts have recorded job gains.", "seven", "districts"),
    ("Eight of the index’s 11 major sectors were lower on Monday.", "Eight", "major sectors"),
])
def test_metric_of_a_count_of_what_an_owner_has(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure", [
    # a stretch of time is never what a figure measures
    ("The movement in the quantity bought showed continued growth for the sixteenth consecutive period increasing by 1.6%.",
     "1.6%"),
    ("We have started the new year with the sale of our onshore pipeline business for $10.8 billion.", "$10.8 billion"),
])
def test_metric_is_never_a_time(nlp, text, figure):
    metric = claims_of(nlp, text)[figure].metric
    assert metric is None or not metric.lower().endswith(("period", "year"))


def test_metric_of_a_list_of_names_with_bracketed_figures(nlp):
    # each figure in brackets after a name in a list measures what the list's first figure measures
    found = claims_of(nlp, "Seven regions accounted for 90 percent of reported cases, while four regions, namely, "
                           "Northmark (27 percent), the Republic of Estavia (12 percent), Ulmora (5 percent) and Angrel "
                           "(3.4 percent) accounted for about half of them.")
    assert [found[f].metric for f in ("12 percent", "5 percent", "3.4 percent")] == [found["27 percent"].metric] * 3
    found = claims_of(nlp, "The busiest ports were Aldmouth (45,013 sailings), Brenport (3,942) and Carrick (2,100).")
    assert [found[f].metric for f in ("3,942", "2,100")] == ["sailings", "sailings"]


def test_metric_of_a_change_the_figures_show(nlp):
    # "the figures" that show a change name no measure: the change is of what the sentence before counted
    found = claims_of(nlp, "The number of burglaries in the county was 4,120 in the year to March.\n\n"
                           "The figures mark a 10% rise compared with a year earlier.")
    assert found["10%"].metric == "burglaries growth"


@pytest.mark.parametrize("text,figure", [
    # a count of votes that measures the difference between two candidates is the margin
    ("The returning officer said the margin between the winner and the runner-up was 216,518 votes.", "216,518"),
    ("The margin of 20,570 votes between both candidates was lower than the number of voters in cancelled units.",
     "20,570"),
])
def test_metric_of_a_count_that_measures_a_difference(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric == "margin"


def test_metric_of_a_forecast_clause_whose_subject_the_parse_made_an_object(nlp):
    found = claims_of(nlp, "The city is projecting bus revenues will bring in $39.2 million next fiscal year.")
    assert found["$39.2 million"].metric == "bus revenues"


@pytest.mark.parametrize("text,figure,metric", [
    # a change noun with modifiers and an "in" phrase: what changed, keeping the words of its time
    ("The annual increase in private rents was 5.2% in March.", "5.2%", "annual private rents growth"),
    ("The percentage change in the average consumer price index was 11.8 percent.", "11.8 percent",
     "change in average consumer price index"),
])
def test_metric_of_a_modified_change_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_second_verb_the_parse_joined_to_the_reporting_verb(nlp):
    # "announced that X is rising and ... stood at": the second verb's subject is the reported clause's
    found = claims_of(nlp, "The ministry has announced that the country’s gas output is rising and, as of Monday, "
                           "stood at 4.2 billion cubic feet per day.")
    assert found["4.2 billion cubic feet per day"].metric == "gas output"


@pytest.mark.parametrize("text,figure,metric", [
    # a figure "of" the market's expectations is the forecast of what the figure before it measures
    ("The retailer's revenue increased to $149.2 billion in the quarter, compared with analysts' expectations of "
     "$145.2 billion.", "$145.2 billion", "analysts' forecast of revenue"),
    ("The economy grew 0.4%, above economists' expectations of 0.2%.", "0.2%", "economists' forecast of gdp"),
])
def test_metric_of_a_figure_of_expectations(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric.lower() == metric


def test_metric_of_a_bracketed_share_before_of(nlp):
    # a share in brackets between the words that say it and "of" is a share of what follows "of"
    found = claims_of(nlp, "On the other hand, nearly all (90%) of the grocer's sales still come from its shops.")
    assert found["90%"].metric == "share of sales"
