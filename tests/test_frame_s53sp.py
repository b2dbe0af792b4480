"""Session 53 (match reports: who scored what, in the sport's own units). A match report counts its scoring in one unit,
the one it writes most often right after a figure (rules/frame.json `scoring_units`: "27 points" in a basketball story,
"113 runs" in a cricket one): a bare count a verb of `scoring_verbs` takes ("scored 21 for Minnesota", "who made 38",
"made 72, 68 and 67 respectively") counts that unit, not the goals the verb alone would say nor a noun carried from the
figure before; in cricket a bare count right before "off" or "from" and the balls or overs it came off (`delivery_nouns`:
"smashed 82 from 70 balls", "needing 70 off 48 balls", "took 16 off Ann Reid's eighth over") counts runs, and the balls
after "from" are no old side of a comparison. A player's line after "added" is no rise; a streak's length is the streak's,
of the season when the text counts one; a shooting line's part is the shots made and its whole the tries, a team's whole
the team's; a name the tagger ran past its possessive ("Kestrel's ninth") is the owner. Made-up text; a test of each
change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2023, 2, 12))


CRICKET = (
    "Harlow win after record chase\n\n"
    "Harlow beat Kelby by three wickets in the fourth one-day international at Orm Park on Saturday.\n\n"
    "Kelby had posted 301 for 7 after Sam Orla made 112 runs, his second century of the series.\n\n"
    "Captain Tom Reid smashed 74 from 61 balls to lead the chase, with late support from Joel Varga, who made 33.\n\n"
    "Harlow needed 58 off 40 balls, but the pair took 19 off Ben Kestrel's seventh over.\n\n"
    "Kestrel went on to finish with 83 runs from his 10 overs.\n\n"
    "Opener Dan Marr, with 41 off 29 balls, had given Harlow a quick start.\n")


def test_a_bare_count_a_batter_scores_counts_the_reports_runs(nlp):
    found = claims_of(nlp, CRICKET)
    assert found["74"].metric == "runs"  # "smashed 74 from 61 balls"
    assert found["33"].metric == "runs"  # "who made 33": not the balls of the figure before
    assert found["41"].metric == "runs"  # "with 41 off 29 balls"


def test_runs_off_an_over_or_needed_off_balls_are_runs(nlp):
    found = claims_of(nlp, CRICKET)
    assert found["58"].metric == "runs"  # "needed 58 off 40 balls"
    assert found["19"].metric == "runs"  # "took 19 off Ben Kestrel's seventh over"


def test_balls_faced_from_are_no_old_side_of_a_comparison(nlp):
    found = claims_of(nlp, CRICKET)
    assert found["61"].metric == "balls"
    assert found["61"].period == "2023-02"  # "74 from 61 balls": the match's, not an old side with no period


BASKETBALL = (
    "Comets end Hawks' run\n\n"
    "The Harlow Comets beat the Orm Valley Hawks 112-104 on Friday night.\n\n"
    "Joel Varga scored 28 points with 9 rebounds, and Sam Orla added 19 points.\n\n"
    "Dan Marr scored 17 for Harlow, who had lost on Wednesday.\n\n"
    "Tom Reid had 24 points for the Hawks, with Ben Kestrel contributing 15 with six assists.\n")


def test_a_bare_count_scored_in_a_basketball_report_is_points(nlp):
    found = claims_of(nlp, BASKETBALL)
    assert found["17"].metric == "points"  # "scored 17 for Harlow": no goals in a story that counts points
    assert found["15"].metric == "points"  # "contributing 15 with six assists"


def test_a_listed_bare_count_after_a_scoring_verb_is_the_reports_unit(nlp):
    text = ("Harlow cruise to big win\n\n"
            "Harlow beat Kelby by 71 runs in the World Cup on Sunday, after Sam Orla made 104 runs off 62 balls.\n\n"
            "He was well supported by Tom Reid, Dan Marr and Joel Varga, who made 66, 58 and 51 respectively.\n")
    found = claims_of(nlp, text, dt.date(2023, 3, 6))
    assert found["66"].metric == "runs"
    assert found["58"].metric == "runs"


def test_a_boundary_hit_is_no_count_of_runs(nlp):
    """Guard (passes on the code before the change too): "a six" is a boundary, never the report's unit."""
    text = ("Harlow cruise to big win\n\n"
            "Harlow beat Kelby by 71 runs in the World Cup on Sunday, after Sam Orla made 104 runs off 62 balls.\n\n"
            "Tom Reid hit seven fours and a six.\n")
    found = claims_of(nlp, text, dt.date(2023, 3, 6))
    assert found["seven"].metric == "fours"
    assert "six" not in found or found["six"].metric != "runs"


