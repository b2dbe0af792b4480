"""What an article as a whole says about when: its calendar and the period it reports on.

A results story about "the third quarter" under a November dateline, with "fiscal 2026" in its
guidance, reports on Q3 FY2026; a statistics round-up whose lead says "in the 12 months to the end of
September" reports on September. Figures whose sentences name no period take the period their
paragraph last set, else the article's.
"""
from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import lru_cache

from claimx.frame.words import FrameWords, alternatives, load_words
from claimx.periods import DAY_WORDS, MONTHS, NUMBER_WORDS, PeriodMention, day_of_week_before, as_fiscal_year, find_periods, fiscal_year_end, latest_quarter, may_name, not_over, quarter_year_end, shift_period, year_to_month
from claimx.periods import fiscal_years as named_fiscal_years

LEAD_SENTENCES = 3
# The day and month of a date written in figures ("Released at 11:30 AM 07/12/2011"), right before its year: a
# page's stamp in the lead, not the period the story reports.
_NUMERIC_DATE = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]$")
# Spans with both ends written ("between 1996 and 2024") that a study or survey's lead reports on as a whole.
STUDY_SPANS = ("between_years", "from_to_years", "year_span", "years_to")
# The kinds of mention that name a quarter (for a results lead that reports one without naming which, _Rules.quarterly).
# A quarter or a half named with no year ("the fourth quarter", "the second half", "the last quarter"): in a match
# report, a part of the game.
GAME_PART_KINDS = ("bare_quarter", "bare_half", "relative_quarter")
_QUARTER_KINDS = ("fy_quarter", "fy_quarter_short", "quarter", "quarter_ended", "bare_quarter", "fiscal_bare_quarter",
                  "month_quarter", "months_to")
SPAN_KINDS = ("between_seasons", "between_years", "from_to_years", "year_span", "since_year", "since_decade", "past_span",
              "years_to")
# Mentions of a sports season ("the 2024/25 season", "last season"): an article reporting one counts in seasons.
_SEASON_KINDS = ("season", "season_long", "relative_season", "season_before", "season_word", "transfer_season")
# Lead periods that a day the first sentence names (a daily report's, an event's, a day's trading) does not replace:
# a vote's year, a match's month, the year a budget is for.
_DAY_PROOF_KINDS = ("election_month", "match_month", "budget_year", "effective_month", "poll_month")


def _hyphens(words) -> str:
    """`alternation` of `words` in which a hyphen also matches a space ("full-year" matches "full year" too)."""
    return alternatives(words).replace(r"\-", "[- ]")


def _not_after(words) -> str:
    """Lookbehinds that fail right after any of `words` and a space ("(?<!\\bcareer\\s)")."""
    return "".join(rf"(?<!\b{re.escape(word)}\s)" for word in sorted(words))


def _any_capital(words) -> str:
    """A word-bounded alternation of `words` in which a word in lower case matches with or without a capital ("statistics",
    "Statistics") and one written with a capital only so ("Stats"); for no words, a pattern that never matches."""
    if not words:
        return "(?!)"
    ordered = sorted(words, key=lambda w: (-len(w), w))
    return r"\b(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{re.escape(w[1:])}" if w.islower() else re.escape(w)
                              for w in ordered) + r")\b"


@dataclass(frozen=True)
class _Rules:
    """The article's patterns, built from the word lists of rules/frame.json (`_rules`)."""

    company_earnings: str
    results: re.Pattern
    budget: re.Pattern
    financial_year: re.Pattern
    quarter_results: re.Pattern
    accounts: re.Pattern
    release_year: re.Pattern
    statistics: re.Pattern
    survey_title: re.Pattern
    year_to_month: re.Pattern
    quarterly: re.Pattern
    company_earnings_only: re.Pattern
    profit: re.Pattern
    year_results: re.Pattern
    part_of_year: re.Pattern
    score: re.Pattern
    result_score: re.Pattern
    result_margin: re.Pattern
    results_before: re.Pattern
    match_phrases: re.Pattern
    event_day: re.Pattern
    future: re.Pattern
    report_day: re.Pattern
    there_are: re.Pattern
    there_were: re.Pattern
    match_day: re.Pattern
    recent_year: re.Pattern
    deal_lead_verbs: str
    not_deal_before: str


@lru_cache(maxsize=4)
def _rules(words: FrameWords) -> _Rules:
    """The patterns of the article model, from `words`:
    - "earnings" of a company (`company_earnings`), not a person's or a household's pay (after a word of
      `personal_earnings_words`: "average weekly earnings", "his career earnings", "real earnings"), which a
      labour-market release or a sports story reports in calendar years;
    - words that make an article a report of an organisation's (fiscal) results, whose bare years are fiscal years
      (`results`: `results_words`, not before a word of `not_results_after`, "a fiscal crisis", or a company's
      "earnings"; "results" alone is not one: elections, exams, matches and
      trials have results too); `budget_words` and `financial_year_words`, which make a public body's budget story;
    - a quarter's results as a headline or wire lead names them (`quarter_results`: a word of `quarter_results_words`,
      maybe "net", a noun of `quarter_result_nouns`: "Q2 profit falls", "posted a fall in its second-quarter profit"):
      with money in rupees, crore or lakh, a company keeping its books to 31 March (see _march_year_money);
    - measures only an organisation's accounts report (`accounts_measures`): two different ones anywhere in the text
      make it a results story;
    - a statistics release's rolling year as statistics offices write it (`release_year`: a word of
      `rolling_year_words`, one of `release_year_words`, a month and a year: "the year ending March 2025", "the 12 months
      ending June 2024"; an organisation's accounts say "the year to March 2025" or "the year ended 31 March 2025");
    - a statistics office's own words (`statistics_words`: "the Central Statistics Office", "Stats NZ reports", "the
      statistician said"): a story quoting one reads its "year to April 2022" or "year ended January 2019" as that
      release's rolling year too;
    - a year to a month of a named year (`year_to_month`: `rolling_year_words`, `year_to_words` and the month, group 1;
      an organisation's fiscal years all end in one month: two such years ending in different months, "the year to
      April 2022" beside "the year to March 2022", are rolling years of a statistics series);
    - a results lead that reports a quarter without naming which (`quarterly`: "quarterly", "the quarter", not before a
      word of `not_quarter_after`: "a quarter point", "a quarter of a century");
    - a results lead's words for a whole year's accounts (`year_results`, see the note above
      `_ANNUAL_REPORTED_WITHIN`) and for a quarter's or a half's (`part_of_year`: a word of `part_of_year_words` before a
      noun of `result_nouns`, not of `not_part_of_year_nouns`);
    - a day named in a lead's first sentence (`event_day`: a day of the period module's, or of `event_day_words`: "on
      Sunday", "late on Saturday", "yesterday", "last night", "today", the day of publication, as a dated story writes
      it), not one the event runs up to or from, nor one to come (after a word of `not_event_day_before`: "until
      Tuesday evening", "by Saturday", "next Monday"); the same for a daily report of counts (`report_day`: a day or a
      word of `report_day_words`, "today", "this morning") and its present-tense count (`present_count_phrases`: "there
      are") or, for another day, past-tense one (`there_were`, `past_count_phrases`: "there were"); a clause set in the future (`future_words`);
    - the day of a match a lead names (`match_day`: a day of the period module's or of `night_before_words`, "last
      night", the day before publication);
    - the year to now a statistics lead reports (`recent_year`: "the past", "the last" or "a" after "in" or "over",
      before a word of `rolling_year_words`: "in the past year", "over the last 12 months", "jumped 10 per cent in a
      year", not "in a year's time"; or "annual" before a word of `rise_nouns` or `fall_nouns`: "the largest annual
      rise in a decade");
    - a score (`score`) not followed by a word of `not_score_after` ("a 7-2 vote"); a score right before a noun of a
      match's result (`result_score`, `match_result_nouns`: "a convincing 141-94 victory", "a 20-18 away win") or right
      after one ("to victory, 4-11 to 0-11"); such a noun right before a season (`results_before`: "their first win of
      the season"); the phrases of `match_nouns` (`match_phrases`: "shots on target");
    - the deal verbs' lead-ins (`deal_lead_verbs`: "agreed to", "is to") and the words a headline's "to" may not follow
      (`not_deal_before`: "How to buy a house")."""
    days = "|".join(sorted(DAY_WORDS))
    company_earnings = _not_after(words.personal_earnings_words) + "earnings"
    result_nouns = alternatives(words.result_nouns)
    year_to = alternatives(words.year_to_words)
    not_before = _not_after(words.not_event_day_before)
    return _Rules(
        company_earnings=company_earnings,
        results=re.compile(rf"(?:{_hyphens(words.results_words)}"
                           rf"(?![\s-]+{alternatives(words.not_results_after, boundary=False)}\b)"
                           rf"|\b{company_earnings}\b)", re.I),
        budget=re.compile(alternatives(words.budget_words), re.I),
        financial_year=re.compile(alternatives(words.financial_year_words), re.I),
        quarter_results=re.compile(rf"{_hyphens(words.quarter_results_words)}\s+(?:net\s+)?"
                                   rf"{alternatives(words.quarter_result_nouns)}", re.I),
        accounts=re.compile(rf"({alternatives(words.accounts_measures)})", re.I),
        release_year=re.compile(rf"{alternatives(words.rolling_year_words)}\s+{alternatives(words.release_year_words)}"
                                r"\s+(?:in\s+)?[A-Z][a-z]+\.?,?\s+(?:19|20)\d\d\b"),
        statistics=re.compile(_any_capital(words.statistics_words)),
        # a survey's title right after its period: "the 2002-03 Health Survey", "the 2021 Census of Population"
        survey_title=re.compile(r"\s+(?:[A-Z][\w'\u2019.&-]*\s+){0,5}"
                                rf"(?:{'|'.join(re.escape(w.title()) for w in sorted(words.survey_title_words, key=len, reverse=True))})\b"),
        year_to_month=re.compile(rf"{alternatives(words.rolling_year_words)}\s+{year_to}\s+(?:in\s+)?(?:the\s+end\s+of\s+)?"
                                 r"(?:\d{1,2}\s+)?([A-Z][a-z]+)\.?(?:\s+\d{1,2})?,?\s+(?:19|20)\d\d\b"),
        quarterly=re.compile(r"\bquarterly\b|\b(?:the|this)\s+(?:latest\s+)?quarter\b"
                             rf"(?![\s-]+{alternatives(words.not_quarter_after, boundary=False)})", re.I),
        company_earnings_only=re.compile(company_earnings, re.I),
        profit=re.compile(alternatives(words.profit_words), re.I),
        year_results=re.compile(rf"{alternatives(words.year_results_words)}|\bfor\s+the\s+(?:full\s+)?year\b"
                                rf"(?![\'\u2019]|\s+{alternatives(words.not_year_results_after)}|\s+{year_to}\s+"
                                r"(?:the\s+end\s+of\s+)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))"
                                rf"|{_hyphens(words.whole_year_words)}\s+(?:\w+\s+){{0,2}}{result_nouns}"
                                # ("supporting full-year revenue guidance of about $1.9 billion": the year in progress
                                # a half-year story forecasts, no whole year's accounts)
                                rf"(?![\s-]+{alternatives(words.forecast_nouns, boundary=False)})", re.I),
        part_of_year=re.compile(rf"{_hyphens(words.part_of_year_words)}\s+(?:\w+\s+)?"
                                rf"(?!{alternatives(words.not_part_of_year_nouns)}){result_nouns}", re.I),
        score=re.compile(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d/-]|[.,]\d)"
                         rf"(?!\s+{alternatives(words.not_score_after)})"),
        result_score=re.compile(r"(?<![\d.,/-])\d{1,3}-\d{1,3}(?![\d/-]|[.,]\d)\s+(?:[a-z]+\s+){0,2}?"
                                rf"{alternatives(words.match_result_nouns)}"
                                rf"|{alternatives(words.match_result_nouns)},?\s+(?=\d{{1,3}}-\d{{1,3}}(?![\d/-]|[.,]\d))", re.I),
        result_margin=re.compile(rf"(?<![\w.,-])(?:\d{{1,3}}|{alternatives(set(NUMBER_WORDS) - {'a'}, boundary=False)})"
                                 rf"-{alternatives(words.result_margin_units, boundary=False)}\s+(?:[a-z]+\s+)?"
                                 rf"{alternatives(words.match_result_nouns)}", re.I),
        results_before=re.compile(rf"{alternatives(words.match_result_nouns)}\s+(?:of\s+)?$"),
        match_phrases=re.compile(alternatives({n for n in words.match_nouns if " " in n}), re.I),
        event_day=re.compile(rf"{not_before}\b({days}|{alternatives(words.event_day_words)})\b", re.I),
        future=re.compile(alternatives(words.future_words), re.I),
        report_day=re.compile(rf"{not_before}\b({days}|{alternatives(words.report_day_words)})\b", re.I),
        there_are=re.compile(alternatives(words.present_count_phrases), re.I),
        there_were=re.compile(alternatives(words.past_count_phrases), re.I),
        match_day=re.compile(rf"\b({days}|{alternatives(words.night_before_words)})\b"),
        recent_year=re.compile(rf"\b(?:the\s+(?:past|last)|in\s+a|over\s+a)\s+{alternatives(words.rolling_year_words)}(?!['\u2019]s)"
                               rf"|\bannual\s+{alternatives(words.rise_nouns | words.fall_nouns)}", re.I),
        deal_lead_verbs=alternatives(words.deal_lead_verbs),
        not_deal_before="".join(f"(?<!{re.escape(word)})" for word in sorted(words.not_deal_before)))


@dataclass
class ArticleModel:
    """The article-level context of one Doc.

    published (date | None): the publication date.
    fiscal_year (int | None): the fiscal year its bare quarters belong to.
    fiscal (bool): a results or budget story, whose bare years are fiscal years.
    period (PeriodMention | None): the period the article reports on.
    year_end (int | None): the month the reporting organisation's fiscal year ends in, when the article
        says so ("its fiscal year ends in January"): its bare quarters and "this year" are fiscal ones.
    paragraphs (list[int]): character offsets where paragraphs start.
    headline_end (int): where the headline ends, when the text opens with one (see `headline_end`); 0 otherwise.
    trading_day (str | None): the day of trading a market report's first sentence names ("Stocks fell on Tuesday"),
        "YYYY-MM-DD": the period of its figures of the market (moves, closes, prices) that name none of their own,
        in a results story too; None when the lead reports no market's day.
    """

    published: dt.date | None = None
    fiscal_year: int | None = None
    fiscal: bool = False
    period: PeriodMention | None = None
    paragraphs: list[int] = field(default_factory=list)
    year_end: int | None = None
    headline_end: int = 0
    fy_written: bool = False  # the text writes a fiscal year in the FY way ("FY2025", "FYE March 2023", "fiscal 2025")
    two_year: bool = False  # a public budget in money whose governments name their years with both years ("2005-06")
    trading_day: str | None = None
    # the fiscal years ("FY2019") the text writes with both years ("2018/19", "2018-19"), as a statistics office or a
    # government writes its financial years: those years are labelled the way the text writes them (see `as_written`)
    two_year_written: frozenset[str] = frozenset()
    # the month a fiscal half the lead reports ends in ("2021-09" for H1 FY2022, from "the first half of 2021 ... between
    # April and September"), when the lead names it so (see `_fiscal_half`): a span of six months to that month is the half
    half_month: str | None = None
    half_written: str | None = None  # that half as the lead writes it, a calendar one ("H1 2021")
    # a results story of an organisation that keeps its books on calendar years: its year ends in December or is not
    # given, and the text names no fiscal or financial year or quarter (words.fiscal_label_words, "FY2025", "fiscal
    # 2025") and no year with both years; its fiscal periods are labelled as the calendar ones they are (see `as_calendar`)
    calendar_books: bool = False
    # the period the lead names is a statistics release's ("all figure in the office's annual statistics for 2018-19"),
    # or the month-end a story of counts takes them at (see `_count_month`): every figure of the release shares it, as
    # a rolling year's (see `release_period`)
    release: bool = False
    # the month of a record the headline or lead names the article's month by ("Valdoria has its hottest August on
    # record", 1 to 12): the old records the story lists by their years ("22.9C in 1995") are of that month
    record_month: int | None = None
    # the text writes every fiscal year it writes in figures with both years ("2015-16"), never the FY way nor as "the
    # year to March 2015": its years named without figures ("the current year", "the last financial year") are
    # labelled that way too (see `as_written`)
    two_year_only: bool = False
    # the text names its fiscal years by the calendar year they start in ("fiscal 2017, which ended in March", out in
    # April 2018; see `_start_named`): a "fiscal N" it writes is labelled FY(N+1) (see `as_end_named`)
    start_named: bool = False
    # a report of a match just played (see `_match_lead`), outside a results or budget story: its quarters and halves
    # ("scored 14 points in the fourth quarter", "two goals in the second half") are parts of the game, no periods
    game: bool = False
    # the season in progress by which a match report's lead counts the match's result ("to earn their first win of the
    # season", see `results_season`): no period of the match's figures, which take its month
    match_season: str | None = None
    # a public body's budget story (see `build`): its sums are the year budgeted for, whatever they describe or the day
    # they were announced on
    budget: bool = False
    # the month of the disaster a story of its running toll reports ("YYYY-MM", see `build`): the month of the event's
    # own measures (its magnitude, depth, the distance of its epicentre), whose toll is dated by the day it is counted as of
    event_month: str | None = None
    # a company's results story (see `build`): a results or budget story that is no public budget, or a lead that names
    # a profit or a measure of accounts ("net profit for the half year ended June 30 rose 31%"), whatever its calendar;
    # who reports its figures is the company its lead lists or names the shares of (components/article_lead._reporter)
    results: bool = False
    # the day of the event the first sentence of a story that is neither a results nor a budget story names ("OPEC+
    # announced on Monday it will lower output"), "YYYY-MM-DD": the day of its market figures that name none of their
    # own when it reports no market's day ("The price of Brent climbed 3 percent after the announcement")
    lead_day: str | None = None
    # the day before publication a results story's first sentence reports the results on ("Cisco reported a better
    # quarterly profit yesterday", "Apple last night posted ...", "posted quarterly results late Wednesday"), "YYYY-MM-DD":
    # the day of its share moves in a trading session that name no day of their own ("rose 5.8 per cent in after-hours
    # trading"), not the day of publication; None otherwise
    results_day: str | None = None
    results_end: int = 0  # where the first sentence that dates the results (`results_day`) ends, in the text

    def paragraph_of(self, char: int) -> int:
        """The index of the paragraph holding character `char`."""
        return max(bisect_right(self.paragraphs, char) - 1, 0)


