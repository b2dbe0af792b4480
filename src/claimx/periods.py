"""Periods: find period expressions in text and normalise them; the one calendar the pipeline,
the reference packs and the checker share.

Normal forms (what `Claim.period` and `Frame.period.value` hold, and what pack facts are labelled):
  "2025"                a calendar year ("in 2025"; "last year" in an article of 2026)
  "FY2026"              a fiscal year, named by the calendar year it ends in ("fiscal 2026", "FY26",
                        "FYE March 2026", "the financial year to March 2026", "the year to 31 January 2026")
  "Q3 2025", "Q3 FY2026" a calendar or fiscal quarter; "H1 2025", "H1 FY2026" a half
  "2025-09"             a month ("September 2025"; "in September", "last month", "at the end of
                        September" resolved against the publication date; "the 12 months to September")
  "2025-26"             a season or a financial year written with both years ("2025/26", "2025-26")
  "2015-2024"           a span ("between 2015 and 2024", "from 2015 to 2024", "since 2015")
  "latest fiscal year", "latest Q4", "latest quarter", "past 20 years": what cannot be pinned down
                        without the publication date or a pack

A mention can also be *relative to the claim's own period* ("a year earlier", "the same quarter last
year", "the previous year"): its `shift` says how many years back, and `shift_period` applies it once
the claim's own period is known. A mention introduced as a comparison base ("up 12% on 2024", "from
the 1991-2000 average") has `base=True`.
"""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import lru_cache
import unicodedata
from dataclasses import dataclass, replace
from typing import Literal

from claimx.grammar.units import compile_cached
from claimx.lexicon import alternation, load_lexicon

MONTHS = {name: number for number, names in enumerate(
    (("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")), start=1) for name in names}
QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4, "final": 4, "last": 4}
HALF_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2}
NUMBER_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "several": 3}

_Y = r"(?:19|20)\d\d"
# a number of weeks written in words ("the six weeks to Jan. 4"; `months_to`)
_WEEK_COUNT = "two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|sixteen|seventeen|eighteen"
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?"
# "to the end of" before a month ("the three months to the end of September"): a window dated to the month's last day
_TO_MONTH_END = compile_cached(r"\bto\s+(?:the\s+)?end\s+of\b", re.I)
_FULL_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
# (and "the final quarter", "the last quarter of 2009": the fourth; "last quarter" alone is the latest one, relative_quarter)
_LAST_OF_YEAR = r"[\s-]quarter\s+of\s+(?:(?:last|this|next)\s+year|(?:19|20)\d\d)\b"
_QO = rf"(?:first|second|third|fourth|1st|2nd|3rd|4th|final|last(?={_LAST_OF_YEAR}))"
_LATEST = r"(?:latest|most\s+recent|just-ended|recently\s+completed)"
_FISCAL = r"(?:fiscal(?:\s+year)?|financial\s+year|FY|budget\s+year)"
# Words of a record that reaches back to a time ("the highest since 2008"), in "record_since".
_RECORD = (r"highest|lowest|biggest|largest|smallest|best|worst|strongest|weakest|sharpest|steepest|fastest|"
           r"slowest|deepest|first|most|least|fewest|longest|shortest|warmest|coldest|hottest|wettest|driest|busiest|"
           r"quietest|cheapest|heaviest|lightest|fullest|greatest|"
           # "rising faster than at any time since 2007": a comparison with every time since then
           r"any\s+time|any\s+point|"
           # and any superlative in -iest: "the sunniest since 2008", "the snowiest", "the earliest"
           r"[a-z]{2,}iest")
_SEASON_WORDS = load_lexicon()["season_words"]
_SPORT_CONTEXT = compile_cached(alternation(_SEASON_WORDS["context"]), re.I)
# "wildfires this season", "the flu season": a season inside a calendar year (rules/lexicon.json "calendar_season_words")
_CALENDAR_SEASON = compile_cached(alternation(load_lexicon()["calendar_season_words"]["words"]), re.I)
_NO_SEASON = compile_cached(r"\bseasons?\b", re.I)  # "season" itself is no sport's context here
# "the December wheat contract", "March corn futures": a delivery month (rules/lexicon.json "month_contract_words")
# "the benchmark 7.26% 2033 bond", "the 10-year paper maturing in 2034": a bond's maturity, no period of a figure
# (rules/lexicon.json "maturity_year_words")
_MATURITY_BEFORE = compile_cached(alternation(load_lexicon()["maturity_year_words"]["before"]) + r"\s+$", re.I)
_MATURITY_AFTER = compile_cached(r"\s+" + alternation(load_lexicon()["maturity_year_words"]["after"]), re.I)
_CONTRACT_AFTER = compile_cached(r"(?:\s+[\w-]+){0,2}?\s+" + alternation(load_lexicon()["month_contract_words"]["words"]), re.I)
# "Brent crude for June gained 65 cents", "Silver for July rose": a traded good right before "for" and a month, which
# is then its contract's delivery month (rules/lexicon.json "month_contract_words" "goods")
_GOODS_BEFORE = compile_cached(alternation(load_lexicon()["month_contract_words"]["goods"]) + r"\s+$", re.I)
# "the West Texas Intermediate contract for March", "WTI futures for March", "Brent for delivery in February": a word of a
# contract right before "for" and a month, or "for" and one of them before "in" and a month (rules/lexicon.json
# "month_contract_words" "for_words")
_CONTRACT_FOR_BEFORE = compile_cached(alternation(load_lexicon()["month_contract_words"]["for_words"]) + r"\s+$", re.I)
_FOR_CONTRACT_BEFORE = compile_cached(r"\bfor\s+" + alternation(load_lexicon()["month_contract_words"]["for_words"]) + r"\s+$",
                                      re.I)
# "the second half of this century", "the first quarter of the next decade": a part of a longer span than a year, no
# half-year or quarter (rules/lexicon.json "half_of_spans")
_LONG_SPAN_AFTER = compile_cached(r"\s+of\s+(?:[\w-]+\s+){0,2}" + alternation(load_lexicon()["half_of_spans"]["words"]), re.I)
# Words of a sentence that look ahead (rules/lexicon.json "year_in_progress_cues"): "the year ending March" in a
# sentence holding one is the year in progress ("costs would reach £1.9 billion in the year ending March"), else the
# latest year ended, as "the year to March" is ("made £84 million in the year ending March", published in December)
_IN_PROGRESS = compile_cached(alternation(load_lexicon()["year_in_progress_cues"]["words"]), re.I)
# A word right before the adjective "full-year" that makes it a kind of result, no period ("turned its first full-year
# profit"; rules/lexicon.json "year_in_progress_cues" "first_before")
_FIRST_FULL_YEAR = compile_cached(r"\b(?:" + alternation(load_lexicon()["year_in_progress_cues"]["first_before"]) + r")\s+$", re.I)
_SENTENCE_END = compile_cached(r"[.!?](?:\s|$)")
_SHIFT_WORDS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10}

