"""Multiple rule: "more than doubling over two decades", "X times Y's" against pack figures."""
from __future__ import annotations

import pytest
from fixtures_check import PACK, PUBLISHED, claim

from claimx.check.multiple import check_multiple
from claimx.reference import load_pack

pack = load_pack(PACK)


@pytest.mark.parametrize("text,value,fields,verdict", [
    ("more than doubling", 2.0, {"qualifier": "lower_bound", "lower": 2.0, "metric": "revenue growth over two decades"},
     "supported"),
    ("nearly tripled", 3.0, {"qualifier": "upper_bound", "upper": 3.0, "metric": "revenue", "period": "FY2005-FY2025"},
     "supported"),
    ("quadrupled", 4.0, {"metric": "revenue over the past 20 years"}, "contradicted"),
])
def test_check_multiple_over_time(text: str, value: float, fields: dict, verdict: str) -> None:
    found = check_multiple(claim(text, value, "ratio", kind="multiple", subject="Halvorsen", **fields), pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "2.7e9 / 1e9 = 2.700")


@pytest.mark.parametrize("text,value,verdict", [("one and a half times", 1.5, "supported"),
                                                ("three times", 3.0, "contradicted")])
def test_check_multiple_between_entities(text: str, value: float, verdict: str) -> None:
    found = check_multiple(claim(text, value, "ratio", kind="multiple", subject="Halvorsen Road vs Halvorsen Rail",
                                 metric="revenue", period="FY2025"), pack, PUBLISHED)
    assert (found.verdict, found.evidence.computation) == (verdict, "1.62e9 / 1.08e9 = 1.500")


def test_check_multiple_declines_without_a_span() -> None:
    assert check_multiple(claim("doubled", 2.0, "ratio", kind="multiple", subject="Halvorsen", metric="revenue"),
                          pack, PUBLISHED) is None


def test_check_multiple_two_entities_joined_by_and_are_taken_together() -> None:
    # "Road and Rail together grew three times" is no comparison of Road with Rail
    found = check_multiple(claim("three times", 3.0, "ratio", kind="multiple", subject="Halvorsen Road and Halvorsen Rail",
                                 metric="revenue", period="FY2025"), pack, PUBLISHED)
    assert found is None
