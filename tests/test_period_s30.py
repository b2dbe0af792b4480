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
    assert found["$US3.1 billion"].period == "2025"


def test_a_final_dividend_in_the_lead_marks_the_years_results(nlp):
    text = ("Tarvell Mining lifts payout\n\n"
            "Tarvell Mining will pay a final dividend of $2.10 per share after a strong year.\n\n"
            "Net profit jumped by a fifth to $8.2bn, and net cash rose 6 per cent to $11.9bn.")
    found = claims_of(nlp, text, dt.date(2026, 2, 17))
    assert found["$8.2bn"].period == "2025"
    assert found["6 per cent"].period == "2025"


AUCTION = ("Harbour Kings top the spending on day one\n\n"
           "The Harbour Kings outspent rival franchises in the players' auction on Saturday, splurging a total of "
           "$14.2 million on nine players at the end of the first day.\n\n"
           "The eight franchises spent $61.5 million on 74 players, including 23 from overseas.\n\n"
           "The Kings' most expensive signing went for $2.1 million.")


def test_an_event_held_on_a_day_the_lead_names_dates_its_figures_by_that_days_month(nlp):
    # published on Monday 2 March: Saturday was 28 February
    found = claims_of(nlp, AUCTION, dt.date(2026, 3, 2))
    assert found["$61.5 million"].period == "2026-02"
    assert found["$2.1 million"].period == "2026-02"


def test_a_day_that_dates_only_the_report_makes_no_event(nlp):
    text = AUCTION.replace("The Harbour Kings outspent rival franchises in the players' auction on Saturday, splurging",
                           "The league said on Saturday that the Harbour Kings outspent rival franchises in the "
                           "players' auction, splurging")
    assert claims_of(nlp, text, dt.date(2026, 3, 2))["$61.5 million"].period is None


def test_a_markets_day_of_trading_is_its_day_not_an_event_month(nlp):
    text = ("Stocks slip as chipmakers slide\n\n"
            "Stocks fell on Tuesday, with the main index down 1.2 percent at 4,310 points as chipmakers slid.\n\n"
            "Decliners outnumbered advancers by 1,420 to 610.")
    found = claims_of(nlp, text, dt.date(2026, 3, 3))
    assert found["1.2 percent"].period == "2026-03-03"  # the day of trading (a Tuesday), not March (session 33)


def test_a_milestone_whose_lead_figure_is_still_to_come_is_no_event_month(nlp):
    text = ("Wind farm starts full operation\n\n"
            "The Dunmore wind farm began full commercial operation on Tuesday, a milestone the utility says will "
            "lift the supply of clean power by 12 percent.\n\n"
            "The project consists of 40 turbines.")
    assert claims_of(nlp, text, dt.date(2026, 3, 3))["40"].period is None


def test_a_results_storys_year_through_a_month_with_no_year_written_is_its_fiscal_year(nlp):
    text = ("Carrowmore Mining lifts payout as profit jumps\n\n"
            "Carrowmore Mining booked an 18% jump in annual profit after higher copper prices.\n\n"
            "Net earnings for the year through December rose to $4.2 billion, and the dividend rose to 210c per share.\n\n"
            "Sales revenue climbed 4% to $19.6 billion.")
    found = claims_of(nlp, text, dt.date(2026, 2, 18))
    assert found["$4.2 billion"].period == "2025"
    assert found["4%"].period == "2025"


def test_twelve_months_to_the_month_a_results_year_ends_in_are_that_fiscal_year(nlp):
    text = ("Ardgour Gold lifts dividend\n\n"
            "Ardgour Gold said its annual profit rose by 11%, and its dividend per share rose too.\n\n"
            "The miner reported a net profit of $512 million for the 12 months through June, and net profit margin "
            "widened.")
    assert claims_of(nlp, text, dt.date(2026, 8, 14))["$512 million"].period == "FY2026"
