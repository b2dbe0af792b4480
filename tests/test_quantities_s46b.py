"""Session 46 (b): quantities in business and market copy from many countries. A move written as a decimal "of a"
subunit or point ("up 0.57 of a U.S. cent", "edged up 0.07 of a point" in a market report) is that subunit of money
or that index's points (grammar.scanner `_subunit_of_a`, the "of a" reading of bare points). A peso is the
currency of the country a text names (lexicon currency_words "chilean pesos", currency_symbol_context "peso"), also
where a bare number quotes it against the dollar. A range of cents or pence written with the subunit once, after
its second end ("between 28 and 30 cents a share", "58-59 cents"), or glued to both ends ("between 23c and 27c a
litre") is one range of money (scanner `_join_ranges`, `_GLUED_CENTS_RANGE`). A rand price or rate written with a
decimal comma ("R18,93 to the dollar", "R9,51 a litre") is money, not a code (scanner `_MONEY_DECIMAL_COMMA`,
exclusions `_DECIMALS`). A market's day range ("hit an intraday high of 1,502.08 and a low of 1,494.27") is in index
points in a sentence that names an index (lexicon index_levels `day_range_words`, scanner `day_range`). Malaysian
copy's glued and spaced "mil" and "bil" ("RM51mil", "RM2.37bil", "RM12.4 bil") are scales (lexicon scales,
scale_abbreviations). A count that makes no range with a move in basis points after it keeps its value ("recapturing the
7,800-mark ... cut the repo rate by 50 bps" was 78). Vietnamese copy's "VND" after a number and "VNĐ" before it are
dong (lexicon currency_words "vnd", currency_symbols "VNĐ"). "Pounds" in a story that names the Egyptian pound are
Egyptian (lexicon currency_symbol_context "pounds"). Zambian and Malawian "K", Ugandan "Shs" and Botswana's "P" are
money marks ("K180 billion", "Shs52.7 trillion", "P64.3 billion"; lexicon currency_symbols, currency_symbol_context,
currency_symbols_need_money_shape `decimal_or_scale`: "K900" alone is a model, not kwacha).
Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 12))


@pytest.mark.parametrize("text, figure, value, unit", [
    ("The loonie traded at 73.10 cents US, up 0.42 of a U.S. cent from Monday's close.", "0.42 of a U.S. cent", 0.0042, "USD"),
    ("The Canadian dollar fell 0.3 of a cent to 72.85 cents US.", "0.3 of a cent", 0.003, "USD"),
    ("The benchmark index edged up 0.05 of a point to 1,402.18 at the close.", "0.05 of a point", 0.05, "index point"),
    ("The US Dollar Index lost 0.61 of a point at 103.40.", "0.61 of a point", 0.61, "index point"),
])
def test_a_decimal_of_a_subunit_or_point(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value, unit", [
    ("The dollar opened at 912.40 Chilean pesos in Santiago on Tuesday.", "912.40 Chilean pesos", 912.40, "CLP"),
    ("Chile's central bank sold reserves as the peso slid to 940 to the dollar at the close.", "940", 940, "CLP"),
    ("In Buenos Aires the peso weakened 2.1% to 1,050 per dollar on Friday.", "1,050", 1050, "ARS"),
    ("The Colombian peso gained 0.6 percent to 4,102 per U.S. dollar in Bogota.", "4,102", 4102, "COP"),
    ("The Philippine peso closed at 57.85 against the US dollar, from 57.70 on Monday.", "57.85", 57.85, "PHP"),
    ("Remittances to Manila rose as the peso hit 58.30 to the dollar.", "58.30", 58.30, "PHP"),
    ("The Mexican peso firmed to 17.20 per dollar after the Banxico decision.", "17.20", 17.20, "MXN"),
])
def test_a_peso_is_the_currency_of_the_country_named(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, lower, upper, unit", [
    ("Kestrel Foods expects earnings of between 34 and 37 cents a share for the year.", "between 34 and 37 cents", 0.34, 0.37, "USD"),
    ("Dunmore Retail raised its outlook to 61-63 cents per share.", "61-63 cents", 0.61, 0.63, "USD"),
    ("The board expects a final dividend of between 12 and 14 pence.", "between 12 and 14 pence", 0.12, 0.14, "GBP"),
    ("The price of diesel will rise by between 31c and 36c a litre, the department said.", "between 31c and 36c a litre", 0.31, 0.36, "USD"),
])
def test_a_range_of_cents_is_one_range_of_money(nlp, text, figure, lower, upper, unit):
    c = claims_of(nlp, text)[figure]
    assert (c.qualifier, c.lower, c.upper, c.unit) == ("range", pytest.approx(lower), pytest.approx(upper), unit)


@pytest.mark.parametrize("text, figure, value", [
    ("Shares of Kestrel Foods fell 30 to 45 cents on Friday.", "30", 30),
])
def test_a_change_to_a_price_in_cents_is_no_range(nlp, text, figure, value):
    assert claims_of(nlp, text)[figure].value == pytest.approx(value)


@pytest.mark.parametrize("text, figure, value, unit", [
    ("The rand firmed 0.8% to R17,64 to the dollar in early trade.", "R17,64", 17.64, "ZAR"),
    ("Inland, 93 octane will drop 42 cents to R21,37 a litre on Wednesday.", "R21,37", 21.37, "ZAR"),
    ("The municipality paid R2,500 for each meter.", "R2,500", 2500, "ZAR"),
])
def test_a_rand_figure_with_a_decimal_comma_is_money(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, unit", [
    ("The composite index hit an intraday high of 1,618.40 and a low of 1,601.95 before closing flat.", "1,618.40", "index point"),
    ("The composite index hit an intraday high of 1,618.40 and a low of 1,601.95 before closing flat.", "1,601.95", "index point"),
    ("The Sensex touched an intra-day high of 71,402 on Tuesday.", "71,402", "index point"),
    ("Benchmark Brent hit a high of 121 before easing.", "121", "count"),
])
def test_a_market_day_range_is_in_index_points(nlp, text, figure, unit):
    assert claims_of(nlp, text)[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("Foreign investors were net buyers of equities worth RM64mil on Monday.", "RM64mil", 64e6),
    ("Turnover stood at 3.1 billion shares valued at RM2.58bil.", "RM2.58bil", 2.58e9),
    ("The state will receive RM9.7 bil under the plan.", "RM9.7 bil", 9.7e9),
    ("Kenanga Foods posted a net profit of RM88.4mil for the quarter.", "RM88.4mil", 88.4e6),
])
def test_malaysian_mil_and_bil_are_scales(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "MYR"


@pytest.mark.parametrize("text, figure, value", [
    ("The Nifty rose 51 points, recapturing the 7,900-mark, after the central bank cut the repo rate by 50 bps.", "7,900", 7900),
    ("The market data showed 5,412 listed companies. The central bank reduced the repo rate by 25 basis points.", "5,412", 5412),
    ("The bank may raise rates by 50-100 basis points.", "50-100 basis points", 0.75),
])
def test_a_count_before_basis_points_keeps_its_value(nlp, text, figure, value):
    assert claims_of(nlp, text)[figure].value == pytest.approx(value)


@pytest.mark.parametrize("text, figure, value", [
    ("Gold rings traded at 121.3 million VND per tael on Monday.", "121.3 million VND", 121.3e6),
    ("The central bank set the reference rate at 24,105 VND per USD, down 6 VND.", "24,105 VND", 24105),
    ("Gold bars sold at VNĐ86.5 million per tael.", "VNĐ86.5 million", 86.5e6),
])
def test_vnd_written_by_vietnamese_copy_is_dong(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "VND"


@pytest.mark.parametrize("text, figure, unit", [
    ("The draft budget puts spending at 3.1 trillion Egyptian pounds and revenue at 2.4 trillion pounds.", "2.4 trillion pounds", "EGP"),
    ("The central bank let the Egyptian pound slide to about 48 pounds to the dollar from 31.2 pounds.", "31.2 pounds", "EGP"),
    ("Calder, the Egypt-born forward, signed a deal worth 90,000 pounds a week.", "90,000 pounds", "GBP"),
])
def test_pounds_in_a_story_on_the_egyptian_pound_are_egyptian(nlp, text, figure, unit):
    assert claims_of(nlp, text)[figure].unit == unit


@pytest.mark.parametrize("text, figure, value, unit", [
    ("In Lusaka, the finance minister proposed to spend K212.4 billion next year.", "K212.4 billion", 212.4e9, "ZMW"),
    ("Each constituency in Zambia will receive K31.2 million.", "K31.2 million", 31.2e6, "ZMW"),
    ("The Malawi government in Lilongwe set aside K1.4 trillion for the budget.", "K1.4 trillion", 1.4e12, "MWK"),
    ("Parliament in Kampala tabled the revised Shs58.3 trillion budget.", "Shs58.3 trillion", 58.3e12, "UGX"),
    ("Botswana's revenues will rise to P71.2 billion, the Gaborone ministry said.", "P71.2 billion", 71.2e9, "BWP"),
    ("Manila's budget rose to P5.7 trillion.", "P5.7 trillion", 5.7e12, "PHP"),
])
def test_african_money_marks(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


def test_a_k_and_three_digits_is_a_model_not_kwacha(nlp):
    assert not any(c.unit == "ZMW" for c in claims_of(nlp, "In Lusaka he drove a Kia K900 to the office.").values())
