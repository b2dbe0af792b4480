"""Period shapes met reading real results copy checked against the bundled pack (session 29). Sentences are invented
for these tests; the figures need not be the pack's."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of
from fixtures_claims import bundled_pack, checked_reader


_checked = checked_reader(None, claims_of, bundled_pack)


def test_a_calendar_quarter_of_a_company_reporting_fiscal_years_to_december_keeps_its_calendar_label(nlp):
    # the bundled pack labels Amazon's years "FY2023", 1 January to 31 December: its "fourth quarter of 2023" is the
    # same three months as its Q4 FY2023, checked as such, and keeps the label the text gives it (the text names no
    # fiscal year: corpus/README.md)
    text = ("Amazon sales climb\n\nAmazon said net sales rose 14% to $170 billion in the fourth quarter of 2023. "
            "Operating income rose to $13.2 billion in 2023.")
    found = _checked(nlp, text, dt.date(2024, 2, 2))
    assert found["14%"].period == "Q4 2023"
    assert found["$13.2 billion"].period == "2023"


def test_a_bare_quarter_takes_the_year_end_the_packs_fiscal_facts_show(nlp):
    # the bundled pack gives Walmart no fiscal_year_end, but its "FY" facts end in January: its third quarter
    # reported in November 2024 is Q3 FY2025
    text = "Walmart sales rise\n\nWalmart said net sales in its third quarter rose 5% to $169 billion."
    found = _checked(nlp, text, dt.date(2024, 11, 19))
    assert found["5%"].period == "Q3 FY2025"


def test_a_calendar_year_of_a_company_the_pack_does_not_know_stays_a_calendar_year(nlp):
    text = "Tarrow sales climb\n\nTarrow Outfitters said net sales rose 14% to $17 billion in the fourth quarter of 2023."
    assert _checked(nlp, text, dt.date(2024, 2, 2))["14%"].period == "Q4 2023"


ANNUAL = ("Brenmoor Mining lifts payout after strong year\n\n"
          "Brenmoor Mining will pay a final dividend of $1.20 per share after profits rose.\n\n"
          "The miner said net profit rose 18% to $4.1bn, taking the total payout for the year to $2.6bn.\n\n"
          "Net cash rose 9% to $7.3bn.")


def test_a_results_lead_about_the_year_that_names_none_reports_the_fiscal_year_just_ended(nlp):
    found = claims_of(nlp, ANNUAL, dt.date(2026, 2, 18))
    assert found["18%"].period == "2025"   # reported in February: the year to December 2025, a calendar year
    assert found["$7.3bn"].period == "2025"


def test_a_year_named_by_results_long_after_a_december_year_end_is_one_ending_in_a_later_quarter(nlp):
    # session 30: full-year results out in August are of a year ended in June (an Australian miner's), not of none
    found = claims_of(nlp, ANNUAL, dt.date(2026, 8, 18))
    assert found["$7.3bn"].period == "FY2026"


def test_a_half_years_results_are_not_the_years(nlp):
    text = ANNUAL.replace("The miner said net profit", "In its interim results the miner said net profit")
    assert claims_of(nlp, text, dt.date(2026, 2, 18))["$7.3bn"].period is None


def test_a_retailers_thirteen_weeks_to_a_month_are_three_months_to_it():
    from claimx.periods import find_periods, rolling_months

    [found] = find_periods("Comparable sales rose 3.1% in the 13 weeks ended January 30.", dt.date(2026, 2, 19))
    assert (found.kind, found.period) == ("months_to", "2026-01")
    [fiscal] = find_periods("Sales rose 2% in the 13 weeks ended Oct. 27, 2024.", dt.date(2024, 11, 19), None, 1)
    assert fiscal.period == "Q3 FY2025"     # a year ending in January: August to October is its third quarter
    assert rolling_months("the 26 weeks to 2 March") == 6


def test_three_months_to_a_month_are_named_as_the_entitys_fiscal_quarter(nlp):
    # Walmart's year ends in January (its pack facts): the 13 weeks ended January 30, 2026 are its Q4 FY2026
    text = ("Walmart sales climb\n\nWalmart said comparable sales at its U.S. stores rose 3.1% in the 13 weeks ended "
            "January 30.")
    assert _checked(nlp, text, dt.date(2026, 2, 19))["3.1%"].period == "Q4 FY2026"


def test_a_period_closing_restated_base_figures_is_theirs_not_the_new_figures(nlp):
    text = ("Corvell results\n\nCorvell reported fourth-quarter results on Thursday.\n\n"
            "Net income fell to $0.4 billion, or $0.05 per diluted share, compared with $9.1 billion, or $0.88 per "
            "diluted share, in the fourth quarter of 2024.")
    found = claims_of(nlp, text, dt.date(2026, 2, 5))
    # a company's own quarters of a year ending in December (its lead numbers calendar quarters) are calendar ones
    assert found["$9.1 billion"].period == "Q4 2024"   # the old side, dated as written, not a year before it
    assert found["$0.88"].period == "Q4 2024"
    assert found["$0.4 billion"].period == "Q4 2025"   # the new side: the quarter the story reports


def test_the_full_year_in_a_quarterly_report_is_the_year_of_the_reported_quarter(nlp):
    text = ("Tarrow quarterly profit rises\n\n"
            "For the fourth quarter ended January 31, Tarrow Outfitters posted net earnings of $210 million.\n\n"
            "For the full fiscal year, Tarrow posted net earnings of $640 million, versus $590 million in the "
            "year-earlier period.")
    found = claims_of(nlp, text, dt.date(2026, 2, 26))
    assert found["$210 million"].period == "Q4 FY2026"
    assert found["$640 million"].period == "FY2026"   # the year the reported quarter closes, not the one now under way
    assert found["$590 million"].period == "FY2025"


def test_the_same_quarter_of_a_named_year_is_the_claims_quarter_in_that_year(nlp):
    text = ("Corvell profit rises\n\nCorvell reported second-quarter results on Thursday.\n\n"
            "Revenue rose to $23.2 billion, up from $19.3 billion in the same quarter in 2024.")
    found = claims_of(nlp, text, dt.date(2025, 7, 24))
    assert found["$23.2 billion"].period == "Q2 2025"
    assert found["$19.3 billion"].period == "Q2 2024"   # not the whole of 2024


def test_a_year_to_the_month_an_entitys_fiscal_year_ends_is_named_as_that_fiscal_year(nlp):
    text = "Walmart sales top list\n\nWalmart reported sales of $700 billion for the 12 months ended January 31."
    assert _checked(nlp, text, dt.date(2026, 2, 20))["$700 billion"].period == "FY2026"


def test_a_year_written_before_the_quarter_names_that_quarter():
    from claimx.periods import find_periods

    def read(text):
        return [(m.kind, m.period) for m in find_periods(text, dt.date(2023, 2, 3))]

    assert read("Corvell expects 2023 first-quarter revenue of $12 billion.") == [("quarter", "Q1 2023")]
    assert read("Tarrow reported fiscal 2025 third-quarter sales of $4 billion.") == [("fy_quarter", "Q3 FY2025")]
    assert read("It sold 2,023 first-quarter units.") == [("bare_quarter", "Q1 2022")]  # a count, no year


def test_an_estimate_beside_a_year_first_quarter_forecast_is_that_quarters(nlp):
    text = ("Corvell results\n\nCorvell reported fourth-quarter results on Thursday.\n\n"
            "Corvell expects 2023 first-quarter revenue to be between $121 billion and $126 billion. Analysts "
            "expected revenue of $125.1 billion.")
    found = claims_of(nlp, text, dt.date(2023, 2, 3))
    assert found["between $121 billion and $126 billion"].period == "Q1 2023"
    assert found["$125.1 billion"].period == "Q1 2023"


def test_a_share_price_move_of_a_company_reporting_fiscal_years_keeps_its_calendar_year(nlp):
    text = "Amazon shares climb\n\nAmazon shares rose 40% in 2023, the company's best year since 2020."
    assert _checked(nlp, text, dt.date(2024, 1, 3))["40%"].period == "2023"
