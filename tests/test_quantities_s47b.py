"""Session 47: quantities of sport copy. A time in a match is no duration claimed: minutes or seconds right after
'on' ("booked on 78 minutes"), before 'after' and a match event ("five minutes after the break"), before 'into'
("six minutes into the second half") or 'from time', or after 'the final' with a verb of playing or a preposition before it ("play the final 20 minutes", "in the final 20 minutes"; not "The final lasted two hours"); a count
hyphened to 'man' before a side's name says how many players it had left ("10-man Harwick"), no figure; a result
line between two names ("Harwick 2-1 Dunmore") and a score after a cue and a hyphened word ("beat 10-man Corvel
3-0") are scores, as the corpus reads every score. Outside sport: a duration called a period after 'a', 'single'
or 'over' ("61mm in a 24-hour period", "over 12-month period") is the window of another figure, as after 'the', and
so is a duration after a depth of rain or snow and 'in' ("31 inches of rain in 24 hours"). A percentage in brackets
after a count is its share, a percentage, though it keeps the count's frame ("93 (43.9%)"), and a signed number after
that share in its brackets is the share's move in percentage points ("Lab 812 (46.1%, +4.2)", "CON 38% (+3)").
'Twice' before 'as' and a name opening a clause counts goals ("scored twice as Harwick beat Dunmore"), no multiple. A
count hyphened to 'point' before 'lead' or 'gap' is the lead's size ("a four-point lead"), not a modifier.
Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2024, 3, 10))


@pytest.mark.parametrize("sentence, figure", [
    ("Okafor was shown a second yellow card on 71 minutes.", "71 minutes"),
    ("Brennan equalised five minutes after the break.", "five minutes"),
    ("Tarrant struck 14 minutes after the red card to level.", "14 minutes"),
    ("Varga doubled the lead six minutes into the second half.", "six minutes"),
    ("The hosts won it 12 minutes from time through a header.", "12 minutes"),
    ("Dunmore had to play the final 25 minutes with a makeshift defence.", "25 minutes"),
])
def test_a_time_in_the_match_is_no_duration_claimed(nlp, sentence, figure):
    found = claims_of(nlp, "Harwick edge Dunmore\n\n" + sentence)
    assert figure not in found


@pytest.mark.parametrize("sentence, figure", [
    ("The replacement bus took 40 minutes to reach the stadium.", "40 minutes"),
    ("Fans queued for more than two hours after the gates opened late.", "more than two hours"),
])
def test_other_durations_stay_claims(nlp, sentence, figure):
    found = claims_of(nlp, "Harwick edge Dunmore\n\n" + sentence)
    assert figure in found


@pytest.mark.parametrize("sentence, figure", [
    ("Harwick held on to beat ten-man Dunmore on Saturday.", "ten"),
    ("It was 10-man Corvel who scored first.", "10"),
    ("The 10-man hosts survived a late siege.", "10"),
])
def test_a_side_down_to_n_men_is_no_figure(nlp, sentence, figure):
    found = claims_of(nlp, "Harwick edge Dunmore\n\n" + sentence)
    assert figure not in found


def test_a_squad_of_n_players_stays_a_count(nlp):
    found = claims_of(nlp, "Squad named\n\nThe coach named a 23-man squad for the tournament.")
    assert "23" in found


@pytest.mark.parametrize("sentence", [
    "Harwick 2-1 Dunmore",
    "Corvel 1-0 St Albury: Reid scores the only goal",
    "Newport beat 10-man Corvel 3-0 on Friday.",
])
def test_scores_between_names_are_no_figures(nlp, sentence):
    found = claims_of(nlp, "Results\n\n" + sentence)
    assert not [t for t in found if t[:1].isdigit()]


def test_a_range_after_a_verb_stays_a_figure(nlp):
    found = claims_of(nlp, "Heat in Harlow\n\n"
                           "Forecasters said temperatures in Harlow rose 2-3 Celsius above the average on Monday.")
    assert "2-3 Celsius" in found


@pytest.mark.parametrize("text, figure", [
    ("Record downpour\n\nAshby recorded 61mm of rain in a 24-hour period, the most since 1968.", "24-hour"),
    ("Wet weekend\n\nUp to 80mm may fall over a 24 hour period in the hills.", "24 hour"),
    ("Rain record\n\nThe town had 1,200 mm of rain in a single 24-hour period.", "24-hour"),
    ("Data shows 14 per cent rise in burglaries in Harlow over 12-month period\n\n"
     "Burglaries rose by 14 per cent in Harlow, annual statistics show.", "over 12-month"),
    ("Crime rises\n\nRecorded crime rose by 9 per cent in Harlow over a 12-month period.", "12-month"),
])
def test_a_window_called_a_period_is_no_duration_claimed(nlp, text, figure):
    assert figure not in claims_of(nlp, text)


@pytest.mark.parametrize("text, figure", [
    ("Storm record\n\nHarlow was deluged by 31 inches of rain in 24 hours last July.", "24 hours"),
    ("Snow chaos\n\nThe pass had 40cm of snow in just 12 hours on Monday.", "12 hours"),
    ("Flood warning\n\nUp to 90mm (3.5in) in 24 hours could fall on the hills.", "24 hours"),
])
def test_the_window_a_depth_of_rain_fell_in_is_no_duration_claimed(nlp, text, figure):
    assert figure not in claims_of(nlp, text)


def test_the_time_a_speed_took_stays_a_claim(nlp):
    found = claims_of(nlp, "New model\n\nThe Corvel GT goes from 0 to 62 mph in 6.4 seconds.")
    assert "6.4 seconds" in found


@pytest.mark.parametrize("text, figure", [
    ("Harlow outbreak\n\nOf 212 cases notified, 93 (43.9%) were laboratory confirmed.", "43.9%"),
    ("Harlow vote\n\nPostal votes are estimated at 41,000 (8.2% of total votes).", "8.2%"),
])
def test_a_share_in_brackets_after_a_count_is_a_percentage(nlp, text, figure):
    found = claims_of(nlp, text)
    assert found[figure].kind == "percentage"


@pytest.mark.parametrize("text, figure, value", [
    ("Harlow by-election\n\nNorth Ward, Harlow DC. Lab hold. Lab 812 (46.1%, +4.2), Con 533 (30.3%, -6.8).", "-6.8", -6.8),
    ("Poll\n\nThe topline voting intention figures are CON 38% (+3), LAB 31% (-2).", "+3", 3.0),
    ("Result\n\nLabour – 412 [51.2%, +8.4]\n\nLabour GAIN from Conservative", "+8.4", 8.4),
])
def test_a_signed_number_after_a_share_in_its_brackets_is_its_move_in_points(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].unit == "percentage_point"
    assert found[figure].value == pytest.approx(value)


def test_twice_before_as_and_a_name_is_a_count_of_goals(nlp):
    found = claims_of(nlp, "Harwick win derby\n\nOkafor scored twice as Harwick beat Dunmore 3-1 on Sunday.")
    assert found["twice"].kind == "count"


def test_twice_as_an_adjective_stays_a_multiple(nlp):
    found = claims_of(nlp, "Study\n\nSmokers were twice as likely as non-smokers to develop the condition.")
    assert found["twice"].kind == "multiple"


@pytest.mark.parametrize("text, figure, value", [
    ("Title race\n\nHarwick hold a four-point lead at the top of the table.", "four", 4.0),
    ("Title race\n\nReid can cut into Varga's seven-point lead in the championship.", "seven", 7.0),
])
def test_a_lead_in_points_is_a_count(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].value == value


def test_a_plan_of_points_is_no_count(nlp):
    assert "five" not in claims_of(nlp, "Plan\n\nThe council unveiled a five-point plan for the town centre.")
