"""Session 34: the article's period on real news shapes (frame/article.build, periods.py). Sentences are invented for
these tests, in the shapes real pages write."""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods
from fixtures_claims import claims_reader

claims_of = claims_reader(dt.date(2026, 2, 19))


def test_a_council_budget_lead_naming_the_next_financial_year_is_a_public_budget(nlp):
    # "financial year" is a public body's year too: the council's budget year, named with both years as UK councils
    # name theirs, not a company's FY2027
    text = ("Services get a lift as council tax goes up 4.5pc\n"
            "Marbury County Council has agreed a council tax rise of 4.5 per cent.\n"
            "A household in a Band D home will pay £1,912 in the next financial year, an extra £82 on the previous "
            "12 months.\n"
            "The new budget adds £12m for schools and £6m for adult care.\n")
    found = claims_of(nlp, text, dt.date(2026, 2, 20))
    assert found["4.5 per cent"].period == "2026-27"
    assert found["£1,912"].period == "2026-27"
    assert found["£12m"].period == "2026-27"


def test_a_statistics_release_writing_its_years_with_both_years_is_labelled_that_way(nlp):
    # the lead's "financial year to end-March" is the year the release writes "2024/25" further on
    text = ("Burglaries on the rise\n"
            "The justice minister said the yearly crime figures tabled in parliament made grim reading\n\n"
            "2025-09-18\n\n"
            "There was a 2.9% increase in burglaries in the financial year to end-March, bringing the total for the "
            "year to 48,310, according to the police recorded crime figures released on Thursday.\n\n"
            "The minister told the justice committee that the figures were disappointing, with rises in most crimes.\n\n"
            "He said break-ins by people known to the victims had risen sharply.\n\n"
            "Opposition members called the figures alarming and asked for more officers on the streets.\n\n"
            "The burglary rate per 100 000 people went from 81,2 in 2023/24 to 83,5 in 2024/25.\n\n"
            "Break-ins at shops rose 4.1% in the year.\n")
    found = claims_of(nlp, text, dt.date(2025, 9, 18))
    assert found["2.9%"].period == "2024-25"
    assert found["48,310"].period == "2024-25"
    assert found["4.1%"].period == "2024-25"


def test_a_year_written_only_the_fiscal_way_stays_a_fiscal_year(nlp):
    text = ("Dunmore Foods profit rises\n\n"
            "Dunmore Foods said net profit rose 8% to $210 million in fiscal 2025, and operating profit rose 6%.\n\n"
            "Its chairman joined the board in 2019/20.\n")
    assert claims_of(nlp, text, dt.date(2025, 8, 20))["$210 million"].period == "FY2025"


def test_a_part_of_a_fiscal_year_named_with_its_year():
    published = dt.date(2026, 2, 19)
    found = find_periods("Sales rose 3.1 per cent for the first half of the 2026 financial year.", published)
    assert [(m.period, m.kind) for m in found] == [("H1 FY2026", "fiscal_year_part")]
    found = find_periods("Profit fell in the third quarter of its 2025 fiscal year.", published)
    assert [m.period for m in found] == ["Q3 FY2025"]
    assert [m.period for m in find_periods("Spending rose in the 2026 financial year.", published)] == ["FY2026"]


def test_a_half_year_results_lead_naming_the_fiscal_year_reports_its_half(nlp):
    text = ("Hardware sales lift Tallon Group's half-year profit\n\n"
            "Tallon Group's sales rose 3.4 per cent to $18.6 billion for the first half of the 2026 financial year.\n"
            "Its net profit rose 7.2 per cent to $1.3 billion during the period.\n")
    found = claims_of(nlp, text)
    assert found["$18.6 billion"].period == "H1 FY2026"
    assert found["7.2 per cent"].period == "H1 FY2026"


def test_a_bare_fiscal_quarter_is_the_latest_one_ended_not_one_of_the_year_a_base_names(nlp):
    # an Indian company (rupees, crore: books to 31 March) in August 2025: its fiscal first quarter is April to June
    # 2025, Q1 FY2026, though the text names FY25 for the quarter before
    text = ("Kestrel Telecom's first-quarter net profit jumps\n\n"
            "14 August 2025\n\n"
            "Kestrel Telecom's consolidated net profit for the fiscal first quarter rose 212 per cent year-on-year to "
            "Rs 1,240.5 crore, but fell 14 per cent from the fourth quarter of FY25.\n\n"
            "Revenue rose 18 per cent to Rs 30,112 crore.\n")
    found = claims_of(nlp, text, dt.date(2025, 8, 14))
    assert found["212 per cent"].period == "Q1 FY2026"
    assert found["Rs 30,112 crore"].period == "Q1 FY2026"


def test_a_countrys_earnings_from_a_sector_are_no_company_results(nlp):
    # "earnings" with no profit nor measure of accounts anywhere: a country's receipts in calendar years, not FY2025
    text = ("Tourism earnings up Sh18 bln in 2025\n"
            "Dalmora earned an extra Sh18 billion from tourism in 2025, the ministry said.\n"
            "Total earnings to the end of December 2025 rose to Sh131.2 billion from Sh113.2 billion in 2024.\n"
            "Arrivals rose 8.1 percent to 1.6 million.\n")
    found = claims_of(nlp, text, dt.date(2026, 1, 8))
    assert found["Sh18 billion"].period == "2025"
    assert found["8.1 percent"].period == "2025"


