"""Session 37, metric: how a figure's candidate nouns are gathered when the parse or the text's spelling hides them.
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
    # the stop of "Rs." once made the parser hang the figure on the main verb and put the currency in its place
    ("The revenue board said its sales tax collection had risen from Rs. 2,410 billion to Rs. 3,020 billion.",
     "Rs. 2,410 billion", "sales tax collection"),
    ("The revenue board said its sales tax collection had risen from Rs. 2,410 billion to Rs. 3,020 billion.",
     "Rs. 3,020 billion", "sales tax collection"),
    ("The board added Rs. 1,204 billion to the revenue collection of Rs. 6,310 billion in the year.",
     "Rs. 6,310 billion", "revenue collection"),
    ("Loans to the group were Ksh. 61 billion and cash stood at Ksh. 18 billion at the end of the half.",
     "Ksh. 18 billion", "cash"),
])
def test_a_dotted_currency_stays_one_token_so_the_figure_keeps_its_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("The revenue board collected Rs. 402 billion in income tax, while Customs Duty climbed to Rs. 880 billion.",
     "Rs. 880 billion", "Customs Duty"),
    ("In March, Central GST was Rs 21,300 crore and State GST was Rs 27,150 crore.", "Rs 21,300 crore", "Central GST"),
    ("In March, Central GST was Rs 21,300 crore and State GST was Rs 27,150 crore.", "Rs 27,150 crore", "State GST"),
    ("Harrowby council said Council Tax will rise by 3.8% in April.", "3.8%", "Council Tax"),
    ("Fenwick will reduce Council Tax by 1.9% next year.", "1.9%", "Council Tax"),
])
def test_a_tax_named_in_capitals_is_what_the_figure_measures(nlp, text, figure, metric):
    claim = claims_of(nlp, text)[figure]
    assert claim.metric == metric
    assert claim.subject not in ("Customs Duty", "Customs", "Central GST", "State GST", "Council Tax")


def test_a_tax_named_in_capitals_is_no_share_price(nlp):
    claims = claims_of(nlp, "Shares in Orvane rose 2% on Monday, while Customs Duty climbed 9% in the quarter.")
    assert claims["9%"].metric != "share price"


@pytest.mark.parametrize("text,figure,metric", [
    ("Coach travel rose by 11%, and regional rail traffic also recorded gains of 8.4% in the year.", "8.4%",
     "regional rail traffic growth"),
    ("Exports suffered steep falls of 3% in May.", "3%", "Exports fall"),
    ("In Dunmore, the number of otters has gone up from 140 to 231, a percentage increase of about 65 per cent.",
     "about 65 per cent", "otters growth"),
])
def test_a_change_word_with_only_words_of_how_it_is_stated_is_a_change_of_what_changed(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("That is a relative reduction of 21% and an absolute reduction of two percentage points.", "two percentage points",
     "absolute reduction"),
    ("Ridership at the depot posted an increase of 7.2% in March.", "7.2%", "Ridership growth"),
])
def test_a_change_word_keeps_its_own_measure_or_what_the_clause_says(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("figure", ["6.2 percent", "5.1 percent", "18.8 percent", "9.4 percent"])
def test_the_later_items_of_a_bracketed_list_measure_what_the_first_hangs_from(nlp, figure):
    text = ("Among the main groups, the jobless rates for older men (4.9 percent), older women (6.2 percent), students "
            "(18.8 percent), renters (9.4 percent) and homeowners (5.1 percent) were little changed in June.")
    assert claims_of(nlp, text)[figure].metric == "jobless rates"


def test_a_bracketed_list_of_measures_keeps_each_item(nlp):
    claims = claims_of(nlp, "Housing (-4.1%) and transport services (-0.3%) were the only divisions to fall.")
    assert claims["-0.3%"].metric != claims["-4.1%"].metric


@pytest.mark.parametrize("text,figure,metric", [
    ("The largest lenders by assets were Harlow Bank ($412 billion) and Kestrel Bank ($390 billion).", "$412 billion",
     "assets"),
    ("The top three carriers with their number of passengers were Orla Air (61 million), Brennan Jet (54 million) "
     "and Tarrow Airways (40 million).", "54 million", "passengers"),
])
def test_a_ranked_class_of_names_is_measured_by_what_it_is_ranked_by(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Copper output at Valdoria's largest mine, Red Hollow, fell by 12,000 tonnes in the quarter.", "12,000 tonnes",
     "Copper output"),
    ("Revenue at the group's biggest unit, Kestrel Foods, rose 6% in the half.", "6%", "Revenue"),
])
def test_a_name_after_the_nouns_at_phrase_does_not_make_the_measure_a_name(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("Both the civilian youth participation rate, at 48.2 percent, and the employment-population share, at 61.5 "
     "percent, were unchanged in June.", "48.2 percent", "civilian youth participation rate"),
    ("Dunmore was the only county with a population decline, at 1.2 percent.", "1.2 percent", "population decline"),
])
def test_a_figure_set_off_as_at_after_a_noun_measures_that_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_an_at_aside_after_a_place_keeps_the_clauses_measure(nlp):
    claims = claims_of(nlp, "Unemployment was highest in the Tarrow Coast region, at 7.1%, the office said.")
    assert claims["7.1%"].metric == "Unemployment"


@pytest.mark.parametrize("text,figure,metric", [
    ("Turnover was $3.2 billion and operating profit $410 million in the half.", "$410 million", "operating profit"),
    ("The clerk said the registered voters were 912,440 and accredited voters, 501,118.", "501,118", "accredited voters"),
])
def test_a_later_item_of_a_list_of_levels_with_its_verb_left_out_is_measured_by_its_own_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_count_a_verb_names_keeps_its_measure_in_a_list(nlp):
    claims = claims_of(nlp, "The plant employs 420 people and the group 1,200.")
    assert claims["1,200"].metric != "group"


def test_the_level_a_change_went_to_measures_what_changed(nlp):
    claims = claims_of(nlp, "The Harwick garden division, which runs 40 stores, grew 6.1 per cent to almost $2.2 billion.")
    assert claims["6.1 per cent"].metric == "garden division revenue"
    assert claims["almost $2.2 billion"].metric == "garden division revenue"


@pytest.mark.parametrize("text,figure,metric", [
    ("Bank Rate maintained at 3.5% as the committee waits", "3.5%", "Bank Rate"),
    ("REPO Rate was kept at the level of 6.25%, the Reserve Bank said.", "6.25%", "REPO Rate"),
    ("Nine members voted in favour of keeping Bank Rate at 2.75%.", "2.75%", "Bank Rate"),
])
def test_a_central_banks_rate_named_in_capitals_is_what_the_figure_measures(nlp, text, figure, metric):
    claim = claims_of(nlp, text)[figure]
    assert claim.metric == metric
    assert claim.subject != metric


@pytest.mark.parametrize("text,figure", [
    ("On Friday, the rupee appreciated 11 paise to 82.90 against the US dollar.", "11 paise"),
    ("The shilling weakened 0.3 percent against the dollar on Tuesday.", "0.3 percent"),
    ("The rand firmed 0.8% against the dollar in early trade.", "0.8%"),
])
def test_a_currency_that_strengthens_or_weakens_against_another_is_its_exchange_rate(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric.startswith("exchange rate against")


def test_a_figure_does_not_modify_a_noun_across_a_spaced_dash(nlp):
    text = "Tarrow District Council wants to trim a proposed general rate increase of more than 12% - councillors have cut " \
           "that to 9%."
    assert claims_of(nlp, text)["more than 12%"].metric == "proposed general rate increase"


@pytest.mark.parametrize("text,figure,metric", [
    ("Last year there were 14 separate million-dollar hail storms in the county.", "14", "separate hail storms"),
])
def test_a_count_whose_noun_phrase_holds_another_figure_counts_the_noun(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_count_of_a_word_hyphened_to_another_figure_is_not_read_through_it(nlp):
    claims = claims_of(nlp, "The board needs to reach roughly 700 more two-year-olds a year.")
    assert claims["roughly 700"].metric != "olds"


def test_what_a_bare_count_did_stops_before_the_next_items_figure(nlp):
    claims = claims_of(nlp, "Of those people, eleven were men and nine were women.")
    assert "nine" not in (claims["eleven"].metric or "")
