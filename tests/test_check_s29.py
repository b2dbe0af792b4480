"""Session 29's verdict rules (claimx.check): made-up sentences in the shape of real market and results copy."""
from __future__ import annotations

import pytest
from fixtures_check import article_claims

from claimx.check.internal import check_internal
from claimx.records import Claim


def _with_status(claim: Claim, status: str) -> Claim:
    return claim.model_copy(update={"frame": claim.frame.model_copy(update={"status": status})})


@pytest.mark.parametrize("stated,verdict", [(1.2, "supported"), (2.2, "contradicted")])
def test_a_market_move_is_checked_against_the_level_it_moved_to_whatever_its_status(stated, verdict) -> None:
    # the frame may call the move a market figure and the level it reached a reported one: both are what the index did
    article = f"The Corvex 50 index gained 120.5 points or {stated:g} per cent to 10,162.4 points in early trade."
    move, share, level = article_claims(
        article,
        ("120.5 points", 120.5, "index point", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        (f"{stated:g} per cent", stated, "percent", {"subject": "Corvex 50", "direction": "up", "kind": "change"}),
        ("10,162.4 points", 10162.4, "index point", {"subject": "Corvex 50"}))
    claims = [_with_status(move, "market"), _with_status(share, "market"), _with_status(level, "reported")]
    found = check_internal(claims[1], claims)
    assert found is not None and found.verdict == verdict


def test_an_analysts_estimate_is_still_no_partner_of_a_reported_change() -> None:
    article = "Revenue rose 30% to $2.6 billion, against analysts' forecasts of $2.1 billion."
    change, level, estimate = article_claims(
        article,
        ("30%", 30.0, "percent", {"subject": "Brindle", "metric": "revenue", "direction": "up", "kind": "change"}),
        ("$2.6 billion", 2.6e9, "USD", {"subject": "Brindle", "metric": "revenue"}),
        ("$2.1 billion", 2.1e9, "USD", {"subject": "Brindle", "metric": "revenue"}))
    claims = [change, _with_status(level, "estimate"), _with_status(estimate, "estimate")]
    found = check_internal(claims[0], claims)
    assert found is None or found.verdict != "contradicted"
