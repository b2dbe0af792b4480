"""Session 33 (the metric on real pages): a figure hung from a noun that only says how it is stated ("a rate of",
"the level of", "a 40-year high of") measures what its clause moves; a figure a verb of cause moves measures that
verb's object, not the cause; a count of people a money verb takes is no money. Sentences are invented."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.pipeline import extract_articles
from claimx.records import Article


def claims_of(nlp, text, published=dt.date(2025, 10, 15)):
    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return {c.text: c for c in result.claims}


@pytest.mark.parametrize("text,figure,metric", [
    # the noun says how the figure is stated; the clause says what it measures
    ("Ferry passenger traffic across the region rose at a rate of 4.3% in 2024.", "4.3%", "Ferry passenger traffic"),
    ("Container volumes grew at a brisk pace of 7.1% last year, the port said.", "7.1%", "Container volumes"),
    ("Heavy rains pushed Valdorian food inflation back to a 15-year high of 12.4% in May.", "12.4%",
     "Valdorian food inflation"),
    # a high the subject reached, with the figure after "at"
    ("Cabin occupancy reached a five-year high in 2024, at 71.4%.", "71.4%", "Cabin occupancy"),
])
def test_metric_of_a_figure_of_a_stated_as_noun_is_what_the_clause_moves(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a noun of its own before the stated-as noun keeps it
    ("The bank set an interest rate of 5.25% in March.", "5.25%", "interest rate"),
    ("Officials reported a jobless rate of 4.1% for the quarter.", "4.1%", "jobless rate"),
])
def test_a_stated_as_noun_with_a_measure_of_its_own_keeps_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # the verb's object moved; its subject is the cause
    ("Strong handset demand helped boost Orvane's fiscal second-quarter earnings 22 percent, beating forecasts.",
     "22 percent", "quarterly earnings"),
    ("Weak demand pushed quarterly sales 12 percent lower.", "12 percent", "quarterly sales"),
    ("New models helped lift Kestrel's second-quarter profit 18 percent.", "18 percent", "quarterly profit"),
])
def test_metric_of_a_figure_a_cause_verb_moves_is_its_object(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_count_of_people_a_money_verb_takes_is_no_money(nlp):
    claims = claims_of(nlp, "The ministry said 51,230 people have received their second dose.")
    assert claims["51,230"].metric != "funding"
    assert "people" in claims["51,230"].metric
    # a count of people an employer's verb takes stays what the verb says
    assert claims_of(nlp, "The Harwick plant employs 420 people.")["420"].metric == "employees"


@pytest.mark.parametrize("text,figure,metric", [
    # a headline's owner name and period before the measure: the name is who, the period when
    ("Kestrel Foods Q2 profit falls nearly 22 pct\n\nKestrel Foods said on Thursday its net profit fell.", "nearly 22 pct",
     "quarterly profit"),
    ("Orvane 3Q profit jumps 31 percent but stock drops\n\nOrvane beat forecasts on Monday.", "31 percent",
     "quarterly profit"),
])
def test_metric_of_a_headline_drops_the_owner_name_before_a_period(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    ("She has won 21 of her 24 matches this season, a winning rate of 87.5%.", "87.5%", "winning rate"),
])
def test_a_stated_as_noun_with_a_gerund_of_its_own_keeps_it(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_stated_as_noun_with_an_ordinal_measure_keeps_it(nlp):
    # "second-dose" names the measure; only a written number with a time ("40-year") says none
    claims = claims_of(nlp, "Vaccine uptake\n\nThe district has the lowest second-dose rate, at 81.6 per cent.")
    assert claims["81.6 per cent"].metric == "lowest second-dose rate"


def test_a_bulleted_figure_with_no_measure_takes_the_heading_above_its_list(nlp):
    text = ("Treasury trims outlook\n\nThe treasury cut its forecasts on Monday.\n\nOUTLOOK\n\nGDP\n\n"
            "* 2025/26 1.75 per cent vs 2.0 per cent.\n\n* 2026/27 2.25 per cent vs 2.5 per cent.\n\n"
            "JOBLESS RATE\n\n* 2025/26 4.5 per cent vs 4.25 per cent.\n\nMarlow County\n\n"
            "* 2025/26 3.1 per cent vs 2.9 per cent.\n")
    claims = claims_of(nlp, text)
    assert claims["1.75 per cent"].metric == "GDP"
    assert claims["2.5 per cent"].metric == "GDP"
    assert claims["4.25 per cent"].metric == "jobless rate"
    # a heading that names no measure (a place) gives none
    assert claims["3.1 per cent"].metric is None


@pytest.mark.parametrize("figure,metric", [
    ("5,210", "cattle"), ("4,980", "cattle"), ("4,100", "feeder cattle"), ("890", "slaughter cattle"),
    ("12,000", "new shirt"),
])
def test_a_count_in_a_counting_word_counts_its_of_phrase(nlp, figure, metric):
    text = ("Livestock sale\n\nThe weekly auction summary showed receipts of 5,210 head of cattle in the week ending "
            "Sept. 9, compared with 4,980 head the week before.\n\nThe total included 4,100 head of feeder cattle and "
            "890 head of slaughter cattle.\n\nThe club sold 12,000 units of its new shirt.\n")
    assert claims_of(nlp, text)[figure].metric == metric


def test_a_metric_never_holds_the_end_of_the_sentence_before(nlp):
    # the parse runs two lines together at "/MT." and hangs the second line's subject on the first
    text = ("Dairy sale\n\nCheddar experienced the most dramatic increase - up 14.1 per cent to an average US$5058/MT.\n"
            "Butter and anhydrous milk fat both experienced healthy lifts - increasing 4.7 per cent to an average "
            "US$5350/MT.\n")
    for claim in claims_of(nlp, text).values():
        assert claim.metric is None or not any(mark in claim.metric for mark in (".\n", "\n", ". "))
