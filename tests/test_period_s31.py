"""Period shapes met reading real news copy from many publishers (session 31). Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods
from test_frame_s27 import claims_of


def test_the_earlier_month_of_a_change_written_with_both_ends_is_its_old_side():
    # a year-on-year or a month-on-month change "between" or "from" two months: the later month is the figure's
    for text in ("Fuel prices rose 6.1% between August 2024 and August 2025.",
                 "The index rose 0.4% between July 2025 and August 2025.",
                 "Rents climbed 3% from August 2024 to August 2025."):
        found = [(m.period, m.base) for m in find_periods(text, dt.date(2025, 9, 20)) if m.period]
        assert found == [("2024-08" if "2024" in text else "2025-07", True), ("2025-08", False)], text
    # two months that are no comparison ("in July 2025 and August 2025") keep their own readings
    listed = find_periods("Sales were strong in July 2025 and August 2025.", dt.date(2025, 9, 20))
    assert [m.base for m in listed if m.period] == [False, False]


def test_a_statistics_lead_with_a_change_between_two_years_months_reports_the_later_month(nlp):
    text = ("Dry spell lifts Valdoria's inflation to 6.4%\n\n"
            "Valdoria's annual inflation rose to 6.4% in August, from 5.9% a month earlier.\n\n"
            "The statistics office put the rise down to an 11.2% increase in food prices between August 2024 and "
            "August 2025.\n\n"
            "Transport costs rose 2.3% over the same period.")
    found = claims_of(nlp, text, dt.date(2025, 8, 29))
    assert found["11.2%"].period == "2025-08"
    assert found["2.3%"].period == "2025-08"


INDIAN_BANK = ("Marwar Bank's quarterly profit climbs 21%\n\n"
               "Marwar Bank on Monday reported a 21 per cent rise in net profit to Rs 4,120 crore for the "
               "October-December quarter of the current financial year, against Rs 3,405 crore in the same quarter "
               "last year.\n\n"
               "Net interest income rose 14 per cent to Rs 9,880 crore.")


def test_rupee_results_with_no_year_end_stated_count_in_years_ending_in_march(nlp):
    # India's companies all close their books on 31 March: October-December is the third quarter of the year to March
    found = claims_of(nlp, INDIAN_BANK, dt.date(2026, 1, 19))
    assert found["Rs 4,120 crore"].period == "Q3 FY2026"
    assert found["Rs 3,405 crore"].period == "Q3 FY2025"
    assert found["Rs 9,880 crore"].period == "Q3 FY2026"


def test_a_stated_year_end_still_wins_over_the_money(nlp):
    text = INDIAN_BANK.replace("Net interest income rose",
                               "The lender, whose financial year ends in December, said net interest income rose")
    assert claims_of(nlp, text, dt.date(2026, 1, 19))["Rs 4,120 crore"].period == "Q4 FY2025"


CALENDAR_RESULTS = ("Ostrava Retail Q4 results: profit falls\n\n"
                    "Ostrava Retail posted net sales of $14.9 billion for its fourth quarter ended Dec. 31, 2025, up 9 "
                    "percent from $13.7 billion in the fourth quarter of 2024.\n\n"
                    "Operating income fell to $0.8 billion.\n\n"
                    "For the first quarter of 2026, the company expects net sales of $12.1 billion to $12.6 billion.")


def test_a_results_lead_that_numbers_calendar_quarters_keeps_them_calendar(nlp):
    # a company on calendar books: its own quarters are labelled as the calendar quarters they are
    found = claims_of(nlp, CALENDAR_RESULTS, dt.date(2026, 2, 5))
    assert found["$14.9 billion"].period == "Q4 2025"
    assert found["$13.7 billion"].period == "Q4 2024"
    assert found["$0.8 billion"].period == "Q4 2025"
    assert found["$12.1 billion to $12.6 billion"].period == "Q1 2026"


def test_a_statistics_release_keeps_calendar_quarters(nlp):
    text = ("Valdoria's economy grows 0.4%\n\n"
            "Valdoria's economy grew 0.4% in the fourth quarter of 2025, after 0.2% in the third quarter of 2025, the "
            "statistics office said.\n\n"
            "Household spending rose 0.6%.")
    found = claims_of(nlp, text, dt.date(2026, 2, 5))
    assert found["0.4%"].period == "Q4 2025"


def test_three_months_ending_at_a_quarter_end_of_a_stated_year_are_that_fiscal_quarter():
    # with a year ending in March, April-June is Q1 and July-September Q2 of the year to the next March
    found = [(m.text, m.period) for m in find_periods("Profit rose 3% in the April-June period.", dt.date(2025, 7, 20),
                                                       year_end=3) if m.period]
    assert found == [("April-June", "Q1 FY2026")]
    # with no year end, three months at a calendar quarter's bounds are that calendar quarter (session 38: no longer
    # the last month, which named one month for three)
    plain = [(m.text, m.period) for m in find_periods("Profit rose 3% in the April-June period.", dt.date(2025, 7, 20))
             if m.period]
    assert plain == [("April-June", "Q2 2025")]


def test_rupee_results_name_a_months_period_as_the_fiscal_quarter(nlp):
    text = INDIAN_BANK.replace("Net interest income rose 14 per cent to Rs 9,880 crore.",
                               "Net interest income rose 14 per cent to Rs 9,880 crore in the October-December period.")
    assert claims_of(nlp, text, dt.date(2026, 1, 19))["Rs 9,880 crore"].period == "Q3 FY2026"


def test_the_full_year_of_a_results_story_is_a_fiscal_year(nlp):
    text = ("Skyward Air profits fall 20%\n\n"
            "Skyward Air has recorded a drop of 20% in its full year profits, citing higher fuel costs.\n\n"
            "The airline's profit after tax was €640 million, down from €800 million in the prior year.\n\n"
            "Revenue rose 5% to €5.2 billion.")
    found = claims_of(nlp, text, dt.date(2026, 5, 18))
    assert found["€640 million"].period == "FY2026"
    assert found["€800 million"].period == "FY2025"
    assert found["€5.2 billion"].period == "FY2026"


def test_the_previous_financial_year_of_a_stated_year_end_is_the_last_one_ended(nlp):
    # the year end known (here from the rupee money): "the previous financial year" was left unresolved before
    text = ("Property tax tops city revenue\n\n"
            "The 2026-27 budget of the Harpur City Corporation projects a revenue of ₹912.4 crore.\n\n"
            "Property tax is projected to bring in ₹171.3 crore during 2026-27 as against ₹140.2 crore realised during "
            "the previous financial year.")
    found = claims_of(nlp, text, dt.date(2026, 4, 28))
    assert found["₹140.2 crore"].period == "2025-26"
    assert found["₹171.3 crore"].period == "2026-27"
