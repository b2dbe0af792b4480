"""Session 36: period expressions read on real pages (the period module), with made-up text."""
from __future__ import annotations

import datetime as dt

from claimx.periods import find_periods


def test_a_fiscal_year_label_then_its_quarter_is_that_fiscal_quarter():
    found = find_periods("Operating income was $8.7 billion in the period (FY18 Q2).", dt.date(2018, 2, 1))
    assert [(m.text, m.period) for m in found if m.period] == [("FY18 Q2", "Q2 FY2018")]
    found = find_periods("In FY2025 Q3, sales rose 4%.", dt.date(2025, 5, 1))
    assert [m.period for m in found if m.period] == ["Q3 FY2025"]


def test_year_on_year_is_a_rate_not_a_date():
    from claimx.periods import names_a_rate
    [yoy] = [m for m in find_periods("Prices rose 3.1% year-on-year.", dt.date(2025, 11, 12)) if m.kind == "years_ago"]
    assert names_a_rate(yoy)
    [ago] = [m for m in find_periods("Prices rose from 2.9% a year earlier.", dt.date(2025, 11, 12))
             if m.kind == "years_ago"]
    assert not names_a_rate(ago)


def test_a_record_at_any_time_since_a_year_is_no_span():
    found = find_periods("Prices rose faster than at any time since 2007.", dt.date(2014, 11, 18))
    assert [m.kind for m in found] == ["record_since"]
    assert [m.period for m in find_periods("Prices have risen 20% since 2007.", dt.date(2014, 11, 18))] == ["2007-2014"]


def test_last_season_in_june_is_the_season_just_ended():
    # the football season ends in May: in late June "last season" is the one just ended, as the article model's
    # season window (a new season from June) reads it
    found = find_periods("He scored nine goals in 41 appearances last season.", dt.date(2011, 6, 29))
    assert [m.period for m in found] == ["2010-11"]
    found = find_periods("He scored nine goals in 41 appearances last season.", dt.date(2011, 5, 20))
    assert [m.period for m in found] == ["2009-10"]
