"""Internal consistency for the kinds of error a writer plants in news copy, each shape with a supported, a
contradicted and an unverifiable case (claimx.check.internal). Sentences are made up."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.check.internal import check_internal


def verdict(claims, index: int) -> str | None:
    found = check_internal(claims[index], claims)
    return found.verdict if found else None


@pytest.mark.parametrize("written,value,expected", [("1.3 percentage points", 1.3, "supported"),
                                                     ("2.3 percentage points", 2.3, "contradicted")])
def test_points_change_of_a_margin_stated_a_sentence_before(written: str, value: float, expected: str) -> None:
    article = (f"Tolmere Foods said its operating margin widened to 14.2% in 2025 from 12.9% in 2024. "
               f"The margin improved by {written} in 2025.")
    claims = article_claims(
        article,
        ("14.2%", 14.2, "percent", {"subject": "Tolmere Foods", "metric": "operating margin", "period": "2025"}),
        ("12.9%", 12.9, "percent", {"subject": "Tolmere Foods", "metric": "operating margin", "period": "2024"}),
        (written, value, "percentage_point", {"direction": "up", "metric": "margin", "period": "2025"}))
    assert verdict(claims, 2) == expected


@pytest.mark.parametrize("written,value,expected", [("30,000 tonnes", 3e4, "supported"),
                                                     ("60,000 tonnes", 6e4, "contradicted")])
def test_amount_change_against_levels_of_the_sentence_before(written: str, value: float, expected: str) -> None:
    article = (f"Crellin Mining produced 410,000 tonnes of copper in 2025, compared with 380,000 tonnes in 2024. "
               f"Copper output rose {written} in 2025.")
    claims = article_claims(
        article,
        ("410,000 tonnes", 4.1e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2025"}),
        ("380,000 tonnes", 3.8e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2024"}),
        (written, value, "tonne", {"direction": "up", "subject": "Crellin Mining", "metric": "copper output",
                                   "period": "2025"}))
    assert verdict(claims, 2) == expected


def test_change_of_another_measure_than_the_earlier_levels_stays_unverifiable() -> None:
    article = ("Crellin Mining produced 410,000 tonnes of copper in 2025, compared with 380,000 tonnes in 2024. "
               "Its zinc output rose 60,000 tonnes in 2025.")
    claims = article_claims(
        article,
        ("410,000 tonnes", 4.1e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2025"}),
        ("380,000 tonnes", 3.8e5, "tonne", {"subject": "Crellin Mining", "metric": "copper", "period": "2024"}),
        ("60,000 tonnes", 6e4, "tonne", {"direction": "up", "subject": "Crellin Mining", "metric": "zinc output",
                                         "period": "2025"}))
    assert verdict(claims, 2) is None


def test_points_change_two_sentences_after_its_levels_only_supports() -> None:
    article = ("The jobless rate was 6.1% in September, up from 5.4% in August. Wages rose 3% in September. "
               "The rate rose 1.5 percentage points in September.")
    claims = article_claims(
        article,
        ("6.1%", 6.1, "percent", {"metric": "jobless rate", "period": "2025-09"}),
        ("5.4%", 5.4, "percent", {"metric": "jobless rate", "period": "2025-08"}),
        ("3%", 3.0, "percent", {"direction": "up", "metric": "wages", "period": "2025-09"}),
        ("1.5 percentage points", 1.5, "percentage_point", {"direction": "up", "metric": "rate",
                                                            "period": "2025-09"}))
    assert verdict(claims, 3) is None
