"""Session 48: a listing's code in brackets after a company's name ("Asahi (TYO:2502)", "(HKG: 0700)", "(6758.T)") is
no figure (grammar/exclusions "code"); a bracketed dollar conversion ("1.5 billion euros (USD1.7 billion)") leaves a euro
text's bare "cents" euro cents (grammar/scanner._local_cents). Made-up text; each test of a change fails on the code
before it."""
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


def test_bare_cents_in_a_euro_text_with_a_dollar_conversion_are_euro_cents(nlp):
    text = ("Kestrel ups dividend\n\nKestrel increased net profit 5.0 per cent to 1.5 billion euros (USD1.7 billion).\n\n"
            "It proposed a dividend of 43 euro cents per share for 2018 compared with 30 cents for 2017.\n")
    found = claims_of(nlp, text)
    assert (found["30 cents"].unit, found["30 cents"].value) == ("EUR", 0.3)


def test_bare_cents_beside_us_money_of_its_own_stay_us_cents(nlp):
    text = ("Kestrel results\n\nKestrel's net profit rose to 1.5 billion euros, and its US unit earned US$210 million.\n\n"
            "Its US-listed shares paid 30 cents a share.\n")
    found = claims_of(nlp, text)
    assert found["30 cents"].unit == "USD"
