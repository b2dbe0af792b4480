"""A public body's budget story and the fiscal year it reports on (frame/article.build): money in pounds runs to 31 March
(rules/frame.json `public_year_ends`), a tax only a public budget sets makes a budget story (`budget_story_words`), a
lead naming no year is about the year being budgeted for, and a lead naming the coming year reports that year.
Sentences are invented for these tests."""
import datetime as dt

import pytest

from claimx.frame.words import load_words, parse
from claimx.lexicon import models_dir, read_rules_json
from test_frame_s27 import claims_of

COUNCIL_TAX = ("Council tax to go up in Marbury to close funding gap\n\n"
               "The proposed 4.2 per cent rise in council tax will help make up for a real-terms cut in grants.\n\n"
               "Households in band D would pay £1,842 a year, and those in band A £1,228.\n\n"
               "Marbury has 61,400 homes on its valuation list.")


def test_a_council_tax_story_naming_no_year_reports_the_year_being_budgeted_for(nlp):
    # published in February: the year starting on 1 April, 2026-27 as UK councils name it, not an undated rise
    found = claims_of(nlp, COUNCIL_TAX, dt.date(2026, 2, 12))
    assert found["4.2 per cent"].period == "2026-27"
    assert found["£1,842"].period == "2026-27"
    assert found["£1,228"].period == "2026-27"


def test_late_in_the_year_the_story_reports_the_year_in_progress(nlp):
    # in September the next April is more than six months away: the year in progress, to March 2027 (2026-27)
    found = claims_of(nlp, COUNCIL_TAX, dt.date(2026, 9, 3))
    assert found["£1,842"].period == "2026-27"
    assert claims_of(nlp, COUNCIL_TAX, dt.date(2026, 5, 20))["£1,842"].period == "2026-27"


SPENDING = ("Budget Special: councils face squeeze\n\n"
            "The Treasury wants councils to raise road spending by 2.8 per cent next year. Its estimate of council "
            "spending next year is below what councils will spend this year.\n\n"
            "Council spending is projected at pounds 51.2bn, a 1.9 per cent increase. But budgets this year are over "
            "pounds 52bn.")


def test_a_budget_in_pounds_counts_next_year_and_this_year_to_march(nlp):
    # November: "this year" is the year to March 2026, "next year" the one starting in April 2026, which the lead reports
    found = claims_of(nlp, SPENDING, dt.date(2025, 11, 26))
    assert found["2.8 per cent"].period == "2026-27"
    assert found["pounds 51.2bn"].period == "2026-27"
    assert found["1.9 per cent"].period == "2026-27"
    assert found["over pounds 52bn"].period == "2025-26"


@pytest.mark.parametrize("text, month", [
    ("a budget of £4.1m", 3),
    ("spending of pounds 45.66bn", 3),
    ("45 pounds a week", 3),
    ("a A$2.3 billion surplus", 6),
    ("NZ$120 million for roads", 6),
    ("a $40 million budget", None),  # dollars: cities, counties and states end their years in different months
    ("the pounds and pence of it", None),  # a word counts only next to a figure
])
def test_the_money_written_gives_the_public_year_end(text, month):
    assert load_words().public_year_end(text) == month


@pytest.mark.parametrize("lead, budget", [
    ("Council tax set to rise by 4.99%", True),
    ("The police precept will go up by £13 a year", True),
    ("Ardlow County sets its millage at 6.2 mills", True),
    ("House prices rose 2% in March", False),
])
def test_a_tax_only_a_public_budget_sets_makes_a_budget_story(lead, budget):
    assert load_words().budget_story(lead) is budget


def test_a_public_year_end_that_is_not_a_month_is_refused_when_loaded():
    data, where = read_rules_json(str(models_dir() / "frame.json"))
    data = dict(data, public_year_ends=["£:0"])
    with pytest.raises(ValueError, match="public_year_ends"):
        parse(data, where)


def test_a_budget_that_writes_its_years_the_fy_way_keeps_that_form(nlp):
    text = COUNCIL_TAX + "\n\nThe council's FY2027 savings plan cuts 140 posts."
    assert claims_of(nlp, text, dt.date(2026, 2, 12))["£1,842"].period == "FY2027"


CALENDAR_BUDGET = ("Levy up about 2 per cent in town\n\n"
                   "Harlow Ridge homeowners face a property tax rise of just over 2 per cent in 2031. The town set out "
                   "its 2031 budget on Tuesday, putting the increase for the year at 2.14 per cent.\n\n"
                   "A home assessed at $312,400 paid taxes of $4,120.60 in 2030.")


def test_a_budget_naming_no_fiscal_year_or_year_end_budgets_for_the_calendar_year(nlp):
    # a town's budget, in dollars, with no "fiscal 2031" and no year end: its bare years are plain years, not FY2031
    found = claims_of(nlp, CALENDAR_BUDGET, dt.date(2031, 1, 22))
    assert found["2.14 per cent"].period == "2031"
    assert found["just over 2 per cent"].period == "2031"
    assert found["$4,120.60"].period == "2030"
