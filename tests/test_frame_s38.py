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
