"""Session 50 (audit of business and economy pages): figures as market, results and statistics copy writes them.
A bare level after a record's noun and "of" is an index's level in a sentence that names the index, whatever record
words stand before the noun ("touched an all-time high of 58,908", "hit an all-time intraday high of 37,090.81",
"topping its previous intraday record of 11,750.28", "rose to a record peak of 17,576", "all-time highs of 22,768"),
and the index may be named after the level ("Since hitting a low of 19,898.10 in March, the Dow has gained 86%");
the participle of the record's day may follow it ("a high of 3,393.52 hit on Feb. 19"): scanner `day_range`,
`_index_levels`, lexicon `index_levels` (`record_qualifiers`, `record_ends`, `level_after`). A sum that a market's
holders gained or lost is a change of the market's value, in a text of a market ("Investors lost Rs 3.11 lakh crore in
Friday's session", "equities gained N1.62 trillion", "investors losing nearly Rs 8 lakh crore"), not a sum earned:
components.direction `_market_value_move`, lexicon direction_cues `market_value_holders`, `market_value_context`.
Plain cents a share price moved by, set next to the price in a currency with its own mark, are that currency's cents
though the text writes "$" for gold or oil ("was 70 cents lower at R124,30", "2,74% or 54 cents to R19,16", "quoted
at R279, up 30 cents"), and so are the cents of a figure per share in a text whose own money is all in that currency
("HEPS grew 12% to 245.3c" in a JSE report that quotes gold in "$"): scanner `_priced_cents`, lexicon `priced_cents`,
`per_share_cents`.
A price with a decimal comma after a money mark keeps its decimals, and stays money, before a comma that ends its clause
("quoted at R185,50, up 305 cents", "down 40c at R99,20, Tarrow was"): scanner `_MONEY_DECIMAL_COMMA`,
grammar.exclusions `_DECIMALS`.
"Over" after a change noun and "higher than" or "lower than" right after the figure compared bring in the old side of
a comparison, an exact figure, no bound ("a 10.17 percent increase over N13.61 trillion", "10.51 million, higher than
10.37 million in 2020"): scanner `_comparison_base`, lexicon `comparison_base_hedges`.
"All share", as South African copy names the JSE's main index, is an index's name: its level in points is in index
points, no percentage points, whatever verb states it ("the all share was 0.60% lower at 51,180.50 points"): lexicon
`index_words`, points_context `share_not_after`.
An index's round level written with a hyphen before "point" is in index points ("the Dow crossed the 30,000-point
mark", "topped the 40,000-point level"): scanner `_points_word` reads the word of points without its hyphen.
Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 14))


@pytest.mark.parametrize("text, level", [
    ("The Kestrel 40 index touched an all-time high of 18,204 on Monday.", "18,204"),
    ("The Sensex hit a fresh lifetime high of 74,501.7 in early trade.", "74,501.7"),
    ("The Orvane index rose to a record peak of 9,120 on Tuesday.", "9,120"),
    ("The Dow hit an all-time intraday high of 41,090.81 following the opening bell.", "41,090.81"),
    ("The Orvane index climbed, topping its previous intraday record of 9,750.28 set in 2019.", "9,750.28"),
    ("The Nifty and the Sensex touched all-time highs of 22,768 on Monday.", "22,768"),
    ("The Orvane index was up at 3,394.99 points, topping the high of 3,393.52 hit on Feb. 19.", "3,393.52"),
    ("The Kestrel 40 index is off 16.48% from its record close of 4,796.56 hit Monday.", "4,796.56"),
    ("The Kestrel 40 index closed at 2,852.50 for a gain of 32.50 points.", "2,852.50"),
])
def test_a_record_an_index_reached_is_its_level(nlp, text, level):
    found = claims_of(nlp, "Stocks at record\n\n" + text)
    assert found[level].unit == "index point"
    assert found[level].kind == "physical"


def test_the_index_may_be_named_after_its_record(nlp):
    found = claims_of(nlp, "Stocks rally\n\nSince hitting a low of 12,898.10 in March, the Kestrel 40 index has gained 31%.")
    assert found["12,898.10"].unit == "index point"


@pytest.mark.parametrize("text, figure", [
    ("Unemployment hit a high of 2,100 claims in May.", "2,100"),
    ("The benchmark hit a record high of 61,950 in early trade.", "61,950"),
    ("The council closed at 300 for the year.", "300"),
])
def test_a_record_with_no_index_named_stays_a_count(nlp, text, figure):
    """Guard (passes on the code before the change too): no index word, or only "benchmark", names no index."""
    found = claims_of(nlp, "Records\n\n" + text)
    assert found[figure].unit == "count"


@pytest.mark.parametrize("text, figure, direction", [
    ("Investors lost Rs 4.2 lakh crore in Friday's session as the Sensex fell 900 points.", "Rs 4.2 lakh crore", "down"),
    ("Equities on the Kestrel exchange gained N2.4 trillion as market capitalisation rose to N61.3 trillion.",
     "N2.4 trillion", "up"),
    ("The sell-off led to investors losing nearly Rs 6 lakh crore as the Nifty slid.", "nearly Rs 6 lakh crore", "down"),
    ("The listed stocks gained N1.1 trillion in the quarter, lifting market capitalisation to N20.2 trillion.",
     "N1.1 trillion", "up"),
])
def test_what_a_markets_holders_gained_or_lost_is_a_change(nlp, text, figure, direction):
    found = claims_of(nlp, "Stocks close\n\n" + text)
    assert found[figure].direction == direction
    assert found[figure].kind == "change"


@pytest.mark.parametrize("text, figure", [
    ("Kestrel Mining gained $5 million from the sale of its stake, and its market value rose.", "$5 million"),
    ("Investors lost $2 billion in the Ponzi scheme, prosecutors said.", "$2 billion"),
])
def test_a_sum_earned_or_lost_outside_a_markets_value_stays_a_level(nlp, text, figure):
    """Guard (passes on the code before the change too): a company's gain, or a loss in a text of no market."""
    found = claims_of(nlp, "Deal done\n\n" + text)
    assert found[figure].direction is None


