"""Session 40, markets and stories naming several companies: plain shapes of market reports, deals and analysts'
notes, in made-up words and names. Every test fails on the code before the change it names.

- a company's short name before "shares" that the tagger calls a place or nationality ("Arden shares rose 31%",
  after "Arden Pharma") is the company's, not a "stock market" (claims component, _names_company);
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 11, 25))  # a Wednesday


def test_a_short_company_name_before_shares_is_the_company_not_a_market(nlp):
    text = ("Brask Pharma agrees takeover\n\nTolven Group has agreed to buy Brask Pharma for £2.1 billion, the "
            "companies said on Tuesday.\n\nBrask shares rose 27% to 388p on Tuesday.\n")
    got = claims_of(nlp, text)["27%"]
    assert got.subject is not None and got.subject.startswith("Brask")
    assert "stock market" not in got.subject
