"""Session 54 (events, exams and elections: the named thing a page is about, and its date): an exam's results are of
the exam's year, the one the lead gives the exam, else the year of publication; an exam named by its initials may lead;
a named storm a disaster story is about leads it, over the places it struck, and keeps the country it struck; a year
that only ranks a disaster ("the strongest typhoon this year") dates neither its toll nor the story. Made-up text; a
test of each change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

january = claims_reader(dt.date(2031, 1, 9))
june = claims_reader(dt.date(2031, 6, 14))
november = claims_reader(dt.date(2031, 11, 20))


LAST_YEARS_EXAMS = ("Senior Award pass rate 'a real step forward'\n\n"
                    "Some 71,4% of pupils passed last year's senior exams, up from 66,2% in 2029, Schools Minister "
                    "Ann Reid announced on Thursday.\n\n"
                    "There were 412 310 candidates who sat the exams, of whom 301 225 passed. Of those, 26,1% "
                    "qualified for university, up from 24,0%.\n\n"
                    "There were 27 schools where no pupil passed.\n")


def test_an_exams_figures_are_of_the_year_the_lead_gives_the_exam(nlp):
    found = january(nlp, LAST_YEARS_EXAMS)
    assert found["Some 71,4%"].period == "2030"  # "last year's exams", out in January 2031
    assert found["66,2%"].period == "2029"
    for text in ("412 310", "301 225", "27"):
        assert found[text].period == "2030", text


INITIALS_EXAM = ("14,212 students clear HSC exam\n\n"
                 "MARLOW: A total of 14,212 students from among 15,880 students, who had appeared for the higher "
                 "secondary certificate examination conducted by the Marlow Board of Secondary and Higher Secondary "
                 "Education held in March, passed the exam registering a pass percentage of 89.50.\n\n"
                 "As many as 61 schools in the state secured 100 per cent results, while 140 schools out of 322 "
                 "secured more than 75 per cent results.\n\n"
                 "Last year, 13,950 students from among 15,310 pupils who appeared for the HSC examination had "
                 "passed the exam.\n")


def test_an_exam_named_by_its_initials_leads_and_dates_its_figures_by_its_year(nlp):
    found = june(nlp, INITIALS_EXAM)
    for text in ("15,880", "89.50", "As many as 61", "322"):
        assert found[text].subject == "HSC", text
        assert found[text].period == "2031", text


NAMED_CERT = ("48,000 students get Harwell results\n\n"
              "Over 48,000 students across the State received their Harwell Cert results today.\n\n"
              "Minister for Education Joel Hart congratulated the students this morning.\n\n"
              "Today's results show only 14 per cent of students took honours physics, while 9 per cent took higher "
              "level chemistry.\n")


def test_an_exam_named_before_its_results_dates_them_by_the_year_of_publication(nlp):
    found = june(nlp, NAMED_CERT)
    assert found["Over 48,000"].period == "2031"
    assert found["14 per cent"].period == "2031"
    assert found["9 per cent"].period == "2031"


APPOSED_TYPHOON = ("World's fiercest typhoon kills at least six and forces half a million from homes\n\n"
                   "The strongest typhoon in the world this year battered Valdoria today, killing at least six "
                   "people and forcing more than half a million to flee.\n\n"
                   "Orsolo, a category-5 super typhoon, raked the southern tip of Brenn Province after lashing the "
                   "islands of Tarvel and Kessin with 260kmh wind gusts.\n\n"
                   "Six people were killed and nine injured, disaster agency spokesman Joel Hart told a briefing in "
                   "Harlow. Authorities warned that more than 9 million people were at risk.\n")


def test_a_storm_named_in_apposition_leads_and_its_toll_is_of_the_day(nlp):
    found = november(nlp, APPOSED_TYPHOON)
    for text in ("at least six", "260kmh", "nine", "more than 9 million"):
        assert found[text].subject == "Orsolo", text
    for text in ("at least six", "more than half a million", "nine", "more than 9 million"):
        assert found[text].period == "2031-11-20", text


NAMED_CYCLONE = ("Cyclone Orla kills dozens in Sri Lanka with thousands in camps\n\n"
                 "Most deaths were caused by flooding and falling trees. Relief teams rushed food and water to the "
                 "camps.\n\n"
                 "The death toll from a cyclone that hit the coast of southern Sri Lanka has risen to 38, with the "
                 "storm leaving a trail of damage to homes and roads, officials said Saturday.\n\n"
                 "Kessin Chief Minister Ann Reid said that at least 38 people and 540 cattle had been killed because "
                 "of the cyclone. She added that the cyclone had destroyed more than 41,000 huts.\n\n"
                 "They were evacuated from areas in the path of Cyclone Orla, which struck four districts of Kessin "
                 "state on Friday.\n\n"
                 "The cyclone uprooted 22,000 electricity poles and more than 80,000 trees, she said.\n")


def test_a_named_storm_keeps_the_country_it_struck(nlp):
    found = november(nlp, NAMED_CYCLONE)
    for text in ("38", "540", "more than 41,000", "22,000", "more than 80,000"):
        assert found[text].subject in ("Orla", "Cyclone Orla"), text


TALLIES = ("Final county election results released\n\n"
           "Nearly half of Kestrel County's 48,210 registered voters cast ballots in the presidential primary election "
           "June 7. The county registrar certified the results Friday.\n\n"
           "Among presidential primaries: Ann Reid garnered 4,120 votes (51.8 percent) while Sen. Joel Hart took 3,610 "
           "(45.4 percent). Tom Brandt received 8,412 GOP votes (74.9 percent).\n\n"
           "For U.S. senator, 3,977 (21.3 percent) rallied around moderate Democrat Lena Marsh, 3,348 (17.9 percent) "
           "for Democrat Ravi Patel and 2,888 (15.5 percent) for Republican Owen Pryce.\n")


def test_a_tally_of_votes_counts_votes_and_its_bracketed_share_is_the_vote_share(nlp):
    found = june(nlp, TALLIES)
    for text in ("3,610", "3,977", "3,348", "2,888"):
        assert found[text].metric == "votes", text
    for text in ("51.8 percent", "45.4 percent", "74.9 percent", "21.3 percent", "17.9 percent", "15.5 percent"):
        assert found[text].metric == "vote share", text


def test_a_tally_goes_to_the_candidate_its_clause_gives_it_to(nlp):
    found = june(nlp, TALLIES)
    for text, name in (("3,977", "Lena Marsh"), ("21.3 percent", "Lena Marsh"), ("3,348", "Ravi Patel"),
                       ("17.9 percent", "Ravi Patel"), ("2,888", "Owen Pryce"), ("8,412", "Tom Brandt")):
        assert found[text].subject == name, text


def test_a_month_still_to_come_names_the_vote_ahead_not_the_tallys_period(nlp):
    found = june(nlp, TALLIES + "\nFor U.S. representative, Mara Quill swept her race locally with 5,406 votes (68.2 "
                                "percent), and Dean Orr and Ivo Lant received a county nod for a face-off in November "
                                "by taking 40.6 and 38.1 percent of the vote, respectively.\n")
    for text in ("5,406", "68.2 percent", "40.6"):
        assert found[text].period == "2031-06", text


LATER_NAMED = ("At least five dead as thousands flee Valdoria typhoon\n\n"
               "The strongest typhoon this year battered Valdoria today, forcing more than 400,000 people to flee and "
               "cutting power lines.\n\n"
               "At least five people have died, officials said.\n\n"
               "Typhoon Orsolo raced across a string of islands from east to west and lashed beach communities with "
               "winds of over 190km/h. Nearly 610,000 people have been forced to evacuate their homes.\n")


def test_a_storm_the_lead_names_by_its_noun_leads_by_the_name_given_later(nlp):
    found = november(nlp, LATER_NAMED)
    for text in ("more than 400,000", "At least five", "Nearly 610,000"):
        assert found[text].subject == "Orsolo", text
        assert found[text].period == "2031-11-20", text


LOWER_NOUN = ("Super typhoon Haiwen causes massive destruction in Valdoria, at least 6 dead\n\n"
              "Harlow: At least six people died and nine others were injured as super typhoon Haiwen hit vast areas of "
              "central Valdoria on Friday.\n\n"
              "Close to 530,000 people had been evacuated from towns and villages in the typhoon's path.\n")


def test_a_storm_named_after_its_noun_in_lower_case_leads(nlp):
    """Guard (passes on the session-start code too: the tagger calls this made-up name an organisation, where it called
    the real page's "super typhoon Haiyan" a nationality, which `_disaster_name` now lets lead)."""
    found = november(nlp, LOWER_NOUN)
    for text in ("nine", "Close to 530,000"):
        assert found[text].subject == "Haiwen", text


STATE_GOVERNMENT = ("States brace for more storms\n\n"
                    "Heavy rain continues to cause flooding across Queensland and the north of the country.\n\n"
                    "The Queensland Government has extended its natural disaster declaration to four more council "
                    "areas, taking the number of councils declared disaster areas to 19.\n")


def test_a_count_a_state_government_gives_is_the_states(nlp):
    found = november(nlp, STATE_GOVERNMENT)
    assert found["19"].subject == "Queensland"


def test_a_tally_with_where_the_votes_were_cast_between(nlp):
    found = june(nlp, TALLIES + "\nStatewide, Ann Reid received 21,031 votes statewide (81 percent) while Tom Brandt "
                                "earned 40,561 votes throughout the state (72 percent).\n")
    assert found["81 percent"].metric == "vote share"
    assert found["72 percent"].metric == "vote share"