def _sort_key(period: str) -> tuple[int, int]:
    """How recent a normal form is, for choosing the lead's reporting period: (year, month-ish)."""
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", period)]
    if not years:
        return (0, 0)
    month = re.fullmatch(r"(?:19|20)\d\d-(\d\d)", period)
    sub = int(month.group(1)) if month and int(month.group(1)) <= 12 else 13
    return (max(years), sub)


def not_future(period: str, published: dt.date | None) -> bool:
    """Whether `period` (a normal form) ends no later than the year of `published` (a fiscal one, the year after):
    not a period still to come, such as a target year."""
    if published is None:
        return True
    years = [int(y) for y in re.findall(r"(?:19|20)\d\d", period)]
    if not years:
        return False
    fiscal = period.startswith(("FY", "Q", "H")) and "FY" in period
    return max(years) <= published.year + (1 if fiscal else 0)


def _month_to_come(period: str, published: dt.date | None) -> bool:
    """Whether `period` is a month after the publication month."""
    return published is not None and re.fullmatch(r"(?:19|20)\d\d-\d\d", period) is not None \
        and period > f"{published.year}-{published.month:02d}"


def build(text: str, published: dt.date | None, lead_ends: int,
          comment: Callable[[PeriodMention], bool] | None = None) -> ArticleModel:
    """The article model of `text`, whose first sentences end at character `lead_ends`.

    text (str): the document text.
    published (date | None): the publication date.
    lead_ends (int): where the headline and the first sentences end.
    comment (callable | None): whether a mention of the lead (offsets in `text`) only dates a speaker's comment
        ("..., the office said in September"), which is not what the story reports.
    """
    fiscal_years = named_fiscal_years(text, published)
    strict = named_fiscal_years(text, published, rolling=False)
    words = load_words()
    rules = _rules(words)
    if strict != fiscal_years and not strict and (rules.release_year.search(text) or rules.statistics.search(text)
                                                  or len({m.group(1).lower() for m in rules.year_to_month.finditer(text)}) > 1
                                                  or _years_to_over(text, published)) \
            and not rules.results.search(text) \
            and len({re.sub(r"\s+", " ", m.group(1).lower()) for m in rules.accounts.finditer(text)}) < 2:
        # "crimes recorded in the year ending March 2025" in a story with no budget, results or accounts: a statistics
        # release's rolling year, not a fiscal year (an NHS trust's "year to March 2025" beside its budget is one);
        # only a statistics office's wording, "the year ending March 2025", not an organisation's "year to"/"year ended",
        # unless the story quotes a statistics office or writes years ending in two different months; or writes one as
        # a window of 12 months and every such year ended before publication ("crime figures covering the 12 months to
        # June 2010", out in October): an organisation's year still running ("expects to end the year to March 2026 with
        # a deficit") is its fiscal year, and so is its "year to March 2025"
        fiscal_years = strict
    fiscal_year = None
    if fiscal_years:
        current = [y for y in fiscal_years if published is None or y >= published.year]
        fiscal_year = current[0] if current else fiscal_years[-1]
    start_named = _start_named(text, published)
    if start_named is not None and fiscal_year is not None and fiscal_year <= start_named[0]:
        # "fiscal 2017, which ended in March" out in April 2018: the year the text names "fiscal 2017" is FY2018
        fiscal_year += 1
    year_end = fiscal_year_end(text) or quarter_year_end(text, lead_ends) or (start_named[1] if start_named else None)
    lead = text[:lead_ends]
    accounts = {re.sub(r"\s+", " ", m.group(1).lower()) for m in rules.accounts.finditer(text)}
    # a public body's budget: "budget" in the lead, or a tax only a public budget sets ("council tax"), and no company's
    # results words or accounts
    # ("the next financial year" is a public body's year too: "Band D bills will be £847 in the next financial year")
    public_budget = bool(rules.budget.search(lead) or words.budget_story(lead)) and len(accounts) < 2 \
        and not rules.results.search(rules.financial_year.sub("", rules.budget.sub("", lead)))
    if public_budget and published is not None:
        opening_end = headline_end(text)
        opening = text[:opening_end] + " " + _first_sentence(lead[opening_end:])
        if _market_words(opening) and not (rules.budget.search(opening) or words.budget_story(opening)) \
                and _market_day(lead[opening_end:], published, text[opening_end:]) is not None:
            # "JSE ends week higher ... The all share closed firmer on Friday ... The rand fell after the finance
            # minister's budget policy speech": a market report whose headline and first sentence name no budget is no
            # budget story; its figures are of the day's trading
            public_budget = False
    if public_budget and not fiscal_years:
        # "the 2025-26 financial year dominated by another rise in staff costs" in a council's budget story: a public
        # body's year written with both years is its fiscal year (FY2026), the year its budget is set for, whether or not
        # the text says "fiscal"; so its budget is no calendar year's
        fiscal_years = sorted({int(year[2:]) for m in find_periods(text, published)
                               if m.kind in _TWO_YEAR_KINDS and m.period
                               and (year := as_fiscal_year(m.period)) != m.period})
        if fiscal_years:
            current = [y for y in fiscal_years if published is None or y >= published.year]
            fiscal_year = current[0] if current else fiscal_years[-1]
    fiscal = bool(fiscal_years) or _results_lead(lead, text, accounts) or year_end is not None or len(accounts) >= 2 \
        or public_budget or _year_results_lead(lead, rules)
    if year_end is None and fiscal:  # a results or budget story's "year to March 2025" is its fiscal year
        # a company's results (a results word in the lead, or two measures of accounts) name it with no year too: "net
        # earnings for the year through December", "a net profit for the 12 months through June"; not a budget story,
        # which may quote a rolling year of inflation
        year_end = year_to_month(text, bare=_results_lead(lead, text, accounts) and not rules.budget.search(lead) or len(accounts) >= 2)
    if year_end is None and fiscal and not public_budget:
        # "net profit after tax for the half year ended 31 December 2021": a half-year's results to a month other than
        # June are the first half of a year ending six months later (June)
        year_end = _half_year_end(text, lead, rules, words)
    if year_end is None and not public_budget \
            and (fiscal or rules.quarter_results.search(lead)
                 or (rules.profit.search(lead) or rules.accounts.search(lead))
                 and (rules.quarterly.search(lead) or _THREE_MONTHS.search(lead))):
        # "Microsoft posted an 11 per cent rise in quarterly net profit", "Oracle's profit rose 4 percent in the latest
        # quarter", "Profits at Cisco Systems rose by more than a quarter in the three months to 28 October": a results
        # story (a lead that names profit or a measure of accounts in the quarter it reports) about a company whose year
        # ends in another month than December (rules/frame.json `company_year_ends`), when the text states no year end;
        # not an industry's profits of a numbered quarter a research firm counts in calendar quarters ("Apple took
        # virtually all of the smartphone industry's profits in Q3")
        year_end = words.company_year_end(text, _opening_end(text, lead))
        fiscal = fiscal or year_end is not None
    if year_end is None and (fiscal or rules.quarter_results.search(lead)) and _march_year_money(text):
        # "Rs 16,372 crore for the October-December quarter of the current financial year": an Indian company or
        # government, which by law keeps its books to 31 March, whatever the text leaves unsaid; a story about
        # Pakistan or Bangladesh, which write money the same way, keeps the government's year to 30 June
        year_end = load_words().crore_year_end(text)
    two_year = False
    if year_end is None and public_budget:
        # "council tax will rise 3.99 per cent", "council spending of pounds 45.66bn next year": a public body's budget
        # in pounds runs to 31 March, as every UK government's and council's does (rules/frame.json "public_year_ends"),
        # and is named with both years, as those governments name their years ("2005-06")
        year_end = words.public_year_end(text)
        two_year = year_end is not None
    if year_end is None and fiscal and not fiscal_years and published is not None:
        year_end = reported_quarter_year_end(lead, published)
    if year_end is None and public_budget and fiscal_year is not None and published is not None \
            and fiscal_year == published.year + 1 and _MID_YEAR < published.month <= _MID_YEAR + 2 \
            and not named_fiscal_years(text, published):
        # "the 2025-26 financial year" in a council's budget adopted in July 2025, with no year end stated and no money of
        # a government of `public_year_ends`: a budget year written with both years that began before the budget story
        # and ends the next year runs July to June, as those of the councils, states and cities that adopt their budgets
        # in the weeks around 1 July do; its "this year" is that year
        year_end = _MID_YEAR
    if year_end is None and public_budget and not fiscal_years:
        # "a property tax increase of just over 3 per cent in 2017 ... its 2017 budget": a public body whose budget
        # names no fiscal year, no year end and no money of a government keeping its books to another month budgets
        # for the calendar year, whose bare years are plain years ("2017"), not fiscal years
        fiscal = False
    match_start = match_opening(text)
    match_text = max(lead, match_start, key=len)  # (where a match report's day is read: the longer of the two)
    game = not fiscal and _match_lead(lead, match_start)
    mentions = [m for m in find_periods(lead, published, fiscal_year, year_end)
                if m.period and not m.base and m.shift == 0 and not (game and m.kind in GAME_PART_KINDS)
                and (not_future(m.period, published) or public_budget and _year_ahead(m.period, published, year_end))
                and not (m.kind == "month" and _month_to_come(m.period, published))  # "bills will rise from April"
                and not m.period.startswith(("latest", "past")) and m.kind not in ("next_span", "now_to_year", "relative_summer", "for_the_year", "relative_week")
                and (m.kind not in SPAN_KINDS or not fiscal and m.kind in STUDY_SPANS)
                and not (comment and comment(m))
                and not (m.kind == "year" and _NUMERIC_DATE.search(lead, 0, m.start))
                and not ranks_disaster(lead, m)  # "The strongest typhoon in the world this year ... killed four"
                # (the adjective "full-year" dates its own sentence's figures, not the story: "posted a 12 per cent rise
                # in full-year net profit" early in 2026 reports 2025, the year the lead's other words say)
                and not (m.kind == "full_year" and m.text[:1] in "fF")]
    ends = [(m.end("y"), m.end()) for m in _FISCAL_YEAR_ENDS.finditer(lead)] if "fiscal" in lead.lower() else []
    if ends:
        # "net profit rose 12 percent in fiscal 2024 through March": the month that fiscal year ends in, no period of
        # its own the story reports
        mentions = [m for m in mentions if not any(start <= m.start < end for start, end in ends)]
    if any(re.match(r"[QH][1-4] ", m.period) and not not_over(m.period, published, year_end) for m in mentions) \
            or fiscal and not public_budget and published is not None and year_end is not None:
        # "For the first quarter of 2026, the company expects ..." beside the quarter a results lead reports: a quarter
        # or half not over at publication is guidance, no period the story reports figures for; in a results story
        # also when the lead names no quarter it reports ("posted a higher quarterly profit ... expected to sell one
        # million units by the end of the current quarter": the quarter just ended, which the text numbers further on;
        # only with the year end known: with none, a "first-half" reported in February may be a June year's, over)
        mentions = [m for m in mentions if not (re.match(r"[QH][1-4] ", m.period) and not_over(m.period, published, year_end))]
    if any(re.match(r"[QH][1-4] ", m.period) for m in mentions):
        # "For the full fiscal year, ..." beside the quarter a results lead reports: the year that quarter closes (read
        # against it per figure), not a later period the story reports on; so too, in a results story, a fiscal year
        # still running at publication ("after third-quarter results missed estimates and the company reduced its fiscal
        # 2024 guidance": the year of the guidance, the quarter the results)
        mentions = [m for m in mentions if m.kind != "full_year"
                    and not (fiscal and not public_budget and m.kind == "fiscal_year" and not_over(m.period, published, year_end))]
    if any(m.kind != "full_year" for m in mentions):
        # "still expects full-year profit of about £410 million" after "sales rose 4.2% in the six weeks to Jan. 4":
        # a forecast of the year in progress beside the period the lead reports, not that period
        mentions = [m for m in mentions if not (m.kind == "full_year" and m.text[:1] in "fF")]
    # (also a year written with both its years, "expects to lift its payout in the 2019-20 financial year, which started
    # on April 1", and "full-year" beside the year the results are for)
    if fiscal and not public_budget and published is not None and year_end in (None, 12) \
            and _results_lead(lead, text, accounts):
        # "John Wood Group has today posted a 14% increase in full-year pretax profit ... warned of a potential 15% drop
        # in profits throughout 2014" (February 2014): a calendar year still running at publication is guidance in a
        # results lead, no year whose accounts it reports
        mentions = [m for m in mentions if not (m.kind == "year" and not_over(m.period, published, 12))]
    named_years = [m for m in mentions if m.kind in ("fiscal_year", "season", "full_year", "year_to")]
    if fiscal and not public_budget and any(not not_over(m.period, published, year_end) for m in named_years):
        # "achieved its revenue target for fiscal year 2023-24 ... had added Rs 2,142 billion to the collection of fiscal
        # year 2024-25" on 1 July 2024: a fiscal year just begun at publication has no accounts yet; the lead reports the
        # one ended (not a public budget, whose story is about the year ahead)
        mentions = [m for m in mentions if not (m.kind in ("fiscal_year", "season", "full_year")
                                                and not_over(m.period, published, year_end))]
    if fiscal and not public_budget:
        # "... fiscal year 2023-24, including Rs 1,183 billion in June 2024 alone": a month inside a fiscal year the lead
        # names is a part of that year's figures, not the period the story reports
        years = [m.period for m in mentions if m.kind == "fiscal_year"]
        mentions = [m for m in mentions if not (m.kind in ("month", "month_year")
                                                and any(_month_in_year(m.period, y, year_end) for y in years))]
    if published is not None and len({m.period for m in mentions}) > 1:
        # a release named by the month it comes out ("Employment in the UK: October 2020", out on 13 October) reports
        # an earlier period its lead names ("June to August 2020"): a month not yet over is no period of figures
        # (not a bare month, "Kenya inflation rises in September" out on 28 September: an office that releases a month's
        # figures before it ends, which the lead names as a month of figures, not as a release's title with its year)
        mentions = [m for m in mentions if m.period != f"{published.year}-{published.month:02d}" or m.kind == "month"]
    head_end = headline_end(text)  # (a pass over the text's start: read once)
    body = lead[head_end:]
    first = _first_sentence(body)
    first_at = lead.find(first, head_end) if first else -1
    opening = [m for m in mentions if m.start < head_end or first_at >= 0 and first_at <= m.start < first_at + len(first)]
    period = max(opening or mentions, key=lambda m: _sort_key(m.period), default=None)
    if period is not None and not opening and published is not None and not fiscal \
            and _election_lead(lead[:first_at + len(first)] if first_at >= 0 else lead[:head_end]):
        # "Mara Ellison has been re-elected by 21,300 votes ... she first became MP in June 2001 and was re-elected in May
        # 2005 and May 2010": a result whose headline and first sentence name no period is the vote just held, not the
        # earlier votes the lead recalls; dated by its month, as an event of a day is
        voted = _match_day(lead, published)
        period = PeriodMention(0, 0, "", f"{voted.year}-{voted.month:02d}", "election_month")
    if period is not None and published is not None and not fiscal and game and first_at >= 0 \
            and period.kind not in _SEASON_KINDS + ("election_month",) \
            and all(m.period in _this_year_or_month(published) for m in opening) \
            and _match_lead(lead[:first_at + len(first)], match_start):
        # "Kilkenny defeated Cork by 3-22 to 0-19 in the semi-final on Sunday ... their heaviest defeat since losing to
        # Limerick by 18 points in 1996", "Dublin streaked to victory ... it easily surpassed the crowd who travelled to
        # Wembley for last May's final": a match whose headline and first sentence name no period but the year or month
        # of publication is the match just played, not the earlier years or months the lead recalls; dated by its
        # month, as an election's vote is (a season the lead names stays the story's: a season report)
        played = _match_day(match_text, published)
        period = PeriodMention(0, 0, "", f"{played.year}-{played.month:02d}", "match_month")
    if period is None and fiscal and rules.quarterly.search(lead):
        # a results lead about "quarterly profit" or "the quarter" names it further on ("the period, which ended
        # May 30 and was the first quarter of the company's fiscal 2010"): its first quarter with a number
        period = next((m for m in find_periods(text, published, fiscal_year, year_end)
                       if m.kind in _QUARTER_KINDS and m.period and re.fullmatch(r"Q[1-4] (?:FY)?(?:19|20)\d\d", m.period)
                       and not_future(m.period, published)), None)
    if fiscal and published is not None and year_end not in (None, 12) and not any(m.period for m in opening) \
            and rules.quarterly.search(text, 0, first_at + len(first) if first_at >= 0 else head_end) \
            and (period is None or not re.match(r"[QH][1-4] ", label(period, fiscal) or "")):
        # "Microsoft posted an 11 per cent rise in quarterly net profit" (October 2006) in a story of a company whose
        # year ends in June, which names no quarter in its headline or first sentence: the latest quarter ended before
        # publication (Q1 FY2007), not the full year of its outlook ("raised its full-year sales outlook") nor a month
        # the lead names further on ("In February, it had forecast ...")
        period = PeriodMention(0, 0, "", latest_quarter(published, year_end), "latest_quarter")
    if period is None and fiscal and published is not None and not any(m.period for m in mentions) \
            and rules.year_results.search(lead) and not rules.part_of_year.search(lead):
        # "this takes the total payout for the year to $9bn", "reported an 8% rise in full-year headline earnings" in a
        # results lead that names no year: the accounts of the fiscal year that ended in the months before publication
        period = _year_just_ended(published, year_end) if year_end is not None else _latest_year_ended(published)
    if published is not None and not fiscal \
            and (period is None and not any(m.period for m in mentions)
                 or period is not None and period in mentions and _own_year(period, mentions, published)) \
            and _election_lead(lead):
        # (also a lead whose only period is the year or month of publication, the vote's own: "General Election 2020 saw
        # National record its worst showing since 2002" out in October 2020 -> 2020-10, as the vote of a day is dated)
        # "won 60 of the 126 seats in the assembly elections", with no period anywhere in the lead: the figures of a
        # vote just held, dated by its month (the month of the weekday the lead names, else of publication), as an
        # event of a day is (corpus/README.md)
        voted = _match_day(lead, published)
        period = PeriodMention(0, 0, "", f"{voted.year}-{voted.month:02d}", "election_month")
    if period is None and public_budget and published is not None and year_end is not None \
            and not any(m.period for m in mentions):
        # "Council tax set to rise in Doncaster ... The proposed 3.99 per cent rise": a budget lead that names no year is
        # about the year being budgeted for, the one starting within _BUDGET_AHEAD months of publication, else the
        # fiscal year in progress
        period = PeriodMention(0, 0, "", f"FY{_budget_year(published, year_end)}", "budget_year")
    if period is None and public_budget and published is not None and year_end is None and not fiscal \
            and not any(m.period for m in mentions):
        # "County Council voted 5-2 to raise the millage rate to balance the $103.9 million general fund budget" in
        # November: a budget lead that names no year, of a body whose budget year is the calendar year (no fiscal year,
        # year end or government's money named), is about the year being budgeted for, the one starting within
        # _BUDGET_AHEAD months of publication, else the year in progress
        period = PeriodMention(0, 0, "", str(_budget_year(published, 12)), "budget_year")
        if _budget_year(published, 12) == published.year and published.month <= _MID_YEAR:
            # "Harwick County budget wins approval" in March: no body adopts a calendar year's budget a quarter
            # into it; a budget set in the first half of the year is for the fiscal year starting at mid-year, to June
            # (most US states, counties and cities), named by the calendar year it ends in
            period = PeriodMention(0, 0, "", f"FY{_budget_year(published, _MID_YEAR)}", "budget_year")
        elif published.month <= _AUTUMN_YEAR_END:
            # "City council approves budget and tax increase" in August: a calendar year's budget is set late in the
            # year before; one set from July to September is for the fiscal year starting in October (most US counties
            # and many cities) or the mid-year one just begun (a state's late budget), both named by the next year
            period = PeriodMention(0, 0, "", f"FY{published.year + 1}", "budget_year")
    if period is not None and period.kind == "budget_year" and period.period.startswith("FY"):
        # "unveils budget as deficit widens ... The 2025/2026 budget consisted of ...": the year being budgeted for as
        # the text writes it further on, with both years, when it writes it so (corpus/README.md: "2025-26")
        period = next((replace(period, period=m.period) for m in find_periods(text, published)
                       if m.kind in _TWO_YEAR_KINDS and m.period and as_fiscal_year(m.period) == period.period), period)
    match_season = None
    # (the season in progress by which a lead counts a match it dates by a weekday: "in a 124-73 rout of the Clippers on
    # Sunday to earn their first win of the season")
    running = {m.period for m in mentions if results_season(lead, m)} \
        if game and _rules(words).match_day.search(match_text.lower()) else set()
    # (a season in progress a later sentence of the lead names, "Mitchell also scored 71 earlier this season", and the
    # month or year of the match day a lead names, "after a late November slump" of a game played on Friday 30 November:
    # the season's totals and the match's own month, no other period the story reports; see `_aside_periods`)
    aside = _aside_periods(mentions, opening, match_text, published, text) if game and published is not None else set()
    if published is not None and not fiscal \
            and all(m.period in _this_year_or_month(published) or m.period in running or m.period in aside
                    for m in mentions) \
            and (period is None or period.period in _this_year_or_month(published) and period.kind != "election_month"
                 or period.period in running or period.period in aside) \
            and _match_lead(lead, match_start):
        # "Ardlow beat Dunscar 31-17 on Saturday", "India beat England in Lucknow to claim a sixth win in the 2023 World
        # Cup": a report of a match just played, whose figures (tries, runs, the crowd, the prize money) are of the
        # match's month, the month of the weekday it names (else of publication); not the tournament's year (a lead
        # naming no other period than the year or the month of publication)
        # (the weekday of a result the lead's sentences leave to the second paragraph, "... completed a 31-12 rout of
        # Dunmore on Friday", read there)
        played = _match_day(match_text, published)
        period = PeriodMention(0, 0, "", f"{played.year}-{played.month:02d}", "match_month")
        match_season = next(iter(running)) if len(running) == 1 else None
    if published is not None and not fiscal and period is None and not any(m.period for m in mentions) \
            and (day := _effective_day(lead, published)) is not None:
        # "the price of both grades of petrol will decrease by 30 cents a litre ... The new prices, effective from
        # Wednesday, ...": a price change to take effect on a day of the week to come, whose figures (the change, the new
        # price) are of the month that day falls in
        period = PeriodMention(0, 0, "", f"{day.year}-{day.month:02d}", "effective_month")
    if published is not None and not fiscal and (period is None or period.kind not in _DAY_PROOF_KINDS)\
            and (day := _report_day(body, published)) is not None and not _rate_decision(body):
        # (not a central bank's decision "announced here on Monday": a decision's rate is of its month, below)
        # "Today we are reporting 7,870 community cases", "There are 20 patients on trolleys at the hospital today", "The
        # ministry has reported 17 deaths and 577 new cases on Wednesday": a daily report of counts, whose figures (the
        # day's new cases, the patients waiting, the total to date) are of that day, labelled "YYYY-MM-DD" as a day's
        # trading is, whatever earlier period the lead's later sentences name ("two of the deaths were in January"); a
        # first sentence naming no other period than the year or month of publication
        period = PeriodMention(0, 0, "", day.isoformat(), "report_day")
    event_dated = None  # the period of an event its first sentence dates (see _event_day)
    if published is not None and not fiscal and (period is None or period.kind not in _DAY_PROOF_KINDS
                                                 and period.period
                                                 in _this_year_or_month(published)) \
            and all(m.period in _this_year_or_month(published) for m in mentions) \
            and (day := _event_day(body, published)) is not None:
        # "Mutai shattered the course record on Sunday ... among a record 47,107 runners", "the franchises outspent their
        # rivals in the players' auction on Saturday": a story of an event held on a day its first sentence names
        # (not the day of a report of it, nor a market's day of trading), whose figures (times, prize money, the
        # field, the bids) are of that day's month; a lead naming no other period than the year or month of
        # publication, outside a results or budget story
        period = PeriodMention(0, 0, "", f"{day.year}-{day.month:02d}", "event_month")
        event_dated = period
    background = _background_clause(words)
    if published is not None and not fiscal and (period is None or period.kind not in _DAY_PROOF_KINDS
                                                 and (period.period in _this_year_or_month(published)
                                                      or period in mentions and period not in opening
                                                      or _in_background(lead, period, background))) \
            and all(m.period in _this_year_or_month(published) or _in_background(lead, m, background) for m in opening) \
            and _rate_decision(body):
        # (a month of an earlier decision the headline or first sentence names in a clause setting the background,
        # "Central bank resumes rate hike after one-off pause in April", "After keeping the rate on hold last month, the
        # bank on Tuesday lifted ...": the month of that decision, not of the one reported)
        # (a month a later sentence of the lead names, "Annual inflation slowed to 10.63 percent in December", dates
        # that sentence's figures, not the decision its first sentence reports)
        # "Bank of England's monetary policy committee hiked key interest rates by 25 basis points to 4.5 per cent", "The
        # Reserve Bank on Tuesday kept the cash rate at 4.35 per cent": a central bank's decision, whose rate (and the
        # votes, the economists polled) are of the month it is taken, the month of publication, as an event of a day's
        period = PeriodMention(0, 0, "", f"{published.year}-{published.month:02d}", "event_month")
    if published is not None and not fiscal and (period is None or period.kind not in _DAY_PROOF_KINDS
                                                 and period.period in _this_year_or_month(published)) \
            and all(m.period in _this_year_or_month(published) for m in mentions) and _poll_lead(lead):
        # "Labour is on 34 per cent, down two points, in a poll published on Sunday": an opinion poll's shares (and their
        # moves) are of the month it is taken, the month of publication when the lead dates it no other way
        period = PeriodMention(0, 0, "", f"{published.year}-{published.month:02d}", "poll_month")
    if period is None and not fiscal and not any(m.period for m in mentions) and _study_lead(lead) \
            and may_name(text, STUDY_SPANS):
        # "The two ice sheets are now shedding 410 billion tonnes of ice a year, according to the most complete
        # assessment yet", "... lost 268 Gt a year between 2015 and 2024" further on: a study whose lead names no period
        # reports on the span of years it first names (its figures, "now" included, are of that span)
        period = next((m for m in find_periods(text, published)
                       if m.kind in STUDY_SPANS and m.period and not m.base and m.shift == 0
                       and not_future(m.period, published)), None)
    if published is not None and not fiscal and period is None and not any(m.period for m in mentions):
        # "This summer's provisional GCSE results from grammar schools show a pass rate above the average": a summer
        # owning what the lead reports (its results, its harvest, its exams) dates that, and so the story's figures, by
        # its year, when the lead names no other period (a summer alone dates an event, not what a story reports)
        period = next((m for m in find_periods(lead, published, fiscal_year, year_end)
                       if m.kind == "relative_summer" and m.period and _POSSESSIVE.match(lead, m.end)), None)
    if published is not None and not fiscal and (day := _event_date(body, published)) is not None \
            and (period is None and not any(m.period for m in mentions)
                 or period is not None and period in mentions and period.kind in _MONTH_OR_YEAR
                 and (_own_year(period, mentions, published) or _sort_key(period.period) < (day.year, day.month))):
        # (also over an earlier month or the year of publication the lead names for something else: "55,646 athletes
        # completed the race on November 3, leapfrogging Berlin's Marathon where 54,280 runners finished in September"
        # -> 2024-11, the event's; the month of September stays the figure's in its own clause)
        # "The Carrow flood of 11 August may end up a billion-dollar disaster", "the earthquake on 6 February": a story
        # of an event its first sentence dates, in a lead naming no period, whose figures (the damage, the dead, the
        # homes lost) are of that day's month, as those of an event on a named weekday are
        period = PeriodMention(0, 0, "", f"{day.year}-{day.month:02d}", "event_month")
    counted = None
    if published is not None and not fiscal and period is None and not any(m.period for m in mentions) \
            and not public_budget and (counted := _count_month(text, published)) is not None:
        # "Co Brennick has just 142 nurses for every 100,000 people ... Figures show that 13,892 nurses were employed up
        # to the end of June": a story of counts whose lead names no period is of the month-end its counts are taken at,
        # which every count and rate of it shares, as a statistics release's period (present-tense ones too: "Co Tarlow
        # has 296 nurses per 100,000 people")
        period = counted
    if published is not None and not fiscal and period is None and not any(m.period for m in mentions) \
            and not public_budget and rules.recent_year.search(lead) \
            and (counted := _rolling_year_end(text, published)) is not None:
        # "Crime recorded by West Mercia Police has risen by 13 per cent in the past year, new figures reveal ... There
        # were 73,429 crimes recorded from July 2015 up to June this year": a statistics story whose lead reports "the
        # past year" is of the rolling year its text names further on, which every figure of it shares (a release's)
        period = counted
    if published is not None and not fiscal and period is None and not any(m.period for m in mentions) \
            and not public_budget:
        # "Exports of goods rose 12% to $38,215m" in a lead naming no period, then "... exports were $38,215m in June
        # 2024" further on: a release whose lead's figure the text restates with its period reports that period (a
        # statistics office's key figures over its commentary)
        period = _restated_period(text, lead_ends, published)
    if published is not None and not fiscal and not public_budget and first_at >= 0 \
            and (period is None and not any(m.period for m in mentions)
                 or period is not None and _MONTH_LABEL.fullmatch(period.period or "") is not None
                 and all(_MONTH_LABEL.fullmatch(m.period) or m.period == str(published.year)
                         for m in mentions if m.period)) \
            and _exam_lead(text[:head_end] + "\n" + first, words):
        # "Over 57,000 students across the State received their Leaving Cert results today", "17,886 students from among
        # 19,596 who had appeared for the examination held in April passed": an exam's results, whose figures (the
        # candidates, the passes, the schools with full marks) are of the year it was sat, the year of the month the
        # lead names for it, else of publication (not the month it was sat or its results declared)
        period = PeriodMention(0, 0, "", period.period[:4] if period is not None else str(published.year), "exam_year")
    event_month = None  # the month of a disaster whose running toll the story reports (see below)
    if published is not None and not fiscal and (period is None or period is event_dated or not opening and period in mentions) \
            and not any(m.period for m in opening) and not public_budget \
            and (_disaster_lead(lead) or _toll_lead(lead, rules)):
        # "Flash floods have killed at least 24 people and forced 170,000 from their homes, officials said yesterday",
        # "Cyclone Gezani has killed at least 59 people", "the death toll rose to 38 with the recovery of two bodies on
        # Thursday": a disaster's running toll and damage (the dead, the missing, the homes lost, the acres burned)
        # keep changing, so each is dated by the day it is counted as of, as a daily report's total to date is
        # (corpus/README.md): the day a tally is given "as of" ("still raging as of Friday morning"), else the day the
        # first sentence names, else the day of publication; not the month of the storm's landfall, nor the year of an
        # earlier disaster a later sentence of the lead recalls ("Floods in 2019 killed 290 people in the same region")
        day = _as_of_day(lead + _next_sentence(text, lead_ends), published)
        if day is None and (named := next((m for m in rules.event_day.finditer(first)
                                           if not _in_future_clause(first, m.start())
                                           and not _struck_clause(first, m.start())), None)) is not None:
            # (not a day to come: "before dangerous bushfire weather is set to return on Friday"; nor the day the
            # disaster struck, "were killed when a strong earthquake struck the coast on Friday", the event's day, not
            # the day the toll is counted as of)
            day = _match_day(named.group(0), published)
        struck = next((_match_day(m.group(0), published) for m in rules.event_day.finditer(first)
                       if _struck_clause(first, m.start())), None)
        period = PeriodMention(0, 0, "", (day or published).isoformat(), "report_day")
        # the month of the event itself (its day as the lead dates its striking, else the toll's): the month of its
        # own measures, the magnitude, the depth, the distance of its epicentre
        event_month = (struck or day or published).strftime("%Y-%m")
    trading = _market_day(_after_subheads(body), published, text[head_end:]) if published is not None else None
    # a fiscal year named only further down ("the index has gained 4,210 points during the fiscal year 2023-24") does not
    # make a market report a results story: its lead reports the day's trading
    body_fiscal_only = fiscal and period is None and not any(m.period for m in mentions) \
        and not _results_lead(lead, text, accounts) and len(accounts) < 2 and not public_budget
    if published is not None and (not fiscal or body_fiscal_only) and (period is None or period.kind not in _DAY_PROOF_KINDS
                                                 and period.period in _this_year_or_month(published)) \
            and all(m.period in _this_year_or_month(published) for m in mentions) \
            and (day := trading) is not None:
        # "Pakistan's benchmark index closed at a record 70,973 on Friday", "Stocks fell on Tuesday as ...": a market
        # report of a day's trading, whose figures (the close, the move, the volume, each share's price) are of that
        # day, labelled "YYYY-MM-DD"; a lead naming no other period than the year or month of publication
        period = PeriodMention(0, 0, "", day.isoformat(), "market_day")
    if published is not None and not rules.results.search(lead) and _deal_lead(lead) \
            and (period is None or not period.period.startswith(("FY", "Q", "H"))):
        # "Tarrow Systems has agreed to buy Quaylight for $1.3 billion", "Shire said it has received three takeover
        # proposals": a deal struck or offered now, whose terms (the price a share, the premium, the break fee, the
        # target's customers and staff) are of the month it is announced, not of the target's last funding round or
        # an earlier offer the lead also dates; not a results story's quarter
        period = PeriodMention(0, 0, "", f"{published.year}-{published.month:02d}", "deal_month")
    if published is not None and not fiscal and not public_budget and first_at >= 0 \
            and (period is None or period.kind == "report_day"
                 or not any(m.period for m in opening) and not period.period.startswith(("FY", "Q", "H"))) \
            and re.search(alternatives(sorted(words.funding_round_words)), (text[:head_end] + "\n" + first).lower()):
        # "French payments startup Lydia closed a $45 million series B round led by Tencent, TechCrunch reported
        # Wednesday": a funding round raised now, whose figures (the sum, the users and staff the company has) are of
        # the month it is announced, as a deal struck now is; a headline and first sentence naming no period (the
        # weekday a paper "reported" it on is no daily report of counts, and a year the lead's later sentences name,
        # "Started in 2017 by ...", dates the company's founding, not the round)
        period = PeriodMention(0, 0, "", f"{published.year}-{published.month:02d}", "deal_month")
    window = None if published is None else published.year if published.month >= 6 else published.year - 1
    window_season = None if window is None else f"{window}-{(window + 1) % 100:02d}"
    if window_season is not None and not fiscal and (period is None or period.kind not in _SEASON_KINDS
                                                     # "was the second-highest scorer in Ligue 1 last season": the
                                                     # player's record in a season before the window's
                                                     or period.period < window_season) \
            and _transfer_lead(lead):
        # "Manchester United have signed Belgium striker Romelu Lukaku from Everton on a five-year contract" in July:
        # a transfer made for the season the window opens (from June on, the season starting that year; a winter
        # window's, the season in progress), whatever earlier fee, year or season the lead compares it with
        period = PeriodMention(0, 0, "", window_season, "transfer_season")
    if period is not None and fiscal and period.kind == "full_year" and re.fullmatch(r"(?:19|20)\d\d", period.period or ""):
        # "Ryanair has recorded a drop of 29% in its full year profits": a results lead's full year is a fiscal year, named
        # as its bare years are (FY2019), which the figures it carries to take
        period = replace(period, period=f"FY{period.period}")
    half_month = half_written = None
    if period is not None and period.kind in ("half", "bare_half") \
            and (half := _fiscal_half(period.period, find_periods(lead, published))) is not None:
        # "a 12.1% growth in net earnings in the first half of 2021 ... between April and September this year": a
        # half of six months that a calendar half does not make is a half of a fiscal year (H1 FY2022 of a year ending
        # in March)
        half_written, half_month = period.period, half[1]
        period = replace(period, period=half[0])
    if period is not None and fiscal and half_month is None and period.kind == "months_to" \
            and (half := _first_half(period, lead, words)) is not None:
        # "Safaricom's half-year net profit up 20pc ... net profit for six months through September rose 20.22 per
        # cent": a results lead's six months to a month that ends no calendar half, which it calls the first half, are
        # the first half of a fiscal year ending six months later (H1 FY2019 of a year to March 2019)
        half_month = period.period
        period = replace(period, period=half)
    if period is not None:  # the lead's own way of writing it: "2025/26" over "the financial year that began in April"
        period = next((m for m in mentions if m.period != period.period and as_fiscal_year(m.period) == period.period),
                      period)
    if published is not None and not fiscal and not public_budget and not game \
            and (period is None or period.kind in _MONTH_OR_YEAR + ("relative_year", "exam_year")) \
            and (exam_year := _exam_year(lead, published, words, text)) is not None:
        # "Some 67.8% of pupils passed last year's exams, up from 60.7% in 2009", "17,886 students clear SSC exam ... the
        # examination held in April": an exam's results, whose figures (the pass rate, the candidates, the schools) are
        # of the exam's year, the one the lead gives the exam, else the year of publication; not an earlier year the
        # lead compares it with, nor the month it was sat
        # (the year an exam's lead gives it, "last year's exams", over the year of publication `_exam_lead` dates it by)
        # (a school year the text writes with both its years, "In 2030/31, 70.3 per cent of Year 12s achieved this", is
        # how it labels the exam's year: 2030-31)
        school = f"{int(exam_year) - 1}-{exam_year[2:]}"
        if any(m.period == school for m in find_periods(text, published) if m.kind in _TWO_YEAR_KINDS):
            exam_year = school
        period = PeriodMention(0, 0, "", exam_year, "exam_year")
    paragraphs = paragraph_starts(text)
    # (a fiscal year written with both years, "FY 2020-21", "fiscal year 2025-26", is one too; not in a company's results,
    # whose years are fiscal years however the text writes one: "in anticipation of the 2018-19 result" -> FY2019)
    written = frozenset(as_fiscal_year(m.period) for m in find_periods(text, published)
                        if m.kind in (*_TWO_YEAR_KINDS, "fiscal_year") and m.period and as_fiscal_year(m.period) != m.period) \
        if fiscal and (year_end is None or year_end < 12) and may_name(text, (*_TWO_YEAR_KINDS, "fiscal_year")) \
        and not (_results_lead(lead, text, accounts) and accounts and not public_budget) else frozenset()
    fy_written = _FY_WRITTEN.search(text) is not None
    two_year_only = bool(written) and not fy_written and _years_only_two_way(text, published, fiscal_year, year_end)
    reported = label(period, fiscal) if period is not None else None
    calendar_books = fiscal and year_end in (None, 12) and not fy_written and not two_year and not written \
        and half_month is None and not _fiscal_labels(words).search(_without_december_year_ends(text, year_end)) \
        and (year_end == 12 or reported is not None and _FY_LABEL.search(reported) is not None
             and published is not None and not not_over(_FY_LABEL.sub(r"\1", reported), published, 12))
    # (with no year end given, only when the period the lead reports is a calendar one already over at publication:
    # "a record annual profit" reported in August is of a fiscal year that ended mid-year, no calendar year)
    record_month = int(period.period[5:7]) if period is not None and period.kind == "month" \
        and _RECORD_BEFORE.search(lead, max(0, period.start - 20), period.start) else None
    return ArticleModel(published, fiscal_year, fiscal, period, paragraphs, year_end, head_end,
                        fy_written, two_year, trading.isoformat() if trading else None, written,
                        half_month, half_written, calendar_books,
                        release=not fiscal and period is not None and (release_period(lead, period, rules)
                                                                       or period is counted),
                        record_month=record_month, two_year_only=two_year_only, start_named=start_named is not None,
                        game=game, match_season=match_season, budget=public_budget,
                        event_month=event_month if period is not None and period.kind == "report_day" else None,
                        results=not public_budget and (fiscal or _results_lead(lead, text, accounts) or len(accounts) >= 2
                                                       or rules.profit.search(lead) is not None),
                        lead_day=_lead_day(body, published) if published is not None and not fiscal and not public_budget
                        and trading is None else None,
                        results_day=(results_day := _results_day(body, published) if published is not None
                                     and not public_budget and trading is None
                                     and (fiscal or _results_lead(lead, text, accounts)) else None),
                        results_end=head_end + len(_first_sentence(body)) + (len(body) - len(body.lstrip()))
                        if results_day is not None else 0)


