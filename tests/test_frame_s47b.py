"""Session 47 (b): the frame of figures in disaster, crime and public-affairs copy, shapes unseen real pages write.
A count of people injured written after a count of the dead ("six people were killed and 41 injured", "dozens
were injured", "12 dead and more than 200 injured") measures the people injured (rules/frame.json injury_words),
not the deaths counted before it; so does a bare count right before "displaced" ("10 killed, 48,000 displaced":
people displaced; rules/frame.json displacement_words). People a verb of toll_verbs leaves dead ("The quake left at
least 22 people dead", "leaving 14 people, including two children, dead") are deaths, not "people". A lead that reports the dead of an event of a day and names no disaster (a crash, an
attack: death_words and a weekday) is a running toll, dated as a disaster's is (frame.article._toll_lead). A temperature read with no measure of its own ("Benson saw
-9C", "Orsk fell to -13.9C", "the mercury soared to 36.9C") measures the temperature (rules/frame.json
reading_dimensions, reading_stand_ins; unit_dimensions' temperature units). A news outlet that reports a clause ("Kestrel TV reported that more than 12
people have died", "..., Orla News reported.") is its source, never its subject nor the article's lead (rules/frame.json
media_words, frame.subject.news_outlet), unless the clause is its own results ("reported that its revenue rose"). Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 5, 10))

QUAKE = ("Quake hits Varnia\n\n"
         "Officials said on Thursday that six people were killed and 41 injured in the town of Orsk.\n\n"
         "Seven people died and dozens were injured after walls collapsed, the disaster office said.\n\n"
         "The tremor left 12 dead and more than 200 injured, most of them in the Delra region.\n\n"
         "At least three people were killed and nearly 80 others were seriously injured when a bridge fell.\n\n"
         "Two trains collided, killing 12 people and wounding close to 50.\n\n"
         "At least nine people were killed and 55 more injured on the line.\n\n"
         "A landslide killed four people and injured 19 on the coast road.\n")


def test_a_count_of_injured_after_the_dead_is_people_injured(nlp):
    found = claims_of(nlp, QUAKE)
    assert {found[t].metric for t in ("41", "dozens", "more than 200", "nearly 80", "19", "close to 50", "55")} \
        == {"people injured"}


def test_the_dead_stay_deaths(nlp):
    found = claims_of(nlp, QUAKE)
    assert {found[t].metric for t in ("six", "Seven", "12", "At least three", "four")} == {"deaths"}


def test_an_injured_noun_keeps_its_noun(nlp):
    found = claims_of(nlp, "Strike at Orsk mine\n\nThe blast left 41 injured workers in hospital, the company said.\n")
    assert found["41"].metric != "people injured"


def test_a_count_displaced_after_the_dead_is_people_displaced(nlp):
    found = claims_of(nlp, "9 killed, 31,000 displaced as storm hits Varnia\n\nAt least nine people have been killed "
                           "and nearly 31,000 displaced as Storm Orla struck the coast on Thursday, officials said.\n")
    assert {found[t].metric for t in ("31,000", "nearly 31,000")} == {"people displaced"}
    assert found["9"].metric == "deaths"


def test_people_left_dead_are_deaths(nlp):
    text = ("Quake in Varnia\n\nA strong quake struck Orsk on Thursday, leaving at least 14 people dead.\n\n"
            "The collapse left 9 people, including two children, dead and over 150 injured.\n\n"
            "The floods of 2019 left 61 people dead or missing.\n\n"
            "Schools shut after a quake in March that left 79 people dead and displaced thousands.\n")
    found = claims_of(nlp, text)
    assert {found[t].metric for t in ("at least 14", "9", "79")} == {"deaths"}
    assert found["61"].metric != "deaths"
    assert found["thousands"].metric == "people displaced"


def test_a_crash_toll_is_dated_by_the_day_it_is_given(nlp):
    text = ("Bus plunges into ravine in Varnia\n\nAt least 27 people were killed and 14 injured after a bus plunged into "
            "a ravine in Orsk province, officials said on Tuesday.\n\n"
            "The bus was carrying 52 passengers, police said.\n")
    found = claims_of(nlp, text, dt.date(2024, 5, 15))
    assert {found[t].period for t in ("At least 27", "14", "52")} == {"2024-05-14"}


def test_a_death_rate_with_no_day_keeps_no_period(nlp):
    text = "Smoking in Varnia\n\nSmoking kills about 41,000 people in Varnia, health officials say.\n"
    found = claims_of(nlp, text, dt.date(2024, 5, 15))
    assert found["about 41,000"].period is None


COLD = ("Cold snap grips Varnia\n\nThe village of Orsk fell to -13.9C on Saturday night, the weather office said.\n\n"
        "Also on Saturday, Delra hit -7.8C and Tarrow dropped to -2.2C.\n\n"
        "At Kestrel airport the mercury sank to -9.4C.\n\n"
        "Temperatures will rise by 6C on Monday, forecasters said.\n")


def test_a_bare_temperature_reading_is_a_temperature(nlp):
    found = claims_of(nlp, COLD, dt.date(2025, 1, 12))
    assert {found[t].metric for t in ("-13.9C", "-7.8C", "-2.2C", "-9.4C")} == {"temperature"}


def test_a_temperature_change_is_no_bare_reading(nlp):
    found = claims_of(nlp, COLD, dt.date(2025, 1, 12))
    assert found["6C"].metric != "temperature"


def test_a_news_outlet_that_reports_a_clause_is_a_source(nlp):
    text = ("Floods in Varnia\n\nHeavy rain has hit the south of Varnia this week.\n\n"
            "On Wednesday, Kestrel TV reported that more than 12 people have died in Orsk and Delra counties.\n\n"
            "State broadcaster VTV reported on Thursday that 3,400 homes had been flooded.\n")
    found = claims_of(nlp, text)
    assert found["more than 12"].subject != "Kestrel TV"
    assert found["3,400"].subject != "VTV"


def test_a_news_outlet_credited_after_the_lead_is_no_lead(nlp):
    text = ("A strong earthquake struck a remote part of Varnia on Thursday, leaving at least 14 people dead and over "
            "90 injured.\n\nRescue officials said the toll could rise, Orla News reported.\n\n"
            "More than 40 mud houses collapsed in the district, officials said.\n")
    found = claims_of(nlp, text)
    assert "Orla News" not in {found[t].subject for t in ("at least 14", "More than 40")}


def test_an_outlet_reporting_its_own_results_keeps_them(nlp):
    found = claims_of(nlp, "Harlow Post results\n\nThe Harlow Post reported that its revenue rose 4% to $210 million.\n")
    assert found["$210 million"].subject == "Harlow Post"


def test_a_title_case_headline_injury_verb_counts_the_injured(nlp):
    found = claims_of(nlp, "Blast Kills 12, Injures 20 in Orsk City\n\nAt least 12 people were killed in a blast in Orsk.\n")
    assert found["20"].metric == "people injured"
