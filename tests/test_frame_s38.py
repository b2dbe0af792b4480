"""Session 38: a market report's gapped list of share moves, each item a change "to" the level it reached ("Brenmoor
fell 3.1% to R82.40 and Tarrow Mining 2.6% to R41.05"), and a share price that is no share of a whole."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import checked_reader, claims_reader

claims_of = claims_reader(dt.date(2025, 6, 3))
checked = checked_reader(dt.date(2025, 6, 3), claims_of)

WRAP = ("Market wrap: Harlow index firmer\n\n"
        "The Harlow all share closed 0.3% higher on Tuesday. Brenmoor Holdings fell 3.1% to R82.40 and Tarrow Mining "
        "2.6% to R41.05.\n")


def test_a_gapped_item_after_a_level_reached_carries_the_change_on(nlp):
    found = claims_of(nlp, WRAP)
    assert (found["2.6%"].direction, found["2.6%"].kind) == ("down", "change")
    assert found["2.6%"].metric == found["3.1%"].metric == "share price"
    assert found["2.6%"].period == found["3.1%"].period  # the same day's trading
    # the level each item's change reached is the item's own
    assert found["R82.40"].subject == "Brenmoor Holdings"
    assert found["R41.05"].subject == "Tarrow Mining"


def test_a_level_reached_does_not_carry_a_change_to_a_later_level(nlp):
    # the level itself names no change, and a figure of another unit after it is no gapped item of the list
    found = claims_of(nlp, "Brenmoor Holdings fell 3.1% to R82.40 and paid a dividend of R1.20.\n")
    assert found["R82.40"].direction is None
    assert found["R1.20"].direction is None


def test_a_share_price_is_no_share_of_a_whole():
    from claimx.check.cues import base_phrase
    from claimx.check.phrases import is_share

    assert not is_share("share price")
    assert not is_share("share buyback")
    assert is_share("market share")
    assert is_share("share of revenue")
    assert base_phrase("share price") == "share price"


def test_a_percent_move_of_a_share_price_is_never_checked_as_a_share(nlp):
    text = ("Market wrap: Harlow index firmer\n\n"
            "Within the sector, Kestrel Iron Ore lost 2.21% to R350.10 and Ardent Platinum was 1.4% at R369.48.\n")
    for claim in checked(nlp, text).values():
        assert claim.verdict != "contradicted", claim
        assert claim.evidence is None or claim.evidence.rule != "internal_share"


def test_a_participle_of_a_move_after_a_preposition_has_the_clauses_subject(nlp):
    found = claims_of(nlp, "Harlow index closes lower\n\nThe Harlow index closed down 1.1% on Monday. The Brindle "
                           "Composite dropped 23.53, or 2.5%, to 920.77, after rising 1.2% to post its fifth winning "
                           "week.\n")
    assert found["1.2%"].subject == found["23.53"].subject == "Brindle Composite"


def test_a_central_banks_rate_kept_unchanged_is_the_metric(nlp):
    found = claims_of(nlp, "The Reserve Bank of Valdoria decided on Thursday to keep the repo rate unchanged at 3.5%. "
                           "Officials left the benchmark rate steady at 4%.\n")
    assert found["3.5%"].metric == "repo rate"
    assert found["4%"].metric == "benchmark rate"


def test_a_bare_reduction_from_a_counted_level_is_a_fall_of_what_it_counts(nlp):
    found = claims_of(nlp, "In Tarrow there was a reduction of 14 per cent (from 177 burglaries in 2022/23 to 151 in "
                           "2023/24).\n")
    assert found["14 per cent"].metric == "burglaries fall"
    assert found["151"].metric == "burglaries"  # never "cent", the unit of the figure before


def test_a_list_of_which_clauses_measures_each_items_own_noun(nlp):
    found = claims_of(nlp, "Other crimes fell apart from fraud offences, which jumped 69.7 per cent, drug offences, "
                           "which jumped 35.1 per cent.\n")
    assert found["69.7 per cent"].metric == "fraud offences"
    assert found["35.1 per cent"].metric == "drug offences"


def test_a_harvest_in_tonnes_is_the_harvest(nlp):
    found = claims_of(nlp, "Kestrel Province is expected to harvest 93 703 tonnes while Ardmore will get 60 962 tonnes.\n")
    assert found["93 703 tonnes"].metric == "harvest"


def test_a_close_in_points_is_an_index_level_not_percentage_points(nlp):
    from fixtures_claims import quantities_by_text

    found = quantities_by_text(nlp, "The Harlow all share closed 0.24% higher at 61,623.10 points.")
    assert (found["61,623.10 points"]["unit"], found["61,623.10 points"]["kind"]) == ("index point", "physical")
    found = quantities_by_text(nlp, "The yield rose 12 basis points to 4.1%, and the gap widened by 3 points.")
    assert found["12 basis points"]["unit"] == found["3 points"]["unit"] == "percentage_point"


def test_a_stock_of_something_held_is_no_share_price(nlp):
    found = claims_of(nlp, "The stock of gross non-performing loans rose to 39.1 billion shillings.\n")
    assert found["39.1 billion shillings"].metric == "gross non-performing loans"
    assert claims_of(nlp, "Shares of Brenmoor rose 4%.\n")["4%"].metric == "share price"


def test_a_figure_ahead_of_a_base_is_a_rise_on_it(nlp):
    found = claims_of(nlp, "Total tax receipts have reached €24.1bn for the year so far, 14.2pc ahead of the same "
                           "time last year.\n")
    assert (found["14.2pc"].direction, found["14.2pc"].kind) == ("up", "change")
    assert found["14.2pc"].metric == "Total tax receipts growth"


def test_an_industrial_average_and_a_composite_index_move_as_index_levels_on_the_day(nlp):
    found = claims_of(nlp, "Wall Street slips\n\nUS stocks fell yesterday.\n\nThe Harlow Jones industrial average "
                           "slipped 29.92 points, or 0.31 per cent, to 9,712.28. The Nasdaq Composite index shed 1.62 "
                           "points, or 0.08 per cent, to 2,122.42.\n", dt.date(2025, 6, 3))
    for text in ("29.92 points", "0.31 per cent", "9,712.28", "1.62 points", "2,122.42"):
        assert found[text].metric == "index level", text
    assert found["29.92 points"].period == found["0.31 per cent"].period == found["9,712.28"].period
    # an average that is no index stays what it averages
    found = claims_of(nlp, "Overall, league goalscoring this season (average 1.39 goals per team per game) is up 10 per "
                           "cent on last year.\n")
    assert found["1.39"].metric != "index level"


def test_a_section_title_in_capitals_names_no_one(nlp):
    found = claims_of(nlp, "Brenmoor Athletic plc results\n\nHIGHLIGHTS OF THE RESULTS\n"
                           "\u2022 Turnover increased by 14.0% to \u00a369.02m.\n")
    assert found["14.0%"].subject != "HIGHLIGHTS OF THE RESULTS"
    found = claims_of(nlp, "Crime figures\n\nBrackenshire Constabulary\n- 7% fall in burglary\n")
    assert found["7%"].subject == "Brackenshire Constabulary"  # a heading that is a name still names its items


def test_a_relative_clause_on_another_figure_takes_no_unit_for_a_subject(nlp):
    found = claims_of(nlp, "The average temperature for the month exceeded 13\u00b0C, which had an average monthly "
                           "temperature of 13.03\u00b0C.\n")
    assert found["13.03\u00b0C"].subject != "C"


def test_a_change_to_a_named_fund_is_a_change_of_that_fund(nlp):
    found = claims_of(nlp, "The budget includes a 9.9 percent increase to the public safety fund and a 2% cut to "
                           "library budgets. Revenue rose 4% to $3 billion.\n")
    assert found["9.9 percent"].metric == "public safety fund growth"
    assert found["2%"].metric == "library budgets fall"
    assert found["4%"].metric == "Revenue"  # "to" a figure is the level reached, no noun of what changed


def test_a_score_in_a_match_report_is_no_pair_of_counts(nlp):
    found = claims_of(nlp, "The keeper made a stunning save to deny Ardmore a foothold in the game at 2-0. Kestrel "
                           "headed in to make it 2-1.\n")
    assert not {"2", "0", "1"} & set(found)


def test_a_hyphened_range_after_by_is_one_range(nlp):
    found = claims_of(nlp, "Rates were cut by 2-3 percent. Prices rose by 2\u20133%.\n")
    assert (found["2-3 percent"].qualifier, found["2-3 percent"].lower, found["2-3 percent"].upper) == ("range", 2, 3)
    assert found["2\u20133%"].qualifier == "range"
    # "by" a change "to" the level it reached stays two figures
    found = claims_of(nlp, "Numbers fell by roughly 1,400 to 31,200.\n")
    assert "31,200" in found
