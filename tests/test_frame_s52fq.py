"""Session 52 (results stories and budgets: the reporting body and its fiscal period). Who reports a results or a
budget story's figures, and for which fiscal period, is read once per document: the period the lead reports is the
period just ended, never a quarter still running that the company's guidance names; the fiscal year written with the
quarter it reports only says which year that quarter is of; a full-year results story's "12 months ended 30 June" is
its fiscal year; guidance for the full year is no whole year's results, so a half to December is still the first half
of a June year. The reporter is the listed company whose ticker or shares the lead names, not a stock index, a
country or an asset named in passing; a budget story's capitalised "Budget" is no name. Made-up text; a test of each
change fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader


def test_the_current_quarter_of_the_guidance_is_not_the_quarter_reported(nlp, rules_copy):
    rules_copy("company_year_ends", "orlen devices:9", "orlen:9")
    text = ("Orlen Devices profit jumps on tablet sales\n\nOrlen Devices posted a higher quarterly profit that beat "
            "forecasts on strong tablet sales and said it expected to ship two million headsets by the end of the "
            "current quarter.\n\nIt also reported a wider profit margin than in the previous quarter.\n\nShares of Orlen, up 41 "
            "per cent since the start of the year, rose a further 3.2 per cent after the report.\n\nOrlen's net "
            "income for its fiscal third quarter ended June 30 was $612 million, compared with $455 million a year "
            "earlier.\n\nRevenue was $3.82 billion, up 17 per cent from a year earlier.\n")
    found = claims_reader(dt.date(2025, 7, 24))(nlp, text)
    assert found["$3.82 billion"].period == "Q3 FY2025"
    assert found["17 per cent"].period == "Q3 FY2025"
    assert found["$612 million"].period == "Q3 FY2025"


def test_the_fiscal_year_written_with_the_quarter_only_names_its_year(nlp):
    text = ("Orlen Devices business\n\nOrlen Devices last night announced a threefold increase in net profits for its "
            "fiscal 2025 first quarter ended December 27, to $410m, helped by strong sales of its headsets.\n\nRevenue "
            "came to $2.91 billion, a 52% increase on a year earlier.\n")
    found = claims_reader(dt.date(2025, 1, 15))(nlp, text)
    assert found["threefold"].period == "Q1 FY2025"  # the year and the quarter after it are one period
    assert found["$410m"].period == "Q1 FY2025"
    assert found["$2.91 billion"].period == "Q1 FY2025"


def test_a_full_year_story_of_twelve_months_ended_june_is_the_fiscal_year(nlp):
    text = ("Tallow Jobs lifts its dividend\n\nThe Tallow Jobs Limited share price is higher on Tuesday after it "
            "announced a bigger dividend with its full year results.\n\nFor the 12 months ended 30 June, Tallow Jobs "
            "reported a 4% increase in revenue to $912 million and a 31% jump in net profit to $88 million.\n")
    found = claims_reader(dt.date(2025, 8, 19))(nlp, text)
    assert found["$912 million"].period == "FY2025"
    assert found["$88 million"].period == "FY2025"


def test_full_year_guidance_leaves_a_half_to_december_the_first_half(nlp):
    text = ("Brennock lifts payout as orders grow\n\nShipbuilder Brennock has raised its payout after reporting a 6 "
            "per cent lift in first-half profit on growing ferry work.\n\nNet profit for the six months to December 31 "
            "came in at $31.4 million and revenue was up 12 per cent to $604.2 million.\n\nBrennock has 33 vessels on "
            "order, supporting full-year revenue guidance of about $1.3 billion.\n")
    found = claims_reader(dt.date(2025, 2, 26))(nlp, text)
    assert found["$31.4 million"].period == "H1 FY2025"
    assert found["$604.2 million"].period == "H1 FY2025"


def test_a_stock_index_named_in_passing_does_not_report_the_results(nlp):
    text = ("HT share price down on FTSE 100 despite profit rise\n\nShares in HT were down on the FTSE 100 in morning "
            "trading after the telecoms group reported a rise in pre-tax profit in the year ended 31 March.\n\nGroup "
            "revenue fell three per cent in the period to £14.2 billion, while pre-tax profit increased 11 per cent to "
            "£1.6 billion.\n")
    found = claims_reader(dt.date(2025, 5, 14))(nlp, text)
    assert found["£14.2 billion"].subject == "HT"
    assert found["£1.6 billion"].subject == "HT"


def test_the_company_with_a_ticker_reports_not_the_country_it_trades_in(nlp):
    text = ("TALLOW (ASX:TLW) share price slips despite a bigger dividend\n\nThe TALLOW Limited (ASX: TLW) share "
            "price is trading lower on Tuesday despite a big dividend increase with its full year results.\n\nFor the "
            "12 months ended 30 June, revenue rose 4% to $912 million.\n\nThe Australia and New Zealand business "
            "grew its revenue by 22% to $401 million.\n")
    found = claims_reader(dt.date(2025, 8, 19))(nlp, text)
    assert "TALLOW" in (found["$912 million"].subject or "")
    assert "TALLOW" in (found["$401 million"].subject or "")


def test_a_listed_company_is_not_the_assets_it_sold(nlp):
    text = ("Harlow Coal 1st Half Net Profit Up 31%\n\nHarlow Coal Industries Ltd. (HCL.AU) said Tuesday net profit "
            "for the half year ended June 30 rose 31% on year.\n\nIn an interim report, the company said net profit "
            "rose to A$312.4 million, but excluding the sale of its Tolland Ridge and Marrick coal projects, the figure "
            "fell to A$98 million.\n\nRevenues for the half year slipped 12% to A$702.5 million.\n")
    found = claims_reader(dt.date(2025, 8, 5))(nlp, text)
    assert "Harlow Coal" in (found["A$702.5 million"].subject or "")
    assert "Harlow Coal" in (found["12%"].subject or "")


def test_a_description_before_a_listed_company_is_no_part_of_its_name(nlp):
    text = ("Harlow Coal 1st Half Profit A$227 Million, Up 41%\n\nMiner Harlow Coal Industries Ltd. (HCL.AU) said "
            "Wednesday half year profit for the period ended June 30 rose 41% on year to A$227 million.\n\nBut the "
            "stronger Australian dollar cut into the profit figure, which Tallis Bank had expected at A$273 million.\n\n"
            "The company declared an interim dividend of 120 Australian cents.\n")
    found = claims_reader(dt.date(2025, 8, 6))(nlp, text)
    assert found["A$227 million"].subject == "Harlow Coal Industries Ltd."
    assert found["120 Australian cents"].subject == "Harlow Coal Industries Ltd."


def test_a_budget_written_with_a_capital_is_not_the_council(nlp):
    text = ("Ratepayers face rise in Shire of Kelbrook budget\n\nRatepayers face an average 3.8 per cent rate rise "
            "this year as the Shire of Kelbrook council last week adopted its biggest annual Budget yet. While the "
            "council was making more money, it was spending more, with the 2025-26 financial year marked by another rise "
            "in staff costs. The latest Budget continues the shire's argument it is stretched thin. The Budget papers "
            "showed total operating revenue up 2.9 per cent to $41.2 million. Last year's Budget debate pinned hopes on "
            "state lobbying.\n")
    found = claims_reader(dt.date(2025, 7, 30))(nlp, text)
    assert found["3.8 per cent"].subject == "Shire of Kelbrook"
    assert found["$41.2 million"].subject == "Shire of Kelbrook"


def test_its_shares_name_no_reporter(nlp):
    """Guard (passes on the code before it too): "Its shares rose" names no company; the story's lead reports."""
    text = ("Kelmont Outfitters raises forecast\n\nHALVERTON, Dec 3 - Kelmont Outfitters Inc raised its full-year profit "
            "forecast on Wednesday after a cold snap sent shoppers looking for coats. Its shares rose 8.4% to $61.35 in "
            "early trading.\n\nNet income rose to $214 million in the third quarter.\n")
    found = claims_reader(dt.date(2025, 12, 3))(nlp, text)
    assert "Kelmont" in (found["$214 million"].subject or "")


