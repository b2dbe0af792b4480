"""Session 51 (company fiscal years in results stories): the quarters, halves and years of a results story about a
company whose fiscal year does not end in December. A results story whose text states no year end, about a company of
the bundled table rules/frame.json `company_year_ends` (named first, with a capital, in its headline or first
sentence, and named again), reads its periods as that company's fiscal ones: "quarterly net profit" in a story that
names no quarter is the latest fiscal quarter ended before publication, not the full year of its outlook. A results
lead that reports a half ended in another month than June ("the half year ended 31 December 2024"; or "a strong
first half" and "the six months ending December 31" further on) is the first half of a year ending six months after
that month, and "the first half of its 2025" is that company's own fiscal half. Made-up text; a test of each change
fails on the code before it, unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

import pytest

from fixtures_claims import claims_reader

from claimx.frame.words import load_words, parse

claims_in_october = claims_reader(dt.date(2025, 10, 23))
claims_in_february = claims_reader(dt.date(2025, 2, 12))

def test_the_year_end_table_is_loaded_and_checked():
    words = load_words()
    assert "microsoft:6" in words.company_year_ends and "oracle:5" in words.company_year_ends
    data = words.to_dict()
    data["company_year_ends"] = [*data["company_year_ends"], "orvane systems:13"]
    with pytest.raises(ValueError, match="company_year_ends"):
        parse(data, "frame.json")


def test_a_listed_companys_quarterly_profit_is_its_latest_fiscal_quarter(nlp, rules_copy):
    rules_copy("company_year_ends", "orvane systems:6", "orvane:6")
    text = ("Orvane profit climbs 9% on cloud demand\n\nOrvane Systems posted a 9 per cent rise in quarterly net profit "
            "on Thursday as demand for its cloud storage grew.\n\nThe software maker also raised its full-year sales "
            "outlook.\n\nOrvane sales rose 7 per cent to $4.1 billion in the quarter. Losses at its games unit narrowed to "
            "$62 million from $88 million a year ago.\n")
    found = claims_in_october(nlp, text)
    assert found["9 per cent"].period == "Q1 FY2026"  # July to September 2025, of a year ending in June
    assert found["$4.1 billion"].period == "Q1 FY2026"
    assert found["$88 million"].period == "Q1 FY2025"


def test_a_company_of_the_bundled_table_reads_its_own_quarters(nlp):
    text = ("Nike quarterly profit tops forecasts\n\nNike reported a 12 per cent rise in quarterly profit on Tuesday, "
            "helped by strong demand for its running shoes.\n\nRevenue rose 5 per cent to $12.4 billion.\n")
    found = claims_reader(dt.date(2025, 9, 30))(nlp, text)
    assert found["12 per cent"].period == "Q1 FY2026"  # June to August 2025, of a year ending in May
    assert found["$12.4 billion"].period == "Q1 FY2026"


def test_a_listed_company_whose_lead_names_profit_in_the_latest_quarter(nlp, rules_copy):
    rules_copy("company_year_ends", "kestrel software:5")
    text = ("Profit rises at Kestrel Software\n\nKestrel Software's profit rose 6 percent in the latest quarter, "
            "though sales of new licences slipped.\n\nKestrel Software's net income for the quarter rose to $812 "
            "million from $766 million in the same quarter a year ago.\n")
    found = claims_reader(dt.date(2025, 9, 18))(nlp, text)
    assert found["6 percent"].period == "Q1 FY2026"  # June to August 2025, of a year ending in May
    assert found["$812 million"].period == "Q1 FY2026"
    assert found["$766 million"].period == "Q1 FY2025"


def test_a_story_led_by_a_december_company_keeps_its_calendar(nlp, rules_copy):
    """Guard for the December entries: a story that leads with a company keeping its books to December and names one
    of the table after it is not about the latter (the entries make the test fail on the code before it)."""
    rules_copy("company_year_ends", "corvex:12", "orvane systems:6", "orvane:6")
    text = ("Corvex posts record quarterly profit\n\nCorvex posted a 14 per cent rise in quarterly profit on Thursday, "
            "pulling further ahead of Orvane Systems in cloud sales.\n\nCorvex sales rose 9 per cent to $31.2 billion, "
            "while Orvane lags behind.\n")
    found = claims_in_october(nlp, text)
    assert not (found["14 per cent"].period or "").startswith("Q1 FY2026")


def test_a_half_year_ended_in_december_is_the_first_half_of_a_june_year(nlp):
    text = ("Harlen Bank half-year profit rises\n\nHarlen Bank said its net profit after tax for the half year ended 31 "
            "December 2024 rose to A$1.42 billion from A$1.31 billion in the same period last year.\n\nCash profit for "
            "the first half of its 2025 rose 12 percent to A$1.38 billion.\n\nThe board declared an interim dividend of "
            "61 cents a share.\n")
    found = claims_in_february(nlp, text)
    assert found["A$1.42 billion"].period == "H1 FY2025"
    assert found["A$1.31 billion"].period == "H1 FY2024"
    assert found["A$1.38 billion"].period == "H1 FY2025"
    assert found["61 cents"].period == "H1 FY2025"


def test_a_first_half_in_the_lead_and_six_months_to_december_further_on(nlp):
    text = ("Corvel Savings posts strong half\n\nCorvel Savings has reported a strong first half, with home loans growing "
            "faster than the market. Home loans rose 3.1%.\n\nThe lender's net interest margin slipped to 1.98%, but its cash "
            "profit rose to A$820 million for the six months ending December 31, up from A$760 million a year "
            "earlier.\n\nThe board declared an interim dividend of 84 cents per share.\n")
    found = claims_in_february(nlp, text)
    assert found["A$820 million"].period == "H1 FY2025"
    assert found["A$760 million"].period == "H1 FY2024"


def test_a_calendar_first_half_stays_calendar(nlp):
    """Guard: a half ended in June is a calendar year's first half (passes on both)."""
    text = ("Harlow Foods half-year profit up\n\nHarlow Foods said its first-half pre-tax profit for the six months to "
            "30 June 2025 rose 4% to £41m.\n")
    found = claims_reader(dt.date(2025, 8, 6))(nlp, text)
    assert found["£41m"].period in ("H1 2025", "H1 FY2025")


