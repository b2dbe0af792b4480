"""Subject shapes met reading real sports, statistics and local copy from many publishers (session 31). Sentences are
invented for these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of


SIGNING = ("Ashgrove City complete signing of John Walsh\n\n"
           "Ashgrove City have completed the signing of midfielder John Walsh from Millbrook.\n\n"
           "The Norway international, 25, agreed a four-year contract on Monday.\n\n"
           "The 25-year-old has scored 14 goals in 60 games for Millbrook.")


def test_a_description_of_a_player_by_nation_or_age_is_the_person_named_before(nlp):
    found = claims_of(nlp, SIGNING, dt.date(2025, 8, 1))
    assert found["four-year"].subject == "John Walsh"  # not "Norway", the nation that describes him
    assert found["14"].subject == "John Walsh"  # "The 27-year-old": an age as a noun


SPOKE = ("Ashgrove Rovers sign Marco Lenz\n\n"
         "Ashgrove Rovers signed Marco Lenz in July. The 24-year-old said the club had sold 40,000 tickets.")


def test_a_described_player_who_speaks_stays_a_source(nlp):
    found = claims_of(nlp, SPOKE, dt.date(2025, 8, 1))
    assert found["40,000"].subject != "Marco Lenz"