# "fiscal 2017, which ended in March", "fiscal 2017 that ended March", "fiscal 2017 through March 2018", "fiscal 2018
# ending March 2019": a fiscal year the text names and the month it ends in (group m), with or without its year (y2).
_FISCAL_YEAR_ENDS = re.compile(
    r"\bfiscal\s+(?:year\s+)?(?P<y>(?:19|20)\d\d),?\s+(?:(?:which|that)\s+)?(?P<verb>ended|ending|ends|through)\s+"
    rf"(?:in\s+|on\s+)?(?:\d{{1,2}}\s+)?(?P<m>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b\.?(?:\s+\d{{1,2}}\b)?"
    r"(?:,?\s+(?P<y2>(?:19|20)\d\d))?", re.I)


def _start_named(text: str, published: dt.date | None) -> tuple[int, int] | None:
    """The year and the end month of the first fiscal year `text` names by the calendar year it starts in, as Japanese
    and other Asian companies and governments do: "fiscal 2017, which ended in March" in April 2018 ended in March 2018,
    "fiscal 2018 ending March 2019": (2017, 3), (2018, 3). Such a text's "fiscal N" is labelled FY(N+1), the calendar
    year it ends in (corpus/README.md). None when the text names no fiscal year with its end, or one ending in the
    year it names ("fiscal 2025, which ended in September")."""
    if "fiscal" not in text.lower():
        return None
    for m in _FISCAL_YEAR_ENDS.finditer(text):
        month, year = MONTHS[m.group("m").lower().rstrip(".")], int(m.group("y"))
        if m.group("y2"):
            ends = int(m.group("y2"))
        elif published is None:
            continue
        elif m.group("verb").lower() in ("ended", "through"):  # the last such month up to publication
            ends = published.year if month <= published.month else published.year - 1
        else:  # "ending", "ends": the next such month from publication
            ends = published.year if month >= published.month else published.year + 1
        if ends == year + 1:
            return year, month
        if ends == year:
            return None
    return None


