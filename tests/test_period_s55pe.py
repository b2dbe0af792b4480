"""Session 55 (pe: periods of event reports): a report of a match just played dates the match's figures by the month
of the match day, whatever season or month words stand in other sentences of its lead, while a season total keeps the
season its own sentence names. A season in progress that a sentence after the first names ("also scored 58 earlier
this season") and the month or year of the match day ("after a late November slump" of a game played on Friday 30
November) leave a match report a match report; that season does not carry to the match's figures after it; a match's
margin before a noun of its result ("an innings and 48-run victory", rules/frame.json `result_margin_units`) makes a
lead a match report as a score does; and a margin or a haul described with "a" ("a six-wicket haul", "an eight-wicket
win") is the match's figure, of its month. Made-up text; a test of each change fails on the code before it, unless
its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 2, 24))


SEASON_ASIDE = (
    "League roundup: Karsen erupts for 58 in Hawks win\n\n"
    "Tomas Karsen set career highs of 58 points and 11 steals to lead the Harlow Hawks to a 128-110 victory over the "
    "visiting Dunmore Rays on Sunday night.\n\n"
    "Jon Pell of the Carrick Kings also scored 58 earlier this season. Karsen scored 33 of his points before the "
    "break, a club record.\n\n"
    "Ari Vos added 14 points and Ben Olu had 12 rebounds for Harlow.\n")


def test_a_season_a_later_sentence_of_the_lead_names_leaves_the_match_its_month(nlp):
    found = claims_of(nlp, SEASON_ASIDE)
    assert found["14"].period == "2031-02"
    assert found["12"].period == "2031-02"


def test_the_match_figures_of_the_first_sentence_take_the_match_month(nlp):
    found = claims_of(nlp, SEASON_ASIDE)
    assert found["11"].period == "2031-02"


def test_a_season_total_keeps_its_season_and_does_not_carry_to_the_match(nlp):
    found = claims_of(nlp, SEASON_ASIDE)
    assert found["33"].period == "2031-02"  # the sentence after "earlier this season": the match's half


def test_a_season_total_keeps_the_season_its_sentence_names(nlp):
    """Guard (passes on the code before the change too): the season total's own sentence dates it."""
    found = claims_of(nlp, SEASON_ASIDE)
    assert found["58"].period == "2030-31"  # (the last "58": Pell's)


MONTH_ASIDE = (
    "Hawks rout Rays\n\n"
    "HARLOW (AP) - After stumbling through a late November slump, the Harlow Hawks scored a season-high for the "
    "second game in a row.\n\n"
    "Tom Reed scored 31 points and was one of six Harlow players in double figures as the Hawks routed the Dunmore "
    "Rays 121-90 on Friday night.\n\n"
    "Reed made 12 of 17 shots as the Hawks passed the 118 points they scored Tuesday.\n")


def test_the_month_of_the_match_day_in_the_lead_leaves_a_match_report(nlp):
    found = claims_of(nlp, MONTH_ASIDE, dt.date(2029, 12, 2))  # Friday: 30 November 2029
    assert found["31"].period == "2029-11"
    assert found["six"].period == "2029-11"
    assert found["12"].period == "2029-11"


MARGIN_LEAD = (
    "Harlow keep Dunmore at bay\n\n"
    "As the heat rose in the first test, there was only one side in it.\n\n"
    "A fired-up Tom Reed took the last two wickets to seal a six-wicket haul and an innings and 48-run victory over "
    "Dunmore at Carrick Park yesterday.\n\n"
    "Reed ended with 6-51 off 22.3 overs as Harlow bowled Dunmore out for 203 in their second innings.\n")


def test_a_margin_before_a_result_noun_makes_a_match_report(nlp):
    found = claims_of(nlp, MARGIN_LEAD, dt.date(2030, 12, 3))  # yesterday: 2 December 2030
    assert found["22.3 overs"].period == "2030-12"
    assert found["203"].period == "2030-12"
    assert found["48"].period == "2030-12"


def test_a_haul_described_with_a_is_the_match_figure(nlp):
    found = claims_of(nlp, MARGIN_LEAD, dt.date(2030, 12, 3))
    assert found["six"].period == "2030-12"


TABLE_STANDING = (
    "Harlow open gap at the top\n\n"
    "Ann Reid's hat-trick in Harlow's 3-1 win over Dunmore lifted the leaders five points clear at the top of the "
    "Premier Division yesterday.\n\n"
    "Reid completed her treble in 11 minutes before Harlow moved on to 68 points from 29 games, five clear of "
    "Carrick.\n\n"
    "Kelby have 61 points from 29 games, Orm 57 and fourth-placed Tarn 52, with nine matches left.\n")


