"""Session 41: when a figure is for, in shapes of real statistics and wire copy. Made-up names and figures; each test
fails on the code before the change it names.

- a "year to June 2024" that ended before publication, in a story with no results, accounts or budget, is a statistics
  release's rolling year, not a fiscal year, whatever the story's other wording ("The latest quarterly crime figures
  ... covering the 12 months to June 2024"): every figure of the release shares it, in the present tense too
  (article._years_to_over);
- "in the last year" is the twelve months to now, as "in the past year" is, no calendar year before: the figure keeps
  the period the story reports (periods "relative_year");
- a story of counts whose lead names no period is of the month-end a later sentence says its counts were taken at
  ("13,892 nurses were employed up to the end of June", article._count_month), which its counts and rates share as
  a statistics release's period, present-tense ones too ("Co Tarlow fares best, with 296 nurses per 100,000");
- a change with a hedge "more than" before it ("has dropped more than 45% since 1995") is no old side of a comparison
  ("12% more than 1,250 in 2023" is): its "since 1995" is the span of the change (periods._base_figure_before);
- a period the lead names right after a statistics word ("all figure in the office's annual statistics for 2022-23")
  is a statistics release's, which every figure of it shares, a share it "now" accounts for too
  (article.release_period);
- "in the last few days", "in recent days" in a dated story are the days up to publication, labelled by its month
  (periods "recent_days"): a lead naming only them reports that month;
- a figure before a noun that names a measure ("with an 81.2% pass rate", rules/frame.json relational_nouns)
  measures it, no thing it describes: it keeps the period of its paragraph or article;
- a figure in a clause after ", while" that writes no period of its own is of the period the clause before names
  ("Exports in the first quarter rose 8.2%, while imports surged 24.0%": period._parallel_clause);
- the old side written first of a change done in a story of a year or a rolling year ("its combined ratio deteriorated
  from 85.3% to 85.9%") is of the year before, not of no period; a change to come or not made ("should have raised the
  tax from 6% to 7.5%", rules/frame.json future_words) and a comparison of groups ("from 2.6% of the placebo group to
  2.1%") keep none (period.previous_of).
"""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from claimx.periods import find_periods

claims_of = claims_reader(dt.date(2024, 10, 21))

_CRIME = ("Recorded crime falls 6%\n\n"
          "A 6% fall in recorded crime in Valdoria has extended a long decline.\n\n"
          "The latest quarterly crime figures published today covering the 12 months to June 2024 show a 6% fall in "
          "police recorded crime.\n\n"
          "Gun crime is also down 3% to 4,100 incidents.\n\n"
          "The total number of offences recorded by police in the year to June 2024 was 2.1m.\n")


def test_a_year_to_a_month_outside_results_is_a_rolling_year(nlp):
    claims = claims_of(nlp, _CRIME)
    assert claims["3%"].period == "2024-06"
    assert claims["4,100"].period == "2024-06"


def test_the_last_year_is_no_calendar_year(nlp):
    text = ("Recorded burglaries fall 6%\n\n"
            "The latest quarterly police figures published today covering the 12 months to September 2024 show a 6% "
            "fall in recorded burglary in Valdoria.\n\n"
            "The share of people who say they feel unsafe at night fell from 22% to 19% in the last year. Noise is a "
            "serious problem for 9% of those surveyed.\n")
    claims = claims_of(nlp, text, dt.date(2025, 1, 23))
    assert claims["19%"].period == "2024-09"
    assert claims["9%"].period == "2024-09"


def test_counts_at_a_month_end_date_a_story_whose_lead_names_no_period(nlp):
    text = ("How many nurses are in your region? Figures show wide gap\n\n"
            "Co Brennick has just 142 nurses for every 100,000 people, new figures show.\n\n"
            "Co Tarlow fares best, with 296 nurses per 100,000 people.\n\n"
            "The health minister is not involved in where nurses are posted.\n\n"
            "Figures show that 13,892 nurses were employed up to the end of June across the country.\n\n"
            "Dunmore has 3,719 nurses, or 255 per 100,000 people.\n")
    claims = claims_of(nlp, text, dt.date(2023, 8, 12))
    assert claims["142"].period == "2023-06"
    assert claims["3,719"].period == "2023-06"



def test_a_hedged_change_since_a_year_spans_to_the_period_reported(nlp):
    text = ("Crime falls again\n\n"
            "Recorded crime in Valdoria fell 8% in the 12 months to June 2024, figures show.\n\n"
            "The crime rate has dropped more than 45% since 1995.\n")
    assert claims_of(nlp, text)["more than 45%"].period == "1995-2024"