def as_end_named(value: str | None, kind: str | None, model: ArticleModel) -> str | None:
    """A fiscal year the text names by the year it starts in (`model.start_named`: "fiscal 2017, which ended in March"),
    read as written (`kind` "fiscal_year": "FY2017", a span "FY2013-FY2016"), as the year it ends in: "FY2018"; a fiscal
    period found otherwise (by its end, "the year to March 2018"; a bare quarter of the article's year) is unchanged."""
    if not value or not model.start_named or kind != "fiscal_year":
        return value
    return _FY_LABEL.sub(lambda m: f"FY{int(m.group(1)) + 1}", value)


def _years_only_two_way(text: str, published: dt.date | None, fiscal_year: int | None, year_end: int | None) -> bool:
    """Whether no fiscal year `text` writes in figures is written otherwise than with both years: no "the year to March
    2015", "the financial year ending 31 March 2014" or "fiscal 2015" beside its "2015-16" ("pegs the deficit at 3.6 per
    cent in 2015-16 ... reducing it to 4.1 per cent in the current year")."""
    return not any(m.period and m.period.startswith("FY") and re.search(r"\d", m.text)
                   for m in find_periods(text, published, fiscal_year, year_end))


_DECEMBER_YEAR_END = re.compile(
    r"\b(?:the\s+|its\s+|their\s+)?(?:fiscal|financial)[\s-]+year\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+"
    r"(?:on\s+)?(?:31(?:st)?\s+)?Dec(?:ember|\.)?\b", re.I)


# "the 12 months to December 31", "the year ended 31 December", "the twelve months ending Dec. 31": the text states that
# the year it reports runs to the end of December
_DECEMBER_YEAR_STATED = re.compile(
    r"\b(?:(?:12|twelve)[\s-]months?|(?:full[\s-])?year)\s+(?:that\s+|which\s+)?(?:ended|ending|ends|to|through)\s+"
    r"(?:the\s+end\s+of\s+)?(?:on\s+)?(?:31(?:st)?\s+)?Dec(?:ember|\.)?(?:\s+31(?:st)?)?\b", re.I)


def _without_december_year_ends(text: str, year_end: int | None) -> str:
    """`text` without the phrases that state a fiscal or financial year ending in December, when the year the text states
    ends in December (`year_end`): "profit for the financial year ended December 31, 2024" names the calendar year 2024
    ("Ten big lenders grew net earnings 8.2 per cent for the financial year ended December 31, 2016" -> 2016), no fiscal
    label of its own; `text` unchanged otherwise. A text that states its reporting year runs to December in so many
    words ("net profit for the 12 months to December 31", `_DECEMBER_YEAR_STATED`) keeps its books on calendar years
    however else it names a year: its "2018 financial year" or "the financial year ahead" is the calendar year (an
    Australian or Asian company's way of writing it), so none of its fiscal words counts (empty text)."""
    if year_end != 12 or "ec" not in text:
        return text
    if _DECEMBER_YEAR_STATED.search(text):
        return ""
    return _DECEMBER_YEAR_END.sub(" ", text)


@lru_cache(maxsize=4)
def _fiscal_labels(words: FrameWords) -> re.Pattern[str]:
    """The words by which a text names a fiscal or financial year or quarter (`fiscal_label_words`)."""
    return re.compile(_hyphens(words.fiscal_label_words), re.I)


def _fiscal_half(half: str | None, found: list[PeriodMention]) -> tuple[str, str] | None:
    """The fiscal half ("H1 FY2022") that a calendar half (`half`, "H1 2021") a results lead names is, and the month it
    ends in ("2021-09"), when the lead also gives its six months as a span of months that is no calendar half (`found`:
    the lead's mentions; "between April and September", "the six months to September"); None otherwise."""
    named = re.fullmatch(r"H([12]) (?:FY)?((?:19|20)\d\d)", half or "")  # (a first half reported out of the calendar's
    if named is None:                                                      # season is read as a fiscal one already)
        return None
    h = int(named.group(1))
    for m in found:
        if not m.period or not re.fullmatch(r"(?:19|20)\d\d-\d\d", m.period):
            continue
        months = [MONTHS[w.lower()] for w in re.findall(r"[A-Za-z]+", m.text) if w.lower() in MONTHS]
        six = m.kind == "between_months" and len(months) >= 2 and (months[-1] - months[0]) % 12 + 1 == 6 \
            or m.kind == "months_to" and re.search(r"\bsix\s+months\b|\bhalf", m.text, re.I) is not None
        end_year, end = int(m.period[:4]), int(m.period[5:7])
        if not six or end in (6, 12):
            continue
        year_end = (end + 6 * (2 - h) - 1) % 12 + 1
        return f"H{h} FY{end_year if year_end >= end else end_year + 1}", m.period
    return None


def _first_half(period: PeriodMention, lead: str, words: FrameWords) -> str | None:
    """The fiscal half ("H1 FY2019") a results lead's six months to a month (`period`, kind "months_to": "six months
    through September", "the half-year to September 30") are, when the month ends no calendar half (not June or
    December) and the lead names the first half (rules/frame.json `first_half_words`: "half-year net profit",
    "interim results"): the half of a fiscal year ending six months after that month. None otherwise."""
    named = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", period.period or "")
    if named is None or int(named.group(2)) in (6, 12) \
            or re.search(r"\bsix\s+months\b|\bhalf", period.text, re.I) is None:
        return None
    low = " ".join(lead.lower().split())
    if not any(re.search(rf"\b{re.escape(word)}\b", low) for word in words.first_half_words):
        return None
    year, month = int(named.group(1)), int(named.group(2))
    return f"H1 FY{year + 1 if month + 6 > 12 else year}"


