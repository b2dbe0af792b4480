"""Session 39: a capitalised first word that is a noun of the dictionary and names nothing ("Burglary rose 12%") is
what moved, no company's share price (claimx.frame.metric `_common_first_word`; the subject readers still take it for
a name: left for a later session); a name the tagger knows ("Tesco rose 2%") still does, and so does a dictionary
word the text writes as a name inside a sentence ("shares of Target"). Made-up sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 20))


@pytest.mark.parametrize("sentence,figure,metric", [
    ("Burglary rose 12% last year.", "12%", "Burglary"),
    ("Crime has fallen 40% since 2020.", "40%", "Crime"),
    ("Vandalism fell 7% last year.", "7%", "Vandalism"),
])
def test_a_dictionary_noun_opening_a_sentence_is_what_moved_not_a_company(nlp, sentence, figure, metric):
    text = f"Police figures published\n\nOfficers in Dunmere recorded 4,100 offences last year.\n\n{sentence}\n"
    found = claims_of(nlp, text)[figure]
    assert found.metric == metric


def test_a_dictionary_word_the_text_writes_as_a_name_keeps_its_share_price(nlp):
    text = ("Retailers slide\n\nShares of Harvest fell on Tuesday after the grocer cut its forecast.\n\n"
            "Harvest fell 3% to $41.20.\n")
    found = claims_of(nlp, text)["3%"]
    assert found.metric == "share price"
