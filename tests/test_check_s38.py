"""False contradictions of the article's-own-figures checks on real pages (session 38), each in made-up words. Each
test of a withheld contradiction has a twin showing that the same shape stated wrongly in the text's own terms is
still caught (claimx.check.internal)."""
from __future__ import annotations

from fixtures_check import article_claims

from claimx.check.internal import check_internal


def verdict_of(article: str, index: int, *specs) -> str | None:
    claims = article_claims(article, *specs)
    found = check_internal(claims[index], claims)
    return found.verdict if found else None


UP = {"direction": "up", "kind": "change"}
DOWN = {"direction": "down", "kind": "change"}


def test_an_amount_set_aside_by_a_basis_word_is_no_new_level() -> None:
    article = ("Excluding the $2.3 billion unfavorable effect of currency moves over the quarter, the retailer's "
               "revenue grew 9% compared with $61.2 billion in the same quarter a year before.")
    specs = [("$2.3 billion", 2.3e9, "USD", {"subject": "retailer", "metric": "revenue"}),
             ("9%", 9.0, "percent", {"subject": "retailer", "metric": "revenue", **UP}),
             ("$61.2 billion", 61.2e9, "USD", {"subject": "retailer", "metric": "revenue"})]
    assert verdict_of(article, 1, *specs) != "contradicted"


def test_a_level_before_the_change_is_still_its_new_level() -> None:
    article = ("Including the new stores, the retailer's revenue was $66.7 billion, up 19% compared with "
               "$61.2 billion in the same quarter a year before.")
    specs = [("$66.7 billion", 66.7e9, "USD", {"subject": "retailer", "metric": "revenue"}),
             ("19%", 19.0, "percent", {"subject": "retailer", "metric": "revenue", **UP}),
             ("$61.2 billion", 61.2e9, "USD", {"subject": "retailer", "metric": "revenue"})]
    assert verdict_of(article, 1, *specs) == "contradicted"