# "the half year ended 31 December 2021", "the six months ending December 31", "the half-year to 31 March": a half of a
# year and the month it ends in (group m)
_HALF_ENDED = re.compile(
    r"\b(?:half[\s-]+year|half|six[\s-]+months?|6[\s-]+months)(?:\s+period)?,?\s+(?:(?:which|that)\s+)?"
    r"(?:ended|ending|ends|to|through)\s+(?:on\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"
    rf"(?P<m>{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.I)


def _half_year_end(text: str, lead: str, rules: _Rules, words: FrameWords) -> int | None:
    """The month a results story's fiscal year ends in, read from the half it reports and the month that half ended in:
    "net profit for the half year ended 31 December 2021" (in the lead), or "a strong first half" in the lead and "the
    six months ending December 31" further on, is the first half of a year ending in June, as a half-year's results
    are (a company keeping its books to December reports its full year in December, not a half); the lead names that
    half (the ended half itself, or a word of rules/frame.json `first_half_words` not after "second": "first half",
    "half-year", "interim"), no whole year's results and no second half (`second_half_words`). A half ended in June is
    a calendar one, which says nothing (None)."""
    ended = _HALF_ENDED.search(text)
    if ended is None:
        return None
    month = MONTHS[ended.group("m").lower()]
    if month == 6 or rules.year_results.search(lead):
        return None
    low = " ".join(lead.lower().split())
    if any(re.search(rf"\b{re.escape(word)}\b", low) for word in words.second_half_words):
        return None
    if ended.start() >= len(lead) and not any(re.search(rf"(?<!second )\b{re.escape(word)}\b", low)
                                              for word in words.first_half_words):
        return None
    return (month + 5) % 12 + 1


def _month_in_year(month: str, year: str, year_end: int | None) -> bool:
    """Whether `month` ("2024-06") falls in the fiscal year `year` ("2023-24", "FY2024"), which ends in month `year_end`
    (unknown: any month from April of its first year to June of its last, the ends most governments keep)."""
    found = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", month or "")
    named = re.fullmatch(r"FY((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)", year or "")
    if found is None or named is None or int(found.group(2)) > 12:
        return False
    last = int(named.group(1)) if named.group(1) else int(named.group(2)) + 1
    if named.group(2) and (int(named.group(2)) + 1) % 100 != int(named.group(3)):
        return False
    at = (int(found.group(1)), int(found.group(2)))
    if year_end is not None:
        start = (last - 1, year_end + 1) if year_end < 12 else (last, 1)
        return start <= at <= (last, year_end)
    return (last - 1, 4) <= at <= (last, 6)


# Mentions of a year written with both years ("2018/19", "the 2018-19 financial year").
_TWO_YEAR_KINDS = ("season", "season_long", "budget_years")


def _results_lead(lead: str, text: str, accounts: set[str]) -> bool:
    """Whether the lead names an organisation's results (`_Rules.results`): "earnings" the only such word there ("Tourism
    earnings grew by Sh20 bln in 2017", a country's receipts from a sector) counts only in a text that names a profit
    (rules/frame.json `profit_words`) or a measure of accounts (`accounts_measures`) too, as a company's results do."""
    rules = _rules(load_words())
    found = [m.group(0) for m in rules.results.finditer(lead)]
    if found and all(rules.company_earnings_only.fullmatch(word) for word in found):
        return bool(accounts) or rules.profit.search(text) is not None
    return bool(found)


def _year_results_lead(lead: str, rules: _Rules) -> bool:
    """Whether the lead names a whole year's or a part's results in the words a results headline uses, a word of
    `whole_year_words` or `part_of_year_words` before a noun of `result_nouns` ("a 12% rise in annual profit",
    "first-half earnings"): an organisation's results story, whatever else its lead names."""
    return _whole_year_results(load_words()).search(lead) is not None or rules.part_of_year.search(lead) is not None


@lru_cache(maxsize=4)
def _whole_year_results(words: FrameWords) -> re.Pattern[str]:
    """A word of `whole_year_words` before a noun of `result_nouns` ("annual profit", "full-year earnings"), not a bare
    "for the year" (a market report's "For the year:" list)."""
    return re.compile(rf"{_hyphens(words.whole_year_words)}\s+(?:\w+\s+){{0,2}}{alternatives(words.result_nouns)}",
                      re.I)


# A superlative right before a month the lead names: a record of that month ("its hottest August", "the driest April").
_RECORD_BEFORE = re.compile(r"\b(?!latest\b)[a-z]+est\s+$")
# A possessive right after a word: "summer's", "summer’s".
_POSSESSIVE = re.compile(r"['\u2019]s\b")


# The most months before a fiscal year starts that a public body sets or debates its budget for it in the news.
_BUDGET_AHEAD = 6
# The month a fiscal year ends in that starts at mid-year (July to June), the year of a budget set in the first half of
# a calendar year whose text names no year end.
_MID_YEAR = 6
# The last month of the quarter of a calendar year in which a budget naming no year end is set for the fiscal year
# ending the next year (July to September).
_AUTUMN_YEAR_END = 9


def _year_start(end_year: int, year_end: int) -> dt.date:
    """The first day of the fiscal year ending in month `year_end` of `end_year`."""
    return dt.date(end_year - 1, year_end + 1, 1) if year_end < 12 else dt.date(end_year, 1, 1)


def _budget_year(published: dt.date, year_end: int) -> int:
    """The fiscal year (by the calendar year it ends in) a budget story published on `published` is about: the one
    starting within _BUDGET_AHEAD months, else the one in progress."""
    in_progress = published.year + (1 if published.month > year_end else 0)
    ahead = _year_start(in_progress + 1, year_end)
    months = (ahead.year - published.year) * 12 + ahead.month - published.month
    return in_progress + 1 if months <= _BUDGET_AHEAD else in_progress


def _year_ahead(period: str, published: dt.date | None, year_end: int | None) -> bool:
    """Whether `period` is the fiscal year ("FY1998", "1997-98") after the one in progress at `published`, starting
    within _BUDGET_AHEAD months: the year a budget story's lead reports the budget for, though not yet begun."""
    if published is None:
        return False
    if year_end is None:
        # "staff to draft the 2024 budget" in September 2023: a public body budgeting for calendar years (no year end
        # stated nor read from its money) drafts the next calendar year's budget in the months before it starts
        return re.fullmatch(r"(?:19|20)\d\d", period) is not None and int(period) == _budget_year(published, 12) \
            and dt.date(int(period), 1, 1) > published
    found = re.fullmatch(r"FY((?:19|20)\d\d)|((?:19|20)\d\d)-(\d\d)", period)
    if found is None:
        return False
    end_year = int(found.group(1)) if found.group(1) else int(found.group(2)) + 1
    if found.group(2) and (int(found.group(2)) + 1) % 100 != int(found.group(3)):
        return False
    return end_year == _budget_year(published, year_end) and _year_start(end_year, year_end) > published


# A results lead's words for a whole year's accounts (`_Rules.year_results`: "the total payout for the year", a word of
# rules/frame.json `whole_year_words` before a noun of `result_nouns`, "full-year earnings", "fiscal year operating
# profit", or of `year_results_words`, "a final dividend of 63 cents": the dividend declared with the year's results,
# after the interim one), not a forecast of one ("full-year outlook", "for the year ahead": `not_year_results_after`)
# nor a year to a month ("for the year to March": `year_to_words`); not "annual revenue", which a ranking of companies
# compares as well as a results story reports. A quarter's or a half's results (`_Rules.part_of_year`, a word of
# `part_of_year_words`: "first-half profit", "third-quarter earnings", "interim results"): not the whole year's (an
# annual lead may name the half-year dividend paid before the final one, `not_part_of_year_nouns`, or "the second half
# of the year").
# The most months after its fiscal year ends that an organisation reports the year's accounts in.
_ANNUAL_REPORTED_WITHIN = 4


def _year_just_ended(published: dt.date, year_end: int) -> PeriodMention | None:
    """The fiscal year ("FY2020") that ended in the _ANNUAL_REPORTED_WITHIN months before the month of `published`, in a
    year ending in month `year_end`; None when none did (a year's figures reported later are no such year's results)."""
    after = (published.month - year_end) % 12
    if not 1 <= after <= _ANNUAL_REPORTED_WITHIN:
        return None
    year = published.year if published.month > year_end else published.year - 1
    return PeriodMention(0, 0, "", f"FY{year}", "results_year")


def _latest_year_ended(published: dt.date) -> PeriodMention:
    """The fiscal year whose results a story published on `published` reports when the text gives no year end: a
    calendar year in its first _ANNUAL_REPORTED_WITHIN months (FY2020 in February 2021); later, a year ending in one of
    the other quarter ends companies close their books on (March, June, September) of the year of publication (BHP's or
    a Japanese company's full-year results in August or May → FY of that year), which names it the same way."""
    year = published.year - 1 if published.month <= _ANNUAL_REPORTED_WITHIN else published.year
    return PeriodMention(0, 0, "", f"FY{year}", "results_year")


# Quarters a lead numbers with their year ("the fourth quarter of 2021", "Q1 2023", "its fourth quarter ended Dec. 31").
_CALENDAR_NUMBERED = ("quarter", "quarter_ended")
# The most months after the end of a calendar quarter that a company reports it in (a bank's third quarter in October).
_REPORTED_WITHIN = 3
# What a results lead may name beside the quarter or half it reports and still say nothing of its calendar: a bare half
# or quarter, or the full year ("kept its full-year forecast after a rise in first-half profit").
_PARTS_OF_YEAR = ("bare_half", "bare_quarter", "full_year")


def reported_quarter_year_end(lead: str, published: dt.date) -> int | None:
    """The month a results story's fiscal year ends in, read from the numbered quarter its lead reports with no year
    ("reported a rise in third-quarter net profit") and the publication date, when the text states neither: a company
    reports a quarter within some weeks of its end. A calendar quarter of that number ended in the _REPORTED_WITHIN
    months before publication is that quarter (third quarter in October: a year ending in December); else the quarter
    ended the month before publication (third quarter in late August: May to July, a year ending in October; fourth
    quarter in early August: a year ending in July). None when the lead names no such quarter, or names another
    period too (a month's or a year's figures, whose story counts in calendar quarters)."""
    # "soft guidance for the current quarter", "next quarter": a quarter named from publication, which says nothing of
    # how the company numbers its quarters
    found = [m for m in find_periods(lead, published) if m.period and m.kind != "relative_quarter"]
    quarter = next((int(m.period[m.period.index("Q") + 1]) for m in found
                    if m.kind in ("bare_quarter", "fiscal_bare_quarter")
                    and re.fullmatch(r"(?:latest )?Q[1-4](?: (?:19|20)\d\d)?", m.period)), None)
    if quarter is None or any(m.kind == "bare_half" for m in found):
        return _reported_half_year_end(found, published)
    if any(m.kind not in ("bare_quarter", "fiscal_bare_quarter", *_CALENDAR_NUMBERED) for m in found):
        return None  # a lead that also names a month or a year ("net income rose 3% in October") reports that
    if any(m.kind in _CALENDAR_NUMBERED for m in found):
        # "Q4 results ... for its fourth quarter ended Dec. 31, 2022", "compared with the fourth quarter of 2021": the
        # quarters the lead numbers with their year are calendar ones (one ending in another month sets the year end
        # through quarter_year_end), so the company keeps its books to December
        return 12
    if 1 <= (published.month - 3 * quarter) % 12 <= _REPORTED_WITHIN:
        return 12
    ended = published.month - 1 or 12
    return (ended + 3 * (4 - quarter) - 1) % 12 + 1


def _reported_half_year_end(found: list[PeriodMention], published: dt.date) -> int | None:
    """The month a results story's fiscal year ends in, read as `reported_quarter_year_end` does from the half its lead
    reports with no year (`found`: the lead's dated mentions) and the publication date: "kept its full-year forecast
    after a 4.1% rise in first-half profit" published in November is not the calendar first half (ended in June, five
    months before) but a half ended the month before (October: a year ending in April). None when the lead names no
    such half or another period than a bare quarter or the full year, or when the calendar half of that number ended
    at most a month more than _REPORTED_WITHIN months before publication (it may be that half, or the one to come)."""
    half = next((int(m.period[1]) for m in found
                 if m.kind == "bare_half" and re.fullmatch(r"H[12](?: (?:19|20)\d\d)?", m.period)), None)
    if half is None or any(m.kind not in _PARTS_OF_YEAR for m in found):
        return None
    if (published.month - 6 * half) % 12 <= _REPORTED_WITHIN + 1:
        # the calendar half just reported, or one to come ("expects second-half sales to rise 4%" in late April): the
        # lead says nothing of the calendar
        return None
    ended = published.month - 1 or 12
    return (ended + 6 * (2 - half) - 1) % 12 + 1


def _march_year_money(text: str) -> bool:
    """Whether `text` writes money the way a country whose books all close on 31 March does (rules/frame.json
    "march_year_money": the rupee sign, "crore", "lakh")."""
    signs = load_words().march_year_money
    return any(sign in text for sign in signs if not sign.isascii()) \
        or not signs.isdisjoint(re.findall(r"[a-z]+", text.lower()))


def _years_to_over(text: str, published: dt.date | None) -> bool:
    """Whether the text writes a year to a month as a rolling window of months ("the 12 months to June 2010", as a
    statistics release does; an organisation's own year is "the year to March 2025") and every year to a month it
    writes ended before the month of publication, as a statistics release's rolling years have."""
    if published is None:
        return False
    now = f"{published.year}-{published.month:02d}"
    years = [m for m in find_periods(text, published) if m.kind == "year_to" and m.period]
    return any(_MONTHS_WINDOW.search(m.text) for m in years) \
        and all(re.fullmatch(r"(?:19|20)\d\d-\d\d", m.period) and m.period < now for m in years)


_MONTHS_WINDOW = re.compile(r"\b(?:12|twelve)\s+months\b", re.I)


_RELEASE_REACH = 40  # a statistics word dates a release's period within this many characters before it


def survey_title_pattern() -> re.Pattern:
    """What follows a survey's or a census's period when it names the survey (`survey_title_words`: "the 2002-03
    Health Survey", "the 2021 Census"), matched right after the period."""
    return _rules(load_words()).survey_title


def release_period(lead: str, period: PeriodMention, rules: _Rules) -> bool:
    """Whether the lead names `period` as a statistics release's, a statistics word right before it ("all figure in the
    Office of Rail's annual statistics for 2018-19", "Statistics for the third quarter show ..."), or right before a
    survey's title (`survey_title_words`: "provisional results from the 2002-03 Health Survey show"); not a period the lead
    finds otherwise (a day, an event's month: no mention of the lead's own)."""
    if period.end == 0 or period.end > len(lead):
        return False
    return rules.statistics.search(lead, max(0, period.start - _RELEASE_REACH), period.start) is not None \
        or rules.survey_title.match(lead, period.end) is not None  # "results from the 2002-03 Health Survey show"


# A count taken at a month's end: "employed up to the end of June", "on the books at the end of March", "as of the end of
# May" (not "by the end of June", a time to come, nor "from the end of June").
_COUNT_AT = re.compile(r"\b(?:up\s+to|at|as\s+(?:of|at))\s+$", re.I)
_COUNT_AT_CUE = re.compile(r"\b(?:up\s+to|at|as\s+(?:of|at))\s+the\s+end\s+of\s+[A-Z][a-z]+\b")


def _count_month(text: str, published: dt.date) -> PeriodMention | None:
    """The month-end a story's counts are first said to be taken at ("13,892 nurses were employed up to the end of June",
    published in August: 2023-06), a month already over at publication: the period of a story of counts whose lead
    names none; None when the text dates no count so."""
    if _COUNT_AT_CUE.search(text) is None:
        return None
    return next((m for m in find_periods(text, published)
                 if m.kind == "month" and m.period and m.text.lower().startswith("the end of")
                 and _COUNT_AT.search(text, max(0, m.start - 20), m.start) and re.fullmatch(r"(?:19|20)\d\d-\d\d", m.period)
                 and m.period < f"{published.year}-{published.month:02d}"), None)


# A figure precise enough to be restated, not met again by chance: with a thousands comma or a decimal point
# ("38,215", "61.7", "2,100").
_PRECISE_FIGURE = re.compile(r"(?<![\d,.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d,.])\d+\.\d+(?![\d.])")
# Words right before a figure that make it an old side ("the previous record of 40.3", "up from 4,210"): no restating
# of the lead's new figure.
_OLD_SIDE_BEFORE = re.compile(r"\b(?:previous|record|old|from|than|compared\s+(?:with|to)|against|versus)\s+"
                              r"(?:[a-z]+\s+){0,2}(?:of\s+)?[$\u20ac\u00a3]?$", re.I)
# The most characters after the lead a restated figure is looked for in.
_RESTATED_REACH = 2500


def _restated_period(text: str, lead_ends: int, published: dt.date) -> PeriodMention | None:
    """The month or calendar quarter written after a precise figure of the lead restated in a sentence after the lead
    (the last precise figure before it), not as an old side ("$9,140m" in the lead, "a surplus of $9,140m in June 2024" further on:
    2024-06), a period over at publication and no comparison base; None when no sentence does."""
    figures = set(_PRECISE_FIGURE.findall(text, 0, lead_ends))
    if not figures:
        return None
    reach = text[:lead_ends + _RESTATED_REACH]
    for m in find_periods(reach, published):
        if m.start < lead_ends or not m.period or m.base or m.shift or m.kind in SPAN_KINDS \
                or not not_future(m.period, published) or not re.fullmatch(r"(?:19|20)\d\d-\d\d|Q[1-4] (?:19|20)\d\d", m.period):
            continue
        start = max(reach.rfind(". ", 0, m.start), reach.rfind("\n", 0, m.start)) + 1
        sentence = reach[start:m.start]
        last = None
        for last in _PRECISE_FIGURE.finditer(sentence):
            pass
        # the figure right before the period (no other precise figure between) is the lead's, not as an old side
        if last is not None and last.group(0) in figures \
                and not _OLD_SIDE_BEFORE.search(sentence, max(0, last.start() - 30), last.start()):
            return m
    return None


def _rolling_year_end(text: str, published: dt.date) -> PeriodMention | None:
    """The first rolling year `text` names by the month it ends in, a month over at publication: "the year to June",
    "the 12 months to June 2016" (kind "year_to"), or a month 11 months after the month written right before it ("from
    July 2015 up to June this year" -> 2016-06). None when it names none."""
    month = re.compile(r"((?:19|20)\d\d)-(\d\d)")
    before = None
    for m in find_periods(text, published):
        found = month.fullmatch(m.period or "")
        if found is not None and found.group(0) < f"{published.year}-{published.month:02d}":
            if m.kind == "year_to" and not m.base:
                return m
            if before is not None and not m.base and 0 <= m.start - before[1] <= _SPAN_GAP \
                    and int(found.group(1)) * 12 + int(found.group(2)) - before[0] == 11:
                return m
        before = (int(found.group(1)) * 12 + int(found.group(2)), m.end) if found is not None else None
    return None


# The most characters between the two months of a span of months ("July 2015 up to June").
_SPAN_GAP = 12


_AS_OF_DAY = re.compile(rf"\bas\s+of\s+(?:\d{{1,2}}(?::\d\d)?\s*[ap]\.?m\.?,?\s+)?(?:(?:early|late)\s+)?"
                        rf"({'|'.join(sorted(DAY_WORDS))}|today|this\s+morning|tonight)\b", re.I)


def _next_sentence(text: str, at: int) -> str:
    """The first sentence or line of `text` from `at` on (a list's line of introduction right after the lead: "Here's a
    breakdown of the major wildfires still raging as of Friday morning:"); "" at the end."""
    return next((part for part in _FIRST_SENTENCE.split(text[at:at + 600].strip()) if part.strip()), "")


def _as_of_day(lead: str, published: dt.date) -> dt.date | None:
    """The day a tally in `lead` is given as of ("still raging as of Friday morning", "in shelters as of 8 a.m. Friday",
    "25% contained as of Sunday", "as of today"): that day on or before publication; None when the lead names none."""
    found = _AS_OF_DAY.search(lead)
    if found is None:
        return None
    word = found.group(1).lower()
    if word in DAY_WORDS:
        return day_of_week_before(word, published) or published
    return published


def _disaster_lead(lead: str) -> bool:
    """Whether the lead names a natural disaster (rules/frame.json "disaster_nouns": "floods", "the earthquake")."""
    nouns = load_words().disaster_nouns
    return any(word in nouns for word in re.findall(r"[a-z]+", lead.lower()))


def _toll_lead(lead: str, rules: _Rules) -> bool:
    """Whether the lead reports the dead of an event of a day that names no disaster, a crash, an attack or a fall
    (rules/frame.json "death_words" and a day: "At least 27 people were killed after a bus plunged into a ravine, officials
    said Tuesday", "A gunman killed two people on Saturday"): a running toll, dated as a disaster's is."""
    words = load_words().death_words
    return any(word in words for word in re.findall(r"[a-z]+", lead.lower())) and rules.event_day.search(lead) is not None


# The kinds of a plain month or year a lead may name (`_own_year`, the event-date lead).
_MONTH_OR_YEAR = ("month", "month_year", "year")


def _own_year(period: PeriodMention, mentions: list[PeriodMention], published: dt.date) -> bool:
    """Whether `period`, the period a lead names, and every other of its `mentions` are only the year or the month of
    publication, a plain year or month ("General Election 2020" out in October 2020): the event's own year, which its
    day's month dates more precisely."""
    return period.kind in _MONTH_OR_YEAR \
        and all(m.period in _this_year_or_month(published) for m in mentions if m.period)


def _struck_clause(sentence: str, at: int) -> bool:
    """Whether the clause of `sentence` up to character `at` (from the last comma, semicolon, colon, dash or bracket)
    says, as the circumstance of a toll, when a disaster struck: a word of rules/frame.json `strike_clause_openers`, a
    word of `disaster_nouns` after it and a verb of `strike_verbs` after that ("were killed when a strong 7.0 magnitude
    earthquake struck Turkey and neighboring Greece on Friday"): a day named there is the event's, not the day its toll
    is counted as of (a main clause's day still dates the toll: "Cyclone Orla slammed into the coast on Friday, and the
    floods have killed 44")."""
    words = load_words()
    clause = re.split(r"[,;:()\u2014\u2013]", sentence[:at])[-1].lower()
    opener = re.search(alternatives(words.strike_clause_openers), clause)
    if opener is None:
        return False
    nouns = [m.end() for m in re.finditer(r"[a-z]+", clause[opener.end():]) if m.group(0) in words.disaster_nouns]
    return bool(nouns) and re.search(alternatives(words.strike_verbs), clause[opener.end() + nouns[0]:]) is not None


def ranks_disaster(text: str, mention: PeriodMention) -> bool:
    """Whether `mention` (offsets in `text`), a year, only bounds a superlative that ranks a disaster of rules/frame.json
    `disaster_nouns` in its clause ("The strongest typhoon in the world this year battered ... killing at least four",
    "the deadliest floods of 2030"): the year the storm is ranked in, no period of its toll or of the story."""
    if mention.kind not in ("year", "relative_year"):
        return False
    clause = re.split(r"[,;:.!?()\u2014\u2013]", text[:mention.start])[-1].lower()
    nouns = alternatives(load_words().disaster_nouns)
    return re.search(rf"\b(?:most\s+[a-z]+|[a-z]{{2,}}est)\s+(?:[a-z-]+\s+){{0,2}}(?:{nouns})\b", clause) is not None


def _exam_year(lead: str, published: dt.date, words: FrameWords, text: str = "") -> str | None:
    """The year of the exam whose results the lead reports, or None when it reports none: a headline or first two
    sentences holding a noun of rules/frame.json `exam_event_nouns` ("exams", "examination", "matric") and a word of
    `exam_outcome_words` ("passed", "pass rate", "results"). The year is the one the lead gives the exam: "last year's
    exams", "the exams last year" (the year before publication, unless `text` names the year of publication in a
    sentence of its pass rate or results: "the pass rate for Year 6 in 2031 was 56 percent" out in 2031 reports 2031's
    exams, whatever the lead's "last year" says), "the 2030 examinations", "the exams of 2030"; else the year of
    publication."""
    low = lead.lower()
    nouns = alternatives(words.exam_event_nouns)
    found = [m for m in re.finditer(rf"\b(?:{nouns})\b", low)]
    if not found and re.search(rf"\b(?:{alternatives(words.exam_taker_nouns)})\b", low) is not None:
        # "Over 57,000 students received their Harlow Cert results today": an exam named by a capitalised name before a
        # noun of `exam_nouns` (not at a sentence's start)
        found = [m for m in re.finditer(rf"(?<=[a-z,] )(?:[A-Z][\w'\u2019-]*\s+){{1,3}}((?i:{alternatives(words.exam_nouns)}))\b",
                                        lead)]
    if not found or re.search(rf"\b(?:{alternatives(words.exam_outcome_words)})\b", low) is None:
        return None
    for m in found:
        before, after = low[max(0, m.start() - 40):m.start()], low[m.end():m.end() + 30]
        if re.search(r"\blast\s+year(?:['\u2019]s)?\s+(?:[a-z]+\s+){0,2}$", before) \
                or re.match(r"\s+(?:[a-z]+\s+){0,2}last\s+year\b", after):
            outcome = alternatives(words.exam_outcome_words)
            if any(re.search(rf"\b{published.year}\b", sent) and re.search(rf"\b(?:{outcome})\b", sent.lower())
                   for sent in re.split(r"(?<=[.!?])\s+", text[len(lead):])):
                return str(published.year)
            return str(published.year - 1)
        year = re.search(r"\b((?:19|20)\d\d)\s+(?:[a-z]+\s+){0,2}$", before) \
            or re.match(r"\s+(?:of|in)\s+((?:19|20)\d\d)\b", after)
        if year is not None and int(year.group(1)) <= published.year:
            return year.group(1)
    return str(published.year)



_MONTH_LABEL = re.compile(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])")


