"""Period expressions: find them in a sentence and normalise them.

Normal forms (what `Claim.period` holds and the checker reads):
  "FY2025"              a fiscal year ("fiscal 2025", "FY25", "fiscal year 2025")
  "2025"                a calendar year ("in 2025", "last year" in an article of 2026)
  "Q4 2025", "Q4 FY2026" a quarter with its year; "H1 2025" a half
  "2025-03"             a month
  "latest fiscal year"  "its latest fiscal year", "the most recent fiscal year"
  "latest quarter"      "the most recent quarter"; "latest Q4" for "the most recent fourth quarter"
  "past 20 years"       "over the past two decades" (a span ending at the article's date)
Relative expressions resolve against the article's publication date when one is known.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

ORDINAL_Q = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}
MONTHS = {m: i + 1 for i, m in enumerate(
    "january february march april may june july august september october november december".split())}
COUNT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
               "nine": 9, "ten": 10, "a": 1, "several": 3}
UNIT_YEARS = {"year": 1, "years": 1, "decade": 10, "decades": 10}

_Y = r"(?:19|20)\d\d"
_LATEST = r"(?:latest|most\s+recent|last|past|just-ended|recently\s+completed|previous)"
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("fy_quarter", re.compile(rf"\b(?:Q(?P<q>[1-4])|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter)(?:\s+of)?\s+(?:fiscal(?:\s+year)?\s+|FY\s?)(?P<y>{_Y}|\d\d)\b", re.I)),
    ("quarter", re.compile(rf"\b(?:Q(?P<q>[1-4])|(?P<qo>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]quarter)(?:\s+of|,)?\s+(?P<y>{_Y})\b", re.I)),
    ("latest_quarter", re.compile(rf"\b{_LATEST}\s+(?:(?P<qo>first|second|third|fourth)[\s-])?(?:fiscal\s+)?quarter\b", re.I)),
    ("bare_quarter", re.compile(r"\b(?:Q(?P<q>[1-4])\b|(?:the\s+)?(?P<qo>first|second|third|fourth)[\s-]quarter\b)", re.I)),
    ("half", re.compile(rf"\b(?:H(?P<h>[12])|(?P<ho>first|second)\s+half)(?:\s+of)?\s+(?P<y>{_Y})\b", re.I)),
    ("fiscal_year", re.compile(rf"\b(?:fiscal(?:\s+year)?\s+|FY\s?|financial\s+year\s+)(?P<y>{_Y}|\d\d)(?:\s*[-/–]\s*(?P<y2>\d\d|{_Y}))?\b", re.I)),
    ("latest_fiscal_year", re.compile(rf"\b{_LATEST}\s+(?:fiscal|financial|full|budget)[\s-]year\b", re.I)),
    ("past_span", re.compile(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?P<n>\w+)\s+(?P<u>years?|decades?)\b", re.I)),
    ("relative_year", re.compile(r"\b(?P<which>last|this|next|the\s+previous|the\s+current|the\s+coming)\s+year\b", re.I)),
    ("month", re.compile(rf"\b(?P<m>january|february|march|april|may|june|july|august|september|october|november|december)\s+(?P<y>{_Y})\b", re.I)),
    ("season", re.compile(rf"\b(?P<y>{_Y})\s*[-/–]\s*(?P<y2>\d\d)\b")),
    ("year", re.compile(rf"(?<![\d,.$€£])\b(?P<y>{_Y})\b(?![,.]?\d)")),
]


@dataclass(frozen=True)
class PeriodMention:
    """A period expression in a text and its normal form."""

    start: int
    end: int
    text: str
    period: str


def _year(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)


def _quarter(m: re.Match) -> int | None:
    if m.groupdict().get("q"):
        return int(m.group("q"))
    qo = m.groupdict().get("qo")
    return ORDINAL_Q[qo.lower()] if qo else None


def normalise(kind: str, m: re.Match, published: dt.date | None) -> str | None:
    """The normal form of one period match; see the module docstring."""
    if kind == "fy_quarter":
        return f"Q{_quarter(m)} FY{_year(m.group('y'))}"
    if kind == "quarter":
        return f"Q{_quarter(m)} {m.group('y')}"
    if kind == "latest_quarter":
        q = _quarter(m)
        return f"latest Q{q}" if q else "latest quarter"
    if kind == "bare_quarter":
        return f"latest Q{_quarter(m)}"
    if kind == "half":
        h = m.group("h") or ("1" if m.group("ho").lower() == "first" else "2")
        return f"H{h} {m.group('y')}"
    if kind == "fiscal_year":
        y2 = m.group("y2")
        return f"FY{_year(y2) if y2 and len(y2) == 4 else (_year(m.group('y')) // 100 * 100 + int(y2) if y2 else _year(m.group('y')))}"
    if kind == "latest_fiscal_year":
        return "latest fiscal year"
    if kind == "past_span":
        n = m.group("n").lower()
        count = int(n) if n.isdigit() else COUNT_WORDS.get(n)
        if count is None:
            return None
        return f"past {count * UNIT_YEARS[m.group('u').lower()]} years"
    if kind == "relative_year":
        which = m.group("which").lower().split()[-1]
        offset = {"last": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[which]
        return str(published.year + offset) if published else f"{which} year"
    if kind == "month":
        return f"{m.group('y')}-{MONTHS[m.group('m').lower()]:02d}"
    if kind == "season":
        return f"{m.group('y')}-{m.group('y2')}"
    if kind == "year":
        return m.group("y")
    return None


def find_periods(text: str, published: dt.date | None = None) -> list[PeriodMention]:
    """Every period expression in `text`, longest first where they overlap.

    text (str): a sentence or any text.
    published (date | None): the article's date, for "last year" and the like.
    RETURNS (list[PeriodMention]): the mentions in text order.
    """
    taken = [False] * (len(text) + 1)
    out = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start():m.end()]):
                continue
            period = normalise(kind, m, published)
            if period:
                taken[m.start():m.end()] = [True] * (m.end() - m.start())
                out.append(PeriodMention(m.start(), m.end(), m.group(0), period))
    return sorted(out, key=lambda p: p.start)


def resolve_relative(period: str | None, published: dt.date | None) -> str | None:
    """Resolve a relative normal form ("last year") once the publication date is known."""
    if period is None or published is None:
        return period
    for which, offset in (("last", -1), ("previous", -1), ("this", 0), ("current", 0), ("next", 1), ("coming", 1)):
        if period == f"{which} year":
            return str(published.year + offset)
    return period
