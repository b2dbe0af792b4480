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
    FUEL.replace("in the inland region", "as the levy of 2 US dollars a barrel rose"),  # money written in dollars
    FUEL.replace("in the inland region", "with 3 million euros of imports"),  # money written in euros
    FUEL.replace("R21.41", "$21.41"),  # a dollar sign: cents are the dollar's
])
def test_cents_stay_the_dollars_when_the_text_names_dollars(text):
    assert [unit for written, _, unit in money(text) if "cents" in written] == ["USD", "USD"]


def test_cents_stay_the_texts_own_when_the_dollar_is_only_what_its_currency_moved_against():
    # a fuel story names the dollar as the rand's counterpart and writes no money in it: its cents are rand
    text = FUEL.replace("in the inland region", "as the rand weakened against the US dollar")
    assert [unit for written, _, unit in money(text) if "cents" in written] == ["ZAR", "ZAR"]


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


CITY = ("Transit fares to rise in 2027\n\nCALGARY -- Calgary bus riders will pay more next year, the most in Alberta.\n\n"
        "A monthly adult pass will rise $4 to $98.50, the city's budget says.")
NZ_MARKETS = ("NZ dollar slips after rate cut\n\nThe New Zealand sharemarket closed up 22 points on turnover of $96 million.\n\n"
              "Harbour Power gained 6 cents to $4.12. The NZ dollar fell to 61.20 US cents.\n\n"
              "On Wall Street the Dow Jones fell, and the Nasdaq rose; in the United States bond yields eased.")


def test_a_capitalised_dateline_names_where_the_article_is_written():
    # the two places of the first paragraph alone are too few
    assert [unit for _, _, unit in money(CITY)] == ["CAD", "CAD"]
    assert [unit for _, _, unit in money(CITY.replace("CALGARY -- ", ""))] == ["USD", "USD"]


def test_us_places_do_not_outvote_a_local_lead_when_the_article_marks_its_us_money():
    assert [(written, unit) for written, _, unit in money(NZ_MARKETS)] == [
        ("$96 million", "NZD"), ("6 cents", "NZD"), ("$4.12", "NZD"), ("61.20 US cents", "USD")]
    # without the US mark the US places still count against the local ones
    assert {unit for _, _, unit in money(NZ_MARKETS.replace("61.20 US cents", "61.20"))} == {"USD"}


@pytest.mark.parametrize("text, expected", [
    ("Harbour Power lost 8c to $5.70.", [("8c", 0.08, "USD"), ("$5.70", 5.7, "USD")]),
    ("Kauri Foods gained 2.5c, and Tui Mining ended the day at 41c.", []),  # no dollar sign: no money
    ("Kauri Foods gained 2.5c on a $3 million order; Tui Mining ended the day at 41c.",
     [("2.5c", 0.025, "USD"), ("$3 million", 3e6, "USD"), ("41c", 0.41, "USD")]),
    ("It was 8C on a $4 day pass, at 5c Queen St.", [("$4", 4.0, "USD")]),
])
def test_cents_glued_to_a_price_move(text, expected):
    assert money(text) == expected


@pytest.mark.parametrize("text, value", [
    ("Shares worth KSh.2.7 billion changed hands.", 2.7e9),
    ("Turnover was Sh.415 million.", 4.15e8),
    ("The stock closed at Ksh.50.25.", 50.25),
])
def test_shilling_marks_with_a_full_stop(text, value):
    assert money(text)[0][1:] == (value, "KES")


@pytest.mark.parametrize("text, expected", [
    ("A final dividend of US63¢ a share, US20c higher than a year ago.", [("US63¢", 0.63, "USD"), ("US20c", 0.2, "USD")]),
    ("The US20 summit met, and the USB3 port was fitted.", []),  # names, no money
])
def test_us_cents_glued_to_us(text, expected):
    assert money(text) == expected


def test_us_cents_mark_the_us_money_of_a_local_story():
    text = ("Miners lift Australian shares\n\nThe Australian share market closed higher as Harbour Iron gained 12 cents "
            "to $4.10. It declared a dividend of US63¢.")
    assert [(written, unit) for written, _, unit in money(text)] == [("12 cents", "AUD"), ("$4.10", "AUD"), ("US63¢", "USD")]


@pytest.mark.parametrize("text, unit", [
    ("Pakistan's budget\n\nThe government will raise the defence budget by Rs 50 billion, Islamabad said.", "PKR"),
    ("Grants worth 1,777 billion rupees were earmarked by Pakistan's finance minister.", "PKR"),
    ("Colombo stocks\n\nThe bourse in Sri Lanka traded shares worth Rs. 2.1 billion.", "LKR"),
    ("The Indian team beat Pakistan, and the IPL auction in Mumbai raised Rs 400 crore.", "INR"),  # India's words first
    ("The state will spend Rs 12,000 crore on roads.", "INR"),  # no place: the symbol's own
])
def test_rupees_take_the_country_the_text_names(text, unit):
    assert [u for _, _, u in money(text)] == [unit]
