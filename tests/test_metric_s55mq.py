"""Session 55 (mq): what a figure measures is never a junk noun. A metric that came out as a word that names no measure
(an extreme or threshold the figure reaches, a time, an event, an evaluation, a value word: `not_measure_words`), or as
the figure's own unit of a match written into it ("a 22-point lead"), falls back to the next candidate noun; a story's
own scoring unit beats a scoring verb's default noun; a change word ("bump", "weakness") is a change word. Made-up
text; a test of each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2031, 6, 4))


def test_an_extreme_reached_measures_what_the_verb_moved_to_it(nlp):
    """"raised its benchmark rate to a 15-year high of 7.25%": the rate, not "high"."""
    found = claims_of(nlp, "Orlan bank lifts rate\n\nThe Orlan central bank raised its benchmark rate to a 15-year high "
                           "of 7.25% last week after inflation eased.\n")
    assert "rate" in found["7.25%"].metric
    assert "high" not in found["7.25%"].metric


def test_a_threshold_broken_measures_the_subject_that_broke_it(nlp):
    """"Attendances this season broke the 12-million mark": attendance, not "mark"."""
    found = claims_of(nlp, "Crowds return\n\nAttendances at Kelmont league grounds this season broke the 12-million mark "
                           "for the first time in 40 years.\n")
    assert "attendance" in found["12-million"].metric.lower()


def test_a_level_against_the_mid_point_measures_the_subject(nlp):
    """"inflation was below the mid-point, at 3.9%": inflation, not "point"."""
    found = claims_of(nlp, "Valdoria prices\n\nThe Bank of Valdoria wants inflation near the middle of its 2%-5% range. In "
                           "May, inflation was below the mid-point, at 3.9%.\n")
    assert "inflation" in found["3.9%"].metric.lower()


def test_a_fiscal_year_label_is_no_measure(nlp):
    """"The number of clinics has increased from 12,300 in FY 2009/2010 to reach 15,900 in FY 2019/2020": clinics for
    both figures, never "FY"."""
    found = claims_of(nlp, "Norland health report\n\nThe number of clinics has increased from 12,300 in FY 2009/2010 to "
                           "reach 15,900 in FY 2019/2020, the ministry said.\n")
    for text in ("12,300", "15,900"):
        assert found[text].metric == "clinics", text


def test_a_sum_worth_of_things_measures_the_things(nlp):
    """"about $70 billion worth of contracts": the contracts, not "worth"."""
    found = claims_of(nlp, "Anvil outlook\n\nAnvil Group's chief executive said there were about $70 billion worth of "
                           "contracts to be bid in 2032.\n")
    assert "contracts" in found["about $70 billion"].metric


def test_a_match_unit_written_into_the_figure_measures_the_noun_it_modifies(nlp):
    """"a 22-point second-half lead", "a two-match touchline ban": the lead and the ban in the figure's unit ("lead in
    points", "touchline ban in matches"), not the bare unit "point" nor "match"."""
    found = claims_of(nlp, "Rovers slump\n\nKelmont Rovers threw away a 22-point second-half lead against Ardlow on "
                           "Sunday.\n\nCoach Ann Reid is serving the first of a two-match touchline ban.\n")
    lead = next(c for t, c in found.items() if t.startswith("22"))
    ban = next(c for t, c in found.items() if t.startswith("two"))
    assert lead.metric.endswith("lead in points")
    assert ban.metric == "touchline ban in matches"


def test_a_bump_in_profit_is_profit_growth(nlp):
    """"a 4-per-cent bump in profit": profit growth, "bump" a change word like "jump"."""
    found = claims_of(nlp, "Harbor Trust reports profit bump\n\nHarbor Trust opened the reporting season with a 4-per-cent "
                           "bump in profit, the lender said on Tuesday.\n")
    assert found["4-per-cent"].metric == "profit growth"


def test_a_high_reading_with_no_other_noun_is_its_dimension(nlp):
    """"A high of 31.2C was recorded": a temperature."""
    found = claims_of(nlp, "Heat builds\n\nA high of 31.2C was recorded in Harlow Park on Monday.\n")
    assert found["31.2C"].metric == "temperature"