def _exam_lead(lead: str, words: FrameWords) -> bool:
    """Whether `lead` (the headline and the first sentence) reports an exam's results: it names an exam (rules/frame.json
    "exam_lead_words": "the examination", "pass percentage"), or its "results" with the people who sat it
    ("exam_takers": "students received their Leaving Cert results")."""
    low = lead.lower()
    if re.search(alternatives(sorted(words.exam_lead_words)), low):
        return True
    return re.search(r"\bresults\b", low) is not None and re.search(alternatives(sorted(words.exam_takers)), low) is not None


def _election_lead(lead: str) -> bool:
    """Whether the lead names a vote held on a day (rules/frame.json "election_nouns": "the assembly elections")."""
    nouns = load_words().election_nouns
    return any(word in nouns for word in re.findall(r"[a-z]+(?:-[a-z]+)?", lead.lower()))


# A score as a match report writes it (`_Rules.score`: "31-17", "6-4 3-6 7-5", "116-111"), not a vote ("a 7-2 vote",
# rules/frame.json `not_score_after`) nor a season.


def _this_year_or_month(published: dt.date) -> tuple[str, str]:
    """The normal forms of the year and the month of publication."""
    return str(published.year), f"{published.year}-{published.month:02d}"


def _match_lead(lead: str, opening: str = "") -> bool:
    """Whether the lead reports a match played: a verb of a result (rules/frame.json "match_verbs": "beat", "won",
    "defeated") with a noun of a match or its scoring ("match_nouns": "match", "innings", "tries", or a phrase of them
    written as it is, "shots on target") or a score ("31-17"); or a score right before a noun of its result
    ("match_result_nouns": "a convincing 141-94 victory over", "a 124-73 rout of") or right after one ("streaked to
    victory, 4-11 to 0-11") anywhere in `opening`, the headline and the first paragraphs (see `match_opening`), as a
    report whose first sentences are colour ("has done it again") gives its result in the second paragraph."""
    words = load_words()
    tokens = set(re.findall(r"[a-z]+(?:-[a-z]+)?", lead.lower()))
    rules = _rules(words)
    if not tokens.isdisjoint(words.match_verbs) and (not tokens.isdisjoint(words.match_nouns)
                                                     or rules.score.search(lead) is not None
                                                     or rules.match_phrases.search(lead) is not None):
        return True
    # (or a margin before such a noun: "a memorable innings and 65-run victory", "an eight-wicket win", rules/frame.json
    # `result_margin_units`)
    return any(rules.score.match(text, m.start() if text[m.start()].isdigit() else m.end())
               for text in (lead, opening) for m in rules.result_score.finditer(text)) \
        or any(rules.result_margin.search(text) for text in (lead, opening))


def _aside_periods(mentions: list[PeriodMention], opening: list[PeriodMention], match_text: str,
                   published: dt.date, text: str) -> set[str]:
    """The periods of a match report's lead (`mentions`) that leave its figures the match's: the year and month of the
    match day the lead names (a weekday or "yesterday" of `match_text`, see `_match_day`: "After a late November slump,
    the Celtics routed the Cavaliers on Friday night", published on Sunday 2 December), and a season in progress at
    that day that a sentence after the headline and the first sentence (`opening`) names ("Lillard scored 71 points on
    Sunday night ... Mitchell also scored 71 earlier this season"), or a season long over that such a sentence recalls
    ("joining the 2010-11 Cleveland Cavaliers"): a season total's or a record's, which its own sentence dates, not
    the story's period; only a season the whole `text` names once: a story that keeps counting the season ("the
    biggest crowd at the ground this season ... has now scored 131 points in the league this season") is a match and
    season report, whose figures are the season's unless their own sentences date them. None without a match day
    named."""
    if not _rules(load_words()).match_day.search(match_text.lower()):
        return set()
    played = _match_day(match_text, published)
    aside = set(_this_year_or_month(played))
    for m in mentions:
        season = re.fullmatch(r"((?:19|20)\d\d)-\d\d", m.period or "")
        if season and m.kind in _SEASON_KINDS and m not in opening and int(season.group(1)) + 1 < played.year:
            # a season long over that a later sentence recalls ("the third team to lose 26 straight in a season,
            # joining the 2010-11 Cleveland Cavaliers"): a record's, not the story's
            aside.add(m.period)
        elif season and m.kind in _SEASON_KINDS and m not in opening and m.shift == 0 \
                and (played.year, played.month >= 7) in ((int(season.group(1)), True), (int(season.group(1)) + 1, False)) \
            and sum(f.period == m.period for f in find_periods(text, published)) == 1:
            aside.add(m.period)
    return aside


def season_of_month(month: str | None) -> str | None:
    """The season ("YYYY-YY", July to June) a month ("YYYY-MM") falls in: "2023-02" -> "2022-23"; None for another
    label."""
    found = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])", month or "")
    if found is None:
        return None
    start = int(found.group(1)) - (int(found.group(2)) < 7)
    return f"{start}-{(start + 1) % 100:02d}"


def results_season(text: str, mention: PeriodMention) -> bool:
    """Whether `mention` (offsets in `text`) is the season in progress right after a noun of a match's result and maybe
    "of" ("their first win of the season", "a third victory this season", rules/frame.json `match_result_nouns`): the
    season the result is counted in, no period of the match's figures."""
    if mention.kind != "relative_season":
        return False
    before = text[max(0, mention.start - 24):mention.start].lower()
    return _rules(load_words()).results_before.search(before) is not None


# The paragraphs after the headline a match report gives its result in (`match_opening`).
_MATCH_PARAGRAPHS = 2


def match_opening(text: str) -> str:
    """The headline and the first _MATCH_PARAGRAPHS paragraphs of `text`: where a match report states its result."""
    head = headline_end(text)
    starts = [start for start in paragraph_starts(text) if start > head]
    return text[:starts[_MATCH_PARAGRAPHS]] if len(starts) > _MATCH_PARAGRAPHS else text


# A day named in a lead's first sentence (`_Rules.event_day`: "on Sunday", "late on Saturday", "yesterday", or a word of
# rules/frame.json `event_day_words`, "last night", "today": the day of publication, as a dated story writes it), not
# one the event runs up to or from ("until Tuesday evening", "by Saturday"), nor one to come ("next Monday"): the words
# of `not_event_day_before`, each a lookbehind; the days are the period module's.
# Where a lead's first sentence ends: a full stop before a capital or a quote, or a paragraph break; a sentence has at
# least _SENTENCE_WORDS words (not a byline or a place line: "- NEW DELHI -AFP").
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c])|\n")
_SENTENCE_WORDS = 6
# A clause (between commas, semicolons, dashes or brackets) holding a figure in digits; one that is still to come.
_FIGURE_CLAUSE = re.compile(r"[^,;:()\u2014\u2013]*\d[^,;:()\u2014\u2013]*")
# A date or a year, which is no figure of the event ("DUNMORE, 3 September 2025 (Wire) - ...", "Oct 26").
_DATE = re.compile(r"\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}\b)?,?"
                   r"(?:\s+(?:19|20)\d\d)?|\b(?:19|20)\d\d\b", re.I)
# A clause set in the future: `_Rules.future`, a word of rules/frame.json `future_words` ("will", "expects", "to be").


def _event_day(body: str, published: dt.date) -> dt.date | None:
    """The day of the event the first sentence of `body` (the text after the headline) reports on a day it names, with a
    figure of it in digits in a clause not set in the future ("shattered the record on Sunday by 2 minutes 37 seconds",
    "splurging Rs51.4 crore on ten players"; not a milestone whose figures are what it will bring): the
    day of `_Rules.event_day` on or before publication, whose clause (up to it from the last comma, dash or bracket) holds no
    speaker's or publisher's verb (rules/frame.json `reporting_verbs`, `publishing_verbs`, `comment_verbs`: "the agency
    said on Tuesday", "figures published on Wednesday" date a report, not an event), in a sentence with no word of a
    market's day (`market_nouns`, `index_name_words`, `market_day_words`, a currency of `currencies`: "Stocks fell on
    Tuesday", "The rupee dipped 20 paise on Monday", whose figures are the day's trading and no period's). None
    otherwise."""
    first = _first_sentence(body)
    future = _rules(load_words()).future
    if not any(future.search(clause) is None for clause in _FIGURE_CLAUSE.findall(_DATE.sub(" ", first))):
        return None  # no figure of the event in it: "began operation on Tuesday, which will lift supply by a tenth"
    return None if _market_words(first) else _day_named(first, published)


# The day a daily report's first sentence names (`_Rules.report_day`): a word of rules/frame.json `report_day_words`
# ("today", "this morning"), a weekday or "yesterday" (not one a count runs up to or from, nor one to come); a
# present-tense "there are" or "there is" before a count (`present_count_phrases`).


def _report_day(body: str, published: dt.date) -> dt.date | None:
    """The day of a daily report of counts, from the first sentence of `body` (the text after the headline): a sentence
    with a figure in digits (no date's), no word of a market's day (see `_market_words`), a day of `_Rules.report_day`
    and, in
    the clause of that day or the sentence's first, a verb of a day's count (rules/frame.json `day_report_verbs`:
    "Today we are reporting 7,870 new cases", "has reported 17 deaths ... on Wednesday") or, for the day of
    publication, a present-tense "there are" ("There are 20 patients on trolleys at the hospital today"), for another
    day a past-tense "there were" ("There were 601 patients on trolleys yesterday"): that day on or before
    publication. None otherwise."""
    first = _first_sentence(body)
    if not re.search(r"\d", _DATE.sub(" ", first)) or _market_words(first) \
            or any(m.period and m.period not in _this_year_or_month(published) for m in find_periods(first, published)):
        return None
    words = load_words()
    rules = _rules(words)
    named = rules.report_day.search(first)
    if named is None:
        return None
    if any(ch.isdigit() for ch in named.group(1)) and (later := next(
            (m for m in rules.report_day.finditer(first, named.end()) if m.group(1).lower() in DAY_WORDS), None)):
        # "284,000 new cases were reported over the past 24 hours, the WHO said on Saturday": the hours counted up to
        # the report end on the day it names
        named = later
    if not words.result_nouns.isdisjoint(re.findall(r"[a-z]+", first.lower())):
        return None  # "Tessaly reported a 12% rise in annual profit on Wednesday": results reported that day, no day's count
    verbs = words.day_report_verbs
    counted = not verbs.isdisjoint(re.findall(r"[a-z]+", first.lower()))
    today = named.group(1).lower() not in DAY_WORDS  # a word of `report_day_words`: the day of publication
    if not (counted or today and rules.there_are.search(first) or not today and rules.there_were.search(first)):
        return None
    if today:
        return published
    return _match_day(named.group(0), published)


def _market_day(body: str, published: dt.date, text: str = "") -> dt.date | None:
    """The trading day a market report's first sentence (of `body`, the text after the headline) names: a sentence with
    a word of a market's day (rules/frame.json `market_nouns`, `index_name_words`, `commodity_markets`, "market", a
    currency of `currencies`: "Stocks fell on Tuesday", "the benchmark share index closed at a record on Friday", "The
    rupee dipped 20 paise on Monday") and a day named (`_rules(...).event_day`) whose clause holds no speaker's or
    publisher's verb: that day on or before publication (see `_match_day`); with no day named, a close of the day of
    publication or the trading day before it (`_closed_today`, `_close_of_today`); when it names only a day to come
    ("Markets will be shut for trading on Wednesday"), the day named by the next sentence of the lead with a figure in
    digits ("On Tuesday, the Varex index ended 120 points lower"); with neither a day nor a close in it (a round-up's
    opening line), the day named by the first sentence with a figure in digits of `text` after it (see `_figure_day`); a
    close in the simple past with no day named is of the session after the one `text` names as the previous close
    ("weaker from Wednesday's close", see `_session_after`), else of the trading day before publication. None
    otherwise."""
    first = _first_sentence(body)
    if not _market_words(first):
        return None
    named = _day_named(first, published, possessive=False)
    if named is None and _rules(load_words()).event_day.search(first):
        named = _later_day(body, first, published)
    if named is None and _closed_today(first, published):
        if _close_of_today(first):
            return published
        return _session_after(text or body, published) or _trading_day_before(published)
    if named is None and not _rules(load_words()).event_day.search(first):
        # "A summary of trading in key commodities markets overseas: ... WTI crude added $1.50 from Friday's price to
        # finish at $94.50 a barrel on Monday": a round-up whose first sentence names no day nor a close reports the day
        # its first sentence with a figure names
        named = _figure_day(text or body, first, published)
        if named is not None and named.weekday() >= 5:
            # a weekend day named by a later sentence dates a statement, not a session ("In a statement on Sunday, the
            # group said ..." over "Brent settled 2.49 per cent higher"): the session is the last one before it
            named = _trading_day_before(named + dt.timedelta(days=1))
    return named


