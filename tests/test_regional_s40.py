"""Session 40, local and regional news (councils, health boards, schools, housing, jobs): the plainest shapes of
such copy, each in made-up words and names. Every test fails on the code before the change it names.

- a place's adjective before a measure names the place: a word of `demonyms` ("Welsh house prices") or a longer
  word sharing the first five letters of a place the article names ("Tarsanian unemployment"), even one the tagger
  calls an organisation; such an adjective is no name of its own (claims component, `_demonym_place`,
  `_adjective_of_place`);
- a name before a measure of places (`place_measures`) owns it, whatever the story leads with ("London rents rose");
- the lines of a list written "Name: up 5.4% to £312,000" are each the name's, not the line above's or the topic's
  (claims component, `_list_line_label`);
- a capitalised noun of the dictionary opening its sentence untagged, written capitalised only there, is no name
  ("Burglary was down 11%"): the figure is the place's (claims component, `_read_subject_phrase`);
- a capitalised noun with a proper-noun possessive is a name ("St Orla's Hospital recorded ..."), not a bare "the
  hospital" standing for the topic (claims component, `_read_subject_phrase`).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 3, 12))


def test_a_lexicon_demonym_before_a_measure_names_its_place(nlp):
    text = ("Scottish output slips\n\nThe Scottish economy contracted 0.2% in the three months to June, the latest "
            "figures show.\n\nWelsh house prices, by contrast, climbed 1.8% over the same period.\n")
    assert claims_of(nlp, text)["1.8%"].subject == "Wales"


def test_an_adjective_of_the_articles_place_tagged_an_organisation_names_the_place(nlp):
    text = ("Tarsania's jobless rate climbs\n\nTarsanian unemployment rose to 7.1% from 6.8%, while Morvakan "
            "unemployment eased to 3.9%.\n\nMorvaka's economy expanded 0.9%.\n")
    claims = claims_of(nlp, text)
    assert claims["7.1%"].subject == "Tarsania"
    assert claims["3.9%"].subject == "Morvaka"


def test_a_name_before_a_measure_of_places_owns_it(nlp):
    text = ("Rents rise across England\n\nAverage rents in England rose 5.8% in the year to January, the statistics "
            "office said.\n\nLondon rents rose 6.9% to £2,180 a month, while Yorkshire house prices rose 2.6%.\n")
    claims = claims_of(nlp, text)
    assert claims["6.9%"].subject == "London"
    assert claims["2.6%"].subject == "Yorkshire"


def test_each_line_of_a_name_colon_list_is_the_names(nlp):
    text = ("Prices up in most of Harlshire\n\nHouse prices across Harlshire rose 2.7% in the year to December, "
            "taking the average home to £233,100.\n\nThe changes by district were:\n\n"
            "Corrin Dale: up 4.8% to £301,500\nWestleigh Moor: up 3.1% to £259,000\n"
            "Ashby Fold: down 0.9% to £192,300\n")
    claims = claims_of(nlp, text)
    assert claims["4.8%"].subject == "Corrin Dale"
    assert claims["£301,500"].subject == "Corrin Dale"
    assert claims["0.9%"].subject == "Ashby Fold"


def test_a_name_colon_list_with_no_introducing_line_is_read_too(nlp):
    text = ("Fewer pupils in Dunhallow schools\n\nEnrolment in Dunhallow's schools fell to 18,240 this autumn, down "
            "1.9% on last year.\n\nKelby Primary: 388 pupils, down from 421\nSt Orrin's School: 245 pupils, down from 262\n")
    claims = claims_of(nlp, text)
    assert claims["388"].subject == "Kelby Primary"
    assert claims["421"].subject == "Kelby Primary"
    assert claims["245"].subject == "St Orrin's School"


def test_a_kind_of_thing_labelling_a_line_is_no_subject(nlp):
    text = ("Prices by type in Harlshire\n\nAverage prices in Harlshire by property type, December 2025:\n\n"
            "Detached: £412,000\nTerraced: £198,500\n")
    claims = claims_of(nlp, text)
    assert claims["£412,000"].subject != "Detached"


def test_a_crime_opening_its_sentence_is_no_name(nlp):
    text = ("Offences fall in Dunmere\n\nRecorded crime in Dunmere fell 6% in 2025, according to figures from Dunmere "
            "Constabulary.\n\nRobbery was up 17%, the force said. Burglary was down 11%.\n")
    claims = claims_of(nlp, text)
    assert claims["17%"].subject == "Dunmere"
    assert claims["11%"].subject == "Dunmere"


def test_a_name_holding_a_possessive_is_no_bare_description(nlp):
    text = ("Emergency waits lengthen\n\nSt Mary's Hospital saw 55.1% of patients within four hours in January.\n\n"
            "Meanwhile St Orla's Hospital recorded 2,140 attendances in the month.\n")
    assert claims_of(nlp, text)["2,140"].subject == "St Orla's Hospital"