# (kind, pattern): tried in order; a later pattern never takes text an earlier one matched.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("same_period_ago", compile_cached(
        # ("the corresponding week last year", "this time last year": a weekly report's week a year back)
        # (also "a similar period last year", "same period last year" with no article, as Kenyan and Indian copy writes it)
        r"\b(?:(?:in|over|during|for)\s+)?(?:(?:the|a)\s+)?(?:same|corresponding|similar|comparable)\s+(?:period|quarter|month|time|half|week|three\s+months)\s+"
        r"(?:(?:of|in)\s+)?(?:a\s+year\s+(?:earlier|ago|before|back)|last\s+year|the\s+(?:previous|prior)\s+year|"
        r"(?P<y>" + _Y + r"))\b"
        r"|\b(?:at\s+)?this\s+time\s+(?:last\s+year|a\s+year\s+(?:ago|earlier))\b"
        # wire earnings copy: "in the year-ago quarter", "the year-earlier period", "in last year's fourth quarter"
        r"|\b(?:(?:in|over|during|for)\s+)?the\s+(?:year[- ](?:ago|earlier|prior|previous|before)|prior[- ]year|previous[- ]year)\s+"
        r"(?:period|quarter|three\s+months|six\s+months|half|month)\b"
        # "from a year-ago loss of $183 million", "compared with a year-earlier profit of $4m": the same period a year back
        r"|\ba\s+year-(?:ago|earlier)\b(?=\s+[a-z])"
        r"|\b(?:(?:in|over|during|for)\s+)?last\s+year['\u2019]s\s+(?:(?:first|second|third|fourth)[\s-])?(?:fiscal\s+)?"
        r"(?:quarter|period|half)\b", re.I)),
    ("years_ago", compile_cached(
        r"\b(?P<n>a|one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|1\d|20)\s+years?\s+(?:earlier|ago|before|back)\b"
        r"|\b(?P<dn>a|one|two|three)\s+decades?\s+(?:earlier|ago|before)\b|\byear[- ](?:on|over)[- ]year\b"
        # "up 5.8 per cent on the previous 12 months", "from the 12 months before": a rolling year's year before
        r"|\b(?:from|on|than|against|compared\s+with|over)\s+(?:the\s+)?(?:previous|prior|preceding)\s+(?:year|12\s+months|twelve\s+months)\b"
        r"|\bthe\s+(?:12|twelve)\s+months\s+(?:before|earlier)\b"
        # "up from £2.9bn the year before", "41 cases the year earlier" (not "the year before last", nor "the year before
        # the pandemic": a year named by what it preceded)
        r"|\bthe\s+year\s+(?:before|earlier)\b(?![\s-]+(?:last|the|a|an|its|his|her|their|this|that)\b|-)"
        r"|\blast\s+year['\u2019]?s\b", re.I)),
    ("same_period", compile_cached(r"\b(?:over|in|during|for)\s+(?:the\s+same|that|this)\s+(?:period|time|span)\b"
                               # "a quarter of the rise recorded over the period": the span written before
                               r"|\b(?:over|across|throughout)\s+the\s+period\b(?!\s+(?:from|to|between|ending|ended|of|since)\b)",
                               re.I)),
    # "after a 0.4% increase the month before", "the previous month", "19.5% a month earlier": the month before the
    # claim's own (but "last month" is the month before publication)
    # "up from 3.7% in the previous three months", "three months earlier": that many months back (a rolling quarter's
    # figure is compared with the quarter before it)
    ("months_ago", compile_cached(r"\b(?:the\s+month\s+before|(?:the\s+|(?<=\bfrom\s))(?:previous|prior|preceding)\s+month|(?:a|one)\s+month\s+(?:earlier|before|ago)|"
                              r"the\s+(?:previous|prior|preceding)\s+(?P<n>three|six|3|6)\s+months|"
                              r"(?P<n2>three|six|3|6)\s+months\s+(?:earlier|before)|"
                              # "growth in the previous quarter", "a quarter earlier": the quarter before the claim's own
                              r"the\s+(?:previous|prior|preceding)\s+(?P<q>quarter)|(?:a|one)\s+(?P<q2>quarter)\s+(?:earlier|before))"
                              # not "the previous quarter to July": a rolling quarter named by its month (`months_to`)
                              r"\b(?!\s+last)(?!\s+(?:to|ending|ended|through)\s+(?:the\s+end\s+of\s+)?(?-i:[A-Z]))", re.I)),
    # "174.0 cents a week earlier", "the previous week's total", "compared with 2,950 the week before": a week back from
    # the claim's own day (its month for a claim of a month or a week: see `shift_back`)
    ("weeks_ago", compile_cached(
        r"\b(?:(?:a|one)\s+week\s+(?:earlier|before|ago)|the\s+(?:previous|prior|preceding)\s+week(?:['\u2019]s)?|"
        r"the\s+week\s+before(?=\s*(?:[,.;:)]|$)))\b(?![\s-]+(?:last|to|ending|ended|through)\b)", re.I)),
    # "In the previous session, the index closed 254 points higher", "against its previous close of 7,912": the trading
    # session before the claim's own day (see `shift_back`), as a market report dates its figures by the day
    ("sessions_ago", compile_cached(
        r"\b(?:the\s+|its\s+|a\s+)?(?:previous|prior|preceding)\s+(?:trading\s+)?(?:session|close)(?:['\u2019]s)?\b"
        r"|\bthe\s+session\s+before\b", re.I)),
    # "a buyback of up to $750 million over the next 12 months": a span still to come from publication; a year
    # of it is the year that holds most of it, a longer one ("over the next three seasons") pins no period
    ("next_span", compile_cached(
        r"\b(?:over|in|during|within|for)\s+the\s+(?:next|coming|following)\s+(?P<n>\w+)\s+(?P<u>months|years|seasons|decades)\b"
        r"|\b(?:over|in|during|within|for)\s+the\s+(?:next|coming)\s+(?P<u1>year|season)\b(?!'s)"
        # "ahead of the launch later this year": the rest of the year still to come, no period a figure is reported for
        r"|\blater\s+(?P<later>this\s+year)\b(?!['\u2019])", re.I)),
    # "the highest rate since March 2012", "its best day since March", "the first increase since 2017": a record
    # reaches back to that time, it is not the period of the figure (the mention is the "since ..." words only)
    ("record_since", compile_cached(
        rf"\b(?:{_RECORD})\b[^.;:,\d]{{0,40}}?\s(?P<at>since\s+(?:records\s+began\s+(?:in\s+)?)?"
        rf"(?:(?:the\s+)?(?:start|end|beginning)\s+of\s+)?(?:the\s+year\s+)?"
        # "since late 2007", "since mid-2008", "since early January", "since last November", "since late last year"
        rf"(?:(?:early|mid|late)[\s-]+last\s+year\b|(?:(?:early|mid|late)(?:\s+|-(?=\d)))?(?:(?:last\s+)?(?:\d{{1,2}}\s+)?{_MONTH}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?\b)?(?:,?\s+{_Y})?|(?:the\s+)?{_Y}(?:\s*[-/–]\s*['\u2019]?\d\d(?:\d\d)?)?)|"
        rf"the\s+(?:(?:early|mid|late)[\s-]?)?(?:19|20)\d0['\u2019]?s)\b)",
        re.I)),
    # "its highest level since Kevin Rudd was removed as prime minister in 2010", "the first man to win both races in the
    # same year since Rodgers Rop in 2002": a record reaching back to an event of that year (a record word must come
    # before it in the sentence, see _find): no period of a figure, nor the one an article reports
    ("record_since_event", compile_cached(
        rf"\bsince\s+(?!(?:the\s+)?(?:start|end|beginning|middle|records)\b)(?:[A-Za-z][\w'\u2019.-]*\s+){{1,9}}?(?:in|during)\s+"
        rf"(?P<y>{_Y})(?:[-/\u2013](?:\d\d)?\d\d)?\b(?![,.]?\d|\s*[-/\u2013]\s*\d)", re.I)),  # "... in 2004/05" too
    # "its fiscal second quarter, which ended Oct. 31", "the third quarter ended Aug. 31, 2025"
    ("quarter_ended", compile_cached(
        rf"\b(?:Q(?P<q>[1-4])|(?:the\s+|its\s+)?(?:fiscal\s+)?(?P<qo>{_QO})[\s-](?:fiscal\s+)?quarter|"
        rf"(?:the|its)\s+(?:fiscal\s+)?quarter)(?:\s+results)?,?\s+"
        rf"(?:(?:which|that)\s+)?(?P<to>ended|ending|ends|closed|through)\s+(?:on\s+)?(?:(?P<d1>\d{{1,2}})\s+)?"
        rf"(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\s+\d))(?:\s+(?P<d2>\d{{1,2}})\b)?(?:,?\s+(?P<y>{_Y}))?", re.I)),
    # "the 2017-2018 budget", "its 2024–2025 fiscal year", "the 2023-2024 school year": two running years naming a
    # financial year or season, not a span of years
    ("budget_years", compile_cached(
        rf"(?<![\d,.$€£/-])\b(?P<y>{_Y})\s*[-–]\s*(?P<y2>{_Y})(?=\s+(?:(?:city|county|state|general[\s-]fund|operating|"
        rf"capital|proposed|draft|annual)\s+)?(?:fiscal\s+year|financial\s+year|budget|season|school\s+year|academic\s+year|"
        rf"tax\s+year|spending\s+plan)\b)", re.I)),
    # "the first half of the 2026 financial year", "the third quarter of its 2025 fiscal year": that part of the fiscal year
    ("fiscal_year_part", compile_cached(
        rf"\b(?:the\s+)?(?:(?P<ho>first|second)[\s-]half|(?P<qo>{_QO})[\s-]quarter)\s+of\s+(?:the\s+|its\s+|their\s+)?"
        rf"(?P<y>{_Y})\s+(?:fiscal|financial)\s+year\b", re.I)),
    ("fiscal_year_after", compile_cached(rf"\b(?:the\s+|its\s+)?(?P<y>{_Y})\s+(?:fiscal|financial|budget)\s+year\b", re.I)),
    # "whose fiscal year runs to the end of April": the calendar of the organisation, not the period of a figure
    ("year_end_statement", compile_cached(
        rf"\b(?:fiscal|financial|budget)\s+year\s+(?:also\s+)?(?:ends|runs\s+to|closes)\s+(?:on\s+|in\s+)?(?P<at>(?:the\s+end\s+of\s+)?"
        rf"(?:\d{{1,2}}\s+)?{_MONTH}(?![a-z])(?:\s+\d{{1,2}}\b)?)(?!,?\s*\d)", re.I)),
    ("mid_year", compile_cached(rf"\bmid-(?P<y>{_Y})\b(?![,.]?\d)", re.I)),  # "in mid-2024": a calendar year's estimate
    ("fiscal_begins", compile_cached(
        rf"\b(?:the|its|a)\s+(?:new\s+)?(?:fiscal|financial|budget)\s+year\s+(?:that\s+|which\s+)?(?P<verb>begins|starts|beginning|starting|began|started)"
        rf"\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_FULL_MONTH})(?:\s+\d{{1,2}})?(?:,?\s+(?P<y>{_Y}))?", re.I)),
    ("fye", compile_cached(rf"\bFYE\s+(?:\d{{1,2}}\s+)?(?P<m>{_MONTH})\s+(?P<y>{_Y})\b", re.I)),
    ("year_to", compile_cached(
        rf"(?<!half-)(?<!half\s)\b(?:the\s+)?(?P<fin>(?:fiscal|financial|budget)\s+)?(?P<what>year|12\s+months|twelve\s+months|(?:12|twelve)[\s-]month\s+period|5[23]\s+weeks)\s+"
        rf"(?P<to>to|ending|ended|through)\s+(?:(?<=ending\s)in\s+)?(?:the\s+end\s+of\s+)?(?:last\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\s+\d))"
        rf"(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<y>{_Y}))?", re.I)),  # ("the year ending in March": its year to March too)
    # "stocks fell 5.6 million barrels in the week ended Nov. 29", "claims in the week ending 7 January 2024": a weekly
    # statistic's week, named by the day it ends on, "YYYY-MM-DD", as the statistic is filed (a day must be written)
    ("week_ended", compile_cached(
        rf"\b(?:the\s+)?week\s+(?:ended|ending|to|through)\s+(?:on\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|"
        rf"sunday),?\s+)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?P<m>{_MONTH})(?:\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)?"
        rf"(?:,?\s+(?P<y>{_Y})\b)?", re.I)),
    # "from June 27 to July 3", "between 12 and 18 March", "from 1 to 7 July": a span of days, as a weekly or daily
    # count is reported; a week or so is named by the day it ends on, as a weekly statistic's week is (`week_ended`),
    # a longer one by its months (`month_span_label`). Days must be written on both ends.
    ("day_span", compile_cached(
        rf"\b(?:from|between)\s+(?:(?P<da>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<ma>{_MONTH})|(?P<mb>{_MONTH})\s+(?P<db>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"|(?P<dc>\d{{1,2}})(?:st|nd|rd|th)?)\s*(?:to|until|till|through|and|-|\u2013)\s*(?:(?P<dd>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<md>{_MONTH})"
        rf"|(?P<me>{_MONTH})\s+(?P<de>\d{{1,2}})(?:st|nd|rd|th)?\b|(?P<df>\d{{1,2}})(?:st|nd|rd|th)?\b(?![.,]?\d)(?!\s*(?:%|per|percent|million|billion|[a-z])))"
        rf"(?:,?\s+(?P<y>{_Y})\b)?", re.I)),
    # "the three months to June", "the three-month period ending June", "the three months leading up to February"; a
    # retailer's "13 weeks ended January 30" (26, 39: its half and nine months), as "52 weeks" is its year (`year_to`);
    # its trading window of other weeks, "the six weeks to Jan. 4", "the 17 weeks to December 28", is named by the
    # month it ends in, as a weekly statistic's week is (`week_ended`)
    ("months_to", compile_cached(
        # (also "the previous quarter to July": a statistics office's rolling quarter, named by the month it ends; not
        # "the quarter ended Nov. 1", a company's fiscal quarter, `quarter_ended`)
        rf"\b(?:the\s+)?(?:(?P<n>three|six|nine|3|6|9)(?:\s+months|[\s-]month\s+period)|(?P<wk>(?!5[23]\b)\d{{1,2}}|{_WEEK_COUNT})\s+weeks|"
        rf"(?P<half>half[\s-]year)|(?:(?:previous|latest|last)\s+|(?<=\bthe\s))quarter(?=\s+to\s))"
        rf"\s+(?P<to>to|ending|ended|through|"
        rf"leading\s+up\s+to)\s+(?:in\s+)?(?:(?:the\s+)?end\s+of\s+)?(?:last\s+)?"
        rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\s+\d))(?:\s+(?P<d2>\d{{1,2}})\b)?(?:,?\s+(?P<y>{_Y}))?\b", re.I)),
    # "For the nine-month period, the company announced a net profit of ...", "EPS for the 9-month period": a results
    # story's nine months with no month they end in, the latest nine months of the organisation's fiscal year ended at
    # publication (only where the year end is known: see `normalise`); not "the nine months to June", `months_to`, nor
    # "the nine months of the year", `ytd`, nor "a nine-month high", "the nine months since"
    ("bare_nine_months", compile_cached(
        r"\b(?:for|in|during|over)\s+(?:the|this|that)\s+(?:first\s+)?(?:nine|9)(?:\s+months|[\s-]month\s+period)\b"
        r"(?!\s+(?:to|ended|ending|through|of|after|since|before|earlier|ago|leading)\b)", re.I)),
    # the year written before the quarter, as wire copy does: "fiscal 2025 third-quarter sales", "2023 first-quarter
    # revenue" (the same kinds as "the third quarter of fiscal 2025", "the first quarter of 2023")
    # (and "FY18 Q2", "FY2018 Q2": the label the company writes, year first)
    ("fy_quarter", compile_cached(rf"\b(?:{_FISCAL})\s?'?(?P<y>{_Y}|\d\d)\s+(?:(?P<qo>{_QO})[\s-]quarter\b|Q(?P<q>[1-4])\b)", re.I)),
    ("quarter", compile_cached(rf"(?<![\d,.$€£-])\b(?P<y>{_Y})\s+(?P<qo>{_QO})[\s-]quarter\b", re.I)),
    ("fy_quarter", compile_cached(
        rf"\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<qo>{_QO})[\s-]quarter)(?:\s+of)?\s+(?:(?:the|its|their)\s+(?:[A-Za-z.&-]+['\u2019]s\s+)?)?"
        rf"(?:{_FISCAL})\s?'?(?P<y>{_Y}|\d\d)\b", re.I)),
    ("fy_quarter_short", compile_cached(rf"\bQ(?P<q>[1-4])\s?(?:FY|F)'?(?P<y>{_Y}|\d\d)\b", re.I)),
    # the compact labels of trade press, company decks and statistics tables: "2023-Q2", "2022Q2", "Q3/2023", "Q2'23",
    # "2Q23", "2QFY24"; halves the same way: "2023-H1", "H1-2023", "1H23" (capitals only: "1h 30" is a time)
    ("compact_quarter", compile_cached(
        rf"(?<![\w.$€£-])(?:(?P<y>{_Y})\s?[-/]?\s?Q(?P<q>[1-4])|Q(?P<q2>[1-4])\s?[-/'\u2019]\s?(?P<y2>{_Y}|\d\d)|"
        rf"(?P<q3>[1-4])Q\s?['\u2019]?(?P<fy>FY)?(?P<y3>{_Y}|\d\d))(?![\w%-])")),
    ("compact_half", compile_cached(
        rf"(?<![\w.$€£-])(?:(?P<y>{_Y})\s?[-/]?\s?H(?P<h>[12])|H(?P<h2>[12])\s?[-/'\u2019]\s?(?P<y2>{_Y}|\d\d)|"
        rf"(?P<h3>[12])H\s?['\u2019]?(?P<fy>FY)?(?P<y3>{_Y}|\d\d))(?![\w%-])")),
    # (also as statistics offices number them: "in Quarter 3 2022", "Quarter 3 (July to Sept) 2022")
    ("quarter", compile_cached(
        rf"\b(?:Q(?P<q>[1-4])|(?:the\s+)?(?P<qo>{_QO})[\s-]quarter|Quarter\s+(?P<qn>[1-4])(?:\s+\([^()]{{1,30}}\))?)"
        rf"(?:\s+of|,)?\s+(?P<y>{_Y})\b", re.I)),
    ("half", compile_cached(
        rf"\b(?:H(?P<h>[12])|(?:the\s+)?(?P<ho>first|second)[\s-]half)(?:\s+of)?(?:\s+(?P<own>its|their))?\s+"
        rf"(?P<fy>(?:{_FISCAL})\s?)?(?P<y>{_Y})\b", re.I)),
    ("latest_quarter", compile_cached(rf"\b{_LATEST}\s+(?:(?P<qo>{_QO})[\s-])?(?:fiscal\s+)?quarter\b", re.I)),
    ("fiscal_bare_quarter", compile_cached(rf"\b(?:the\s+)?(?:fiscal|financial)[\s-]+(?:(?P<qo>{_QO})[\s-]quarter|Q(?P<q>[1-4])|(?P<qq>[1-4])Q)\b", re.I)),
    # "the January-March quarter", "the April-June 2021 quarter" (AP's way of naming a quarter; "the July-September
    # period" of a statistics release is a rolling quarter, named by its last month: see "month_year")
    ("month_range_quarter", compile_cached(
        rf"\b(?:the\s+)?(?P<m>{_FULL_MONTH})\s*[-\u2013]\s*(?P<m2>{_FULL_MONTH})(?:\s+(?P<y>{_Y}))?\s+quarter\b", re.I)),
    # "the September quarter 2011", "the June 2015 quarter", "the December quarter of the current fiscal": a quarter
    # named by the month it ends in, as Australian, New Zealand and Indian copy names one (not "the June quarter-final")
    ("month_quarter", compile_cached(
        rf"\b(?:the\s+)?(?P<m>march|june|september|december)\s+(?:(?P<y0>{_Y})\s+)?quarter\b(?![\s-]*finals?\b)"
        rf"(?:,?\s+(?:of\s+)?(?P<y>{_Y})\b)?", re.I)),
    # "GDP grew 0.4% last quarter", "expects margins to improve next quarter": the latest quarter ended before
    # publication, or the one after it (calendar quarters, or the organisation's fiscal ones where it states its year end)
    # "forecast revenue of $50bn for the current quarter": the quarter under way at publication
    ("relative_quarter", compile_cached(rf"\b(?P<which>last(?!{_LAST_OF_YEAR})|next|current)\s+quarter\b(?!['\u2019])", re.I)),
    # (not a count of quarters in a streak: "fell for the second quarter in a row", "for the third quarter running")
    # (also a quarter numbered first, as US trade copy writes one: "3Q results", "fiscal 2Q earnings"; capital Q only)
    ("bare_quarter", compile_cached(rf"\b(?:Q(?P<q>[1-4])\b|(?-i:(?P<qq>[1-4])Q)\b(?![-'\u2019]?\d)|(?:the\s+)?(?P<qo>{_QO})[\s-]quarter\b|Quarter\s+(?P<qn>[1-4])\b(?![.,]\d))"
                                    r"(?!\s+(?:in\s+a\s+row|running|straight|on\s+the\s+trot)\b)", re.I)),
    ("the_quarter", compile_cached(r"\b(?:the|this)\s+(?:latest\s+)?(?:three-month\s+period|quarter)\b(?![\s-]+(?:point|of\s+a|mile|century|of\s+(?:all|the|its|their)))", re.I)),
    # (also "completed 5,120 homes in the half", "profit for the half-year": a results story's half, the latest ended at
    # publication; not "the half of it", "the half-time score", "in the half hour")
    ("bare_half", compile_cached(
        r"(?:(?:(?<=\bin\s)|(?<=\bfor\s)|(?<=\bduring\s)|(?<=\bover\s))the\s+(?P<hb>half)(?:[\s-]year)?\b"
        r"(?![\s-]+(?:of|a|an|hour|time|century|way|point|dozen|term|final|back|volley|chance)\b)(?!-)|"
        r"\b(?:the\s+)?(?:(?P<ho>first|second)[\s-]half\b(?P<oy>\s+of\s+the\s+year\b)?(?!\s+of\s+(?:the|its|their|a))|(?P<six>first)\s+six\s+months\b(?!\s+(?:of|after|since|following|from|in)\b))|(?-i:\bH(?P<hq>[12])\b)(?![-/'\u2019])|(?-i:\b(?P<hq2>[12])H\b)(?![-/'\u2019]|\s?\d))"
        r"(?!\s+(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:at|against|stoppage|injury|added)\b))", re.I)),
    ("fiscal_year", compile_cached(
        rf"\b(?:{_FISCAL})\s?'?(?P<y>{_Y}|\d\d)(?:\s*[-/–]\s*(?P<y2>{_Y}|\d\d))?\b", re.I)),
    # "$39.2 million next fiscal year", "for the current fiscal year": the organisation's fiscal year in progress at
    # publication, or the one after it
    ("relative_fiscal_year", compile_cached(
        r"\b(?P<which>next|this|current|coming|upcoming|forthcoming|pending)\s+(?:fiscal|financial|budget)[\s-]year\b(?!['\u2019])", re.I)),
    ("latest_fiscal_year", compile_cached(rf"\b(?:{_LATEST}|last|past|previous)\s+(?:fiscal|financial|full|budget)[\s-]year\b", re.I)),
    # (also the adjective "full-year" in a sentence that looks ahead, "expects full-year sales growth of 6%": the year
    # in progress, or the year of the quarter or half the story reports)
    ("full_year", compile_cached(r"\b(?:(?:the|this|its)\s+(?:full|whole)[\s-]|full-)(?:(?:fiscal|financial)\s+)?year\b", re.I)),
    # "For the year, the S&P 500 is up 10.7%", "expects revenue for the year of $5bn", "raised its guidance for the
    # fiscal year": the year in progress (a results story's fiscal one), as "the full year" (not "for the year to March", "for the year before", "for the year ahead")
    ("for_the_year", compile_cached(r"\bfor\s+the\s+(?:(?:fiscal|financial)\s+)?year\b(?!['\u2019]|\s+(?:to|ending|ended|through|before|earlier|ago|ahead|after|of)\b)",
                                re.I)),
    # "For the month, Brent lost 8.5%": the month in progress at publication (the one just ended, early in a month), as a
    # market report sums it up (not "for the month of May", "for the month to March", "for the month before")
    ("for_the_month", compile_cached(r"\bfor\s+the\s+month\b(?!['\u2019]|\s+(?:to|ending|ended|through|before|earlier|ago|ahead|after|of)\b)",
                                 re.I)),
    # "over the past three years", "in the past decade" (not "the past year": in a statistics release the year to its
    # latest month, which the publication date does not give)
    ("past_span", compile_cached(r"\b(?:over|in|during|for)\s+the\s+(?:past|last|previous)\s+(?:(?P<n>\w+)\s+(?P<u>years?|decades?)|"
                             r"(?P<u2>decade))\b(?!['\u2019])", re.I)),
    # "over a 10-year period through 2021", "in the five years to 2024", "the decade to 2023": the span of years that
    # ends then (2012-2021, 2020-2024); to a month ("the five years to March 2024"), from that month n years back
    ("years_to", compile_cached(
        rf"\b(?:the|a|an)\s+(?:(?:roughly|about|around|nearly|almost|past|last|previous)\s+)?(?:(?P<n>\d{{1,2}}|two|three|four|five|six|"
        rf"seven|eight|nine|ten|twelve|twenty)[\s-]years?|(?P<d>decade))(?:\s+period)?\s+(?:to|through|until|ending(?:\s+in)?|ended|"
        rf"up\s+to)\s+(?:(?:the\s+end\s+of\s+)?(?P<m>{_FULL_MONTH})\s+)?(?P<y>{_Y})\b(?![,.]?\d|\s*[-/\u2013]\s*\d)", re.I)),
    ("between_seasons", compile_cached(
        rf"\b(?:between|from)\s+(?P<y>{_Y})\s*[/–-]\s*(?P<a>\d\d)\s+(?:and|to|until)\s+(?P<y2>{_Y})\s*[/–-]\s*(?P<b>\d\d)\b")),
    ("between_years", compile_cached(rf"\bbetween\s+(?P<y>{_Y})\s+and\s+(?P<y2>{_Y})\b", re.I)),
    ("from_to_years", compile_cached(rf"\bfrom\s+(?P<y>{_Y})\s+(?:to|until|through)\s+(?P<y2>{_Y})\b", re.I)),
    # "£575m needed from now until 2026", "between now and 2030": a span from publication to that year
    ("now_to_year", compile_cached(rf"\b(?:from\s+now\s+(?:until|till|to|through)|between\s+now\s+and)\s+(?:the\s+end\s+of\s+)?"
                               rf"(?P<y>{_Y})\b(?![,.]?\d|\s*[-/\u2013]\s*\d)", re.I)),
    ("season_long", compile_cached(rf"(?<![\d,.$€£/])\b(?P<y>{_Y})\s*/\s*(?P<y2>{_Y})\b(?![\d%/])")),  # "2025/2026"
    # "the Queensland Police Service's 2011-2012 Annual Statistical Review", "the 2019-2020 financial year", "the
    # financial year 2011-2012": two years in full, one after the other, named as one year of a budget, a season or
    # an annual report, not a span of two calendar years
    ("season_long", compile_cached(
        rf"(?<![\d,.$€£/-])\b(?P<y>{_Y})\s*[-–]\s*(?P<y2>{_Y})(?=\s+(?:(?:financial|fiscal|budget|tax|academic|school)\s+year|"
        rf"season|budget|annual|financial|fiscal|academic)\b)", re.I)),
    ("season_long", compile_cached(rf"\b(?:financial|fiscal|budget|tax)\s+year\s+(?P<y>{_Y})\s*[-–]\s*(?P<y2>{_Y})\b(?![,.]?\d)", re.I)),
    ("year_span", compile_cached(rf"(?<![\d,.$€£/-])\b(?P<y>{_Y})\s*(?:-|–|—|to|through)\s*(?P<y2>{_Y})\b(?![,.]?\d)", re.I)),
    ("since_year", compile_cached(rf"\bsince\s+(?:the\s+year\s+)?(?P<y>{_Y})\b(?![,.]?\d)", re.I)),  # "since (the year) 2000"
    # "since the 1990s", "since the mid-1980s": a span from that decade (its middle, its late years) to publication
    ("since_decade", compile_cached(r"\bsince\s+the\s+(?:(?P<part>early|mid|late)[\s-]?)?(?P<d>(?:19|20)\d0)['\u2019]?s\b", re.I)),
    ("season", compile_cached(rf"(?<![\d,.$€£])\b(?P<y>{_Y})\s*[-/–]\s*['\u2019]?(?P<y2>\d\d)\b(?![\d%])")),
    ("ytd", compile_cached(r"\b(?:so\s+far\s+this\s+year|year[- ]to[- ]date|this\s+year\s+so\s+far|the\s+year\s+so\s+far|"
                       # "have risen 37% since the start of the year": the year so far
                       r"since\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+year|"
                       # "in the first nine months of the year", "the first 10 months of 2025": the year so far
                       r"the\s+first\s+(?:two|three|four|five|six|seven|eight|nine|ten|eleven|[2-9]|1[01])\s+months\s+of\s+"
                       r"(?:the\s+year|this\s+year|(?P<y>" + _Y + r"))|"
                       # "for the nine months of the year", "in the first three quarters of 2025": the year so far
                       # (not a bare "the first three quarters", a game's as often: "trailed 61-70 after the first three quarters")
                       r"the\s+nine\s+months\s+of\s+(?:the|this)\s+year|"
                       r"the\s+first\s+three\s+quarters\s+of\s+(?:the\s+year|this\s+year|(?P<y2>" + _Y + r")))\b", re.I)),
    # (not "the last year": the twelve months to now, as "the past year" is, no calendar year before)
    ("relative_year", compile_cached(r"\b(?P<which>(?<!\bthe\s)last|this|next|the\s+previous|the\s+current|the\s+coming|the\s+prior)\s+year\b", re.I)),
    # "this summer", "last summer": a calendar year's summer; in a story of seasons, the season it starts
    # (claimx.frame.article.summer_season)
    ("relative_summer", compile_cached(r"\b(?P<which>this|last|next)\s+summer\b", re.I)),
    # "will harvest 2.1 billion bushels this fall", "sold last spring": a time of that year (not "the last fall in
    # prices", "this fall of 4%": a drop; winter runs over two years and is left alone)
    ("relative_time_of_year", compile_cached(
        r"(?<!\bthe\s)\b(?P<which>this|last|next)\s+(?P<part>spring|autumn|fall(?!\s+(?:in|of|to|from|for|on)\b))\b", re.I)),
    ("relative_month", compile_cached(r"\b(?P<which>last|this|next|the\s+previous)\s+month\b", re.I)),
    # "2,002 auctions last week", "dropping this week", "in the past week": a week of a dated story, named by the month
    # of the day it ends on (no day is written: a week ended on a day, `week_ended`, is named by that day); not "next
    # week" (to come) nor "the previous week", which counts back from a week of the sentence's own
    ("relative_week", compile_cached(r"\b(?P<which>last|this|the\s+past)\s+week\b(?!['\u2019]?s?\s+(?:of|to|ended|ending)\b)", re.I)),
    # "damaged wheat in the last few days", "have risen in recent days": the days up to a dated story's publication,
    # labelled by its month
    ("recent_days", compile_cached(r"\b(?:in|over|during)\s+(?:the\s+(?:last|past)\s+(?:few|several|couple\s+of)|recent)\s+days\b", re.I)),
    # "during the week of June 18-24", "the week of March 3": a week named by its first day, labelled by the month
    ("week_of", compile_cached(rf"\b(?:the\s+)?week\s+of\s+(?P<m>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b"
                               rf"(?:\s*[-\u2013]\s*(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b)?(?:,?\s+(?P<y>{_Y})\b)?", re.I)),
    ("season_before", compile_cached(r"\bthe\s+season\s+before\b", re.I)),
    # "18 goals this term", "last campaign": sports copy's other words for a season (rules/lexicon.json "season_words"),
    # read as "this season" only in a sentence with a word of sport (see _find)
    ("season_word", compile_cached(
        rf"(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)\b(?P<which>last|this|next|the\s+previous|the\s+current)\s+{alternation(_SEASON_WORDS['words'])}(?![\w'\u2019-])", re.I)),
    # "finishing the season on 86 points": the season under way (or just ended) at publication
    ("relative_season", compile_cached(
        r"\b(?P<which>last|this|next|the\s+previous|the\s+current|the)\s+(?:regular\s+)?season\b(?!'s\s+tickets?|[\s-]+tickets?|[\s-]+long)",
        re.I)),
    # a span of months, named like a rolling period by the month it ends: "between July and August", "June to
    # August 2020" (a statistics release's three months), "from March to May"; not a list ("in June and August")
    ("between_months", compile_cached(
        rf"\b(?:between\s+(?P<m>{_FULL_MONTH})\s+and|(?:from\s+)?(?P<mb>{_FULL_MONTH})\s*(?:to|through|-|\u2013)\s*)"
        rf"\s*(?P<m2>{_FULL_MONTH})(?:\s+(?P<y>{_Y}))?\b(?!,?\s+\d)", re.I)),
    # "Housing-related prices rose 3.3 percent in the March 2017 year": a year named by the month it ends in, as Stats NZ
    # writes a year to a quarter or a month; a rolling year, labelled by that month (claimx.components.claims reads it as
    # the quarter a quarterly release reports when it ends in that quarter's last month)
    ("month_named_year", compile_cached(rf"\bthe\s+(?P<m>{_FULL_MONTH})\s+(?P<y>{_Y})\s+year\b(?![\s-]+(?:old|olds|plan|high|low)\b)", re.I)),
    ("month_year", compile_cached(rf"\b(?P<d1>\d{{1,2}}(?:st|nd|rd|th)?\s+)?(?P<m>{_MONTH})(?P<d2>\s+\d{{1,2}}(?:st|nd|rd|th)?,?)?\s+(?P<y>{_Y})\b", re.I)),
    # "have risen 11% since March": the start of a span that runs to publication, which no label names
    ("since_month", compile_cached(
        rf"\bsince\s+(?:(?:early|late|mid)[\s-]?|the\s+(?:end|start|beginning|middle)\s+of\s+)?(?P<m>{_FULL_MONTH})\b"
        rf"(?!\s+(?:\d{{1,2}}\b|{_Y}))", re.I)),
    # a month without a year needs a cue ("in May", "at the end of August") or a capital and a day
    ("month", compile_cached(
        rf"(?:\b(?:in|during|for|since|by|through|until|to|from|of|and|between|(?:the\s+)?(?:end|start|beginning|middle)\s+of|"
        rf"(?:early|late|mid)[\s-]?)\s+(?P<m>{_FULL_MONTH})\b(?!\s+(?:\d{{1,2}}\b|{_Y})))"
        rf"|\b(?P<m2>{_FULL_MONTH})['\u2019]s\b"
        # "the August figure", "the September reading": a statistic named by its month
        rf"|\bthe\s+(?P<m3>{_FULL_MONTH})(?=\s+(?:figures?|readings?|numbers?|data|rate|estimate|total|level)\b)"
        # "at its October meeting", "at the March auction": the month of a meeting, vote or auction
        rf"|\b(?:at|after|before|from)\s+(?:its|the|their|this|next)\s+(?P<m4>{_FULL_MONTH})(?=\s+(?:(?:policy|monetary|rate[\s-]setting|"
        rf"board|council|committee|budget)\s+)?(?:meeting|vote|auction|session|review|decision|sitting)\b)"
        # "September business inventories rose", "while October sales fell": a capitalised month before a word in lower
        # case names the month of what follows (not "May", a modal verb and a name; not after a name: see _find)
        rf"|\b(?P<m5>(?!may\b){_FULL_MONTH})(?=\s+(?-i:[a-z]))(?!\s+(?:and|or|to|through|until|of)\b)", re.I)),
    ("year", compile_cached(rf"(?<![\d,.$€£])\b(?P<y>{_Y})\b(?![,.]?\d)(?!\s*(?:-|/)\s*\d)")),
]
# What each pattern cannot match without: a year's digits, "q1"-"q4" or one of these words; groups joined by "+"
# are each needed (year_to needs "year" or "months", and a month's first letters). A text without a cue of each
# group skips the pattern (find_periods runs on every sentence; most hold the cues of a few
# patterns only). Words are looked up in the lower-cased text, which finds them wherever the patterns'
# case-insensitive matching would, except around "ı", "ſ" and "İ" (re folds them to "i" and "s", str.lower
# does not): a text with one of those runs every pattern. A kind not listed in _NEEDS always runs.
_CUE_WORDS = {"year": ("year",), "weeks": ("week",), "days": ("days",), "quarter": ("quarter",), "months": ("months",), "month": ("month",), "half": ("half",),
              "season": ("season",), "summer": ("summer",), "time_of_year": ("spring", "autumn", "fall"), "same": ("same",), "since": ("since",), "period": ("period",), "time": ("time",), "span": ("span",),
              "decade": ("decade",), "fiscal": ("fiscal", "financial", "fy", "budget"),
              "month_name": tuple(_FULL_MONTH[3:-1].split("|")), "season_word": tuple(w.lower() for w in _SEASON_WORDS["words"]),
              # what the pattern also needs, after a "+" in _NEEDS: every month of _MONTH begins with these three letters
              "month_abbr": ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
              "next": ("next", "coming", "following", "later"), "full": ("full", "whole"), "past": ("past", "last", "previous"),
              "ended": ("end", "closed", "through"), "so_far": ("far", "date"), "between_from": ("between", "from"), "now": ("now",),
              "same_ago": ("same", "ago", "earlier", "prior", "previous", "last", "back", "before"),
              "session": ("session", "close")}
