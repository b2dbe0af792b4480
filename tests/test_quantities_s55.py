"""Session 55 (lead): figures misread on the realtest31 pages, opened as a development set this session, each written as
a general shape on made-up text. Each test fails on the code before it unless its docstring says it is a guard."""
from __future__ import annotations

import pytest

from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon


def money(text):
    grammar = Grammar(load_lexicon(), physical_units=False)
    return [(text[f.start:f.end], f.unit) for f in grammar.scan(text) if f.kind == "amount"]


BANK = ("Maple Trust lifts profit, bids $1.8-billion for Peruvian lender\n\n"
        "Toronto-based Maple Trust opened the quarterly reporting season for Canada's big lenders with a 4-per-cent rise in profit. "
        "It offered $1.8-billion for control of a lender in the South American country.\n\n"
        "Canada's fifth-largest bank earned $1.23-billion, or $0.98 a share, in its fourth quarter.")


def test_a_south_american_country_is_no_us_place_for_the_dollar():
    """"a lender in the South American country": "American" after "South" names a continent, not the United States, so
    it no longer cancels the Canadian places of the lead and a plain "$" stays the Canadian dollar (it was read as the
    US dollar on a Canadian bank's results)."""
    assert {unit for _, unit in money(BANK)} == {"CAD"}


@pytest.mark.parametrize("us_place", ["American", "New York"])
def test_a_us_place_still_counts_against_the_local_dollar(us_place):
    """Guard (passes before and after): a US place written on its own still counts, so a story that names it as often
    as its local places keeps "$" the US dollar unless it marks US money."""
    text = BANK.replace("the South American country", f"the {us_place} market") + f" {us_place} banks {us_place} rivals"
    assert {unit for _, unit in money(text)} == {"USD"}
