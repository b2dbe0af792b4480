"""Session 39: the periods of a company keeping its books on calendar years are labelled as calendar periods ("Q4 2025",
"2025"), as corpus/README.md's table says; a company whose text names fiscal years keeps "FY" labels; and the checker
reads the calendar labels as the company's fiscal periods (a contradiction still stands). Made-up companies and text."""
from __future__ import annotations

import datetime as dt

from fixtures_claims import claims_reader

from claimx.check.checker import check_claims
from claimx.reference import load_pack

_claims = claims_reader(dt.date(2026, 2, 18))

_CALENDAR = ("Tessaly Group lifts profit\n\nTessaly Group said on Wednesday that its revenue rose 8% last year to "
             "$6.2 billion, helped by its software arm.\n\nIn the fourth quarter alone, revenue climbed 11% to "
             "$1.7 billion.\n\nOperating profit rose 14% to $910 million and net profit reached $640 million.")


def test_periods_a_calendar_year_company_has_calendar_labels(nlp):
    claims = _claims(nlp, _CALENDAR)
    assert claims["8%"].period == "2025"
    assert claims["$6.2 billion"].period == "2025"
    assert claims["$1.7 billion"].period == "Q4 2025"
    assert claims["$910 million"].period == "2025"  # carried from the lead
    assert claims["$910 million"].frame.period.fiscal  # still the year its results report


def test_periods_a_company_that_names_its_fiscal_year_keeps_fiscal_labels(nlp):
    text = _CALENDAR.replace("its revenue rose 8% last year", "its revenue rose 8% in fiscal 2025")
    claims = _claims(nlp, text)
    assert claims["$6.2 billion"].period == "FY2025"
    assert claims["$910 million"].period == "FY2025"
    assert not claims["$910 million"].frame.period.fiscal  # (written in fiscal terms: nothing to say)


# (a results lead of "a record annual profit" reported in August is of a fiscal year that ended mid-year, no calendar
# year: it keeps "FY2024", as test_periods_s38.test_frame_period_an_annual_profit_lead_reports_the_year_just_ended says)


def _pack(tmp_path):
    (tmp_path / "entities.csv").write_text("id,name,aliases,parent,kind\ntessaly,Tessaly Group,Tessaly,,company\n")
    (tmp_path / "metrics.csv").write_text("id,unit,synonyms\nrevenue,USD,revenue|sales\n"
                                          "operating_income,USD,operating profit|operating income\n")
    (tmp_path / "facts.csv").write_text(
        "entity,metric,period,start,end,value,unit,source\n"
        "tessaly,revenue,FY2024,2024-01-01,2024-12-31,5740000000,USD,FICTIONAL test\n"
        "tessaly,revenue,FY2025,2025-01-01,2025-12-31,6200000000,USD,FICTIONAL test\n"
        "tessaly,revenue,Q4 FY2024,2024-10-01,2024-12-31,1530000000,USD,FICTIONAL test\n"
        "tessaly,revenue,Q4 FY2025,2025-10-01,2025-12-31,1700000000,USD,FICTIONAL test\n"
        "tessaly,operating_income,FY2024,2024-01-01,2024-12-31,800000000,USD,FICTIONAL test\n"
        "tessaly,operating_income,FY2025,2025-01-01,2025-12-31,910000000,USD,FICTIONAL test\n")
    return load_pack(tmp_path)


def test_check_calendar_labels_of_fiscal_periods_are_checked_and_kept(nlp, tmp_path):
    pack = _pack(tmp_path)
    claims = _claims(nlp, _CALENDAR)
    checked = {c.text: c for c in check_claims(list(claims.values()), pack, published=dt.date(2026, 2, 18))}
    assert checked["$6.2 billion"].verdict == "supported"
    assert checked["$6.2 billion"].period == "2025"
    assert checked["$1.7 billion"].verdict == "supported"
    assert checked["$1.7 billion"].period == "Q4 2025"
    assert checked["14%"].verdict == "supported"  # 910 / 800 - 1 = 13.75%, over the year carried from the lead
    # a wrong change over the carried year is still caught, as it was with the fiscal label
    wrong = _claims(nlp, _CALENDAR.replace("rose 14%", "rose 30%"))
    checked = {c.text: c for c in check_claims(list(wrong.values()), pack, published=dt.date(2026, 2, 18))}
    assert checked["30%"].verdict == "contradicted"
    assert checked["30%"].period == "2025"
