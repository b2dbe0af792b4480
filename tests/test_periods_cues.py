"""The period patterns' cue filter (claimx.periods._NEEDS) never changes what find_periods finds."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx import periods

# invented phrases, at least one per pattern kind, in the shapes the patterns read
PHRASES = [
    "Spending grew between 2019/20 and 2024/25, the factsheet says.", "Cases rose over a 10-year period through 2021.",
    "Fiscal Q3 earnings beat.", "For the year, sales rose.", "Fares rise next fiscal year.",
    "Output fell in the same quarter a year earlier.", "Sales were flat two years ago.", "Over that period it doubled.",
    "Its new fiscal year that begins on 1 July lifts pay.", "FYE June 2024 results were late.",
    "In the year to 30 April 2026 profit rose.", "The three months ending August were weak.",
    "Q2 fiscal 2027 bookings rose.", "Q1FY28 margins slipped.", "2Q23 and 2023-Q4 bookings rose.", "1H22 and H2/2023 sales slid.", "The second quarter of 2023 was quiet.",
    "H2 2022 and the first half of fiscal 2024 both grew.", "Sales rose in the first half of the 2026 financial year.", "In the latest fiscal quarter it gained.",
    "The fiscal second quarter closed.", "Q4 saw a loss; the third quarter did not.", "This quarter was calm.",
    "The second half looked better.", "FY27 guidance and fiscal '26 targets.", "Last financial year it shrank.",
    "For the full year it grew.", "Over the past three decades the lake shrank.", "Between 2011 and 2019 it rose.",
    "From 2004 to 2010 it fell.", "The 2016-2020 average.", "Since 2012 it has tripled.", "The 2031/32 season.",
    "So far this year it is up.", "Next year it will fall.", "Last month it rose.", "This season the club won.",
    "The club spent heavily last summer.",
    "In June 2021 rents rose.", "Between April and May prices fell.", "At the end of October it peaked.", "In 2029.",
    "Nothing here has a period at all.", "A tİme ſpan ſince 2015 and the ſame period.", "ınce fıscal 2024 it grew.",
    "ＦＹ２０２５ and year ２０２６ in full-width digits.",
    "Its busiest week since June 2019.", "The third quarter, which ended Sept. 30, was mixed.",
    "The 2027 fiscal year budget.", "Injuries fell on the season before.", "Rents for 2027/2028 rose.", "Its fiscal year ends in May.", "Numbers for mid-2023.",
    "It dipped after a rise the month before.", "Fees will climb over the next 12 months.",
    "The town's 2029-2030 operating budget.", "Rents fell in the six-month period ending in March.", "Its quarter ended Aug. 31 was weak.",
    "Prices have doubled since the mid-1990s.", "Rents have risen 11% since March.", "June to August 2020 figures.",
    "He has scored 11 league goals this term.", "Stocks fell in the week ended Nov. 29.", "In the 52 weeks to 3 May 2026 sales grew.",
    "There were 1,904 auctions last week.", "Admissions rose from June 27 to July 3.", "Rain has damaged wheat in the last few days.", "Rates rose during the week of June 15-21.",
    "Its best day since the bank cut rates in 2019.",
    "Thefts rose 5.8 per cent on the previous 12 months.",
    "GDP grew 0.6% in the June 2015 quarter and 0.4% in the September quarter 2011.",
]
CALENDARS = [periods.Calendar(), periods.Calendar(dt.date(2026, 3, 9), 2026), periods.Calendar(dt.date(2025, 11, 2)),
             # (session 53: a year end stated, which a bare "the nine-month period" needs to name a period)
             periods.Calendar(dt.date(2025, 4, 24), None, 6)]


def unfiltered(text: str, calendar: periods.Calendar) -> list:
    needs = dict(periods._NEEDS)
    periods._NEEDS.clear()
    periods._kinds_cued.cache_clear()  # worked out from _NEEDS
    try:
        return periods._find(text, calendar)
    finally:
        periods._NEEDS.update(needs)
        periods._kinds_cued.cache_clear()


@pytest.mark.parametrize("calendar", CALENDARS)
@pytest.mark.parametrize("case", [str, str.upper, str.lower, str.title])
def test_periods_cues_filter_finds_what_every_pattern_finds(calendar: periods.Calendar, case):
    for phrase in map(case, PHRASES):
        assert periods._find(phrase, calendar) == unfiltered(phrase, calendar), phrase


def test_periods_cues_every_pattern_is_exercised():
    found = {m.kind for phrase in PHRASES for calendar in CALENDARS for m in periods._find(phrase, calendar)}
    missing = {kind for kind, _ in periods.PATTERNS} - found
    assert not missing, f"add a phrase for {missing}: the filter must be checked on every pattern"


def test_periods_cues_letters_that_fold_differently_run_every_pattern():
    assert periods._cues("the ſame period") is None  # re reads "ſame" as "same"; str.lower does not
    assert periods._cues("Last year, in Q3 2024") == {"year", "year_digits", "q_number", "past", "same_ago"}


# phrases for the kinds since_decade, since_month, month_range_quarter and relative_quarter (read by the tests above
# when they run, so extending the list here is enough)
PHRASES.extend(["Fares have doubled since the early 1990s.", "Pump prices are up 9% since March.",
                "Output in the April-June quarter fell.", "Growth slowed last quarter and may pick up next quarter."])
# the patterns that need two cues ("+" in _NEEDS): a month's abbreviation after "year", "budget" before "year", the
# words of "year-to-date", "coming" before a span, "whole" before "year", "closed" after a quarter
PHRASES.extend(["Profit rose in the year ended Dec. 31, 2025.", "The budget year starts in July.",
                "Sales are up 4% year-to-date.", "Over the coming two years it will double.",
                "The whole year was flat.", "The fiscal quarter closed Sept. 27 with a loss.",
                "Thefts fell in the twelve months to Jun 30.", "Between 2020/21 and 2023/24 fees rose."])
# session 27: a market report's month, a rolling quarter named by its month, the year so far since its start
PHRASES.extend(["For the month, Brent lost 8.5%.", "Pay grew 5.5% in the previous quarter to July.",
                "Shares have risen 37% since the start of the year."])
# a span from publication to a year ("now" with a year's digits), and "later" before "this year" (a span still to come)
PHRASES.extend(["The trust will spend £40m between now and 2030.", "It launches later this year.",
                "Revenue guidance for the current quarter rose."])
# session 37: a time of year ("this fall", "last spring")
PHRASES.extend(["Growers will harvest the crop this fall."])
# session 40: a week back ("weeks_ago") and results copy's bare half ("in the half", read as bare_half)
PHRASES.extend(["Diesel cost 174.0 cents a week earlier.", "The group completed 5,120 homes in the half."])
# session 53: a results story's nine months with no month they end in ("bare_nine_months")
PHRASES.extend(["For the nine-month period, profit rose 8%."])
# session 53: a year named by the month it ends in, as Stats NZ writes one ("month_named_year")
PHRASES.extend(["Rents rose 3.3 percent in the March 2017 year."])
# session 55: a trading session back from the claim's own day ("sessions_ago")
PHRASES.extend(["In the previous session, the index closed 120 points lower."])