# A wire story's dateline opening its first paragraph: "NEW YORK, Jan 28 (Reuters) -", "LONDON, March 3 (AP) -"
_WIRE_DATELINE = re.compile(r"[A-Z][A-Za-z .'-]{1,40},\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([A-Za-z .]{2,30}\)\s*[-\u2013\u2014]")
_SUBHEADS = 6  # the most lines of sub-headlines a wire story stacks above its dateline


def _after_subheads(body: str) -> str:
    """`body` from its wire dateline on, when only lines of sub-headlines stand before it (short lines with no full
    stop: "Northeast spot power prices hit record $314/MWh amid cold", "Gas output rises as frozen wells thaw"), as a
    wire service's commodity report stacks them: its first sentence is the dateline's ("NEW YORK, Jan 28 (Reuters) -
    U.S. natural gas futures soared ... on Wednesday"), which names the trading day; `body` unchanged otherwise."""
    paragraphs = [p for p in re.split(r"\n\s*\n", body) if p.strip()]
    for i, paragraph in enumerate(paragraphs[:_SUBHEADS + 1]):
        if _WIRE_DATELINE.match(paragraph.strip()):
            if i == 0:
                return body
            subheads = paragraphs[:i]
            if all("\n" not in p.strip() and len(p.strip()) <= 120 and not p.strip().endswith((".", "?", "!", '"'))
                   for p in subheads):
                return body[body.index(paragraph):]
            return body
    return body


_FIGURE_DAY_CHARS = 3000  # how far after a market report's first sentence `_figure_day` reads


def _lead_day(body: str, published: dt.date) -> str | None:
    """The day ("YYYY-MM-DD", see `_match_day`) of the first weekday or "yesterday" the first sentence of `body` names
    outside a clause still to come and a speaker's clause ("OPEC+ announced on Monday it will lower output", an
    announcement being the event; not "the board said on Thursday", which dates a report); None when it names none."""
    first = _first_sentence(body)
    speaking = load_words().reporting_verbs
    named = next((m for m in _rules(load_words()).event_day.finditer(first) if m.group(0).lower() in DAY_WORDS
                  and not _in_future_clause(first, m.start())
                  and not any(w in speaking for w in re.split(r"[,;:()\u2014\u2013]", first[:m.start()])[-1].lower().split())),
                 None)
    return _match_day(named.group(0), published).isoformat() if named is not None else None


def _results_day(body: str, published: dt.date) -> str | None:
    """The day ("YYYY-MM-DD") before publication that the first sentence of a results story's `body` reports its results
    on: the first weekday, "yesterday" or a word of rules/frame.json `event_day_words` naming the night before ("last
    night") it names outside a clause still to come (a verb of reporting included: the report is the event); None when it
    names none, or only the day of publication ("today", the day's own weekday)."""
    first = _first_sentence(body)
    named = next((m for m in _rules(load_words()).event_day.finditer(first)
                  if m.group(0).lower() not in ("today", "tonight") and not _in_future_clause(first, m.start())), None)
    if named is None:
        return None
    word = named.group(0).lower()
    day = day_of_week_before(word if word in DAY_WORDS else "yesterday", published)
    return day.isoformat() if day is not None and day < published else None


def _figure_day(text: str, first: str, published: dt.date) -> dt.date | None:
    """The day (see `_day_named`, not a day written with "'s") the first sentence after `first` in `text` with a figure in
    digits, or with a market's words and a day ("Oil prices drifted down in early trading on Friday" under a sub-headline
    of figures), names, among the LEAD_SENTENCES sentences of at least _SENTENCE_WORDS words after it (a section's heading
    line, "ENERGY", is none, nor is a page's stamp of a time and a date); None when that sentence names none or there is
    no such sentence."""
    at = text.find(first)
    if at < 0:
        return None
    after = text[at + len(first):at + len(first) + _FIGURE_DAY_CHARS].strip()  # (the lead's reach, not the whole text)
    parts = [part for part in _FIRST_SENTENCE.split(after) if len(part.split()) >= _SENTENCE_WORDS
             and not _STAMP.fullmatch(_DATE.sub(" ", part))]  # (not a page's stamp: "Reuters Published 05 Sep, 2025 09:22am")
    figured = next((part for part in parts[:LEAD_SENTENCES] if re.search(r"\d", _DATE.sub(" ", part))
                    or _market_words(part) and _day_named(part, published, possessive=False) is not None), None)
    return _day_named(figured, published, possessive=False) if figured is not None else None


# The "'s" after a day ("from Friday's price"): a session before the one a market report reports.
_POSSESSIVE_DAY = re.compile(r"['\u2019]s\b")


@lru_cache(maxsize=4)
def day_close(words: FrameWords) -> re.Pattern[str]:
    """A day written with "'s" right before the noun of a close of rules/frame.json `previous_close_words` (its last
    word: "close", "settlement"), group 1 the day: "weaker from Wednesday's close of 51.71", "Friday's settlement"."""
    nouns = {phrase.split()[-1] for phrase in words.previous_close_words}
    return re.compile(rf"\b({'|'.join(sorted(DAY_WORDS))})['\u2019]s\s+{alternatives(nouns)}", re.I)


# A previous session's level written after "from" with its day ("the kiwi ended at 69.80 US cents, down from 70.63
# cents yesterday", "up from 1.2310 on Monday"), group 1 the day: the session before the one the report's closes are of.
_FROM_DAY = re.compile(rf"\bfrom\s+[^\s\d]{{0,4}}\d[\d.,]*[^\s\d]{{0,6}}\s+(?:on\s+)?({'|'.join(sorted(DAY_WORDS))})\b(?!['\u2019])",
                       re.I)


def _session_after(body: str, published: dt.date) -> dt.date | None:
    """The trading day after the session a market report's `body` names as the previous close ("weaker from Wednesday's
    close of 51.71", "from Wednesday's close of 7.15 percent"; see `day_close`) or as the day of an old level after
    "from" ("down from US70.63c yesterday", see `_FROM_DAY`): the day its closes of no named day are
    of, when on or before `published` (a report of Thursday's close published on Thursday); None when the body names no
    such close."""
    named = day_close(load_words()).search(body) or _FROM_DAY.search(body)
    if named is None:
        return None
    before = _match_day(named.group(1), published)
    day = before + dt.timedelta(days=1)
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day if day <= published else None


def _later_day(body: str, first: str, published: dt.date) -> dt.date | None:
    """The day (see `_day_named`) the first sentence after `first` in the lead of `body` with a figure in digits names,
    within LEAD_SENTENCES sentences ("Trading resumes on Friday. On Wednesday, the Varex index ended 120 points lower" ->
    Wednesday); None when that sentence names none."""
    parts = _FIRST_SENTENCE.split(body.strip())
    after = parts[parts.index(first) + 1:parts.index(first) + LEAD_SENTENCES] if first in parts else []
    figured = next((part for part in after if re.search(r"\d", _DATE.sub(" ", part))), None)
    return _day_named(figured, published, possessive=False) if figured is not None else None


def _close_of_today(sentence: str) -> bool:
    """Whether a market report's first sentence, which names no weekday, dates its close by the day of publication:
    a close in the present perfect (rules/frame.json `perfect_auxiliaries` right before a word of `close_words`, maybe
    with one word between: "The benchmark index has closed above 50,000 points") or a word of `close_today_words`
    ("Shares ended higher today", "The rupee closes flat"). A close in the simple past with no day named ("The dollar
    closed flat against the rupee", "Oil prices settled mixed"), as a paper printed the morning after writes it, is the
    close of the trading day before."""
    words = load_words()
    lowered = sentence.lower()
    if any(re.search(rf"\b{re.escape(w)}\b", lowered) for w in words.close_today_words):
        return True
    tokens = re.findall(r"[a-z]+", lowered)
    return any(t in words.close_words and (tokens[i - 1] in words.perfect_auxiliaries
                                           or i > 1 and tokens[i - 2] in words.perfect_auxiliaries)
               for i, t in enumerate(tokens) if i > 0)


def _trading_day_before(published: dt.date) -> dt.date:
    """The last weekday before `published` (a Monday's paper reports Friday's close)."""
    day = published - dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


# A close written with the noun or the bare verb: "The rupee gained 4 paise to close at 45.63", "At the close in Tokyo, the
# Kestrel 400 added 0.58%" (not "close to 1%", a hedge).
_CLOSE_NOUN = re.compile(r"\b(?:to\s+close\s+(?:at|higher|lower|up|down|flat)|at\s+the\s+close)\b", re.I)


def _closed_today(sentence: str, published: dt.date) -> bool:
    """Whether a market report's first sentence says a market closed (rules/frame.json `close_words`: "The benchmark
    index has closed above 50,000 points", "Shares ended higher today") and names no weekday and no period of its own
    besides the year or the month of publication: a close of the day of publication."""
    words = load_words()
    tokens = set(re.findall(r"[a-z]+", sentence.lower()))
    if tokens.isdisjoint(words.close_words) and not _CLOSE_NOUN.search(sentence) \
            or _rules(words).event_day.search(sentence) and "today" not in tokens:
        return False
    return all(m.period in _this_year_or_month(published) for m in find_periods(sentence, published)
               if m.period and not m.base and m.kind not in SPAN_KINDS)  # "the first time since March 2019" is a base


# A day written with its month after "on" or "of" ("on August 11", "of 6 February 2023", "on Aug. 11, 2014").
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_ON_DATE = re.compile(rf"\b(?:on|of)\s+(?:(?:the\s+)?(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m1>{_MONTH_NAMES})\.?"
                      rf"|(?P<m2>{_MONTH_NAMES})\.?\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?)(?![\d:])(?:,?\s+(?P<y>(?:19|20)\d\d))?\b",
                      re.I)
_EVENT_DATE_DAYS = 62  # an event a story leads with took place within two months of publication
_DATE_VERB_WORDS = 3  # a verb that dates a report stands right before its date ("the office said on 3 March")


def _event_date(body: str, published: dt.date) -> dt.date | None:
    """The day of the event the first sentence of `body` (the text after the headline) dates with its month after
    "on" or "of" ("the flood of August 11, 2014", "the earthquake on 6 February"), on or before publication and within
    _EVENT_DATE_DAYS of it, with no speaker's or publisher's verb in the _DATE_VERB_WORDS words of its clause before
    it (see `_day_named`: "figures released on 3 March" date a report), in a sentence with no word of a market's day.
    None otherwise."""
    first = _first_sentence(body)
    if _market_words(first):
        return None
    for found in _ON_DATE.finditer(first):
        if _dates_a_report(first[:found.start()], _DATE_VERB_WORDS):
            continue
        month = MONTHS[(found.group("m1") or found.group("m2")).lower()]
        year = int(found.group("y")) if found.group("y") else published.year if month <= published.month \
            else published.year - 1
        try:
            day = dt.date(year, month, int(found.group("d1") or found.group("d2")))
        except ValueError:
            continue
        if dt.timedelta(0) <= published - day <= dt.timedelta(days=_EVENT_DATE_DAYS):
            return day
    return None


# The most days after publication a price change a lead announces takes effect on.
_EFFECTIVE_WITHIN = 7


# A death toll, the count of a disaster's dead, is no toll charged ("The death toll due to the rains rose to 42 with the
# authorities on Sunday reporting 10 more deaths").
_DEATH_TOLL = re.compile(r"\bdeath\s+tolls?\b")


def _effective_day(lead: str, published: dt.date) -> dt.date | None:
    """The day a price change the lead announces takes effect on: a sentence of `lead` with a noun of rules/frame.json
    `price_nouns` and a cue of `effective_day_cues` ("effective from", "with effect from", "takes effect"), or "on"
    after a word of `future_words` or `scheduled_words` ("is to drop on Wednesday"), right before a weekday (the first on or after publication), "midnight", "tonight"
    or "tomorrow" (the day after publication), within _EFFECTIVE_WITHIN days of publication. None otherwise."""
    words = load_words()
    cues = alternatives(words.effective_day_cues | {"on"})
    days = "|".join(sorted(d for d in DAY_WORDS if d != "yesterday"))
    named = re.compile(rf"{cues}\s+(?:(?:from|on|at)\s+)?(?:midnight\s+(?:on\s+)?)?({days}|midnight|tonight|tomorrow)\b", re.I)
    future = _rules(words).future
    scheduled = re.compile(alternatives(words.scheduled_words), re.I)
    for sentence in re.split(r"(?<=[.!?])\s+|\n", lead):
        tokens = set(re.findall(r"[a-z]+", _DEATH_TOLL.sub(" ", sentence.lower())))
        if tokens.isdisjoint(words.price_nouns):
            continue
        for found in named.finditer(sentence):
            if _POSSESSIVE_DAY.match(sentence, found.end()):
                continue  # "added $1.50 from Friday's price": a session before, no day a change takes effect
            if found.group(0).lower().startswith("on ") and not future.search(sentence, 0, found.start()) \
                    and not scheduled.search(sentence, 0, found.start()):
                continue  # "on Wednesday" dates a change only after "will", "is to": "prices fell on Wednesday" is past
            word = found.group(1).lower()
            day = day_of_week_before(word, published, ahead=True) if word in DAY_WORDS else published + dt.timedelta(days=1)
            if day is not None and dt.timedelta(0) <= day - published <= dt.timedelta(days=_EFFECTIVE_WITHIN):
                return day
    return None


@lru_cache(maxsize=4)
def _background_clause(words: FrameWords) -> re.Pattern[str]:
    """The words of a clause that sets the background to the one a sentence reports, up to a mention in it: a word of
    rules/frame.json `concessive_openers` ("after one-off pause in April", "After keeping the rate on hold last month")
    with no comma, stop, bracket or line break between."""
    return re.compile(rf"{alternatives(words.concessive_openers)}\s[^,;:.!?()\n\u2014]*$", re.I)


def _in_background(lead: str, mention: PeriodMention, background: re.Pattern[str]) -> bool:
    """Whether `mention` (offsets in `lead`) stands in a clause `background` matches (see `_background_clause`)."""
    return background.search(lead, max(0, mention.start - 120), mention.start) is not None


def _rate_decision(body: str) -> bool:
    """Whether the first sentence of `body` (the text after the headline) reports a decision on a central bank's rate:
    a phrase of rules/frame.json `policy_rate_words` and a verb of `rate_decision_verbs`, in a sentence with no word of
    a market's day."""
    first = _first_sentence(body)
    if _market_words(first):
        return False
    low = " ".join(first.lower().split())
    words = load_words()
    return any(re.search(rf"\b{re.escape(phrase)}\b", low) for phrase in words.policy_rate_words) \
        and not words.rate_decision_verbs.isdisjoint(re.findall(r"[a-z]+", low))


def _poll_lead(lead: str) -> bool:
    """Whether the lead (headline and first paragraphs) reports an opinion poll: a phrase of rules/frame.json
    `poll_words` ("poll", "opinion poll")."""
    low = " ".join(lead.lower().split())
    return any(re.search(rf"\b{re.escape(phrase)}\b", low) for phrase in load_words().poll_words)


def _study_lead(lead: str) -> bool:
    """Whether the lead reports a study: a word of rules/frame.json `study_nouns` or `study_people` ("study", "trial",
    "researchers", "the authors")."""
    words = load_words()
    tokens = set(re.findall(r"[a-z]+", lead.lower()))
    return not tokens.isdisjoint(words.study_nouns | words.study_people)


_THREE_MONTHS = re.compile(r"\b(?:three|3)[\s-]+months?\s+(?:to|ended|ending|through)\b", re.I)


def _opening_end(text: str, lead: str) -> int:
    """Where the headline and the first sentence after it end in `text` (whose first sentences are `lead`)."""
    head = headline_end(text)
    first = _first_sentence(lead[head:])
    at = lead.find(first, head) if first else -1
    return at + len(first) if at >= 0 else head


def _first_sentence(body: str) -> str:
    """The first sentence of `body` with at least _SENTENCE_WORDS words (not a byline or a place line), not a page's
    stamp of a time and a date ("3:15 pm on 14 May 2009", "Updated 10:15 AM, 3 March 2024")."""
    return next((part for part in _FIRST_SENTENCE.split(body.strip()) if len(part.split()) >= _SENTENCE_WORDS
                 and not _STAMP.fullmatch(_DATE.sub(" ", part))), "")


# What is left of a page's time stamp once its date is taken out: a time of day and at most two short words ("4:00 pm
# on", "Updated 10:15 AM,").
_STAMP = re.compile(r"\W*(?:[A-Za-z]+\W+){0,2}\d{1,2}[:.]\d\d(?:\s*[ap]\.?m\.?)?\W*(?:[A-Za-z]+\W*){0,2}", re.I)


