"""Difference rule: a stated gap between two entities' figures, each for its own latest period."""
from __future__ import annotations

from fixtures_check import PACK, PUBLISHED, claim

from claimx.check.difference import check_difference
from claimx.reference import load_pack

pack = load_pack(PACK)


def gap(text: str, value: float, **fields) -> object:
    fields.setdefault("subject", "Halvorsen vs Brightwater")
    return check_difference(claim(text, value, metric="revenue gap", **fields), pack, PUBLISHED)


def test_check_difference_uses_each_entitys_latest_fiscal_year() -> None:
    found = gap("$150 million", 150e6)
    assert (found.verdict, found.evidence.computation) == ("supported", "|2.7e9 - 2.55e9| = 150e6")
    assert [(r.entity, r.period) for r in found.evidence.reference] == [("halvorsen", "FY2025"), ("brightwater", "FY2024")]


def test_check_difference_bounds() -> None:
    assert gap("just under $200 million", 200e6, qualifier="upper_bound", upper=200e6).verdict == "supported"
    assert gap("more than $500 million", 500e6, qualifier="lower_bound", lower=500e6).verdict == "contradicted"


def test_check_difference_entities_named_in_the_sentence() -> None:
    found = gap("$150 million", 150e6, subject=None,
                sentence="Halvorsen now out-earns Brightwater, a gap of $150 million.")
    assert found.verdict == "supported"


def test_check_difference_declines_with_one_entity() -> None:
    assert gap("$150 million", 150e6, subject="Halvorsen") is None
