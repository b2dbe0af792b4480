"""Session 39, local news and sport: the plain shapes of a town's and a club's stories. Made-up names and sentences.

- a capitalised plural of a dictionary noun opening the lead ("Potholes in ...", "Householders in ..."), and a
  dictionary noun opening a sentence that the tagger tags as a name ("Chimney fires fell"), name nobody, even right under
  a headline that ends in a word in lower case;
- "38 points from 20 games": the games a tally was made in are no old side of a change;
- "a club-record fee": the record word goes with the words hyphened to it;
- a one-word town the tagger calls a person, written where a place is ("Parking charges in Delford town centre"), leads its
  local story.
"""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 2, 17))


@pytest.mark.parametrize("headline,lead,place", [
    ("Road repairs bill", "Potholes in Greyholm cost the county £3.2 million to fix last year, officials said.", "Greyholm"),
    ("Water bills go up", "Householders in Pennick Vale will pay an average of £512 this year, the water company said.",
     "Pennick Vale"),
])
def test_a_dictionary_noun_opening_the_lead_is_no_name(nlp, headline, lead, place):
    text = f"{headline}\n\n{lead}\n\nComplaints rose by 22 per cent.\n"
    found = claims_of(nlp, text)
    figure = "£3.2 million" if "£3.2 million" in lead else "£512"
    # (the second paragraph's bare measure takes the town where the town leads; "Pennick Vale", two words the tagger
    # may call a person, does not yet: see the session's notes)
    for claim in (found[figure],) + ((found["22 per cent"],) if "Potholes" in lead else ()):
        # on main: "Potholes" and "Householders", a capitalised noun under a headline read as a name
        assert place.split()[0] in (claim.subject or "")


def test_a_tagged_dictionary_noun_opening_a_sentence_is_no_name(nlp):
    text = ("Hessford crews busier\n\nFirefighters in Hessford attended 1,870 call-outs last year, the fire service "
            "said.\n\nChimney fires fell by 14 per cent.\n")
    subject = claims_of(nlp, text)["14 per cent"].subject or ""
    assert "Chimney" not in subject  # on main the tagger's name "Chimney" was the figure's subject
    assert "Hessford" in subject


def test_games_a_tally_was_made_in_are_no_old_side(nlp):
    text = ("Selby Park go third\n\nSelby Park moved up to third with a 3-1 win over Dunbar on Saturday.\n\n"
            "Selby Park have 41 points from 22 games, four behind the leaders.\n")
    found = claims_of(nlp, text, dt.date(2026, 2, 16))
    assert found["41"].period == found["22"].period  # on main "22" was dated a season back, as an old side
    assert found["22"].period not in ("2024-25",)


def test_a_club_record_fee_is_a_fee(nlp):
    text = ("Halvey break record\n\nHalvey City have signed winger Tomas Reyne from Casterby for a club-record fee "
            "of £7.5 million.\n")
    found = claims_of(nlp, text, dt.date(2025, 7, 2))
    assert "club-" not in (found["£7.5 million"].metric or "")
    assert "fee" in (found["£7.5 million"].metric or "")


def test_a_town_the_tagger_calls_a_person_leads_its_local_story(nlp):
    text = ("Delford fees\n\nParking charges in Delford town centre will rise from £1.20 to £1.50 an hour from April.\n\n"
            "It collected £3.8 million from parking in 2024-25.\n")
    subject = claims_of(nlp, text, dt.date(2026, 3, 10))["£3.8 million"].subject
    assert subject is not None and "Delford" in subject  # on main: no subject, the town never led the story
