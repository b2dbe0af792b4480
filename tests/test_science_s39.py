"""Session 39, science, health, environment, elections and farming: the plain shapes of the beat that failed.

- A change verb the tagger reads as a participle of its object ("The policy reduced emissions by 2.1 million tonnes",
  "Screening reduced deaths from bowel cancer by 34 percent" after a headline): the parse hangs "by" on the noun; the
  change is the participle's (claimx.components.direction).
- A study's "linked to a 15 percent lower risk of X": the comparative right after the figure makes it a difference,
  not the level a "to" before it would otherwise make it.
- An election's turnout and electorate ("Turnout was 31.4 percent", "About 56 million people were eligible to vote")
  are the place's whose election it is, not the party the results story leads with (electorate_measures).

Made-up places, parties and sentences."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 20))


@pytest.mark.parametrize("sentence,figure", [
    ("The policy reduced emissions by 2.1 million tonnes last year.", "2.1 million tonnes"),
    ("Regular screening reduced deaths from bowel cancer by 34 percent, a study found.", "34 percent"),
    ("The scheme reduced waiting times by 18 percent in its first year.", "18 percent"),
])
def test_a_change_verb_read_as_its_objects_participle_still_gives_the_change(nlp, sentence, figure):
    text = f"Emissions fall\n\n{sentence}\n"
    found = claims_of(nlp, text)
    assert found[figure].direction == "down"
    assert found[figure].kind == "change"


@pytest.mark.parametrize("sentence,figure,direction", [
    ("Drinking coffee was linked to a 15 percent lower risk of liver disease.", "15 percent", "down"),
    ("Night shifts were linked to a 12% higher rate of diabetes, the researchers said.", "12%", "up"),
])
def test_a_comparative_after_a_figure_after_to_is_a_difference(nlp, sentence, figure, direction):
    found = claims_of(nlp, f"Study finds link\n\n{sentence}\n")
    assert found[figure].direction == direction
    assert found[figure].kind == "change"


def test_a_level_after_to_stays_a_level(nlp):
    found = claims_of(nlp, "Rates rise\n\nThe rate rose to a 15 percent high last year.\n")
    assert found["15 percent"].direction is None


def test_turnout_and_the_electorate_are_the_places_not_the_partys(nlp):
    text = ("Ruling party wins Dravenia election\n\n"
            "The ruling Unity Party won 48.6 percent of the vote in Sunday's general election, taking 302 of the 550 "
            "seats in parliament.\n\n"
            "Turnout was 84 percent, the election commission said. About 56 million people were eligible to vote.\n")
    found = claims_of(nlp, text)
    assert found["48.6 percent"].subject == "Unity Party"
    assert found["84 percent"].subject == "Dravenia"
    assert found["About 56 million"].subject == "Dravenia"


def test_turnout_of_a_council_election_is_the_councils_place(nlp):
    text = ("Greens gain seats on Marlow council\n\n"
            "The Green Party won 14 seats on Marlow City Council in Thursday's election, up from 9 in 2021.\n\n"
            "Labour lost control of the council after its seat count fell to 22. Turnout was 31.4 percent, down from "
            "35 percent four years ago.\n")
    found = claims_of(nlp, text)
    assert found["14"].subject == "Green Party"
    assert found["31.4 percent"].subject == "Marlow"
    assert found["35 percent"].subject == "Marlow"


def test_a_share_of_registered_voters_a_party_won_stays_the_partys(nlp):
    text = ("Dravenia votes\n\n"
            "The Unity Party won the election in Dravenia on Sunday. The Unity Party took 45 percent of registered "
            "voters.\n")
    found = claims_of(nlp, text)
    assert found["45 percent"].subject != "Dravenia"


def test_a_forecast_raised_by_a_figure_is_the_crops_not_the_forecasters(nlp):
    text = ("Grains council lifts forecast\n\n"
            "The Halvern Grains Council raised its forecast for the world wheat crop by 6 million tonnes on Thursday.\n")
    found = claims_of(nlp, text)
    assert found["6 million tonnes"].subject == "world"


@pytest.mark.parametrize("sentence,figure,metric", [
    ("Ostravia's maize harvest is expected to reach 28 million tonnes, up 3 million tonnes or 12 percent on last "
     "year.", "12 percent", "maize harvest growth"),
    ("The Halvern Grains Council put the world wheat crop at 702 million tonnes, up 41 million or 6 percent from last "
     "year.", "6 percent", "world wheat crop"),
])
def test_a_percentage_after_or_restates_the_change_before_it(nlp, sentence, figure, metric):
    found = claims_of(nlp, f"Harvest outlook\n\n{sentence}\n")
    got = found[figure]
    assert got.direction == "up"
    assert got.metric is not None and got.metric.startswith(metric)  # what changed, never "share price"


@pytest.mark.parametrize("sentence,age", [
    ("People over 65 made up 40 percent of admissions.", "65"),
    ("Children under 5 accounted for 12 percent of the cases.", "5"),
    ("The number of adults older than 50 rose to 1.2 million.", "50"),
])
def test_the_age_bound_of_a_group_of_people_is_no_claim(nlp, sentence, age):
    found = claims_of(nlp, f"Admissions rise\n\n{sentence}\n")
    assert not any(age in text and "percent" not in text and "million" not in text for text in found)


def test_a_duration_after_people_over_stays_a_claim(nlp):
    found = claims_of(nlp, "Waits grow\n\nPatients over 12 hours on trolleys rose to 310.\n")
    assert "310" in found


def test_a_change_of_a_joined_object_by_a_figure_in_a_trial(nlp):
    text = ("Injection cuts heart risk\n\n"
            "A weekly injection cut the risk of heart attack and stroke by 20 percent in a trial of 17,600 adults, "
            "drugmaker Norvex said on Saturday.\n")
    got = claims_of(nlp, text)["20 percent"]
    assert got.direction == "down"
    assert got.metric is not None and "risk" in got.metric and "trial" not in got.metric


@pytest.mark.parametrize("text,figure,subject", [
    ("Wildfires burn record area in Norland\n\nWildfires have burned 1.4 million hectares in Norland this year, the "
     "forestry service said.\n\nAbout 9,000 people have been evacuated.\n", "About 9,000", "Norland"),
    ("Wildfires burn record area in Norland\n\nWildfires have burned 1.4 million hectares in Norland this year, the "
     "forestry service said.\n", "1.4 million hectares", "Norland"),
    ("Corn crop seen smaller\n\nThe Agriculture Department estimates Belmont's corn crop at 15.1 billion bushels.\n\n"
     "Farmers planted 91.5 million acres of corn, up 4% from a year earlier.\n", "91.5 million acres", "Belmont"),
    ("Ostrel vote\n\nVoters in Ostrel backed the new constitution by 61.3 percent to 38.7 percent, the electoral "
     "commission said on Monday.\n", "61.3 percent", "Ostrel"),
])
def test_a_capitalised_plural_of_a_common_noun_opening_a_sentence_is_no_name(nlp, text, figure, subject):
    assert claims_of(nlp, text)[figure].subject == subject


def test_a_plural_commodity_opening_a_sentence_keeps_its_price(nlp):
    text = ("Grain prices climb\n\nCorn futures rose 3.2 percent to $4.86 a bushel on Tuesday.\n\n"
            "Soybeans gained 1.8 percent to $11.42 a bushel.\n")
    got = claims_of(nlp, text, dt.date(2025, 11, 19))["1.8 percent"]
    assert got.subject == "Soybeans" and got.metric == "soybean price"


def test_a_plural_name_written_inside_a_sentence_stays_a_name(nlp):
    text = ("Sales rise at Harrows\n\nHarrows said sales rose 4 percent to $2.1 billion. Shares of Harrows rose 2 "
            "percent.\n")
    assert claims_of(nlp, text)["$2.1 billion"].subject == "Harrows"
