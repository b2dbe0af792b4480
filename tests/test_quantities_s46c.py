"""Session 46 (an audit of sport, weather, health, poll and census pages): tallies and scores that are no figure, a
tennis score line however its sets are written ("3-6 6-3 6-4", "6-4, 5-7, 7-6 (9/7)"), a golfer's round against par
("a 6-under 66"), a team's win-loss record ("the Falcons (5-3)", "now 8-1 on the season"), a player's shooting
("11-for-16", "9-17 from the floor"); a band of temperatures by decade ("the upper 70s"); a group of people named by
its age ("the over 70s"); a decimal right before a quake is its magnitude ("a 5.8 temblor"); "plus or minus" makes a
margin, not a negative figure; an "m" glued to a number at a clause's end in a jumps or throws report is metres
(grammar.exclusions, grammar.scanner, rules/lexicon.json). Made-up text; each test of a change fails on the code
before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2021, 6, 19))


@pytest.mark.parametrize("sentence", [
    "Top seed Lena Varga saw off a spirited challenge from Mia Holt to win 7-6(4) 6-2 and reach the final.",
    "Varga followed up with a straight sets victory over Holt 7-6 (7/3), 6-4 on Friday.",
    "Petrov edged Tom Lane of New Zealand 6-7 (5), 6-4, 6-3.",
    "Kerr beat Jan Ostrow of South Africa 4-6, 7-6 (6), 7-5.",
    "She reached her first major semi-final after a 2-6, 7-6(3), 3-6, 6-4, 6-1 win.",
    "Rossi beat Chile's Diego Mora 7-5 7-6 (5).",
    "Alvarez, a 6-1, 7-6 (2) winner over Quinn, goes through.",
])
def test_a_tennis_score_line_is_no_figure(nlp, sentence):
    assert claims_of(nlp, "Varga into final\n\n" + sentence) == {}


def test_a_tennis_score_line_leaves_the_figures_beside_it(nlp):
    found = claims_of(nlp, "Varga into final\n\nVarga won 6-3 6-4 in 78 minutes and hit 11 aces.")
    assert set(found) == {"78 minutes", "11"}


@pytest.mark.parametrize("sentence", [
    "Kowalski shot a 6-under 66 on Friday to share the lead.",
    "Ferris carded a five-under par 67 to reach the clubhouse on seven-under 137.",
    "Marsh finished with a 2-over 74 after a double bogey at the last.",
    "A 4-under-par 68 left him level with the leader.",
    "The cut fell at one-over-par.",
])
def test_a_golf_round_against_par_is_a_score(nlp, sentence):
    assert claims_of(nlp, "Kowalski leads\n\n" + sentence) == {}


def test_one_in_three_under_an_age_is_still_an_age_bound(nlp):
    found = claims_of(nlp, "Health survey\n\nOne in four under 65 said they had skipped a meal.")
    assert found["under 65"].qualifier == "upper_bound"


@pytest.mark.parametrize("sentence, figure", [
    ("At least 40 people died in a 6.4 earthquake on the island.", "6.4"),
    ("A 5.8 temblor shook the valley shortly before dawn.", "5.8"),
    ("A smaller 3.2 quake followed an hour later.", "3.2"),
])
def test_a_decimal_before_a_quake_is_its_magnitude(nlp, sentence, figure):
    found = claims_of(nlp, "Quake strikes\n\n" + sentence)
    assert found[figure].unit == "magnitude"


@pytest.mark.parametrize("sentence, figure", [
    ("The poll's margin of error is plus or minus 3 percentage points.", "3 percentage points"),
    ("The sampling error is plus-or-minus 2.5 percentage points.", "2.5 percentage points"),
    ("The margin of error for voters is plus or minus 4.5 points.", "4.5 points"),
])
def test_a_margin_plus_or_minus_is_no_negative_figure(nlp, sentence, figure):
    found = claims_of(nlp, "Poll of voters\n\n" + sentence)
    assert found[figure].value > 0


def test_a_minus_alone_is_still_a_sign(nlp):
    assert claims_of(nlp, "Cold snap\n\nTemperatures fell to minus 6C overnight.")["minus 6C"].value == -6


@pytest.mark.parametrize("sentence", [
    "Over 60s with a travel card ride free after 9.30am.",
    "The scheme offers cheaper fares to the over 70s.",
    "Coaches picked the under 18s squad on Monday.",
])
def test_an_age_group_in_the_plural_is_no_figure(nlp, sentence):
    assert claims_of(nlp, "Travel scheme\n\n" + sentence) == {}


@pytest.mark.parametrize("sentence", [
    "Priya Nair scored 28 points but the Falcons (5-3) shot poorly from deep.",
    "Kestrel State (9-0) pulled away in the second half.",
    "Hale (14-6, 7-3) held Brookfield's (11-9, 4-6) guards in check.",
    "The Otters are now 8-1 on the season.",
])
def test_a_teams_win_loss_record_is_no_figure(nlp, sentence):
    found = claims_of(nlp, "Falcons fall\n\n" + sentence)
    assert not any("-" in t or t in ("5", "3", "9", "0", "8", "1") for t in found)


def test_an_age_band_in_brackets_at_a_sentence_start_stays_a_range(nlp):
    found = claims_of(nlp, "Pool prices\n\nChildren (5-11) swim for half price.")
    assert found["5-11"].qualifier == "range"


@pytest.mark.parametrize("sentence", [
    "Highs will reach the upper 70s on Saturday under sunny skies.",
    "Expect temperatures in the high teens and low 20s this week.",
    "Lows will fall into the 40s overnight.",
    "Highs return to the mid-to-upper 50s by Tuesday.",
])
def test_a_band_of_temperatures_by_decade_is_no_figure(nlp, sentence):
    assert claims_of(nlp, "Weekend forecast\n\n" + sentence) == {}


def test_a_forecast_high_in_degrees_stays_a_figure(nlp):
    found = claims_of(nlp, "Weekend forecast\n\nHighs in the upper 70s, with a high near 78 degrees on Sunday.")
    assert set(found) == {"78 degrees"}


def test_metres_glued_at_a_clause_end_in_a_field_event_report(nlp):
    text = ("Varga takes high jump gold\n\nVarga cleared 2.21m, 2.26m and 2.30m at the first attempt before she "
            "brought the bar down at 2.33m. Okafor was third with 2.24m.")
    found = claims_of(nlp, text)
    assert {found[t].unit for t in ("2.21m", "2.26m", "2.30m", "2.33m", "2.24m")} == {"m"}


def test_an_m_at_a_clause_end_outside_field_events_is_no_metre(nlp):
    found = claims_of(nlp, "Ratings\n\nThe final drew an audience of 6.1m, the channel said.")
    assert all(c.unit != "m" for c in found.values())


@pytest.mark.parametrize("sentence", [
    "Reyes shot 11-for-16 from the field and 4-for-4 on free throws.",
    "Moss hit 6-of-9 from 3-point range in the first half.",
    "Holt went 9-17 from the floor (3-8 on 3-pointers).",
    "Kane was a perfect 10-10 from the free throw line.",
])
def test_a_players_shooting_is_a_tally_not_a_range(nlp, sentence):
    assert claims_of(nlp, "Falcons win\n\n" + sentence) == {}


def test_made_of_attempted_in_words_stays_two_counts(nlp):
    found = claims_of(nlp, "Falcons win\n\nReyes made seven of his 10 attempts from deep.")
    assert {"seven", "10"} <= set(found)
