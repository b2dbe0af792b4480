"""Session 31 metric shapes (claimx.frame.metric and the claims component): what a figure measures in shapes real
copy writes. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


@pytest.mark.parametrize("text,figure,metric", [
    # a change word with the figure as its "of" object and what changed after "in": a change of that
    ("The county recorded a fall of 12% in its annual visitor numbers.", "12%", "annual visitor numbers fall"),
    ("The firm posted a decline of 6% in quarterly revenue.", "6%", "quarterly revenue fall"),
    ("The county saw a jump of 15% in burglaries.", "15%", "burglaries growth"),
    # "the number of X" after "in" counts X, also where the sentence has no subject of its own
    ("There was also a rise of 8.4 percent in the number of measles cases last year.", "8.4 percent",
     "measles cases growth"),
])
def test_metric_of_a_change_of_figure_in_a_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # an "in" phrase whose "of" object is a time says when, not what
    ("The ministry hopes the number of visitors will reach 9 million in the whole of 2026.", "9 million", "visitors"),
])
def test_metric_in_the_whole_of_a_year_is_a_time(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # "X by N and Y by M": the second figure changes the second object, however the parse joins it
    ("The grocer did well, increasing sales by 5.7% and trading profit by 1.8%, the chief executive said.", "1.8%",
     "trading profit"),
    ("The grocer did well, increasing sales by 5.7% and trading profit by 1.8%, the chief executive said.", "5.7%",
     "sales"),
    ("The plan cut emissions by 12% and costs by 4%.", "4%", "costs"),
    # one "by" for two objects keeps the first
    ("The company raised prices and fees by 3%.", "3%", "prices"),
])
def test_metric_of_a_gapped_change_by_a_figure(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("headline,figure,metric", [
    # a headline's plural measure the tagger reads as a verb before "up"/"down" is what changed, with its modifier
    ("Harwick Airport passengers up 6.8% in January", "6.8%", "Airport passengers growth"),
    ("Coastal town home sales down 4% in March", "4%", "Coastal town home sales fall"),
    # a verb of moving before "up" is no measure
    ("Inflation edges up 0.2% in May", "0.2%", "Inflation"),
])
def test_metric_of_a_headline_plural_measure_read_as_a_verb(nlp, headline, figure, metric):
    assert claims_of(nlp, f"{headline}\n\nThe shop sold more.")[figure].metric == metric


def test_a_range_of_space_grouped_thousands_is_read_not_a_crash(nlp):
    # "from 7 970 to 9 614": the second figure's leading digits, grouped by a space, scale the first (was a
    # ValueError that dropped the whole article)
    claims = claims_of(nlp, "Recorded burglaries rose from 7 970 to 9 614, an increase of 20.6%.")
    assert claims["7 970"].value == 7970 and claims["9 614"].value == 9614


@pytest.mark.parametrize("figure,metric", [
    # a list that states its verb of change once: each later item's "by" figure is a change of the item's noun
    ("3.3%", "robbery"),
    ("2.1%", "common assault"),
    ("1.4%", "murder"),
])
def test_metric_of_a_gapped_list_item(nlp, figure, metric):
    text = ("Vehicle theft increased by 13.3% to 18,162 cases; robbery at business premises by 3.3% to 20,651; "
            "common assault by 2.1% to 165,494; and murder by 1.4% to 21,325.")
    assert claims_of(nlp, text)[figure].metric == metric
