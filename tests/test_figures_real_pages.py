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


@pytest.mark.parametrize("text", ["The benchmark share index closed at an all-time high of 48,210 on Friday.",
                                  "Share index closes at record high 48,210",
                                  "Share index closes at record high 48,210\n\nThe benchmark rose on Friday."])
def test_a_level_an_index_reaches_at_a_record_is_in_index_points(quantities_nlp, text):
    assert units(quantities_nlp, text)[0] == (48210, "index point")


def test_negative_before_a_percentage_is_its_sign(quantities_nlp):
    text = "Food inflation rose from negative 2.3 percent in May to 0.4 percent in June."
    assert units(quantities_nlp, text) == [(-2.3, "percent"), (0.4, "percent")]
    assert units(quantities_nlp, "The swab came back negative 3 times.") == [(3, "count")]


def test_a_money_base_takes_the_scale_of_the_figure_it_is_compared_with(quantities_nlp):
    assert units(quantities_nlp, "Earnings rose to Sh129 billion last year, from Sh120 previously.") == \
        [(129e9, "KES"), (120e9, "KES")]
    assert units(quantities_nlp, "Tickets cost $5 million in all, compared with $40 for a seat last year.") == \
        [(5e6, "USD"), (40, "USD")]


def test_a_plural_unit_the_gold_writes_is_its_singular():
    from claimx.evaluate import unit_class
    assert unit_class("index points") == unit_class("index point")


def test_a_fiscal_year_with_an_apostrophe_is_no_count(quantities_nlp):
    assert values(quantities_nlp, "The council set its budget for the 2024-'25 financial year, against 2023-’24.") == []


def test_the_dollar_an_exchange_rate_note_is_written_for_is_no_claim(quantities_nlp):
    found = quantities(quantities_nlp, "Sales rose to 12.5 billion rupees. ($1 = 83.2100 Indian rupees)")
    assert [(q["value"], q["claim_like"]) for q in found if q["unit"] == "USD"] == [(1, False)]
    assert [q["claim_like"] for q in quantities(quantities_nlp, "He paid $1 for the shop.")] == [True]


def test_a_pakistani_tax_body_makes_rupees_pakistani(quantities_nlp):
    assert units(quantities_nlp, "The FBR collected Rs. 576 billion in customs duty.") == [(576e9, "PKR")]


def test_an_archive_writes_pounds_before_the_figure(quantities_nlp):
    assert units(quantities_nlp, "Spending will rise to pounds 45.66bn next year.") == [(45.66e9, "GBP")]
    assert units(quantities_nlp, "The baby weighed 10 pounds 4 ounces.") == [(10, "pound-mass"), (4, "ounce")]
    assert units(quantities_nlp, "He lost 20 pounds 1,500 miles from home.") == [(20, "pound-mass"), (1500, "mile")]


def test_the_top_three_is_a_rank_group_no_count(quantities_nlp):
    found = quantities(quantities_nlp, "Its airlines make up the top three in the world by passenger kilometres.")
    assert [(q["value"], q["claim_like"]) for q in found] == [(3, False)]
    assert [q["claim_like"] for q in quantities(quantities_nlp, "Three top officials quit on Friday.")] == [True]
