"""Figures real pages write that the grammar used to miss or misread: lists of results written "Name, N;" (which
looked like a person's age), the dollar of the country an article is written in, and the like. Made-up sentences
in the shape of real ones."""
from __future__ import annotations

import pytest


def quantities(nlp, text):
    return [span._.quantity for span in nlp(text).spans["quantities"]]


def values(nlp, text):
    return [q["value"] for q in quantities(nlp, text)]


def test_a_semicolon_list_of_results_is_no_list_of_ages(quantities_nlp):
    text = ("Other results declared by the returning officer include Unity Party, 312; Labour Front, 58; "
            "NDA, 2214; APX, 97; and ZPC, 640.")
    assert values(quantities_nlp, text) == [312, 58, 2214, 97, 640]


def test_a_number_over_any_age_after_a_name_is_a_count(quantities_nlp):
    assert values(quantities_nlp, "The Harbour Party, 464, came fourth.") == [464]


@pytest.mark.parametrize("text", [
    "Jane Smith, 52, said the plan was sound.",
    "Killed were Tom Reyes, 45; Ana Lund, 38; and Sam Poe, 12.",
])
def test_a_persons_age_stays_no_figure(quantities_nlp, text):
    assert values(quantities_nlp, text) == []


def units(nlp, text):
    return [(q["value"], q["unit"]) for q in quantities(nlp, text)]


def test_a_dollar_code_before_a_spaced_dollar_sign_names_that_dollar(quantities_nlp):
    assert units(quantities_nlp, "The forecast sits at NZD $6.40 a kilo.") == [(6.40, "NZD")]
    assert units(quantities_nlp, "Imports cost CAD $2,500 a tonne.") == [(2500, "CAD")]
    assert units(quantities_nlp, "The fee was US $40 a night.") == [(40, "USD")]


def test_a_coded_local_dollar_makes_the_plain_dollar_local(quantities_nlp):
    text = ("Prices at the latest auction rose to US$3,100 a tonne. Fonterra kept its milk price forecast at "
            "NZD $6.40 a kilo, after paying $6.10 last season.")
    assert units(quantities_nlp, text) == [(3100, "USD"), (6.40, "NZD"), (6.10, "NZD")]


def test_one_local_place_places_a_per_cent_story_with_only_plain_dollars(quantities_nlp):
    text = ("Rates up 2 per cent in town\n"
            "Homeowners face a tax rise of 2.4 per cent this year. The average home, assessed at $310,000, will pay "
            "$61 more. Council also counted on a $90,000 grant from the Ontario rural fund.")
    assert {u for _, u in units(quantities_nlp, text) if u != "percent"} == {"CAD"}


@pytest.mark.parametrize("text", [
    # a US paper writes "percent": one mention of a Canadian place does not make its dollars Canadian
    "Rates rose 2 percent. The average home, assessed at $310,000, will pay $61 more, as a firm from Ontario bid.",
    # a story that names a US place keeps its plain dollars US
    "Rates rose 2 per cent in Texas. The average home, assessed at $310,000, will pay $61 more; an Ontario firm bid.",
    # a story with money in another currency is no local paper writing its dollars
    "Rates rose 2 per cent. The flat cost £310,000 and the Ontario firm paid $61 million for the block.",
])
def test_the_per_cent_rule_keeps_the_us_dollar_elsewhere(quantities_nlp, text):
    assert "CAD" not in {u for _, u in units(quantities_nlp, text)}


def test_the_australian_budget_update_places_its_dollars(quantities_nlp):
    text = "Budget back in the black\n* 2021/22 surplus $4 billion vs $2.5 billion.\n* Growth 2.5 per cent.\nSource: MYEFO"
    assert [u for _, u in units(quantities_nlp, text) if u != "percent"] == ["AUD", "AUD"]
