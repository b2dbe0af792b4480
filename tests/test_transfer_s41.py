"""Session 41: transfer copy. Made-up clubs and players; the test fails on the code before the change.

- a sum paid "for" a player named with a player noun before the name ("paid £12 million for striker Tom Reed") is a
  transfer fee, as one paid for "the defender" is (frame.metric._transfer_fee), not the player's name.
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 29))


def test_a_sum_paid_for_a_named_player_is_a_transfer_fee(nlp):
    text = "Harlow sign Dunmore\n\nHarlow paid £12 million for striker Tom Reed in 2023.\n"
    claims = claims_of(nlp, text)
    assert claims["£12 million"].metric == "transfer fee"
    assert claims["£12 million"].subject == "Tom Reed"
