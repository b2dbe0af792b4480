"""Periods: parse a claim's period words and pick the pack facts whose start/end they mean.

Fiscal years need not follow the calendar: a fact labelled "FY2026" running 2025-02-01..2026-01-31 is
found for "FY2026", for "fiscal 2026", for "2025" (the fiscal year covering most of that calendar year)
and, in an article of 2026-02-20, for "latest fiscal year". Quarters are matched by label, by their
place in the entity's fiscal year, or by overlap with the calendar quarter.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Literal

from claimx.reference.pack import Fact

Kind = Literal["fiscal_year", "fiscal_quarter", "calendar_year", "calendar_quarter", "latest", "previous",
               "current", "next", "month", "year_to", "range", "none", "unknown"]
Span = Literal["annual", "quarter", "month", "any"]

_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
_MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")), start=1) for name in names}
_NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                 "eight": 8, "nine": 9, "ten": 10, "twenty": 20, "several": None}
_RELATIVE = (
    ("previous", r"\b(?:previous|prior|preceding)\b|\b(?:a|one) (?:year|quarter) (?:earlier|ago|before)\b"),
    ("current", r"\b(?:this|current|ongoing)\b"),
    ("next", r"\b(?:next|coming|upcoming)\b"),
    ("latest", r"\b(?:latest|most recent|last|past|recent|just[- ]ended|completed)\b"),
)


@dataclass(frozen=True)
class PeriodQuery:
    """What a period expression asks for.

    kind (Kind): how to find the facts; "none" for no period, "unknown" for words not understood,
        "range" for two periods (see `parse_period_range`).
    year (int | None): the fiscal or calendar year named.
    quarter (int | None): the quarter named (1-4), or the month (1-12) for kind "month".
    label (str): the expression as written, matched first against the facts' own period labels.
    span (Span): the length of period meant.
    """

    kind: Kind
    year: int | None = None
    quarter: int | None = None
    span: Span = "any"
    label: str = ""


def _label(text: str) -> str:
    return re.sub(r"[\s_]+", "", text.lower().replace("\u2013", "-"))


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").strip()
    text = re.sub(r"\bfiscal(?:\s+year)?\s*", "fy ", text)
    text = re.sub(r"\bfy\s*'?(\d{2})\b", r"fy 20\1", text)
    return re.sub(r"\bfy\s*(?=\d)", "fy ", text)


def parse_period(text: str | None, hint: str | None = None) -> PeriodQuery:
    """Parse a period expression such as "FY2025", "Q4 FY2026", "Q3 2025", "latest fiscal year".

    text (str | None): the claim's period.
    hint (str | None): other words about the figure (the metric phrase) consulted when `text` is empty,
        for "annual" or "quarterly".
    RETURNS (PeriodQuery): kind "none" for no period, "unknown" for words it cannot read; "September 2025"
        and "2025-09" are kind "month" with the month number in `quarter`; "the year to March 2025" is
        kind "year_to" with the same fields.
    """
    if not text or not text.strip():
        words = _normalise(hint or "")
        if re.search(r"\bquarter", words):
            return PeriodQuery("none", span="quarter")
        if re.search(r"\b(?:annual|yearly|full[- ]year|fy)\b", words):
            return PeriodQuery("none", span="annual")
        return PeriodQuery("none")
    label = _label(text)
    if parse_period_range(text):
        return PeriodQuery("range", label=label)
    words = _normalise(text)
    if month := re.search(r"\b(" + "|".join(_MONTHS) + r")\b\.?(?:\s+(\d{4}))?", words):
        year = int(month.group(2)) if month.group(2) else None
        if year and re.search(r"\b(?:year|12 months) (?:to|ending|ended|through)\b", words):
            return PeriodQuery("year_to", year, _MONTHS[month.group(1)], "annual", label)
        return PeriodQuery("month", year, _MONTHS[month.group(1)], "month", label)
    if month := re.fullmatch(r"((?:19|20)\d{2})-(\d{2})", words):
        if 1 <= int(month.group(2)) <= 12:
            return PeriodQuery("month", int(month.group(1)), int(month.group(2)), "month", label)
    quarter = None
    if match := re.search(r"\bq([1-4])\b", words):
        quarter = int(match.group(1))
    elif match := re.search(r"\b(first|1st|second|2nd|third|3rd|fourth|4th)[\s-]+quarter", words):
        quarter = _QUARTER_WORDS[match.group(1)]
    fiscal = re.search(r"\bfy (\d{4})\b", words)
    calendar = re.search(r"\b((?:19|20)\d{2})\b", words)
    if fiscal:
        kind: Kind = "fiscal_quarter" if quarter else "fiscal_year"
        return PeriodQuery(kind, int(fiscal.group(1)), quarter, "quarter" if quarter else "annual", label)
    if calendar:
        kind = "calendar_quarter" if quarter else "calendar_year"
        return PeriodQuery(kind, int(calendar.group(1)), quarter, "quarter" if quarter else "annual", label)
    span: Span = "quarter" if quarter or "quarter" in words else (
        "annual" if re.search(r"\b(?:year|fy|annual|yearly)\b", words) else "any")
    for kind, pattern in _RELATIVE:
        if re.search(pattern, words):
            return PeriodQuery(kind, quarter=quarter, span=span, label=label)  # type: ignore[arg-type]
    if quarter:
        return PeriodQuery("latest", quarter=quarter, span="quarter", label=label)
    return PeriodQuery("unknown", label=label)


def parse_period_range(text: str | None) -> tuple[PeriodQuery, PeriodQuery] | None:
    """Split "FY2006-FY2026" or "2006 to 2026" into its two ends; None if `text` is not a range."""
    match = re.fullmatch(r"(.*?\d{2,4})\s*(?:-|\u2013|\u2014|to|through|until|vs\.?)\s*(.*?\d{2,4})",
                         _normalise(text or ""))
    if not match:
        return None
    first, last = parse_period(match.group(1)), parse_period(match.group(2))
    if first.kind in ("none", "unknown") or last.kind in ("none", "unknown"):
        return None
    return first, last


def lookback_years(text: str | None) -> int | None:
    """How many years back "over the past two decades", "in five years", "over a decade" reaches."""
    words = (text or "").lower()
    match = re.search(r"\b(?:over|in|during|across|for|within)\s+(?:the\s+)?(?:past|last|previous|prior)?\s*"
                      r"(\w+)\s+(years?|decades?)\b", words)
    if not match:
        return None
    count = int(match.group(1)) if match.group(1).isdigit() else _NUMBER_WORDS.get(match.group(1))
    if count is None:
        return None
    return count * (10 if match.group(2).startswith("decade") else 1)


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
    found = [fact for fact in facts if query.label and _label(fact.period) == query.label]
    if found:
        return found[:1]
    if query.kind == "month" and query.quarter:
        months = [fact for fact in facts if is_month(fact) and fact.start.month == query.quarter
                  and (query.year is None or fact.start.year == query.year)]
        latest = _latest(months, "month", None if query.year else published)
        found = [latest] if latest else []
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


def preceding_period(facts: list[Fact], fact: Fact) -> Fact | None:
    """The fact of the same length as `fact` that ends just before it starts (a sequential comparison)."""
    before = [other for other in facts if abs(other.days - fact.days) <= 0.1 * fact.days
              and 0 < (fact.start - other.end).days <= 10]
    return max(before, key=lambda other: other.end, default=None)
