"""Session 37 (lead): the period a story reports on is the one its headline and first sentence name, not a later
month a later lead sentence estimates; "next April" is the April to come. Sentences are invented for these tests,
in the shapes real pages write."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from claimx.periods import find_periods

claims_of = claims_reader(dt.date(2024, 5, 17))

FLASH = ("WELLMOOR - The statistics office says wholesale sales rose 0.6 per cent to $8.1 billion in March.\n\n"
         "However, the office says its flash estimate for April suggests sales fell 0.3 per cent for that month.\n\n"
         "Wholesale sales in March rose in five of the seven subsectors.\n\n"
         "Sales at food wholesalers gained 1.2 per cent, while machinery wholesalers added 0.4 per cent.\n")


def test_a_later_months_flash_estimate_in_the_lead_does_not_date_the_story(nlp):
    found = claims_of(nlp, FLASH)
    assert found["0.6 per cent"].period == "2024-03"
    assert found["1.2 per cent"].period == "2024-03"  # carried from the story: the month the first sentence names
    assert found["0.3 per cent"].period == "2024-04"  # the estimate keeps its own month


def test_next_april_is_the_april_to_come():
    found = find_periods("Council tax is set to rise next April by at least twice inflation.", dt.date(2024, 11, 20))
    assert [m.period for m in found] == ["2025-04"]
    found = find_periods("Council tax rose by 4.9 per cent in April.", dt.date(2024, 11, 20))
    assert [m.period for m in found] == ["2024-04"]


def test_compared_to_makes_the_old_side_as_compared_with_does(nlp):
    text = ("Burglaries rise in Wellmoor\n\nThe number of burglaries in Wellmoor rose by 12%, police said.\n\n"
            "Officers recorded 1,840 burglaries in the 2022-23 financial year, compared to 2,060 so far this year.\n")
    found = claims_of(nlp, text, dt.date(2024, 2, 20))
    assert found["1,840"].period == "2022-23"
    assert found["2,060"].period != "2022-23"  # its own "so far this year", not the other side's year
    found = claims_of(nlp, "Tarrow profit climbs\n\nTarrow said its profit rose in the third quarter of 2024.\n\n"
                           "Gross profit rose 9% to $4.1 billion compared to $3.76 billion in the same period last year.\n",
                      dt.date(2024, 10, 20))
    assert found["$4.1 billion"].period == "Q3 2024"
    assert found["$3.76 billion"].period == "Q3 2023"


def test_a_record_since_an_event_in_a_two_year_label_is_no_period():
    found = find_periods("These are the worst quarterly figures since data was first collected in 2004/05.",
                         dt.date(2015, 1, 8))
    assert [m.kind for m in found] == ["record_since_event"] and found[0].period is None


def test_this_year_in_a_story_of_two_year_labels_is_that_kind_of_year(nlp):
    text = ("Hospital misses waiting target\n\nThe number of patients waiting more than four hours at Wexby hospitals "
            "rose to 48,000 in 2014-15.\n\nThe Wexby trust missed the target for 9,300 patients this year, up from "
            "4,100 in 2013-14.\n")
    found = claims_of(nlp, text, dt.date(2015, 3, 20))
    assert found["9,300"].period == "2014-15"
    assert found["4,100"].period == "2013-14"
    # a story of calendar years keeps the calendar year
    found = claims_of(nlp, "Wexby sales rose\n\nWexby sold 9,300 cars this year, up from 4,100 in 2013.\n",
                      dt.date(2015, 3, 20))
    assert found["9,300"].period == "2015"


def test_a_period_in_a_clause_describing_a_thing_dates_only_that_thing(nlp):
    text = ("Harwell council passes budget\n\nThe council on Tuesday approved a $410 million budget for the fiscal year "
            "that begins July 1.\n\nCity staff get a 2.5% raise under contracts signed in October 2024, and about "
            "3,100 workers are covered.\n")
    found = claims_of(nlp, text, dt.date(2025, 6, 11))
    assert found["2.5%"].period == found["$410 million"].period == "FY2026"
    found = claims_of(nlp, "Exports rose 12 percent to $9.1 billion in May, ending a slide that started in January.\n",
                      dt.date(2024, 6, 15))
    assert found["12 percent"].period == "2024-05"
    # a figure inside the clause keeps the clause's period
    found = claims_of(nlp, "Sales, which rose 5% in March, fell 2% in April.\n", dt.date(2024, 6, 15))
    assert found["5%"].period == "2024-03"


def test_this_fall_and_last_spring_are_years():
    found = find_periods("Farmers will harvest 13 billion bushels of corn this fall.", dt.date(2009, 10, 12))
    assert [m.period for m in found] == ["2009"]
    assert [m.period for m in find_periods("Sales rose last autumn.", dt.date(2009, 4, 2))] == ["2008"]
    assert [m.period for m in find_periods("The last fall in prices came in 2019.", dt.date(2009, 4, 2))] == ["2019"]
    assert find_periods("Prices saw this fall of 4%.", dt.date(2009, 4, 2)) == []


def test_a_year_back_is_a_year_ago():
    found = find_periods("Ebitda rose to Rs 1,194 crore, against Rs 964 crore in the same period a year back.",
                         dt.date(2019, 11, 14))
    assert [(m.kind, m.shift) for m in found] == [("same_period_ago", 1)]
    assert [(m.kind, m.shift) for m in find_periods("Sales were 12,000 two years back.", dt.date(2019, 11, 14))] \
        == [("years_ago", 2)]


def test_from_prior_month_without_the_is_the_month_before():
    found = find_periods("Core inflation eased to 3.1%, down from prior month's 3.3%.", dt.date(2024, 3, 18))
    assert [(m.kind, m.months, m.base) for m in found] == [("months_ago", 1, True)]


def test_a_contrast_clause_after_a_figure_keeps_its_period(nlp):
    text = "Last year, the average home had a taxable value of $161,696 but this year the value rose to $177,191.\n"
    found = claims_of(nlp, text, dt.date(2019, 8, 8))
    assert found["$161,696"].period == "2018" and found["$177,191"].period == "2019"


def test_a_result_recalling_earlier_votes_is_of_the_vote_just_held(nlp):
    text = ("Mara Ellison is re-elected as MP for Wexby\n\nMara Ellison has been re-elected by 21,300 votes (44%) as the "
            "MP for Wexby, with a majority of 9,870. She first became MP in June 2001 and was re-elected in May 2005 "
            "and May 2010.\n")
    found = claims_of(nlp, text, dt.date(2015, 5, 8))
    assert found["21,300"].period == "2015-05" and found["9,870"].period == "2015-05"  # the vote's month (session 39)


def test_figures_and_periods_listed_respectively_pair_up(nlp):
    found = claims_of(nlp, "Exports grew 2.1% and 3.4% in 2019 and 2020 respectively.\n", dt.date(2021, 3, 1))
    assert found["2.1%"].period == "2019" and found["3.4%"].period == "2020"
    found = claims_of(nlp, "In 2019 and 2020, sales were $5m and $6m, respectively.\n", dt.date(2021, 3, 1))
    assert found["$5m"].period == "2019" and found["$6m"].period == "2020"


def test_year_prior_and_year_before_quarters_are_a_year_back():
    for text in ("versus $7.89 billion in the year-prior quarter.", "versus 61 cents in the year-previous period.",
                 "versus $7.32 billion in the year-before quarter."):
        assert [(m.kind, m.shift) for m in find_periods(text, dt.date(2024, 8, 15))] == [("same_period_ago", 1)], text
