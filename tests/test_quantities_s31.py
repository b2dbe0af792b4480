"""Figures on real pages (session 31): cricket's score lines, bowling analyses and overs. Sentences are invented
for these tests."""
from __future__ import annotations

import pytest

from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon


def _scan(text):
    grammar = Grammar(load_lexicon(), physical_units=False)
    return {text[f.start:f.end]: f for f in grammar.scan(text) if f.claim_like}


@pytest.mark.parametrize("text,tally", [
    ("The visitors slid from 96-2 to 140 all out in 41.3 overs.", "96-2"),
    ("Patel finished with 5/41 from his 16 overs.", "5/41"),
    ("The hosts closed on 212/7 after losing three late wickets.", "212/7"),
    ("His match figures of 11/130 were the best for a spinner taking wickets at the ground.", "11/130"),
    ("Mensah took 4-38 as the innings folded for 151.", "4-38"),
])
def test_cricket_score_lines_and_bowling_analyses_are_no_quantities(text, tally):
    found = _scan(text)
    assert not any(tally in written or written in tally for written in found), found


def test_overs_are_a_unit():
    found = _scan("The side were bowled out for 188 in 52.4 overs, losing five wickets for 30 runs.")
    assert (found["52.4 overs"].value, found["52.4 overs"].unit) == (52.4, "over")
    assert found["188"].unit == "count"


@pytest.mark.parametrize("text,written", [
    ("Turnout rose to 61-64 per cent, a record for the region's wickets.", "61-64 per cent"),
    ("Between 30-40 overs were lost to rain.", "Between 30-40 overs"),
])
def test_ranges_that_are_quantities_stay_in_a_cricket_text(text, written):
    assert written in _scan(text)


def test_number_pairs_outside_cricket_are_untouched():
    assert "5-33" in "".join(_scan("Prices ranged from 5-33 dollars in the market survey."))


@pytest.mark.parametrize("text", [
    "Of 40m adults, 24.1m are employed, 7.3m unemployed and 8.6m not economically active.",
    "Of 40m adults, 24.1m are employed, 7.3m #unemployed and 8.6m not economically active.",
])
def test_a_glued_m_listed_after_millions_is_millions(text):
    found = _scan(text)
    assert [(w, round(f.value), f.unit) for w, f in found.items()][1:] == [
        ("24.1m", 24_100_000, "count"), ("7.3m", 7_300_000, "count"), ("8.6m", 8_600_000, "count")]


@pytest.mark.parametrize("text,written", [
    ("The club has 2.1m members and a 3m wall.", "3m"),
    ("It sold 1.2m tickets; the 100m final sold out.", "100m"),
])
def test_a_length_after_a_determiner_stays_metres(text, written):
    assert _scan(text)[written].unit == "m"


@pytest.mark.parametrize("text,written,value", [
    ("The school board kept the property tax rate at 18.25 mills for next year.", "18.25 mills", 18.25),
    ("Trustees approved a capital outlay millage of 1.5 mills.", "1.5 mills", 1.5),
    ("The county millage stays at 12 mills.", "12 mills", 12.0),
])
def test_mills_of_a_property_tax_are_a_unit(text, written, value):
    found = _scan(text)[written]
    assert (found.value, found.unit) == (value, "mill")


def test_mills_counted_stay_a_count():
    assert _scan("The paper group runs 12 mills across three states.")["12"].unit == "count"


@pytest.mark.parametrize("text,label", [
    ("The District Seven board approved a $41 million budget.", "Seven"),
    ("Phase Two of the scheme will add 300 homes.", "Two"),
    ("Voters in Ward Three backed the measure.", "Three"),
])
def test_a_capitalised_number_word_after_a_label_is_a_name(text, label):
    assert label not in _scan(text)


def test_a_capitalised_number_word_opening_a_sentence_is_a_count():
    assert _scan("Seven districts approved budgets.")["Seven"].value == 7


def test_a_maiden_voyage_makes_no_cricket_text():
    assert "10-15" in _scan("On its maiden voyage the ship carried 10-15 containers of grain.")
