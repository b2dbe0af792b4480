"""Session 48 (audit of business and public-money pages): quantities as results, market and budget copy from
many countries writes them. A results window whose end is written day first ("the 52 weeks ended 28 December",
"the 12 months to 30 June") places the figures after it and is no claim of its own. A percentage in brackets right
after a level of money or a physical level is that level's share or move, never an amount itself ("R41.2 billion
(18.5% of the budget)", "$3,912/oz (-0.8%)"). A duration hyphened to the noun of a change names the change's
window ("a four-week gain of 1.2 per cent", "the smallest 12-month increase since May"), no claim. Indian market
copy abbreviates a lakh crore to "lakh cr" and writes "trn" apart from its number ("Rs 3.2 lakh cr", "$4.1 trn").
Nigerian market copy writes kobo as a "k" glued to bare digits ("gained 35k to close at N17.85"), and restates a
move of money as a percentage after "or" with no comma ("lost N168 billion or 1.42 per cent"): the money is a change,
as it is before "to close at" ("CAP lost N2.85 to close at N25.75"). The same copy calls an index's points "basis
points" ("the All-Share Index was down by 1,048.17 basis points") and compares its close with the day before ("to
close at 32,006.65 compared with 32,466.27", "rose to 41,129.98 from 41,051.19"): all index points. Colombo and
Lagos copy names its index by its initials ("the ASPI rose by 150.72 points, closing at 14,035.81", "the ASI").
A scaled sum written with no unit in a story that writes its money in one currency is in that currency when a money
noun stands at it ("non-oil revenue stood at 502.5 billion") or a sum with the same scale word stands in its
paragraph ("7,574 billion rupees, which is 6,400 billion in the revised estimate"); not a count it is compared
with ("21.6 million members, up from 18.9 million"). A market's level in brackets after its name, then its move
("Toronto Stock Exchange (19,957.96, down 36.82)"), is in index points. Made-up text; a test of each change fails on
the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 20))


@pytest.mark.parametrize("text, window, figure", [
    ("For the 26 weeks ended 27 September, pre-tax profit at Corvel Foods rose to £212 million.", "26 weeks",
     "£212 million"),
    ("For the 12 months ended 31 December, Marrow Mining's revenue fell 8.4% to $1.9bn.", "12 months", "8.4%"),
    ("Tallis Retail reported results for the 52 weeks ended 1 March, with sales up 6% to £840m.", "52 weeks", "6%"),
    ("Revenue at Quenby Hotels grew 11% in the 9 months to 30 June to R4.2 billion.", "9 months", "11%"),
])
def test_a_window_ending_on_a_day_first_date_is_no_claim(nlp, text, window, figure):
    found = claims_of(nlp, text)
    assert window not in found
    assert figure in found


def test_a_duration_before_a_day_first_date_without_a_window_stays(nlp):
    found = claims_of(nlp, "The strike at the Pellow smelter lasted 12 weeks and ended on 3 March.")
    assert "12 weeks" in found


@pytest.mark.parametrize("text, figure, kind", [
    ("Health: Ksh84.6 billion (11.2% of the budget)", "11.2%", "percentage"),
    ("The Orvale province gets R41.2 billion (18.5% of the total), the treasury said.", "18.5%", "percentage"),
    ("Gold settled at $3,912/oz (-0.8%), with silver at $48.20/oz (-1.3%).", "-0.8%", "change"),
    ("The average transfer fell to USD 388.4 (-2.1% y/y) in July.", "-2.1%", "change"),
])
def test_a_percentage_in_brackets_after_a_level_is_no_amount(nlp, text, figure, kind):
    assert claims_of(nlp, text)[figure].kind == kind


def test_a_percentage_in_brackets_after_a_change_of_money_stays_a_change(nlp):
    assert claims_of(nlp, "Revenue at Tarlow Foods rose $84m (6%) to $1.5bn.")["6%"].kind == "change"


@pytest.mark.parametrize("text, window, figure", [
    ("The Brenmoor all-share index has recorded a four-week gain of 1.42 per cent.", "four-week", "1.42 per cent"),
    ("Halden Bank's stock has gained 88 per cent this year, with a five-year surge of 212.6 percent.", "five-year",
     "212.6 percent"),
    ("Consumer prices in Carvela posted a 12-month increase of 3.4% in June.", "12-month", "3.4%"),
    ("It was the smallest 12-month increase in rents since May 2021, the office said.", "12-month", None),
    ("The Quorra index suffered its biggest two-day drop since March.", "two-day", None),
])
def test_a_duration_hyphened_to_a_change_is_its_window(nlp, text, window, figure):
    found = claims_of(nlp, text)
    assert window not in found
    assert figure is None or figure in found


@pytest.mark.parametrize("text, figure", [
    ("Marlow Energy unveiled a three-year growth plan on Tuesday.", "three-year"),
    ("Gold hit a 52-week high of $3,410 an ounce.", "52-week"),
])
def test_a_duration_before_a_plan_or_a_record_stays(nlp, text, figure):
    assert figure in claims_of(nlp, text)


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Investors in Brahmpur Exchange firms lost Rs 3.21 lakh cr on Tuesday.", "Rs 3.21 lakh cr", 3.21e12, "INR"),
    ("The exchange's market value rose to Rs412.7 lakh cr on Monday.", "Rs412.7 lakh cr", 412.7e12, "INR"),
    ("The exchange's market value rose to $4.91 trn on Monday.", "$4.91 trn", 4.91e12, "USD"),
    ("Deposits at Marwal Bank rose to Rs 1.4 trn in March.", "Rs 1.4 trn", 1.4e12, "INR"),
])
def test_indian_abbreviated_scales(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("Market capitalisation rose to N42.1 trillion. Oduwa Foods gained 35k to close at N17.85, while Benin Flour "
     "appreciated by 25k to close at N18.50 per share.", "35k", 0.35),
    ("Market capitalisation rose to N42.1 trillion. Okpara Insurance shed 7.27 per cent to close at 51k per share.",
     "51k", 0.51),
])
def test_kobo_glued_to_bare_digits(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == "NGN"


@pytest.mark.parametrize("text, figure", [
    ("The naira closed at N1,500 to the dollar. The union wants a N30k minimum wage.", "N30k"),
    ("The video from the Lagos bourse got 35k views. Shares of Ikenna Bank closed at N12.", "35k"),
])
def test_thousands_glued_to_a_k_stay_thousands(nlp, text, figure):
    assert claims_of(nlp, text)[figure].value >= 1000


@pytest.mark.parametrize("text, figure", [
    ("The market capitalisation gained N487.74 billion or 1.21 per cent to close at N40.65 trillion.",
     "N487.74 billion"),
    ("Investors lost N312 billion or 0.8 per cent as the market capitalisation closed at N40.3 trillion.",
     "N312 billion"),
    ("Okwe Cement lost N2.85 to close at N25.75 per share.", "N2.85"),
    ("Eterna Gas gained 14k to close at N3.36 per share.", "14k"),
])
def test_a_move_of_money_restated_or_reaching_a_close_is_a_change(nlp, text, figure):
    assert claims_of(nlp, text)[figure].kind == "change"


def test_money_raised_with_a_share_of_a_target_stays_a_level(nlp):
    found = claims_of(nlp, "The Ardley charity raised $5 million or 20 per cent of its target.")
    assert found["$5 million"].kind == "amount"


@pytest.mark.parametrize("text, figure, value", [
    ("The Lagos All-Share Index was down by 1,048.17 basis points on Wednesday.", "1,048.17 basis points", 1048.17),
    ("The All-Share Index dipped by 29.35 basis points to close at 54,886.04.", "29.35 basis points", 29.35),
])
def test_basis_points_of_a_stock_index_are_index_points(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].unit == "index point"
    assert found[figure].value == pytest.approx(value)


@pytest.mark.parametrize("text, figure", [
    ("The Bank of Carvela raised its benchmark rate by 25 basis points.", "25 basis points"),
    ("The consumer price index rose 30 basis points to 2.4%.", "30 basis points"),
])
def test_basis_points_of_a_rate_stay_percentage_points(nlp, text, figure):
    assert claims_of(nlp, text)[figure].unit == "percentage_point"


@pytest.mark.parametrize("text, figures", [
    ("The All-Share Index shed 459.62 points or 1.42 per cent to close at 32,006.65 compared with 32,466.27 "
     "achieved on Wednesday.", ("32,006.65", "32,466.27")),
    ("The All-Share Index (ASI) rose to 41,129.98 from 41,051.19.", ("41,129.98", "41,051.19")),
    ("The overall index went up to 121.40 in May 2025 from 117.32 recorded in May 2024.", ("121.40", "117.32")),
])
def test_an_index_close_and_the_level_it_is_compared_with(nlp, text, figures):
    found = claims_of(nlp, text)
    assert all(found[f].unit == "index point" for f in figures)


def test_a_count_compared_with_another_stays_a_count(nlp):
    assert claims_of(nlp, "Employment in Orvale rose to 41,129 from 41,051 in May.")["41,129"].unit == "count"


def test_a_level_across_a_comma_starts_the_next_move(nlp):
    found = claims_of(nlp, "The index of 'Housing' fell from 151.2 to 150.8, 'Transport' rose from 138.5 to 139.0.")
    assert found["138.5"].unit == "count"


@pytest.mark.parametrize("text, figure", [
    ("The ASPI rose by 150.72 points, closing at 14,035.81.", "150.72 points"),
    ("The ASPI rose by 150.72 points, closing at 14,035.81.", "14,035.81"),
    ("Yesterday, the ASPI closed at 8,997.60.", "8,997.60"),
    ("The ASI gained 412.6 points to close at 98,509.68 on Wednesday.", "98,509.68"),
])
def test_indices_named_by_their_initials(nlp, text, figure):
    assert claims_of(nlp, text)[figure].unit == "index point"


@pytest.mark.parametrize("text, figure, unit", [
    ("Qaswa's spending rose to 1.31 trillion riyals ($349 billion) and oil revenue to 712.4 billion riyals. "
     "Non-oil revenue stood at 488.1 billion in 2024.", "488.1 billion", "SAR"),
    ("The Marand government proposed a budget of RM401.2 billion, with RM86 billion for development. Its predecessor "
     "had proposed a budget of 388.6 billion in October.", "388.6 billion", "MYR"),
    ("Pakistan's revenue is set at 9,100 billion rupees. The deficit is estimated at 6,210 billion rupees, which is "
     "5,900 billion in the revised estimate.", "5,900 billion", "PKR"),
    ("Education in Kiraru gets Sh 310 billion. The budget sets aside Sh 2.1 billion for hiring 4,000 teachers and "
     "4.8 billion for their allowances.", "4.8 billion", "KES"),
])
def test_a_bare_scaled_sum_takes_the_story_currency(nlp, text, figure, unit):
    found = claims_of(nlp, text)
    assert found[figure].unit == unit
    assert found[figure].kind == "amount"


@pytest.mark.parametrize("text, figure", [
    ("Fees at Tarlow rose 11% to $412 million. The club had 21.6 million members, up from 18.9 million a year earlier.",
     "18.9 million"),
    ("Revenue at Orvane rose to $4 billion. The population of the region reached 1.4 billion people in 2024.",
     "1.4 billion"),
])
def test_a_bare_scaled_count_stays_a_count(nlp, text, figure):
    assert claims_of(nlp, text)[figure].unit == "count"


@pytest.mark.parametrize("text, figures", [
    ("Some of the most active companies traded on the Brindle Stock Exchange:\n\nBrindle Stock Exchange (19,957.96, "
     "down 36.82):\n\nOrvane Corp. Financials. Down 16 cents, or 0.68 per cent, to $23.33.", ("19,957.96", "36.82")),
    ("Marlow Venture Exchange (812.40, up 3.18 points).", ("812.40",)),
])
def test_a_bracketed_market_level_and_its_move(nlp, text, figures):
    found = claims_of(nlp, text)
    assert all(found[f].unit == "index point" for f in figures)


def test_a_bracketed_count_after_a_company_stays_a_count(nlp):
    assert claims_of(nlp, "Sales at Marlow Foods (1,250, up 12) were flat.")["1,250"].unit == "count"
