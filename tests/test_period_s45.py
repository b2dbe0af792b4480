"""Session 45: a disaster's running toll is dated by the day it is counted as of; a national measure named by its
country's adjective (or a government so named) leads with the country. Made-up text; the tests fail on the code
before the change.

corpus/README.md settles it: the dead, the missing, the homes lost and the acres burned keep changing while a disaster
lasts, so a story's toll is dated like a daily report's total to date, by the day the count is as of (the day the
first sentence names, else the day of publication), not by the month of the storm (frame.article.build, the disaster
branch).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 10, 27))  # a Sunday


def test_a_storm_that_struck_on_a_day_its_lead_names_is_counted_that_day(nlp):
    text = ("Cyclone Orla toll rises to 44\n\n"
            "Cyclone Orla slammed into the Valdorian coast on Friday, and the floods that followed have killed at least "
            "44 people and left 120,000 homeless, officials said.\n\n"
            "In the province of Esk, 19 people died and some 2,300 houses were destroyed.\n")
    found = claims_of(nlp, text)
    assert {found[t].period for t in ("at least 44", "120,000", "19", "some 2,300")} == {"2024-10-25"}


def test_a_death_toll_rising_with_a_day_named_is_no_price_change(nlp):
    # "toll" is a price noun (a road toll), and "due to" schedules a price change ("due to rise on Monday"); a death
    # toll due to rains is neither, and its day is the day of the count
    text = ("Toll in Tarnland rains rises to 42\n\n"
            "The death toll due to the incessant rains lashing Tarnland for the last five days rose to 42 with the "
            "authorities on Sunday reporting 10 more deaths.\n\n"
            "Five people were also missing.\n")
    found = claims_of(nlp, text)
    assert found["42"].period == "2024-10-27"
    assert found["Five"].period == "2024-10-27"


def test_a_toll_of_an_earlier_year_keeps_its_year(nlp):
    text = ("Floods kill 12 in Tarnland\n\n"
            "Flash floods have killed at least 12 people in Tarnland, officials said on Saturday.\n\n"
            "Floods in 2019 killed 290 people in the same region.\n")
    found = claims_of(nlp, text)
    assert found["at least 12"].period == "2024-10-26"
    assert found["290"].period == "2019"


def test_a_national_measure_named_by_its_countrys_adjective_leads_with_the_country(nlp):
    # the lead's economy is Kenya's, not the planning body's that reported it (article_lead._lead, `demonyms`)
    text = ("Economy grew 5.6% in Q2\n\n"
            "The Kenyan economy grew 5.6 percent in the second quarter.\n\n"
            "The National Bureau of Statistics (NBS) and the National Economic and Planning Authority reported on Thursday "
            "that gross domestic product expanded faster than the 5-percent growth posted in the first quarter.\n\n"
            "Growth was slower than the 6.7 percent recorded in the second quarter of last year.\n")
    found = claims_of(nlp, text)
    assert {found[t].subject for t in ("5.6%", "5-percent", "6.7 percent")} == {"Kenya"}


def test_a_government_named_by_its_countrys_adjective_is_the_country(nlp):
    # components/subject_mentions._demonym_place and article_lead._lead: `government_words` beside `national_measures`
    text = "Roads budget\n\nThe Kenyan government will spend Sh2 billion on roads, the Treasury said.\n"
    assert claims_of(nlp, text)["Sh2 billion"].subject == "Kenya"
