"""Session 29 metric shapes (claimx.frame.metric and the claims component): what a figure measures in shapes real
copy writes. Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader


claims_of = claims_reader(dt.date(2025, 10, 15))


@pytest.mark.parametrize("text,figure,metric", [
    # futures of a commodity stand for the commodity's price, the move and the level it reached alike
    ("Meanwhile, benchmark Brent crude futures fell 0.44 percent to $42.74 a barrel.", "0.44 percent", "oil price"),
    ("Meanwhile, benchmark Brent crude futures fell 0.44 percent to $42.74 a barrel.", "$42.74", "oil price"),
    ("Varnish crude oil futures rose more than $1 on Wednesday.", "more than $1", "oil price"),
    ("Gold futures rose 1.2 percent to $1,900 an ounce.", "1.2 percent", "gold price"),
    # futures of no commodity the list knows stay a futures price
    ("Index futures were down 0.3 percent before the open.", "0.3 percent", "futures price"),
])
def test_metric_of_commodity_futures_is_the_commodity_price(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


@pytest.mark.parametrize("text,figure,metric", [
    # a time taken written as a stopwatch reads, or in hours, minutes and seconds together, is a time: not the race,
    # the runner the bracket stands beside, nor what the runner beat
    ("Marta Veloso won the women's race in 2:22:31.", "2:22:31", "time"),
    ("Sara Bekele came in second (2:23:19), while Joan Otieno (2:23:38) finished third.", "2:23:38", "time"),
    ("Singer Lena Hart (3:25:14) beat all the other celebrities.", "3:25:14", "time"),
    ("The winner finished in two hours, five minutes and 12 seconds.", "two hours, five minutes and 12 seconds", "time"),
    # the verb still names it when it says what
    ("The final lasted two hours and 41 minutes.", "two hours and 41 minutes", "duration"),
])
def test_metric_of_a_time_taken(nlp, text, figure, metric):
    assert claims_of(nlp, text)[figure].metric == metric


def test_metric_of_a_list_whose_first_item_measures_what_the_sentence_before_did(nlp):
    # the first item takes the measure of the sentence before; the gapped items after it measure the same
    found = claims_of(nlp, "The county recorded 260 new cases on Tuesday.\n\nAlden has 131, Barrow 50, Cleve 10 and Dunley 9.")
    assert [found[f].metric for f in ("131", "50", "10", "9")] == ["new cases"] * 4


@pytest.mark.parametrize("figure", ["18 per cent", "Sh7.1 billion"])
def test_metric_of_a_measure_in_apposition_to_its_owner(nlp, figure):
    # the owner written without "'s" and with its short form in brackets, parsed as a name with the measure in
    # apposition: the measure, not the name's share price
    text = "Tanzania Commercial Bank (TCB) net profit increased 18 per cent to Sh7.1 billion in the first half."
    assert claims_of(nlp, text)[figure].metric == "net profit"


def test_metric_of_a_level_at_after_a_move_in_per_cent(nlp):
    # "per cent" parsed as the verb's object is the change's unit, never what the level "at" measures
    found = claims_of(nlp, "Harlow Bank shares closed up 0.8 per cent at S$11.55 on Wednesday.")
    assert found["S$11.55"].metric == "share price"


@pytest.mark.parametrize("text,figure", [
    # a commodity benchmark the tagger calls a name moves in price, not as a company's shares
    ("Oil slid for a third week. Brent ended the week down 4.6%, while WTI fell 4.7%.", "4.6%"),
    ("Oil slid for a third week. Brent ended the week down 4.6%, while WTI fell 4.7%.", "4.7%"),
])
def test_metric_of_a_commodity_benchmark_move_is_its_price(nlp, text, figure):
    assert claims_of(nlp, text)[figure].metric == "oil price"


def test_metric_of_a_signed_percentage_is_no_share_of_a_group(nlp):
    # a percentage written with a sign beside a ticker is a change, never a share "who" did what the verb says
    found = claims_of(nlp, "On the exchange, April crude CLX5, -0.50% settled at $43.88 a barrel, down 96 cents.")
    assert not (found["-0.50%"].metric or "").startswith("share who")


@pytest.mark.parametrize("figure", ["33 points", "5,599", "21 points", "2,140"])
def test_metric_of_a_name_that_moves_by_points_is_an_index_level(nlp, figure):
    # a name that moves by points, or stands at them, is a market index, whatever its name ends in; "off" as "down"
    text = ("Stocks fell on Friday.\n\nThe Kestrel Ordinaries was down 33 points at 5,599 and the Harbour 200 index "
            "was also off 21 points at 2,140.")
    assert claims_of(nlp, text)[figure].metric == "index level"


@pytest.mark.parametrize("figure,metric", [
    # a place owning a name on a market says where it trades: the name still moves as an index or a company
    ("0.2%", "index level"), ("0.5%", "index level"), ("1.1%", "share price"),
    # a measure a name owns stays that measure
    ("2%", "budget"),
])
def test_metric_of_a_market_name_a_place_owns(nlp, figure, metric):
    text = ("European markets were mixed.\n\nFrance's Cac was up 0.2% while Germany's Dax rose 0.5%. "
            "Britain's Tarrow Group fell 1.1%. Norland's budget rose 2%.")
    assert claims_of(nlp, text)[figure].metric == metric
