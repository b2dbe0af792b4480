"""Session 51 (lead): misreadings found on the realtest26 pages, opened as a development set this session, each written
as a general shape on made-up text. Each test fails on the code before it unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import all_checked, claims_reader

TWO_OLD_SIDES = ("Corvane profit rises on cloud demand\n\nCorvane posted a 9 per cent rise in quarterly net profit on "
                 "Tuesday. Losses at its games division narrowed to $41 million from $88 million a year ago and $152 "
                 "million the previous quarter.\n")


def test_a_second_old_side_after_from_and_is_a_level_not_a_change(nlp):
    """"narrowed to X from Y a year ago and Z the previous quarter": Z is the loss of another quarter, no change (the
    checker took it for a fall and contradicted it against Y - X)."""
    found = claims_reader(dt.date(2025, 10, 22))(nlp, TWO_OLD_SIDES)
    assert found["$152 million"].kind == "amount"
    assert found["$152 million"].direction is None
    assert found["$88 million"].kind == "amount"


MOVERS = ("Markets slip for a third day as IT shares weigh\n\nThe Varex index fell 212 points on Monday as selling in "
          "technology shares continued.\n\nAmong the index's companies, Ostrel Ports shares fell the most, by 2.4 "
          "percent. Apart from this, there was a decline of 1.9 percent in Kavri Tech, 1.7 percent in Dunmore Power and "
          "1.2 percent in Halden Electronics.\n")


def test_a_list_of_moves_each_written_in_a_company_is_each_company_s_in_a_market_story(nlp):
    """"a decline of 1.9 percent in Kavri Tech, 1.7 percent in Dunmore Power": each move is the share price of the
    company it is written in, not the index the story leads with."""
    found = claims_reader(dt.date(2025, 12, 29))(nlp, MOVERS)
    assert found["1.9 percent"].subject == "Kavri Tech"
    assert found["1.7 percent"].subject == "Dunmore Power"


DAY_FIRST_END = ("Harlow Bank profit rises\n\nHarlow Bank said its net profit after income tax for the half year ended "
                 "31 December 2021 rose to $5.87 billion from $4.87 billion.\n\nOrvane said net sales for the quarter "
                 "ended 30 September 2024 fell 4 per cent to £812 million.\n")


def test_a_period_end_written_day_first_does_not_cut_the_measure_off_its_figure(nlp):
    """"its net profit ... for the half year ended 31 December 2021 rose to $5.87 billion": the parse makes the month
    the subject of "rose"; the measure is the subject "ended" took."""
    found = claims_reader(dt.date(2022, 2, 9))(nlp, DAY_FIRST_END)
    assert found["$5.87 billion"].metric == "net profit after income tax"
    assert found["$4.87 billion"].metric == "net profit after income tax"


AUGUST_BUDGET = ("Marlow city council approves budget and tax increase\n\nMARLOW - City council voted 5 to 3 on Monday to "
                 "approve a budget that raises the property tax rate, costing residents an additional $2.10 per month.\n\n"
                 "City staff also proposed cutting the fuel budget by $150,000.\n")


def test_a_budget_set_in_late_summer_that_names_no_year_is_the_fiscal_year_ending_next_year(nlp):
    """A budget set from July to September, its text naming no year: not the calendar year in progress nor the next
    calendar year (calendar-year budgets are set late in the year before), but the fiscal year starting in the autumn."""
    found = claims_reader(dt.date(2016, 8, 22))(nlp, AUGUST_BUDGET)
    assert found["$150,000"].period == "FY2017"


HALF_YEAR_HEADLINE = ("Harlow Bank of Valdoria HY profit rises; to buy back up to $2 bln of shares\n\nHarlow Bank of Valdoria "
                      "reported that its cash profit for the half year rose 23 percent to $4.75 billion.\n")


def test_a_half_year_code_after_a_company_s_name_in_a_headline_is_no_word_of_the_name(nlp):
    found = claims_reader(dt.date(2022, 2, 9))(nlp, HALF_YEAR_HEADLINE)
    assert found["up to $2 bln"].subject == "Harlow Bank of Valdoria"


UNITS = ("Housing starts rise in Valdoria\n\nThe seasonally adjusted annual rate of housing starts came in at 240,761 "
         "units, the Valdoria Housing Agency said.\n\nThe annual rate of rural starts was estimated to be around 17,650 "
         "units.\n\nTotal vehicle sales were 41,200 units.\n")


def test_a_count_in_units_measures_what_its_clause_s_subject_names(nlp):
    """"units" says only how things are counted; with no "of" phrase the count measures its clause's subject."""
    found = claims_reader(dt.date(2019, 11, 15))(nlp, UNITS)
    assert "rate of housing starts" in found["240,761"].metric
    assert found["around 17,650"].metric == "annual rate of rural starts"
    assert found["41,200"].metric == "Total vehicle sales"


CHANGE_OF_TO = ("Valdoria trade deficit narrows\n\nThe decrease reflected a decrease in the goods deficit of $1.2 billion to "
                "$65.7 billion and an increase in the services surplus of $0.3 billion to $21.4 billion. Economists expect "
                "an increase of 2 to 3 percent in exports next year.\n")


