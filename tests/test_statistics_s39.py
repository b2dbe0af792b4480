"""Shapes of government statistics and public finance copy (crime figures, tax receipts) met probing claimx with the
plain sentences every publisher writes (session 39). Sentences and names are invented for these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of


CRIME = ("Recorded crime falls in Dunmere\n\n"
         "Offences recorded by police in Dunmere fell by 4% in the year to June, the statistics office said.\n\n"
         "Robberies dropped 9% and car theft fell 6%, while sexual offences rose 2%.")


def test_a_plural_crime_opening_a_sentence_is_what_is_counted_not_who(nlp):
    found = claims_of(nlp, CRIME, dt.date(2025, 9, 3))
    assert found["9%"].subject == "Dunmere"
    assert found["6%"].subject == "Dunmere"


CITY = ("Murders at a ten-year low\n\n"
        "Homicides in the city of Halbrook fell 12% last year to 71, the police department said on Monday.\n\n"
        "Shootings declined 7%, while robberies rose 4%.")


def test_a_plural_crime_word_is_no_person_and_no_share_price(nlp):
    found = claims_of(nlp, CITY, dt.date(2025, 2, 4))
    assert found["12%"].subject == "Halbrook"
    assert found["7%"].subject == "Halbrook"
    assert "share" not in (found["7%"].metric or "")
    assert "shootings" in (found["7%"].metric or "").lower()
    assert "homicides" in (found["12%"].metric or "").lower()


FRAUD = ("Knife crime rises in Corlan\n\n"
         "Police in Corlan recorded 12,400 knife offences in the 12 months to March, up 5% on the year before.\n\n"
         "Fraud offences fell by 3%.")


def test_a_crime_word_modifying_the_counted_noun_is_no_name(nlp):
    assert claims_of(nlp, FRAUD, dt.date(2025, 7, 24))["3%"].subject == "Corlan"


MARKET = ("Stocks close higher\n\n"
          "Stocks rose on Tuesday as traders cheered lower bond yields.\n\n"
          "Shell rose 2.1%, while Sage fell 1.4%.")


def test_a_company_named_by_a_word_keeps_its_name_in_a_market_story(nlp):
    assert claims_of(nlp, MARKET, dt.date(2025, 3, 12))["2.1%"].subject == "Shell"


BODY = ("Census costs rise\n\n"
        "The census of Valmora counted 4.2 million people in 2024, the statistics office said.\n\n"
        "Parliament budgeted $310 million for the count.")


def test_a_body_named_by_a_word_stays_a_name(nlp):
    assert claims_of(nlp, BODY, dt.date(2025, 3, 12))["$310 million"].subject != "Valmora"