def test_a_league_standing_in_a_match_report_is_the_season(nlp):
    found = claims_of(nlp, TABLE_STANDING, dt.date(2031, 3, 10))  # yesterday: 9 March 2031
    assert found["68"].period == "2030-31"
    assert found["29"].period == "2030-31"
    assert found["57"].period == "2030-31"
    assert found["nine"].period == "2030-31"


def test_the_match_figures_beside_a_standing_keep_the_match_month(nlp):
    """Guard (passes on the code before the change too): a match's own figure stays of the match's month."""
    found = claims_of(nlp, TABLE_STANDING, dt.date(2031, 3, 10))
    assert found["11 minutes"].period == "2031-03"


WEEKEND_MATCH = (
    "Soccer: Valdoria roundup\n\n"
    "Harlow stayed on course for a first title in five years after Ann Reid and Joel Varga scored two goals apiece in a "
    "4-0 rout of Dunmore at the weekend.\n\n"
    "Kelby missed a chance to close the gap ahead of their visit to Orm on Monday after a 2-2 draw at home to Tarn.\n\n"
    "Reid has 21 goals in all competitions, and Varga made 44 passes in the win.\n")


def test_a_match_at_the_weekend_is_dated_by_the_saturday_not_a_match_to_come(nlp):
    found = claims_of(nlp, WEEKEND_MATCH, dt.date(2031, 3, 3))  # Monday 3 March: Saturday 1 March
    assert found["44"].period == "2031-03"
    found = claims_of(nlp, WEEKEND_MATCH, dt.date(2031, 6, 2))  # Monday 2 June: Saturday 31 May
    assert found["44"].period == "2031-05"


def test_a_state_of_the_match_is_no_table_standing(nlp):
    """Guard (passes on the code before the change too): "two wickets in hand", "ten points behind at half-time" are
    the match's, of its month."""
    text = ("Harlow edge Dunmore in thriller\n\n"
            "Harlow beat Dunmore by two wickets in a one-day international at Carrick Park yesterday.\n\n"
            "Harlow were 12 points behind at half-time, needing 14 to win off the final over with two wickets in "
            "hand.\n")
    found = claims_of(nlp, text, dt.date(2031, 3, 10))
    assert found["12"].period == "2031-03"


LINE_WHOLE = (
    "Harlow clinch the Tarn Cup\n\n"
    "Harlow defeated Dunmore 52-47 in the deciding third Test on Sunday.\n\n"
    "Captain Ann Reid (23 goals from 27 shots) and Joel Varga (18 from 21) got the job done at the other end.\n\n"
    "Opener Tom Reed compiled a patient 71 from 118 balls.\n")


def test_the_whole_of_a_line_from_attempts_is_the_match_figure(nlp):
    found = claims_of(nlp, LINE_WHOLE, dt.date(2031, 3, 10))  # Sunday: 9 March 2031
    assert found["27"].period == "2031-03"
    assert found["21"].period == "2031-03"
    assert found["118"].period == "2031-03"


def test_a_run_of_games_in_a_match_report_is_the_season_it_counts(nlp):
    text = ("League roundup: Hawks hold off Rays\n\n"
            "Tom Reed scored 34 points to lead the Harlow Hawks to a 118-104 victory over the Dunmore Rays on Sunday "
            "night.\n\n"
            "Ari Vos added 19 points for Dunmore, which has lost eight straight games and 21 of its last 26.\n\n"
            "Vos made 7 of 12 shots. The Hawks led by 15 at the half.\n\n"
            "The Hawks host Kelby on Tuesday. Reed is averaging 27 points a game for the season.\n")
    found = claims_of(nlp, text, dt.date(2031, 3, 10))
    assert found["eight"].period == "2030-31"
    assert found["21"].period == "2030-31"
    assert found["19"].period == "2031-03"


def test_a_season_long_over_a_later_sentence_recalls_is_a_record_not_the_story_period(nlp):
    text = ("League roundup: Rays match record with 24th straight loss\n\n"
            "Tom Reed scored 31 points and the Harlow Hawks earned a 121-108 victory over the Dunmore Rays, who tied a "
            "league record with their 24th straight loss on Saturday night.\n\n"
            "The Rays became the second team to lose 24 straight in a season, joining the 2011-12 Kelby Kings.\n\n"
            "Ari Vos added 18 points for Harlow.\n")
    found = claims_of(nlp, text, dt.date(2031, 3, 10))  # Saturday: 8 March 2031
    assert found["31"].period == "2031-03"
    assert found["18"].period == "2031-03"