def test_a_change_noun_s_of_figure_before_to_and_a_far_larger_figure_is_a_change_and_its_level(nlp):
    """"a decrease in the goods deficit of $1.2 billion to $65.7 billion" is a fall of $1.2 billion to a level of $65.7
    billion, not a range of the two (read as $33.45 billion); "an increase of 2 to 3 percent" stays a range."""
    found = claims_reader(dt.date(2017, 2, 7))(nlp, CHANGE_OF_TO)
    assert found["$1.2 billion"].kind == "change" and found["$1.2 billion"].direction == "down"
    assert found["$1.2 billion"].metric == "goods deficit fall"
    assert found["$65.7 billion"].value == 65.7e9 and found["$65.7 billion"].metric == "goods deficit"
    assert found["$0.3 billion"].direction == "up" and found["$0.3 billion"].metric == "services surplus growth"
    assert found["2 to 3 percent"].qualifier == "range"


WEEK = ("Valdoria stocks slide\n\nShares in Kestrel Mining fell nearly 3% last week after the company cut its output "
        "forecast, traders said.\n")


def test_a_market_move_of_last_week_is_dated_by_the_last_trading_day_of_that_week(nlp):
    """"fell nearly 3% last week" in a story of Wednesday 15 July: the week's trading, dated by its Friday, 10 July (it
    was given the day of publication's session, as if the move were that day's)."""
    found = claims_reader(dt.date(2020, 7, 15))(nlp, WEEK)
    assert found["nearly 3%"].period == "2020-07-10"


CURLY = ("Marlow passes record budget\n\nMarlow will operate the 2018-2019 fiscal year with its largest budget after City "
         "Council on Tuesday approved the $4.1 billion operating budget.\n\nHomeowners will benefit from a 10 percent "
         "homestead exemption, up from last year\u2019s 8 percent exemption.\n")


def test_last_year_s_written_with_a_curly_apostrophe_is_the_year_before_the_figure_s_own(nlp):
    """"last year’s 8 percent" (the apostrophe most web pages write) is the year before the budget year, as "last
    year's" is: 2017-18, not the year before the one in progress at publication."""
    found = claims_reader(dt.date(2018, 9, 11))(nlp, CURLY)
    assert found["8 percent"].period == "2017-18"


PASSIVE = ("Valdoria fires: Almost 2,000 homes destroyed in months-long crisis\n\nAlmost 2,000 houses have been destroyed "
           "in Valdoria's bushfire crisis, officials say. Police said 12 cars were stolen from the evacuation centre.\n")


def test_a_count_that_is_a_passive_verb_s_subject_measures_the_things_acted_on(nlp):
    """"Almost 2,000 houses have been destroyed" -> houses destroyed, not the stock of houses; a headline's place and
    topic before a colon ("Valdoria fires:") is no fact box's label of the figure after it."""
    found = all_checked(nlp, PASSIVE, dt.date(2020, 1, 8))
    assert [c.metric for c in found if c.text == "Almost 2,000"][0].startswith("homes destroyed")
    assert [c.metric for c in found if c.text == "Almost 2,000"][1] == "houses destroyed"
    assert [c.metric for c in found if c.text == "12"][0].startswith("cars stolen")


PARTIES = ("Local election results latest\n\nKey gains for the Conservatives and the Liberal Democrats\n\nCurrently 146 "
           "of the 166 councils have declared their results.\n")


def test_a_party_s_two_word_name_the_tagger_calls_a_group_leads_whole(nlp):
    """"the Liberal Democrats", tagged a group (NORP) with a plural second word: the lead is the whole name, never
    "Liberal" alone."""
    found = claims_reader(dt.date(2004, 6, 11))(nlp, PARTIES)
    assert found["146"].subject != "Liberal"


OWNED_YEAR = ("Marlow passes record budget\n\nMarlow will operate the 2018-2019 fiscal year with its largest budget after City "
              "Council on Tuesday approved the $4.1 billion operating budget.\n\nHomeowners will benefit from a 10 percent "
              "homestead exemption, up from last year's 8 percent exemption.\n")


def test_a_possessive_year_dates_only_the_figure_it_owns(nlp):
    """"a 10 percent exemption, up from last year's 8 percent": "last year's" owns the 8 percent after it; it is no
    period of the 10 percent before it (which was dated 2017-18 too)."""
    found = claims_reader(dt.date(2018, 9, 11))(nlp, OWNED_YEAR)
    assert found["8 percent"].period == "2017-18"
    assert found["10 percent"].period != "2017-18"


PROFIT_UP = ("Microsoft profit up 11% on database strength\n\nMicrosoft posted an 11 per cent rise in quarterly net profit "
             "today after a strong performance at its database division. In after-hours trade, Microsoft shares rose to "
             "$28.50 from a close of $28.35.\n")


def test_a_headline_measure_the_tagger_reads_as_a_verb_is_no_share_move(nlp):
    """"Microsoft profit up 11%" (a real name, invented figures: the tagger reads "profit" as a verb after it): the
    profit rose, not the shares, though the text is about shares too."""
    found = all_checked(nlp, PROFIT_UP, dt.date(2006, 10, 26))
    assert "share" not in found[0].metric and "profit" in found[0].metric
