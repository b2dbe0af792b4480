"""Which rule a claim's wording calls for."""
from __future__ import annotations

import pytest
from fixtures_check import claim

from claimx.check.cues import base_phrase, family


@pytest.mark.parametrize("text,value,unit,fields,expected", [
    ("$716.9 billion", 716.9e9, "USD", {"metric": "annual revenue"}, "direct"),
    ("a quarter", 0.25, "ratio", {"metric": "share of total revenue"}, "share"),
    ("41%", 41.0, "percent", {"metric": "property taxes' share of general fund revenue"}, "share"),
    ("12%", 12.0, "percent", {"metric": "revenue", "direction": "up"}, "growth"),
    ("27%", 27.0, "percent", {"metric": "eCommerce sales growth"}, "growth"),
    ("$2.5 million", 2.5e6, "USD", {"metric": "fire budget", "kind": "change"}, "growth"),
    ("$4 billion", 4e9, "USD", {"metric": "revenue gap"}, "difference"),
    ("more than doubling", 2.0, "ratio", {"metric": "revenue growth over two decades"}, "multiple"),
    ("three times", 3.0, "ratio", {"metric": "revenue", "kind": "multiple"}, "multiple"),
    ("$48 million", 48e6, "USD", {"metric": "cost per kilometre"}, "rate"),
    ("300 metres", 300, "m", {"metric": "retreat per year"}, "direct"),
])
def test_check_cues_family(text: str, value: float, unit: str, fields: dict, expected: str) -> None:
    assert family(claim(text, value, unit, **fields)) == expected


@pytest.mark.parametrize("metric,base", [("share of total revenue", "revenue"),
                                         ("revenue growth over two decades", "revenue over two decades"),
                                         ("revenue gap", "revenue"), (None, "")])
def test_check_cues_base_phrase_drops_rule_words(metric: str | None, base: str) -> None:
    assert base_phrase(metric) == base
