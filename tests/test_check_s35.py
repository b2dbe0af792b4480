"""Session 35's verdict rules (claimx.check): made-up sentences in the shape of real statistics and crop copy."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims


def _claims(article: str, first: float, second: float):
    # a total's change with its two levels, and a second change in the same sentence
    return article_claims(
        article,
        (f"{first:g} percent", first, "percent", {"subject": "Valdoria", "direction": "up", "kind": "change"}),
        ("2.6 million", 2.6e6, "count", {"subject": "Valdoria"}),
        ("2.2 million", 2.2e6, "count", {"subject": "Valdoria"}),
        (f"{second:g} percent", second, "percent", {"subject": "Valdoria", "direction": "up", "kind": "change"}))


def test_levels_another_change_of_the_sentence_agrees_with_do_not_contradict_this_one() -> None:
    from claimx.check.internal import check_internal

    article = ("Visitor arrivals rose 18 percent to 2.6 million from 2.2 million, with arrivals from Orlavia, the "
               "largest market, up 31 percent.")
    claims = _claims(article, 18, 31)
    assert check_internal(claims[0], claims).verdict == "supported"  # 2.6 / 2.2 - 1 = 18.2%
    found = check_internal(claims[3], claims)
    assert found is None or found.verdict != "contradicted"  # the levels are the total's, not Orlavia's


def test_levels_no_other_change_agrees_with_still_contradict() -> None:
    from claimx.check.internal import check_internal

    article = ("Visitor arrivals rose 25 percent to 2.6 million from 2.2 million, with arrivals from Orlavia, the "
               "largest market, up 31 percent.")
    claims = _claims(article, 25, 31)
    assert check_internal(claims[0], claims).verdict == "contradicted"  # 18.2%, not 25%


def test_the_ends_of_a_range_are_no_change_levels() -> None:
    from claimx.check.internal import check_internal

    article = ("Economists had forecast the economy would add around 170,000 jobs, with forecasts in the survey "
               "ranging from 40,000 to 190,000.")
    claims = article_claims(
        article,
        ("around 170,000", 170000, "count", {"subject": "Valdoria", "direction": "up", "kind": "change"}),
        ("40,000", 40000, "count", {"subject": "Valdoria"}),
        ("190,000", 190000, "count", {"subject": "Valdoria"}))
    found = check_internal(claims[0], claims)
    assert found is None or found.verdict != "contradicted"  # 190,000 - 40,000 is no change the 170,000 states


def test_a_from_to_change_without_a_range_word_is_still_checked() -> None:
    from claimx.check.internal import check_internal

    article = "Payrolls rose by 150,000 from 40,000 to 190,000."
    claims = article_claims(
        article,
        ("150,000", 150000, "count", {"subject": "Valdoria", "direction": "up", "kind": "change"}),
        ("40,000", 40000, "count", {"subject": "Valdoria"}),
        ("190,000", 190000, "count", {"subject": "Valdoria"}))
    assert check_internal(claims[0], claims).verdict == "supported"
