"""A plain "$" in an article written where the dollar is not the US one, and subunits named by their currency."""
from __future__ import annotations

import pytest

from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon


def money(text, **settings):
    grammar = Grammar(load_lexicon(), physical_units=False, **settings)
    return [(text[f.start:f.end], round(f.value, 6), f.unit) for f in grammar.scan(text) if f.kind == "amount"]


MARKET = ("Miners drag Australian shares lower\n\nThe Australian share market closed lower on Tuesday.\n\n"
          "Harbour Iron fell 12 cents to $4.10. Oil was trading at $US71.20 a barrel.")
HOUSING = ("Home prices rise again\n\nThe Toronto region's average home price rose 4 per cent to $801,250 in May.\n\n"
           "Detached houses in Toronto sold for $1.12 million on average, the Toronto board said.")
US_STORY = ("Retail sales rise\n\nThe chain sold $4.2 billion of goods in the quarter, its stores said on Monday. "
            + "Shoppers bought more garden furniture and fewer televisions than a year earlier. " * 8
            + "\n\nIts Sydney office, opened in 2019, earned $12 million. Analysts in Sydney and Melbourne had expected less.")


def test_local_dollar_when_the_article_marks_us_money_elsewhere():
    assert money(MARKET) == [("12 cents", 0.12, "AUD"), ("$4.10", 4.1, "AUD"), ("$US71.20", 71.2, "USD")]


def test_local_dollar_from_places_in_the_lead():
    assert [unit for _, _, unit in money(HOUSING)] == ["CAD", "CAD"]


@pytest.mark.parametrize("text", [
    US_STORY,  # the places are not in the lead and nothing marks US money
    HOUSING.replace("Toronto board said", "Toronto board said, as in New York"),  # a US place too
    MARKET.replace("$US71.20", "A$71.20"),  # the local dollar has its own mark: "$" is the US one
])
def test_local_dollar_needs_the_article_to_show_it(text):
    assert all(unit in ("USD", "AUD") and (unit == "USD") == (not written.startswith("A$"))
               for written, _, unit in money(text))


def test_local_dollar_can_be_turned_off():
    assert [unit for _, _, unit in money(HOUSING, local_dollar=False)] == ["USD", "USD"]


@pytest.mark.parametrize("text, value, unit", [
    ("The Australian dollar was buying 68.15 US cents.", 0.6815, "USD"),
    ("It was buying 61.40 euro cents.", 0.614, "EUR"),
    ("It was buying 52.08 British pence.", 0.5208, "GBP"),
])
def test_subunit_named_by_its_currency(text, value, unit):
    assert money(text)[0][1:] == (value, unit)


def test_change_in_cents_and_the_price_it_reached_are_no_range():
    assert money("Harbour Iron was off 12 cents to $4.10.") == [("12 cents", 0.12, "USD"), ("$4.10", 4.1, "USD")]