def test_a_scoring_verb_in_a_football_report_keeps_goals(nlp):
    """Guard (passes on the code before the change too): a football report that writes "scored 14 league goals"
    counts goals, even where it gives league points too."""
    text = ("Harlow beat Kelby to go top\n\n"
            "Harlow beat Kelby 3-1 in the league on Saturday to move two points clear with 58 points.\n\n"
            "Joel Varga scored 14 league goals last season and has scored 9 this season.\n")
    found = claims_of(nlp, text)
    assert found["9"].metric != "points"


def test_a_players_line_after_added_is_no_rise(nlp):
    """A match report's "added 19 points" is what the player scored, a count, not a rise of anything; nor the later
    counts of the line ("plus seven rebounds and four assists")."""
    text = ("Comets end Hawks' run\n\n"
            "The Harlow Comets beat the Orm Valley Hawks 112-104 on Friday night.\n\n"
            "Joel Varga scored 28 points with 9 rebounds.\n\n"
            "Harlow guard Sam Orla added 19 points -- 11 in the first half -- plus seven rebounds and four assists.\n")
    found = claims_of(nlp, text)
    assert found["19"].direction is None and found["19"].kind == "count"
    assert found["11"].direction is None
    assert found["four"].direction is None


def test_jobs_added_stay_a_rise(nlp):
    """Guard (passes on the code before the change too): what an economy adds is a rise, whoever scores in the text."""
    text = ("Harlow economy adds jobs\n\n"
            "The Harlow economy added 12,000 jobs in January, figures showed on Friday.\n\n"
            "The Comets scored 112 points and 104 points in their two games.\n")
    found = claims_of(nlp, text)
    assert found["12,000"].direction == "up"


def test_a_streaks_length_is_the_streak_of_the_season(nlp):
    """"a six-game winning streak" is the streak's length, not a count of games; in a report whose text counts a season
    ("the first all season") it is the season's, a run over many nights."""
    text = ("Comets end Hawks' run\n\n"
            "The Harlow Comets on Friday ended the Orm Valley Hawks' six-game winning streak, beating them 112-104.\n\n"
            "It was the Hawks' first home defeat all season.\n\n"
            "Joel Varga scored 28 points, ending his streak of 30-point games at 9.\n")
    found = claims_of(nlp, text)
    assert found["six"].metric == "winning streak"
    assert found["six"].period == "2022-23"
    assert found["9"].metric == "streak of 30-point games"
    assert found["9"].period == "2022-23"


def test_a_streak_snapped_in_a_report_that_counts_no_season_is_the_matchs(nlp):
    text = ("Comets end Hawks' run\n\n"
            "The Harlow Comets beat the Orm Valley Hawks 112-104 on Friday night to snap a four-game losing streak.\n\n"
            "Joel Varga scored 28 points.\n")
    found = claims_of(nlp, text)
    assert found["four"].metric == "losing streak"
    assert found["four"].period == "2023-02"


SHOOTING = (
    "Comets end Hawks' run\n\n"
    "The Harlow Comets beat the Orm Valley Hawks 112-104 on Friday night.\n\n"
    "Joel Varga made 11 of 15 shots from the floor and scored 19 of his season-high 33 points in the first half.\n\n"
    "Sam Orla hit just six of his 14 attempts, but that included four of the Comets' 13 three-pointers.\n\n"
    "The Comets went 41 of 80 from the field and nine of 21 from three-point range.\n")


