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


AUCTIONS = ("Auction clearance rates rise across Valdoria\n\n"
            "The combined clearance rate across Valdoria rose to 61.2% last week.\n\n"
            "Harlow held the top spot again. A year earlier, there were 880 auctions held in Harlow, with a "
            "clearance rate of 64.1%.")


def test_a_place_written_in_the_figures_clause_beats_the_place_the_story_leads_with(nlp):
    found = claims_of(nlp, AUCTIONS, dt.date(2025, 6, 25))
    assert found["61.2%"].subject == "Valdoria"
    assert found["880"].subject == "Harlow"  # "auctions held in Harlow": not the headline's Valdoria
    assert found["64.1%"].subject == "Harlow"


SALES = ("Harwick Stores lifts sales\n\n"
         "Harwick Stores said on Tuesday that its profit rose 8% last year.\n\n"
         "Sales rose 4% in Valdoria, where the chain opened 12 stores.")


def test_a_place_in_the_clause_of_a_companys_story_stays_the_companys(nlp):
    found = claims_of(nlp, SALES, dt.date(2025, 6, 25))
    assert found["4%"].subject == "Harwick Stores"


REGIONS = ("Rents climb again\n\n"
           "Dublin remains the most expensive county in Ireland, the report found.\n\n"
           "In Galway, the average rent rose by 5.1% over the year.")


def test_a_bare_measure_takes_the_place_its_clause_opens_with_not_the_lead_place(nlp):
    found = claims_of(nlp, REGIONS, dt.date(2025, 6, 25))
    assert found["5.1%"].subject == "Galway"  # not "Dublin", the lead


WHERE = ("Rents climb again\n\n"
         "Dublin remains the most expensive county in Ireland, the report found.\n\n"
         "The strongest growth was in Galway, where the average rent rose by 5.1% over the year.")


def test_a_figure_in_a_where_clause_is_the_place_the_clause_describes(nlp):
    found = claims_of(nlp, WHERE, dt.date(2025, 6, 25))
    assert found["5.1%"].subject == "Galway"  # not "Dublin", the lead


CONTRACT = ("Webb agrees new deal\n\n"
            "The Ashgrove Hawks and their star Marcus Webb have agreed to a four-year, $120 million contract extension, "
            "local media reported on Monday.\n\n"
            "The Hawks and the Millbrook Kings agreed a $40 million deal.")


def test_a_contract_agreed_by_a_club_and_a_player_is_the_players(nlp):
    found = claims_of(nlp, CONTRACT, dt.date(2025, 7, 1))
    assert found["four-year"].subject == "Marcus Webb"  # not the Hawks, named first
    assert found["$120 million"].subject == "Marcus Webb"
    assert found["$40 million"].subject != "Marcus Webb"  # two clubs' deal: no player in it


PRONOUN = ("Ashgrove beat Millbrook\n\n"
           "Striker Marco Lenz scored twice against goalkeeper Tom Hale. He has now scored 14 league goals.\n\n"
           "Tom Walsh, 24, has 11 tries this season, one short of the record of 12 set by Declan Moss. He signed a "
           "four-year contract in May.")


def test_a_subject_pronoun_continues_the_subject_of_the_sentence_before(nlp):
    found = claims_of(nlp, PRONOUN, dt.date(2025, 3, 1))
    assert found["14"].subject == "Marco Lenz"  # not the goalkeeper named last, in a phrase
    assert found["four-year"].subject == "Tom Walsh"  # not Declan Moss, the agent of "set by"



CREDIT = ("Housing prices edge up\n\n"
          "The Daily, Thursday, April 12, 2025\n\n"
          "New home prices rose 0.3% in March from the month before.")


def test_a_publication_on_its_credit_line_is_no_subject(nlp):
    found = claims_of(nlp, CREDIT, dt.date(2025, 4, 12))
    assert found["0.3%"].subject != "Daily"  # the bulletin that carries the release
