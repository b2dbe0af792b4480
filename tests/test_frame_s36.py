"""Session 36: shapes read on statistics releases and their wire rewrites (house prices, inflation): a rate's
"year-on-year", a record "at any time since", a verb's particle before "up to", figures listed with their places,
and a bracketed rate after a level. Sentences are invented for these tests, in the shapes real pages write."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 11, 18))

PRICES = ("Valdorian house prices climb again\n\n"
          "House price growth picked up to 9.4% in the year to September, the statistics office said.\n\n"
          "The rate rose from 8.8% year-on-year growth the previous month.\n\n"
          "Consumer price inflation eased to 2.6% year-on-year, down from 2.9% year-on-year in August.\n\n"
          "The average home cost 281,000 crowns, with prices rising faster than at any time since 2009.\n\n"
          "On an annual basis, prices rose by 10.2% in Ostmark, 8.1% in Lindholm, 6.7% in Fenwick and "
          "4.9% in Harlow, the office said.\n\n"
          "Average prices increased over the year in Ostmark to 312,000 crowns (11.2%), in Lindholm to "
          "244,000 crowns (8.0%) and in Fenwick to 198,000 crowns (6.3%).\n")


def test_a_verbs_particle_before_up_to_is_no_hedge(nlp):
    found = claims_of(nlp, PRICES)
    assert found["9.4%"].qualifier == "exact"  # "picked up to 9.4%": the level growth reached


def test_up_to_is_still_a_hedge_without_a_verbs_particle(nlp):
    found = claims_of(nlp, "Fines rise\n\nThe regulator can impose fines of up to 10% of turnover, it said.\n")
    assert found["up to 10%"].qualifier == "upper_bound"


def test_year_on_year_dates_no_old_figure(nlp):
    found = claims_of(nlp, PRICES)
    assert found["8.8%"].period == "2026-08"  # "the previous month" of September, not a year back
    assert found["2.9%"].period == "2026-08"  # "2.9% year-on-year in August"


def test_a_record_at_any_time_since_a_year_is_no_span(nlp):
    found = claims_of(nlp, PRICES)
    assert found["281,000 crowns"].period == "2026-09"


def test_figures_listed_with_their_places_are_those_places(nlp):
    found = claims_of(nlp, PRICES)
    assert [found[f].subject for f in ("10.2%", "8.1%", "6.7%", "4.9%")] == ["Ostmark", "Lindholm", "Fenwick", "Harlow"]


def test_a_bracketed_rate_after_a_level_is_the_levels_places(nlp):
    found = claims_of(nlp, PRICES)
    assert found["8.0%"].subject == "Lindholm"
    assert found["6.3%"].subject == "Fenwick"


def test_an_opening_preposition_and_a_year_name_no_index(nlp):
    text = ("Tiger count rises\n\n"
            "The count was 1,411 in 2010. In 2014, the number went up to 2,226, a rise of 815.\n")
    found = claims_of(nlp, text)
    assert found["2,226"].unit == "count"


def test_a_period_in_an_opening_concessive_clause_dates_only_that_clause(nlp):
    text = ("Harlow buses to add routes\n\n"
            "The Harlow transit board approved a $41 million budget for 2026 on Tuesday.\n\n"
            "Though cutting night routes last year saved the board about $2 million, officials said the 12 new "
            "routes will cost $3.1 million.\n")
    found = claims_of(nlp, text)
    assert found["about $2 million"].period == "2025"
    assert found["$3.1 million"].period == "2026"


def test_a_contrast_opening_with_while_keeps_its_period_for_both_sides(nlp):
    text = ("Valdoria trade\n\n"
            "While exports rose 5% in May, imports fell 3%, the statistics office said.\n")
    found = claims_of(nlp, text)
    assert found["3%"].period == "2026-05"


SCORERS = ("Runaway top scorers\n\n"
           "Last season's top scorer in the Valdorian league, as noted by reader Tom Hale, was Joel Varga. "
           "He scored 31 goals in 33 games.\n\n"
           "Marek Olsen also holds a similar record from his time at Ashgrove, as Ann and Peter Quill pointed out. "
           "In 2009-10, the Ostmark striker scored 35 times in the league, 18 more than the next best.\n")


def test_he_after_a_sentence_naming_a_source_is_not_the_source(nlp):
    found = claims_of(nlp, SCORERS)
    assert found["31"].subject == "Joel Varga"
    assert found["35"].subject == "Marek Olsen"  # "the Ostmark striker", not "Peter Quill", who pointed it out


def test_scored_n_times_in_a_league_counts_goals(nlp):
    found = claims_of(nlp, SCORERS)
    assert found["35"].kind == "count"
    assert found["35"].metric == "goals"


def test_a_figure_in_a_quote_someone_mused_last_week_is_not_dated_by_the_musing(nlp):
    text = ("Varga on course for a record\n\n"
            "\"Twenty games into the season, Joel Varga has already scored 24 goals,\" mused Tom Hale last week.\n")
    found = claims_of(nlp, text)
    assert found["24"].period != "2026-11"


def test_the_university_a_coauthor_is_from_is_no_subject_of_the_studys_figures(nlp):
    text = ("Repeated claims seem truer, study finds\n\n"
            "People rated false statements as truer after a single repetition, according to a study published in "
            "the journal Harlow Letters led by Ann Reid from Tarn University and coauthored by Tom Hale from the "
            "University of Ostby and colleagues.\n\n"
            "The researchers ran two experiments, the first with 52 participants and the second with 120.\n")
    found = claims_of(nlp, text)
    assert found["52"].subject not in ("University of Ostby", "Tarn University")


def test_a_name_in_brackets_after_a_figure_is_its_subject(nlp):
    text = ("UK jobless rate holds at 4.2%\n\n"
            "The UK unemployment rate held at 4.2% in October, official figures showed.\n\n"
            "Across the nations and regions, jobless rates run from 5.9% (Northern Ireland and Wales) to 3.1% "
            "(Scotland), the office said.\n")
    found = claims_of(nlp, text)
    assert found["5.9%"].subject == "Northern Ireland and Wales"
    assert found["3.1%"].subject == "Scotland"


def test_a_short_code_in_brackets_after_a_figure_is_no_subject(nlp):
    text = ("Valdoria inflation eases\n\nInflation in Valdoria eased to 2.4% (ONS) in October.\n")
    found = claims_of(nlp, text)
    assert found["2.4%"].subject == "Valdoria"


def test_a_disaster_story_with_no_period_reports_the_day_of_publication(nlp):
    # a running toll is dated by the day it is counted as of (corpus/README.md, settled in session 45; was the year)
    text = ("Flood losses: province-wise figures released\n\n"
            "Over 12,400 homes were destroyed and 3,100 cattle reported dead amid flooding across the Tarn valley, "
            "the relief committee's latest figures show.\n\n"
            "In the north, 41 people have lost their lives.\n")
    found = claims_of(nlp, text)
    assert found["Over 12,400"].period == "2026-11-18"
    assert found["41"].period == "2026-11-18"


def test_a_disaster_story_whose_lead_names_a_period_keeps_it(nlp):
    text = ("Storm damage bill\n\n"
            "Storms in October 2025 caused damage worth $310 million across the Tarn valley, insurers said.\n")
    found = claims_of(nlp, text)
    assert found["$310 million"].period == "2025-10"


def test_a_capitalised_place_word_is_no_subject_the_state_is_the_place_named(nlp):
    text = ("State's population now 4.2 million\n\n"
            "Kerala, according to the 2026 census report, has registered a decadal population "
            "growth of 12.4 per cent.\n\n"
            "The sex ratio in the State has increased from 941 to 957.\n")
    found = claims_of(nlp, text)
    assert found["4.2 million"].subject == "Kerala"
    assert found["957"].subject == "Kerala"


def test_a_title_case_dateline_and_its_state_are_no_topic_and_the_labor_department_is_american(nlp):
    text = ("Producer prices up 0.4% in October\n\n"
            "Washington, DC, November 14, 2026-- Producer prices rose 0.4% in October, according to the Labor "
            "Department.\n\n"
            "Prices of finished goods rose 0.3% in September. Core prices, which exclude food and energy, were "
            "unchanged from a 0.2% rise in September.\n")
    found = claims_of(nlp, text)
    assert found["0.3%"].subject == "United States"  # not "Washington" nor "DC", the dateline's


SEGMENTS = ("Corvane revenue rises 9%\n\n"
            "Corvane Systems reported revenue of $14.2 billion for the quarter ended December 31.\n\n"
            "The Harbour Cloud business produced $5.10 billion in revenue.\n\n"
            "Revenue in Corvane Devices was $3.9 billion.\n")


def test_a_named_business_of_a_company_is_the_part_not_the_company(nlp):
    found = claims_of(nlp, SEGMENTS)
    assert "Harbour Cloud" in (found["$5.10 billion"].subject or "")


def test_revenue_in_a_named_part_is_the_parts(nlp):
    found = claims_of(nlp, SEGMENTS)
    assert found["$3.9 billion"].subject == "Corvane Devices"


WEATHER = ("A warm, dry month\n\n"
           "Temperatures across the network ranged from 31.2C at Seville to 12.4C at Oslo in June 2026.\n\n"
           "The highest temperature of the month was 31.2C. It was also a dry month, with 18.6 mm (61%) "
           "average for the network.\n\n"
           "It was the sunniest June since 2011, with 291 hours of sunshine.\n")


def test_figures_each_written_at_a_place_are_those_places(nlp):
    found = claims_of(nlp, WEATHER)
    assert found["12.4C"].subject == "Oslo"


def test_a_pronoun_subject_does_not_carry_a_measure_of_another_unit(nlp):
    found = claims_of(nlp, WEATHER)
    assert "temperature" not in (found["18.6 mm"].metric or "")


def test_a_superlative_in_iest_since_a_year_is_a_record_not_a_span(nlp):
    found = claims_of(nlp, WEATHER)
    assert found["291 hours"].period != "2011-2026"


def test_a_figure_and_what_it_counts_is_no_subject(nlp):
    text = ("Rail factsheet\n\n"
            "15.73 billion net tonne kilometres of rail freight were moved in the year to March 2026, a decrease of "
            "6.8% on the previous year.\n")
    found = claims_of(nlp, text)
    assert not (found["6.8%"].subject or "").startswith("15.73")


def test_a_change_in_apposition_is_no_object_that_names_the_level(nlp):
    text = ("Rail factsheet\n\n"
            "Government support to the railways totalled £18.4 billion in the year to March 2026, a decrease of 4.2% "
            "on the previous year.\n")
    found = claims_of(nlp, text)
    assert "support" in (found["£18.4 billion"].metric or "").lower()
    assert "support" in (found["4.2%"].metric or "").lower()


def test_a_central_bank_decision_is_of_the_month_it_is_taken(nlp):
    text = ("Valdoria central bank raises rates\n\n"
            "The Bank of Valdoria's monetary policy committee raised its key interest rate by 50 basis points to "
            "6.25 per cent, the highest in 15 years.\n\n"
            "Eight of the nine members voted for the rise.\n")
    found = claims_of(nlp, text)
    assert found["6.25 per cent"].period == "2026-11"
    assert found["50 basis points"].period == "2026-11"


def test_a_market_report_naming_a_rate_is_no_decision(nlp):
    text = ("Shares slip\n\n"
            "Stocks fell 1.2% on Tuesday as traders bet interest rates would be kept high.\n")
    found = claims_of(nlp, text)
    assert found["1.2%"].period != "2026-11"


INDIAN_RESULTS = ("Quarterly results\n\n"
                  "The revenue zoomed 18.20% to Rs. 45210.60 millions for the quarter ended September 2026 as compared "
                  "to Rs. 38250.40 millions during the corresponding quarter last year.\n")


def test_millions_after_a_number_is_its_scale_not_a_vague_count(nlp):
    found = claims_of(nlp, INDIAN_RESULTS)
    assert "millions" not in found  # no second, vague claim
    assert found["Rs. 45210.60 millions"].value == 45210.6e6


def test_a_sentence_does_not_end_inside_a_decimal_before_a_lower_case_word(nlp):
    doc = nlp("Results\n\nThe income rose 9.5% to Rs. 87621.80 millions for the quarter ended September 2026.")
    assert [s.text.strip() for s in doc.sents][1].endswith("September 2026.")


def test_zoomed_is_a_rise(nlp):
    found = claims_of(nlp, INDIAN_RESULTS)
    assert found["18.20%"].direction == "up"


def test_at_record_lows_of_a_figure_measures_the_clause_subject(nlp):
    text = ("Jobless rate steady\n\n"
            "Unemployment in Valdoria is still at record lows of 3.1%, the statistics office said.\n")
    found = claims_of(nlp, text)
    assert (found["3.1%"].metric or "").lower().startswith("unemployment")


def test_an_m_glued_to_the_level_a_count_moved_to_is_millions(nlp):
    text = ("Valdoria jobless count falls\n\n"
            "The number of people unemployed fell by 38,000 to 1.42m in the three months to September.\n")
    found = claims_of(nlp, text)
    assert (found["1.42m"].value, found["1.42m"].unit) == (1.42e6, "count")
