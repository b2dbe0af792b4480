"""Session 48: a listing's code in brackets after a company's name ("Asahi (TYO:2502)", "(HKG: 0700)", "(6758.T)") is
no figure (grammar/exclusions "code"). Made-up text; the test fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2016, 12, 13))


@pytest.mark.parametrize("code, number", [("TYO:2502", "2502"), ("HKG: 0700", "0700"), ("KRX:005930", "005930"),
                                          ("6758.T", "6758"), ("0700.HK", "0700")])
def test_a_listing_code_in_brackets_is_no_figure(nlp, code, number):
    text = f"Kestrel shares fall\n\nKestrel Holdings ({code}) shares fell 4.6 percent on Tuesday.\n"
    found = claims_of(nlp, text)
    assert "4.6 percent" in found
    assert not [t for t in found if number in t]
