"""False contradictions of the article's-own-figures checks on real pages (issue 10), each in made-up words: a target
is no old side of a change, the figure after "total of" that opens a list is no total, a move in ranks or the other
way is no amount of a percentage change. Each test of a withheld contradiction has a twin showing that the same
shape stated wrongly in the text's own terms is still caught (claimx.check.internal)."""
from __future__ import annotations

from fixtures_check import DOWN, UP
from fixtures_check import internal_verdict as verdict_of


def test_a_target_is_no_old_side_of_a_growth_over_last_year() -> None:
    article = ("The tax office said it collected $812 billion against the budgeted target of $805 billion, "
               "showing a 24 percent growth.")
    specs = [("$812 billion", 812e9, "USD", {"subject": "tax office", "metric": "revenue"}),
             ("$805 billion", 805e9, "USD", {"subject": "tax office", "metric": "target"}),
             ("24 percent", 24.0, "percent", {"subject": "tax office", "metric": "growth", **UP})]
    assert verdict_of(article, 2, *specs) != "contradicted"


def test_a_change_said_to_be_against_the_target_is_still_checked() -> None:
    article = "The tax office collected $812 billion, 24 percent above its target of $805 billion."
    specs = [("$812 billion", 812e9, "USD", {"subject": "tax office", "metric": "revenue"}),
             ("24 percent", 24.0, "percent", {"subject": "tax office", "metric": "excess", **UP}),
             ("$805 billion", 805e9, "USD", {"subject": "tax office", "metric": "target"})]
    assert verdict_of(article, 1, *specs) == "contradicted"


def test_a_figure_after_total_of_that_opens_a_list_is_no_total() -> None:
    article = ("The sale included 3,800 head of steers, 880 head of heifers and 240 head of bulls compared to "
               "the prior week's total of 3,950 head of steers, 710 head of heifers and 205 head of bulls.")
    specs = [("3,800", 3800.0, "count", {"metric": "head"}), ("880", 880.0, "count", {"metric": "head"}),
             ("240", 240.0, "count", {"metric": "head"}), ("3,950", 3950.0, "count", {"metric": "head"}),
             ("710", 710.0, "count", {"metric": "head"}), ("205", 205.0, "count", {"metric": "head"})]
    assert verdict_of(article, 3, *specs) is None


def test_parts_set_against_another_weeks_total_are_not_its_parts() -> None:
    article = ("The sale moved 3,800 head of steers and 880 head of heifers, compared with a total of 3,950 head "
               "a week earlier.")
    specs = [("3,800", 3800.0, "count", {"metric": "head"}), ("880", 880.0, "count", {"metric": "head"}),
             ("3,950", 3950.0, "count", {"metric": "head"})]
    assert verdict_of(article, 2, *specs) is None


def test_a_total_after_its_parts_is_still_checked() -> None:
    article = "The sale moved 3,800 head of steers, 880 head of heifers and 240 bulls, a total of 4,300 head."
    specs = [("3,800", 3800.0, "count", {"metric": "head"}), ("880", 880.0, "count", {"metric": "head"}),
             ("240", 240.0, "count", {"metric": "head"}), ("4,300", 4300.0, "count", {"metric": "total head"})]
    assert verdict_of(article, 3, *specs) == "contradicted"


def test_a_move_in_ranks_is_no_change_of_the_passenger_count() -> None:
    article = "Gatwick slipped two places from fifth to seventh (46 million, up 3.4%)."
    specs = [("two", 2.0, "count", {"subject": "Gatwick", "metric": "places", **DOWN}),
             ("46 million", 46e6, "count", {"subject": "Gatwick", "metric": "places"}),
             ("3.4%", 3.4, "percent", {"subject": "Gatwick", "metric": "places growth", **UP})]
    assert verdict_of(article, 2, *specs) != "contradicted"


def test_a_climb_in_ranks_to_a_level_is_no_amount_of_its_change() -> None:
    article = "Doha climbed four places to 45 million passengers, up 9%."
    specs = [("four", 4.0, "count", {"subject": "Doha", "metric": "places", **UP}),
             ("45 million", 45e6, "count", {"subject": "Doha", "metric": "passengers"}),
             ("9%", 9.0, "percent", {"subject": "Doha", "metric": "passengers growth", **UP})]
    assert verdict_of(article, 2, *specs) != "contradicted"


def test_an_amount_and_percentage_of_one_move_are_still_checked() -> None:
    article = "Crude futures fell $1.20, or nearly 2 per cent, to settle at $38.80."
    specs = [("$1.20", 1.2, "USD", {"subject": "Crude futures", "metric": "price", **DOWN}),
             ("nearly 2 per cent", 2.0, "percent", {"subject": "Crude futures", "metric": "price", **DOWN,
                                                    "qualifier": "approximate"}),
             ("$38.80", 38.8, "USD", {"subject": "Crude futures", "metric": "price"})]
    assert verdict_of(article, 1, *specs) == "contradicted"


def test_an_amount_of_other_things_than_the_level_is_no_amount_of_its_change() -> None:
    article = "The carrier added 12 routes to reach 340 destinations, up 9%."
    specs = [("12", 12.0, "count", {"subject": "The carrier", "metric": "routes", **UP}),
             ("340", 340.0, "count", {"subject": "The carrier", "metric": "destinations"}),
             ("9%", 9.0, "percent", {"subject": "The carrier", "metric": "destinations growth", **UP})]
    assert verdict_of(article, 2, *specs) != "contradicted"


def test_an_amount_of_the_same_things_as_the_level_is_still_checked() -> None:
    article = "The carrier added 12 routes to reach 340 routes, up 9%."
    specs = [("12", 12.0, "count", {"subject": "The carrier", "metric": "routes", **UP}),
             ("340", 340.0, "count", {"subject": "The carrier", "metric": "routes"}),
             ("9%", 9.0, "percent", {"subject": "The carrier", "metric": "routes growth", **UP})]
    assert verdict_of(article, 2, *specs) == "contradicted"
