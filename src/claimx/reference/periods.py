"""Periods of pack facts: pick the facts whose start/end a claim's period means.

The period words themselves are parsed by claimx.periods (`parse_period`, one calendar for the
pipeline, the packs and the checker); this module matches the parsed query against the facts.
Fiscal years need not follow the calendar: a fact labelled "FY2026" running 2025-02-01..2026-01-31 is
found for "FY2026", for "fiscal 2026", for "2025" (the fiscal year covering most of that calendar year)
and, in an article of 2026-02-20, for "latest fiscal year". Quarters are matched by label, by their
place in the entity's fiscal year, or by overlap with the calendar quarter.
"""
from __future__ import annotations

import datetime as dt

from claimx.periods import PeriodQuery, Span, label_key, lookback_years, parse_period, parse_period_range
from claimx.reference.pack import Fact

__all__ = ["PeriodQuery", "is_annual", "is_month", "is_quarter", "lookback_years", "parse_period",
           "parse_period_range", "preceding_period", "previous_period", "select_facts"]


def is_annual(fact: Fact) -> bool:
    """True for a period of about a year (52- and 53-week fiscal years included)."""
    return 350 <= fact.days <= 380


def is_quarter(fact: Fact) -> bool:
    """True for a period of about three months (13- and 14-week quarters included)."""
    return 80 <= fact.days <= 100


def is_month(fact: Fact) -> bool:
    """True for a calendar month's period."""
    return 28 <= fact.days <= 31


def _fits(fact: Fact, span: Span) -> bool:
    checks = {"annual": is_annual, "quarter": is_quarter, "month": is_month}
    return span == "any" or checks[span](fact)


def _overlap(fact: Fact, start: dt.date, end: dt.date) -> int:
    return max(0, (min(fact.end, end) - max(fact.start, start)).days + 1)


def _fiscal_quarter(fact: Fact, calendar: list[Fact]) -> int | None:
    """Which quarter of its fiscal year `fact` is, from its label or from an annual fact around it."""
    label = parse_period(fact.period)
    if label.quarter and label.kind != "month":
        return label.quarter
    for year in calendar:
        if is_annual(year) and year.start <= fact.start and fact.end <= year.end:
            return min(4, max(1, round((fact.end - year.start).days / 91.3)))
    return None


def _fiscal_year(facts: list[Fact], year: int) -> list[Fact]:
    """Annual facts labelled as fiscal year `year`, else those whose year ends in `year`."""
    annual = [fact for fact in facts if is_annual(fact)]
    labelled = [fact for fact in annual if parse_period(fact.period).year == year
                and parse_period(fact.period).quarter is None]
    return labelled or [fact for fact in annual if fact.end.year == year]


def _latest(facts: list[Fact], span: Span, published: dt.date | None) -> Fact | None:
    done = [fact for fact in facts if _fits(fact, span) and (published is None or fact.end <= published)]
    return max(done, key=lambda fact: (fact.end, fact.days), default=None)


