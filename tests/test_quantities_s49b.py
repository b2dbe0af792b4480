"""Session 49 (b): quantities of sport, health, weather, court, election and local copy as real pages write them.
In a match report a dash between two numbers is a score or a win-loss record wherever it stands, not only after a
verb of winning: "were upset 95-90 at home", "beat the visiting Harlow Hawks 127-119 and snapped", "up 40-15 on
serve", "a 136-135 overtime victory", "went down 6-3,5-7,6-7(7)", "dropping to 2-20." (rules/lexicon.json
match_scores, grammar.exclusions _match_scores); a range of a unit or a noun ("2-3 inches", "10-15 goals") stays one.
A rank written "No" and a number without the point, as British copy writes it ("world No 1", "British No 2", "No 10"),
is a label like "No. 1" and "number one" (lexicon rank_words; a lower-case "no" stays a determiner).
Bare "points" near a word of a poll or of turnout are percentage points, as they are near a percent sign ("Harlow
Party moves to an 8 point lead" over a story of a poll, "Turnout was up 1 point"; lexicon points_context.pp_words);
in a match report bare points are a score's, never percentage points, though a shooting percentage stands near ("a
21-point deficit", "a 52-point outburst": grammar.scanner _pp_context). A number hyphened to "and-a-half" is one number
("jailed for four-and-a-half years", not "a-half" as a fraction: grammar.scanner _fractions). Odds of one in a number
written with a thousands separator are a ratio ("one in 10,000", "1 in 370,035"; a year stays a year, "3 in 2024"), and
so is "one-in-four" or "one-in-1,000" hyphened (grammar.scanner _n_in_m; "in-1,000" is no code: grammar.exclusions), but
not "a one-in-100-year flood", a return period. A height as American copy hyphens it, "the 6-foot-11 center", is one
length in inches, as "6ft 11in" is (grammar.scanner _foot_inches).
Made-up text; a test of each change fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2025, 11, 20))


@pytest.mark.parametrize("text, score", [
    ("Tomas Brel scored 31 points and added nine rebounds, but the Harlow Hawks were upset 95-90 at home by Dunmore.",
     "95-90"),
    ("Ada Kern scored 19 of her 33 points after halftime as the Harlow Hawks beat the visiting Port Elm Seals 127-119 "
     "and snapped a four-game skid.", "127-119"),
    ("The Hawks were up 49-38 at halftime and never trailed again after Kern's 12 rebounds.", "49-38"),
    ("Kern's three-pointer gave Harlow a 106-105 overtime victory over Dunmore on Friday.", "106-105"),
    ("Vell, seeded fifth, led 6-3,5-4 and was up 40-15 on serve before his unforced errors piled up.", "40-15"),
    ("Harlow let a 21-point lead slip in overtime, but Dunmore ended up losing its fourth straight and dropping to 2-20.",
     "2-20"),
])
def test_a_score_in_a_match_report_is_no_figure(nlp, text, score):
    found = claims_of(nlp, text)
    sides = set(score.replace("-", " ").split())
    assert not any(t == score or t in sides for t in found), sorted(found)


def test_a_set_score_written_without_spaces_is_no_figure(nlp):
    found = claims_of(nlp, "Seeded second, Ivo Marr made 61 unforced errors and went down 6-3,5-7,6-7(7),6-7(3) "
                           "on Monday.")
    assert set(found) == {"61"}, sorted(found)


@pytest.mark.parametrize("text, figure, lower, upper", [
    ("Forecasters said 2-3 inches of rain could fall before halftime of Sunday's game at Harlow.", "2-3 inches", 2, 3),
    ("The goalkeeper has kept 10-15 clean sheets a season since his hat-trick of titles.", "10-15", 10, 15),
    ("Tickets for the overtime session went to fans aged 18-24.", None, None, None),
])
def test_a_range_in_a_match_report_stays_a_range(nlp, text, figure, lower, upper):
    found = claims_of(nlp, text)
    if figure is None:
        assert "18" not in found and "24" not in found  # an age band, as before: no score and no figure
        return
    assert found[figure].qualifier == "range"
    assert (found[figure].lower, found[figure].upper) == (lower, upper)


@pytest.mark.parametrize("text, label", [
    ("Ines Valtorre beat world No 1 Ada Reid 6-4, 6-3 to reach her first final in 14 months.", "1"),
    ("British No 2 Tom Hale lost to the world No 64 in two hours and 10 minutes.", "64"),
    ("The chancellor met 30 business leaders at No 10 on Tuesday.", "10"),
])
def test_no_and_a_number_is_a_rank(nlp, text, label):
    found = claims_of(nlp, text)
    assert label not in found, sorted(found)


@pytest.mark.parametrize("text, figure, value, direction", [
    ("Harlow Party moves to an 8 point lead\n\nThe Veltran Party slipped in a phone poll for the Dunmore Herald.",
     "8 point", 8, None),
    ("The Veltran Party is now ten points ahead, a poll for the Dunmore Herald found.", "ten points", 10, "up"),
    ("Turnout was up 1 point on the last county election.", "1 point", 1, "up"),
])
def test_points_near_a_poll_or_turnout_are_percentage_points(nlp, text, figure, value, direction):
    found = claims_of(nlp, text)
    assert found[figure].unit == "percentage_point", sorted(found)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].direction == direction


def test_a_points_lead_in_a_match_stays_a_count(nlp):
    found = claims_of(nlp, "The Harlow Hawks squandered a 21-point lead in the fourth quarter.")
    assert found["21"].unit == "count", sorted(found)


@pytest.mark.parametrize("text, figure, value", [
    ("Dunmore rallied from a 21-point deficit to win, shooting 48.4 percent from the field with 12 rebounds from Reid.",
     "21", 21),
    ("Biedra had 17 points and 21 rebounds as the Hawks shot 50.6 percent from the field.", "17", 17),
    ("Kern's 52-point outburst came as Harlow shot 61% in the third quarter after halftime.", "52", 52),
])
def test_points_in_a_match_report_are_a_score(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].unit == "count", sorted(found)
    assert found[figure].value == pytest.approx(value)


@pytest.mark.parametrize("text, figure, value, unit", [
    ("Tom Vell was given four-and-a-half years' custody at Harlow Crown Court.", "four-and-a-half years", 4.5, "year"),
    ("A man has been imprisoned for two-and-a-half years for arson.", "two-and-a-half years", 2.5, "year"),
    ("The repair of the Dunmore bridge will take one-and-a-half months.", "one-and-a-half months", 1.5, "month"),
])
def test_a_number_and_a_half_hyphened_is_one_number(nlp, text, figure, value, unit):
    found = claims_of(nlp, text)
    assert "a-half" not in found, sorted(found)
    assert found[figure].value == pytest.approx(value)
    assert found[figure].unit == unit


@pytest.mark.parametrize("text, figure, value", [
    ("The lifetime risk of the cancer is one in 10,000 for most adults.", "one in 10,000", 0.0001),
    ("The chance of being struck is 1 in 370,035, the Harlow Safety Council said.", "1 in 370,035", 1 / 370035),
    ("Only one-in-four patients at Dunmore were seen within four hours.", "one-in-four", 0.25),
    ("What does a one-in-1,000 risk of a side effect mean for a patient?", "one-in-1,000", 0.001),
])
def test_odds_of_one_in_a_large_number_are_a_ratio(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].unit == "ratio", sorted(found)
    assert found[figure].value == pytest.approx(value)


@pytest.mark.parametrize("text", [
    "Harlow opened 3 in 2024 and plans 12 more next year.",
    "At Dunmore, 98.2% of all entries (45,312 out of 46,143) received a pass grade.",
])
def test_a_count_in_a_year_or_a_large_tally_is_no_ratio(nlp, text):
    found = claims_of(nlp, text)
    assert all(c.unit != "ratio" for c in found.values()), sorted(found)


def test_a_return_period_is_no_ratio(nlp):
    found = claims_of(nlp, "Forecasters called the Harlow floods a 1-in-200-year event and a one-in-100-year storm.")
    assert all(c.unit != "ratio" for c in found.values()), sorted(found)


@pytest.mark.parametrize("text, figure, value", [
    ("Reid dunked over Dunmore's 6-foot-11 center Tom Vell in the second quarter.", "6-foot-11", 83),
    ("At 7-foot-7, the Harlow rookie is the tallest player in the league.", "7-foot-7", 91),
    ("The 6-foot-5, 220-pound guard averaged 30.8 points last season.", "6-foot-5", 77),
])
def test_a_height_in_feet_and_inches_hyphened_is_one_length(nlp, text, figure, value):
    found = claims_of(nlp, text)
    assert found[figure].unit == "inch", sorted(found)
    assert found[figure].value == pytest.approx(value)
