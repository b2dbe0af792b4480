"""Session 51 (places and days in disaster, weather and local stories): in a story whose headline or lead names a
disaster (`disaster_nouns`: a bushfire, a flood, a heatwave, a storm), a figure is where it was counted or read: a
place written after a word of `local_place_prepositions` ("in", "at", "near") in the figure's own clause or phrase, at
the level the text names it (a town, an area, a state), over the state or country the story leads with and over a
place the sentence opens with; a weather reading's station the tagger calls a person or a body is still a place
(`reading_place_labels`). Made-up text; a test of each change fails on the code before it, unless its docstring says it
is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 13))


FIRES = ("Valdoria bushfires: hundreds of homes lost\n\n"
         "More than 600 homes have been lost in Valdoria's summer bushfire crisis, officials say.\n\n"
         "In Norland, two homes were reported lost at Brenn Valley near Castlemoor.\n\n"
         "The local fire chief said 14 houses had been destroyed at Kelbrook.\n\n"
         "A blaze near Orrin has burned about 2,400 hectares.\n\n"
         "Three sheds were hit by a grass fire in the Tallow Creek area, firefighters said.\n\n"
         "In Norland, the premier said at least 90 homes had been destroyed.\n")


def test_a_place_in_the_figures_clause_is_its_subject_in_a_disaster_story(nlp):
    found = claims_of(nlp, FIRES)
    assert found["14"].subject == "Kelbrook"
    assert found["about 2,400 hectares"].subject == "Orrin"
    assert found["Three"].subject == "Tallow Creek area"


def test_the_place_nearer_the_figure_beats_the_one_the_sentence_opens_with(nlp):
    found = claims_of(nlp, FIRES)
    assert found["two"].subject == "Brenn Valley"


def test_an_opening_place_scopes_what_a_speaker_says(nlp):
    found = claims_of(nlp, FIRES)
    assert found["at least 90"].subject == "Norland"


def test_the_lead_figure_keeps_the_country(nlp):
    """Guard (passes on the code before the change too): a figure of the whole crisis stays the country's."""
    found = claims_of(nlp, FIRES)
    assert found["More than 600"].subject == "Valdoria"


HEAT = ("Heatwave: when will it end?\n\n"
        "Wednesday was the hottest day of the year so far in Eiremar.\n\n"
        "A high of 31.2C was recorded in Tarwick's Mill Park, and it reached 30.4C in Dunhollow, east Varn - just "
        "short of the 31.5C registered at Ashby Lacey, a village in Corran, on 2 March.\n\n"
        "The highest reading on Tuesday was 29.8C in Bray-on-Wend.\n")


def test_a_weather_reading_is_the_stations(nlp):
    found = claims_of(nlp, HEAT)
    assert found["31.2C"].subject == "Tarwick"
    assert found["30.4C"].subject == "Dunhollow"
    assert found["31.5C"].subject == "Ashby Lacey"
    assert found["29.8C"].subject == "Bray-on-Wend"


def test_a_place_named_in_a_business_story_is_left_alone(nlp):
    """Guard (passes on the code before the change too): outside a disaster or weather story, the clause's place
    does not take a company's figure."""
    text = ("Corvex profit rises\n\nCorvex Holdings said its revenue rose 12% to $4.2 billion.\n\n"
            "The company opened 14 stores at Kelbrook and near Orrin.\n")
    found = claims_of(nlp, text)
    assert found["14"].subject == "Corvex Holdings"


def test_a_record_of_a_place_read_at_a_station_is_the_places(nlp):
    """Guard (passes on the code before the change too): the place in the phrase of what the clause measures ("the
    warmest day on record in Eiremar") says whose record it is; the station it was read at does not take it."""
    text = HEAT + "\nThe warmest day on record in Eiremar is 33.9C, recorded at Fenwick Botanic Garden in July 2019.\n"
    found = claims_of(nlp, text)
    assert found["33.9C"].subject == "Eiremar"


