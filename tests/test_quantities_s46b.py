"""Session 46 (b): quantities in business and market copy from many countries. A move written as a decimal "of a"
subunit or point ("up 0.57 of a U.S. cent", "edged up 0.07 of a point" in a market report) is that subunit of money
or that index's points (grammar.scanner `_subunit_of_a`, the "of a" reading of bare points). A peso is the
currency of the country a text names (lexicon currency_words "chilean pesos", currency_symbol_context "peso"), also
where a bare number quotes it against the dollar.
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