@pytest.mark.parametrize("text, cents, value", [
    ("Kestrel Mining was 70 cents lower at R124.30.", "70 cents", 0.70),
    ("Orvane Foods tumbled 2.7% or 54 cents to R19.16.", "54 cents", 0.54),
    ("Tarrow Retail was quoted at R279.10, up 30 cents or 0.1%.", "30 cents", 0.30),
])
def test_cents_set_next_to_a_rand_price_are_rand_cents(nlp, text, cents, value):
    found = claims_of(nlp, "JSE midday\n\nGold was quoted at $2,410.50 an ounce and Brent at $82.10 a barrel. " + text)
    assert found[cents].unit == "ZAR"
    assert found[cents].value == pytest.approx(value)


def test_cents_set_next_to_a_dollar_price_stay_dollar_cents(nlp):
    """Guard (passes on the code before the change too): cents next to a plain "$" price stay the text's dollar's."""
    found = claims_of(nlp, "Markets\n\nGold rose to $2,410.50 an ounce. Kestrel Mining shares fell 12 cents to $4.30 in New York.")
    assert found["12 cents"].unit == "USD"


@pytest.mark.parametrize("text, price, value", [
    ("Kestrel was last quoted at R185,50, up 305 cents or 1,7%.", "R185,50", 185.50),
    ("Orvane was down 40c at R99,20, while Tarrow slipped 1,2%.", "R99,20", 99.20),
    ("Pellam was quoted at R91,01, up 104 cents.", "R91,01", 91.01),
    ("Prices were R1,50, R2,75 and R3,10 a kilogram.", "R1,50", 1.50),
])
def test_a_decimal_comma_price_before_a_comma_keeps_its_decimals(nlp, text, price, value):
    found = claims_of(nlp, "JSE midday\n\n" + text)
    assert found[price].unit == "ZAR"
    assert found[price].value == pytest.approx(value)