def test_a_figure_an_owner_has_is_not_the_places_it_is_at(nlp):
    """Guard (passes on the code before the change too): "its fleet" is the carrier's, though based at a place."""
    text = ("Storms disrupt Kelby Airport\n\nSummer storms disrupted flights at Kelby Airport, the airport said on "
            "Thursday.\n\nBrennair, the airport's largest carrier, said it would base more jets at Kelby from next spring, "
            "more than doubling its fleet there to 31 aircraft.\n")
    found = claims_of(nlp, text)
    assert found["more than doubling"].subject == "Brennair"


# Days. A disaster or weather story's weekday, written in the figure's own clause (or opening the sentence of the
# speaker whose words the clause is), dates its toll (in a story of the running toll) or its reading (a temperature, rain,
# wind) by the day the publication date places: the day gone for a count or a reading taken, the day to come for a
# forecast. A running toll "since" a month is of the day it is counted as of, as a daily report's total to date is.
# (claims_of's publication date, 13 March 2024, is a Wednesday.)

TOLL = ("Valdoria fires: 900 homes destroyed in bushfire crisis\n\n"
        "About 900 homes have been destroyed in Valdoria's bushfire crisis, officials say.\n\n"
        "At least 14 people have died since December.\n\n"
        "On Monday, Norland officials said fires there had destroyed 512 homes and damaged 230 more.\n\n"
        "Dozens of new fires began on Saturday.\n")


def test_a_day_in_a_disaster_toll_clause_dates_the_toll(nlp):
    found = claims_of(nlp, TOLL)
    assert found["512"].period == "2024-03-11"
    assert found["230"].period == "2024-03-11"


def test_a_toll_since_a_month_is_of_the_day_it_is_counted(nlp):
    found = claims_of(nlp, TOLL)
    assert found["At least 14"].period == "2024-03-13"


def test_a_day_things_began_does_not_date_their_count(nlp):
    """Guard (passes on the code before the change too): "Dozens of new fires began on Saturday" are counted as of
    publication."""
    found = claims_of(nlp, TOLL)
    assert found["Dozens"].period == "2024-03-13"


HEAT_DAYS = ("Heatwave to peak at the weekend\n\n"
             "Temperatures are expected to climb through the week.\n\n"
             "Forecasters said the mercury could exceed 36C in Tarwick on Sunday.\n\n"
             "The highest reading on Tuesday was 31.8C at Ashby Lacey.\n")


def test_a_weather_reading_is_dated_by_its_day(nlp):
    found = claims_of(nlp, HEAT_DAYS)
    assert found["36C"].period == "2024-03-17"
    assert found["31.8C"].period == "2024-03-12"


def test_a_named_subject_keeps_its_reading(nlp):
    """Guard (passes on the code before the change too): a name that is the clause's subject keeps the figure, though a
    place is written in its phrase."""
    text = ("Storms bring flash flooding\n\nHeavy storms caused flash flooding across Norland on Sunday.\n\n"
            "Kelbrook Weir in the upper Tallow Valley region received 33mm of rainfall.\n")
    found = claims_of(nlp, text)
    assert found["33mm"].subject == "Kelbrook Weir"


def test_a_weather_reading_is_dated_by_its_day_of_the_month(nlp):
    found = claims_of(nlp, HEAT)
    assert found["31.5C"].period == "2024-03-02"
    assert found["30.4C"].period != "2024-03-02"


def test_a_named_fire_leaves_its_toll_to_the_town_it_hit(nlp):
    text = ("Wildfires rage across Norland\n\nAt least three people have been killed by wildfires in northern Norland.\n\n"
            "The Orrin Fire, 60km north of Harlow, destroyed more than 310 homes and businesses in the town of "
            "Kelbrook.\n\n"
            "Up to 9 inches of rain fell in parts of Corran.\n")
    found = claims_of(nlp, text)
    assert found["more than 310"].subject == "Kelbrook"
    assert found["Up to 9 inches"].subject == "Corran"
    assert found["60km"].subject != "Kelbrook"


def test_a_state_written_by_its_initials_is_given_by_its_name(nlp):
    text = ("Fire in NSW leaves 900 homes damaged\n\nCrews across NSW and Victoria are preparing for hotter weather.\n\n"
            "The fire service confirmed 612 homes had been destroyed in NSW this season.\n")
    found = claims_of(nlp, text)
    assert found["612"].subject == "New South Wales"
