"""Session 48 (audit of sport, science, weather, disasters, crime, elections and local news): the frame of figures in
shapes such pages write. In a story that leads with a natural disaster, a national agency that reports the event's
readings ("The U.S. Geological Survey said the quake struck 35 kilometres deep") measures the event, whose place is
the story's: the figures are not the agency's country's. In a report of a match just played, a quarter or a half named
with no year ("scored 14 points in the fourth quarter", "trailed at the end of the third quarter") is a part of the
game, not a fiscal or calendar quarter, nor is "the last quarter": the figures keep the match's month (a match lead
written with "defeating" or "toppled" is one). A match score after a verb of winning written "defeating" or "toppled", or after
a team's name and a comma or a name of four words ("toppled the Dunmore Stags, 104-98, on Saturday", "outscored the
Port Avel Lions 31-22"), is a result, not two claims. A place where deaths or cases "were reported" ("reported in Nepal", "reported from
Gaya district") is where they were counted, not a source or a journal: the figure is the place's. Made-up text; a test of each change fails on the code before
it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 13))


QUAKE = ("Strong quake hits Valdoria\n\nA magnitude 6.4 earthquake struck southern Valdoria on Tuesday, killing at least "
         "12 people, officials said.\n\nThe U.S. Geological Survey said the quake struck 35 kilometres below the surface, "
         "about 80 kilometres west of Port Avel.\n")


def test_a_national_agency_reporting_a_quake_abroad_gives_no_subject_of_its_country(nlp):
    found = claims_of(nlp, QUAKE)
    assert found["35 kilometres"].subject == "Valdoria"
    assert found["about 80 kilometres"].subject == "Valdoria"


def test_a_national_agency_reporting_figures_in_another_story_still_gives_its_country(nlp):
    text = ("Seoul shares edge up\n\nSeoul shares rose 0.4 percent on Tuesday as investors weighed U.S. data.\n\n"
            "The U.S. Commerce Department reported that retail sales increased 0.7 percent in February.\n")
    found = claims_of(nlp, text)
    assert found["0.7 percent"].subject == "United States"


GAME = ("Harbour Hawks rally past Dunmore\n\nThe Harbour Hawks used a huge fourth quarter to beat the Dunmore Stags 104-98 "
        "on Saturday night.\n\nJoel Varga scored 14 of his 31 points in the fourth quarter, and Ann Reid added 12 "
        "rebounds.\n\nDunmore led by nine at the end of the third quarter after scoring 33 points in the second quarter.\n")


def test_a_quarter_of_a_game_is_no_period(nlp):
    found = claims_reader(dt.date(2024, 3, 11))(nlp, GAME)
    assert found["31"].period == "2024-03"
    assert found["12"].period == "2024-03"
    assert found["33"].period == "2024-03"


def test_a_score_after_defeating_or_toppled_is_no_claim(nlp):
    text = ("Rovers go top\n\nRovers moved top of the table after defeating Dunmore 3-1 at Kell Park on Friday night, "
            "with 41 points from 20 games.\n\nThe Harbour Hawks toppled the Dunmore Stags, 104-98, on Saturday, and "
            "outscored the Port Avel Lions 31-22 in the last quarter.\n")
    found = claims_reader(dt.date(2024, 3, 11))(nlp, text)
    assert not {"3", "1", "104", "98", "31", "22"} & set(found)
    # (session 55: "with 41 points from 20 games" is a league-table standing, the season's, as the gold of real match
    # reports labels one: "moved on to 74 points from 30 games" -> 2018-19; it was the match's month before)
    assert found["41"].period == "2023-24"


def test_deaths_reported_in_or_from_a_place_are_the_places(nlp):
    text = ("Floods kill dozens across South Asia\n\nThe death toll from floods across South Asia rose to at least 289, "
            "officials said on Sunday.\n\nAt least 39 deaths were reported in Nepal over the weekend.\n\nTwo more "
            "deaths were reported from Gujarat, and six deaths have been reported from Gaya district.\n")
    found = claims_reader(dt.date(2024, 8, 5))(nlp, text)
    assert found["At least 39"].subject == "Nepal"
    assert found["Two"].subject == "Gujarat"
    assert found["six"].subject == "Gaya district"