@pytest.mark.parametrize("text, base", [
    ("Revenue rose to $4.1 million, a 12% increase over $3.66 million a year earlier.", "$3.66 million"),
    ("The agency collected N103.48 billion, an increase of 73 per cent over N96.78 billion in 2017.", "N96.78 billion"),
    ("Members numbered 10.51 million, higher than 10.37 million in 2020.", "10.37 million"),
    ("Arrivals reached 2.3 million, lower than 2.6 million a year before.", "2.6 million"),
    ("Revenue went up to P771.7 billion, or 28.8 percent higher than P599.3 billion a year earlier.", "P599.3 billion"),
])
def test_the_old_side_of_a_comparison_is_no_bound(nlp, text, base):
    found = claims_of(nlp, "Results\n\n" + text)
    assert found[base].qualifier == "exact"
    assert found[base].lower is None


@pytest.mark.parametrize("text, bound", [
    ("The fund holds over $3 million in cash.", "over $3 million"),
    ("Sales rose 5% to over $2 million.", "over $2 million"),
    ("Prices were higher than $50 for the first time.", "higher than $50"),
    ("Output showed a rise of over 2 million tonnes.", "over 2 million tonnes"),
    ("Sales posted an increase of over 12%.", "over 12%"),
])
def test_a_bound_with_no_comparison_stays_a_bound(nlp, text, bound):
    """Guard (passes on the code before the change too): no change noun or compared figure before the hedge."""
    found = claims_of(nlp, "Results\n\n" + text)
    assert found[bound].qualifier == "lower_bound"


@pytest.mark.parametrize("text, level", [
    ("At noon the all share was 0.60% lower at 51,180.50 points and the top 40 dropped 0.63%.", "51,180.50 points"),
    ("These gains left the all share 0.14% weaker at 53,510.80 points.", "53,510.80 points"),
    ("The all share was flat at 51,412.10 points by midday.", "51,412.10 points"),
    ("The all share fell 0.17% to 56,123.80 points.", "56,123.80 points"),
])
def test_the_all_share_level_is_in_index_points(nlp, text, level):
    found = claims_of(nlp, "Market wrap\n\n" + text)
    assert found[level].unit == "index point"


def test_a_vote_share_in_points_stays_percentage_points(nlp):
    """Guard (passes on the code before the change too): a party's share of the vote moves in percentage points."""
    found = claims_of(nlp, "Poll\n\nThe Greens' vote share rose 2.5 points to 14.1%.")
    assert found["2.5 points"].unit == "percentage_point"


@pytest.mark.parametrize("text, level", [
    ("The Kestrel 40 index crossed the 30,000-point mark on Wednesday.", "30,000-point"),
    ("The Nikkei topped the 40,000-point level for the first time.", "40,000-point"),
    ("The all share backed away from the 54,000-point mark.", "54,000-point"),
])
def test_a_hyphened_round_level_of_an_index_is_in_index_points(nlp, text, level):
    found = claims_of(nlp, "Stocks\n\n" + text)
    assert found[level].unit == "index point"


def test_a_hyphened_poll_lead_stays_percentage_points(nlp):
    """Guard (passes on the code before the change too): a party's lead in a poll is in percentage points."""
    found = claims_of(nlp, "Poll\n\nThe Greens hold a 3-point lead in the latest poll.")
    assert found["3-point"].unit == "percentage_point"


@pytest.mark.parametrize("text, cents, value", [
    ("Kestrel Foods said its HEPS grew 12.5% to 245.3c in the year to June.", "245.3c", 2.453),
    ("Orvane Mining reported a basic headline loss of 137c per share to end-June.", "137c", 1.37),
    ("The dividend per share for the half-year rose 7% from 181 cents to 193 cents.", "193 cents", 1.93),
])
def test_per_share_cents_in_a_rand_market_report_are_rand_cents(nlp, text, cents, value):
    found = claims_of(nlp, "JSE wrap\n\nGold rose to $2,410.50 an ounce and Brent to $82.10 a barrel. Tarrow Retail fell "
                      "2% to R41.20 and Pellam Bank rose 1% to R88.15. " + text)
    assert found[cents].unit == "ZAR"
    assert found[cents].value == pytest.approx(value)


def test_per_share_cents_in_a_dollar_text_stay_dollar_cents(nlp):
    """Guard (passes on the code before the change too): a text whose own money is in "$" keeps its cents US."""
    found = claims_of(nlp, "Results\n\nKestrel Foods said earnings per share rose to 45 cents from 41 cents. Revenue was $2.1 billion.")
    assert found["45 cents"].unit == "USD"
