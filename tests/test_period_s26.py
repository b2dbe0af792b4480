"""Period shapes met on real news pages (session 26): match reports dated by the match's month.
Sentences are invented for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from claimx.frame import article
from claimx.periods import find_periods
from fixtures_claims import claims_reader


claims_of = claims_reader()


def test_a_match_report_is_of_the_month_of_the_match(nlp):
    # published on Monday 2 March; the match was on Saturday 28 February
    text = ("Harlby edge Dunmore in derby\n\nHarlby beat Dunmore 24-20 on Saturday to go second in the table.\n\n"
            "The crowd of 12,300 was the biggest at the ground. Morgan kicked 14 points.")
    found = claims_of(nlp, text, dt.date(2026, 3, 2))
    assert {f: found[f].period for f in ("12,300", "14")} == {"12,300": "2026-02", "14": "2026-02"}


def test_a_tournament_year_does_not_re_date_the_match_figures_after_it(nlp):
    text = ("Kestrel win again\n\nKestrel beat Harlby in the match by 60 runs.\n\n"
            "Kestrel claimed a fifth straight win in the 2026 Island Cup. Morgan hit 87 off 90 balls.")
    assert claims_of(nlp, text, dt.date(2026, 7, 14))["87"].period == "2026-07"


def test_a_tournament_year_in_the_lead_gives_way_to_the_match_month():
    text = ("Kestrel win again\n\nKestrel won the match by 60 runs to claim a fifth straight win in the 2026 Island Cup.")
    model = article.build(text, dt.date(2026, 7, 14), len(text))
    assert (model.period.kind, model.period.period) == ("match_month", "2026-07")


def test_no_match_month_without_a_match_in_the_lead():
    # a council vote's tally is no score; a season named in the lead keeps the season
    vote = "Harlby budget passes\n\nThe council won approval for the plan in a 7-2 vote on Tuesday."
    # no match month from the vote's tally (a calendar-year budget's lead naming no year is about the year being
    # budgeted for since session 35)
    model = article.build(vote, dt.date(2026, 3, 4), len(vote))
    assert model.period is None or model.period.kind != "match_month"
    season = "Rovers promoted\n\nRovers beat Dunmore 2-0 on Saturday to end the 2025-26 season as champions."
    assert article.build(season, dt.date(2026, 5, 4), len(season)).period.period == "2025-26"


def test_a_deal_story_reports_the_terms_in_the_month_it_is_announced(nlp):
    text = ("Harlby Foods to buy Tolmark Dairies for $800 million\n\n"
            "Harlby Foods has agreed to buy Tolmark Dairies for $800 million, the companies said on Monday, a price 40% "
            "above the valuation Tolmark was given in March 2024.\n\n"
            "Tolmark has about 2,100 staff. Harlby would pay a break fee of $30 million if the deal is blocked.")
    found = claims_of(nlp, text, dt.date(2026, 4, 21))
    assert {f: found[f].period for f in ("about 2,100", "$30 million")} == {"about 2,100": "2026-04", "$30 million": "2026-04"}


def test_no_deal_month_in_a_results_lead_or_without_a_deal():
    results = ("Harlby profit rises\n\nHarlby Foods reported third-quarter results on Monday and agreed to buy Tolmark "
               "for $800 million.")
    assert article.build(results, dt.date(2026, 4, 21), len(results)).period.kind != "deal_month"
    shopping = "Shoppers spend more\n\nShoppers went to buy more food in March, the survey found."
    assert article.build(shopping, dt.date(2026, 4, 21), len(shopping)).period.kind != "deal_month"


@pytest.mark.parametrize("text,year_end,periods", [
    # a quarter named by the month it ends in, as Australian and Indian copy names one
    ("GDP grew 0.6% in the September quarter 2025, after 0.3% in the June quarter.", None, ["Q3 2025", "Q2 2025"]),
    ("The June 2024 quarter accounts show growth of 0.2%.", None, ["Q2 2024"]),
    ("In the March quarter, spending rose.", None, ["Q1 2025"]),
    # an organisation's fiscal quarter where its year ends in March: the December quarter is its third
    ("Profit for the December quarter rose 12%.", 3, ["Q3 FY2026"]),
    # not a round of a cup
    ("They meet in the June quarter-final.", None, ["2025-06"]),
])
def test_a_quarter_named_by_its_last_month(text, year_end, periods):
    assert [m.period for m in find_periods(text, dt.date(2026, 2, 6), None, year_end)] == periods


def test_a_date_written_in_figures_is_no_period_of_the_lead():
    # a release's stamp in the lead does not outrank the quarter it reports
    text = ("Economy grows 0.6%\n\nReleased 03/12/2025\n\nGDP grew 0.6% in the September quarter 2025.\n\n"
            "Household spending rose 0.4%.")
    model = article.build(text, dt.date(2025, 12, 3), len(text))
    assert model.period.period == "Q3 2025"


def test_a_transfer_story_reports_the_season_of_the_window(nlp):
    text = ("Harlby sign Dunmore striker\n\nHarlby Rovers have signed striker Tom Kerr from Dunmore for a club-record "
            "fee of £30 million, the club said on Monday.\n\nThe fee beats the £21 million Harlby paid for a winger in 2019.\n\n"
            "Kerr scored 19 league goals for Dunmore.")
    model = article.build(text, dt.date(2026, 7, 6), text.index("Monday.") + 7)
    assert (model.period.kind, model.period.period) == ("transfer_season", "2026-27")
    winter = "Harlby sign winger\n\nHarlby have signed winger Sam Roe on a loan deal."
    assert article.build(winter, dt.date(2026, 1, 20), len(winter)).period.period == "2025-26"
    assert claims_of(nlp, text, dt.date(2026, 7, 6))["£30 million"].period == "2026-27"


def test_a_transfer_leads_last_season_is_the_players_record_not_the_signings_season():
    text = ("Harlby sign Dunmore striker\n\nHarlby Rovers have signed striker Tom Kerr from Dunmore for a £30 million "
            "fee.\n\nKerr was the league's top scorer last season with 24 goals.")
    model = article.build(text, dt.date(2026, 7, 6), len(text))
    assert (model.period.kind, model.period.period) == ("transfer_season", "2026-27")
    winter = ("Harlby sign winger\n\nHarlby have signed winger Sam Roe for a £4 million fee.\n\n"
              "Roe has scored nine goals this season.")
    assert article.build(winter, dt.date(2026, 1, 20), len(winter)).period.period == "2025-26"


def test_no_transfer_season_without_a_player_signed():
    text = "Council signs deal\n\nThe council has signed a £3 million deal with a bus firm."
    assert article.build(text, dt.date(2026, 7, 6), len(text)).period is None


def test_a_signings_contract_length_is_the_seasons(nlp):
    text = ("Harlby sign Dunmore striker\n\nHarlby Rovers have signed striker Tom Kerr from Dunmore on a five-year "
            "contract for a fee of £30 million.")
    assert claims_of(nlp, text, dt.date(2026, 7, 6))["five-year"].period == "2026-27"


def test_a_career_total_in_a_match_report_takes_no_month(nlp):
    text = ("Roe wins Harlby Open\n\nSam Roe beat Kit Lane 6-4 6-3 on Sunday to win the Harlby Open.\n\n"
            "Roe served 12 aces. Over her career Roe has won 210 of her 300 matches.")
    found = claims_of(nlp, text, dt.date(2026, 2, 16))
    assert {f: found[f].period for f in ("12", "210")} == {"12": "2026-02", "210": None}
