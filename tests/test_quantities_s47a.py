"""Session 47 audit of business and public-money copy: quantities as real pages from Africa, South Asia, the Gulf
and Australia write them. A currency named with its country's adjective ("12.5 billion Saudi riyals", "1.2 billion
United Arab Emirates dirhams": rules/lexicon.json currency_words); "SR" before a money shape is the Saudi riyal
("SR1.1 billion", "SR776m"; not "SR 520", a state route: currency_symbols_need_money_shape); "paisa", "paisas" and "paise" are a hundredth of the rupee of
the text's places (scanner `_subunit_currency`, lexicon subunit_context_words); plain "riyals" in a story from Qatar are Qatari
(currency_symbol_context); "pounds" in a story that names Egypt's pound or its central bank, or quotes pounds per
dollar, are Egyptian money, not pound-mass (currency_symbol_context "pounds"); cents glued to a number after a
per-share word in its clause ("Interim DPS 13.0c", "a distribution of 4.2c") or before "a share" are money (lexicon
per_share_cents); "1H" and "2H", the halves of a year, are no counts (grammar.exclusions "code"); a range of money written with a sign and a hyphen takes the
second end's glued "m"/"b" as its scale ("$50-53m", "$16M-18M"; scanner _MONEY_RANGE_FIRST_END), not metres; a currency named as the base of an
earlier quote ("177.63 against the yen") is not the currency a later rate quotes (scanner `_quoted_currency`);
East African shilling marks "KShs", "KShs.", "Shs." and "Kes" (currency_symbols; "Kes" only before a money shape); a rate quoted per dollar with a slash ("N1,309/$1") is
the naira figure, not "$1" (scanner _SLASH_AFTER_FIGURE, components.quantities). Made-up text; a test of each change fails on the
code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2023, 8, 7))


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Net income fell to 41.7 billion Saudi riyals in the quarter.", "41.7 billion Saudi riyals", 41.7e9, "SAR"),
    ("The lender earned 2.3 billion Qatari riyals in the half.", "2.3 billion Qatari riyals", 2.3e9, "QAR"),
    ("Profit rose to 1.64 billion United Arab Emirates dirhams.", "1.64 billion United Arab Emirates dirhams", 1.64e9, "AED"),
    ("Sales reached 480 million UAE dirhams last year.", "480 million UAE dirhams", 480e6, "AED"),
    ("The plant will cost 3.1 billion Malaysian ringgit.", "3.1 billion Malaysian ringgit", 3.1e9, "MYR"),
    ("The state owes contractors 920 billion Nigerian naira.", "920 billion Nigerian naira", 920e9, "NGN"),
])
def test_a_currency_named_with_its_country_adjective(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("The ministry awarded a road contract worth SR1.4 billion ($373 million).", "SR1.4 billion", 1.4e9),
    ("Contracts worth an estimated SR615m went to 14 projects.", "an estimated SR615m", 615e6),
    ("The fund's deficit reached SR48.2bn last year.", "SR48.2bn", 48.2e9),
])
def test_sr_before_a_money_shape_is_the_saudi_riyal(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "SAR"


def test_sr_before_three_digits_alone_is_no_money(nlp):
    found = claims_of(nlp, "Crews closed SR 417 for 6 miles after the crash.")
    assert not any(c.unit == "SAR" for c in found.values())


@pytest.mark.parametrize("text, figure, value, unit", [
    ("KARACHI: The rupee gained 12 paisa against the dollar and closed at Rs281.45 in the interbank market.",
     "12 paisa", 0.12, "PKR"),
    ("ISLAMABAD: The euro shed 35 paisas to trade at Rs301.10, the State Bank of Pakistan said.", "35 paisas", 0.35, "PKR"),
    ("LAHORE: The dollar lost 7 paise to close at Rs279.90.", "7 paise", 0.07, "PKR"),
    ("MUMBAI: The rupee rose 9 paise to 83.12 against the dollar, helped by the Sensex.", "9 paise", 0.09, "INR"),
])
def test_paisa_is_a_hundredth_of_the_rupee_of_the_text(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, unit", [
    ("DOHA: Qatar's budget showed a surplus of 21.4 billion riyals in the third quarter.", "21.4 billion riyals", "QAR"),
    ("Shares of the Doha lender rose to 17.2 riyals after its results.", "17.2 riyals", "QAR"),
    ("RIYADH: Saudi Arabia expects spending of 1.25 trillion riyals next year, more than Qatar.",
     "1.25 trillion riyals", "SAR"),
])
def test_riyals_are_those_of_the_place_the_text_names(nlp, text, figure, unit):
    assert claims_of(nlp, text)[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("CAIRO: The government will hold its customs rate at 19.6 pounds per dollar next month.", "19.6 pounds", 19.6),
    ("Egypt's pound slipped to 31.4 pounds at Sunday's auction from 31.2 pounds.", "31.4 pounds", 31.4),
    ("Traders put the parallel rate at 9.15 pounds to the dollar, weaker than a week ago.", "9.15 pounds", 9.15),
    ("The Egyptian central bank sold $45 million at a cut-off price of 7.7301 pounds.", "7.7301 pounds", 7.7301),
])
def test_pounds_of_an_egyptian_rate_are_egyptian_money(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "EGP"


def test_sterling_pounds_stay_sterling(nlp):
    found = claims_of(nlp, "LONDON: The retailer paid 275 million pounds for the chain, the company said.")
    assert found["275 million pounds"].unit == "GBP"


@pytest.mark.parametrize("text, figure, value", [
    ("Harbourline Group: interim DPS 9.5c, fully franked.", "9.5c", 0.095),
    ("A 3QFY24 distribution of 6.1c has been declared.", "6.1c", 0.061),
    ("Basic earnings per share were 21.7c.", "21.7c", 0.217),
    ("The board declared an interim dividend of 104.5c which is payable in March.", "104.5c", 1.045),
    ("The miner will pay 35c a share to holders on the register.", "35c", 0.35),
])
def test_cents_glued_to_a_per_share_figure(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].kind == "amount"


def test_a_glued_c_without_a_per_share_word_is_no_cents(nlp):
    found = claims_of(nlp, "The office is at 5c Harbour Road, with 40 staff.")
    assert not any(c.kind == "amount" for c in found.values())


@pytest.mark.parametrize("text", [
    "Kestrel Foods (+3.1%); 1H profit -6.2% yoy.",
    "Brokers expect a soft 1H result from the miner.",
    "Earnings are skewed to the 2H, the company said.",
])
def test_half_year_labels_are_no_counts(nlp, text):
    found = claims_of(nlp, text)
    assert "1" not in found and "2" not in found


@pytest.mark.parametrize("text, figure, value", [
    ("Tidewater upgraded FY25 guidance to revenue of $60-64m and EBITDA of $9-9.5m.", "$60-64m", 62e6),
    ("Normalised EBITDA guidance: $21M-24M for FY26.", "$21M-24M", 22.5e6),
    ("Pre-tax profit is seen in the range of $13-14M and net profit close to $10M.", "$13-14M", 13.5e6),
])
def test_a_money_range_takes_the_scale_glued_to_its_second_end(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].qualifier == "range"


@pytest.mark.parametrize("text, figure, unit", [
    ("The Swiss franc rose to 176.20 against the yen and 0.9410 against the euro in Asian trade.", "0.9410", "CHF"),
    ("The yen climbed to 120.45 against the euro and 155.30 against the pound on Friday.", "155.30", "JPY"),
])
def test_a_quote_is_in_the_currency_quoted_not_an_earlier_base(nlp, text, figure, unit):
    assert claims_of(nlp, text)[figure].unit == unit


def test_a_rate_after_a_base_in_an_earlier_sentence_takes_no_base_currency(nlp):
    text = ("The loonie slipped to 1.5230 versus the euro. The aussie rose to 0.6650 against the greenback on Tuesday.")
    assert claims_of(nlp, text)["0.6650"].unit != "EUR"


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Lakeside Bank's profit after tax rose 31% to KShs.12.4 billion in the half.", "KShs.12.4 billion", 12.4e9, "KES"),
    ("Total assets grew to KShs 1.21 trillion from KShs.1.10 trillion.", "KShs 1.21 trillion", 1.21e12, "KES"),
    ("KAMPALA: The economy grew to Shs. 171,200 billion in FY 2023/24.", "Shs. 171,200 billion", 1.712e14, "UGX"),
    ("Equity turnover rose 12% to Kes 2.95 billion from last week.", "Kes 2.95 billion", 2.95e9, "KES"),
])
def test_east_african_shilling_marks(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("LAGOS: The naira traded at N1,482/$1 in the official window on Tuesday.", "N1,482", 1482.0),
    ("The parallel market rate eased to N1,615/$1 from N1,630/$1.", "N1,615", 1615.0),
])
def test_a_rate_quoted_per_dollar_with_a_slash(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "NGN"
    assert "$1" not in found


def test_a_rate_denominator_written_apart_is_still_no_claim(nlp):
    found = claims_of(nlp, "The levy is $1.12 per $100 of assessed value.")
    assert "$1.12" in found and "$100" not in found
