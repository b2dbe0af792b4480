"""Figures on real pages (session 30): windows, lists sharing a unit, clocks, restated digits, ranges of multiples.
Sentences are invented for these tests."""
from __future__ import annotations

import pytest

from fixtures_claims import quantities_by_text


_claims = quantities_by_text


@pytest.mark.parametrize("text,written", [
    ("The dearest district over the 12 months to October 2025 was Harbourside.", "12 months"),
    ("Prices for the 12 months period ending March 2024 rose 9.1 percent.", "12 months"),
    ("The cheapest town in the 12-month period was Kilmarra.", "12-month"),
    ("Sales rose 4% in the 13 weeks ended January 28.", "13 weeks"),
    ("Areas recorded less rain in the 12 months since July 2017.", "12 months"),
])
def test_a_duration_naming_the_window_of_another_figure_is_no_claim(nlp, text, written):
    q = _claims(nlp, text)[written]
    assert not q["claim_like"] and q["note"] == "period"


@pytest.mark.parametrize("text,written", [
    ("The franc hit a 15-month high against the euro.", "15-month"),
    ("Copper slid to a fresh five-year low overnight.", "five-year"),
    ("The launch was delayed by six months to March.", "six months"),
    ("He signed a five-year deal worth $20 million.", "five-year"),
    ("The census took three months to complete.", "three months"),
])
def test_a_duration_that_is_the_claim_stays_one(nlp, text, written):
    assert _claims(nlp, text)[written]["claim_like"]


@pytest.mark.parametrize("text,written,value", [
    ("In the quarter, almost nine out of every ten passengers flew to Europe.", "almost nine out of every ten", 0.9),
    ("Roughly one out of every five households missed a payment.", "Roughly one out of every five", 0.2),
])
def test_n_out_of_every_m_is_a_ratio(nlp, text, written, value):
    q = _claims(nlp, text)[written]
    assert q["unit"] == "ratio" and q["value"] == pytest.approx(value)


@pytest.mark.parametrize("text,values", [
    ("The prices of maize, beans and onions increased by 0.52, 1.33 and 1.19 per cent respectively.",
     {"0.52": 0.52, "1.33": 1.33, "1.19 per cent": 1.19}),
    ("Prices of kales and tomatoes recorded decreases of 6.87, and 0.36 per cent, respectively, in June.", None),
    ("The agency has predicted 8 and 10 percent less rainfall for July and August.", {"8": 8.0, "10 percent": 10.0}),
    ("Shares of the two lenders fell 1.2 and 0.8 per cent.", {"1.2": 1.2, "0.8 per cent": 0.8}),
])
def test_the_bare_numbers_of_a_list_ending_in_a_percentage_are_percentages(nlp, text, values):
    found = _claims(nlp, text)
    if values is None:  # two items joined by a comma and "and": no list
        assert found["6.87"]["unit"] == "count"
        return
    for written, value in values.items():
        assert found[written]["unit"] == "percent" and found[written]["value"] == pytest.approx(value)


@pytest.mark.parametrize("text,written", [
    ("The club won 24, and 40 per cent of its fans renewed.", "24"),
    ("The team won 3 and lost 2 of its 5 games, and 60 per cent of them at home.", "3"),
])
def test_a_count_not_in_a_list_of_percentages_stays_a_count(nlp, text, written):
    assert _claims(nlp, text)[written]["unit"] == "count"


def test_a_base_after_a_restating_percentage_takes_the_unit_of_the_figure_before_it(nlp):
    found = _claims(nlp, "Tarsania exported 247.3 million kg, or 74 per cent of the total, down from 259 million in 2010.")
    assert found["259 million"]["unit"] == "kg"
    found = _claims(nlp, "Sales were 5 million tonnes. Prices rose 4% from 4.8 million last year.")
    assert found["4.8 million"]["unit"] == "count"


@pytest.mark.parametrize("text", [
    "On March 3, at about 1410 hrs, officers received a call.",
    "The stock was quoted unchanged on Thursday 0800 GMT.",
    "Police said the attack happened at 2130 hours on Sunday.",
    "The convoy left the depot at 0645hrs.",
])
def test_a_24_hour_clock_in_four_digits_is_a_time_of_day(nlp, text):
    assert _claims(nlp, text) == {}


@pytest.mark.parametrize("text,written", [
    ("He was sentenced to 1200 hours of community service.", "1200 hours"),
    ("Engineers logged 1410 hours of flight testing.", "1410 hours"),
])
def test_hours_without_a_clock_cue_stay_a_duration(nlp, text, written):
    assert _claims(nlp, text)[written]["unit"] == "hour"