def test_a_full_year_story_with_six_months_to_december_stays_calendar(nlp):
    """Guard: a December company's full-year results, which also give the six months to December, are no first half
    (passes on both)."""
    text = ("Harlow Foods full-year profit rises\n\nHarlow Foods said its full-year pre-tax profit rose 6% to £88m.\n\n"
            "In the six months to December, sales rose 3% to £512m.\n")
    found = claims_reader(dt.date(2025, 3, 4))(nlp, text)
    assert "H1" not in (found["£512m"].period or "")


def test_a_half_of_its_year_is_the_companys_fiscal_half(nlp):
    text = ("Tarrow Mining lifts profit\n\nTarrow Mining, whose fiscal year ends in June, said net profit rose 8% to "
            "A$610 million in the half year.\n\nUnderlying earnings for the first half of its 2025 rose 11 percent to "
            "A$655 million.\n")
    found = claims_in_february(nlp, text)
    assert found["A$655 million"].period == "H1 FY2025"


def test_a_listed_companys_profit_in_three_months_to_a_month_is_its_fiscal_quarter(nlp, rules_copy):
    rules_copy("company_year_ends", "quaylight networks:7", "quaylight:7")
    text = ("Quaylight profits climb\n\nProfits at router maker Quaylight Networks rose by a fifth in the three months "
            "to 27 October. Net income rose 21% to $910m, against $752m in the same period last year.\n\nSales at "
            "Quaylight rose 9% to $4.4bn.\n")
    found = claims_reader(dt.date(2025, 11, 14))(nlp, text)
    assert found["$910m"].period == "Q1 FY2026"  # August to October 2025, of a year ending in July
    assert found["$752m"].period == "Q1 FY2025"


def test_an_industrys_profits_in_a_numbered_quarter_stay_calendar(nlp):
    """Guard: a research firm's count of an industry's profits in a numbered quarter, led by a company of the table
    ("Apple"), is no results story of that company: its quarter stays a calendar one (passes on both)."""
    text = ("Apple takes most of the phone industry's profits in Q3\n\nApple took 91% of the smartphone industry's "
            "profits in Q3, data released on Friday showed.\n\nApple was second by shipments with 12.4% of the 351 "
            "million smartphones shipped in Q3.\n")
    found = claims_reader(dt.date(2025, 11, 7))(nlp, text)
    assert found["91%"].period == "Q3 2025"


def test_a_clause_of_the_outlook_after_a_full_year_forecasts_that_year(nlp):
    text = ("Tarrow Software profit rises\n\nTarrow Software said net income for its fiscal first quarter ended Sept. 30 "
            "rose 9% to $2.2 billion.\n\nThe company now forecasts full-year sales of $31.1 billion to $31.6 billion, "
            "and it trimmed the top of its earnings outlook by 2 cents, now seeing $2.10 to $2.16 per share.\n")
    found = claims_in_october(nlp, text)
    assert found["$2.2 billion"].period == "Q1 FY2026"
    assert found["$31.1 billion to $31.6 billion"].period == "FY2026"
    assert found["2 cents"].period == "FY2026"
    assert found["$2.10 to $2.16"].period == "FY2026"


def test_a_quarter_ended_on_the_first_days_of_a_month_closes_the_month_before(nlp):
    text = ("Harlen Chips profit rises\n\nHarlen Chips said on Thursday its net income rose to $2.4 billion, or 51 "
            "cents per share, in the second quarter ended July 1 from $1.9 billion a year earlier.\n\nRevenue rose 9% "
            "to $14.1 billion.\n")
    found = claims_reader(dt.date(2025, 7, 25))(nlp, text)
    assert found["$2.4 billion"].period in ("Q2 2025", "Q2 FY2025")  # April to June, of a calendar year of 52 weeks
    assert found["$1.9 billion"].period in ("Q2 2024", "Q2 FY2024")