def _market_words(sentence: str) -> bool:
    """Whether `sentence` names a market's day: a word of rules/frame.json `market_nouns`, `index_name_words` or
    `market_day_words` ("market(s)"), or a currency of `currencies` ("Stocks fell", "the benchmark index", "The rupee
    dipped")."""
    words = load_words()
    tokens = set(re.findall(r"[a-z]+(?:-[a-z]+)?", sentence.lower()))
    return not tokens.isdisjoint(words.market_nouns | words.index_name_words | (words.currencies - words.match_verbs)
                                 | words.commodity_markets) \
        or not tokens.isdisjoint(words.market_day_words)


def _in_future_clause(sentence: str, at: int) -> bool:
    """Whether the clause up to character `at` (from the last comma, dash or bracket before it) holds a word of
    `future_words` ("Markets will be shut for trading on Wednesday", "is set to return on Friday"): a day named there
    is a day to come; so is a day in a phrase opening the sentence whose main clause after the comma holds one ("On
    Tuesday at 6 PM, the County Commission will vote to ...")."""
    future = _rules(load_words()).future
    if future.search(re.split(r"[,;:()\u2014\u2013]", sentence[:at])[-1]) is not None:
        return True
    if re.fullmatch(r"\s*(?:on\s+)?", sentence[:at], re.I) and (comma := sentence.find(",", at)) > 0:
        # (the main clause up to its first figure: "On Sunday, Mutai won in 2:03:02 and will defend the title" is the
        # day of the race)
        return future.search(re.split(r"[,;:()\u2014\u2013]|\d", sentence[comma + 1:])[0]) is not None
    return False


def _day_named(sentence: str, published: dt.date, *, possessive: bool = True) -> dt.date | None:
    """The day of the first word of `_Rules.event_day` in `sentence` whose clause (up to it from the last comma, dash or
    bracket) holds no speaker's or publisher's verb (rules/frame.json `reporting_verbs`, `publishing_verbs`,
    `comment_verbs`: "the agency said on Tuesday" dates a report) and no word of `future_words` ("Markets will be shut for
    trading on Wednesday" names a day to come, not the day of the figures), on or before publication (see `_match_day`);
    with `possessive` False (a market's day), not a day written with "'s" (a market report's "added $1.50 from Friday's
    price", the session before the one it reports), and a verb right before a figure moves a price (see
    `_dates_a_report`)."""
    rules = _rules(load_words())
    for named in rules.event_day.finditer(sentence):
        if _dates_a_report(sentence[:named.start()], moves=not possessive) \
                or _in_future_clause(sentence, named.start()) \
                or not possessive and _POSSESSIVE_DAY.match(sentence, named.end()) \
                and not _session_reported(sentence, named.start(), named.end()):
            continue
        if not possessive and named.group(0).lower() in DAY_WORDS \
                and (day := day_of_week_before(named.group(0), published, market=True)) is not None:
            return day  # (a market's weekday the day after publication is that day: see `day_of_week_before`)
        return _match_day(named.group(0), published)
    return None


def _session_reported(sentence: str, start: int, end: int) -> bool:
    """Whether the weekday at `start`-`end` of a market report's `sentence`, written with "'s", names the session the
    sentence reports: a noun of rules/frame.json `session_nouns` follows it, maybe with one word between, and a word of
    `session_day_openers` or nothing stands before it ("Stocks closed higher on Thursday's shortened session", "The
    Varex index closed Wednesday's trade up 95 points"; not "from Friday's session", "extending Thursday's gains")."""
    words = load_words()
    after = re.findall(r"[\w-]+", sentence[end:end + 40].lower())[1:3]  # (the "s" of "'s" first)
    if not any(word in words.session_nouns for word in after):
        return False
    before = re.findall(r"[a-z]+", sentence[max(0, start - 20):start].lower())
    return not before or before[-1] in words.session_day_openers


def _dates_a_report(before: str, last: int | None = None, *, moves: bool = False) -> bool:
    """Whether the clause that ends `before` (the text up to a day or a date, from the last comma, dash or bracket; only
    its `last` words when given) holds a speaker's or publisher's verb (rules/frame.json `reporting_verbs`,
    `publishing_verbs`, `comment_verbs`, an inflection's last one to three letters cut: "said", "released"): the day
    dates a report, not an event. With `moves` (a market's day), a verb right before a figure moves a price, no
    speaker's: "crude added $1.50 to finish at $94.50 a barrel on Monday"."""
    words = load_words()
    verbs = words.reporting_verbs | words.publishing_verbs | words.comment_verbs
    clause = re.split(r"[,;:()\u2014\u2013]", before)[-1].lower().split()
    if last is not None:
        clause = clause[-last:]
    # (a word right after a figure is its unit, no verb: "closed 120 points higher on Tuesday")
    return any(word[:len(word) - cut] in verbs for i, word in enumerate(clause) for cut in (0, 1, 2, 3)
               if len(word) - cut > 2 and not (i and re.search(r"\d", clause[i - 1]))
               and not (moves and i + 1 < len(clause) and re.search(r"\d", clause[i + 1])))


def _deal_lead(lead: str) -> bool:
    """Whether the lead reports an acquisition agreed or proposed now: a word of rules/frame.json "deal_lead_verbs"
    ("agreed", "agrees", "offered", "an offer", "is"; and "to") before a verb of "deal_verbs" ("agreed to buy", "is to
    acquire"), a headline's "to" before one ("Amazon to buy Whole Foods", not after a word of "not_deal_before": "How to
    buy a house"; not the body's "went to buy more food"), or a noun of "deal_nouns" with a word of "deal_terms" ("three
    takeover proposals", "a merger deal")."""
    words = load_words()
    low = lead.lower()
    tokens = set(re.findall(r"[a-z]+", low))
    if not tokens.isdisjoint(words.deal_nouns) and not tokens.isdisjoint(words.deal_terms):
        return True
    headline = lead.split("\n", 1)[0]
    rules = _rules(words)
    return any(re.search(rf"\b{rules.deal_lead_verbs}\s+(?:to\s+)?{re.escape(verb)}\b", low)
               or re.search(rf"{rules.not_deal_before}\s+to\s+{re.escape(verb)}\b", headline, re.I) and re.match(r"[A-Z]", headline)
               for verb in words.deal_verbs if verb.split()[0] in tokens)


def _transfer_lead(lead: str) -> bool:
    """Whether the lead reports a player signed: a verb of rules/frame.json "signing_verbs" ("signed", "completed")
    with a noun of "player_nouns" ("striker", written in lower case below the headline) and one of "transfer_nouns",
    "contract_nouns" or "fee_nouns" ("fee")."""
    words = load_words()
    tokens = set(re.findall(r"[a-z]+(?:-[a-z]+)?", lead.lower()))
    # (a player noun in a name's capitals is no player: "a deal with the International Monetary Fund"; a headline may
    # write every word in capitals)
    headline, _, body = lead.partition("\n")
    players = set(re.findall(r"[a-z]+(?:-[a-z]+)?", headline.lower())) | set(re.findall(r"\b[a-z]+(?:-[a-z]+)?", body))
    return not tokens.isdisjoint(words.signing_verbs) and not players.isdisjoint(words.player_nouns) \
        and not (tokens.isdisjoint(words.transfer_nouns) and tokens.isdisjoint(words.contract_nouns)
                 and tokens.isdisjoint(words.fee_nouns))


def _match_day(lead: str, published: dt.date) -> dt.date:
    """The day of the match the lead reports: the last weekday it names on or before publication ("on Saturday"),
    the day before for "yesterday" or a word of rules/frame.json `night_before_words` ("last night"), else the
    publication date."""
    low = lead.lower()
    words = load_words()
    weekend = re.compile(alternatives(words.weekend_words))
    ahead = re.compile(rf"{alternatives(words.match_ahead_words)}[^.,;:]*$")
    # (not a day of a match to come, "ahead of their match at Blackburn on Monday"; "at the weekend", a word of
    # rules/frame.json `weekend_words`, is the Saturday before publication: "scored two goals apiece in a 5-1 rout of
    # Osasuna at the weekend" out on Monday 2 April -> Saturday 31 March)
    named = next((m for m in sorted([*_rules(words).match_day.finditer(low), *weekend.finditer(low)], key=lambda m: m.start())
                  if not ahead.search(low, max(0, m.start() - 60), m.start())), None)
    if named is None:
        return published
    if weekend.fullmatch(named.group(0)):
        return day_of_week_before("saturday", published) or published
    word = named.group(1) if named.group(1) in DAY_WORDS else "yesterday"  # "last night"
    return day_of_week_before(word, published) or published


def paragraph_starts(text: str) -> list[int]:
    """Character offsets where the paragraphs of `text` start: after each blank line; in a text whose body has no
    blank line, as copy taken from a web page often has (a headline, a blank line at most, then one paragraph a
    line), after each line break of the body."""
    blank = [m.end() for m in re.finditer(r"\n\s*\n", text)]
    body = blank[0] if len(blank) == 1 else 0
    if len(blank) <= 1 and text.count("\n", body) >= 2:
        return sorted({0, *blank, *(m.end() for m in re.finditer(r"\n\s*", text) if m.start() >= body)})
    return [0] + blank


def summer_season(value: str | None, kind: str | None, model: ArticleModel) -> str | None:
    """The period of a summer mention ("this summer", "last summer": `kind` "relative_summer", `value` its year) in an
    article that reports a season: the season that summer starts ("spent £140 million this summer", published in August
    2025 → 2025-26; "signed last summer" → 2024-25), a transfer window's season; elsewhere the year."""
    if kind != "relative_summer" or not value or not re.fullmatch(r"(?:19|20)\d\d", value) \
            or model.period is None or model.period.kind not in _SEASON_KINDS:
        return value
    return f"{value}-{(int(value) + 1) % 100:02d}"


def two_year_relative(value: str | None, kind: str | None, model: ArticleModel) -> str | None:
    """A relative year ("this year", "so far this year", "last year": `kind` "relative_year" or "ytd", `value` its
    calendar year) in a story that reports a year named with both years ("2014-15", outside a results or budget story,
    whose fiscal years are read elsewhere): that story's kind of year, the one in progress at publication for "this
    year" (the story's own when it is that one: "20,400 patients this year, up from 6,000 in 2013-14" in March 2015 is
    2014-15), shifted as the mention shifts; elsewhere the calendar year."""
    lead = model.period
    if kind not in ("relative_year", "ytd") or not value or not re.fullmatch(r"(?:19|20)\d\d", value) \
            or model.fiscal or model.published is None or lead is None or lead.kind not in ("season", "season_long", "budget_years") \
            or not lead.period or not re.fullmatch(r"(?:19|20)\d\d-\d\d", lead.period):
        return value
    now = model.published.year
    start = int(lead.period[:4]) if int(lead.period[:4]) in (now - 1, now) else now if model.published.month >= 4 else now - 1
    start += int(value) - now
    return f"{start}-{(start + 1) % 100:02d}"


# (not a year written with both years, "FY 2020-21", "fiscal year 2025-26": the two-year way, see `as_written`)
_FY_WRITTEN = re.compile(r"\bFYE\b|\bFY\s?'?(?:19|20)?\d\d\b(?!\s*[-/\u2013]\s*\d)"
                         r"|\bfiscal\s+(?:year\s+)?(?:19|20)?\d\d\b(?!\s*[-/\u2013]\s*\d)")


# The kinds of mention that name a fiscal year without writing it ("the current year", "the last financial year", "for the
# full year", "a year earlier"; carried from the lead): in a text that writes its years only with both years
# (`ArticleModel.two_year_only`), labelled that way.
_UNWRITTEN_YEAR_KINDS = ("relative_year", "relative_fiscal_year", "latest_fiscal_year", "full_year", "for_the_year", "ytd",
                         "years_ago", "same_period_ago", "previous", "current", "next", "latest")


def as_written(value: str | None, model: ArticleModel, kind: str | None = None) -> str | None:
    """A fiscal year (`value`, "FY2025") in the form the article writes its reporting year in, when its lead names that
    year with both years ("fell for the third year running in 2024-25"): "in the financial year to March 2025" and
    "a year earlier" are then 2024-25 and 2023-24, as the story writes them; unchanged elsewhere and where the text
    also writes fiscal years the FY way ("FYE March 2023", "fiscal 2025")."""
    lead = model.period
    if value and (model.two_year or model.two_year_only and kind in _UNWRITTEN_YEAR_KINDS) and not model.fy_written \
            and re.fullmatch(r"FY(?:19|20)\d\d", value):
        # a UK council's or government's budget year, whose text names no year the FY way: "2005-06"
        return f"{int(value[2:]) - 1}-{int(value[2:]) % 100:02d}"
    if value and not model.fy_written and value in model.two_year_written:
        # "the financial year to end-March" in crime statistics that write "up from 2017/18 to 2018/19": the year as the
        # text writes it, 2018-19 (a year the text writes only the fiscal way stays FY2019)
        return f"{int(value[2:]) - 1}-{int(value[2:]) % 100:02d}"
    if not value or model.fy_written or lead is None or lead.kind not in ("season", "season_long", "budget_years") or not lead.period \
            or not re.fullmatch(r"FY(?:19|20)\d\d", value) or as_fiscal_year(lead.period) == lead.period:
        return value
    year = int(value[2:])
    return f"{year - 1}-{year % 100:02d}"


_FY_LABEL = re.compile(r"\bFY((?:19|20)\d\d)\b")


def as_calendar(value: str | None, model: ArticleModel) -> str | None:
    """A fiscal period label (`value`: "FY2025", "Q4 FY2025", "H1 FY2025", "FY2020-FY2026") as the calendar period it is
    ("2025", "Q4 2025", "H1 2025", "2020-2026") in a story of an organisation keeping its books on calendar years
    (`model.calendar_books`): "the fourth quarter" of a bank whose text names no fiscal year is looked up as Q4 2025, the
    label a reader writes; unchanged elsewhere."""
    if not value or not model.calendar_books:
        return value
    return _FY_LABEL.sub(r"\1", value)


_HALF_SPANS = ("between_months", "months_to")


def half_span(value: str | None, kind: str | None, model: ArticleModel) -> str | None:
    """A span of months (`kind` "between_months", "months_to") ending in the month the article's fiscal half ends in, or
    the same month a year before ("between April and September this year", "a year earlier"), as that half or the one a
    year back ("H1 FY2022", "H1 FY2021"); the calendar half the lead wrote for it ("the first half of 2021") as that
    half; `value` unchanged elsewhere."""
    if model.half_month is None or model.period is None or not value:
        return value
    if value == model.half_written and kind in ("half", "bare_half") \
            or value == model.half_month and kind in _HALF_SPANS:
        return model.period.period
    year, month = model.half_month.split("-")
    if kind in (*_HALF_SPANS, "years_ago", "same_period_ago") and value == f"{int(year) - 1}-{month}":
        return shift_period(model.period.period, 1)
    return value


def headline_end(text: str) -> int:
    """The end of the text's first line when it is a headline: a line of its own, of at most 25 words, not
    ending in a full stop; 0 otherwise."""
    first = text.lstrip()
    line = first.split("\n", 1)[0].rstrip()
    if "\n" not in first or not line or line.endswith(".") or len(line.split()) > 25:
        return 0
    return len(text) - len(first) + len(line)


def label(mention: PeriodMention, fiscal: bool) -> str | None:
    """The normal form of `mention`; in a results or budget story a bare year ("in 2025", "last year",
    "2006-2026") is read as the fiscal year of that name, and "at the end of December" as the end of that year."""
    period = mention.period
    if not (fiscal and period):
        return period
    if mention.kind in ("year", "relative_year", "next_span") and re.fullmatch(r"(?:19|20)\d\d", period):
        return f"FY{period}"
    if mention.kind in ("month", "month_year") and period.endswith("-12") and re.search(r"\bend\s+of\b", mention.text, re.I):
        return f"FY{period[:4]}"  # "employed 38,400 people at the end of December": the year-end of the accounts
    if mention.kind in SPAN_KINDS and re.fullmatch(r"(?:19|20)\d\d-(?:19|20)\d\d", period):
        first, last = period.split("-")
        return f"FY{first}-FY{last}"
    return period


def section_model(text: str, start: int, end: int, lead_ends: int, article: ArticleModel,
                  comment: Callable[[PeriodMention], bool] | None = None) -> ArticleModel | None:
    """The article model of a round-up's section: the text from its heading (at character `start`, a line naming the
    section's company, team or place) to the next heading (`end`), read as a story of its own whose first sentences end
    at `lead_ends` (in the whole text). A wire round-up of results ("Discover Financial" under Apple's story), of
    matches or of funding rounds reports each section on its own period and its own calendar: "the second quarter" of a
    bank that keeps calendar years, under a section on a fiscal third quarter. None when the section's first sentences
    name no period of their own: the section keeps the article's reading.

    The section's model keeps the article's offsets (`paragraphs`, `headline_end`) and shifts its own (`results_end`)
    by `start`.
    """
    model = build(text[start:end], article.published, max(lead_ends - start, 0), comment=comment)
    if model.period is None:
        return None
    if model.year_end is None and article.year_end is not None and model.period.kind == "quarter_ended":
        # a section that names no calendar of its own and dates its quarter only by the day it ended ("for the quarter
        # ended March 31, 2025") may be a fiscal third quarter as well as a calendar first one: it keeps the article's
        # calendar, as a round-up of one country's refiners shares its fiscal year ("For the nine-month period" of the
        # second refiner is its fiscal nine months too); a bare "the second quarter" under a fiscal company's section
        # is the section's own calendar quarter
        return None
    return replace(model, paragraphs=article.paragraphs, headline_end=article.headline_end,
                   results_end=model.results_end + start if model.results_end else 0)
