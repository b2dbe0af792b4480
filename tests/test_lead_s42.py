"""Session 42, the lead's changes. Made-up companies and figures; each test fails on the code before the change.

- a share's move "in after hours trading" (written without the hyphen) or "in overnight trading" is dated by that
  session, the day of trading, as "after-hours" was (rules/frame.json trading_session_phrases).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 6, 26))

RESULTS = ("Harlen Foods profit rises\n\nHarlen Foods said on Thursday that revenue in the first quarter rose 53 percent, "
           "to $3.42 billion.\n\n")


def test_a_share_move_in_after_hours_trading_is_the_days(nlp):
    text = RESULTS + "Shares of Harlen Foods dropped more than 5 percent, to $72.56, in after hours trading on the Nasdaq.\n"
    claims = claims_of(nlp, text)
    assert claims["more than 5 percent"].period == "2025-06-26"
    assert claims["$72.56"].period == "2025-06-26"
    assert claims["53 percent"].period == "Q1 2025"


def test_a_share_move_in_overnight_trading_is_the_days(nlp):
    text = RESULTS + "Harlen Foods shares fell 3% in overnight trading.\n"
    assert claims_of(nlp, text)["3%"].period == "2025-06-26"