def test_a_shooting_lines_part_is_the_shots_made_and_its_whole_the_tries(nlp):
    found = claims_of(nlp, SHOOTING)
    assert found["11"].metric == "field goals made"  # "made 11 of 15 shots from the floor"
    assert found["15"].metric == "field goal attempts"
    assert found["41"].metric == "field goals made"  # "went 41 of 80 from the field"
    assert found["80"].metric == "field goal attempts"
    assert found["nine"].metric == "three-pointers made"  # "nine of 21 from three-point range"
    assert found["21"].metric == "three-point attempts"


def test_a_part_of_a_record_whole_is_no_record(nlp):
    found = claims_of(nlp, SHOOTING)
    assert found["19"].metric == "points"  # "19 of his season-high 33 points": the record is the whole's


def test_a_part_of_a_teams_whole_is_the_players_and_the_whole_the_teams(nlp):
    found = claims_of(nlp, SHOOTING)
    assert found["four"].metric == "three-pointers" and "Sam Orla" in found["four"].subject
    assert found["13"].metric == "three-pointers" and "Comets" in found["13"].subject


def test_matches_won_of_a_season_are_no_shooting_line(nlp):
    """Guard (passes on the code before the change too): "won 24 of their 38 league matches" is no shooting line."""
    text = ("Harlow beat Kelby to go top\n\n"
            "Harlow beat Kelby 3-1 in the league on Saturday, and have now won 24 of their 38 league matches.\n")
    found = claims_of(nlp, text)
    assert "shots" not in (found["24"].metric or "") and "attempts" not in (found["38"].metric or "")


def test_a_bowlers_figures_are_his_not_his_over_the_tagger_named(nlp):
    """A name the tagger ran past its possessive into the words it owns ("Kestrel's ninth") is the owner; a bowler's
    runs after "a" and a describing word are what he conceded in the match, no size of a thing."""
    text = ("Harlow win after record chase\n\n"
            "Harlow beat Kelby by three wickets in the fourth one-day international at Orm Park on Saturday.\n\n"
            "Kelby had posted 301 for 7 after Sam Orla made 112 runs, his second century of the series.\n\n"
            "Harlow needed 58 off 40 balls, but the pair took 19 off Ben Kestrel's seventh over.\n\n"
            "They then took 15 off Kestrel's ninth as the Kelby bowler went on to finish with a costly 83 runs from his "
            "10 overs.\n")
    found = claims_of(nlp, text)
    assert "Kestrel" in found["83"].subject and "ninth" not in found["83"].subject
    assert found["83"].period == "2023-02"


def test_a_win_by_a_margin_of_runs_is_the_matchs(nlp):
    text = ("Harlow cruise to big win\n\n"
            "Harlow beat Kelby with a 64-run victory in the World Cup on Sunday, after Sam Orla made 104 runs off 62 "
            "balls.\n\n"
            "Tom Reid made a fighting 48-run knock off 51 balls.\n")
    found = claims_of(nlp, text, dt.date(2023, 3, 6))
    assert found["64"].period == "2023-03"
    assert found["48"].period == "2023-03"


def test_a_batters_score_in_brackets_and_a_bowlers_overs(nlp):
    text = ("Harlow cruise to big win\n\n"
            "Harlow beat Kelby with a 64-run victory in the World Cup on Sunday, after Sam Orla made 104 runs off 62 "
            "balls.\n\n"
            "Dan Marr, who also got the key wicket of Joel Varga (27), finished with 41 runs from his 9 overs.\n")
    found = claims_of(nlp, text, dt.date(2023, 3, 6))
    assert found["27"].metric == "runs"  # a batter's score in brackets after his name
    assert found["9 overs"].metric == "overs"


def test_shots_knocked_down_are_no_fall(nlp):
    text = ("Comets end Hawks' run\n\n"
            "The Harlow Comets beat the Orm Valley Hawks 112-104 on Friday night.\n\n"
            "Joel Varga knocked down four consecutive 3-point shots and scored 14 points in the final 2:40.\n")
    found = claims_of(nlp, text)
    assert found["four"].direction is None and found["four"].kind == "count"
