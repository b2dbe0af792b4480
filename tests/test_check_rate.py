"""Rate rule: a figure per unit of another measure ("revenue per employee", "cost per kilometre")."""
from __future__ import annotations

import pytest
from fixtures_check import PACK, PUBLISHED, claim

from claimx.check.rate import check_rate, split_rate
from claimx.reference import load_pack

pack = load_pack(PACK)


@pytest.mark.parametrize("metric,parts", [
    ("cost per kilometre", ("cost", "kilometre")),
    ("revenue for each employee", ("revenue", "employee")),
    ("ice loss per year", None),
    ("revenue", None),
])
def test_check_rate_splits_at_per(metric: str, parts) -> None:
    assert split_rate(metric) == parts


@pytest.mark.parametrize("text,value,verdict", [("about $218,000", 218000, "supported"),
                                                ("$300,000", 300000, "contradicted")])
def test_check_rate_divides_two_measures(text: str, value: float, verdict: str) -> None:
    rate = claim(text, value, subject="Halvorsen", metric="revenue per employee", period="FY2025",
                 qualifier="approximate" if text.startswith("about") else "exact")
    found = check_rate(rate, pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "2.7e9 / 12,400 = 217,741.94 USD per employee")


def test_check_rate_denominator_words_it_cannot_account_for_do_not_contradict() -> None:
    rate = claim("$300,000", 300000, subject="Halvorsen", metric="revenue per employee in Norway", period="FY2025")
    assert check_rate(rate, pack, PUBLISHED).verdict == "unverifiable"


def test_check_rate_leaves_a_rate_the_pack_holds_to_the_direct_rule() -> None:
    """"$1.23 per share" is earnings per share, a measure of its own in a results pack: not net income divided
    by earnings per share (which made a share count and contradicted every EPS figure)."""
    from pathlib import Path

    markets = load_pack(Path(__file__).resolve().parents[1] / "corpus" / "packs" / "markets")
    eps = claim("$1.23", 1.23, subject="Harwick Stores", metric="earnings per share", period="Q3 FY2026")
    assert check_rate(eps, markets, PUBLISHED) is None


@pytest.mark.parametrize("text,value,verdict", [("about $218 million", 218e6, "supported"),
                                                ("$300 million", 300e6, "contradicted")])
def test_check_rate_per_a_round_number_of_units(text: str, value: float, verdict: str) -> None:
    # "per 1,000 employees": the quotient times 1,000 (was read as per one employee, a false alarm)
    rate = claim(text, value, subject="Halvorsen", metric="revenue per 1,000 employees", period="FY2025",
                 qualifier="approximate" if text.startswith("about") else "exact")
    found = check_rate(rate, pack, PUBLISHED)
    assert found.verdict == verdict
    assert found.evidence.computation.startswith("2.7e9 / 12,400 x 1,000 = ")
