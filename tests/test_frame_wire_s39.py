"""Session 39: a results lead that reports a whole year's or a part's results in a results headline's words ("a 12%
rise in annual profit") is a results story, even when it names the weekday of the report: its figures are of the
year just ended, not of a day's count; and a place where shares trade is no subject of their price. Made-up text."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

_claims = claims_reader(dt.date(2026, 2, 18))

_TEXT = ("Tessaly profit climbs\n\nTessaly Group reported a 12% rise in annual profit to $640 million on Wednesday.\n\n"
         "The company's revenue rose 8% to $6.2 billion.\n\nIts shares rose 3.1% to $48.20 in New York.\n")


def test_frame_period_an_annual_profit_reported_on_a_weekday_is_the_years(nlp):
    found = _claims(nlp, _TEXT)
    assert found["$640 million"].period == "2025"   # the year just ended, a calendar one (no fiscal year named)
    assert found["$6.2 billion"].period == "2025"


def test_subject_a_place_where_shares_trade_is_no_subject_of_their_price(nlp):
    found = _claims(nlp, _TEXT)
    assert "Tessaly" in found["3.1%"].subject
    assert found["3.1%"].metric == "share price"
