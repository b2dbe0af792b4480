"""Session 48: a span of days ("from June 27 to July 3", "between 12 and 18 March") is a period, named by the day it
ends on when it runs a week or so (as a weekly statistic's week is), by its months when longer
(claimx.periods `day_span`); a figure or two after "from" is no span of days; "the pending" or "forthcoming"
financial year is the next one; two full years named as one annual year ("its 2011-2012 Annual Statistical
Review") are that split year, "2011-12"; a kicker of a few words opening a story does not use up the lead's
sentences; a month's possessive with a curly apostrophe ("August’s 13.1 per cent") dates its figure, and a month a
figure is "identical to" or "the same as in" is its old side. Made-up text; a test of each change
fails on the code before it."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx import periods
from claimx.periods import find_periods
from fixtures_claims import claims_reader

PUBLISHED = dt.date(2022, 7, 5)
claims_of = claims_reader(PUBLISHED)


@pytest.mark.parametrize("text, label", [
    ("admitted to hospital from June 27 to July 3", "2022-07-03"),
    ("admitted to hospital between 27 June and 3 July", "2022-07-03"),
    ("recorded from 3 to 9 July 2021", "2021-07-09"),
    ("counted between 12 and 18 March", "2022-03-18"),
    ("from December 28 to January 3", "2022-01-03"),
    ("from January 5 to March 30", "Q1 2022"),
])
def test_a_span_of_days_is_a_period(text, label):
    found = [m for m in find_periods(text, PUBLISHED) if m.kind == "day_span"]
    assert [m.period for m in found] == [label]


@pytest.mark.parametrize("text", ["prices rose from June 2 to 4.5%", "the rate went from 3 to 7 per cent",
                                  "from 3 to 7", "from 12 to 40 days"])
def test_figures_after_from_are_no_span_of_days(text):
    assert not [m for m in find_periods(text, PUBLISHED) if m.kind == "day_span"]


def test_a_weeks_count_takes_the_day_its_span_ends(nlp):
    text = ("Heatstroke admissions triple\n\n"
            "Over 9,200 people were taken to hospital with heatstroke in Valdoria from June 27 to July 3, the "
            "agency said.\n")
    found = claims_of(nlp, text)
    assert found["Over 9,200"].period == "2022-07-03"


@pytest.mark.parametrize("text", ["a 3.9 per cent rates rise for the pending financial year",
                                  "rates will rise 3.9% in the forthcoming financial year"])
def test_a_pending_or_forthcoming_financial_year_is_the_next(text):
    assert [m.period for m in find_periods(text, dt.date(2020, 4, 16))] == ["FY2021"]


@pytest.mark.parametrize("text", ["according to the Police Service's 2011-2012 Annual Statistical Review",
                                  "its 2011-2012 annual report shows"])
def test_two_full_years_named_as_one_annual_year_are_a_split_year(text):
    assert [(m.period, m.kind) for m in find_periods(text, dt.date(2012, 10, 24))] == [("2011-12", "season_long")]


def test_two_full_years_alone_stay_a_span():
    assert [m.period for m in find_periods("crime fell in 2011-2012", dt.date(2012, 10, 24))] == ["2011-2012"]


def test_may_name_reads_every_pattern_of_a_kind():
    # may_name is a filter: it must say yes wherever find_periods finds the kind, by whichever of its patterns
    for text in ("the 2025/2026 season", "the 2011-2012 Annual Review", "its 2019-2020 annual accounts"):
        assert [m for m in find_periods(text, dt.date(2026, 3, 1)) if m.kind == "season_long"]
        assert periods.may_name(text, {"season_long"})


def test_a_kicker_opening_a_story_leaves_the_lead_its_reporting_sentences(nlp):
    text = ("Harlow council approves tax hike\n\n"
            "It's official. Your property taxes are going up.\n\n"
            "City council voted 31-9 on Wednesday to raise Harlow's property tax rate by 2.4%. The average homeowner "
            "will see their taxes jump by $61 in 2017.\n\n"
            "The budget sets aside $38 million for new services.\n")
    found = claims_of(nlp, text)
    assert found["$38 million"].period == "2017"


def test_a_months_figure_with_a_curly_possessive_and_an_equal_month_as_old_side(nlp):
    text = ("Retail sales fall\n\n"
            "Retail sales in Valdoria fell 12.9 per cent in September from a year earlier, an improvement over "
            "August\u2019s 13.1 per cent.\n\n"
            "After netting out price changes, the decline was 13.4 per cent, identical to August.\n\n"
            "Exports fell 4.1 per cent, the same as in August.\n")
    found = claims_reader(dt.date(2020, 11, 2))(nlp, text)
    assert [found[t].period for t in ("13.1 per cent", "13.4 per cent", "4.1 per cent")] == \
        ["2020-08", "2020-09", "2020-09"]


@pytest.mark.parametrize("text, label", [("prices rose 3.1% in the 12-month period ending last July", "2024-07"),
                                         ("in the three months ending last September", "2024-09")])
def test_a_rolling_window_ending_last_month_or_named_a_12_month_period(text, label):
    assert [m.period for m in find_periods(text, dt.date(2024, 11, 20))] == [label]


def test_a_datelines_full_date_is_no_event_date():
    for text in ("Apr 29, 2011 (LBO) \u2013 Dunmore Bank group profits rose 41.2 percent.",
                 "March 3, 2024 - Sales at Harlow Foods rose 4%."):
        assert not [m for m in find_periods(text, dt.date(2024, 4, 29)) if m.kind == "month_year"]
    assert [m.period for m in find_periods("On July 1, 2013, 19 firefighters died.", dt.date(2024, 4, 29))] == ["2013-07"]