_CUE_WORD_NAMES = tuple((word, name) for name, words in _CUE_WORDS.items() for word in words)  # one flat loop in _cues
_YEAR_DIGITS = compile_cached(_Y)
_Q_NUMBER = compile_cached(r"q[1-4]|[1-4]q")
_H_NUMBER = compile_cached(r"h[12]|[12]h")
_NEEDS = {kind: tuple(frozenset(group.split()) for group in cues.split("+")) for kind, cues in {
    "record_since": "since", "record_since_event": "since + year_digits", "year_end_statement": "year + fiscal", "mid_year": "year_digits", "quarter_ended": "quarter q_number + ended", "fiscal_year_after": "year_digits", "fiscal_year_part": "year_digits + fiscal + half quarter",
    "same_period_ago": "year year_digits + same_ago", "years_ago": "year decade months", "months_ago": "month quarter", "weeks_ago": "weeks", "sessions_ago": "session + same_ago", "next_span": "months year season decade + next", "same_period": "period time span", "fiscal_begins": "year + fiscal + month_name",
    "fye": "year_digits", "year_to": "year months month weeks + month_abbr", "week_ended": "weeks + month_abbr", "day_span": "between_from + month_abbr", "months_to": "month quarter half weeks", "bare_nine_months": "months month", "fy_quarter": "fiscal + quarter q_number", "fy_quarter_short": "q_number", "compact_quarter": "q_number", "compact_half": "h_number",
    "quarter": "year_digits", "half": "year_digits", "latest_quarter": "quarter", "fiscal_bare_quarter": "quarter q_number",
    "bare_quarter": "q_number quarter", "relative_quarter": "quarter", "month_range_quarter": "month_name + quarter", "month_quarter": "month_name + quarter", "the_quarter": "quarter period", "bare_half": "half months h_number", "fiscal_year": "fiscal",
    "latest_fiscal_year": "year + fiscal full", "relative_fiscal_year": "year + fiscal", "full_year": "year + full", "for_the_year": "year", "for_the_month": "month", "past_span": "year decade + past", "between_seasons": "year_digits + between_from", "years_to": "year_digits + year decade", "between_years": "year_digits",
    "from_to_years": "year_digits", "budget_years": "year_digits", "season_long": "year_digits", "year_span": "year_digits", "since_year": "year_digits", "now_to_year": "year_digits + now", "since_decade": "since", "season": "year_digits", "ytd": "year year_digits + so_far months since quarter",
    "relative_year": "year", "relative_month": "month", "relative_week": "weeks", "recent_days": "days", "week_of": "weeks + month_abbr", "relative_season": "season", "season_before": "season", "season_word": "season_word", "relative_summer": "summer", "relative_time_of_year": "time_of_year", "month_year": "year_digits",
    "between_months": "month_name", "month_named_year": "year_digits + year", "since_month": "month_name", "month": "month_name", "year": "year_digits"}.items()}
# What may stand before a full date that opens its sentence and so dates the sentence's event ("On July 1, 2013, 19
# firefighters died"): the sentence's start, and "On" or "By".
_OPENING_DATE = compile_cached(r"(?:\A|[.!?]\s+|\n)\s*(?:(?:On|By)\s+)?\Z")
# After such a date, a dateline's credit and dash ("Apr 29, 2011 (LBO) – Sri Lanka's ...", "March 3, 2024 - "): the
# date the story was filed, no event of the sentence.
_DATELINE_DASH = compile_cached(r"\s*(?:\([^()\n]{1,30}\)\s*)?[-\u2013\u2014:]\s")
# Words before a mention that make it a comparison base: "up 12% on the previous year", "from 2024".
# Verbs that bring in an old record (rules/lexicon.json "record_base_verbs"): "beating the 2020-21 season", "breaking
# Leeds' record of 101", "surpassing the previous high of 1,072": what follows is the old side.
RECORD_BASE = alternation(load_lexicon()["record_base_verbs"]["words"])
# A span of years a normal is taken over: "the 1981-2010 average", "the 1991-2020 long-term mean", "the average for the
# period 1981-2010", "the normal over 1961-1990" (an average of other years the figure is set against: a base).
_NORMAL_SPAN_KINDS = frozenset({"year_span", "between_years", "from_to_years"})
_NORMAL_AFTER = compile_cached(r"\s+(?:long[\s-]term\s+)?(?:average|mean|normal|norm|baseline)s?\b", re.I)
_NORMAL_BEFORE = compile_cached(r"\b(?:average|mean|normal|norm|baseline)\s+(?:for|of|over|in)\s+(?:the\s+)?"
                                r"(?:(?:period|years)\s+)?(?:(?:from|between)\s+)?$", re.I)
# What a survey or a release gives, then "from" a period (rules/lexicon.json `source_from_nouns`: "provisional results
# from the 2002-03 Health Survey", "figures from the 2021 census", "The data came from the 2002 Interview Survey"): the
# source's period, no old side
_SOURCE_FROM = compile_cached(r"\b" + alternation(load_lexicon()["source_from_nouns"]["words"])
                              + r"(?:\s+(?:came|come|comes|taken|drawn|collected|published|released))?"
                              r"\s+from\s+(?:the\s+|a\s+|its\s+|their\s+)?$", re.I)
_BASE_BEFORE = compile_cached(r"(?:\b" + RECORD_BASE + r"\s+(?:the\s+|a\s+|its\s+|their\s+)?(?:[\w.&-]+['\u2019]s?\s+)?"
                          r"(?:(?:previous|old|record|best|high|low)\s+)*(?:(?:of|in|from)\s+)?|"
                          r"\b(?:on|from|than|with|versus|vs\.?|against|over|(?:compared|relative)\s+to|"
                          # "1.6% above last season's harvest", "5% below 2019 levels", "ahead of last year's pace"
                          r"above|below|ahead\s+of|behind)\s+(?:the\s+|a\s+|its\s+|their\s+)?"
                          # "a £6,120 increase on figures for March 2011", "up from the total for May": the figures of
                          # the old side, named by their period
                          r"(?:same\s+)?(?:(?:figures?|numbers?|data|totals?|levels?)\s+(?:for|of|in)\s+(?:the\s+)?)?|\b(?:than|from|against|(?:compared|relative)\s+(?:with|to))\s+(?:the\s+|a\s+)?[\w.&-]+['\u2019]s\s+|"
                          r"\bthan\s+(?:in|during|at|for)\s+(?:the\s+)?|\blevels?\s+(?:(?:of|in)\s+)?|\bthan\s+(?:it|they|there|this|that|we|he|she|you)\s+(?:was|were|had\s+been|did|had|\w+ed|made|got|won|took|spent|paid|sold|hit)\s+"
                          # "less than they did in 2023", "than it was in the third quarter", "more than he managed last
                          # season": the other side's period
                          r"(?:(?:in|during|at|for|over)\s+(?:the\s+)?)?|"
                          r"\b(?:before|since)\s+)$", re.I)
