"""Session 49 (audit of non-business pages): the frame of figures in crime, disaster, poll and sport copy. Two places
joined by "and" after a preposition of scope ("offences in England and Wales") are one area when the text never
writes either alone, even if it writes the pair only once, and when the pair closes the headline (its last name
holding the line break). A count of points hyphened or joined to a lead or a gap ("a 12-point lead over Labour")
measures the lead. A party's name the tagger splits ("Liberal" left out of "Democrats") is one name. An area a fire
burned or charred is the area burned, and a percentage before "contained" the fire's containment. "The number of
injured" (of the dead, of those missing) measures those people. A term someone was jailed for is a prison sentence. A
poll story's "a 9-point lead" is of the poll's month. Made-up text; a test of each change fails on the code before
it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2021, 7, 22))


def test_a_pair_of_places_written_once_and_never_alone_is_one_area(nlp):
    text = ("Recorded offences climb\n\nThe number of offences in England and Wales recorded by the police was 4.1 "
            "million in the year to March, official figures show.\n\nThat was a rise of 6% on the previous year.\n\n"
            "Burglaries fell 3% to 211,400.\n")
    found = claims_of(nlp, text)
    assert found["4.1 million"].subject == "England and Wales"
    assert found["6%"].subject == "England and Wales"
    assert found["211,400"].subject == "England and Wales"


def test_a_pair_closing_the_headline_is_one_area(nlp):
    text = ("Violent crime shows 12% leap in England and Wales\n\nViolent crime recorded by forces in England and "
            "Wales rose 12% in the year to March, the statistics office said.\n\nForces recorded 3.9 million offences "
            "in all.\n")
    found = claims_of(nlp, text)
    assert all(c.subject == "England and Wales" for c in found.values() if c.text in ("12%", "3.9 million"))
    assert found["3.9 million"].subject == "England and Wales"


def test_a_lead_counted_in_points_measures_the_lead(nlp):
    text = ("Harlow Party extends poll lead\n\nThe Harlow Party now has a 9-point lead over the Civic Alliance, "
            "according to the latest poll by Marlow Research.\n\nThe Harlow Party is on 38%, while the Civic "
            "Alliance is on 29%.\n")
    found = claims_of(nlp, text)
    # (the figure is "9" read as a count, or "9-point" read in percentage points near a poll's words: the same lead)
    nine = next(c for t, c in found.items() if t.startswith("9"))
    assert nine.metric in ("lead over the Civic Alliance", "lead")


def test_a_lead_counted_in_points_written_without_a_hyphen_measures_the_lead(nlp):
    text = ("Ardlow Warriors pull clear\n\nArdlow Warriors opened up a 7 point lead at the top of the table with a "
            "2-0 win over Morrow Harriers on Saturday.\n")
    found = claims_of(nlp, text)
    assert found["7"].metric == "lead"


def test_an_area_a_fire_burned_measures_the_area_burned(nlp):
    text = ("Wildfire grows\n\nThe Harlow Ridge Fire has burned 18,400 acres and was 35 percent contained on Tuesday, "
            "fire officials said.\n\nA second blaze charred some 640 acres near Ardlow.\n")
    found = claims_of(nlp, text)
    assert found["18,400 acres"].metric == "area burned"
    assert found["some 640 acres"].metric.endswith("area burned")
    assert found["35 percent"].metric == "containment"


def test_a_verb_of_burning_names_no_area_for_a_figure_of_another_dimension(nlp):
    text = "Walkers burn calories\n\nThe walkers burned 3 tonnes of fuel on the trip, the organisers said.\n"
    found = claims_of(nlp, text)
    assert found["3 tonnes"].metric != "area burned"


def test_a_party_named_by_a_proper_noun_and_a_plural_people_is_one_name(nlp):
    text = ("Harlow Party holds poll lead\n\nThe Harlow Party is on 38% in the latest poll by Marlow Research.\n\n"
            "The Liberal Democrats are down two points on 12%, while the Green Party is up one on 7%.\n")
    found = claims_of(nlp, text)
    assert found["12%"].subject == "Liberal Democrats"


def test_the_number_of_people_in_a_state_written_alone_measures_those_people(nlp):
    text = ("Quake toll rises in Harland\n\nThe death toll from the earthquake in Harland rose to 144 on Wednesday.\n\n"
            "The number of injured rose towards 300, officials said.\n\nThe number of those missing was raised to "
            "41.\n")
    found = claims_of(nlp, text)
    assert found["300"].metric == "people injured"
    assert found["41"].metric == "people missing"


def test_a_term_someone_was_jailed_for_is_a_prison_sentence(nlp):
    text = ("Robber jailed\n\nA shop robber has been jailed for five years at Harlow Crown Court.\n\nJoel Varden, 30, "
            "admitted robbery. His accomplice, Ann Reid, 28, was jailed for two years.\n")
    found = claims_of(nlp, text)
    assert found["five years"].metric.endswith("prison sentence")
    assert found["two years"].metric.endswith("prison sentence")


def test_a_lead_described_with_a_in_a_poll_story_is_of_the_poll_month(nlp):
    text = ("Harlow Party poll lead narrows\n\nThe Harlow Party still has a 9-point lead over the Civic Alliance, "
            "according to the latest poll by Marlow Research.\n\nThe Harlow Party is on 38%, down one point on a week "
            "ago.\n")
    found = claims_of(nlp, text, dt.date(2021, 11, 9))
    assert next(c for t, c in found.items() if t.startswith("9")).period == "2021-11"
