"""Session 49 (audit of business and public-money pages): quantities as market and economy copy writes them.
Thousands grouped by spaces keep their cents and make a money figure after a currency's letters, as South African
copy writes share prices, gold and bitcoin ("R3 307.43", "$1 282.61/oz", "R1 177 000": scanner DIGITS and
`_money_shape`, grammar.exclusions `_decimals_after` and `_looks_like_phone`). A change after "another" or "a
further" and the level it reached are two figures, no range ("cut by a further 0.25% to 3.85%": scanner
`_join_ranges`). A number hyphened to "share", "stock" or "scrip" before an index's name counts the members that
define the index, no figure ("the 30-share BSE Sensex": grammar.exclusions, lexicon exclusion_cues
`index_size_nouns`). Bare "shillings" in a story that names Uganda (or Tanzania) and not Kenya are that country's
(lexicon currency_symbol_context). A number, a plus-minus sign and a percentage are one figure, its band the bounds
("a target of 2.5±1%": scanner `_join_plus_minus`). Bare points that restate a percentage move are a price's or an
index's points, not percentage points ("added 16.56% or 270 points": scanner `_index_context`); the level such a move
reaches after a comma is an index level ("Tokyo rose 0.69 percent, or 112.37 points, to 16,291.31": scanner
`_POINTS_TO_LEVEL`). Made-up text; a test of each change
fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 14))


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Kestrel Media climbed 2.4% to close at R3 412.56 per share.", "R3 412.56", 3412.56, "ZAR"),
    ("Gold slipped to $1 964.35/oz in late trade.", "$1 964.35/oz", 1964.35, "USD"),
    ("The token was last quoted at US$48 207.19 on the exchange.", "US$48 207.19", 48207.19, "USD"),
    ("The coin reached R1 146 000 at its peak on Tuesday.", "R1 146 000", 1146000, "ZAR"),
    ("The metal hit a record of R41 208.60 an ounce in rand terms.", "R41 208.60", 41208.60, "ZAR"),
])
def test_spaced_thousands_keep_their_cents_and_their_currency(nlp, text, figure, value, unit):
    found = claims_of(nlp, "Market close\n\n" + text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


def test_a_phone_number_stays_no_figure(nlp):
    found = claims_of(nlp, "Helpline opens\n\nCustomers can call 021 555 1234 for help; 40 agents answer.")
    assert not any("555" in text for text in found)


@pytest.mark.parametrize("text, change, level", [
    ("The central bank cut its cash rate by another 0.25% to 3.6% on Tuesday.", "0.25%", "3.6%"),
    ("The lender raised its prime rate by a further 0.5% to 11.25%.", "0.5%", "11.25%"),
    ("Inflation rose another 0.4% to 6.1% in March.", "0.4%", "6.1%"),
])
def test_a_further_change_and_the_level_it_reached_make_no_range(nlp, text, change, level):
    found = claims_of(nlp, "Rates decision\n\n" + text)
    assert found[change].value == pytest.approx(float(change.rstrip("%")))
    assert found[change].qualifier == "exact"
    assert found[level].value == pytest.approx(float(level.rstrip("%")))


def test_another_before_a_range_of_years_keeps_the_range(nlp):
    found = claims_of(nlp, "Plant delayed\n\nThe plant will take another 3 to 5 years to build.")
    assert found["3 to 5 years"].qualifier == "range"


@pytest.mark.parametrize("text, size, figure", [
    ("The 30-share BSE Sensex rose 212.4 points to close at 61,402.18.", "30", "212.4 points"),
    ("The wider 50-scrip NSE Nifty gained 0.6 per cent.", "50", "0.6 per cent"),
    ("The 500-stock index slipped 0.4% on Friday.", "500", "0.4%"),
])
def test_the_members_that_define_an_index_are_no_figure(nlp, text, size, figure):
    found = claims_of(nlp, "Stocks close higher\n\n" + text)
    assert size not in found
    assert figure in found


def test_a_block_of_shares_stays_a_count(nlp):
    found = claims_of(nlp, "Deal done\n\nThe fund sold a 400-share block of Norvane Mining on Tuesday.")
    assert found["400"].value == 400


@pytest.mark.parametrize("text, figure, unit", [
    ("Uganda's parliament approved spending of 61.3 trillion shillings for the year, up from 58.2 trillion shillings.",
     "58.2 trillion shillings", "UGX"),
    ("Tanzania will borrow 4.1 trillion shillings from local banks, the finance ministry in Dodoma said.",
     "4.1 trillion shillings", "TZS"),
    ("Kenya's Treasury plans to raise 350 billion shillings; Uganda and Tanzania plan smaller sales.",
     "350 billion shillings", "KES"),
])
def test_bare_shillings_take_the_country_the_story_names(nlp, text, figure, unit):
    found = claims_of(nlp, "Budget approved\n\n" + text)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value, lower, upper", [
    ("The central bank aims to keep inflation at 3.5±1% next year.", "3.5±1%", 3.5, 2.5, 4.5),
    ("The government targets a debt ratio of 45±1 per cent by 2030.", "45±1 per cent", 45, 44, 46),
])
def test_a_plus_minus_band_is_one_figure(nlp, text, figure, value, lower, upper):
    found = claims_of(nlp, "Policy target\n\n" + text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "percent"
    assert (found[figure].lower, found[figure].upper) == (pytest.approx(lower), pytest.approx(upper))


@pytest.mark.parametrize("text, figure", [
    ("Dunmore Foods added 12.4% or 21 points in Jakarta on Tuesday.", "21 points"),
    ("The JXI rose 1.21 percent, or 71.05 points, leaving the 5,800 level behind.", "71.05 points"),
])
def test_points_restating_a_percentage_move_are_no_percentage_points(nlp, text, figure):
    found = claims_of(nlp, "Stocks close\n\n" + text)
    assert found[figure].unit != "percentage_point"


def test_points_restating_a_poll_move_stay_percentage_points(nlp):
    found = claims_of(nlp, "Poll\n\nSupport for the Greens fell 12 per cent, or four points, in the latest poll.")
    assert found["four points"].unit == "percentage_point"


@pytest.mark.parametrize("text, level", [
    ("Tokyo rose 0.71 percent, or 118.40 points, to 16,402.55 -- the index gained 12 percent this year.", "16,402.55"),
    ("Seoul closed 1.12 per cent, or 23.05 points, lower at 2,047.90.", "2,047.90"),
    ("Sydney shed 0.84 per cent, or 47.2 points, to close at 5,611.3.", "5,611.3"),
])
def test_the_level_after_a_move_in_points_and_a_comma_is_an_index_level(nlp, text, level):
    found = claims_of(nlp, "Asian markets mixed\n\n" + text)
    assert found[level].unit == "index point"