# "rose 2.4% over the year to August", "over the past three years", "rents rose 2.2 per cent over the June quarter": a
# span the change is measured over, not its base (as "over the previous year" or "over the previous quarter" is).
_OVER_SPAN = ("year_to", "months_to", "past_span", "years_to", "month_quarter", "month_range_quarter", "quarter",
              "fy_quarter", "fy_quarter_short", "fiscal_year_part", "compact_quarter", "compact_half")
# A month or the same period a year before, written "from"/"over" right after a change ("rising 0.2% from September",
# "up 0.5% from August", "a 78% increase over last year's quarter"), is what the change is measured against.
_CHANGE_BASE_KINDS = ("month", "same_period_ago", "relative_month")
_CHANGE_FIGURE_BEFORE = compile_cached(
    r"\d(?:[\d,.]*\d)?\s*(?:%|percent|per\s+cent|(?:percentage\s+)?points?|[mb]n|million|billion)?"
    r"(?:\s+(?:increase|rise|gain|jump|growth|drop|fall|decline|decrease|cut|higher|lower|more|less))?\s*$", re.I)
_OVER = compile_cached(r"\bover\s+$", re.I)
# Before a month whose pattern took its "to": "up 0.1% compared to September", "relative to August" (the old side).
_COMPARED = compile_cached(r"\b(?:compared|relative|in\s+comparison|identical|similar|equal|comparable)\s+$", re.I)
# Before a month a figure is said to equal: "the decline was 13.4 per cent, the same as in August" (the old side).
_SAME_AS = compile_cached(r"\b(?:the\s+)?same\s+as\s+$", re.I)
# Before a capitalised month that only a word in lower case follows: a capitalised word (not opening the sentence), so
# the month is part of a name ("Brian August", "Ms April"), a title ("Ms June said"), or a day's number ("on 14 January it will ...": a date).
_AFTER_NAME = compile_cached(r"(?:(?<=[\w,;:])\s+(?-i:[A-Z])[\w'\u2019.-]*|\b(?-i:Mr|Mrs|Ms|Dr)\.?|\b\d{1,2}(?:st|nd|rd|th)?)\s+$")
# A period right after the old side of a comparison dates that side: "62.7%, compared with 62% last year", "in
# comparison to 52 per cent on the same day last year", "up from 68% last year". ("rose to 5% from 4% in May" is not
# one: there the month is often the new side's.)
_BASE_FIGURE_BEFORE = compile_cached(
    r"(?:\b(?:compared\s+(?:with|to)|in\s+comparison\s+(?:with|to)|as\s+against|against|versus|vs\.?|than)|,\s*(?:up|down)\s+from)"
    r"\s+(?:(?:the|a|an|about|around|roughly|some|nearly|almost|just)\s+)?[$€£]?\d[\d,.]*\s*"
    r"(?:%|percent|per\s+cent|(?:percentage\s+)?points?|[mb]n|m|k|million|billion)?"
    r"\s+(?:(?:in|on|during|for|at|over)\s+(?:the\s+)?(?:same\s+(?:day|date|period|time|point|week|month|quarter)\s+)?)?$",
    re.I)
# An earlier measurement of the same thing that a change is counted from, dated after its noun: "up 1 point since the
# last poll in February", "down from the previous survey in March", "compared with the last count in June": the period
# dates the old side, a comparison base, not the figure.
_EARLIER_ONE_BEFORE = compile_cached(
    r"\b(?:since|from|than|on|(?:compared|relative)\s+(?:with|to))\s+(?:the|its|their|our)\s+(?:last|previous|earlier|prior)"
    r"\s+(?:[\w.&'\u2019/-]+\s+){1,4}(?:(?:in|during|of|on|at\s+the\s+end\s+of)\s+)?$", re.I)
# A hedge "more than" ending right before a figure's own "than", with no figure before it ("dropped more than 45% since
# 1995"), not a comparison ("12% more than 1,200 in 2019").
_HEDGE_BEFORE_THAN = compile_cached(r"(?<![\d%])(?<!\bper\scent)(?<!\btimes)\s+(?:more|less|fewer)\s+$", re.I)


# A period that labels the figure of the year before in parentheses, as results write it beside the new one: "revenue of
# £1,041m (2024: £870m)", "up 27% to £988m (H1 2016: £777m)", "net cash of £238m (Dec 2019: £14m)".
_LABEL_OPEN = compile_cached(r"\(\s*$")
_LABEL_COLON = compile_cached(r"\s*:\s*[^\s)]")


def comparative_label(text: str, start: int, end: int) -> bool:
    """Whether the period at `start`..`end` opens a parenthesis and a colon follows it ("pre-tax profit of £174m (2024:
    £157m)"): it dates only the old figure after the colon, a comparison base, not the new figures around it."""
    return _LABEL_OPEN.search(text, max(0, start - 3), start) is not None and _LABEL_COLON.match(text, end) is not None


def _base_figure_before(text: str, start: int) -> bool:
    """Whether a base figure stands right before the period at `start` (`_BASE_FIGURE_BEFORE`: "compared with 3.1% in
    2019"), not a figure with a hedge "more than" ("has dropped more than 45% since 1995": the span of the change)."""
    found = _BASE_FIGURE_BEFORE.search(text, max(0, start - 70), start)
    if found is None:
        return False
    return not (found.group(0)[:4].lower() == "than"
                and _HEDGE_BEFORE_THAN.search(text, max(0, found.start() - 20), found.start()) is not None)


# A capitalised month without a year is a month only where "May" cannot be the verb.
_MODAL_MAY = compile_cached(r"\bmay\b")


# The days of the week, and "yesterday": a figure of a day's event ("scored twice on Saturday", "closed 62 points lower
# on Tuesday") takes no month or year the article carries, but the day itself, a label "YYYY-MM-DD", when the
# publication date places it (see `day_of_week_before` and claimx.frame.period.event_day).
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday"})
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def day_of_week_before(word: str, published: dt.date, *, ahead: bool = False, last: bool = False,
                       market: bool = False) -> dt.date | None:
    """The date a word of DAY_WORDS names in an article published on `published`: "yesterday" the day before; a
    weekday the latest such day on or before publication (a report's "on Friday" published that Friday or the
    Saturday after), or with `ahead` the first on or after it (what "will vote on Tuesday" means); "last Friday"
    (`last`) published on a Friday is the Friday before. With `market` (a market's day of trading), a weekday that is
    the day after publication is that day, not the one six days back: a page dated in a time zone behind the market's
    ("Oil prices fell on Monday" in Asian trade, dated Sunday), as a market report names its latest session. None for
    any other word."""
    word = word.lower()
    if word == "yesterday":
        return published - dt.timedelta(days=1)
    if word not in _WEEKDAYS:
        return None
    weekday = _WEEKDAYS.index(word)
    if ahead:
        return published + dt.timedelta(days=(weekday - published.weekday()) % 7)
    back = (published.weekday() - weekday) % 7
    if market and not last and back == 6:
        return published + dt.timedelta(days=1)
    return published - dt.timedelta(days=back or (7 if last else 0))


@dataclass(frozen=True)
class PeriodMention:
    """A period expression in a text.

    start, end (int): its offsets in the text searched.
    text (str): the words.
    period (str | None): the normal form; None when it is wholly relative to another period
        ("a year earlier": see `shift`).
    kind (str): the pattern that found it.
    shift (int): years back from the claim's own period ("a year earlier" = 1); 0 otherwise.
    base (bool): introduced as a comparison base ("on the previous year", "from 2024").
    months (int): months back from the claim's own period ("the month before", "a month earlier" = 1); 0 otherwise.
    days (int): days back from the claim's own day ("a week earlier" = 7); 0 otherwise.
    """

    start: int
    end: int
    text: str
    period: str | None
    kind: str = ""
    shift: int = 0
    base: bool = False
    months: int = 0
    days: int = 0


@dataclass(frozen=True)
class Calendar:
    """What an article says about its own calendar, for expressions that do not name a year.

    published (date | None): the publication date.
    fiscal_year (int | None): the fiscal year the article reports on ("Q3" means "Q3 FY2026"); None when the
        article speaks of calendar quarters.
    year_end (int | None): the month the fiscal year of the organisation the article reports on ends in, when
        the article says so ("its fiscal year ends in January", "the full year ending Jan. 31"): a bare
        quarter, "this year" and "the full year" are then that organisation's fiscal ones.
    """

    published: dt.date | None = None
    fiscal_year: int | None = None
    year_end: int | None = None



def _word(text: str) -> str:
    """A matched word as the tables spell it: the patterns match case-insensitively, and Unicode case folding
    lets "laſt", "İn" or "ı" match where the tables say "last", "in", "i" (a KeyError otherwise)."""
    return unicodedata.normalize("NFKC", text).lower().replace("i\u0307", "i").replace("\u0131", "i")

def _year(y: str) -> int:
    return int(y) if len(y) == 4 else 2000 + int(y)


def _quarter(m: re.Match) -> int | None:
    groups = m.groupdict()
    if groups.get("q") or groups.get("qn") or groups.get("qq"):
        return int(groups.get("q") or groups.get("qn") or groups["qq"])
    return QUARTER_WORDS[_word(groups["qo"])] if groups.get("qo") else None


def _month_number(name: str) -> int:
    return MONTHS[_word(name).rstrip(".")]


# A verb still to come before a bare "from/by/until <month>": that month is the next one ("will rise from April").
_UPCOMING = compile_cached(r"\b(?:will|shall|'ll|(?:is|are)\s+(?:set|due|going|expected)\s+to|(?:is|are)\s+to)\b(?![^.;]*\b(?:said|added)\b)"
                       r"(?:[^.;!?]|\.\d)*$", re.I)


# Right before a month's name, the word that makes it the one to come: "next April".
_NEXT_BEFORE = re.compile(r"\bnext\s+$", re.I)
# a measure's start written before a bare month: "both beginning in August", "effective from March", "starting July"
_STARTING_BEFORE = compile_cached(alternation(load_lexicon()["measure_start_words"]["words"]) + r"\s+(?:(?:in|from|on)\s+)?$", re.I)
# how many months after publication a month a measure starts in may lie and still be the one to come, not the last one
_START_AHEAD_MONTHS = 6


# After a month a measure starts in, a "when" clause in the past tense that says what happened then ("the series of
# cuts starting from March, when the rate was reduced by 200 basis points"): the month is the last one, not one to come.
_PAST_WHEN = compile_cached(r",?\s+when\s+(?:[\w'\u2019-]+\s+){0,4}?(?:was|were|had)\b", re.I)


def _looks_ahead(m: re.Match, after: int = 300) -> bool:
    """Whether the sentence of `m` (at most 300 characters before it, `after` after it) holds a word of `_IN_PROGRESS`."""
    text = m.string
    start = max(0, m.start() - 300)
    ends = [e.end() for e in _SENTENCE_END.finditer(text, start, m.start())]
    start = ends[-1] if ends else start
    end = _SENTENCE_END.search(text, m.end(), m.end() + after)
    return _IN_PROGRESS.search(text, start, end.start() if end else min(len(text), m.end() + after)) is not None


def _past_month(month: int, published: dt.date) -> str:
    """The latest `month` not after the publication month: "in August" in an article of September 2025."""
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


def _add_months(published: dt.date, months: int) -> str:
    index = published.year * 12 + published.month - 1 + months
    return f"{index // 12}-{index % 12 + 1:02d}"


# A verb in the past tense in the clause before a season word ("averaged ... during the regular season", "finished the
# season"): a clause about a season played (see `_find`)
_PAST_BEFORE = re.compile(r"\b(?:was|were|had|saw|won|lost|finished|ended|averaged|scored|played|led|guided|posted|"
                          r"recorded|completed|claimed|took|made|became)\b(?:[^.;:!?]|\.(?=\d))*$", re.I)


def _season_start(published: dt.date) -> int:
    return published.year if published.month >= 6 else published.year - 1


def _fiscal_year_of(day: dt.date, year_end: int) -> int:
    """The fiscal year (named by the calendar year it ends in) in progress on `day`, for a year ending in
    month `year_end`: 25 November 2025 is in FY2026 when the year ends in January."""
    return day.year if day.month <= year_end else day.year + 1


def _relative_quarter(which: str, published: dt.date, year_end: int | None) -> str:
    """The quarter `which` ("last", "next", "current") names relative to `published`: "last" is the latest quarter
    ended before publication ("GDP grew 0.4% last quarter", published 2025-11-12 -> Q3 2025), "current" the one in
    progress, "next" the one after it; a fiscal quarter (Q2 FY2023) when the year ends in month `year_end`."""
    end = year_end or 12
    now = published.year * 12 + published.month - 1  # months since year 0, January = 0
    last = now - 1 - (now - 1 - (end - 1)) % 3       # the last month of the latest quarter ended before publication
    if which == "next":
        last += 6                                     # after the quarter in progress
    elif which == "current":
        last += 3                                     # the quarter in progress
    year, month = divmod(last, 12)
    month += 1
    q = 4 - ((end - month) % 12) // 3
    if year_end:
        return f"Q{q} FY{year + (1 if month > end else 0)}"
    return f"Q{q} {year}"


def latest_quarter(published: dt.date, year_end: int | None) -> str:
    """The latest quarter ended before the month of `published` (a fiscal one, "Q1 FY2007", for a year ending in month
    `year_end`; a calendar one without it): the quarter a results story that names none reports ("posted a rise in
    quarterly profit", published 26 October 2006, of a year ending in June: Q1 FY2007)."""
    return _relative_quarter("last", published, year_end)


def last_fiscal_year_ended(day: dt.date, year_end: int) -> int:
    """The last fiscal year to have ended before `day`, for a year ending in month `year_end`: FY2021 on 20 April 2021
    when the year ends in March, FY2020 on 20 March 2021."""
    return _fiscal_year_of(day, year_end) - 1


def _quarter_ended(m: re.Match, calendar: Calendar) -> str | None:
    """The label of "the second quarter, which ended Oct. 31": the month a quarter ends in fixes the fiscal
    year it belongs to (named by the calendar year it ends in). Without the quarter's number, the fiscal
    year's end month the article states gives it; else a quarter ending in March, June, September or
    December is read as a calendar quarter."""
    g = m.groupdict()
    month = _month_number(g["m"])
    if g.get("y"):
        year = int(g["y"])
    elif calendar.published is None:
        return None
    else:  # the latest such month ended, or for "ending" one up to a quarter ahead of publication
        now = calendar.published.year * 12 + calendar.published.month - 1
        ahead = 3 if _word(g["to"]) in ("ending", "ends") else 0
        year = next(y for y in range(calendar.published.year + 1, calendar.published.year - 2, -1)
                    if y * 12 + month - 1 <= now + ahead)
    if quarter_end_month(m) != month:  # "the second quarter ended July 1": a quarter of 13 weeks closing June
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    q = _quarter(m)
    if q is None and calendar.year_end:
        q = 4 - ((calendar.year_end - month) % 12) // 3 if (calendar.year_end - month) % 3 == 0 else None
    if q is None:
        return f"Q{month // 3} {year}" if month % 3 == 0 else None
    fiscal_end = year * 12 + month - 1 + 3 * (4 - q)
    return f"Q{q} FY{fiscal_end // 12}"


# The most months after a year ends that its whole year's results are reported in ("posted a 58 per cent jump in
# profit for the full year" in May, of a year to April), as claimx.frame.article reads a results lead's year.
FULL_YEAR_REPORTED_WITHIN = 4
# How far after "full year" a word that looks ahead still makes it the year in progress ("Full-year profit is expected
# to ..."): further on, a noun of the cue words names something else ("... for the full year as chief Stuart Machin's
# turnaround plan paid off").
_FULL_YEAR_AHEAD_AFTER = 30


def _full_year_closed(kind: str, m: re.Match, published: dt.date, year_end: int) -> int:
    """1 when "the full year" or "full-year" (`kind` "full_year") in a sentence that does not look ahead (no word of
    `_IN_PROGRESS`) is the year that ended in the FULL_YEAR_REPORTED_WITHIN months before the month of `published` (a
    year ending in month `year_end`), not the one in progress (nor one within _FULL_YEAR_AHEAD_AFTER characters after
    it): a whole year's results are only reported once it is over ("Rolls shares rose after posting a 25 percent profit rise ... 11.7p per share for the full year" in March,
    "M&S posted a 58 per cent jump in profit before tax for the full year" in May, of a year to April); 0 otherwise
    ("expects full-year profit of $2bn", "for the year" of a market report, the year so far)."""
    if kind != "full_year" or not 1 <= (published.month - year_end) % 12 <= FULL_YEAR_REPORTED_WITHIN:
        return 0
    return 0 if _looks_ahead(m, _FULL_YEAR_AHEAD_AFTER) else 1


def _next_span(g: dict, published: dt.date | None) -> str | None:
    """The year a span still to come covers ("over the next 12 months", "in the coming year"): the calendar year
    holding most of it; None for a longer span or without a publication date."""
    if g.get("later"):
        return str(published.year) if published is not None else None
    n = (g.get("n") or "one").lower()
    count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
    unit = (g.get("u") or g.get("u1") or "").lower()
    if published is None or unit.startswith("season") or not (count == 12 and unit == "months" or count == 1 and unit.startswith("year")):
        return None
    return str(published.year if published.month <= 6 else published.year + 1)


