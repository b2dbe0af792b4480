"""Session 54 (pd): periods on whole pages, found on the realtest30 pages and written as general shapes on made-up text.
Each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader


_CALENDAR_BOOKS = ("Brannock lifts payout as profit climbs\n\n"
                   "Engineering group Brannock Holdings posted a 14 per cent rise in full-year profit to $412 million.\n\n"
                   "Net profit for the 12 months to December 31 was up from the previous year's $361.4 million.\n\n"
                   "Revenue rose 9 per cent to $6.2 billion.\n\n"
                   "The company expects net profit of between $430 million and $450 million in the 2026 financial "
                   "year.\n")


def test_a_financial_year_of_a_company_whose_year_ends_in_december_is_the_calendar_year(nlp):
    """"Net profit for the 12 months to December 31" with "the 2026 financial year" further on: the text states that its
    reporting year runs to December, so it keeps calendar books and its years are plain years (2025), not FY2025 as
    the words "financial year" alone made every figure of the page."""
    found = claims_reader(dt.date(2026, 2, 18))(nlp, _CALENDAR_BOOKS)
    assert found["$412 million"].period == "2025"
    assert found["9 per cent"].period == "2025"
    assert found["$361.4 million"].period == "2024"


def test_last_years_that_is_no_comparison_base_is_the_year_before_publication(nlp):
    """"passed last year's exams, up from 61,2% in 2024" (January 2026): "last year's" that no comparison word
    introduces names the year before publication, as "last year" does (2025), not a year back from the old side's 2024
    (it was 2023, and the page's figures after it took the old side's 2024)."""
    found = claims_reader(dt.date(2026, 1, 8))(nlp, "Exam pass rate climbs\n\nSome 71,4% of pupils passed last year's "
                                                    "exams, up from 61,2% in 2024, Education Minister Rena Dubois said on "
                                                    "Thursday.\n\nThere were 612 400 candidates who wrote the exams.\n")
    assert found["Some 71,4%"].period == "2025"
    assert found["612 400"].period == "2025"


def test_last_years_as_a_comparison_base_still_counts_back(nlp):
    """Guard (passes on both): "up from last year's $4.1 million" is the old side of a change, a year back from the
    period the sentence reports."""
    found = claims_reader(dt.date(2026, 1, 8))(nlp, "Orlan Books sales rise\n\nOrlan Books said sales reached $4.6 "
                                                    "million in 2025, up from last year's $4.1 million.\n")
    assert found["$4.1 million"].period == "2024"


def test_last_years_after_a_verb_of_surpassing_stays_the_old_side(nlp):
    """Guard (passes on both): "has already surpassed last year's total" and a headline "Last year's toll left in dust"
    compare this year's count with last year's: "last year's" is no period of the figures (the day's count stays the
    day of publication), as the verbs of rules/lexicon.json "surpassed_year_words" say."""
    found = claims_reader(dt.date(2025, 12, 28))(nlp, "Last year's road toll left in dust as deaths reach 17\n\nThe "
                                                      "Norland holiday road toll has already surpassed last year's total, "
                                                      "with five days of the police operation left.\n\nA man who died in a "
                                                      "crash near Tarrow yesterday brought the state's toll to 17 deaths "
                                                      "this holiday period.\n")
    assert found["17"].period == "2025-12-28"
    assert found["five days"].period == "2025-12-28"


def test_an_exam_results_lead_with_no_period_is_of_the_year_the_exam_is_sat(nlp):
    """"Over 41,000 students received their Tarnish Certificate results today": a lead of an exam's results that names
    no period reports the exam of the year it is sat, the year of publication; every figure of the page takes it (they
    had no period at all)."""
    found = claims_reader(dt.date(2027, 8, 11))(nlp, "41,200 students get Tarnish results\n\nOver 41,200 students across "
                                                     "the country received their Tarnish Certificate results today.\n\n"
                                                     "Only 14 per cent of students took higher level maths, while 9 per "
                                                     "cent took higher level physics.\n")
    assert found["Over 41,200"].period == "2027"
    assert found["14 per cent"].period == "2027"


def test_an_exam_held_in_a_month_named_in_the_lead_is_of_that_months_year(nlp):
    """"19,420 students who appeared for the certificate examination held in April passed": the month the lead names
    for the exam dates the exam, whose results are labelled by its year (2027), not by the month."""
    found = claims_reader(dt.date(2027, 5, 24))(nlp, "17,310 students clear board exam\n\nA total of 17,310 students from "
                                                     "among 19,420 students, who had appeared for the secondary "
                                                     "certificate examination held in April, passed the exam.\n\nAs many "
                                                     "as 64 schools in the state secured full results.\n")
    assert found["19,420"].period == "2027"
    assert found["As many as 64"].period == "2027"


def test_a_funding_round_lead_with_no_period_is_of_the_month_it_is_announced(nlp):
    """"Marlow closed a $38 million series B round led by Quenby Ventures, the paper reported Tuesday": a funding round
    raised now, whose figures (the sum, the users and staff the company has) are of the month it is announced, as a deal
    struck now is (they had no period)."""
    found = claims_reader(dt.date(2027, 3, 10))(nlp, "Quenby leads funding round for Marlow app\n\nPayments startup Marlow "
                                                     "closed a $38 million series B round led by Quenby Ventures, the "
                                                     "Harlow Post reported Tuesday.\n\nThe app has attracted more than 2 "
                                                     "million users, with 30 percent aged under 25.\n")
    assert found["$38 million"].period == "2027-03"
    assert found["more than 2 million"].period == "2027-03"


def test_three_months_ending_the_quarter_a_story_reports_are_that_quarter(nlp):
    """"grew 0.8 per cent in three months through March" in a story of the first quarter's national accounts: the three
    months are the quarter the story reports (Q1 2026), not the month they end in, as a statistics office's rolling
    "three months to September" is labelled."""
    found = claims_reader(dt.date(2026, 6, 3))(nlp, "Exports lift first-quarter growth\n\nThe Norland economy grew faster "
                                                    "than expected in the first quarter, helped by exports.\n\nGross "
                                                    "domestic product grew 0.8 per cent in three months through March "
                                                    "from the previous quarter for an annual increase of 2.6 per cent, "
                                                    "the statistics bureau said on Wednesday.\n")
    assert found["0.8 per cent"].period == "Q1 2026"
    assert found["2.6 per cent"].period == "Q1 2026"


def test_a_funding_round_is_not_dated_by_the_year_the_company_was_founded(nlp):
    """"Corvane is announcing today that it has secured $12 million in a Series A investment ... Started in 2019 by two
    engineers, the company ...": the year a later sentence of the lead names dates the founding, not the round, which is
    of the month it is announced (it was 2019 for every figure)."""
    found = claims_reader(dt.date(2027, 3, 10))(nlp, "Corvane raises $12M to help insurers launch products\n\nCorvane, a "
                                                     "Tarsanian startup, is announcing today that it has secured $12 "
                                                     "million in a Series A investment led by Orlan Capital.\n\nThe "
                                                     "money will be used to expand across Europe.\n\nStarted in 2019 by "
                                                     "two engineers, the company now has customers in 14 countries.\n")
    assert found["$12 million"].period == "2027-03"


def test_a_wire_market_report_under_sub_headlines_is_dated_by_its_datelines_day(nlp):
    """A wire commodity report stacks sub-headlines above its dateline ("Harlow hub prices hit record $212/MWh amid
    cold", then "HARLOW, Jan 26 (Reuters) - ... futures jumped ... on Tuesday"): its first sentence is the dateline's,
    which names the trading day, and the report's prices are of that day (they had no period)."""
    text = ("Norland gas futures jump ahead of contract expiry\n\nHarlow hub spot prices hit record $212/MWh amid cold\n\n"
            "Output falls as wells freeze\n\nHARLOW, Jan 26 (Reuters) - Norland natural gas futures jumped 9% to a "
            "two-year high on Tuesday in thin trade ahead of contract expiry.\n\nAnalysts said the front month was "
            "volatile on Tuesday, down as much as 11% and up 14% in intraday trade.\n")
    found = claims_reader(dt.date(2027, 1, 26))(nlp, text)
    assert found["$212/MWh"].period == "2027-01-26"
    assert found["as much as 11%"].period == "2027-01-26"