def test_digits_in_brackets_restating_a_spelled_number_are_one_figure(nlp):
    found = _claims(nlp, "Police recovered three (3) rifles, and seventy-five (75) deaths were reported.")
    assert found["three"]["claim_like"] and found["seventy-five"]["claim_like"]
    assert found["3"]["note"] == "restated" and found["75"]["note"] == "restated"
    found = _claims(nlp, "Sales were 7,199 yuan ($1,062) a month.")
    assert found["$1,062"]["claim_like"]


@pytest.mark.parametrize("text,written,lower,upper", [
    ("Deaths soared by three to five times more than the year before.", "three to five times", 3, 5),
    ("Smokers are two or three times as likely to fall ill.", "two or three times", 2, 3),
    ("Rents are 2-3 times higher than in 2010.", "2-3 times", 2, 3),
])
def test_a_range_of_multiples_is_one_figure(nlp, text, written, lower, upper):
    q = _claims(nlp, text)[written]
    assert q["kind"] == "multiple" and q["qualifier"] == "range" and (q["lower"], q["upper"]) == (lower, upper)


def test_a_count_and_a_multiple_joined_by_and_stay_apart(nlp):
    found = _claims(nlp, "He scored 3 and lost 5 times.")
    assert found["3"]["unit"] == "count" and found["5 times"]["kind"] == "multiple"


@pytest.mark.parametrize("text,written,value,unit", [
    ("So far this year, 87.43 lakh MT wheat has been procured.", "87.43 lakh MT", 8.743e6, "tonne"),
    ("The plant will store 300 MWH of power.", "300 MWH", 300.0, "MWh"),
    ("Emissions fell by 40 Mt last year.", "40 Mt", 40.0, "megatonne"),
])
def test_a_unit_written_in_another_case_than_its_key_is_read(nlp, text, written, value, unit):
    q = _claims(nlp, text)[written]
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text,written,value", [
    ("Rs.41.33 crore went to 1963 beneficiaries.", "Rs.41.33 crore", 4.133e8),
    ("The fee is Rs.500 per person.", "Rs.500", 500.0),
    ("Rs 10 thousand crore has been deposited.", "Rs 10 thousand crore", 1e11),
])
def test_rupees_glued_to_rs_point_and_thousand_crore(nlp, text, written, value):
    q = _claims(nlp, text)[written]
    assert q["unit"] == "INR" and q["value"] == pytest.approx(value)


@pytest.mark.parametrize("text,written,value", [
    ("The miner declared a final dividend of 63¢ a share, 20¢ higher than a year ago.", "63¢", 0.63),
    ("The miner declared a final dividend of 63¢ a share, 20¢ higher than a year ago.", "20¢", 0.2),
    ("Petrol rose 5 ¢ a gallon.", "5 ¢", 0.05),
])
def test_the_cent_sign_is_a_subunit(nlp, text, written, value):
    q = _claims(nlp, text)[written]
    assert q["kind"] == "amount" and q["value"] == pytest.approx(value)


@pytest.mark.parametrize("text,written,value,unit", [
    ("Rs 42 crore was paid to 2 lakh 10 thousand cooks.", "2 lakh 10 thousand", 210000.0, "count"),
    ("The grant went to 2 lakh 26 thousand 362 beneficiaries.", "2 lakh 26 thousand 362", 226362.0, "count"),
    ("An amount of Rs 13 crore 10 lakh was transferred.", "Rs 13 crore 10 lakh", 1.31e8, "INR"),
    ("About 3 thousand 500 people attended.", "About 3 thousand 500", 3500.0, "count"),
])
def test_a_number_written_in_parts_of_falling_scales_is_one_number(nlp, text, written, value, unit):
    q = _claims(nlp, text)[written]
    assert (q["value"], q["unit"]) == (pytest.approx(value), unit)


@pytest.mark.parametrize("text,written", [
    ("The scheme reached 5 lakh 20 per cent of them.", "5 lakh"),
    ("Some 2.5 lakh 300 more farmers joined.", "Some 2.5 lakh"),
    ("Sales hit 2 million 300 units.", "2 million"),
])
def test_parts_that_are_no_compound_stay_apart(nlp, text, written):
    assert written in _claims(nlp, text)


def test_digits_glued_to_a_word_no_unit_reads_are_part_of_a_name(nlp):
    found = _claims(nlp, "Ben Simmons agreed to a $170 million deal with the 76ers.")
    assert not found["76ers"]["claim_like"] and found["$170 million"]["claim_like"]
    found = _claims(nlp, "He ran 10km in 30min.")
    assert found["10km"]["unit"] == "km" and found["30min"]["unit"] == "minute"
