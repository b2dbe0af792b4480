"""Period shapes met reading real news copy from many publishers (session 30). Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

from test_frame_s27 import claims_of

FULL_YEAR = ("Harlow Minerals posts record payout\n\n"
             "Harlow Minerals has posted a 12 per cent rise in full-year net profit to $US2.40 billion.\n\n"
             "Revenue rose 9 per cent to $US14.2 billion, and the miner declared a final dividend of 85 cents a share.\n\n"
             "Net debt fell to $US3.1 billion.")


def test_full_year_results_out_after_a_june_year_end_report_that_fiscal_year(nlp):
    # no year end written: results of a whole year out in August are of the year ended in June, named by its end
    found = claims_of(nlp, FULL_YEAR, dt.date(2026, 8, 20))
    assert found["12 per cent"].period == "FY2026"
    assert found["$US3.1 billion"].period == "FY2026"


def test_full_year_results_out_early_in_the_year_report_the_calendar_year_before(nlp):
    found = claims_of(nlp, FULL_YEAR, dt.date(2026, 2, 20))
    assert found["$US3.1 billion"].period == "FY2025"


def test_a_final_dividend_in_the_lead_marks_the_years_results(nlp):
    text = ("Tarvell Mining lifts payout\n\n"
            "Tarvell Mining will pay a final dividend of $2.10 per share after a strong year.\n\n"
            "Net profit jumped by a fifth to $8.2bn, and net cash rose 6 per cent to $11.9bn.")
    found = claims_of(nlp, text, dt.date(2026, 2, 17))
    assert found["$8.2bn"].period == "FY2025"
    assert found["6 per cent"].period == "FY2025"