def test_a_bare_score_counts_the_unit_the_story_counts_in(nlp):
    """A basketball story that writes its scores in points: "Reid also scored 64 earlier this season" counts points, not
    the goals "score" gives by default."""
    text = ("Varga erupts for 66\n\nTomas Varga scored 66 points and had 12 rebounds as the Harlow Hawks beat the Ardlow "
            "Owls 128-110 on Sunday night. Joel Reid of the Kelmont Kings also scored 64 earlier this season. Anton Bell "
            "added 21 points for Harlow.\n")
    found = claims_of(nlp, text)
    assert found["64"].metric == "points"


def test_a_shot_count_from_another_in_netball_is_no_balls_faced(nlp):
    """"Mira Hale (27 from 32)" in a netball story that writes no ball nor over: no balls faced, a cricket reading."""
    text = ("Harlow square series\n\nHarlow beat Ardlow 52-47 in the deciding netball Test on Sunday after a 12-goal loss "
            "in the second Test. Captain Ann Reid (19 goals from 24 shots) and Mira Hale (27 from 32) got the job done at "
            "the other end of the court.\n")
    found = claims_of(nlp, text)
    assert found["32"].metric != "balls"


def test_a_time_since_an_extreme_is_kept(nlp):
    """Guard (passes on both): "time since X was last this high" names a measure; its last word is no junk noun."""
    found = claims_of(nlp, "Orlan bank lifts rate\n\nThe Orlan central bank raised its benchmark rate to a 15-year high "
                           "of 7.25% last week.\n")
    assert found["15-year"].metric.startswith("time since")


def test_a_count_of_beds_keeps_its_unit(nlp):
    """Guard (passes on both): "a 500-bed hospital" counts beds; only a match's unit (points, goals, games) falls back."""
    found = claims_of(nlp, "Harlow builds\n\nThe council approved a 500-bed hospital in Harlow on Tuesday.\n")
    figure = next(c for t, c in found.items() if t.startswith("500"))
    assert "hospital" not in (figure.metric or "") or "bed" in (figure.metric or "")


def test_a_threshold_fallen_short_of_measures_the_subject_of_the_clause(nlp):
    """"average daily output in 2030 was about 41,000 barrels short of the 1.5 million mark": the output, not "mark"."""
    found = claims_of(nlp, "Orlan output slips\n\nState-owned Orlan Petroleum reports that average daily output in 2030 "
                           "was about 41,000 barrels short of the 1.5 million mark.\n")
    assert "output" in found["1.5 million"].metric


def test_a_figure_compared_to_after_a_fiscal_year_measures_the_clause_subject(nlp):
    """"the number of nurses has increased by 12%, to reach 41,200 in FY 2029/2030 compared to 36,800 in FY 2019/2020":
    nurses, the subject of the verb the comparison hangs from, never "FY"."""
    found = claims_of(nlp, "Norland staffing\n\nThe report said the number of nurses has increased by 12%, to reach 41,200 "
                           "in FY 2029/2030 compared to 36,800 in FY 2019/2020.\n")
    assert found["36,800"].metric == "nurses"


def test_a_bare_evaluation_word_is_no_measure(nlp):
    """"with an achievement of 68.4%": "achievement" names no measure; it is dropped, not written as the metric."""
    found = claims_of(nlp, "Exam results\n\nThe third best improved district is Kelby, with an achievement of 68.4%.\n")
    assert (found["68.4%"].metric or "") != "achievement"


def test_a_peak_is_never_the_place_that_had_it(nlp):
    """Guard (passes on both): "The district now enrolls 38,120 students, down from a peak of 47,300": never "district",
    the subject of the verb being who enrols, not what is measured."""
    found = claims_of(nlp, "Harlow schools\n\nThe district now enrolls 38,120 students in its schools, down from a peak "
                           "of 47,300 in 2016.\n")
    assert found["47,300"].metric != "district"