def test_a_financial_year_written_with_both_years_is_no_month_for_a_rate():
    # "2004-05" is the label of a financial year or a season (as periods.not_over and parse_period read it), not May
    # 2004: "£847 in the next financial year, a rise of 77p a week" is not £847 over the 4.4 weeks of a month
    from claimx.check.internal import _units_in
    assert _units_in("2004-05", "week") is None
    assert _units_in("2025-05", "week") == 31 / 7
    assert _units_in("2025", "day") == 365.0


def test_a_change_over_a_named_quarter_is_of_that_quarter_not_against_it():
    # "rose 2.2 per cent over the June quarter": the span of the rise, as "over the year to August" is; "over the
    # previous quarter" stays the old side
    published = dt.date(2022, 7, 5)
    found = find_periods("Weekly median rents rose another 2.2 per cent over the June quarter.", published)
    assert [(m.period, m.base) for m in found] == [("Q2 2022", False)]
    found = find_periods("Sales rose 2.2 per cent over the previous quarter.", published)
    assert all(m.base for m in found if m.period)


def test_a_quarterly_release_carries_its_quarter_to_its_rates_in_the_present_tense(nlp):
    text = ("Dunmore rents rise again\n\n"
            "5 July 2022\n\n"
            "Dunmore remains the dearest city for renters, as weekly median rents rose another 1.8 per cent over the "
            "June quarter.\n\n"
            "The agency's quarterly review found the median rent for a house is $712 per week.\n\n"
            "Across the country, growth in unit rents outpaced growth in house rents (up 3.1 per cent and 2.4 per cent "
            "respectively).\n")
    found = claims_of(nlp, text, dt.date(2022, 7, 5))
    assert found["1.8 per cent"].period == "Q2 2022"
    assert found["3.1 per cent"].period == "Q2 2022"
    assert found["2.4 per cent"].period == "Q2 2022"


def test_a_daily_report_of_counts_is_labelled_by_its_day(nlp):
    text = ("812 new cases; 64 in hospital; 3 deaths\n\n"
            "Today we are reporting 812 new community cases, 64 people in hospital and three deaths.\n\n"
            "Two of the deaths were in March this year.\n\n"
            "The seven-day rolling average of new cases is 790.\n")
    found = claims_of(nlp, text, dt.date(2026, 5, 14))
    assert found["812"].period == "2026-05-14"
    assert found["790"].period == "2026-05-14"


def test_a_weekday_report_of_counts_takes_that_day(nlp):
    text = ("9 deaths, 431 new cases\n\n"
            "The health ministry has reported nine deaths and 431 new cases on Tuesday.\n\n"
            "In its evening update it said there are 12,104 active cases and 388 patients in hospital.\n")
    found = claims_of(nlp, text, dt.date(2026, 5, 14))  # a Thursday
    assert found["431"].period == "2026-05-12"
    assert found["12,104"].period == "2026-05-12"


def test_patients_waiting_today_are_of_the_day(nlp):
    text = ("Overcrowding at Dunmore hospital with 23 patients on trolleys today\n"
            "14 May 2026\n"
            "There are 23 patients on trolleys at Dunmore Hospital today, among the worst figures in the country.\n"
            "Nationwide there are 471 admitted patients waiting for beds this morning.\n")
    found = claims_of(nlp, text, dt.date(2026, 5, 14))
    assert found["471"].period == "2026-05-14"


def test_an_event_of_a_day_keeps_its_month(nlp):
    # no verb of a day's count: a race run on a day is an event of its month, as before
    text = ("Kiprono breaks course record\n\n"
            "Kiprono broke the course record on Sunday, winning in 2 hours 5 minutes among a record 48,112 runners.\n")
    found = claims_of(nlp, text, dt.date(2026, 11, 3))
    assert found["48,112"].period == "2026-11"


def test_a_time_run_in_the_race_a_report_is_of_takes_its_month(nlp):
    text = ("Kiprono breaks course record\n\n"
            "Kiprono broke the course record on Sunday, winning in 2 hours 5 minutes among a record 48,112 runners.\n\n"
            "Kiprono finished in two hours, five minutes and six seconds, ahead of Tola in two hours, six minutes.\n")
    found = claims_of(nlp, text, dt.date(2026, 11, 3))
    assert found["two hours, five minutes and six seconds"].period == "2026-11"


def test_the_year_of_a_date_a_record_reaches_back_to_is_no_period():
    # "the first time since June 07, 2017": the record's date, whose year is not a period of the figures
    published = dt.date(2023, 10, 19)
    for text in ("The index closed above 50,000 for the first time since June 07, 2017.",
                 "The index closed at its highest since June 7, 2017."):
        assert [m.period for m in find_periods(text, published) if m.period] == []


def test_a_city_drafting_next_years_budget_reports_that_year(nlp):
    # a budget in dollars with no fiscal year named nor stated: a calendar-year budget; in September the lead's 2024 is
    # the year being budgeted for, no future period to drop
    text = ("Council tells staff to draft 2027 budget with a tax rise of at most 3 per cent\n\n"
            "Councillors have told Dunmore city staff to prepare the 2027 budget with a tax increase of no more than "
            "3 per cent.\n\n"
            "Council voted 15 to 9 for the cap.\n\n"
            "The rise would add $96 to the average property tax bill.\n")
    found = claims_of(nlp, text, dt.date(2026, 9, 14))
    assert found["$96"].period == "2027"


def test_a_reading_recorded_on_a_day_stays_an_event_of_its_month(nlp):
    # "recorded" is no verb of a daily report's count: a weather reading taken on a day is an event of its month
    text = ("Hottest day of the year\n\n"
            "Dunmore airport recorded a high of 34.2C on Tuesday, beating the previous high for the year by 1.1C.\n")
    found = claims_of(nlp, text, dt.date(2026, 7, 16))
    assert found["34.2C"].period != "2026-07-14"
