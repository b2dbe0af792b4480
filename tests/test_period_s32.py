"""Period shapes of dated news copy (session 32). Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods
from test_frame_s27 import claims_of


def test_a_week_of_a_dated_story_is_the_month_it_ends_in():
    monday = dt.date(2026, 6, 22)  # last week: Monday 15 to Sunday 21 June
    found = lambda text, day=monday: [(m.text, m.period, m.kind) for m in find_periods(text, day) if m.period]
    assert found("There were 1,904 auctions last week.") == [("last week", "2026-06", "relative_week")]
    assert found("Listings are falling this week.") == [("this week", "2026-06", "relative_week")]
    assert found("Rents rose 0.4% in the past week.") == [("the past week", "2026-06", "relative_week")]
    # a week that ended on the Sunday before a Monday in the next month is that month's, as "the week ended ..." is
    assert found("There were 1,904 auctions last week.", dt.date(2026, 7, 6)) == [("last week", "2026-07", "relative_week")]
    assert found("Clearance rates rose during the week of June 15-21, to 61.2%.") == [
        ("the week of June 15-21", "2026-06", "week_of")]
    assert found("Sales will recover next week.") == []


def test_a_weekly_report_dates_its_figures_but_a_weeks_trading_stays_undated(nlp):
    text = ("Auction results firm across the capitals\n\n"
            "The preliminary clearance rate across the capital cities rose to 61.2% during the week of June 15-21, "
            "according to figures from a property data firm.\n\n"
            "There were 1,904 homes taken to auction, compared with 2,115 last week.\n\n"
            "In Harwick, 812 homes went under the hammer.")
    found = claims_of(nlp, text, dt.date(2026, 6, 22))
    assert found["61.2%"].period == "2026-06"
    assert found["2,115"].period == "2026-06"
    assert found["812"].period == "2026-06"
    market = ("Shilling firms as bourse slides\n\n"
              "The Valdoran shilling strengthened against the dollar last week, helped by export receipts.\n\n"
              "The bourse's all-share index fell 3.2 per cent over the past week.")
    found = claims_of(nlp, market, dt.date(2026, 6, 22))
    assert found["3.2 per cent"].period is None


def test_the_same_week_a_year_back_is_the_weeks_month_a_year_earlier():
    for text in ("Over the corresponding week last year, 2,304 auctions were held.",
                 "This time last year, 68.2% of auctions ended in a sale.",
                 "Over the same week last year, there were 1,047 auctions."):
        found = [(m.period, m.kind, m.shift) for m in find_periods(text, dt.date(2026, 6, 22))]
        assert found == [(None, "same_period_ago", 1)], text


def test_an_event_held_today_dates_its_figures_by_the_publication_month(nlp):
    text = ("Korvel wins in Harbourton\n\n"
            "Daniel Korvel won the Harbourton Marathon in a course record of 2:04:10 today, taking home $50,000 in "
            "prize money.\n\n"
            "The women's winner collected the same sum.\n\n"
            "Organisers paid out $310,000 in total prize money.")
    found = claims_of(nlp, text, dt.date(2026, 10, 4))
    assert found["$310,000"].period == "2026-10"
    assert found["$50,000"].period == "2026-10"


def test_items_of_a_list_without_their_own_colon_take_the_period_of_the_story(nlp):
    text = ("Median house prices steady in November\n\n"
            "The national median house price was $412,000 in November, the institute said on Tuesday.\n\n"
            "The regional changes in median house prices were:\n\n"
            "Tarwick $321,500 (up $7,500)\n\n"
            "Eastvale $298,000 (down $2,000)\n\n"
            "Morrow Bay $265,000 (up $1,000).")
    found = claims_of(nlp, text, dt.date(2026, 12, 9))
    assert found["$321,500"].period == "2026-11"
    assert found["$298,000"].period == "2026-11"
    assert found["$265,000"].period == "2026-11"
