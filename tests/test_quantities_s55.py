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


def units(text):
    grammar = Grammar(load_lexicon(), physical_units=False)
    return {text[f.start:f.end]: f.unit for f in grammar.scan(text)}


ELECTION = ("Swing against government in state count\n\nThe governing party has suffered a 2.8 percentage point swing "
            "against it with most votes counted. Independent Mara Quell held the rural seat of Ashby despite a 14 point "
            "swing, and in Corlin the opposition won a 9 point swing from a long-serving member.\n")


def test_an_election_swing_in_bare_points_is_in_percentage_points():
    """"despite a 14 point swing": an election's swing is a move of vote share, so its bare points are percentage points
    (lexicon points_context.pp_words "swing"), as "a 2.8 percentage point swing" is (they were read as counts)."""
    found = units(ELECTION)
    assert found["14 point"] == found["9 point"] == "percentage_point"


def test_a_swing_in_a_game_report_stays_the_score_s_points():
    """Guard (passes before and after): in a game report (halftime, rebounds) a "20-point swing" is a score's points."""
    text = ("Hawks rally past Owls\n\nThe Hawks trailed by 11 at halftime, then a 20-point swing in the third quarter "
            "settled it. Dale Oren had 12 rebounds.\n")
    assert units(text).get("20-point") != "percentage_point"


def test_a_radio_call_sign_is_no_attowatt():
    """"told Melbourne radio 3AW": letters glued to a number that match a unit of a far-off SI prefix only in another
    case are no unit (lexicon ambiguous_unit_surfaces.exact_case_prefixes); it was read as 3 attowatts. Megawatts written
    in their own case stay."""
    text = "The minister told radio station 3AW on Tuesday that the 5MW plant would open.\n"
    found = Grammar(load_lexicon(), physical_units=True).scan(text)
    assert [text[f.start:f.end] for f in found if f.claim_like] == ["5MW"]
    assert "attowatt" not in {f.unit for f in found}