def test_a_period_after_a_figure_compared_with_more_than_is_its_old_side():
    found = find_periods("Sales were 12% more than 1,200 in 2019.", dt.date(2025, 3, 1))
    assert [(m.text, m.base) for m in found] == [("2019", True)]


def test_a_statistics_releases_period_dates_its_present_figures(nlp):
    text = ("Ferry use climbs\n\n"
            "A 4% increase in passenger numbers is one of the highlights of the new report.\n\n"
            "Record passenger journeys all figure in the Marine Transport Office annual statistics for 2022-23.\n\n"
            "The statistics show that 41.2 million journeys were made over the year, a 4% increase on 2021-22.\n\n"
            "Season passes continued to decline - they now account for 18.4% of ticket revenue.\n")
    claims = claims_of(nlp, text, dt.date(2023, 12, 1))
    assert claims["18.4%"].period == "2022-23"
    assert claims["41.2 million"].period == "2022-23"


def test_the_last_few_days_are_the_month_of_publication(nlp):
    text = ("Storms flatten maize in Valdoria\n\n"
            "Heavy rain and hail have damaged standing maize in parts of Valdoria in the last few days, but officials "
            "say a good harvest is still likely.\n\n"
            "Maize has been flattened in two northern provinces, while some low-lying fields have flooded.\n\n"
            "About 4,200 hectares in Tarlow have been hit, the farm ministry said on Tuesday.\n")
    assert claims_of(nlp, text, dt.date(2024, 3, 21))["About 4,200 hectares"].period == "2024-03"
    found = find_periods("Prices have risen in recent days.", dt.date(2024, 3, 21))
    assert [(m.period, m.kind) for m in found] == [("2024-03", "recent_days")]


def test_a_count_month_dates_a_storys_present_counts(nlp):
    text = ("How many nurses are in your region? Figures show wide gap\n\n"
            "Co Brennick has just 142 nurses for every 100,000 people, new figures show.\n\n"
            "Co Tarlow fares best, with 296 nurses per 100,000 people.\n\n"
            "The health minister is not involved in where nurses are posted.\n\n"
            "Figures show that 13,892 nurses were employed up to the end of June across the country.\n\n"
            "When nurses in specialist units are removed, regional hospitals employ 11,020 ward nurses.\n")
    claims = claims_of(nlp, text, dt.date(2023, 8, 12))
    assert claims["296"].period == "2023-06"
    assert claims["11,020"].period == "2023-06"


def test_a_figure_before_a_rate_noun_is_a_measure_not_a_description(nlp):
    text = ("Valdoria exam results improve\n\n"
            "The 2024 matric class improved the province's pass rate by 2.1 percentage points to 61.3%, the "
            "education department said on Thursday.\n\n"
            "Eighteen of the 23 districts improved. Marlow, with an 80.4% pass rate, was the highest performer.\n")
    assert claims_of(nlp, text, dt.date(2025, 1, 6))["80.4%"].period == "2024"


def test_a_parallel_clause_after_while_shares_the_period_before_it(nlp):
    text = ("Valdoria April exports jump 12.1%\n\n"
            "TARVIK (WIRE) - Valdoria April exports rose 12.1 per cent from a year earlier, official data showed on "
            "Thursday.\n\n"
            "Exports in the first four months of the year rose 6.2 per cent from the same period last year, while "
            "imports surged 14.5 per cent, the customs office said.\n\n"
            "Sales in the first quarter rose 3% from the same period last year, while costs in March climbed 9%.\n")
    claims = claims_of(nlp, text, dt.date(2025, 5, 9))
    assert claims["14.5 per cent"].period == "2025"
    assert claims["9%"].period == "2025-03"   # a period of its own


def test_an_old_side_written_first_of_a_change_done_is_the_year_before(nlp):
    text = ("Harlen profits up 30%\n\n"
            "Harlen Insurance said operating profit for the year ending 31 December 2024 was up 30% to $1.9bn.\n\n"
            "In the same period, premiums rose 20% to $12.4bn. However its combined ratio deteriorated slightly from "
            "85.3% to 85.9%.\n\n"
            "One director argued the group should have raised its reserve ratio from 6% to 7.5%.\n")
    claims = claims_of(nlp, text, dt.date(2025, 2, 26))
    assert claims["85.3%"].period == "2023"
    assert claims["6%"].period is None
