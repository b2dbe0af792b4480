"""Session 51 (central banks, forecasts and statistics releases): economy stories read page-wide. A person who speaks
for an institution (named with a role: governor, chief, chief economist, minister) is a source, never what the article
leads with, even when the headline names the person ("Valdoria's Renno sees faster inflation"); a report's title ("the
Short-Term Energy Outlook", "its 2025 Outlook") is a source, never a subject nor the lead. Made-up text; each test
fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

BANK_CHIEF = ("Valdoria's Renno sees faster inflation, keeps hikes on table\n\n"
              "(Wirecast) -- Valdoria's central bank raised its inflation forecast for 2031 while not ruling out "
              "more rate increases.\n\n"
              "Speaking at a news conference Friday in Marbury, central bank chief Tomas Renno said the bank had raised "
              "its inflation estimate for 2031 to 6.2%.\n\n"
              "The bank last week lifted the key rate to 5.25%. \"We have not ruled anything out,\" Renno said.\n\n"
              "The bank also lowered its 2031 growth forecast to 2.1%, Renno said.\n")


def test_a_headline_person_who_speaks_for_a_central_bank_is_a_source_and_the_country_leads(nlp):
    found = claims_reader(dt.date(2031, 9, 16))(nlp, BANK_CHIEF)
    assert found["6.2%"].subject == "Valdoria"
    assert found["5.25%"].subject == "Valdoria"
    assert found["2.1%"].subject == "Valdoria"


ECONOMIST_AFTER = ("Tarsania's Holloway sees slower growth next year\n\n"
                   "The economy will grow 1.4% next year, down from 3.2% this year, said Ann Holloway, the finance "
                   "ministry's chief economist.\n\n"
                   "\"Growth is already slowing,\" Holloway said. Unemployment will rise to 5.1% next year, Holloway "
                   "said.\n")


def test_a_headline_person_named_with_a_role_after_the_name_is_a_source(nlp):
    found = claims_reader(dt.date(2030, 10, 2))(nlp, ECONOMIST_AFTER)
    assert found["1.4%"].subject == "Tarsania"
    assert found["3.2%"].subject == "Tarsania"


STRIKER = ("Kelso's Varn scores twice as Rovers win\n\n"
           "Striker Elias Varn scored twice as Wexmoor Rovers beat Ashgrove 3-1 on Saturday.\n\n"
           "Varn has now scored 14 league goals this season.\n")


def test_guard_a_player_who_never_speaks_for_an_institution_keeps_his_figures(nlp):
    """Guard (passes on both): a person named with no role of an institution and no speech keeps his own figures."""
    found = claims_reader(dt.date(2030, 3, 2))(nlp, STRIKER)
    assert "Varn" in found["14"].subject


OUTLOOK = ("Coal output in 2031 expected to be lowest in decades\n\n"
           "By the end of 2031 coal production in Valdoria is expected to drop to its lowest level since 1990, according "
           "to the Valdorian Energy Ministry.\n\n"
           "In its 2032 Outlook, the ministry's Energy Statistics Office predicts an 11 percent fall in coal output this "
           "year, followed by a two percent rise in 2032.\n\n"
           "Gas output will fall this year too, according to the Outlook.\n\n"
           "National solar capacity in 2030 was 41 gigawatts, which the office expects will rise by six gigawatts in "
           "2031.\n")


def test_a_report_title_is_never_the_subject_of_the_figures_it_forecasts(nlp):
    found = claims_reader(dt.date(2031, 11, 9))(nlp, OUTLOOK)
    for text in ("two percent", "41 gigawatts", "six gigawatts"):
        assert found[text].subject != "Outlook", text


TITLE_SUBJECT = ("Agency expects higher gas prices in 2031\n\n"
                 "In its January Medium-Range Fuel Outlook (MRFO), the Valdorian Fuel Agency forecasts that the annual "
                 "gas spot price at the Corran Hub will rise 14 cents to average $3.40 in 2031.\n")


def test_a_report_title_named_in_full_is_no_grammatical_subject(nlp):
    found = claims_reader(dt.date(2031, 1, 15))(nlp, TITLE_SUBJECT)
    assert "Outlook" not in (found["$3.40"].subject or "")


REVISION_LIST = ("Valdoria's central bank raises inflation forecasts\n\n"
                 "Valdoria's central bank raised its inflation estimate for 2031 to 6.2% from a previous 5.4% and for 2032 "
                 "to 3.1% from 2.6%, the bank said on Friday.\n\n"
                 "The bank also lowered its 2031 growth forecast to 2.4% from 2.9% and its 2032 forecast to 2.2% from "
                 "2.7%.\n")


def test_each_side_of_a_forecast_revision_takes_the_year_its_item_names_before_it(nlp):
    found = claims_reader(dt.date(2031, 9, 16))(nlp, REVISION_LIST)
    assert found["6.2%"].period == "2031"
    assert found["5.4%"].period == "2031"
    assert found["3.1%"].period == "2032"
    assert found["2.6%"].period == "2032"
    assert found["2.4%"].period == "2031"
    assert found["2.9%"].period == "2031"
    assert found["2.2%"].period == "2032"
    assert found["2.7%"].period == "2032"


PREVIOUS_PROJECTION = ("Tarsania bank lifts outlook\n\n"
                       "The bank also raised its projection for 2032 inflation to 4.1% from a previous 3.8%.\n")


def test_the_old_side_of_a_revised_projection_is_of_the_same_year(nlp):
    found = claims_reader(dt.date(2031, 8, 1))(nlp, PREVIOUS_PROJECTION)
    assert found["4.1%"].period == "2032"
    assert found["3.8%"].period == "2032"


OWN_YEAR_AFTER = ("Valdoria lifts forecast\n\n"
                  "The ministry raised its growth forecast for 2031 to 2.5% from 1.9% in 2030.\n")


def test_guard_an_old_side_with_its_own_year_keeps_it(nlp):
    """Guard (passes on both): a year written right after the old side is its own."""
    found = claims_reader(dt.date(2031, 3, 1))(nlp, OWN_YEAR_AFTER)
    assert found["1.9%"].period == "2030"


HOURS = ("October jobs figures from the Valdoria Statistics Office\n\n"
         "The unemployment rate rose 0.2 percentage points to 5.8% in October.\n\n"
         "Aggregate monthly hours worked fell 12 million hours (0.7%) to 1,702.4 million hours.\n")


def test_a_total_of_hours_worked_in_millions_takes_the_release_s_month(nlp):
    found = claims_reader(dt.date(2030, 11, 14))(nlp, HOURS)
    assert found["12 million hours"].period == "2030-10"
    assert found["1,702.4 million hours"].period == "2030-10"


SURVEY = ("Valdorans rate themselves as healthy\n\n"
          "Health Minister Ann Reid says provisional results from the 2029-30 Valdoria Health Survey show eight out of 10 "
          "adults rate their health as good or better.\n\n"
          "\"That 80 percent of adults feel healthy is encouraging,\" she said.\n\n"
          "Two thirds of adults eat three or more servings of vegetables each day. One in four are obese.\n")


def test_a_survey_the_lead_names_with_its_years_dates_every_finding(nlp):
    found = claims_reader(dt.date(2031, 3, 12))(nlp, SURVEY)
    assert found["eight out of 10"].period == "2029-30"
    assert found["80 percent"].period == "2029-30"
    assert found["Two thirds"].period == "2029-30"
    assert found["One in four"].period == "2029-30"


BULLETS = ("Jobs report: payrolls rise in March\n\n"
           "Employers in Valdoria added 212,000 jobs in March, the statistics office said.\n\n"
           "\u2022 Health care added 41,000 jobs.\n"
           "\u2022 Construction employment rose 12,000.\n"
           "\u2022 Retail trade lost 8,000 jobs.\n"
           "\u2022 Harlow Mills cut 300 jobs.\n")


def test_a_bulleted_line_s_category_is_no_subject(nlp):
    found = claims_reader(dt.date(2030, 4, 5))(nlp, BULLETS)
    assert found["8,000"].subject == "Valdoria"
    assert found["300"].subject == "Harlow Mills"


GDP_RELEASE = ("GDP first quarterly estimate, Valdoria: April to June 2031\n\n"
               "The first quarterly estimate of Valdoria gross domestic product (GDP) shows an estimated fall of 0.3% in "
               "Quarter 2 (April to June) 2031.\n\n"
               "Monthly estimates published today show that GDP fell by 0.4% in June 2031, which was affected by the bank "
               "holiday for the Grand Jubilee of King Aldric, when some shops closed.\n\n"
               "The production sector fell by 1.2% in Quarter 2 2031.\n\n"
               "Estimates for June 2031 are affected by the bank holiday for the Grand Jubilee of King Aldric.\n")


def test_the_country_a_national_measure_is_named_with_leads_a_release(nlp):
    found = claims_reader(dt.date(2031, 8, 12))(nlp, GDP_RELEASE)
    assert found["0.3%"].subject == "Valdoria"
    assert found["1.2%"].subject == "Valdoria"


SURVEY_LATER = ("Millions of Valdorans smoke and are obese\n\n"
                "June 3, 2031 -- New research shows how common smoking and obesity are among adults in Valdoria. Experts "
                "report that more than 38% of adults either smoke or are obese.\n\n"
                "The data came from the 2029 Valdoria Health Interview Survey, which included 24,100 people. Among them, "
                "6.1% of men and 4.4% of women smoke and are obese.\n")


def test_a_survey_named_with_its_year_later_on_dates_its_present_tense_findings(nlp):
    found = claims_reader(dt.date(2031, 6, 3))(nlp, SURVEY_LATER)
    assert found["6.1%"].period == "2029"
    assert found["4.4%"].period == "2029"


RESTATED = ("Valdoria central bank raises 2032 inflation outlook to 8.1%\n\n"
            "MARBURY, Aug 1 (Wirecast) - Valdoria's central bank on Monday raised its inflation outlook for 2032 to 8.1%, "
            "as high prices persist.\n\n"
            "The projection, published in the bank's quarterly policy report, is an increase on a previous estimate of "
            "6.4%.\n")


def test_a_figure_of_a_sentence_whose_subject_restates_the_figure_before_takes_its_period(nlp):
    found = claims_reader(dt.date(2032, 8, 1))(nlp, RESTATED)
    assert found["6.4%"].period == "2032"


STARTS = ("Annual pace of housing starts up 6% in May\n\n"
          "The seasonally adjusted annual rate of housing starts in Valdoria came in at 184,220 units in May.\n\n"
          "The annual rate of rural starts was estimated to be around 12,400 units, according to the housing agency.\n")


def test_a_count_in_units_with_no_of_phrase_measures_its_clause_s_subject(nlp):
    found = claims_reader(dt.date(2031, 6, 14))(nlp, STARTS)
    assert "rate of housing starts" in found["184,220"].metric
    assert "rate of rural starts" in found["around 12,400"].metric