def normalise(kind: str, m: re.Match, calendar: Calendar) -> tuple[str | None, int]:
    """The normal form of one match and its shift in years (see `PeriodMention`)."""
    published, fy = calendar.published, calendar.fiscal_year
    g = m.groupdict()
    if kind == "same_period_ago":
        return (g["y"], 0) if g.get("y") else (None, 1)
    if kind == "years_ago":
        if g.get("dn"):  # "a decade ago", "two decades earlier"
            return None, 10 * _SHIFT_WORDS[g["dn"].lower()]
        n = (g.get("n") or "a").lower()
        return None, int(n) if n.isdigit() else _SHIFT_WORDS.get(n, 1)
    if kind in ("months_ago", "weeks_ago", "sessions_ago"):
        return None, 0  # relative to the claim's own month or day (see `PeriodMention.months`, `days`)
    if kind == "next_span":
        return _next_span(g, published), 0
    if kind == "since_month":
        # "since January" (not "since early January", "since the end of January"), written after January of the year
        # of publication: the year so far; a span from a later month to publication has no label
        plain = m.group(0).lower().split()[1:2] == ["january"]
        return (str(published.year), 0) if plain and published is not None and published.month > 1 else (None, 0)
    if kind == "same_period":
        return None, 0  # "over the same period": the span the sentence wrote before (see claimx.frame.period)
    if kind in ("record_since", "record_since_event", "year_end_statement"):
        return None, 0
    if kind == "mid_year":
        return g["y"], 0  # the start of a record's reach, not a period (see PATTERNS)
    if kind == "quarter_ended":
        return _quarter_ended(m, calendar), 0
    if kind == "fiscal_year_after":
        return f"FY{g['y']}", 0
    if kind == "fiscal_begins":
        month = _month_number(g["m"])
        if g.get("y"):
            start = int(g["y"])
        elif published is not None and _word(g["verb"]).startswith(("began", "started")):
            start = published.year if month <= published.month else published.year - 1
        elif published is not None:
            start = published.year if month >= published.month else published.year + 1
        else:
            return None, 0
        return f"FY{start + (1 if month > 1 else 0)}", 0
    if kind == "fye":
        return f"FY{g['y']}", 0
    if kind == "week_ended":
        if not (g.get("d1") or g.get("d2")):
            return None, 0
        month = _month_number(g["m"])
        ended = f"{g['y']}-{month:02d}" if g.get("y") else _past_month(month, published) if published else None
        if ended is None:
            return None, 0
        try:  # the day the week ends on, as a weekly statistic is filed: "the week ended Nov. 29" -> 2019-11-29
            return dt.date(int(ended[:4]), month, int(g.get("d1") or g.get("d2"))).isoformat(), 0
        except ValueError:
            return ended, 0
    if kind == "day_span":
        return _day_span(g, published), 0
    if kind == "year_to":
        month = _month_number(g["m"])
        if g["what"].lower().endswith("weeks"):  # "the 52 weeks to 24 December 2017": a retailer's fiscal year
            g = {**g, "fin": g["what"]}
        if g.get("y") and (g.get("fin") or g["what"].lower() == "year" and (fy is not None or calendar.year_end)):
            return f"FY{g['y']}", 0
        # "crimes recorded in the year ending March 2025" in a statistics release: a rolling year, named by the month it
        # ends in; a fiscal year where the article reports fiscal years (claimx.frame.article.build passes them)
        if g.get("y"):
            return f"{g['y']}-{month:02d}", 0
        # "the year to August" in a statistics release is a rolling year, named by the month it ends in; a
        # financial year, or a year to the month the reporting organisation's fiscal year ends in, is that fiscal year
        rolling = not g.get("fin") and g["to"].lower() in ("to", "through") and (
            calendar.year_end != month if calendar.year_end else fy is None)
        # (12 months to the month a results story's fiscal year ends in are that year too: "a net profit for the 12
        # months through June")
        if (g.get("fin") or g["what"].lower() == "year" or calendar.year_end == month) and not rolling:
            if published is None:
                return None, 0
            if g["to"].lower() == "ending" and _looks_ahead(m):  # "expects ... for the full year ending Jan. 31"
                return f"FY{published.year if month >= published.month else published.year + 1}", 0
            end_year = published.year if month < published.month else published.year - 1
            return f"FY{end_year}", 0
        return (_past_month(month, published), 0) if published else (None, 0)
    if kind == "months_to":
        month = _month_number(g["m"])
        label = f"{g['y']}-{month:02d}" if g.get("y") else _past_month(month, published) if published else None
        end = calendar.year_end
        if g.get("wk") and g["wk"] not in ("13", "26", "39"):
            return label, 0  # "like-for-like sales rose 4.2% in the six weeks to Jan. 4": the month the window ends in
        n = g.get("n") or {"13": "three", "26": "six", "39": "nine"}.get(g.get("wk") or "") or ("six" if g.get("half") else "three")
        if label and n.lower() in ("six", "6"):
            # "the six months to June 2013", "the half-year ended December 31": the half ending that month, of the
            # fiscal year when the text states its year end, else of the calendar year (June or December)
            if end and (end - month) % 6 == 0:
                index = int(label[:4]) * 12 + month - 1 + (end - month) % 12
                return f"H{2 - ((end - month) % 12) // 6} FY{index // 12}", 0
            if not end and month in (6, 12):
                return f"H{month // 6} {label[:4]}", 0
            return label, 0
        if label and end and n.lower() in ("three", "3") and (end - month) % 3 == 0:
            # an organisation with a fiscal calendar: "the three months through June 28" is its fiscal quarter
            q = 4 - ((end - month) % 12) // 3
            index = int(label[:4]) * 12 + month - 1 + 3 * (4 - q)
            return f"Q{q} FY{index // 12}", 0
        if label and not end and n.lower() in ("three", "3") and month % 3 == 0 \
                and (g.get("d1") or g.get("d2") or _word(g["to"]) == "ended" or _TO_MONTH_END.search(m.group(0))):
            # "net income rose in the three months ended Sept. 30", "output in the three months ended 30 June", "net
            # profit for the three months to the end of September": an account's quarter, dated to its last day (or
            # closed with "ended"), is the calendar quarter of a body that states no fiscal year; a statistics office's
            # rolling "three months to September" keeps its month
            return f"Q{month // 3} {label[:4]}", 0
        if label and n.lower() in ("nine", "9") and ((end - month) % 12 == 3 if end else month == 9):
            # "revenue for the nine months ended Sept. 30 rose 10%", "the nine months to the end of December" of a year
            # ending in March: the year to date of the calendar year, or of the fiscal year when the text states its end
            # (three months after), as "the first nine months of the year" is
            # (labelled as a cumulative part of that fiscal year, "9M FY2022", as its halves are "H1 FY2022": the year
            # is not over, and its whole-year label is the year's own accounts)
            return (f"9M FY{(int(label[:4]) * 12 + month - 1 + 3) // 12}" if end else label[:4]), 0
        return label, 0
    if kind == "bare_nine_months":
        # the nine months of a fiscal year (ending in month `year_end`) that ended last before the month of publication:
        # "9M FY2022" in April 2022 for a year to June (a calendar year's are the year so far, as "the nine months ended
        # Sept. 30" are: its year)
        end = calendar.year_end
        if published is None or end is None:
            return None, 0
        index = published.year * 12 + published.month - 2  # the month before publication, counted from year 0
        while (end - (index % 12 + 1)) % 12 != 3:
            index -= 1
        return (str(index // 12) if end == 12 else f"9M FY{(index + 3) // 12}"), 0
    if kind in ("fy_quarter", "fy_quarter_short"):
        return f"Q{_quarter(m)} FY{_year(g['y'])}", 0
    if kind == "quarter":
        return f"Q{_quarter(m)} {g['y']}", 0
    if kind in ("compact_quarter", "compact_half"):
        part = "Q" if kind == "compact_quarter" else "H"
        number = g.get("q") or g.get("q2") or g.get("q3") or g.get("h") or g.get("h2") or g.get("h3")
        year = _year(g.get("y") or g.get("y2") or g.get("y3"))
        return (f"{part}{number} FY{year}" if g.get("fy") else f"{part}{number} {year}"), 0
    if kind == "fiscal_year_part":
        part = f"H{HALF_WORDS[_word(g['ho'])]}" if g.get("ho") else f"Q{_quarter(m)}"
        return f"{part} FY{g['y']}", 0
    if kind == "half":
        h = g.get("h") or str(HALF_WORDS[_word(g["ho"])])
        # ("the first half of its 2022": of the organisation's own year, its fiscal year)
        return (f"H{h} FY{g['y']}" if g.get("fy") or g.get("own") else f"H{h} {g['y']}"), 0
    if kind == "month_range_quarter":
        first, month = _month_number(g["m"]), _month_number(g["m2"])
        if (month - first) % 12 != 2 or published is None and not g.get("y"):
            return None, 0
        label = f"{g['y']}-{month:02d}" if g.get("y") else _past_month(month, published)
        year = int(label[:4])
        end = calendar.year_end
        if end and (end - month) % 3 == 0:  # the organisation's fiscal quarter ending that month
            return f"Q{4 - ((end - month) % 12) // 3} FY{year + (1 if month > end else 0)}", 0
        return (f"Q{month // 3} {year}", 0) if month % 3 == 0 else (label, 0)
    if kind == "month_quarter":
        month, year = _month_number(g["m"]), g.get("y0") or g.get("y")
        if published is None and not year:
            return None, 0
        label = f"{year}-{month:02d}" if year else _past_month(month, published)
        end = calendar.year_end
        if end and (end - month) % 3 == 0:  # the organisation's fiscal quarter ending that month
            return f"Q{4 - ((end - month) % 12) // 3} FY{int(label[:4]) + (1 if month > end else 0)}", 0
        return f"Q{month // 3} {label[:4]}", 0
    if kind == "relative_quarter":
        if published is None:
            return None, 0
        return _relative_quarter(g["which"].lower(), published, calendar.year_end), 0
    if kind == "latest_quarter":
        q = _quarter(m)
        if not q and published is not None:
            # "revenue rose 12 percent during the just-ended quarter", "in the most recent quarter": the latest quarter
            # ended before publication, as "last quarter" is (of the fiscal year when the text gives its year end)
            return _relative_quarter("last", published, calendar.year_end), 0
        return (f"latest Q{q}" if q else "latest quarter"), 0
    if kind in ("bare_quarter", "fiscal_bare_quarter") and calendar.year_end and published \
            and (fy is None or (ended_months_before(f"Q{_quarter(m)} FY{_quarter_year(_quarter(m), fy, published)}",
                                                    published, calendar.year_end) or 0) > 12):
        # (a quarter of the fiscal year the text names that ended over a year before publication is not the one a bare
        # "first quarter" means: "the fiscal first quarter" in August 2022 beside "the fourth quarter of FY22", for a year
        # ending in March, is Q1 FY2023, the latest first quarter ended)
        return fiscal_quarter(_quarter(m), calendar.year_end, published), 0
    if kind == "bare_quarter":
        q = _quarter(m)
        if fy is not None:
            return f"Q{q} FY{_quarter_year(q, fy, published)}", 0
        if published is not None:  # the latest such calendar quarter that has ended by the article's date
            year = published.year if q * 3 < published.month else published.year - 1
            return f"Q{q} {year}", 0
        return f"latest Q{q}", 0
    if kind == "fiscal_bare_quarter":
        # "the fiscal third quarter": a fiscal quarter of a year the text does not name; the pack's
        # fiscal calendar can pin it (claimx.check.calendar), the publication date alone cannot
        return (f"Q{_quarter(m)} FY{_quarter_year(_quarter(m), fy, published)}" if fy is not None else f"latest Q{_quarter(m)}"), 0
    if kind == "the_quarter":
        return None, 0  # "the quarter": the quarter the article reports on (see claimx.frame.period)
    if kind == "bare_half" and g.get("hb"):
        # "in the half": the latest half ended before publication, of the fiscal year when the text states its end
        if published is None:
            return None, 0
        end = calendar.year_end or 12
        index = published.year * 12 + published.month - 2  # the month before publication, counted from year 0
        while (index % 12 + 1 - end) % 6:
            index -= 1
        month, year = index % 12 + 1, index // 12
        if not calendar.year_end and fy is None:
            return f"H{1 if month == 6 else 2} {year}", 0
        h = 2 if month == end else 1
        return f"H{h} FY{year if month == end else _fiscal_year_of(dt.date(year, month, 1), end)}", 0
    if kind == "bare_half":
        # ("the first six months" of a results story: its first half; "reported H1 profit of £145.5 million" too)
        h = int(g.get("hq") or g["hq2"]) if g.get("hq") or g.get("hq2") else HALF_WORDS[_word(g["ho"] or g["six"])]
        if fy is not None:
            return f"H{h} FY{fy}", 0
        if calendar.year_end not in (None, 12) and published is not None:
            # "first-half profit" of a company whose year ends in April, in November 2025: the latest fiscal half
            # ended, May to October 2025 (H1 FY2026), as a bare quarter is read (`fiscal_quarter`)
            return "H" + str(h) + fiscal_quarter(2 * h, calendar.year_end, published)[2:], 0
        if published is not None and g.get("oy"):
            # "the first half of the year": the year of publication's, once over ("rose 6.4% in the first half of the
            # year" in October); one still to come dates a plan, no figure ("plans to launch in the second half of the year")
            return (f"H{h} {published.year}" if h * 6 < published.month else None), 0
        if published is not None and h == 1 and published.month <= 6:
            # "first-half profit" reported from January to June, before a calendar first half is over: the half of a
            # fiscal year that ends in the middle of the year (to December, March or April: H1 FY2020 in May 2020)
            return f"H1 FY{published.year}", 0
        if published is not None:
            year = published.year if h * 6 < published.month else published.year - 1
            return f"H{h} {year}", 0
        return None, 0
    if kind == "fiscal_year":
        y, y2 = g["y"], g.get("y2")
        if y2:
            end = _year(y2) if len(y2) == 4 else _year(y) // 100 * 100 + int(y2)
            if len(y) == 4 and end == int(y) + 1:
                # "fiscal year 2025-26", "FY 2025/26": a financial year written with both years, labelled as written
                return f"{y}-{end % 100:02d}", 0
            return f"FY{end}", 0
        return f"FY{_year(y)}", 0
    if kind == "relative_fiscal_year":
        if published is None:
            return None, 0
        offset = 1 if _word(g["which"]) in ("next", "coming", "upcoming", "forthcoming", "pending") else 0
        if fy is not None:
            return f"FY{fy + offset}", 0
        # the fiscal year in progress: by the year end the text states, else the one ending in the publication's year
        current = _fiscal_year_of(published, calendar.year_end) if calendar.year_end else published.year
        return f"FY{current + offset}", 0
    if kind == "latest_fiscal_year":
        return "latest fiscal year", 0
    if kind in ("full_year", "for_the_year"):
        if fy is not None:
            # (the year the text names being the one in progress, as guidance names it: "posted a 14% increase in
            # full-year pretax profit ... warned of a drop in profits throughout 2014" in February 2014 -> FY2013)
            end = calendar.year_end or 12
            closed = published is not None and fy == _fiscal_year_of(published, end) \
                and _full_year_closed(kind, m, published, end)
            return f"FY{fy - 1 if closed else fy}", 0
        if calendar.year_end and published:
            return f"FY{_fiscal_year_of(published, calendar.year_end) - _full_year_closed(kind, m, published, calendar.year_end)}", 0
        return (str(published.year - _full_year_closed(kind, m, published, 12)), 0) if published else (None, 0)
    if kind == "for_the_month":
        if published is None:
            return None, 0
        month = published.year * 12 + published.month - 1 - (1 if published.day <= 2 else 0)
        return f"{month // 12}-{month % 12 + 1:02d}", 0
    if kind == "past_span":
        n = (g.get("n") or "a").lower()
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        if count is None:
            return None, 0
        years = count * (10 if (g.get("u") or g["u2"]).lower().startswith("decade") else 1)
        if published is not None:
            return f"{published.year - years}-{published.year}", 0
        return f"past {years} years", 0
    if kind == "years_to":
        n = _word(g.get("n") or "ten")
        count = int(n) if n.isdigit() else NUMBER_WORDS.get(n)
        end = int(g["y"])
        if not count or count > 50:
            return None, 0
        return f"{end - count + (0 if g.get('m') else 1)}-{end}", 0
    if kind in ("between_years", "from_to_years", "year_span"):
        return (f"{g['y']}-{g['y2']}", 0) if g["y"] < g["y2"] else (None, 0)
    if kind == "now_to_year":
        if published is not None and int(g["y"]) > published.year:
            return f"{published.year}-{g['y']}", 0
        return None, 0
    if kind == "since_year":
        if published is not None and int(g["y"]) < published.year:
            return f"{g['y']}-{published.year}", 0
        return None, 0
    if kind == "since_decade":
        start = int(g["d"]) + {"early": 0, "mid": 5, "late": 8}.get((g.get("part") or "early").lower(), 0)
        return (f"{start}-{published.year}", 0) if published is not None and start < published.year else (None, 0)
    if kind in ("season_long", "budget_years"):
        y, y2 = int(g["y"]), int(g["y2"])
        return (f"{y}-{y2 % 100:02d}", 0) if y + 1 == y2 else (None, 0)
    if kind == "season":
        y, y2 = int(g["y"]), int(g["y2"])
        return (f"{y}-{g['y2']}", 0) if (y + 1) % 100 == y2 else (None, 0)
    if kind == "ytd":
        first = re.match(r"the\s+first\s+(three|six|3|6)\s+months", m.group(0), re.I)
        year = g.get("y") or (str(published.year) if published else None)
        if first and not g.get("y") and calendar.year_end not in (None, 12) and published is not None:
            # "the first six months of the year" of a company whose year ends in February, in October 2017: the first
            # half of its financial year (H1 FY2018), as "first-half profit" is read (`bare_half`)
            quarter = 1 if first.group(1).lower() in ("three", "3") else 2
            label = fiscal_quarter(quarter, calendar.year_end, published)
            return (label if quarter == 1 else "H1" + label[2:]), 0
        if first and year:  # "the first three months of the year": its first quarter; six months: its first half
            return (f"Q1 {year}" if first.group(1).lower() in ("three", "3") else f"H1 {year}"), 0
        if g.get("y") or g.get("y2"):
            return g.get("y") or g.get("y2"), 0
        return (str(published.year), 0) if published else (None, 0)
    if kind == "relative_year":
        which = _word(g["which"]).split()[-1]
        offset = {"last": -1, "previous": -1, "prior": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[which]
        if which in ("previous", "prior"):
            return None, 1  # "the previous year": the year before the claim's own
        if calendar.year_end and published:  # the organisation's fiscal year in progress, and the ones around it
            return f"FY{_fiscal_year_of(published, calendar.year_end) + offset}", 0
        return (str(published.year + offset), 0) if published else (f"{which} year", 0)
    if kind == "relative_month":
        if published is None:
            return None, 0
        which = _word(g["which"]).split()[-1]
        return _add_months(published, {"last": -1, "previous": -1, "this": 0, "next": 1}[which]), 0
    if kind == "relative_week":
        if published is None:
            return None, 0
        if _word(g["which"]) == "last":  # the week before the publication week (Monday to Sunday): its Sunday's month
            ended = published - dt.timedelta(days=published.weekday() + 1)
            return f"{ended.year}-{ended.month:02d}", 0
        return f"{published.year}-{published.month:02d}", 0  # this week, the past week: up to publication
    if kind == "recent_days":  # the last few days: up to publication
        return (f"{published.year}-{published.month:02d}", 0) if published else (None, 0)
    if kind == "week_of":
        month = _month_number(g["m"])
        return (f"{g['y']}-{month:02d}", 0) if g.get("y") else (_past_month(month, published), 0) if published else (None, 0)
    if kind == "between_seasons":  # "between 2019/20 and 2024/25": the financial years (or seasons) ending 2020 to 2025
        first, last = int(g["y"]) + 1, int(g["y2"]) + 1
        return (f"FY{first}-FY{last}", 0) if first < last else (None, 0)
    if kind == "season_before":
        return None, 1  # the season before the claim's own
    if kind == "relative_time_of_year":
        if published is None:
            return None, 0
        which, last_month = g["which"].lower(), {"spring": 5, "autumn": 11, "fall": 11}[g["part"].lower()]
        first_month = last_month - 2
        # "last autumn" in the spring is the year before's; "next spring" in the autumn the year after's
        shift = {"this": 0, "last": 0 if published.month > last_month else -1,
                 "next": 0 if published.month < first_month else 1}[which]
        return str(published.year + shift), 0
    if kind == "relative_summer":
        if published is None:
            return None, 0
        which = g["which"].lower()
        # "last summer" in the autumn is the summer just gone; "next summer" before June is this year's
        shift = {"this": 0, "last": -1 if published.month < 9 else 0, "next": 1 if published.month >= 6 else 0}[which]
        return str(published.year + shift), 0
    if kind == "relative_season":
        if published is None:
            return None, 0
        which = _word(g["which"]).split()[-1]
        start = _season_start(published) + {"last": -1, "previous": -1, "this": 0, "current": 0, "the": 0, "next": 1}[which]
        return f"{start}-{(start + 1) % 100:02d}", 0
    if kind == "month_named_year":
        return f"{g['y']}-{_month_number(g['m']):02d}", 0
    if kind == "month_year":
        if g.get("d1") or g.get("d2"):
            return None, 0  # "15 October 2025": a date (a dateline, an event), not the period of a figure
        return f"{g['y']}-{_month_number(g['m']):02d}", 0
    if kind == "between_months":
        # a change "between July and August" is August's month-on-month change; a span is named by its last month
        label = f"{g['y']}-{_month_number(g['m2']):02d}" if g.get("y") else \
            _past_month(_month_number(g["m2"]), published) if published else None
        first, month, end = _month_number(g.get("m") or g.get("mb")), _month_number(g["m2"]), calendar.year_end
        if label and end and (month - first) % 12 == 2 and (end - month) % 3 == 0:
            # "net profit of Rs 4,233 crore in the April-June period" from an organisation that states (or whose story
            # implies) its year end: three months ending at one of its quarter ends are that fiscal quarter
            return f"Q{4 - ((end - month) % 12) // 3} FY{int(label[:4]) + (1 if month > end else 0)}", 0
        if label and not end:
            return month_span_label(first, month, label[:4]), 0
        return label, 0
    if kind == "month":
        name = g.get("m") or g.get("m2") or g.get("m3") or g.get("m4") or g.get("m5")
        if published is None:
            return None, 0
        return _past_month(_month_number(name), published), 0
    if kind == "year":
        return g["y"], 0
    return None, 0


def _day_span(g: dict, published: dt.date | None) -> str | None:
    """The label of a span of days matched by `day_span`: the day it ends on for a span of up to 31 days ("from June
    27 to July 3" -> 2022-07-03), its months' label for a longer one; None when a month or the year cannot be read
    (a day alone on each side, "from 3 to 7", names no month; a span with no year needs the publication date)."""
    end_month = g.get("md") or g.get("me") or g.get("ma") or g.get("mb")
    start_month = g.get("ma") or g.get("mb") or end_month
    if g.get("dc") and not (g.get("md") or g.get("me")):
        return None  # "from 3 to 7 July" has its month after both days: matched as dc + dd/md
    start_day, end_day = int(g.get("da") or g.get("db") or g.get("dc")), int(g.get("dd") or g.get("de") or g.get("df"))
    last, first = _month_number(end_month), _month_number(start_month)
    if g.get("y"):
        year = int(g["y"])
    elif published is not None:
        year = int(_past_month(last, published)[:4])
    else:
        return None
    try:
        end = dt.date(year, last, end_day)
        start = dt.date(year - (1 if first > last else 0), first, start_day)
    except ValueError:
        return None
    if not dt.timedelta(0) < end - start <= dt.timedelta(days=31):
        return month_span_label(first, last, str(year)) if first <= last and end > start else None
    return end.isoformat()


def month_span_label(first: int, last: int, year: str) -> str:
    """The label of a span of the months `first` to `last` (numbers) of `year`, outside a story of an organisation's
    fiscal year: three months that make a calendar quarter are that quarter ("between January and March 2023",
    "from July to September" -> Q1 2023, Q3 ...), six that make a calendar half that half ("January to June" -> H1);
    another span from January on is the year so far, as "so far this year" is ("from January to October this year",
    "January-July" -> the year); any other span, or one of two months ("between January and February", a change from
    one month to the next), is named by its last month ("June to August 2020", a release's rolling three months)."""
    if last - first == 2 and last % 3 == 0:
        return f"Q{last // 3} {year}"
    if last - first == 5 and last % 6 == 0:
        return f"H{last // 6} {year}"
    if first == 1 and last >= 3:
        return year
    return f"{year}-{last:02d}"


def find_periods(text: str, published: dt.date | None = None, fiscal_year: int | None = None,
                 year_end: int | None = None) -> list[PeriodMention]:
    """Every period expression in `text`, the longest reading first where readings overlap.

    text (str): a sentence or any text.
    published (date | None): the article's date, for "last year", "in August", "since 2019".
    fiscal_year (int | None): the fiscal year the article reports on, for a bare "the third quarter".
    year_end (int | None): the month the reporting organisation's fiscal year ends in (see `Calendar`).
    RETURNS (list[PeriodMention]): the mentions in text order, with `base` set for comparison bases.
    """
    return list(_find_memo(text, published, fiscal_year, year_end))


# The kinds `_joined` writes on a mention found by another kind's pattern ("a month ago, in May" -> month_year, "the
# previous three months to July" -> months_to, "the third quarter of last year" -> quarter): every other kind is only
# ever the kind of a match of its own pattern.
_JOINED_KINDS = frozenset({"month_year", "months_to", "quarter", "half"})


def may_name(text: str, kinds: Iterable[str]) -> bool:
    """Whether `find_periods(text, ...)` can hold a mention of one of `kinds`: False only when none of their patterns
    matches anywhere in `text` (and none is a kind `_joined` writes), so a caller that keeps only those kinds need not
    run every pattern over a whole article to find none."""
    kinds = frozenset(kinds)
    return not kinds.isdisjoint(_JOINED_KINDS) or any(p.search(text) for kind in kinds for p in _PATTERNS_OF[kind])


@lru_cache(maxsize=2048)
def _find_memo(text: str, published: dt.date | None, fiscal_year: int | None,
               year_end: int | None) -> tuple[PeriodMention, ...]:
    """`_find`, once per text and calendar: the frame asks again for the same metric phrases ("revenue", "the
    unemployment rate") and sentences; mentions are frozen, the caller gets a list of its own."""
    return tuple(_find(text, Calendar(published, fiscal_year, year_end)))


def _cues(text: str) -> set[str] | None:
    """The cues of `text` (see _NEEDS); None when its letters need re's own case folding."""
    if not text.isascii() and any(c in text for c in "ıſİ"):
        return None
    low = text.lower()
    cues = {name for word, name in _CUE_WORD_NAMES if word in low}
    if _YEAR_DIGITS.search(text):
        cues.add("year_digits")
    if _Q_NUMBER.search(low):
        cues.add("q_number")
    if _H_NUMBER.search(low):
        cues.add("h_number")
    return cues


@lru_cache(maxsize=1024)
def _kinds_cued(cues: frozenset[str]) -> frozenset[str]:
    """The pattern kinds a text with `cues` may match: those with a cue of each of their groups (see _NEEDS). Few
    sets of cues occur, so this is worked out once per set, not per pattern and sentence."""
    cued = []
    for kind, _ in PATTERNS:  # (loops, not a generator per kind: some 400 sets of cues are worked out per corpus run)
        for group in _NEEDS.get(kind, ()):
            if cues.isdisjoint(group):
                break
        else:
            cued.append(kind)
    return frozenset(cued)


@lru_cache(maxsize=256)
def _matches(text: str) -> dict[re.Pattern, tuple[re.Match, ...]]:
    """Each pattern's matches in `text` (keyed by the pattern: two kinds have two patterns each), filled in by `_find`
    on first use. A pattern's matches depend on the text alone (not the calendar, nor what `_find` keeps of them), so a
    text read under two calendars (an article's lead, with and without its fiscal year) or for other kinds is scanned by
    each pattern once."""
    return {}


def _find(text: str, calendar: Calendar, kinds: tuple[str, ...] | None = None) -> list[PeriodMention]:
    taken = bytearray(len(text) + 1)
    out = []
    cues = _cues(text)
    cued = None if cues is None else _kinds_cued(frozenset(cues))
    scanned = _matches(text)
    for kind, pattern in PATTERNS:
        if kinds is not None and kind not in kinds or cued is not None and kind not in cued:
            continue
        if (found := scanned.get(pattern)) is None:
            found = scanned[pattern] = tuple(pattern.finditer(text))
        for m in found:
            if any(taken[m.start():m.end()]):
                continue
            if kind == "month" and m.group("m") and m.group("m") == "May" and _MODAL_MAY.search(text[m.end():m.end() + 1]):
                continue
            if kind == "since_month" and (not m.group("m")[:1].isupper() or m.group("m") == "May" and _MODAL_MAY.search(text[m.end():m.end() + 1])):
                continue
            if kind == "bare_half" and _SPORT_CONTEXT.search(text):
                continue  # "short on goals all season, especially in the first half": a half of a match
            if kind in ("bare_half", "bare_quarter") and _LONG_SPAN_AFTER.match(text, m.end()):
                continue  # "would vanish in the second half of this century": no half-year
            if kind == "month" and not next(g for g in m.group("m", "m2", "m3", "m4", "m5") if g)[:1].isupper():
                continue  # "in march" is rare; "to march on the city" is a verb
            if kind == "month" and (m.group("m5") and _AFTER_NAME.search(text, 0, m.start())
                                    or (m.group("m5") or m.group("m")) and _CONTRACT_AFTER.match(text, m.end())
                                    or m.group("m") and m.group(0)[:4].lower() == "for "
                                    and (_GOODS_BEFORE.search(text, max(0, m.start() - 12), m.start())
                                         or _CONTRACT_FOR_BEFORE.search(text, max(0, m.start() - 12), m.start()))
                                    or m.group("m") and m.group(0)[:3].lower() == "in "
                                    and _FOR_CONTRACT_BEFORE.search(text, max(0, m.start() - 16), m.start())):
                continue  # "Ms August said", "Brian April", "the December wheat contract", "Brent for December delivery",
                # "Brent crude for June gained 65 cents", "the WTI contract for January", "Brent for delivery in February"
            if kind == "year" and (_MATURITY_AFTER.match(text, m.end()) or _MATURITY_BEFORE.search(text, max(0, m.start() - 16), m.start())):
                continue  # "the 8.79 percent, 2021 bond", "the benchmark security maturing in 2023": a bond's maturity
            if kind == "month_year" and (m.group("d1") or m.group("d2")) and (
                    not _OPENING_DATE.search(text, 0, m.start()) or _DATELINE_DASH.match(text, m.end())):
                taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
                continue  # a full date: neither its month nor its year is a figure's period
            # (unless it opens its sentence, "On July 1, 2013, 19 firefighters died": an event of that day, whose
            # figures take its month)
            if kind == "full_year" and m.group(0)[:1] in "fF" and not _looks_ahead(m) \
                    and _FIRST_FULL_YEAR.search(text, max(0, m.start() - 20), m.start()):
                continue  # "turned its first full-year profit": the year of the sentence's other period, not a new one
                # (but "Full-year total revenue declined 7.8%", "dropped to a full-year loss of $25.9 million": the year)
            if kind == "season_word" and not _SPORT_CONTEXT.search(text):
                continue  # "in his last term", "this campaign's adverts": no season
            period, shift = normalise("relative_season" if kind == "season_word" else kind, m, calendar)
            if kind == "relative_season" and period is not None and calendar.published is not None \
                    and 6 <= calendar.published.month <= 9 and _word(m.group("which")) == "the" \
                    and _PAST_BEFORE.search(text, max(0, m.start() - 80), m.start()):
                # "averaged 32.7 points during the regular season", "a campaign that saw him win the regular season
                # MVP award" in July: the season just ended, not the one the summer leads to
                period = shift_period(period, 1)
            if kind == "relative_season" and period is not None and calendar.published is not None \
                    and _CALENDAR_SEASON.search(text) and not _SPORT_CONTEXT.search(_NO_SEASON.sub(" ", text)):
                # "Why does Canada have so many wildfires this season?": a fire, flu or holiday season, within a year
                which = _word(m.group("which")).split()[-1]
                period = str(calendar.published.year + {"last": -1, "previous": -1, "next": 1}.get(which, 0))
            if kind == "month_year" and period is None and (m.group("d1") or m.group("d2")):
                period = f"{m.group('y')}-{_month_number(m.group('m')):02d}"  # a sentence's opening date: its month
            if kind == "since_month" and period is not None:
                kind = "ytd"  # "have risen 7.4% since January": the year so far, as "since the start of the year"
            if kind == "record_since_event" and not re.search(rf"\b(?:{_RECORD})\b[^.;:!?]*$", text[max(0, m.start() - 200):m.start()], re.I):
                continue  # "has fallen since the government took office in 2010": no record, a span
            if period is None and shift == 0 and kind not in ("the_quarter", "same_period", "record_since", "record_since_event",
                                                              "year_end_statement", "months_ago", "weeks_ago", "sessions_ago", "next_span", "since_month"):
                continue
            if kind == "month" and period and calendar.published is not None and m.group("m") \
                    and m.group(0).lower().startswith(("from ", "by ", "until ", "in ")) \
                    and _UPCOMING.search(text, max(0, m.start() - 70), m.start()):
                # "will be paying £1,514.70 from April" (published in February), "will lower output in October" (published in
                # September): the month to come, not the last one
                ahead = _add_months(calendar.published, (_month_number(m.group("m")) - calendar.published.month) % 12)
                period = ahead if ahead > f"{calendar.published.year}-{calendar.published.month:02d}" else period
            if kind == "month" and period and calendar.published is not None and m.group("m") \
                    and _STARTING_BEFORE.search(text, max(0, m.start() - 24), m.start() + (3 if m.group(0)[:3].lower() == "in " else 0)) \
                    and not _PAST_WHEN.match(text, m.end()) \
                    and 0 < (_month_number(m.group("m")) - calendar.published.month) % 12 <= _START_AHEAD_MONTHS:
                # "cuts to bus fares and a pay rise, both beginning in August" (published in June): a measure starting in a
                # month a few months on is starting in the one to come, not in the last one (not with a "when" clause in
                # the past tense after it, `_PAST_WHEN`)
                period = _add_months(calendar.published, (_month_number(m.group("m")) - calendar.published.month) % 12)
            if kind == "month" and period and calendar.published is not None and (m.group("m5") or m.group("m2")) \
                    and _NEXT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                # "Council tax is set to rise next April" (published in November): the April to come, after the month
                # of publication, not the last one
                ahead = (_month_number(m.group("m5") or m.group("m2")) - calendar.published.month) % 12 or 12
                period = _add_months(calendar.published, ahead)
            start, end = m.span("at") if "at" in pattern.groupindex else m.span()
            taken[start:end] = b"\x01" * (end - start)
            before = text[max(0, start - 30):start]
            if kind == "years_ago" and m.group(0).lower().startswith("over") and _CHANGE_FIGURE_BEFORE.search(before) is None:
                # "Over the prior 12 months, employment has grown by 2.1%": a rolling window that ends at the period the
                # story reports on, not a comparison base a year back (which "up 5% over the previous year", right
                # after its change, is): no mention, the period carried into the sentence stands
                continue
            base = bool(_BASE_BEFORE.search(before)) and not (kind in _OVER_SPAN and _OVER.search(before)) \
                or kind == "years_ago" and (m.group(0).lower().startswith(("from", "on", "than", "against", "compared", "over"))
                                            or _YEAR_ON_YEAR.match(m.group(0)) is not None) \
                or kind in _CHANGE_BASE_KINDS and m.group(0).lower().startswith(("from ", "over ")) \
                and _CHANGE_FIGURE_BEFORE.search(before) is not None \
                or kind in _CHANGE_BASE_KINDS and m.group(0).lower().startswith("to ") and _COMPARED.search(before) is not None \
                or kind in _CHANGE_BASE_KINDS and m.group(0).lower().startswith("in ") and _SAME_AS.search(before) is not None \
                or _EARLIER_ONE_BEFORE.search(text, max(0, start - 60), start) is not None \
                or comparative_label(text, start, end) \
                or _base_figure_before(text, start) \
                or kind in _NORMAL_SPAN_KINDS and (_NORMAL_AFTER.match(text, end) is not None
                                                   or _NORMAL_BEFORE.search(before) is not None)
            # ("rose 5.4% year-on-year": against a year before; "231% of the average for the period 1981-2010", "64% of
            # the 1981-2010 average": the span of a normal the figure is measured against, no period of its own)
            if kind == "month_year" and (m.group("d1") or m.group("d2")):
                base = False  # "On July 1, 2013, ...": the date a sentence opens with, no old side
            written_kind = kind
            if kind == "years_ago" and not base and _LAST_YEARS.fullmatch(m.group(0)) \
                    and calendar.published is not None and calendar.fiscal_year is None and calendar.year_end is None \
                    and not _SURPASSED_BEFORE.search(text, max(0, start - 40), start) \
                    and not _SURPASSED_AFTER.match(text, end):
                # "Some 68% of pupils passed last year's exams, up from 61% in 2009" (January 2011): a "last year's"
                # that is no comparison's old side names the year before publication, as "last year" does (2010), not
                # a year back from whatever other year the sentence names (2008); not in a text of fiscal years, whose
                # "last year's" counts back from the year reported
                period, shift, written_kind = str(calendar.published.year - 1), 0, "relative_year"
            if base and _SOURCE_FROM.search(before):
                base = False  # "results from the 2002-03 Health Survey show ...": the period the source covers
            if base and kind in ("relative_season", "season_word") and _word(m.group("which")).endswith("previous"):
                # "turnover of £188 million for the 2024-25 season, up 9% on the previous campaign": the season before
                # the claim's own, as "the season before" (not the one before publication)
                period, shift, kind = None, 1, "season_before"
            months = 0
            if kind == "months_ago":
                count = (m.group("n") or m.group("n2") or ("3" if m.group("q") or m.group("q2") else "1")).lower()
                months = int(count) if count.isdigit() else NUMBER_WORDS[count]
            out.append(PeriodMention(start, end, text[start:end], period, written_kind if kind == "years_ago" else kind,
                                     shift, base, months, {"weeks_ago": 7, "sessions_ago": 1}.get(kind, 0)))
    return _joined(text, sorted(out, key=lambda p: p.start))


# between "the previous three months" and the month they end in: "to (the end of) July", "ending in July"
_TO_END = compile_cached(r"\s+(?:to|through|ending(?:\s+in)?|ended)\s+", re.I)

# "last year's" (the possessive of `years_ago`); a verb that makes it a comparison's old side before it ("surpassed last
# year's total") or after its noun ("Last year's road toll left in dust"): rules/lexicon.json "surpassed_year_words"
_LAST_YEARS = compile_cached(r"last\s+year['\u2019]?s", re.I)
_SURPASSED_BEFORE = compile_cached(alternation(load_lexicon()["surpassed_year_words"]["before"]) + r"(?:\s+(?:the|a|an))?\s+$", re.I)
_SURPASSED_AFTER = compile_cached(r"(?:\s+[\w-]+){1,3}?\s+(?:(?:was|were|has\s+been|have\s+been|is|being)\s+)?(?:already\s+)?"
                                  + alternation(load_lexicon()["surpassed_year_words"]["after"]) + r"\b", re.I)

# "rose 3.1% year-on-year in March": the comparison, then the figure's own month (not a restatement of it)
_YEAR_ON_YEAR = compile_cached(r"year[- ](?:on|over)[- ]year\b", re.I)


def names_a_rate(mention: PeriodMention) -> bool:
    """Whether `mention` is "year-on-year" ("year over year"): it says how a rate is measured, against the same time a
    year before, and so dates no figure itself ("down from 3.4% year-on-year in September", "eased from 3.4%
    year-on-year growth the previous month" are September's and the month before's, not a year back)."""
    return mention.kind == "years_ago" and _YEAR_ON_YEAR.match(mention.text) is not None

# The two months of a change written with both ends: "between June 2022 and July 2022", "from July 2021 to July 2022".
_CHANGE_START = compile_cached(r"\b(?:between|from)\s+$", re.I)
_CHANGE_ENDS = compile_cached(r"\s+(?:and|to)\s+", re.I)


def _months_apart(first: str, second: str) -> int | None:
    """How many months the month `second` ("2022-07") comes after the month `first`; None unless both are months."""
    if not (re.fullmatch(r"(?:19|20)\d\d-\d\d", first) and re.fullmatch(r"(?:19|20)\d\d-\d\d", second)):
        return None
    return (int(second[:4]) - int(first[:4])) * 12 + int(second[5:]) - int(first[5:])


# Between a relative period and the written period that restates it: "a year ago in June 2018", "a month ago, in May".
_RESTATED_GAP = compile_cached(r",?\s*(?:in|during|on)?\s*", re.I)


def _joined(text: str, found: list[PeriodMention]) -> list[PeriodMention]:
    """Mentions that say one period together, as one: a relative period restated by the written one right after it
    ("a year ago in June 2018", "a month ago, in May") is the written one; a month with "of" and its year ("in April of
    last year", "March of 2021") is that month of that year, and so is a month, quarter or half with a relative year
    ("in October last year", "the third quarter (of) last year": Q3 of the year before publication, not this year's)."""
    out: list[PeriodMention] = []
    i = 0
    while i < len(found):
        m, nxt = found[i], found[i + 1] if i + 1 < len(found) else None
        gap = text[m.end:nxt.start] if nxt is not None else ""
        if nxt is not None and m.period is None and m.kind in ("years_ago", "months_ago") and nxt.period \
                and not _YEAR_ON_YEAR.match(m.text) \
                and nxt.kind in ("month_year", "month", "year") and _RESTATED_GAP.fullmatch(gap) \
                and re.match(r"(?:(?:in|during|on)\s+)?[A-Z0-9]", nxt.text):
            out.append(replace(nxt, start=m.start, text=text[m.start:nxt.end], base=m.base or nxt.base))
            i += 2
            continue
        if nxt is not None and m.kind == "months_ago" and m.months and nxt.period and nxt.kind in ("month_year", "month") \
                and _TO_END.fullmatch(gap):
            # "in the previous three months to the end of July": the rolling months written out, ending in July
            out.append(replace(nxt, start=m.start, text=text[m.start:nxt.end], kind="months_to", base=m.base or nxt.base))
            i += 2
            continue
        if nxt is not None and m.kind == "month_year" and nxt.kind == "month_year" and m.period and nxt.period \
                and _CHANGE_ENDS.fullmatch(gap) and _CHANGE_START.search(text, 0, m.start) \
                and _months_apart(m.period, nxt.period) in (1, 12):
            # "increased by 1.1% between June 2022 and July 2022", "from July 2021 to July 2022": a change over a month
            # or over the same month a year before, which is the later month's; the earlier one is its old side
            out.append(replace(m, base=True))
            i += 1
            continue
        if nxt is not None and m.kind == "month_year" and nxt.kind == "month_year" and m.period and nxt.period \
                and _CHANGE_ENDS.fullmatch(gap) and _CHANGE_START.search(text, 0, m.start) \
                and _months_apart(m.period, nxt.period) in (2, 5, 11):
            # "between April 2012 and March 2013", "from January 2023 to March 2023": a span of months written with
            # their years, named as one: twelve months from April are the year written with both its years (2012-13, a
            # public body's or a police force's financial year), from January the calendar year; three or six that
            # make a calendar quarter or half that quarter or half (see month_span_label); the rest by the last month
            first, last = int(m.period[5:]), int(nxt.period[5:])
            if _months_apart(m.period, nxt.period) == 11:
                period = m.period[:4] if first == 1 else f"{m.period[:4]}-{nxt.period[2:4]}"
            else:
                period = month_span_label(first, last, nxt.period[:4]) if first < last else nxt.period
            out.append(replace(nxt, start=m.start, text=text[m.start:nxt.end], period=period, kind="between_months"))
            i += 2
            continue
        if nxt is not None and m.kind == "fiscal_year" and m.period and nxt.period and re.fullmatch(r"\s+", gap) \
                and re.fullmatch(rf"[QH][1-4] {re.escape(m.period)}", nxt.period):
            # "its fiscal 2025 first quarter ended December 27": the year written before the quarter says which year's
            # quarter it is, one period (as "fiscal 2025 first-quarter" is), not a year of its own
            out.append(replace(nxt, start=m.start, text=text[m.start:nxt.end], base=m.base or nxt.base))
            i += 2
            continue
        if nxt is not None and m.kind == "month" and m.period and nxt.period and re.fullmatch(r"\s+of\s+", gap) \
                and re.fullmatch(r"(?:19|20)\d\d", nxt.period):
            out.append(replace(m, end=nxt.end, text=text[m.start:nxt.end], period=f"{nxt.period}-{m.period[-2:]}",
                               kind="month_year"))
            i += 2
            continue
        if nxt is not None and m.kind == "relative_year" and m.period and nxt.period \
                and nxt.kind in ("fiscal_year", "fiscal_year_after", "year") and re.fullmatch(r",\s*", gap) \
                and re.fullmatch(r"(?:FY)?(?:19|20)\d\d", nxt.period) and nxt.period[-4:] == m.period[-4:]:
            # "the budget for the current year, FY2026": the relative year restated as written, one mention
            out.append(replace(nxt, start=m.start, text=text[m.start:nxt.end], base=m.base or nxt.base))
            i += 2
            continue
        if nxt is not None and m.period and nxt.period and nxt.kind == "relative_year" and not nxt.text.endswith(("'s", "\u2019s")) \
                and re.fullmatch(r"(?:19|20)\d\d|FY(?:19|20)\d\d", nxt.period) \
                and (m.kind in ("month", "between_months") and re.fullmatch(r"\s+(?:of\s+)?", gap)
                     or m.kind in ("bare_quarter", "bare_half") and re.fullmatch(r"\s+(?:of\s+)?", gap)):
            # "in October last year", "the third quarter of last year", "during the third quarter last year": that month
            # or quarter of that year; "from April to June this year": the months of that year
            year = nxt.period.removeprefix("FY")
            period = f"{year}-{m.period[-2:]}" if m.kind == "month" else \
                re.sub(r"(?:19|20)\d\d", year, m.period) if m.kind == "between_months" else \
                f"{m.period[:2]} {'FY' if nxt.period.startswith('FY') else ''}{year}"
            out.append(replace(m, end=nxt.end, text=text[m.start:nxt.end], period=period,
                               kind="month_year" if m.kind == "month" else m.kind if m.kind == "between_months"
                               else "half" if m.kind == "bare_half" else "quarter"))
            i += 2
            continue
        out.append(m)
        i += 1
    return out


def fiscal_years(text: str, published: dt.date | None = None, rolling: bool = True) -> list[int]:
    """The fiscal years a text names ("fiscal 2026", "Q3 FY26", "FYE March 2023", "the year to March 2025"),
    sorted: only the fiscal patterns are run, so a whole article is cheap to scan. With `rolling` False, not a year
    to a month of a named year without "fiscal" or "financial" ("the year ending March 2025"), which a statistics
    release uses for a rolling year."""
    periods = [(m, as_fiscal_year(m.period) if m.kind == "fiscal_year" else m.period) for m in _fiscal_mentions(text, published)]
    return sorted({int(period[-4:]) if "FY" in period else int(period[:4])
                   for m, period in periods
                   if period and (period.startswith(("FY", "Q")) and "FY" in period
                                  or rolling and m.kind == "year_to" and _NAMED_YEAR_TO.match(m.text))})


@lru_cache(maxsize=4)
def _fiscal_mentions(text: str, published: dt.date | None) -> tuple[PeriodMention, ...]:
    """The mentions of the fiscal patterns in `text`, found once per text: the article model asks `fiscal_years`
    for the same whole article with and without `rolling`, which only filters them."""
    kinds = ("fiscal_begins", "fye", "year_to", "fy_quarter", "fy_quarter_short", "fiscal_year")
    return tuple(_find(text, Calendar(published), kinds))


_PATTERN_OF = dict(PATTERNS)
_PATTERNS_OF: dict[str, tuple[re.Pattern, ...]] = {  # every pattern of a kind: some kinds have two or three
    kind: tuple(p for k, p in PATTERNS if k == kind) for kind in _PATTERN_OF}
_YEAR_TO = _PATTERN_OF["year_to"]
# "the year to March 2025", "year ending March 2025": a year to a month of a named year
_NAMED_YEAR_TO = compile_cached(rf"(?:the\s+)?(?:(?:fiscal|financial|budget)\s+)?year\b.*{_Y}", re.I | re.S)


_YEAR_END = compile_cached(
    rf"\b(?:fiscal|financial|full|budget)[\s-]+year\s+(?:also\s+|that\s+|which\s+)?(?:ends|ending|ended|runs\s+to|closes)"
    rf"\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\s+\d))|\bFYE\s+(?:\d{{1,2}}\s+)?(?P<m2>{_MONTH})",
    re.I)


# "the next fiscal year, which begins Oct. 1", "its budget year starts in July": the month a fiscal year starts in
_YEAR_BEGINS = compile_cached(
    rf"\b(?:fiscal|financial|budget)[\s-]+year,?\s+(?:that\s+|which\s+)?(?:begins|starts|will\s+begin|will\s+start)"
    rf"\s+(?:on\s+|in\s+)?(?:\d{{1,2}}\s+)?(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\.?\s+\d))", re.I)


def fiscal_year_end(text: str) -> int | None:
    """The month a fiscal year ends in, as the text states it first ("whose fiscal year ends in January",
    "for the full year ending Jan. 31", "FYE March 2023"), or the month before the one it says the year begins in
    ("the next fiscal year, which begins Oct. 1": September); None when it does not."""
    m = _YEAR_END.search(text)
    if m:
        return _month_number(m.group("m") or m.group("m2"))
    m = _YEAR_BEGINS.search(text)
    return (_month_number(m.group("m")) - 2) % 12 + 1 if m else None


# A fiscal quarter named by its number ("its fiscal first-quarter profit", "the third fiscal quarter", "the first
# quarter of the company's fiscal 2010") and a quarter named by the month it ends in ("for the quarter ended Sept. 30",
# "the period, which ended May 30", "the three months through June 28").
_FISCAL_QUARTER = compile_cached(
    rf"\bfiscal[\s-]+(?P<a>{_QO})[\s-]quarter\b|\b(?P<b>{_QO})[\s-]+(?:fiscal|financial)[\s-]+quarter\b|"
    rf"\b(?P<c>{_QO})[\s-]quarter\s+of\s+(?:(?:the|its|their)\s+(?:[A-Za-z.&-]+['\u2019]s\s+)?)?fiscal\b|"
    # the short forms of Indian and Asian results copy: "Q3FY20", "Q3 FY2020", "the third quarter of FY20"
    rf"\bQ(?P<d>[1-4])\s?FY\s?'?(?:{_Y}|\d\d)\b|\b(?P<e>{_QO})[\s-]quarter\s+of\s+FY\s?'?\d\d", re.I)
_QUARTER_END = compile_cached(
    rf"\b(?:quarter|period|three\s+months),?\s+(?:(?:which|that)\s+)?(?:ended|ending|ends|closed|through|to)\s+(?:on\s+)?"
    rf"(?:(?P<d1>\d{{1,2}})\s+)?(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\s+\d))(?:\s+(?P<d2>\d{{1,2}})\b)?", re.I)


_MONTH_NAMED_QUARTER = _PATTERN_OF["month_quarter"]
_NUMBERED_QUARTER_END = compile_cached(
    rf"\b(?P<q>{_QO})[\s-]quarter,?\s+(?:(?:which|that)\s+)?(?:ended|ending|closed)\s+(?:on\s+)?(?:(?P<d1>\d{{1,2}})\s+)?"
    rf"(?P<m>{_FULL_MONTH}\b|{_MONTH}(?=\s+\d))(?:\s+(?P<d2>\d{{1,2}})\b)?", re.I)


# A quarter a results lead numbers, with or without "fiscal" ("fourth quarter net profit", "its Q4 earnings"), not one
# counted from publication ("the current quarter").
_PLAIN_QUARTER = compile_cached(rf"\b(?P<q>{_QO})[\s-]quarter\b|\bQ(?P<n>[1-4])\b", re.I)


# A quarter written to end on one of the first days of a month ("the second quarter ended July 1", "the quarter ended
# Jan. 2") closes the month before, as a year of 52 or 53 weeks ends on the last Saturday or Sunday of its month or on
# the one nearest it: Q2 of a calendar year, not of a year to January.
_WEEK_YEAR_DAYS = 7


def quarter_end_month(m: re.Match) -> int:
    """The month a quarter matched with its end month (group m) and maybe its day (d1 before it, d2 after it) closes:
    that month, or the month before for a day up to _WEEK_YEAR_DAYS (see above)."""
    month = _month_number(m.group("m"))
    day = m.groupdict().get("d1") or m.groupdict().get("d2")
    return (month - 2) % 12 + 1 if day and int(day) <= _WEEK_YEAR_DAYS else month


def quarter_year_end(text: str, lead_end: int | None = None) -> int | None:
    """The month a results story's fiscal year ends in, from the number of the fiscal quarter it reports and the
    month that quarter ended ("its fiscal first quarter" ... "the quarter ended Sept. 30": a year ending in June);
    None unless the text gives both. With `lead_end`, the numbered quarter must be in text[:lead_end] (the
    story is about it: a market report naming one company's fiscal quarter further on keeps calendar quarters)."""
    ended = _QUARTER_END.search(text)
    # a lead that dates the story's quarter by the month it ends ("record revenue for the quarter that ended June 26",
    # "Mac sales rose 17% in the September quarter") makes it a results story of that quarter: a fiscal quarter the
    # text numbers further on ("Orlan's fiscal third-quarter revenue") is that one, and fixes the year end
    dated_lead = lead_end is not None and (ended is not None and ended.start() < lead_end
                                           or _MONTH_NAMED_QUARTER.search(text, 0, lead_end) is not None)
    numbered = _FISCAL_QUARTER.search(text, 0, len(text) if lead_end is None or dated_lead else lead_end)
    if numbered and ended is None and dated_lead:
        ended = _MONTH_NAMED_QUARTER.search(text, 0, lead_end)
    if not (numbered and ended):
        # "the third quarter ended July 1": a numbered quarter that ends in another month than the calendar quarter of
        # that number (September) is a fiscal one, and fixes the year end as "fiscal" would
        for m in _NUMBERED_QUARTER_END.finditer(text, 0, len(text) if lead_end is None else lead_end):
            q, month = QUARTER_WORDS[_word(m.group("q"))], quarter_end_month(m)
            if month != 3 * q:
                return (month + 3 * (4 - q) - 1) % 12 + 1
        if lead_end is not None and ended is not None and ended.start() < lead_end \
                and (plain := _PLAIN_QUARTER.search(text, 0, lead_end)) is not None:
            # "posted a fourth quarter net profit of S$45.9 million ... Revenue in the three months ended March 31 was
            # S$295.4 million": the quarter a results lead numbers, and the month the quarter its lead dates ends in,
            # which another month than the calendar quarter's of that number (December) makes a fiscal quarter
            q = int(plain.group("n")) if plain.group("n") else QUARTER_WORDS[_word(plain.group("q"))]
            month = quarter_end_month(ended)
            if month != 3 * q:
                return (month + 3 * (4 - q) - 1) % 12 + 1
        return None
    q = int(numbered.group("d")) if numbered.group("d") else \
        QUARTER_WORDS[_word(next(g for g in numbered.group("a", "b", "c", "e") if g))]
    return (quarter_end_month(ended) + 3 * (4 - q) - 1) % 12 + 1


def year_to_month(text: str, bare: bool = False) -> int | None:
    """The month of the first "the year to March 2025" (a year to a named month of a named year) in `text`; with
    `bare`, of a year to a month with no year written too ("net earnings for the year through December", "a net profit
    for the 12 months through June"), which in a company's results is its fiscal year."""
    for m in _find(text, Calendar(), ("year_to",)):
        if m.period and _NAMED_YEAR_TO.match(m.text):
            name = re.search(_MONTH, m.text.split(" to ", 1)[-1] if " to " in m.text else m.text, re.I)
            if name:
                return _month_number(name.group(0))
    if bare:
        # no year written, so no period without a publication date: read the month of a year "to", "through" or
        # "ended" a month ("For the 12 months ended 30 June, Kestrel reported ..." in a full-year results story: a year
        # to June)
        found = next((m for m in _YEAR_TO.finditer(text) if not m.group("y")), None)
        if found is not None and not found.group("what").lower().endswith("weeks") \
                and found.group("to").lower() in ("to", "through", "ended", "ending"):
            return _month_number(found.group("m"))
    return None


_LABEL_YEAR = compile_cached(rf"(?<!\d){_Y}(?!\d)")


def label_years(period: str | None) -> tuple[int, int] | None:
    """The first and last four-digit year a normal form writes ("1995-2004": (1995, 2004); "Q3 FY2025": (2025, 2025);
    "2024-25": (2024, 2024), its second year written short); None when it writes none."""
    years = [int(y) for y in _LABEL_YEAR.findall(period or "")]
    return (min(years), max(years)) if years else None


def as_fiscal_year(period: str | None) -> str | None:
    """A financial year written with both years as the fiscal year it is ("2025-26" -> "FY2026"); other
    normal forms unchanged."""
    if period and (m := re.fullmatch(rf"({_Y})-(\d\d)", period)) and (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        return f"FY{int(m.group(1)) + 1}"
    return period


def shift_months(period: str | None, months: int) -> str | None:
    """A month `period` ("2025-08") moved `months` back ("2025-07"), or a quarter ("Q3 2025", "Q1 FY2026") moved back
    a whole number of quarters ("Q2 2025", "Q4 FY2025"); None for any other normal form."""
    quarter = re.fullmatch(rf"Q([1-4]) (FY)?({_Y})", period or "")
    if quarter and months % 3 == 0:
        index = int(quarter.group(3)) * 4 + int(quarter.group(1)) - 1 - months // 3
        return f"Q{index % 4 + 1} {quarter.group(2) or ''}{index // 4}"
    if period is None or not (m := re.fullmatch(rf"({_Y})-(\d\d)", period)) or not 1 <= int(m.group(2)) <= 12 \
            or (int(m.group(1)) + 1) % 100 == int(m.group(2)):
        return None
    index = int(m.group(1)) * 12 + int(m.group(2)) - 1 - months
    return f"{index // 12}-{index % 12 + 1:02d}"


def shift_back(period: str | None, mention: PeriodMention) -> str | None:
    """`period` moved back as a relative `mention` says: by its months ("the month before") or its years."""
    if mention.days:  # "a week earlier": the day a week back; a month or a week's month stays (most weeks back do)
        day = re.fullmatch(rf"({_Y})-(\d\d)-(\d\d)", period or "")
        if day is None:
            return period
        back = dt.date(*map(int, day.groups())) - dt.timedelta(days=mention.days)
        while mention.kind == "sessions_ago" and back.weekday() >= 5:
            back -= dt.timedelta(days=1)  # "the previous session" of a Monday: the Friday before
        return back.isoformat()
    return shift_months(period, mention.months) if mention.months else shift_period(period, mention.shift)


def shift_period(period: str | None, years: int) -> str | None:
    """`period` moved `years` back: "Q3 FY2026" -> "Q3 FY2025", "2025-09" -> "2024-09"; None if it has no year."""
    if period is None or years == 0:
        return period
    def back(match: re.Match) -> str:
        return str(int(match.group(0)) - years)
    if re.fullmatch(rf"{_Y}-\d\d", period) and not re.fullmatch(rf"{_Y}-{_Y}", period):
        year, tail = period.split("-")
        if int(tail) <= 12 and not (int(year) + 1) % 100 == int(tail):
            return f"{int(year) - years}-{tail}"
        return f"{int(year) - years}-{(int(tail) - years) % 100:02d}"  # a season "2025-26"
    if re.search(_Y, period):
        return re.sub(_Y, back, period)
    return None


def ended_months_before(period: str | None, published: dt.date | None, year_end: int | None = None) -> int | None:
    """How many months before the month of `published` a quarter or half ended (0: that month; negative: it has not
    ended); a fiscal one ("Q2 FY2021") only when `year_end` is known (see `not_over`). None for other periods."""
    if not period or published is None:
        return None
    now = published.year * 12 + published.month - 1
    if year_end and (m := re.fullmatch(rf"([QH])([1-4]) FY({_Y})", period)):
        months = 3 if m.group(1) == "Q" else 6
        return now - (int(m.group(3)) * 12 + year_end - 1 - (12 // months - int(m.group(2))) * months)
    if m := re.fullmatch(rf"([QH])([1-4]) ({_Y})", period):
        months = 3 if m.group(1) == "Q" else 6
        return now - (int(m.group(3)) * 12 + int(m.group(2)) * months - 1)
    return None


def not_over(period: str | None, published: dt.date | None, year_end: int | None = None) -> bool:
    """Whether `period` (a normal form) has not yet ended at `published`: the current or a coming period.
    A fiscal year is taken to end in the calendar year it is named by, in month `year_end` when that is known (then a
    fiscal quarter or half ends that many months before it: Q3 FY2026 of a year ending in January ended in October
    2025); False when either is unknown."""
    if not period or published is None:
        return False
    if year_end and (m := re.fullmatch(rf"([QH])([1-4]) FY({_Y})", period)):
        months = 3 if m.group(1) == "Q" else 6
        parts = 12 // months
        end = int(m.group(3)) * 12 + year_end - 1 - (parts - int(m.group(2))) * months
        return end >= published.year * 12 + published.month - 1
    if year_end and (m := re.fullmatch(rf"FY({_Y})", period)):
        # a fiscal year ends in month `year_end` of the year it is named by: FY2019 of a year to March is over in May 2019
        return int(m.group(1)) * 12 + year_end - 1 >= published.year * 12 + published.month - 1
    if m := re.fullmatch(rf"({_Y})-(\d\d)", period):
        year, tail = int(m.group(1)), int(m.group(2))
        if tail <= 12 and (year + 1) % 100 != tail:
            return (year, tail) >= (published.year, published.month)
        return (year + 1, 6) >= (published.year, published.month)  # a season or a financial year "2025-26"
    if m := re.fullmatch(rf"([QH])([1-4]) ({_Y})", period):
        months = 3 if m.group(1) == "Q" else 6
        return (int(m.group(3)), int(m.group(2)) * months) >= (published.year, published.month)
    years = [int(y) for y in re.findall(_Y, period)]
    return bool(years) and max(years) >= published.year


def resolve_relative(period: str | None, published: dt.date | None) -> str | None:
    """Resolve a relative normal form ("last year") once the publication date is known."""
    if period is None or published is None:
        return period
    for which, offset in (("last", -1), ("previous", -1), ("this", 0), ("current", 0), ("next", 1), ("coming", 1)):
        if period == f"{which} year":
            return str(published.year + offset)
    return period


# How many months after publication a numbered quarter of the article's fiscal year may end and still be the one meant
# (guidance for the quarter under way or the next one); a later one is the quarter of the year before.
_QUARTER_AHEAD = 3


def _quarter_year(quarter: int, fiscal_year: int, published: dt.date | None) -> int:
    """The fiscal year of a bare numbered quarter ("the fourth quarter") in an article whose fiscal year is
    `fiscal_year` (often the year its guidance names: "forecast fiscal 2008 revenue"): that year, unless its quarter of
    that number cannot end within _QUARTER_AHEAD months of publication, even for a fiscal year ending in January
    (its earliest end): then the year before, the one whose quarter was just reported (Q4 in August 2007 with "fiscal
    2008" in the text is Q4 FY2007)."""
    if published is None:
        return fiscal_year
    earliest_end = fiscal_year * 12 - 3 * (4 - quarter)  # months since year 0, January of the fiscal year's end = fy*12
    return fiscal_year - 1 if earliest_end > published.year * 12 + published.month - 1 + _QUARTER_AHEAD else fiscal_year


def fiscal_quarter(quarter: int, year_end_month: int, published: dt.date) -> str:
    """The label of the latest fiscal `quarter` that has ended by `published`, for an entity whose fiscal
    year ends in `year_end_month`: Q3 for a year ending in January, in an article of 25 November 2025, is
    "Q3 FY2026" (August to October 2025)."""
    now = published.year * 12 + published.month - 1
    for fiscal_year in (published.year + 1, published.year, published.year - 1, published.year - 2):
        end = fiscal_year * 12 + year_end_month - 1 - 3 * (4 - quarter)  # the quarter's last month
        if end < now or (end == now and published.day >= 28):
            return f"Q{quarter} FY{fiscal_year}"
    return f"Q{quarter} FY{published.year}"


# ---------------------------------------------------------------- period labels (packs and the checker)
# A claim's period (a normal form above, or words such as "fourth quarter of fiscal 2025") and a pack
# fact's label ("FY2025", "Q3 FY2026", "2025-09", "September 2025") parsed into one query.

Kind = Literal["fiscal_year", "fiscal_quarter", "calendar_year", "calendar_quarter", "latest", "previous",
               "current", "next", "month", "day", "year_to", "range", "none", "unknown"]
Span = Literal["annual", "quarter", "month", "day", "any"]

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


def label_key(text: str) -> str:
    """A period label folded for comparing a claim's words with a pack fact's label ("Q3 FY2025" ~ "q3fy2025")."""
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
        kind "year_to" with the same fields; "2024-04-19" is kind "day", its month in `quarter`.
    """
    if not text or not text.strip():
        words = _normalise(hint or "")
        if re.search(r"\bquarter", words):
            return PeriodQuery("none", span="quarter")
        if re.search(r"\b(?:annual|yearly|full[- ]year|fy)\b", words):
            return PeriodQuery("none", span="annual")
        return PeriodQuery("none")
    label = label_key(text)
    if day := re.fullmatch(r"((?:19|20)\d{2})-(\d{2})-(\d{2})", text.strip()):
        # "2024-04-19": a day's figure (a market's close, a match), matched only by a fact labelled with that day
        return PeriodQuery("day", int(day.group(1)), int(day.group(2)), "day", label)
    if parse_period_range(text):
        return PeriodQuery("range", label=label)
    words = _normalise(text)
    if month := re.search(r"\b(" + "|".join(MONTHS) + r")\b\.?(?:\s+(\d{4}))?", words):
        year = int(month.group(2)) if month.group(2) else None
        if year and re.search(r"\b(?:year|12 months) (?:to|ending|ended|through)\b", words):
            return PeriodQuery("year_to", year, MONTHS[month.group(1)], "annual", label)
        return PeriodQuery("month", year, MONTHS[month.group(1)], "month", label)
    if season := re.fullmatch(r"((?:19|20)\d{2})\s*[-/]\s*(\d{2})", words):
        first, second = int(season.group(1)), int(season.group(2))
        if second == (first + 1) % 100:  # "2024-25", "2024/25": the financial year or season ending in 2025
            return PeriodQuery("fiscal_year", first + 1, None, "annual", label)
    if month := re.fullmatch(r"((?:19|20)\d{2})-(\d{2})", words):
        if 1 <= int(month.group(2)) <= 12:
            return PeriodQuery("month", int(month.group(1)), int(month.group(2)), "month", label)
    quarter = None
    if match := re.search(r"\bq([1-4])\b", words):
        quarter = int(match.group(1))
    elif match := re.search(r"\b(first|1st|second|2nd|third|3rd|fourth|4th)[\s-]+quarter", words):
        quarter = QUARTER_WORDS[match.group(1)]
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


def rolling_months(text: str | None) -> int | None:
    """How many months a rolling period ending in a named month spans ("the three months to June": 3; "the
    six-month period ending March": 6; "the previous quarter to July": 3; "the 26 weeks to March": 6), or None for other
    words."""
    match = dict(PATTERNS)["months_to"].search(text or "")
    if match is None:
        return None
    if match.group("wk"):
        if match.group("wk") not in ("13", "26", "39"):
            return None  # "the six weeks to Jan. 4": a window of weeks, not of whole months
        return int(match.group("wk")) // 13 * 3  # a retailer's "13 weeks ended January 30": its quarter
    n = (match.group("n") or "three").lower()
    return int(n) if n.isdigit() else NUMBER_WORDS.get(n)


def lookback_years(text: str | None) -> int | None:
    """How many years back "over the past two decades", "in five years", "over a decade" reaches."""
    words = (text or "").lower()
    match = re.search(r"\b(?:over|in|during|across|for|within)\s+(?:the\s+)?(?:past|last|previous|prior)?\s*"
                      r"(\w+)\s+(years?|decades?)\b", words)
    if not match:
        return None
    word = match.group(1)
    count = int(word) if word.isdigit() else None if word == "several" else NUMBER_WORDS.get(word)
    if count is None:
        return None
    return count * (10 if match.group(2).startswith("decade") else 1)
