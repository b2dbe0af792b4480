"""The period module: phrases as news writes them -> normal forms, relative to a publication date."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.periods import find_periods, shift_back, shift_period

PUBLISHED = dt.date(2025, 10, 15)


@pytest.mark.parametrize("text,period", [
    ("Revenue was $5 billion in fiscal 2025.", "FY2025"),
    ("Profit for FY26 rose.", "FY2026"),
    ("Figures for FYE March 2023 show a gap.", "FY2023"),
    ("in the financial year to March 2026", "FY2026"),
    ("the year to 31 January 2026", "2026-01"),   # a rolling year alone; a fiscal year in a results story (test_frame_period)
    ("Sales rose 8% in the third quarter of 2024.", "Q3 2024"),
    ("in the second quarter of fiscal 2026", "Q2 FY2026"),
    ("Q3 FY26 revenue", "Q3 FY2026"),
    ("in the first half of 2025", "H1 2025"),
    ("prices fell in August", "2025-08"),
    ("prices fell in November", "2024-11"),  # a month after the article's is last year's
    ("at the end of September", "2025-09"),
    ("last month", "2025-09"),
    ("in May 2024", "2024-05"),
    ("the 12 months to the end of September", "2025-09"),
    ("in the three months to August", "2025-08"),
    ("in the three-month period ending June", "2025-06"),
    ("the six months ended June 30, 2024", "H1 2024"),  # the half it ends (was its last month)
    ("sales for the quarter ended Sept. 30, 2024", "Q3 2024"),   # a quarter named by its end: a calendar quarter
    ("in the second quarter of the group's fiscal 2026", "Q2 FY2026"),
    ("in the three months leading up to February", "2025-02"),
    ("the county's 2025-2026 budget", "2025-26"),      # two running years naming a budget year, not a span
    ("its 2024–2025 fiscal year", "2024-25"),
    ("the council adopted the fiscal year 2025-26 budget", "2025-26"),   # a fiscal year written with both years, as written
    ("the adopted FY 2024/25 budget", "2024-25"),
    ("the 2025/26 season", "2025-26"),
    ("between 1996 and 2011", "1996-2011"),
    ("the levy rose 21% between 2018/19 and 2023/24", "FY2019-FY2024"),   # financial years written with both years
    ("from 2019 to 2024", "2019-2024"),
    ("in 2015-2024", "2015-2024"),
    ("since 2019", "2019-2025"),
    ("output has grown 40-fold since the year 2005", "2005-2025"),   # "the year" before the year written
    ("a £9 million gap from now until 2028", "2025-2028"),          # a span from publication to a year to come
    ("it will spend £2bn between now and 2030", "2025-2030"),
    ("so far this year", "2025"),
    ("last year", "2024"),
    ("next year", "2026"),
    ("this season", "2025-26"),
    ("over the past two decades", "2005-2025"),
    ("over the past decade", "2015-2025"),                # one decade, no number written
    ("in the last decade", "2015-2025"),
    ("It earned $2 million in 2023.", "2023"),
])
def test_periods_normal_form(text, period):
    found = [m.period for m in find_periods(text, PUBLISHED) if m.period]
    assert found == [period]


@pytest.mark.parametrize("text", [
    "Prices may fall.",                     # the verb, not the month
    "Protesters plan to march on the city.",
    "It sold 2,015 homes.",                 # a number, not a year
    "a 7-2 vote",
    "On 14 January it will publish",        # a date of an event, not a period of a figure
])
def test_periods_not_periods(text):
    assert [m for m in find_periods(text, PUBLISHED) if m.period] == []


@pytest.mark.parametrize("text,shift,base", [
    ("down from 6,120 a year earlier", 1, False),
    ("up 12% on the previous year", 1, True),
    ("compared with the same quarter last year", 1, True),
    ("two years ago", 2, False),
    ("rose to £3.2bn from £2.9bn the year before", 1, False),
    ("the 41 cases of the year earlier", 1, False),
])
def test_periods_relative_to_the_claims_own(text, shift, base):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.period, mention.shift, mention.base) == (None, shift, base)


def test_periods_fiscal_year_named_by_its_start():
    june = dt.date(2025, 6, 11)
    assert find_periods("a budget for the fiscal year that begins July 1", june)[0].period == "FY2026"
    assert find_periods("a budget for the fiscal year that begins July 1", PUBLISHED)[0].period == "FY2027"


def test_periods_comparison_base_is_marked():
    mentions = find_periods("up 2.4°C from the 1991-2000 average", PUBLISHED)
    assert [(m.period, m.base) for m in mentions] == [("1991-2000", True)]


def test_periods_fiscal_quarter_without_a_year_is_left_to_the_pack():
    assert find_periods("in the fiscal third quarter", PUBLISHED)[0].period == "latest Q3"
    assert find_periods("in the fiscal third quarter", PUBLISHED, 2026)[0].period == "Q3 FY2026"


def test_periods_bare_quarter_takes_the_articles_fiscal_year_else_the_latest_calendar_quarter():
    assert find_periods("sales in the third quarter", PUBLISHED, 2026)[0].period == "Q3 FY2026"
    assert find_periods("sales in the third quarter", PUBLISHED)[0].period == "Q3 2025"
    assert find_periods("sales in the fourth quarter", PUBLISHED)[0].period == "Q4 2024"


def test_periods_bare_quarter_that_cannot_have_ended_is_of_the_fiscal_year_before():
    """A results story out in August whose guidance names the coming fiscal year ("forecast fiscal 2015 revenue"):
    "the fourth quarter" just reported cannot be that year's (it would end in 2015 at the earliest), the first quarter,
    under way, is."""
    import datetime as dt

    aug = dt.date(2014, 8, 12)
    assert find_periods("profit in the fourth quarter", aug, 2015)[0].period == "Q4 FY2014"
    assert find_periods("its fiscal fourth-quarter profit", aug, 2015)[0].period == "Q4 FY2014"
    assert find_periods("revenue in the first quarter", aug, 2015)[0].period == "Q1 FY2015"
    assert find_periods("sales in the third quarter", dt.date(2025, 11, 25), 2026)[0].period == "Q3 FY2026"


def test_periods_a_week_ended_on_a_day_is_that_day_and_52_weeks_a_fiscal_year():
    import datetime as dt

    # a weekly statistic's week is named by the day it ends on, as it is filed (session 43: the month before)
    dec = dt.date(2019, 12, 4)
    found = find_periods("Inventories fell by 3.1 million barrels in the week ended Nov. 29, the agency said.", dec)
    assert [(m.text, m.period, m.kind) for m in found] == [("the week ended Nov. 29", "2019-11-29", "week_ended")]
    assert find_periods("Claims rose in the week ending 7 January 2024.", dec)[0].period == "2024-01-07"
    assert [m.kind for m in find_periods("Sales rose in the week to March.", dec)] == ["month"]  # no day: no week
    assert find_periods("In the 52 weeks to 29 December 2019, profit rose 8%.", dt.date(2020, 3, 5))[0].period == "FY2019"


@pytest.mark.parametrize("period,back,expected", [
    ("Q3 FY2026", 1, "Q3 FY2025"), ("2025-09", 1, "2024-09"), ("2025-26", 1, "2024-25"),
    ("FY2025", 2, "FY2023"), ("2025", 1, "2024"), ("latest quarter", 1, None), (None, 1, None),
])
def test_periods_shift(period, back, expected):
    assert shift_period(period, back) == expected


@pytest.mark.parametrize("text,period", [("Sales rose 5% laſt year.", "2024"), ("Sales rose in Aprıl.", "2025-04"),
                                         ("Sales rose 5% İN THE THIRD QUARTER.", "Q3 2024")])
def test_periods_odd_letters_that_case_folding_matches_are_read_not_a_crash(text, period):
    """The patterns match case-insensitively, and Unicode case folding lets "ſ", "ı" and "İ" match "s", "i":
    the words must then be looked up folded the same way (this was a KeyError, failing the whole article)."""
    import datetime as dt

    assert [m.period for m in find_periods(text, dt.date(2025, 5, 1))] == [period]


@pytest.mark.parametrize("text,period", [
    ("the Harlow index rose 4.1% in the year to August", "2025-08"),   # a statistics release's rolling year
    ("sales climbed in the year through July", "2025-07"),
    ("a deficit of $310 million in the 2026 fiscal year", "FY2026"),
    ("the financial year that began in April", "FY2026"),              # under way at publication
    ("its fiscal first quarter, which ended Aug. 31,", "Q1 FY2026"),   # a year ending in May
    ("in the second quarter ended June 30, 2024", "Q2 FY2024"),
    ("finishing the season with 71 points", "2025-26"),
    ("the band D charge for 2026/2027", "2026-27"),                   # both years written in full
    ("a strange 2019-\u201920 season", "2019-20"),                          # the second year with an apostrophe
])
def test_periods_more_forms(text, period):
    found = [m.period for m in find_periods(text, PUBLISHED) if m.period]
    assert found == [period]


def test_periods_year_to_a_month_is_the_fiscal_year_where_the_article_reports_one():
    assert find_periods("turnover in the year to March", PUBLISHED, 2026)[0].period == "FY2025"
    assert find_periods("turnover in the year to March", PUBLISHED, None, 3)[0].period == "FY2025"
    assert find_periods("prices in the year to August", PUBLISHED, None, 3)[0].period == "2025-08"


@pytest.mark.parametrize("text", [
    "its best week since March",                # a record's reach, not the figure's period
    "the highest rate since June 2011",
    "the first rise since 2016",
    "the largest monthly fall since the start of 2020",
    "the most goals per game since 1967-68",
    "the highest reading since the year 2000",
])
def test_periods_record_since_is_not_a_period(text):
    mentions = find_periods(text, PUBLISHED)
    assert [m.kind for m in mentions] == ["record_since"] and all(m.period is None and not m.shift for m in mentions)
    assert mentions[0].text.startswith("since")


def test_periods_since_alone_is_still_a_span():
    assert [m.period for m in find_periods("prices have risen 9% since 2019", PUBLISHED)] == ["2019-2025"]


@pytest.mark.parametrize("text", ["about a tenth below their level a year earlier", "higher than it was a year ago"])
def test_periods_level_a_year_earlier_is_a_comparison_base(text):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.shift, mention.base) == (1, True)

@pytest.mark.parametrize("text, period", [
    ("journeys now take 9 minutes less than they did in 2022", "2022"),
    ("margins were 2 points wider than they were in the third quarter of 2024", "Q3 2024"),
    ("the club sold 3,100 more tickets than it did during the 2023/24 season", "2023-24"),
])
def test_periods_than_they_did_in_a_period_is_a_comparison_base(text, period):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.period, mention.base) == (period, True)



def test_periods_the_season_before_is_relative_to_the_claims_own():
    [mention] = find_periods("12% fewer injuries than the season before", PUBLISHED)
    assert (mention.period, mention.shift) == (None, 1)
    assert shift_period("2024-25", mention.shift) == "2023-24"


@pytest.mark.parametrize("text", ["season tickets rose", "the season ticket price", "a season-long loan"])
def test_periods_season_tickets_are_not_a_season(text):
    assert [m.period for m in find_periods(text, PUBLISHED) if m.period] == []


@pytest.mark.parametrize("text", [
    "The brewer, whose fiscal year runs to the end of June, paid",   # the organisation's calendar
    "Its financial year ends in March.",
    "Rennick scored twice in the second half on Sunday",                # the half of a match
    "a goal in the first half against Dunford",
])
def test_periods_calendar_statements_and_match_halves_are_not_periods(text):
    assert [m.period for m in find_periods(text, PUBLISHED) if m.period] == []


def test_periods_mid_year_is_the_calendar_year():
    [mention] = find_periods("a population estimated at 412,000 in mid-2024", PUBLISHED)
    assert (mention.period, mention.kind) == ("2024", "mid_year")


def test_periods_the_month_before_is_relative_to_the_claims_own_month():
    from claimx.periods import shift_back
    mention = find_periods("Exports slipped 1.2% after a 0.7% gain the month before.", dt.date(2025, 6, 20))[-1]
    assert (mention.kind, mention.period, mention.months) == ("months_ago", None, 1)
    assert shift_back("2025-05", mention) == "2025-04"
    assert shift_back("2025-01", mention) == "2024-12"
    assert shift_back("Q2 2025", mention) is None  # a month back of a quarter is no normal form
    assert [m.kind for m in find_periods("as in the month before last", dt.date(2025, 6, 20))] == []


@pytest.mark.parametrize("text, period", [
    ("a bond sale of up to $300 million over the next 12 months", "2026"),
    ("hiring 40 staff in the coming year", "2026"),
    ("worth at least £50 million over the next three seasons", None),
    ("savings of €2bn over the next five years", None),
    ("ahead of the handset's launch later this year", "2026"),   # the rest of the year, still to come
])
def test_periods_a_span_still_to_come(text, period):
    mention = find_periods(text, dt.date(2026, 3, 2))[0]
    assert (mention.kind, mention.period) == ("next_span", period)
    assert find_periods("a bond sale over the next 12 months", dt.date(2026, 9, 2))[0].period == "2027"


@pytest.mark.parametrize("text", ["against $61m in the year-ago quarter", "from 14 cents in the year-earlier period",
                                  "versus $2.9bn in last year's second quarter", "up from $7m in the prior-year period"])
def test_periods_wire_copys_year_ago_period_is_relative_to_the_claims_own(text):
    mention = find_periods(text, dt.date(2025, 8, 6))[-1]
    assert (mention.kind, mention.period, mention.shift) == ("same_period_ago", None, 1)


@pytest.mark.parametrize("text,lead_end,month", [
    # the number of the fiscal quarter reported and the month it ended give the fiscal year's end
    ("Norvik said its fiscal second-quarter profit rose. For the quarter ended Jan. 31, sales fell.", None, 7),
    ("Sales in the period, which ended Nov. 30 and was the third quarter of the company's fiscal 2026, rose.", None, 2),
    ("Profit rose in its third fiscal quarter. It earned $4m in the three months through March 29.", None, 6),
    ("Exports fell in the three months to March.", None, None),        # a statistics release: no numbered fiscal quarter
    # in a report on several companies, one company's fiscal quarter further on is not the story's calendar
    ("Stocks rose on Tuesday. Later, Norvik said its fiscal second quarter ended Jan. 31.", 20, None),
    # the short forms of Indian results copy: a Q3FY26 ending in December is a year ending in March
    ("Kestrel Pharma's Q3FY26 profit rose. It earned Rs 90 crore in the quarter ended December 31, 2025.", None, 3),
    ("Profit for Q2 FY2026 rose. Revenue for the quarter ended September 30 fell.", None, 3),
    ("Sales in the first quarter of FY26 rose. The quarter ended June 30 was strong.", None, 3),
    # a numbered quarter ending in another month than its calendar quarter's is a fiscal one
    # (a quarter ended on one of a month's first days closes the month before, as a year of 52 or 53 weeks does: a third
    # quarter to July 2 is April to June, of a year ending in September; session 51)
    ("Harlow said handset sales rose 3% in the third quarter ended July 2.", None, 9),
    ("Harlow said handset sales rose 3% in the third quarter ended July 31.", None, 10),
    ("Revenue rose in the second quarter, which ended Jan. 31.", None, 7),
    ("Revenue rose in the second quarter ended June 30.", None, None),   # a calendar quarter: no fiscal year end
])
def test_periods_fiscal_year_end_from_a_numbered_quarter_and_its_end(text, lead_end, month):
    from claimx.periods import quarter_year_end
    assert quarter_year_end(text, lead_end) == month


def test_periods_three_months_to_a_quarter_end_is_the_fiscal_quarter_in_a_fiscal_calendar():
    text = "It earned $4 million in the three months through June 28."
    assert [m.period for m in find_periods(text, dt.date(2025, 7, 24), None, 9)] == ["Q3 FY2025"]
    # no calendar: the calendar quarter of an account's three months dated to a day (corpus/README.md: a company that
    # names no fiscal year keeps calendar labels; a statistics office's "three months to June" keeps its month)
    assert [m.period for m in find_periods(text, dt.date(2025, 7, 24))] == ["Q2 2025"]
    assert [m.period for m in find_periods("It rose 2% in the three months to June.", dt.date(2025, 7, 24))] == ["2025-06"]


@pytest.mark.parametrize("text,period", [
    ("the jobless rate was 6.1% a year ago in March 2024", "2024-03"),       # a relative period restated as written
    ("it stood at 6.3% a month ago, in August", "2025-08"),
    ("against 7.9% in February of last year", "2024-02"),                     # a month of a named year
    ("after peaking in June of 2021", "2021-06"),
])
def test_periods_said_together_are_one_mention(text, period):
    found = find_periods(text, PUBLISHED)
    assert [m.period for m in found] == [period]


def test_periods_a_rolling_year_after_over_is_the_span_of_the_change_not_its_base():
    published = dt.date(2025, 10, 15)
    [m] = find_periods("Rents rose 4.1% over the year to August.", published)
    assert (m.period, m.base) == ("2025-08", False)
    [m] = find_periods("Output grew 1.2% over the three months to July.", published)
    assert (m.period, m.base) == ("2025-07", False)
    [m] = find_periods("Output grew 1.2% over the previous year.", published)
    assert m.base                                   # "over" before a relative year still compares


def test_periods_a_statistic_named_by_its_month():
    published = dt.date(2025, 10, 15)
    [m] = find_periods("The August figure was revised up to 3.9%.", published)
    assert (m.period, m.kind) == ("2025-08", "month")
    [m] = find_periods("That was above the September reading of 3.4%.", published)
    assert m.period == "2025-09"


@pytest.mark.parametrize("text,published,expected", [
    ("spent £60 million this summer", dt.date(2025, 8, 28), "2025"),
    ("signed last summer", dt.date(2025, 3, 10), "2024"),
    ("signed last summer", dt.date(2025, 11, 10), "2025"),     # in the autumn: the summer just gone
    ("will open next summer", dt.date(2025, 7, 1), "2026"),
])
def test_periods_a_summer_is_its_year(text, published, expected):
    [m] = find_periods(text, published)
    assert (m.period, m.kind) == (expected, "relative_summer")


@pytest.mark.parametrize("text,period", [
    ("down from 4.1% in the previous three months to the end of July", "2025-07"),
    ("against 6.0% in the preceding three months ending in June", "2025-06"),
])
def test_periods_previous_months_written_out_to_their_end_month(text, period):
    # the rolling months before are restated by the month they end in: one mention, that month
    found = find_periods(text, PUBLISHED)
    assert [(m.period, m.kind) for m in found] == [(period, "months_to")]


@pytest.mark.parametrize("text", ["down 7 percent compared to last year", "up 4% relative to last year"])
def test_periods_compared_to_a_period_is_a_comparison_base(text):
    found = find_periods(text, PUBLISHED)
    assert [(m.period, m.base) for m in found] == [("2024", True)]


@pytest.mark.parametrize("text", ["Rents were up 0.3 per cent compared to September.", "Sales rose 2% relative to September."])
def test_periods_compared_to_a_month_is_a_comparison_base(text):
    # the month's pattern takes the "to"; the words before it still make the month the old side
    found = find_periods(text, PUBLISHED)
    assert [(m.period, m.base) for m in found] == [("2025-09", True)]
    assert not find_periods("Sales rose from June to September.", PUBLISHED)[-1].base


@pytest.mark.parametrize("text, period", [
    ("the bank raised its rate to 4% at its March meeting", "2025-03"),
    ("the Treasury sold £3bn of gilts at the September auction", "2025-09"),
    ("members backed the plan at their June board meeting", "2025-06"),
])
def test_periods_the_month_of_a_meeting_vote_or_auction(text, period):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.kind, mention.period) == ("month", period)


def test_periods_the_past_year_is_no_span():
    # in a statistics release "over the past year" is the year to its latest month, which the date does not give
    assert [m.kind for m in find_periods("the index has risen 0.6% over the past year", PUBLISHED)] == []


@pytest.mark.parametrize("text, period", [
    ("rents have doubled since the 1990s", "1990-2025"),
    ("the lake has shrunk by a third since the mid-1980s", "1985-2025"),
    ("bus use fell 20% since the early 2000s", "2000-2025"),
])
def test_periods_since_a_decade_is_a_span_to_publication(text, period):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.kind, mention.period) == ("since_decade", period)


def test_periods_a_record_since_a_decade_is_not_a_period():
    [mention] = find_periods("the highest level since the 1990s", PUBLISHED)
    assert (mention.kind, mention.period) == ("record_since", None)


def test_periods_since_a_month_starts_a_span_no_label_names():
    [mention] = find_periods("pump prices have risen 11% since March", PUBLISHED)
    assert (mention.kind, mention.period) == ("since_month", None)
    [record] = find_periods("its best week since March", PUBLISHED)  # a record's reach stays one
    assert record.kind == "record_since"


@pytest.mark.parametrize("text, period", [
    ("exports fell 3% in the third quarter of last year", "Q3 2024"),    # not this year's third quarter
    ("sales rose in the first half of last year", "H1 2024"),
    ("the rate peaked at 6% in October last year", "2024-10"),        # not this October
    ("the rate peaked at 6% in October of last year", "2024-10"),
])
def test_periods_a_month_or_quarter_of_a_relative_year(text, period):
    found = [m for m in find_periods(text, PUBLISHED) if m.period]
    assert [m.period for m in found] == [period]


@pytest.mark.parametrize("text,period", [
    ("Main points for June to August 2020", "2020-08"),       # a statistics release's three months
    ("between June and August 2020 the rate rose", "2020-08"),
    ("June–August 2020 data", "2020-08"),
    ("June to August figures show the rate rising", "2020-08"),  # the latest August (published 2020-10-13)
])
def test_periods_a_span_of_months_is_named_by_its_last_month(text, period):
    found = find_periods(text, dt.date(2020, 10, 13))
    assert [m.period for m in found] == [period], found


def test_periods_two_months_in_a_list_are_no_span():
    found = find_periods("Sales rose in June and August.", dt.date(2020, 10, 13))
    assert [m.period for m in found] == ["2020-06", "2020-08"]


@pytest.mark.parametrize("text, shift", [
    ("4,100 jobs, against 5,200 four years earlier", 4),
    ("up from 31% a decade ago", 10),
    ("than two decades earlier", 20),
    ("from 12 years ago", 12),
])
def test_periods_years_and_decades_ago_count_back(text, shift):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.kind, mention.period, mention.shift) == ("years_ago", None, shift)
    assert shift_period("2025", mention.shift) == str(2025 - shift)


@pytest.mark.parametrize("published, year_end, last, following", [
    (dt.date(2025, 11, 20), None, "Q3 2025", "Q1 2026"),     # calendar quarters: July-September ended, October-December runs
    (dt.date(2025, 2, 10), None, "Q4 2024", "Q2 2025"),
    (dt.date(2025, 11, 20), 1, "Q3 FY2026", "Q1 FY2027"),    # a year to January: August-October ended
    (dt.date(2025, 8, 20), 6, "Q4 FY2025", "Q2 FY2026"),
])
def test_periods_last_and_next_quarter(published, year_end, last, following):
    found = find_periods("output grew 0.4% last quarter and should grow next quarter", published, year_end=year_end)
    assert [(m.kind, m.period) for m in found] == [("relative_quarter", last), ("relative_quarter", following)]


@pytest.mark.parametrize("published, year_end, current", [
    (dt.date(2025, 11, 20), None, "Q4 2025"),    # calendar quarters: October-December runs
    (dt.date(2025, 8, 5), 10, "Q4 FY2025"),      # a year to October: August-October runs
])
def test_periods_the_current_quarter_is_the_one_under_way(published, year_end, current):
    found = find_periods("it forecast revenue of $50 billion for the current quarter", published, year_end=year_end)
    assert [(m.kind, m.period) for m in found] == [("relative_quarter", current)]


@pytest.mark.parametrize("text, year_end, period", [
    ("the economy grew at a 1.3% rate in the January-March quarter", None, "Q1 2025"),
    ("from the 2.6% pace of the October-December quarter", None, "Q4 2024"),
    ("spending in the April-June 2021 quarter", None, "Q2 2021"),
    ("sales in the May-July quarter", 1, "Q2 FY2026"),          # a year to January: its second quarter
])
def test_periods_a_quarter_named_by_its_months(text, year_end, period):
    [mention] = find_periods(text, PUBLISHED, year_end=year_end)
    assert (mention.kind, mention.period) == ("month_range_quarter", period)


def test_periods_a_period_named_by_its_months_stays_a_rolling_quarter():
    # (a span that makes a calendar quarter, "July-September 2025", is that quarter: tests/test_periods_s38.py)
    [mention] = find_periods("pay for the June-August 2025 period rose 4.7%", PUBLISHED)
    assert mention.period == "2025-08"


def test_periods_a_relative_year_restated_after_a_comma_is_one_mention():
    [mention] = find_periods("above the $410 million budget for the current year, FY2026, the plan adds", PUBLISHED,
                             year_end=6)
    assert (mention.text, mention.period) == ("the current year, FY2026", "FY2026")
    # two different years are two mentions
    assert len(find_periods("sales rose last year, 2023 having been flat", PUBLISHED)) == 2


@pytest.mark.parametrize("text,written", [
    ("The core index rose 0.2% from September.", "from September"),
    ("Inventories were up 0.5% from August.", "from August"),
    ("Profit of $3.25 billion was a nearly 78% increase over last year's quarter.", "over last year's quarter"),
])
def test_periods_from_a_month_right_after_a_change_is_its_base(text, written):
    [found] = [m for m in find_periods(text, dt.date(2018, 11, 14), 2010) if m.text == written]
    assert found.base


def test_periods_from_a_month_opening_a_sentence_is_no_base():
    [found] = find_periods("From September, fares will rise 5%.", dt.date(2018, 11, 14))
    assert not found.base


def test_periods_the_previous_month_is_the_month_before_the_claims_own():
    found = find_periods("The index rose 0.9% in October, following an increase of 0.4% the previous month.",
                         dt.date(2018, 11, 14))
    assert [(m.kind, m.months) for m in found if m.text == "the previous month"] == [("months_ago", 1)]
    [last] = find_periods("Prices rose last month.", dt.date(2018, 11, 14))
    assert last.period == "2018-10"  # "last month" counts back from publication


@pytest.mark.parametrize("text,expected", [
    ("September factory orders rose 0.8% from August.", [("September", "2025-09"), ("from August", "2025-08")]),
    ("Car sales fell, while August sales of vans rose 3%.", [("August", "2025-08")]),
    ("July was the wettest month, with 160 mm of rain.", [("July", "2025-07")]),
    ("Councillor Dan August said 40 homes were flooded.", []),      # a name, not a month
    ("The MP Tia April said so.", []),
    ("May retailers cut prices by 5%?", []),                         # "May" is a modal verb or a name as often
    ("Payrolls for September 30 were 140,000.", []),                  # a date, not the month of a figure
    ("Ms June said 40 homes were flooded.", []),
    ("The December wheat contract settled at 212.50 euros.", []),      # a delivery month
    ("March corn futures rose 2%.", []),
    ("On 3 March officials said 200 jobs would go.", []),
])
def test_periods_a_capitalised_month_before_a_lower_case_word_names_a_month(text, expected):
    assert [(m.text, m.period) for m in find_periods(text, PUBLISHED)] == expected


@pytest.mark.parametrize("text,expected", [
    ("The winger has 9 league goals this term.", [("this term", "2025-26")]),
    ("She made 40 appearances last campaign.", [("last campaign", "2024-25")]),
    ("The mayor's plan is to build 2,000 homes this term.", []),           # a term of office: no sport, no season
    ("The senator won 55% of the vote in his last term.", []),
    ("This campaign raised $2 million for the hospice.", []),
    ("Pupils missed 12 days of school this term.", []),
])
def test_periods_sports_copys_other_words_for_a_season(text, expected):
    assert [(m.text, m.period) for m in find_periods(text, PUBLISHED)] == expected


def test_periods_than_a_pronoun_and_a_verb_makes_the_other_sides_period_a_base():
    [m] = find_periods("He has 14 goals, five more than he managed last season.", PUBLISHED)
    assert (m.period, m.base) == ("2024-25", True)
    [m] = find_periods("Exports were 3% lower than they reached in 2023.", PUBLISHED)
    assert (m.period, m.base) == ("2023", True)


def test_periods_than_in_a_period_is_a_comparison_base():
    [m] = find_periods("Rents are 4.1% higher than in 2019.", PUBLISHED)
    assert (m.period, m.base) == ("2019", True)


def test_periods_a_period_owned_by_a_comparisons_other_side_is_a_base():
    [m] = find_periods("The crop, 4 million tonnes below the board's July estimate, fell.", PUBLISHED)
    assert not m.base                                   # "below" alone does not compare with a period
    [m] = find_periods("The crop was 4 million tonnes lower than the board's July estimate.", PUBLISHED)
    assert (m.period, m.base) == ("2025-07", True)


@pytest.mark.parametrize("text", [
    "Thefts rose 5.8 per cent on the previous 12 months.",
    "Thefts were up from 3,100 in the 12 months before.",
    "Sales were 2% higher than the prior twelve months.",
])
def test_periods_the_previous_12_months_is_a_year_before_the_claims_own(text):
    [m] = find_periods(text, PUBLISHED)
    assert (m.period, m.shift) == (None, 1)
    assert m.base == ("up from" not in text)   # after an old figure it is that figure's own period, not a base


@pytest.mark.parametrize("sentence,found", [
    ("Rovers have been short of goals all season, above all in the first half.", []),
    ("The striker scored twice in the second half.", []),
    # (a first half reported in March is a fiscal year's, as the dev sets' gold reads them: H1 FY2020)
    ("Revenue rose 5% in the first half.", ["H1 FY2020"]),
])
def test_periods_a_half_in_a_sports_sentence_is_a_half_of_a_match(sentence, found):
    assert [m.period for m in find_periods(sentence, dt.date(2020, 3, 1))] == found


@pytest.mark.parametrize("text,period", [
    ("Exports rose 5% in the first nine months of the year.", "2025"),      # the year so far
    ("Growth in the first three months of the year was 0.1%.", "Q1 2025"),  # its first quarter
    ("Exports rose 5% in the first six months of 2024.", "H1 2024"),       # its first half
    ("Exports rose 5% in the first 10 months of 2024.", "2024"),
    ("Exports rose 5% in the first four months of this year.", "2025"),
])
def test_periods_the_first_months_of_a_year_are_that_year_so_far(text, period):
    assert [(m.period, m.kind) for m in find_periods(text, PUBLISHED)] == [(period, "ytd")]


@pytest.mark.parametrize("text", [
    "The year before last, sales were 4,000.",           # two years back: not read as one
    "In the year before the pandemic, sales were 4,000.",  # a year named by what it preceded
])
def test_periods_the_year_before_something_is_not_relative(text):
    assert not [m for m in find_periods(text, PUBLISHED) if m.kind == "years_ago"]


@pytest.mark.parametrize("text,base", [
    ("The forecast is still 1.6% above last season's harvest.", True),   # the other side's period
    ("Output is 5% below 2019 levels.", True),
    ("Sales ran 3% ahead of last year's pace.", True),
    ("Prices stayed above 4% in 2024.", False),                         # after a figure, not "above"
])
def test_periods_above_or_below_a_period_is_a_comparison_base(text, base):
    [mention] = find_periods(text, PUBLISHED)
    assert mention.base is base


@pytest.mark.parametrize("text,base", [
    ("The office revised growth in the previous quarter to 0.3%.", False),
    ("Output was 1.2% higher than a quarter earlier.", True),
])
def test_periods_the_previous_quarter_is_three_months_back(text, base):
    [mention] = find_periods(text, PUBLISHED)
    assert (mention.period, mention.months, mention.base) == (None, 3, base)
    assert shift_back("Q3 2025", mention) == "Q2 2025" and shift_back("Q1 FY2026", mention) == "Q4 FY2025"


def test_periods_a_record_reaching_back_to_an_event_of_a_year_names_no_period():
    """"its highest level since the party lost office in 2013": the year of the event a record reaches back to is no
    period of a figure (nor one an article reports); without a record word, "since ... in 2013" keeps its year."""
    import datetime as dt

    feb = dt.date(2016, 2, 9)
    found = find_periods("Support rose to its highest level since the party lost office in 2013, a poll shows.", feb)
    assert [(m.text, m.period, m.kind) for m in found] == [
        ("since the party lost office in 2013", None, "record_since_event")]
    found = find_periods("She is the first woman to win both races since Ada Rook in 1998.", feb)
    assert [(m.period, m.kind) for m in found] == [(None, "record_since_event")]
    assert [m.period for m in find_periods("Fares have risen since the line opened in 2013.", feb)] == ["2013"]