def test_a_council_budget_year_written_with_both_years_is_its_this_year(nlp):
    text = ("Ratepayers face rise in Shire of Kelbrook budget\n\nRatepayers face an average 3.8 per cent rate rise "
            "this year as the Shire of Kelbrook council last week adopted its biggest annual budget yet. While the "
            "council was making more money, it was spending more, with the 2025-26 financial year marked by another rise "
            "in staff costs. The budget papers showed total operating revenue up 2.9 per cent to $41.2 million.\n")
    found = claims_reader(dt.date(2025, 7, 30))(nlp, text)
    assert found["3.8 per cent"].period == "2025-26"
    assert found["$41.2 million"].period == "2025-26"


def test_the_same_period_of_a_year_is_the_fiscal_quarter_that_ended_in_it(nlp):
    text = ("Orlen Devices profit edges up\n\nOrlen Devices said earnings for its fiscal second quarter rose 6 percent. "
            "Its fiscal year ends June 30.\n\nFor the three months ended Dec. 31, Orlen reported earnings of $2.41 "
            "billion, up from $2.27 billion in the same period of 2023.\n")
    found = claims_reader(dt.date(2025, 1, 24))(nlp, text)
    assert found["$2.41 billion"].period == "Q2 FY2025"  # October to December 2024
    assert found["$2.27 billion"].period == "Q2 FY2024"  # October to December 2023, not Q2 FY2023


def test_a_name_its_owns_is_not_the_owner_of_a_measure(nlp):
    text = ("Harlow Coal profit rises\n\nHarlow Coal Industries reported a rise in half-year profit on Tuesday.\n\nIn an "
            "interim report, the company said net profit rose to A$312.4 million from A$280.5 million but excluding the "
            "sale of its Tolland Ridge and Marrick coal projects, the figure fell to A$98 million, below forecasts.\n")
    found = claims_reader(dt.date(2025, 8, 5))(nlp, text)
    assert found["A$312.4 million"].subject == "Harlow Coal"
    assert found["A$98 million"].subject == "Harlow Coal"


def test_a_rivals_shares_do_not_make_it_the_reporter(nlp):
    """Guard (passes on the code before it too): the shares of another company the lead names do not take the story
    from the company it is about."""
    text = ("Harlow Stores profit rises\n\nHarlow Stores reported a 9 per cent rise in annual profit on Tuesday, and "
            "shares in rival Kestrel Foods fell 2 per cent after the results.\n\nHarlow Stores said revenue rose 4 per "
            "cent to £3.1 billion in the year to March.\n\nThe group raised its dividend to 12.4 pence.\n")
    found = claims_reader(dt.date(2025, 5, 20))(nlp, text)
    assert "Harlow" in (found["12.4 pence"].subject or "")
