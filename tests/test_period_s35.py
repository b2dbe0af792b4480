"""Session 35: the article's period of a story about an event its lead dates (frame/article.build, `_event_date`).
Sentences are invented for these tests, in the shapes real pages write."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 3, 11))

FLOOD = ("Could the Harlow flood cost a billion dollars?\n\n"
         "Early damage estimates are in for the Harlow valley flood of March 3, 2026.\n\n"
         "Between 3 and 5 inches of rain fell in six hours, and about 21,000 homes were damaged, officials said. "
         "In Ostby alone, 6,200 buildings were hit, with losses put at $640 million.\n")


def test_the_figures_of_an_event_the_lead_dates_take_its_month(nlp):
    found = claims_of(nlp, FLOOD)
    for figure in ("about 21,000", "6,200", "$640 million"):
        assert found[figure].period == "2026-03", figure


def test_an_event_of_the_month_before_takes_that_month(nlp):
    text = ("Quake toll rises\n\n"
            "The death toll from the earthquake on 27 February in the Dunmore hills has risen to 412, rescuers said.\n\n"
            "More than 3,000 buildings collapsed and 18,500 people remain in shelters.\n")
    found = claims_of(nlp, text)
    assert found["More than 3,000"].period == "2026-02"


def test_a_date_a_report_was_released_on_is_no_event(nlp):
    # "figures released on 3 March" date the report; the story itself names no period, so none is given
    text = ("Harlow jobless count edges up\n\n"
            "Figures released on March 3 show 41,200 people in Harlow were out of work.\n\n"
            "About 6,100 of them had been looking for more than a year.\n")
    found = claims_of(nlp, text)
    assert found["41,200"].period != "2026-03"


def test_a_date_long_before_publication_is_no_event_the_story_reports(nlp):
    # a storm of a past year, recalled: not an event the story reports on now
    text = ("Harlow seawall repairs finished\n\n"
            "Work to repair the seawall breached in the storm of 14 October, 2023 has finished, the council said.\n\n"
            "The repairs cost $3.2 million and took 18 months.\n")
    found = claims_of(nlp, text)
    assert found["$3.2 million"].period != "2023-10"


def test_a_study_whose_lead_names_no_period_reports_on_the_span_it_first_names(nlp):
    text = ("Mountain lakes warming faster than the air above them, study finds\n\n"
            "Lakes in the Tarn highlands are warming by about 0.4C a decade, according to the largest survey of "
            "them yet published.\n\n"
            "The team, based at the Tarn Freshwater Institute, pooled readings taken by volunteers and buoys. "
            "Its findings appear in the journal Inland Waters.\n\n"
            "The deepest lakes lost 31% of their winter ice, the researchers found.\n\n"
            "Surface water warmed by 0.9C between 2001 and 2024, while ice cover shrank by 19 days, they said.\n")
    found = claims_of(nlp, text)
    assert found["31%"].period == "2001-2024"  # no period of its own, before the span is named: the study's span


def test_a_study_lead_that_names_a_year_keeps_it(nlp):
    text = ("Tarn survey finds fewer skylarks\n\n"
            "Skylark numbers in the Tarn highlands fell by 14% in 2025, a survey by volunteers found.\n\n"
            "Between 1995 and 2025 the birds declined by 58%, the researchers said. The count found 1,240 pairs.\n")
    found = claims_of(nlp, text)
    assert found["1,240"].period == "2025"


def test_a_budget_lead_naming_no_year_of_a_body_with_a_calendar_budget_is_about_the_year_ahead(nlp):
    text = ("Harlow County raises property tax to balance budget\n\n"
            "Harlow County Council on Tuesday voted 4-3 to raise the millage rate 0.4 mills to balance the "
            "$88,412,900 general fund budget. The increase will bring in about $3.2 million.\n\n"
            "Of that, $2.1 million will cover a shortfall in the general fund.\n")
    found = claims_of(nlp, text, dt.date(2025, 11, 19))
    for figure in ("$88,412,900", "about $3.2 million", "$2.1 million"):
        assert found[figure].period == "2026", figure
    # passed in March: no calendar year's budget is set a quarter into it; the fiscal year starting in July, to June
    # 2026 (session 43, tests/test_period_s43.py)
    found = claims_of(nlp, text, dt.date(2025, 3, 19))
    assert found["$88,412,900"].period == "FY2026"


def test_guidance_for_the_fiscal_year_is_the_fiscal_year_not_the_quarter_reported(nlp):
    text = ("Tarrow Systems profit jumps\n\n"
            "Tarrow Systems said its fiscal first-quarter profit rose 18 percent.\n\n"
            "For the quarter ended Sept. 30, profit climbed to $412 million from $349 million a year earlier.\n\n"
            "Tarrow raised its guidance for the fiscal year, saying it expected revenue of up to $6.2 billion.\n")
    found = claims_of(nlp, text, dt.date(2025, 10, 23))
    assert found["$412 million"].period == "Q1 FY2026"
    assert found["up to $6.2 billion"].period == "FY2026"


def test_for_the_month_in_a_release_on_last_month_is_that_month(nlp):
    text = ("October: consumer prices up 6.1%\n\n"
            "Consumer prices in Valdoria rose 6.1 percent in October from a year earlier. Core prices, which leave "
            "out food and fuel, rose 0.3 percent for the month and 5.2 percent from a year ago.\n")
    found = claims_of(nlp, text, dt.date(2025, 11, 12))
    assert found["0.3 percent"].period == "2025-10"  # not November, the month in progress at publication


def test_a_sentence_about_what_a_figure_is_compared_with_sets_no_period_for_the_next(nlp):
    text = ("Valdoria inflation report, May\n\n"
            "Headline inflation was 0.7 per cent in May, bringing inflation for the year so far to 2.4 per cent. This "
            "compares with 8.1 per cent over the comparable period in 2024. Annual inflation was 7.9 per cent, well below "
            "the 19.5 per cent recorded at the end of May 2024.\n")
    found = claims_of(nlp, text, dt.date(2025, 6, 16))
    assert found["7.9 per cent"].period == "2025-05"  # not the period the comparison was dated by
