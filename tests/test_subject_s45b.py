"""Session 45, second subject round: who a figure is about, in shapes of real wire copy. Made-up names and figures;
each test fails on the code before the change it names.

- in a takeover story led by the bidder, the value an offer sets on the company it is for ("The offer valued
  Quaylight at about $4.2 billion", rules/frame.json `valuing_verbs`; claims._valued_object) and the price paid for
  each of that company's shares ("will pay $48 for each share of Quaylight", "for each Quaylight share";
  claims._share_owner) are the target's, not the bidder's the story leads with.
- in a story about no organisation, a place written as a name and a head word of `place_heads` in lower case
  ("Kelvi district", which the tagger often misses or calls a person), as the subject of a figure's verb or in its
  "in" or "from" phrase ("Four people were killed in Tandrapur district", "Two deaths were reported from Mirzal
  district", "In Esk district, 1,200 people were evacuated"), is where the figure is counted, not the state the toll
  story leads with (claims._headed_place).
- a person's side, squad or firm (a word of `description_heads`, not a place's) that is a figure's subject ("Tom
  Reid's side have now scored 51 goals") is the organisation named last, else the one the text is about, not the
  person (claims._read_subject_phrase).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 3, 3))


def test_a_takeover_offers_value_and_share_price_are_the_targets(nlp):
    text = ("Harlow Nears Quaylight Deal As It Raises Offer Again\n\n"
            "LINMORE (Claimx Wire) - The Ledger on Tuesday reported Harlow Foods Co Ltd is nearing a takeover "
            "agreement for Quaylight PLC, having approached the snack maker three times so far.\n\n"
            "The offer valued Quaylight at approximately $12 billion, and would leave Quaylight shareholders owning "
            "41% of the enlarged group. Harlow will pay $48 for each share of Quaylight.\n")
    claims = claims_of(nlp, text)
    assert claims["approximately $12 billion"].subject == "Quaylight"
    assert claims["$48"].subject == "Quaylight"
    assert claims["three"].subject != "Quaylight"  # the bidder's own approaches stay its own


def test_a_bid_per_share_of_a_named_company_is_that_companys(nlp):
    text = ("Brackwell Capital raises bid\n\n"
            "Investment firm Brackwell Capital Partners has raised its offer for Marlow Resorts Ltd for a third time, "
            "the firm said on Monday.\n\n"
            "Brackwell had originally valued Marlow at $11.20 per share. Under the new proposal Brackwell would pay "
            "$13.40 in cash for each Marlow share. Brackwell has $40 billion under management.\n")
    claims = claims_of(nlp, text)
    assert claims["$11.20"].subject == "Marlow"
    assert claims["$13.40"].subject == "Marlow"
    assert claims["$40 billion"].subject == "Brackwell"


def test_a_tolls_figures_of_a_named_district_are_the_districts(nlp):
    text = ("Toll in Valdora floods rises to 31\n\n"
            "Tarnpur: The death toll from the floods in Valdora rose to 31 on Sunday, officials said.\n\n"
            "Deaths were reported from nine districts. Kelvi district accounted for eight deaths. Four people were "
            "killed in Tandrapur district and three in Orsa district. Two deaths were reported from Mirzal district. "
            "In Esk district, 1,200 people were evacuated.\n")
    claims = claims_of(nlp, text)
    assert claims["eight"].subject == "Kelvi district"
    assert claims["Four"].subject == "Tandrapur district"
    assert claims["three"].subject == "Orsa district"
    assert claims["Two"].subject == "Mirzal district"
    assert claims["1,200"].subject == "Esk district"
    assert claims["nine"].subject == "Valdora"  # the state's own count stays the state's


def test_a_managers_side_is_the_club(nlp):
    text = ("Harlow Rovers on course for 100 goals\n\n"
            "Harlow Rovers are on course to pass 100 league goals this season.\n\n"
            "Ashgrove City beat Tarn United 2-0 on Saturday. Tom Reid's side have now scored 51 goals.\n")
    claims = claims_of(nlp, text)
    assert claims["51"].subject == "Harlow Rovers"
