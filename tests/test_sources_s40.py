"""Session 40: sources are no subjects. Made-up names; each test fails on the code before the change it names.

- a name that speaks after a comma and "and" ("..., and Aemet said the heatwave would last") is a speaker too
  (claims._is_speaker climbs a name's words, not the verbs joined to its verb), so a weather agency does not lead
  a story about the weather of its country;
- a country in a university's name ("the University of Southern Valdoria") is where researchers work, not the
  country a national body's figures are of (rules/frame.json academic_words).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 8, 12))


def test_a_weather_agency_that_speaks_does_not_lead(nlp):
    text = ("Heatwave: temperatures hit 40C as warnings extended\n\nTemperatures reached 40.4C in Porto on Tuesday, the "
            "highest reading in Portugal this year, the state weather agency IPMA said.\n\nMore than 12 districts were "
            "under heat alerts, and IPMA said the heatwave would last at least until Friday.\n\nJuly was the hottest "
            "month on record in Portugal, with an average temperature of 25.9C.\n")
    claims = claims_of(nlp, text)
    assert claims["25.9C"].subject == "Portugal"
    assert claims["More than 12"].subject == "Portugal"


def test_a_universitys_country_is_no_story_country(nlp):
    text = ("Daily walk cuts dementia risk, study finds\n\nPeople who walked at least 7,000 steps a day were 32 per cent "
            "less likely to develop dementia, a study of more than 78,000 adults has found.\n\nThe researchers, from the "
            "University of Southern Denmark and Harlow College, followed participants for an average of seven years.\n")
    assert claims_of(nlp, text, dt.date(2025, 6, 12))["32 per cent"].subject != "Denmark"
