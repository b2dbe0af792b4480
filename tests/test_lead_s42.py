"""Session 42, the lead's changes. Made-up companies and figures; each test fails on the code before the change.

- a share's move "in after hours trading" (written without the hyphen) or "in overnight trading" is dated by that
  session, the day of trading, as "after-hours" was (rules/frame.json trading_session_phrases);
- a share written "N in M" or "N out of M" right before the noun it counts ("one in eight dairy farms has closed") is a
  share of that noun with what its clause says of it, not the bare noun nor a share of no one
  (frame.metric._n_in_m_share);
- a change set off by a comma after a verb's object that names no one ("612,400 people attended emergency
  departments, up 4.1%") is no move of that object: the object is no subject (claims._moved_object); a named object
  keeps its figure ("forecast Australian wheat production at 54 million tonnes, up 12.5 million tonnes").
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 6, 26))

RESULTS = ("Harlen Foods profit rises\n\nHarlen Foods said on Thursday that revenue in the first quarter rose 53 percent, "
           "to $3.42 billion.\n\n")


def test_a_share_move_in_after_hours_trading_is_the_days(nlp):
    text = RESULTS + "Shares of Harlen Foods dropped more than 5 percent, to $72.56, in after hours trading on the Nasdaq.\n"
    claims = claims_of(nlp, text)
    assert claims["more than 5 percent"].period == "2025-06-26"
    assert claims["$72.56"].period == "2025-06-26"
    assert claims["53 percent"].period == "Q1 2025"


def test_a_share_move_in_overnight_trading_is_the_days(nlp):
    text = RESULTS + "Harlen Foods shares fell 3% in overnight trading.\n"
    assert claims_of(nlp, text)["3%"].period == "2025-06-26"


SURVEY = "Farm survey\n\n"


def test_n_in_m_before_its_noun_is_a_share_of_the_noun(nlp):
    text = SURVEY + ("Roughly one in eight dairy farms in Kelby has closed since 2020, the survey found.\n\n"
                     "More than nine in ten seniors at the two high schools went on to college.\n\n"
                     "Two in five pupils did not meet the expected standard in maths.\n")
    claims = claims_of(nlp, text)
    # (session 59: the place in the noun's phrase is the figure's subject, so the metric no longer repeats it)
    assert claims["Roughly one in eight"].metric == "share of dairy farms that has closed"
    assert claims["Roughly one in eight"].subject == "Kelby"
    assert claims["More than nine in ten"].metric == "share of seniors at the two high schools that went on to college"
    assert claims["Two in five"].metric == "share of pupils that did not meet the expected standard"


def test_n_out_of_m_and_the_nouns_own_clause(nlp):
    text = SURVEY + ("Nine out of 10 voters backed the plan.\n\n"
                     "One in five patients waiting more than a year had cancer.\n")
    claims = claims_of(nlp, text)
    assert claims["Nine out of 10"].metric == "share of voters that backed the plan"
    assert claims["One in five"].metric == "share of patients waiting more than a year that had cancer"


def test_a_share_of_a_phrase_with_of_is_read_as_before(nlp):
    text = SURVEY + "One in five of the patients in the ward was fit to go home.\n"
    assert claims_of(nlp, text)["One in five"].metric == "share of patients"


def test_a_change_after_an_unnamed_object_is_not_the_objects(nlp):
    text = ("Emergency waits hit record\n\nIn the three months to June, 612,400 people attended emergency departments, "
            "up 4.1% on the same period last year.\n")
    assert claims_of(nlp, text)["4.1%"].subject != "emergency departments"


def test_a_change_after_a_named_object_stays_the_objects(nlp):
    text = ("Grain forecast raised\n\nThe council forecast Australian wheat production this year at 54 million tonnes, "
            "up 12.5 million tonnes from last year.\n")
    assert claims_of(nlp, text)["12.5 million tonnes"].subject == "Australia"


WAITS = "Ambulance times worsen\n\n"


def test_time_taken_to_do_something(nlp):
    text = WAITS + ("In July, ambulances took an average of 21 minutes to reach patients with serious conditions.\n\n"
                    "It takes about 90 minutes to drive from the airport to the city.\n")
    claims = claims_of(nlp, text)
    assert claims["21 minutes"].metric == "time to reach patients with serious conditions"
    assert claims["about 90 minutes"].metric == "time to drive from the airport to the city"


def test_a_wait_and_a_stay_with_what_they_are_for(nlp):
    text = WAITS + ("Patients waited an average of 9.5 hours in the emergency department.\n\n"
                    "One caller waited 40 minutes for an ambulance.\n\nHe spent 10 days in hospital.\n")
    claims = claims_of(nlp, text)
    assert claims["9.5 hours"].metric == "waiting time in emergency department"
    assert claims["40 minutes"].metric == "waiting time for ambulance"
    assert claims["10 days"].metric == "time spent in hospital"


def test_people_doing_or_having_done_something(nlp):
    text = ("Waits grow\n\nAbout 7.6 million people are waiting for hospital treatment.\n\n"
            "Some 4,100 people have waited more than 18 weeks for surgery.\n")
    claims = claims_of(nlp, text)
    assert claims["About 7.6 million"].metric == "people waiting for hospital treatment"
    assert claims["Some 4,100"].metric == "people who have waited more than 18 weeks for surgery"


def test_a_record_of_a_figure_keeps_the_word_record(nlp):
    text = "Heat record falls\n\nThe previous record of 38.7C was set in Kelby in 2019.\n"
    assert claims_of(nlp, text)["38.7C"].metric == "previous record"


def test_a_sum_paid_for_a_person_in_a_sport_story_is_a_transfer_fee(nlp):
    text = ("Ardlow sign Reed\n\nArdlow paid £4.5 million for Sam Reed in January.\n\n"
            "The winger has scored five goals since.\n")
    assert claims_of(nlp, text)["£4.5 million"].metric == "transfer fee"


def test_a_sum_paid_for_a_person_elsewhere_is_no_transfer_fee(nlp):
    text = "Harlen buys Reed\n\nHarlen paid £4.5 million for John Reed in January.\n"
    assert claims_of(nlp, text)["£4.5 million"].metric != "transfer fee"


def test_a_role_opening_the_sentence_is_no_part_of_the_name(nlp):
    text = ("Rovers go top\n\nStriker Joel Varga scored twice to take his tally for the season to 17 goals.\n\n"
            "He has also made 31 appearances.\n")
    claims = claims_of(nlp, text)
    assert claims["17"].subject == "Joel Varga"
    assert claims["31"].subject == "Joel Varga"


def test_scored_twice_counts_goals(nlp):
    text = "Rovers go top\n\nJoel Varga scored twice in the first half.\n"
    assert claims_of(nlp, text)["twice"].metric == "goals"


def test_a_sum_added_to_a_bill_is_the_bills_increase(nlp):
    text = ("Council tax to rise\n\nKelby Council has approved a 4.99 per cent rise in council tax for 2024/25, adding "
            "£92.40 a year to the bill for a typical Band D home.\n")
    assert claims_of(nlp, text, dt.date(2024, 2, 29))["£92.40"].metric == "increase in bill for typical Band D home"