def select_facts(facts: list[Fact], query: PeriodQuery, published: dt.date | None, *,
                 calendar: list[Fact] | None = None) -> list[Fact]:
    """The facts of one entity and metric that `query` means, best first.

    facts (list[Fact]): one entity's facts for one metric.
    query (PeriodQuery): the parsed period.
    published (date | None): the article's date, anchoring "latest", "current" and claims with no period.
    calendar (list[Fact] | None): more facts of the entity (any metric) that reveal its fiscal calendar.
    RETURNS (list[Fact]): empty when nothing fits; several only for a claim with no period (latest year,
        then latest quarter). With no period and no period ended by `published`, the pack's figures are
        current or planned ones, earliest first.
    """
    calendar = (calendar or []) + facts
    found = [fact for fact in facts if query.label and label_key(fact.period) == query.label]
    if found:
        return found[:1]
    if query.kind == "month" and query.quarter:
        months = [fact for fact in facts if is_month(fact) and fact.start.month == query.quarter
                  and (query.year is None or fact.start.year == query.year)]
        latest = _latest(months, "month", None if query.year else published)
        found = [latest] if latest else []
        if not found and query.year:
            # an event of a day or a few (a vote, a match), dated by its month as an article dates it: "2026-05" means
            # the election held on 7 May 2026, a fact labelled "2026" that runs from that day to that day
            found = [fact for fact in facts if fact.days < 28 and (fact.start.year, fact.start.month)
                     == (fact.end.year, fact.end.month) == (query.year, query.quarter)][:1]
    elif query.kind == "year_to" and query.year and query.quarter:
        found = [fact for fact in facts if is_annual(fact) and (fact.end.year, fact.end.month) == (query.year, query.quarter)]
    elif query.kind == "fiscal_year" and query.year:
        found = _fiscal_year(facts, query.year)
    elif query.kind == "fiscal_quarter" and query.year and query.quarter:
        quarters = [fact for fact in facts if is_quarter(fact)]
        found = [fact for fact in quarters if (parse_period(fact.period).year, parse_period(fact.period).quarter)
                 == (query.year, query.quarter)]
        if not found:
            found = [fact for year in _fiscal_year(calendar, query.year) for fact in quarters
                     if year.start <= fact.start and fact.end <= year.end
                     and _fiscal_quarter(fact, [year]) == query.quarter]
    elif query.kind == "calendar_year" and query.year:
        first, last = dt.date(query.year, 1, 1), dt.date(query.year, 12, 31)
        annual = [fact for fact in facts if is_annual(fact) and _overlap(fact, first, last) >= 183]
        found = sorted(annual, key=lambda fact: -_overlap(fact, first, last))[:1]
    elif query.kind == "calendar_quarter" and query.year and query.quarter:
        first = dt.date(query.year, 3 * query.quarter - 2, 1)
        last = dt.date(query.year + (query.quarter == 4), (3 * query.quarter) % 12 + 1, 1) - dt.timedelta(days=1)
        quarters = [fact for fact in facts if is_quarter(fact) and _overlap(fact, first, last) >= 45]
        found = sorted(quarters, key=lambda fact: -_overlap(fact, first, last))[:1]
    elif query.kind in ("latest", "previous"):
        span: Span = query.span if query.span != "any" else "annual"
        eligible = [fact for fact in facts if query.quarter is None or _fiscal_quarter(fact, calendar) == query.quarter]
        latest = _latest(eligible, span, published)
        if latest and query.kind == "previous":
            latest = _latest(eligible, span, latest.end - dt.timedelta(days=1))
        found = [latest] if latest else []
    elif query.kind in ("current", "next") and published:
        span = query.span if query.span != "any" else "annual"
        current = [fact for fact in facts if _fits(fact, span) and fact.start <= published <= fact.end]
        if query.kind == "next" and current:
            current = [fact for fact in facts if _fits(fact, span) and fact.start > current[0].end]
            current = sorted(current, key=lambda fact: fact.start)[:1]
        found = current
    elif query.kind == "none":
        spans: tuple[Span, ...] = ("annual", "quarter", "any") if query.span == "any" else (query.span,)
        for span in spans:
            latest = _latest(facts, span, published)
            if latest and latest not in found:
                found.append(latest)
        if not found and published:
            found = sorted((fact for fact in facts if fact.end > published and _fits(fact, query.span)),
                           key=lambda fact: fact.start)
    return found


def previous_period(facts: list[Fact], fact: Fact, *, years: int = 1) -> Fact | None:
    """The fact of the same length as `fact` ending `years` years earlier (a year-on-year comparison).

    facts (list[Fact]): the same entity's facts for the same metric.
    fact (Fact): the later period.
    years (int): how far back; a span given in decades may be off by up to a tenth of it.
    RETURNS (Fact | None): the closest match within the slack, None if the pack lacks it.
    """
    target = fact.end - dt.timedelta(days=round(365.25 * years))
    slack = max(20, round(36.5 * years)) if years > 1 else 20
    earlier = [other for other in facts if other is not fact and abs(other.days - fact.days) <= 0.1 * fact.days
               and abs((other.end - target).days) <= slack]
    return min(earlier, key=lambda other: abs((other.end - target).days), default=None)


def previous_event(facts: list[Fact], fact: Fact) -> Fact | None:
    """For a figure counted on one day (an election's result, a census), the one counted on the latest day before it
    in the series, however long ago (the previous election): what a change naming no base is measured from, and
    what its "from" figure is. None for a figure of a stretch of time."""
    if fact.start != fact.end:
        return None
    before = [other for other in facts if other.start == other.end and other.end < fact.start]
    return max(before, key=lambda other: other.end, default=None)


def preceding_period(facts: list[Fact], fact: Fact) -> Fact | None:
    """The fact of the same length as `fact` that ends just before it starts (a sequential comparison)."""
    before = [other for other in facts if abs(other.days - fact.days) <= 0.1 * fact.days
              and 0 < (fact.start - other.end).days <= 10]
    return max(before, key=lambda other: other.end, default=None)
