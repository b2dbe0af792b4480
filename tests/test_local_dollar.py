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


FUEL = ("Petrol up from Wednesday\n\nA litre of unleaded will rise by 4 cents, taking it from R21.37 to R21.41 in "
        "the inland region. Diesel will fall by 12 cents a litre.")


def test_cents_in_a_text_written_in_rand_are_rand():
    assert money(FUEL) == [("4 cents", 0.04, "ZAR"), ("R21.37", 21.37, "ZAR"), ("R21.41", 21.41, "ZAR"),
                           ("12 cents", 0.12, "ZAR")]


@pytest.mark.parametrize("text", [
    FUEL.replace("in the inland region", "as the rand weakened against the dollar"),  # dollars are named
    FUEL.replace("R21.41", "$21.41"),  # a dollar sign: cents are the dollar's
])
def test_cents_stay_the_dollars_when_the_text_names_dollars(text):
    assert [unit for written, _, unit in money(text) if "cents" in written] == ["USD", "USD"]


@pytest.mark.parametrize("text, written, value", [
    ("Richemont retreated 0.4% to close at R87.89.", "R87.89", 87.89),
    ("The rand was bid at R13.5993 against the greenback on Monday.", "R13.5993", 13.5993),
    ("Matatu fares rose to Sh12.50 a trip.", "Sh12.50", 12.5),
])
def test_a_letter_currency_before_a_short_decimal_is_money(text, written, value):
    assert (written, value) in [(w, v) for w, v, _ in money(text)]


def test_cents_converting_a_local_price_stay_the_dollars():
    text = "The regulator raised petrol by 2.4 percent to 95.13 shillings (94 cents), and diesel by 3 cents to Sh98.10."
    assert [(w, u) for w, _, u in money(text) if "cents" in w] == [("94 cents", "USD"), ("3 cents", "KES")]
