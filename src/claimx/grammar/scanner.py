"""The quantity grammar: finds every number in a text and normalises it.

`Grammar.scan(text)` returns `Found` records: the span as written (hedge included), the value
with its scale applied, the unit (ISO 4217 code, "percent", "percentage_point", "ratio",
"count", or a physical unit's name), the qualifier and bounds the wording implies, and whether
it looks like a claim at all. Dates, times, phone numbers, labels and the like are skipped
first (see exclusions.py). Physical units are left to quantulum3, run on the few characters
after a number rather than on the whole text.

The grammar is plain text processing; the spaCy component adds what needs the parse.
"""
from __future__ import annotations

import math
import re
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache

from claimx.grammar.exclusions import MONTH_NAMES, Exclusions, Starts, merge_starts, starts_of, words_of
from claimx.grammar.units import compile_cached, quantulum, unit_index
from claimx.lexicon import Lexicon, alternation

# US money written as such: "US$5", "U.S.$5", "$US5", "USD 5", "5 US dollars", "93 US cents", "US63¢"
_GLUED_M = re.compile(r"[$€£¥₹A-Z]*\d[\d.,]*m")
# a number with a glued "m" before a lower-case word ("217m passengers"): maybe millions (see `_millions_text`)
_DASH_AFTER = re.compile(r"\s+[-\u2013\u2014]\s")  # "totalled 122m - 7% up on 2003": a clause ended by a dash
_GLUED_M_NOUN = re.compile(r"(?<![\w.])\d[\d.,]*m(?=\s+[a-z])")
_CLAUSE_END = re.compile(r"(?:[.,;:)!?](?!\d)|[ \t]*(?:\n|$))")  # "2.31m." at a clause's end: a full stop, comma, bracket
_US_MARK = re.compile(r"US\$|U\.S\.\$|\$US|\bUSD\b|\bU\.?S\.?\s+(?:dollars?|cents)\b|\bUS\d[\d.]*(?:¢|c\b)")
# a dateline: a capitalised place opening a paragraph, then a dash, a comma or "(Agency)" ("OTTAWA -- ", "SYDNEY, Aug 24 (Reuters) -")
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z.'’]+(?:\s[A-Z][A-Z.'’]+){0,2})\s*(?:--|[—–]|-\s|,\s|\()")
_CODED_DOLLAR = re.compile(r"(?<![\w$])([A-Z]{2,3})\s$")  # "NZD $7.25": a code, a space, then the "$"
_CODED_DOLLAR_FIGURE = re.compile(r"[A-Z]{2,3}\s\$")
_PER_CENT = re.compile(r"\bper\s+cent\b", re.I)  # "per cent" or "percent": how the writer spells it
_PERCENT = re.compile(r"\bpercent\b", re.I)
_EQUALS_AMOUNT = re.compile(r"\s*=\s*\S*\d")
_AS_CLAUSE = re.compile(r"\s+as\s+[A-Z][a-z]")  # "scored twice as Harwick beat Dunmore": 'as' opens a clause
LEAD_CHARS = 600  # the headline, dateline and first paragraph, where an article says where it is written
_VIDEO_LINES = {"240", "360", "480", "576", "720", "1080", "1440", "2160", "4320"}  # "1080p" is a screen, not pence
# After "N points": the rest of the move's clause (an optional percentage, a day or a few words) and the level it moved
# to or closed at, 100 or more and no percentage ("up 40 points or 1.5% on Thursday to 2740", "down 41 points at 6,212")
# a sum of pounds with its scale ("310 million pounds", "2.3 billion pounds"): see Scanner._writes_pounds
_SCALED_POUNDS = re.compile(r"\b\d[\d,.]*\s+(?:million|billion|bn|mln|trillion)\s+pounds\b", re.I)
# A move in bare points on its way to a level of 100 or more: "up 40 points or 1.5% on Thursday to 2740", "rose 0.69 percent,
# or 112.37 points, to 16,291.31", "or 25.89 points, lower at 2,035.87", "or 44.1 points, to close at 4,584.7"
# between a market's move in percent and the same move in index points, and between that and the level it moved to
# ("rose 0.6 per cent, or 44.2, to 7,412.6")
_OR_BETWEEN = re.compile(r",?\s+(?:or|and)\s+")
_TO_LEVEL_BETWEEN = re.compile(r",?\s+(?:to(?:\s+(?:close|end|finish|settle)\s+at)?|at)\s+")
_POINTS_TO_LEVEL = re.compile(
    r"(?:,?\s*(?:or|and)?\s*[\d.]+\s*(?:%|per\s?cent\b|percent\b),?)?,?(?:\s+(?!to\b|at\b)[A-Za-z]+){0,4}?"
    r"\s+(?:to\s+(?:close|end|finish|settle)\s+at|to|at)\s+"
    r"(?:\d{1,3}(?:,\d{3})+|\d{3,})(?:\.\d+)?(?!\s*(?:%|per\s?cent|percent|points?))\b", re.I)
# A move in bare points that goes on to a share ("up three points to 24pc", "fell 1 point to 28 per cent")
_POINTS_TO_PERCENT = re.compile(r"(?:\s+(?!to\b|at\b)[A-Za-z]+){0,3}?\s+(?:to|at|on)\s+\d{1,2}(?:\.\d+)?\s*(?:%|per\s?cent\b|percent\b|pc\b|pct\b)", re.I)
# An index named by a word or two and a number ("the FTSE 100", "Nikkei 225"), not a month and its year ("August 2025")
# (not a sentence's opening preposition and its year: "In 2014, the number went up to 2,226" names no index)
_INDEX_NAME = re.compile(rf"\b(?!(?i:{MONTH_NAMES}))(?!(?:In|By|Since|For|From|During|Until|Through|After|Before|Of|On|At)\s)"
                         rf"[A-Z][\w&]*(?:\s[A-Z][\w&]*)?\s\d{{2,4}}\b(?![,.]\d)")
# The level a count moved to or from, right before a number ("the number unemployed fell by 45,000 to 1.56m in the
# three months to February"): an "m" glued to that number is millions, as the count before it says, not metres.
_COUNT_MOVED_TO = re.compile(r"\b\d{1,3}(?:,\d{3})+\s+(?:to|from)\s+$"
                             # "grown from around 800,000 in 2013-14 to 1.2m", "the number of patients ... has grown to
                             # 1.2m": a count moved to a level written in millions
                             r"|(?:\b\d{1,3}(?:,\d{3})+\b|\bnumber\s+of\b)[^.;:!?,]*\s(?:to|from)\s+$", re.I)
# A number right before a word (`_vague`: "87621.80 millions" is a scaled number, not the vague "millions")
_NUMBER_BEFORE = re.compile(r"\d[\d,.]*\s*$")
# a name right before an opening bracket ("Germany's Bundesliga (", "Ligue 1 (")
_NAME_BEFORE_BRACKET = re.compile(r"\b[A-Z][\w'’.-]*(?:\s+\d{1,2})?\s*\(\s*$")
# an index's letters glued to its number ("KSE100", "ASX200", "FTSE100"); not "COVID-19", "A320"
_GLUED_INDEX_NAME = re.compile(r"\b[A-Z]{2,5}\d{2,4}\b")
# A market's level in brackets after its capitalised name, then its move ("Toronto Stock Exchange (20,002.27, down 63.65
# points.)", "TSX Venture Exchange (812.40, up 3.18)"), as Canadian Press lists of the most active stocks open
_BRACKETED_LEVEL_BEFORE = re.compile(r"\b[A-Z][\w&/.-]*(?:\s+[A-Z][\w&/.-]*)*\s+(?:Exchange|Index|Composite|Average)\s*\(\s*$")
_BRACKETED_MOVE_AFTER = re.compile(r",\s*(?:up|down)\s+(?P<move>\d[\d,]*(?:\.\d+)?)(?:\s+points?)?\s*[.)]")
# the first end of a range of cents glued to both numbers ("between 23c and 27c a litre", "12c to 15c"): after its "c"
_GLUED_CENTS_RANGE = re.compile(r"c\s+(?:to|and)\s+\d+(?:\.\d+)?c(?![\w'’-]|\.\w)")
# a slash glued to a figure, right before a money figure: "N1,309/$1" quotes the naira per dollar
_SLASH_AFTER_FIGURE = re.compile(r"\d/$")
# the first end of a range of money written with a sign and a hyphen, right before the second end ("$50-" of
# "$50-53m", "£16M-" of "£16M-18M"): the second end's glued "m" or "b" is the range's scale, not metres
_MONEY_RANGE_FIRST_END = re.compile(r"[$€£¥₹]\s?\d[\d.,]*(?:[mMbB]|bn)?[-–]$")
# ... and its second end, after the first ("between 23c and 27c")
_GLUED_CENTS_RANGE_START = re.compile(r"(?<![\w.])\d+(?:\.\d+)?c\s+(?:to|and)\s+$")


_HALF_SCALES = {"million": 1e6, "billion": 1e9, "trillion": 1e12}  # "a half million": half of the scale
_HALF_A_PERCENT = re.compile(r"\s+an?\s+(?:per\s?cent(age\s+points?)?|percent(age\s+points?)?)\b", re.I)
_HALF_OF_SCALE = re.compile(r"[\s-]+(?:an?[\s-]+)?(?:million|billion|trillion)\b", re.I)


def _us_glued(text: str, start: int) -> bool:
    """Whether "US" is glued before the number at `start` ("US63¢", "US20c"), not the end of a word."""
    return text[max(0, start - 2):start] == "US" and (start < 3 or not text[start - 3].isalnum())


WORD_NUMBERS = (
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred "
    "thousand million billion trillion dozen"
).split()
# an earthquake's magnitude, written after the number ("7.6 magnitude", "6.1-magnitude", "5.8 on the Richter scale")
# or before it ("magnitude 6.1", "a magnitude of 6.4", "measuring magnitude 5.2")
_MAGNITUDE_AFTER = re.compile(r"[\s-]*(?:-?magnitude\b|on\s+the\s+Richter\s+scale\b)", re.I)
_MAGNITUDE_BEFORE = re.compile(r"(?<!\border\sof\s)\bmagnitude(?:\s+of)?[\s-]+$", re.I)
# or with no word for it, a decimal right before the quake it measures ("a 7.4 earthquake", "a 5.8 temblor")
_QUAKE_AFTER = re.compile(r"[\s-]+(?:earthquake|quake|temblor|tremor|aftershock)s?\b", re.I)
# A change in percent restated by "or" right before a figure ("increased 3.1 per cent or RM9.6 billion to ..."): that
# figure is the same change, and a "to" after it gives the level reached, never a range's other end
# "another" or "a further" between a change word and its figure: "cut by a further 0.25% to 3.85%", "rose another 9c to
# 213c" (a change and the level it reached, no range)
_FURTHER = r"(?:(?:a\s+)?further\s+|another\s+)?"
_PLUS_MINUS = re.compile(r"\s?(?:±|\+/-|\+/−)\s?")  # "2.5±1%", "50 ± 1 per cent", "3 +/- 1 percent"
_BY_FURTHER_BEFORE = re.compile(rf"\bby\s+{_FURTHER}$", re.I)  # "cut by 2", "fell by a further 3"
_RESTATED_CHANGE_BEFORE = re.compile(r"(?:%|\bper\s?cent|\bpercent|\bpct|\d\s?pc)\s*,?\s+or\s+$", re.I)
# the number words an age range may open with ("aged eighteen to 24")
_AGE_WORDS = ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
              "eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
# thousands by commas, Indian grouping ("1,50,000"), spaces or thin spaces ("150 608"), or none
# A decimal comma, as South African, European and Latin American copy writes it ("16,4m", "27,5%", "3,2 million", "R6,7-billion",
# "0,8 of a percentage point"): one to three digits, a comma and one or two digits, before a percent, a scale or
# percentage points; anything else with a comma is a thousands separator or a list.
_DECIMAL_COMMA_DIGITS = r"\d{1,3},\d{1,2}(?![\d,])"
DECIMAL_COMMA = (_DECIMAL_COMMA_DIGITS + r"(?=\s?(?:%|per\s?cent\b|percent\b|pc\b|m\b|mn\b|bn\b|k\b|-?million\b|-?billion\b"
                 r"|-?trillion\b|thousand\b|(?:of\s+a\s+)?percentage[\s-]points?\b|points?\b))")
# a number in millions whose groups a stray space splits, as election returns are often typed ("5,574, 761 votes",
# "13, 434,574 representing"): only with two groups after the first and a lower-case word after it, and not where the
# space parts two numbers each grouped in thousands, as a list writes them ("the totals were 251,000, 296,000 and 302,000")
_SPACED_GROUPS = r"(?!\d{1,3}(?:,\d{3})+,\s\d{1,3},\d{3})\d{1,3}(?=(?:,\s?\d{3}){2,}\s+[a-z])(?=[\d,]*,\s\d)(?:,\s?\d{3}){2,}"
# a decimal comma after thousands grouped by spaces, as South African and European copy writes an index level ("closed
# at 10 498,5"), and a comma with four or more digits after it, which groups no thousands ("R4,6955 to the dollar")
_SPACED_DECIMAL_COMMA = r"[1-9]\d{0,2}(?:[\u2009\u202f\u00a0 ]\d{3})+,\d{1,2}(?![\d,])"
_LONG_DECIMAL_COMMA = r"\d{1,3},\d{4,}(?![\d,])"
_OTHER_DECIMAL_COMMA = re.compile(rf"(?:{_SPACED_DECIMAL_COMMA}|{_LONG_DECIMAL_COMMA})")
# a decimal comma right after a money mark, as South African copy writes prices and rates ("R18,93 to the dollar",
# "drops 69 cents to R9,51 a litre"): two digits after the comma, which group no thousands
_MONEY_DECIMAL_COMMA = r"(?<=[R€£$])\d{1,3},\d{2}(?!\d|,\d)"
DIGITS = r"(?:" + DECIMAL_COMMA + r"|" + _MONEY_DECIMAL_COMMA + r"|" + _SPACED_DECIMAL_COMMA + r"|" + _LONG_DECIMAL_COMMA + r"|\d{1,2}(?:,\d{2})+,\d{3}(?![\d,])|" + _SPACED_GROUPS + r"|\d{1,3}(?:,\d{3})+|[1-9]\d{0,2}(?:[\u2009\u202f\u00a0 ]\d{3})+(?![\d,]\d)|\d+)(?:\.\d+)?(?:[eE][-−+]?\d+(?![\w.])|\s?[×x]\s?10(?:\^|[-−+])?\d+)?|\.\d+"
_SENTENCE_BREAK = re.compile(r"[.;!?]\s")
# between the feet and the inches of one length ("6ft 5in", "6 feet 2 inches"), and the inches glued to a bare number
_FEET_INCHES_GAP = re.compile(r"\s?")
_GLUED_INCHES = re.compile(r"(?:ins?|inch(?:es)?)\b|[\"″](?![\w'’])")
# the stones of a weight right before its pounds ("9st 9lbs", "16 stones and 13 pounds")
_STONES_BEFORE = re.compile(r"(?<![\w.,])(\d{1,2})\s?(?:st|stones?)(?:\s+and)?\s+$", re.I)
# the bound a qualifier sets, for a conversion that takes its figure's hedge
_BOUND_SIDES = {"approximate": None, "upper_bound": "upper", "lower_bound": "lower"}
# a length and its conversion in brackets before "per hour" are speeds: "265 kilometers (165 miles) per hour"
_SPEED_OF = {"km": "km/h", "mile": "mph"}
_PER_HOUR_AFTER = re.compile(r"\s*\)\s*(?:per|an|a)\s+hour\b", re.I)
# a decimal with one digit after its point, or a range of two ("6.8", "9.4–9.6"): the way a magnitude is written
_ONE_DECIMAL = re.compile(r"\d\.\d(?:\s?[-–]\s?\d\.\d)?")
# "34 out of 42" in digits: a tally of things counted out of a total, unless the total is a base a proportion is
# told over ("nine out of 10", "one out of 4", "45 out of 100")
_TALLY_OUT_OF = re.compile(r"\d+\s+(?:times\s+)?out\s+of\s+\d+", re.I)
_PROPORTION_BASES = frozenset({2, 3, 4, 5, 10, 20, 100, 1000})
_NOUN_AFTER = re.compile(r"\s+(?:the\s+)?[a-z]+")
_BY_BEFORE = re.compile(r"\bby\s+(?:a\s+|an\s+)?$", re.I)  # "dropped by 0.99 per cent"
# what may stand between a percentage and "from" and the bare level it moved from: words, no figure, no sentence end
_FROM_AFTER_PERCENT = re.compile(r"[^\d.;:!?%]{0,80}?\bfrom\s", re.I)
_TO_BEFORE = re.compile(r"\bto\s$", re.I)  # "slipped to 25.6 from 25.9 percent"
_LEVEL_WORD = re.compile(r"[^.;!?%]{0,60}?\b(to|from)\s+(?:a\s+|an\s+)?(?:level\s+of\s+)?$", re.I)  # "to 16.25 per cent in May from"
_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")  # between the items of a list of numbers
_DEGREES = re.compile(r"(?:°\s?|(?<=\d)(?:\s?deg\s?)?)(?P<u>[CF])(?![\w°])")
_OF_A = re.compile(r"\s+of\s+a(?=\s)", re.I)
_FOOT_INCHES = re.compile(r"(?<![\d.,-])\b(?P<f>[3-8])-(?:foot|feet)-(?P<i>\d{1,2})\b(?![.,]\d|-\d)", re.I)  # "6-foot-11"
_THOUSANDS = re.compile(r"\d,\d{3}\b")  # "10,000", a number written with a thousands separator (no year)
_OUT_OF = re.compile(r"\bout[\s-]+of\b", re.I)
_DECIMAL_COMMA = re.compile(_DECIMAL_COMMA_DIGITS)
MIXED = re.compile(r"(?P<whole>\d+)(?:\s+|-)(?P<n>\d)[/⁄](?P<d>\d{1,2})(?![\d/⁄])")
# "7 and a half hours", "7 and ½ cents", "2 and three quarters": digits and a fraction written with "and" (spelled
# numbers, "two and a half", are read with the number words)
AND_FRACTION = re.compile(r"(?<![\d.,])(?P<whole>\d{1,3}(?:,\d{3})*)\s+and\s+(?:a\s+(?P<w>half|quarter)\b"
                          r"|(?P<v>[½¼¾⅓⅔])|(?P<tq>three[\s-]quarters)\b)")
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
SMALL = {w: i for i, w in enumerate(WORD_NUMBERS[:11])}
# One number word alone, valued as quantulum3 values it, so that the common case needs no quantulum3
# (tests/test_quantities.py checks every word against quantulum3)
ONE_WORD = {w: float(i) for i, w in enumerate(WORD_NUMBERS[:20])} | {
    w: float(10 * (i + 2)) for i, w in enumerate(WORD_NUMBERS[20:28])} | {
    "hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@dataclass
class Found:
    """One quantity found in a text.

    start/end (int): the span as written, hedge words included.
    core_start/core_end (int): the number itself, for the parse-based steps.
    value (float): normalised value; for a range its midpoint, for a vague magnitude its lower bound.
    unit (str): ISO 4217 code, percent, percentage_point, ratio, count, or a physical unit.
    kind (str): amount, percentage, percentage_points, count, ratio, multiple, physical.
    qualifier (str): exact, approximate, lower_bound, upper_bound, range.
    lower/upper (float | None): bounds the wording implies.
    claim_like (bool): False for quantities a fact-checker would not check ("the two giants").
    note (str | None): why a quantity is not claim-like.
    """

    start: int
    end: int
    core_start: int
    core_end: int
    value: float
    unit: str
    kind: str
    qualifier: str = "exact"
    lower: float | None = None
    upper: float | None = None
    claim_like: bool = True
    note: str | None = None
    vague: bool = False
    spelled: bool = False
    hedge: str | None = None
    meta: dict = field(default_factory=dict)


def _written_scale(text: str, f: Found) -> float | None:
    """The scale a money figure is written with ("Sh129 billion", "$5bln", "€3.2m"): the power of a thousand of its
    value that its text ends in a scale word or letter for, else None."""
    if not re.search(r"\d\s?[A-Za-z]+$", text[f.start:f.end]) or f.value < 1e3:
        return None
    scale = 1e3
    while f.value / (scale * 1e3) >= 1 and scale < 1e12:
        scale *= 1e3
    return scale


def _money_adjective(lex: Lexicon, scale: str, currency: str) -> str:
    """The "money_adj" pattern (lexicon `money_adjectives`): "a multimillion-pound deal", "a billion-dollar company"."""
    words = lex["money_adjectives"]
    return (rf"\bmulti-?{scale}[\s-]*(?:{currency}|{alternation(words['multi_currencies'], boundary=False)})\b"
            rf"|\b{scale}-{alternation(words['currencies'], boundary=False)}\b")


def _vague_begins(lex: Lexicon, vague: str, currency: str, scale: str) -> str:
    """The "vague" pattern but for the currency word after a scale (lexicon `vague_heads`): "tens of thousands",
    "hundreds of millions of dollars", "several billion"."""
    heads = lex["vague_heads"]
    return (rf"\b(?:{alternation(heads['of_heads'])}\s+of\s+)?{vague}(?=\s+{alternation(heads['followers'])}|[\s,.;)]|$)"
            rf"(?:\s+of\s+(?:{currency}))?|\b{alternation(heads['scale_heads'])}\s+{scale}\b")


class Grammar:
    """Scans text for quantities using the word lists of a `Lexicon`.

    lexicon (Lexicon): the rule assets (src/claimx/rules/lexicon.json).
    physical_units (bool): ask quantulum3 about units after bare numbers.
    """

    def __init__(self, lexicon: Lexicon, *, physical_units: bool = True, local_dollar: bool = True):
        self.lex = lexicon
        self.physical_units = physical_units
        self.local_dollar = local_dollar
        self.ambiguous_units = frozenset(lexicon["ambiguous_unit_surfaces"]["surfaces"])
        self.exact_case_prefixes = tuple(lexicon["ambiguous_unit_surfaces"]["exact_case_prefixes"])
        # the last word of an after-hedge that is also a preposition ("and below", "or above": lexicon
        # `preposition_hedges`), and "points" written bare or cut short (lexicon `points_context`)
        self.preposition_hedges = frozenset(w.lower() for w in lexicon["preposition_hedges"]["prepositions"])
        self.bare_points = frozenset(w.lower() for w in lexicon["points_context"]["bare_points"])
        self.exclusions = Exclusions(lexicon)
        self._millions_text_of: tuple[str | None, bool] = (None, False)  # the last text and whether it writes "217m passengers"
        self._starts: tuple[str | None, list[int]] = (None, [])  # the last text and its number starts
        self._metre_text_of: tuple[str | None, bool] = (None, False)  # the last text and whether it is about jumps
        self._match_text_of: tuple[str | None, bool] = (None, False)  # the last text and whether it reports a match
        if physical_units:  # the index of unit words (cached on disk); quantulum3 itself loads when first asked
            unit_index()

    # ---------------------------------------------------------------- patterns
    @cached_property
    def rx(self) -> dict[str, re.Pattern]:
        """The grammar's patterns, compiled through the disk cache (`compile_cached`): every process that
        scans compiled them again, 0.05 s of pure-Python regex compiling."""
        lex = self.lex
        i = re.IGNORECASE
        nw = alternation(WORD_NUMBERS)
        # "and" joins the parts of one number only after a scale ("one hundred and five"): "between two and three
        # inches" is two numbers
        wordrun = (rf"(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?{nw}"
                   rf"(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))[\s-]+and[\s-]+|[\s-]+){nw})*"
                   rf"(?:[\s-]+and[\s-]+a[\s-]+half\b)?")
        number = rf"(?:{DIGITS}|{wordrun})"
        denominators = alternation(lex["denominators"].keys())
        cur_words = alternation(lex["currency_words"].keys())
        scales = alternation(lex["scale_words"], boundary=False)
        # a compound scale may be hyphenated, as an adjective before "mark" or "target": "a Rs 1.5-lakh-crore mark"
        hyphened_scales = scales.replace(r"\s+", r"[\s-]+")
        # ... but not a scale word that starts a name ("20 Grand Slam titles"; lexicon `scale_word_names`)
        named = lex["scale_word_names"]
        scale_name = "|".join(rf"(?<={re.escape(w)})|(?<={re.escape(w)}s)" for w in named["words"])
        not_named = rf"(?!(?:{scale_name})\s+{alternation(named['names_after'])})"
        # ... and those ending in a point after a letter: "Rs.41.33 crore"
        letter_symbols = [c for c in lex["currency_symbols"] if c[-1:].isalpha() or (c[-1:] == "." and c[-2:-1].isalpha())]
        # a number right after a currency written in letters ("RM79", "USD10m", "$US55,931,000")
        glued = "|".join(f"(?<={re.escape(c)})" for c in sorted(letter_symbols, key=len, reverse=True))
        glued += r"|(?<=US)(?=\d+(?:\.\d+)?(?:¢|c\b))"  # US cents: "US63¢", "US20c"
        vague = alternation(lex["vague_magnitudes"].keys())
        multiples = alternation(lex["multiples"].keys())
        hedges = {q: alternation(ws) for q, ws in lex["hedges"].items()}
        over_span = lex["over_span"]
        levels, listed, points = lex["index_levels"], lex["listed_counts"], lex["points_context"]
        # "to buy back up to $2 bln": no return to a level after a verb of `up_to_levels.return_not_after`
        not_returning = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in lex["up_to_levels"]["return_not_after"])
        casualty = lex["casualty_one"]
        cues, multiple, pounds = lex["scanner_cues"], lex["multiple_contexts"], lex["pounds_context"]
        ratio, durations, signs = lex["ratio_cues"], lex["duration_contexts"], lex["sign_words"]
        litre, dollarish = lex["cents_per_litre"], lex["dollar_money_words"]
        # "share" as a part of a whole ("market share", "vote share"), not the stock market ("the share market", "share
        # prices") nor the count of shares an index is made of ("the 30-share BSE Sensex")
        # nor the name of an index ("the all share was 0.60% lower at 51,180.50 points": `share_not_after`)
        not_after = "".join(rf"(?<!\b{re.escape(w)}\s)(?<!\b{re.escape(w)}-)" for w in points.get("share_not_after", ()))
        share_of = rf"(?<!\d-){not_after}{alternation(points['share_words'])}(?!\s+{alternation(points['share_not_before'])})"
        return {
            # another figure and its counted plural noun right before "over": "over" then spans what follows
            # ("98 pitches over seven innings"), it does not bound it (lexicon `over_span`)
            "across": compile_cached(rf"\d[\d,.]*(?:\s+(?!{alternation(over_span['not_words'])}\s)[a-z-]+){{0,2}}"
                                     rf"\s+(?!{alternation(over_span['not_nouns'])}\s)[a-z-]+s\s+$"),
            "money_adj": compile_cached(_money_adjective(lex, scales, cur_words), i),
            # money written in dollars or euros: a sign, a code, or the word after a figure ("5 dollars", "2.4 billion US
            # dollars"); not "the rand against the US dollar", which names a currency and writes no money in it (lexicon
            # `dollar_money_words`)
            "dollarish": compile_cached(rf"[$€£]|\bUSD\b|\d[\d.,]*\s*(?:(?:(?i:{alternation(dollarish['scales'], boundary=False)})|US|U\.S\.|[A-Z][a-z]+)\s+){{0,3}}"
                                        rf"(?i:{alternation(dollarish['currencies'], boundary=False)})\b"),
            # "21.90 c/l", "83.28c/litre", "a 45c a litre increase": cents a litre ("c" in lower case: "8C" is a
            # temperature; lexicon `cents_per_litre`)
            "cents_per_litre": compile_cached(rf"\s?c/(?i:{alternation(litre['slash_units'])})\b"
                                              rf"|c\s+(?i:{alternation(litre['per_words'])})\s+(?i:{alternation(litre['litre_words'])})\b"),
            # "Interim DPS 13.0c", "earnings per share were 11.4c.": a per-share figure's word before cents glued to a
            # number, in its clause (lexicon `per_share_cents`)
            "per_share_cents_before": compile_cached(rf"{alternation(lex['per_share_cents']['cues'])}[^.;!?]*$", i),
            "per_share_cents_after": compile_cached(rf"c\s+{alternation(lex['per_share_cents']['after'])}", i),
            "per_share_cents_glued": compile_cached(rf"{alternation(lex['per_share_cents']['glued'], boundary=False)}\b", i),
            "vague": compile_cached(rf"{_vague_begins(lex, vague, cur_words, scales)}(?:\s+(?:{cur_words}))?", i),
            "n_in_m": compile_cached(rf"\b(?P<n>{number})[\s-]+(?:in|(?:times\s+)?out[\s-]+of)(?:\s+every)?[\s-]+(?P<m>{number})\b", i),
            "n_in_every": compile_cached(rf"\b(?P<n2>{number})\s+(?:[a-z]+\s+){{1,2}}(?:in|out\s+of)\s+every\s+(?P<m2>{number})\b", i),
            "n_to_one": compile_cached(rf"\b(?P<n3>{nw})\s+to\s+one\b", i),
            # where one of the five patterns above and below that begin with a number may start (see `_from_number`)
            # A match takes no character where another number may start: "1.5 thirds" (a fraction from "5")
            "number_start": compile_cached(rf"\b(?:\d|\.(?=\d)|an?(?=[\s-])|{nw})", i),
            "stat_labels": compile_cached(rf"\s*{alternation(lex['statistic_labels_after'])}", i),
            # a change word right before a figure, "by" and "another" or "a further" between ("cut by a further 0.5%")
            "change_verb_end": compile_cached(rf"\b{alternation(lex['change_up'] + lex['change_down'])}\s+(?:by\s+)?{_FURTHER}$", i),
            # "a decrease in the goods deficit of ", "an increase of ": a change noun's "of" phrase, whose figure may be the
            # change before the level it reached ("of $1.2 billion to $65.7 billion")
            "change_noun_of_end": compile_cached(rf"\b{alternation(lex['change_up'] + lex['change_down'])}\s+(?:in\s+[^,;.\d]{{1,50}}?\s+)?of\s+$", i),
            "index_words": compile_cached(alternation(lex["index_words"]), i),
            "quake_text": compile_cached(alternation(lex["quake_magnitudes"]["context"]), i),
            "magnitude_cue": compile_cached(alternation(lex["quake_magnitudes"]["cues_before"]), i),
            "magnitude_scale_after": compile_cached(rf"\s+on\s+the\s+(?:[\w-]+\s+)?{alternation(lex['quake_magnitudes']['scales_after'])}", i),
            "performance_cue": compile_cached(rf"\b{alternation(lex['performance_duration_cues'])}\s+$", i),
            "a_point": compile_cached(r"\ba\s+(?:full\s+)?(?P<w>percentage|basis)[\s-]point\b", i),
            "a_duration": compile_cached(rf"\ban?\s+(?P<w>{alternation(lex['a_durations']['units'])})\b", i),
            "a_duration_not_after": compile_cached(rf"\b{alternation(lex['a_durations']['not_after'])}\s*$", i),
            # "rise by a cent", "down a penny", "rose a cent": one subunit of money, moved (lexicon `subunit_move_words`)
            "a_subunit": compile_cached(rf"{alternation(lex['subunit_move_words'])}\s+"
                                        rf"(?:{alternation(lex['subunit_moves']['fillers'])}\s+)?"
                                        rf"(?P<a>a|one)\s+(?P<w>cent|penny)\b(?!\s+{alternation(lex['subunit_moves']['not_before'])})", i),
            "fraction": compile_cached(rf"\b(?P<n>an?|{nw}|\d+)(?P<sep>[\s-]+)(?P<d>{denominators})\b", i),
            "slash": compile_cached(r"(?<![\w/.,])(?P<n>\d{1,2})[/⁄](?P<m>\d{1,4})(?![\w/⁄])"),
            "vulgar": compile_cached(rf"(?<![\w.])(?P<whole>\d+)?\s?(?P<f>[{''.join(VULGAR)}])"),
            "half": compile_cached(r"\bhalf\b(?!-(?!(?:million|billion|trillion)\b))", i),
            "multiple": compile_cached(rf"(?<!-)\b(?:{multiples}|twice|thrice)\b(?!-)", i),
            "clock_cue_before": compile_cached(rf"\b(?:{alternation(lex['clock_time_cues'])})\s+$", i),
            "times": compile_cached(rf"\b(?P<n>{number})(?:[\s-]?fold\b|\s*x\b|\s+times\b)", i),
            "number": compile_cached(rf"(?=\.?\d)(?!(?<=[A-Za-z])\.)(?:(?<![\w.])|{glued})(?<!\d,)(?:{DIGITS})(?![\d])|\b{wordrun}\b", i),
            "currency_before": compile_cached(rf"(?:{alternation(lex['currency_symbols'].keys(), boundary=False)})\s?$"),
            "spaced_money_scale": compile_cached(rf"\s(?P<s>b|m)\b(?=\s*(?:\(|,|\.|;|$|[a-z]))(?!\s*{alternation(lex['spaced_scales']['not_before'])})"),
            "scale_after": compile_cached(rf"(?:\s?-?\s?(?P<h>hundred\s+)?(?P<w>{hyphened_scales})s?\b{not_named}|(?P<a>{alternation(lex['scale_abbreviations']['glued'], boundary=False)})\b|\s(?P<s>{alternation(lex['scale_abbreviations']['spaced'], boundary=False)})\b|\s?(?P<hh>hundred)\b(?!\s+(?:and|thousand|million|billion)\b))", i),
            "currency_word": compile_cached(rf"\b{cur_words}\b"),
            "currency_after": compile_cached(rf"\s*(?:-\s*)?(?:of\s+)?(?P<c>{cur_words})\b", i),
            # "145m (euros)": a scaled figure's currency word in brackets right after it
            "currency_bracketed": compile_cached(rf"\s*\(\s*(?P<c>{cur_words})\s*\)", i),
            "pounds_after": compile_cached(r"\s*(?:-\s*)?pounds?\b", i),
            "percent_after": compile_cached(r"(?:\s|-(?=per))?(?:%|per\s?cent\b|percent\b|pct\b|per-cent\b|pc\b(?!-))", i),
            # "2.5pp", "25bps": no word boundary between the number and the unit
            "pp_after": compile_cached(rf"\s*(?:-\s*)?{alternation(lex['percentage_point_words'], boundary=False)}(?!\w|\.\w)", i),
            "bp_after": compile_cached(rf"\s*(?:-\s*)?{alternation(lex['basis_point_words'], boundary=False)}(?!\w|\.\w)", i),
            "time_after": compile_cached(rf"[\s-]+(?P<adj>(?:{alternation(lex['streak_words'])}|{alternation(lex['duration_adjectives']['words'])})\s+)?(?P<u>{alternation(lex['time_units'].keys())})(?![\w-])", i),
            "hedge_before": {q: compile_cached(rf"(?:^|(?<=[\s(\[—–-]))(?P<h>{h})\s*$", i) for q, h in hedges.items()},
            # "growth picked up to 12.1%": a verb's particle and the level reached, not the hedge "up to" (lexicon
            # `up_to_levels`)
            "up_to_level": compile_cached(rf"\b(?:{not_returning}{alternation(lex['up_to_levels']['return_words'])}\s+|"
                                          rf"{alternation(lex['up_to_levels']['verbs'])}\s+|"
                                          rf"{alternation(lex['up_to_levels']['object_verbs'])}\s+(?:[\w'’-]+\s+){{1,5}})(?<!\bof )$", i),
            "hedge_after": {q: compile_cached(rf"\s*(?P<h>{alternation(ws)})(?![\w])", i) for q, ws in lex["hedges_after"].items()},
            "money_noun_after": compile_cached(rf"\s+(?:in|of|worth\s+of)\s+(?:[\w-]+\s+){{0,2}}{alternation(lex['money_nouns'])}", i),
            # "non-oil revenue stood at 502.5 billion in 2024", "a budget of 372.3 billion": a sum a money noun is, or is at
            "money_noun_before": compile_cached(rf"{alternation(lex['money_nouns'] + lex['bare_sums']['nouns'])}[^.;:!?]{{0,50}}?"
                                                rf"\b{alternation(lex['bare_sums']['links'])}\s+(?:about\s+|around\s+|nearly\s+|some\s+)?$", i),
            "bare_sum_end": compile_cached(rf"\s*(?:[,.;:)]|$|\s+{alternation(lex['bare_sums']['followers'])})", i),
            "metre_text": compile_cached(alternation(lex["glued_m"]["metre_text_words"]), i),
            # "hours worked climbed 1.1 per cent to 945.3m": a glued "m" after a link (and a hedge of
            # `direction_cues.level_fillers`), with a counted noun earlier in its clause (lexicon `glued_m.counted_before`,
            # `counted_links`)
            "counted_before": compile_cached(rf"{alternation(lex['glued_m']['counted_before'])}(?:(?![.;:!?]\s)[^,()\n]){{0,80}}?"
                                             rf"\b{alternation(lex['glued_m']['counted_links'])}\s+"
                                             rf"(?:{alternation(lex['direction_cues']['level_fillers'])}\s+){{0,3}}$", i),
            "match_text": compile_cached(alternation(lex["match_scores"]["context"]), i),
            # "four-and-a-half years", "two and a half": a number word and "and" right before "a half"
            "and_a_fraction_before": compile_cached(rf"{nw}[\s-]+and[\s-]+$", i),
            "minus_before": compile_cached(rf"(?:^|(?<=[\s($€£]))(?P<sign>{alternation(signs['minus'])}[\s-]+|[-−–](?=$))$", i),
            # "plus or minus 3 percentage points": a margin either way, no sign (lexicon `sign_words`)
            "margin_before": compile_cached(rf"(?:^|(?<=[\s(]))(?:{alternation(signs['margin'])})[\s-]+$", i),
            # "£400 million, give or take a £100 million", "2.5%, plus or minus half a point": a margin between two figures
            "margin_joiner": compile_cached(rf"\s*,?\s*(?:{alternation(signs['margin'])})\s+(?:(?:a|an|some|about)\s+)?", i),
            "plus_before": compile_cached(rf"(?:^|(?<=[\s(]))(?P<sign>\+|{alternation(signs['plus'])}\s+)$", i),
            # "negative 1.15 percent": a sign (lexicon `sign_words`)
            "negative_before": compile_cached(rf"(?:^|(?<=[\s(]))(?P<sign>{alternation(signs['negative'])}\s+)$", i),
            # "10-man Everton", "the ten-man hosts": a side down to that many players (the name's capital is kept apart)
            "side_modifier_after": compile_cached(rf"-(?i:{alternation(lex['count_modifiers']['side_words'])})\s+(?:[A-Z]|"
                                                  rf"(?i:{alternation(lex['count_modifiers']['side_nouns'])}))"),
            # "a four-point lead": the size of a lead in points, a count, no modifier
            "point_gap_after": compile_cached(rf"-points?\s+{alternation(lex['count_modifiers']['gap_nouns'])}", i),
            "modifier_after": compile_cached(rf"-(?!{alternation(lex['count_modifiers']['not_words'])})[a-z]+\b(?!-)", i),
            "change_before": compile_cached(rf"\b{alternation(lex['change_up'] + lex['change_down'])}\s+(?:by\s+)?(?:\w+\s+)?$", i),
            "record_before": compile_cached(rf"{alternation(lex['record_before']['words'])}[^.;]{{0,40}}$", i),
            "per_before": compile_cached(rf"{alternation(lex['denominator_before']['words'])}\s+$", i),
            "rate_after": compile_cached(r"\s*(?:/|\s+per\s+)(?P<u>[A-Za-z]{1,12})\b(?!\s*\$)", i),
            "accounting_negative": compile_cached(r"\)"),
            "age_before": compile_cached(rf"{alternation(lex['age_before']['words'])}\s+(?:{alternation(lex['age_before']['bounds'])}\s+)?"
                                         # the first number of a range, in digits or words ("ages 18 to 24", "aged
                                         # eighteen to 24"), never a verb ("the median age rose to 38.2")
                                         rf"(?:(?:\d{{1,3}}|{alternation(_AGE_WORDS)})\s*(?:to|-|–|and)\s*)?$", i),
            # "people over 65", "children under 5": a bound of people's ages after a noun of people
            "age_people_before": compile_cached(rf"\b{alternation(lex['age_before']['people'])}\s+"
                                                rf"{alternation(lex['age_before']['people_bounds'])}\s+$", i),
            "age_after": compile_cached(r"[\s-]*(?:years?|yrs?)?[\s-]*olds?\b|[\s-]+years?\s+of\s+age\b|-year-olds?\b", i),
            # "63¢": the cent sign follows the number with no space
            "subunit_after": compile_cached(rf"(?:\s+|-|(?=¢))(?:(?P<adj>{alternation(lex['subunit_currency_adjectives'].keys())})\s+)?"
                                            rf"(?P<c>{alternation(lex['subunit_currency_words'].keys())})", i),
            # spaced or glued to the number ("170 kmph", "117kmh": quantulum3 reads a glued "kmh" as a kilometre-hour)
            "extra_unit_after": compile_cached(rf"\s*(?P<u>{alternation([*lex['extra_units'].keys(), *(k for k in lex['scaled_units'] if k != '_doc')], boundary=False)})(?!\w)", i),
            "range_joiner": compile_cached(r"\s*(?:-|–|—|to|and|or)\s*", i),
            "between_before": compile_cached(r"\bbetween\s+(?:\S+\s+)?$", i),
            "range_noun_after": compile_cached(rf"\s*(?:{alternation(lex['from_range_words']['nouns_after'])})(?![\w-])", i),
            "from_before": compile_cached("".join(f"(?<!{re.escape(w)} )" for w in lex["from_range_words"]["words"]) + r"\bfrom\s+(?:\S+\s+)?$", i),
            "threshold_before": compile_cached(rf"\b{alternation(lex['threshold_verbs'])}\s+(?:the\s+|a\s+)?$", i),
            "threshold_after": compile_cached(rf"\s+{alternation(lex['threshold_nouns'])}\b", i),
            "determiner_before": compile_cached(rf"\b{alternation(lex['determiners_not_counts'])}\s+$", i),
            "idiom": compile_cached(alternation(lex["count_idioms"]), i),
            "period_before": compile_cached(rf"(?:^|(?<=\s)){alternation(lex['period_framing_before'])}\s+(?:\S+\s+)?$", i),
            "period_after": compile_cached(rf"\s+{alternation(lex['period_framing_after'])}\b", i),
            # "closes above 50,000", "ended at below 7,000": a market's verb of a level before a bound on it (the hedge
            # starts the span); "crosses 70,000", "topped the 40,000": a market's verb of a level crossed, before the
            # level; what may follow such a level (lexicon `index_levels`)
            "level_bound_before": compile_cached(rf"{alternation(levels['bound_verbs'])}\s+(?:at\s+)?$", i),
            "close_verbs": compile_cached(alternation(levels['bound_verbs']), i),
            "level_crossed_before": compile_cached(rf"{alternation(levels['crossed_verbs'])}\s+(?:the\s+)?$", i),
            "level_bound_after": compile_cached(rf"\s*(?:[,.;:)\n]|$|\s{alternation(levels['bound_after'])})"),
            # a casualty a spelled "one" counts ("one person died", "at least one dead"), and the words before it that
            # make it no count ("no one was hurt") (lexicon `casualty_one`)
            "casualty_after": compile_cached(rf"\s+(?:{alternation(casualty['nouns'])}\s+)?(?:{alternation(casualty['auxiliaries'])}\s+){{0,3}}"
                                             rf"{alternation(casualty['states'])}", i),
            "casualty_not_after": compile_cached(rf"{alternation(casualty['not_after'])}[\s-]+$", i),
            # the last item of a list of counts, and the small counts listed before it (lexicon `listed_counts`)
            "list_item_before": compile_cached(rf"(?:[,;]\s*(?:{alternation(listed['joiners'])}\s+)?|{alternation(listed['joiners'])}\s+)$", i),
            "list_item_after": compile_cached(rf"\s+{alternation(listed['after'])}", i),
            "small_count": compile_cached(rf"(?:{alternation(listed['small_counts'])}|\b\d{{1,3}}(?![\d.,]*\s*(?:%|per\b|percent))\b)"
                                          r"(?!\s*(?:%|per\s?cent|percent))", i),
            # "closed at an all-time high of 70,973", "closes at record high 5,210": a level reached at a record; what
            # may follow a level; "compared to 2,65,48,845": the base of a comparison, no level (lexicon `index_levels`)
            "at_record": compile_cached(rf"\bat\s+(?:an?\s+|its\s+)?(?:{alternation(levels['record_words'])}\s+)+"
                                        rf"{alternation(levels['record_ends'])}\s+(?:of\s+)?$", i),
            # "hit an intraday high of 1,502.08 and a low of 1,494.27": the day's range of a market; "touched an all-time
            # high of 58,908", "hit an all-time intraday high of 37,090.81", "topping its previous intraday record of
            # 11,750.28", "rose to a record peak of 17,576": a record it reached or passed
            "day_range": compile_cached(rf"(?:\b(?:an?|its|the|their)\s+|\b)(?:(?:{alternation(levels['day_range_words'])}|"
                                        rf"{alternation(levels['record_words'])}|{alternation(levels['record_qualifiers'])})\s+)*"
                                        rf"\b{alternation(levels['record_ends'], boundary=False)}s?\s+of\s+$", i),
            # (a dash of two hyphens, as wire copy sets one off: "to 16,291.31 -- the index surged")
            "level_after": compile_cached(rf"\s*(?:[,.;:)\n]|--|$|\s{alternation(levels['level_after'])})"),
            "level_base_before": compile_cached(rf"{alternation(levels['base_before'])}\s+$", i),
            # bare "points" near a rate, a share or a score (lexicon `points_context`)
            "rate_sentence": compile_cached(rf"{alternation(points['rate_words'])}|{share_of}", i),
            "pp_window": compile_cached(rf"%|percent|per cent|{alternation(points['pp_words'])}|{share_of}"),
            "scored_before": compile_cached(rf"{alternation(points['score_verbs'])}(?:\W+\w+){{0,5}}\W+$", i),
            # what starts a noun phrase an after-hedge's preposition may govern instead (lexicon `preposition_hedges`)
            "noun_phrase_start": compile_cached(rf"\s+{alternation(lex['preposition_hedges']['noun_phrase_starts'])}\b|\s*[$£€¥\d]", i),
            # lexicon `scanner_cues`, `multiple_contexts`, `pounds_context`, `ratio_cues`, `temperature_cues`,
            # `duration_contexts` (see each key's _doc)
            "determiner_end": compile_cached(rf"{alternation(cues['determiners'])}\s+$", i),
            "conversion_opening": compile_cached(rf"\s*\(\s*(?:{alternation(cues['conversion_hedges'])}\s+|~)?", i),
            "range_end": compile_cached(rf"\s*(?:to|and)\s+(?:{alternation(cues['range_ends'])}|\d+(?:\.\d+)?)[\s-]+(?:[a-z]|per\b|%)", i),
            "fraction_comparative": compile_cached(rf"\s+{alternation(multiple['fraction_comparatives'])}"),
            "twice_before": compile_cached(rf"\s+{alternation(multiple['twice_before'])}"),
            "multiple_verb_before": compile_cached(rf"\s+{alternation(multiple['verb_before'])}|[.,;]"),
            "fold_aspect_after": compile_cached(rf"\s+{alternation(multiple['fold_aspect_nouns'])}", i),
            "pence_text": compile_cached(alternation(pounds["pence_words"], space=" "), i),
            "pounds_money_before": compile_cached(rf"(?:{alternation(pounds['money_words'])}|\b{alternation(pounds['money_prefixes'], boundary=False)}\w*\b)[^.;]{{0,30}}$", i),
            "pounds_weight_before": compile_cached(rf"(?:{alternation(pounds['weight_words'])}|\b{alternation(pounds['weight_prefixes'], boundary=False)}\w*\b)[^.;]{{0,30}}$", i),
            "ratio_before": compile_cached(rf"{alternation(ratio['words'])}\s+{alternation(ratio['links'])}\s+(?:{alternation(ratio['hedges'])}\s+)?$", i),
            "ratio_after": compile_cached(rf"\s+(?:[\w-]+\s+){{0,3}}for\s+{alternation(ratio['per_words'])}", i),
            "temperature_text": compile_cached("|".join(re.escape(w) for w in lex["temperature_cues"]["words"]), i),
            "fahrenheit_text": compile_cached("|".join(re.escape(w) for w in lex["temperature_cues"]["fahrenheit"]), i),
            "celsius_text": compile_cached("|".join(re.escape(w) for w in lex["temperature_cues"]["celsius"]), i),
            # bare degrees no air reaches in Celsius ("highs around 114 degrees", "a 100-degree day"; not "minus-130 degrees")
            "hot_degrees": compile_cached(r"(?<![\d.,−-])(?<!minus\s)(?:[6-9]\d|1[0-3]\d)(?:\.\d)?[\s-]*degrees?\b", i),
            "duration_comparative": compile_cached(rf"\s+{alternation(durations['comparatives'])}\s+than\b", i),
            "remaining_after": compile_cached(rf"\s+{alternation(durations['remaining'])}", i),
            "remaining_before": compile_cached(rf"{alternation(durations['remaining_before'])}\s+$", i),
            "clock_before": compile_cached(rf"(?:^|(?<=\s)){alternation(durations['clock_before'])}\s+$", i),
            # "43 inches of rain in 24 hours", "120mm (4.7in) in 24 hours": a depth of rain and the window it fell in
            "accumulation_before": compile_cached(rf"\d\s?(?:{alternation(durations['accumulation_units'], boundary=False)})"
                                                  rf"(?![\w])(?:\s*\([^()]{{1,20}}\))?(?:\s+of\s+(?:\w+\s+)?\w+)?"
                                                  rf"\s+(?:in|within|over)\s+(?:(?:just|only)\s+)?$", i),
            "match_event_after": compile_cached(rf"\s+after\s+{alternation(durations['match_events'])}", i),
            "duration_average": compile_cached(rf"-\w+\s+{alternation(durations['average_words'])}", i),
            # "a four-week gain of 1.12 per cent", "the smallest 12-month increase since May": the window of a change
            "duration_change": compile_cached(rf"-\w+\s+{alternation(lex['direction']['up_nouns'] + lex['direction']['down_nouns'])}"
                                              rf"s?(?:\s+{alternation(durations['change_window_ends'])}|\s*[,.;:)]|\s*$)", i),
            "performance_in": compile_cached(rf"in(?:\s+(?!{alternation(durations['in_not_before'])})\S+)?", i),
            "window_count_before": compile_cached(rf"\bof\s+{alternation(durations['owners'])}\s+{alternation(durations['window_words'])}\s+$", i),
            # a duration naming the window of another figure (lexicon `duration_windows`)
            # (the month may come after its day: "the 52 weeks ended 28 December", "the 12 months to 30 June")
            "window_end": compile_cached(rf"(?:[\s-]+period\b|\s+(?:period\s+)?{alternation(lex['duration_windows']['ends'])}"
                                         rf"\s+(?:the\s+end\s+of\s+|\d{{1,2}}(?:st|nd|rd|th)?\s+)?{MONTH_NAMES})", i),
        }

    # ---------------------------------------------------------------- scanning
    def scan(self, text: str) -> list[Found]:
        """Find the quantities in `text`, left to right, without overlaps.

        text (str): any text.
        RETURNS (list[Found]): the quantities found.
        """
        blocked = bytearray(len(text) + 1)
        for ex in self.exclusions.find(text):
            blocked[ex.start:ex.end] = b"\x01" * (ex.end - ex.start)
        taken = bytearray(len(text) + 1)
        found: list[Found] = []
        for finder in (self._money_adjectives, self._vague, self._double_digits, self._a_point, self._a_subunit, self._a_duration, self._n_in_m, self._fractions, self._half,
                       self._multiples, self._times, self._clock_durations, self._foot_inches, self._numbers):
            for f in finder(text):
                if any(taken[f.core_start:f.core_end]) or any(blocked[f.core_start:f.core_end]):
                    continue
                f = self._extend(text, f, taken)
                taken[f.start:f.end] = b"\x01" * (f.end - f.start)
                found.append(f)
        found.sort(key=lambda f: f.start)
        found = self._conversions(text, self._join_stones(text, self._join_feet_inches(text, self._join_durations(text, self._shared_percent(text, self._join_ranges(text, self._join_plus_minus(text, self._join_compound(text, found))))))))
        found = self._point_differences(text, found)
        if self.local_dollar:
            found = self._local_dollar(text, found)
        found = self._glued_kobo(text, self._priced_cents(text, self._local_cents(text, self._listed_millions(text, found))))
        found = self._index_levels(text, self._exchange_rates(text, self._base_units(text, self._mill_levels(text, self._infer_currency(text, found)))))
        return self._percentage_levels(text, self._quake_magnitudes(text, found))

    def _percentage_levels(self, text: str, found: list[Found]) -> list[Found]:
        """"registering a pass percentage of 91.27", "the passing percentage of boys stood at 88.69", "the girls secured
        98.09 pass percentage": a bare number up to 100 that its clause gives as the level of a percentage is in
        percent, and so is a bare number joined to it ("were 84.93 and 81.12 respectively", "78.88, down from 82.80")
        (lexicon `percentage_levels`)."""
        rx = self._percentage_level_rx
        out: list[Found] = []
        for f in found:
            bare = f.unit == "count" and f.kind == "count" and not f.spelled and not f.vague and f.end == f.core_end \
                and 0 <= f.value <= 100 and f.lower is None and f.upper is None
            if bare and (rx["follow"].match(text, f.end) is not None) and (
                    (lead := rx["level"].search(text, max(0, f.start - 90), f.start)) is not None
                    and not any(lead.start() < o.start < f.start for o in out)
                    or rx["before"].match(text, f.end) is not None
                    or out and out[-1].unit == "percent" and out[-1].meta.get("percentage_level")
                    and rx["join"].fullmatch(text, out[-1].end, f.start) is not None):
                f = replace(f, unit="percent", kind="percentage", meta=dict(f.meta, percentage_level=True))
            out.append(f)
        return out

    @cached_property
    def _percentage_level_rx(self) -> dict[str, re.Pattern]:
        words = self.lex["percentage_levels"]
        nouns, links = alternation(words["nouns"]), alternation(words["links"])
        return {
            # the noun, then words of its clause with no figure, then a link word right before the number
            "level": compile_cached(rf"\b{nouns}\b(?!\s+points?\b)[^\d.;:!?%]{{0,70}}?\b{links}\s+$", re.I),
            # the number right before the noun ("98.09 pass percentage"), not "percentage points"
            "before": compile_cached(rf"\s+(?:[a-z-]+\s+){{0,2}}{nouns}\b(?!\s+points?\b)", re.I),
            # the number ends its clause, or a word of `followers` comes next
            "follow": compile_cached(rf"(?:\s*(?:[,.;:)]|$)|\s+{alternation(words['followers'])}\b|\s+(?:[a-z-]+\s+){{0,2}}{nouns}\b)", re.I),
            # a level joined to the one before it
            "join": compile_cached(rf",?\s+(?:{alternation(words['joins'])})\s+(?:the\s+)?|,\s*", re.I),
        }

    def _quake_magnitudes(self, text: str, found: list[Found]) -> list[Found]:
        """"a quake measuring 6.8 shook the region", "the survey put the magnitude at 6.8", "raised the magnitude to 9.0
        from 8.9", "9.4-9.6 on the moment magnitude scale": in a text about an earthquake, a bare one-decimal figure
        below ten after a cue of its sentence (or before a magnitude scale) is a magnitude, not a count (lexicon
        `quake_magnitudes`)."""
        if not any(f.unit == "count" for f in found) or not self.rx["quake_text"].search(text):
            return found
        out: list[Found] = []
        for f in found:
            if f.unit == "count" and f.kind == "count" and not f.spelled and 0 < f.value < 10 \
                    and _ONE_DECIMAL.fullmatch(text, f.core_start, f.end) and self._magnitude_cued(text, f, out):
                f = replace(f, unit="magnitude", kind="physical")
            out.append(f)
        return out

    def _magnitude_cued(self, text: str, f: Found, before: list[Found]) -> bool:
        """Whether a magnitude cue stands before `f` in its sentence with no figure between but magnitudes ("measuring
        6.8", "the magnitude to 9.0 from 8.9"), or a magnitude scale is named right after it."""
        if self.rx["magnitude_scale_after"].match(text, f.end):
            return True
        opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, f.start - 120), f.start)), default=max(0, f.start - 120))
        cues = list(self.rx["magnitude_cue"].finditer(text, opening, f.start))
        if not cues:
            return False
        gap = list(text[cues[-1].end():f.start])
        for o in before:
            if o.unit == "magnitude" and o.start >= cues[-1].end():
                gap[o.start - cues[-1].end():o.end - cues[-1].end()] = " " * (o.end - o.start)
        return not any(c.isdigit() for c in gap)

    def _local_dollar(self, text: str, found: list[Found]) -> list[Found]:
        """"$4.10" in an Australian market report that writes US money as "$US71.20", "$801,250" in a Toronto
        housing story: a plain "$" (and "cents", "dollars" read from it) is the local dollar when the article
        shows it is written where the dollar is not the US one (`local_dollar_currency`)."""
        if not any(f.meta.get("bare_dollar") for f in found):
            return found
        currency = self.local_dollar_currency(text, found) or self._converted_plain_dollar(text, found)
        if currency is None:
            return found
        return [replace(f, unit=currency, meta=dict(f.meta, local_dollar=True)) if f.meta.get("bare_dollar") else f
                for f in found]

    @cached_property
    def _millage_context(self) -> re.Pattern:
        return compile_cached(alternation(self.lex["millage_context"]["words"]), re.I)

    @cached_property
    def _inch_mark_context(self) -> re.Pattern:
        return compile_cached(alternation(self.lex["inch_mark_context"]["words"]), re.I)

    def _inch_marks(self, text: str, start: int) -> bool:
        """Whether a '″' or '"' after the figure at `start` is an inch mark: the text is about rain, snow or the like
        (`inch_mark_context`), and a straight '"' does not close a quotation (an even number of quotation marks, those
        not after a digit, before it in its paragraph)."""
        if not self._inch_mark_context.search(text):
            return False
        paragraph = text.rfind("\n", 0, start) + 1
        return len(re.findall(r'(?<!\d)"', text[paragraph:start])) % 2 == 0

    @cached_property
    def _mill_level_before(self) -> re.Pattern:
        nouns = alternation(self.lex["millage_context"]["level_nouns"])
        return compile_cached(rf"{nouns}[^.;!?]{{0,50}}\b(?:of|be|is|was|at|to|from|by)\s+(?:about\s+|around\s+)?$", re.I)

    def _mill_levels(self, text: str, found: list[Found]) -> list[Found]:
        """"The millage for 2013-14 will be 7.572", "a discretionary millage of 0.748": a bare number under 100 that a
        millage noun of the lexicon's `millage_context` states in its sentence is a property-tax rate in mills."""
        out = []
        for f in found:
            if f.unit == "count" and f.kind == "count" and not f.spelled and not f.vague and 0 < f.value < 100 \
                    and (m := self._mill_level_before.search(text, max(0, f.start - 70), f.start)) \
                    and not _SENTENCE_BREAK.search(text, m.start(), f.start):
                f = replace(f, unit="mill", kind="physical")
            out.append(f)
        return out

    def _listed_millions(self, text: str, found: list[Found]) -> list[Found]:
        """"16.4m are employed, 6.2m unemployed and 15.4m not economically active": an "m" glued to a number, read as
        metres for want of a plural noun after it, is millions of the same when it follows a figure written with
        a glued "m" for millions in the same sentence, with only words between that hold no figure."""
        out: list[Found] = []
        for f in found:
            found_f = f
            # a percentage between them says how the first moved ("25m passengers on domestic flights - up 6% on 2003 and
            # 21m on North American flights"): the figure in millions is the one before it
            prev = next((p for p in reversed(out) if p.unit not in ("percent", "percentage_point")), None)
            # "6,2m #unemployed": an "m" left unread before a mark is the same
            bare_m = f.unit == "count" and f.kind == "count" and not f.vague and re.match(r"m(?![\w.,])", text[f.end:f.end + 2])
            if bare_m:
                f = replace(f, end=f.end + 1, unit="m", kind="physical")
            if prev is not None and f.unit == "m" and f.kind == "physical" and _GLUED_M.fullmatch(text, f.start, f.end) \
                    and prev.value >= 1e6 and prev.kind in ("count", "amount") and not prev.vague \
                    and _GLUED_M.fullmatch(text, prev.core_start, prev.end) \
                    and (f.start - prev.end <= (60 if prev is out[-1] else 120) or f.start - prev.end <= 240
                         and self._base_cue.search(text, max(0, f.start - 40), f.start) is not None) \
                    and not _SENTENCE_BREAK.search(text, prev.end, f.start) \
                    and not self.rx["determiner_end"].search(text[max(0, f.start - 8):f.start]):
                # not "a 3m wall", "the 100m final": a length after a determiner; the old side of a comparison ("just over
                # 1m people on the lists at the end of the year, up from 1.14m") may stand further off in its sentence
                f = replace(f, value=f.value * 1e6, unit=prev.unit, kind=prev.kind, meta=dict(f.meta, listed_millions=True))
            elif bare_m and re.match(r"\s*\)", text[f.end:f.end + 3]) and _NAME_BEFORE_BRACKET.search(text, max(0, f.start - 40), f.start) \
                    and (anchor := next((o for o in reversed(out) if o.kind == "count" and o.value >= 1e6 and not o.vague
                                         and f.start - o.end <= 600), None)) is not None \
                    and 0.1 <= f.value * 1e6 / anchor.value <= 10:
                # "Germany's Bundesliga (13.1m), the Premier League (12.9m)": a figure with a glued "m" in brackets after
                # a name, in a text that counts in millions just before a figure of the same order, is millions of them
                f = replace(f, value=f.value * 1e6, unit=anchor.unit, kind=anchor.kind, meta=dict(f.meta, listed_millions=True))
            elif bare_m:
                f = found_f  # not a listed million: left as it was
            out.append(f)
        return out

    def _local_cents(self, text: str, found: list[Found]) -> list[Found]:
        """"will rise by 4 cents" in a fuel-price story that writes its prices "R16.02": plain "cents" in a text
        with no dollar, euro or pound sign are the cents of the one currency its money is written in, when that
        currency (of the lexicon's `cent_currencies`) is written with its own letters; not a bracketed conversion."""
        if not any(f.meta.get("bare_dollar") and f.meta.get("subunit") for f in found):
            return found
        # (a bracketed conversion, "1.5 billion euros (USD1.7 billion)", is no money of the text's own)
        own = {f.unit for f in found if f.kind == "amount" and not f.meta.get("bare_dollar") and not f.meta.get("conversion")}
        converted = [(f.start, f.end) for f in found if f.meta.get("conversion")]
        us_marked = any(not any(a <= m.start() < b for a, b in converted) for m in _US_MARK.finditer(text))
        if self.rx["dollarish"].search(text):
            # "a fourth quarter net profit of S$45.9 million ... earnings per share was 4.09 cents": a text that writes
            # all its money with one marked currency (`marked_codes`), no plain "$" and no US money, has its cents
            if len(own) != 1 or not own <= set(self.lex["cent_currencies"].get("marked_codes", ())) \
                    or us_marked or any(f.meta.get("bare_dollar") and not f.meta.get("subunit") for f in found):
                return found
        elif len(own) != 1 or not own <= set(self.lex["cent_currencies"]["codes"]):
            return found
        currency = own.pop()
        # "95.13 shillings (94 cents)": a bracketed conversion is into another currency, the US one
        return [replace(f, unit=currency, meta=dict(f.meta, local_cents=True))
                if f.meta.get("bare_dollar") and f.meta.get("subunit") and not f.meta.get("conversion") else f for f in found]

    def _priced_cents(self, text: str, found: list[Found]) -> list[Found]:
        """"SABMiller was 70 cents lower at R124,30", "Steinhoff tumbled 2,74% or 54 cents to R19,16", "quoted at R279, up
        30 cents": plain cents a price moved by, next to the price in a currency of the lexicon's `cent_currencies`
        (`codes` or `marked_codes`) written with its own mark, are that currency's, though the text writes "$" for gold
        or oil (lexicon `priced_cents`). So are cents of a figure per share (lexicon `per_share_cents`) in a text whose own
        money is all written in one such currency, more sums than it writes with a plain "$" ("HEPS rose 10% to 529,2
        cents" in a JSE report that quotes gold at "$823,05")."""
        if not any(f.meta.get("bare_dollar") and f.meta.get("subunit") for f in found):
            return found
        cues = self.lex["priced_cents"]
        codes = set(self.lex["cent_currencies"]["codes"]) | set(self.lex["cent_currencies"].get("marked_codes", ()))
        before = re.compile(rf"\s*(?:[\w%,.]+\s+){{0,{int(cues['max_words'][0])}}}?{alternation(cues['level_before'])}\s+$", re.I)
        after = re.compile(rf"\s*,?\s*{alternation(cues['level_after'])}\s+$", re.I)
        # a cue of a figure per share earlier in its clause (a decimal point ends no clause: "HEPS grew 107.5% to 55.61c")
        per_share = compile_cached(rf"{alternation(self.lex['per_share_cents']['cues'])}(?:[^.;!?]|\.(?=\d))*$", re.I)
        priced = sorted((f for f in found if f.kind == "amount" and f.unit in codes and not f.meta.get("bare_dollar")
                         and not f.meta.get("subunit") and not f.meta.get("conversion")), key=lambda f: f.start)
        # the text's own money: all of it marked in one such currency, and more of it than of sums in plain "$"
        own = {f.unit for f in found if f.kind == "amount" and not f.meta.get("bare_dollar") and not f.meta.get("conversion")}
        # (a price per ounce or barrel, "$1,498/oz", is a commodity's, no money of the text's own)
        plain = sum(1 for f in found if f.kind == "amount" and f.meta.get("bare_dollar") and not f.meta.get("subunit")
                    and not f.meta.get("per") and not re.match(r"\s*(?:an?|per)\s+(?:ounce|troy ounce|barrel|tonne|ton)\b",
                                                               text[f.end:f.end + 20], re.I))
        local = next(iter(own)) if len(own) == 1 and own <= set(self.lex["cent_currencies"]["codes"]) \
            and priced and len(priced) > plain else None
        out = []
        for f in found:
            if f.meta.get("bare_dollar") and f.meta.get("subunit") and not f.meta.get("conversion"):
                nxt = next((g for g in priced if 0 <= g.start - f.end <= 40), None)
                prev = next((g for g in reversed(priced) if 0 <= f.start - g.end <= 12), None)
                level = nxt if nxt is not None and before.fullmatch(text, f.end, nxt.start) else \
                    prev if prev is not None and after.fullmatch(text, prev.end, f.start) else None
                if level is not None:
                    f = replace(f, unit=level.unit, meta=dict(f.meta, priced_cents=True))
                elif local is not None and (per_share.search(text, max(0, f.start - 100), f.start)
                                            or re.match(rf"\s*{alternation(self.lex['per_share_cents']['after'])}",
                                                        text[f.end:f.end + 12], re.I)):
                    # "HEPS rose 10% to 529,2 cents", "a basic headline loss of 137c per share": a per-share figure in
                    # cents in a text whose own money is in that currency, "$" only for gold or oil
                    f = replace(f, unit=local, meta=dict(f.meta, priced_cents=True))
            out.append(f)
        return out

    def _glued_kobo(self, text: str, found: list[Found]) -> list[Found]:
        """"Lafarge Africa gained 35k to close at N17.85", "shed 7.27 per cent to close at 51k per share": in a text
        that writes its money in naira, bare digits under 100 glued to a "k" in a sentence that prices a share ("per
        share", or a naira price) are kobo, hundredths of the naira (lexicon `glued_subunits`), not thousands ("N30k"
        with its mark stays thirty thousand naira)."""
        codes = self.lex["glued_subunits"]["codes"]
        currencies = {f.unit for f in found if f.kind == "amount"}
        if len(currencies & set(codes)) != 1:
            return found
        currency = (currencies & set(codes)).pop()
        letters = self.lex["glued_subunits"]["letters"]
        out = []
        for f in found:
            written = text[f.start:f.end]
            if f.unit == "count" and not f.spelled and written[-1:] in letters and re.fullmatch(r"\d{1,2}[a-z]", written):
                opening = text.rfind(". ", 0, f.start) + 1
                closing = text.find(". ", f.end)
                sentence = text[opening:closing if closing >= 0 else len(text)]
                if "per share" in sentence or any(o.unit == currency and o.kind == "amount" and opening <= o.start
                                                  and (closing < 0 or o.end <= closing) for o in found):
                    f = replace(f, value=int(written[:-1]) / 100, unit=currency, kind="amount",
                                meta=dict(f.meta, subunit=True, glued_kobo=True))
            out.append(f)
        return out

    @staticmethod
    def _converted_plain_dollar(text: str, found: list[Found]) -> str | None:
        """The one dollar other than the US one that `text` writes with its own mark ("FJ$847m", "EC$12 million"), when
        a plain "$" figure has its own conversion into marked US money in brackets right after it ("around $280 million
        (approx. US$124m)"): such a text's plain "$" is its local dollar, each of them. None otherwise, or when it marks
        two other dollars."""
        proved = any(f.meta.get("bare_dollar") and f.kind == "amount" and g.unit == "USD" and g.meta.get("conversion")
                     and not g.meta.get("bare_dollar") and text[f.end:g.start].strip() == "("
                     for f, g in zip(found, found[1:]))
        if not proved:
            return None
        marked = {f.unit for f in found if f.kind == "amount" and f.unit != "USD" and not f.meta.get("bare_dollar")
                  and "$" in text[f.start:f.end]}
        return marked.pop() if len(marked) == 1 else None

    def local_dollar_currency(self, text: str, found: list[Found]) -> str | None:
        """The dollar a plain "$" stands for in `text` when it is not the US one, else None.

        Each currency of the lexicon's `local_dollar_places` scores the mentions of its place words. The
        local dollar is the one that outnumbers every other (the US places included), and it counts only
        when the article does not write that dollar with its own mark ("A$5", "5 Australian dollars": then a
        plain "$" is the US one, as wire copy writes it) and either the article marks US money elsewhere
        ("US$", "$US", "US dollars", "US cents": a plain "$" is then not the US one) or its places are named
        in the lead (the first `LEAD_CHARS` characters: headline, dateline, first paragraph) and at least
        three times in all, with no US place anywhere, or named three times (twice, one of them in the lead) by two
        different words or more anywhere,
        one of them a local body's or time zone's code in capitals ("ASX", "AEST"), with no US place. A capitalised dateline ("OTTAWA -- ") is one more mention of
        its place; US places as many as the local ones still let an article that marks its US money and names the
        local place in its lead have its local dollar (a New Zealand market close that goes on to Wall Street).
        """
        counts, in_lead, distinct = {}, {}, {}
        dateline = self._dateline_place(text)
        # "NZD $7.25": the article's own dollar written with its code before a plain "$" is one more mention of its place
        coded = [f for f in found if f.kind == "amount" and _CODED_DOLLAR_FIGURE.match(text, f.start)]
        for code, pattern in self._place_patterns.items():
            matches = list(pattern.finditer(text))
            # (how many different words, and whether one is a body's or a time zone's code in capitals: "ASX", "AEST")
            distinct[code] = (len({m.group(0) for m in matches}), any(m.group(0).isupper() for m in matches))
            hits = [m.start() for m in matches] + [f.start for f in coded if f.unit == code]
            if dateline is not None and pattern.fullmatch(dateline.title()):
                hits.append(0)  # "OTTAWA --": the dateline names where the article is written
            counts[code], in_lead[code] = len(hits), any(at < LEAD_CHARS for at in hits)
        local = {code: n for code, n in counts.items() if code != "USD"}
        if not local:
            return None
        best = max(local, key=local.get)
        if counts[best] == 0 or any(n >= counts[best] for code, n in local.items() if code != best):
            return None
        if any(f.unit == best and f.kind == "amount" and not f.meta.get("bare_dollar") and f not in coded for f in found):
            return None  # "A$5 million" written out: a plain "$" is the US one (not "NZD $7.25": the "$" is the local one)
        us_marked = any(f.unit == "USD" and not f.meta.get("bare_dollar") and _US_MARK.search(text, f.start, f.end)
                        for f in found)
        if counts.get("USD", 0) >= counts[best]:
            # US places as many: only an article that marks its US money and names the local place in its lead
            # ("The New Zealand sharemarket closed up ..." then "Wall Street", "the Nasdaq", "56.55 US cents")
            return best if us_marked and in_lead[best] else None
        if us_marked or (in_lead[best] and counts[best] >= 3 and counts.get("USD", 0) == 0):
            return best
        if counts.get("USD", 0) == 0 and counts[best] >= 2 + (not in_lead[best]) and distinct[best][0] >= 2 \
                and distinct[best][1]:
            # "in an ASX statement", "At 1.06 pm (AEST)", "a non-Australian company": placed, if not in the lead, by a
            # local body or time zone too (not only an office "in Sydney" and analysts "in Sydney and Melbourne"); twice
            # is enough when one is in the lead ("told the ASX yesterday ... the Australian Energy Regulator")
            return best
        if counts.get("USD", 0) == 0 and self._release_of(text, best):
            return best  # "International Trade in Goods and Services, Australia": a statistics release of the place
        if counts.get("USD", 0) == 0 and self._commonwealth_dollars(text, found):
            return best  # "3.07 per cent" and "$215,055" in a story that names Ontario once: a Canadian local paper
        return None

    def _release_of(self, text: str, code: str) -> bool:
        """Whether the headline ends in a place of `code` after a comma, as a statistics office titles its releases
        ("Labour Force, Australia", "Retail Trade, Australia"): the whole release is about that place."""
        headline = text[:text.find("\n")] if "\n" in text else text[:200]
        m = re.search(r",\s*([^,]{2,40}?)\s*$", headline)
        return m is not None and self._place_patterns[code].fullmatch(m.group(1)) is not None

    @staticmethod
    def _commonwealth_dollars(text: str, found: list[Found]) -> bool:
        """Whether `text` writes its percentages "per cent" (as Australian, Canadian and New Zealand papers do; a US
        paper writes "percent") and all its money with a plain "$": then one mention of a local place (or body)
        places it, where a text in US English needs three, or US money marked as such."""
        amounts = [f for f in found if f.kind == "amount"]
        return bool(amounts) and all(f.meta.get("bare_dollar") for f in amounts) \
            and _PER_CENT.search(text) is not None and _PERCENT.search(text) is None

    @staticmethod
    def _dateline_place(text: str) -> str | None:
        """The place of a capitalised dateline opening a paragraph of the lead ("OTTAWA -- ", "SYDNEY, Aug 24 -"),
        else None."""
        m = _DATELINE.search(text, 0, LEAD_CHARS)
        return m.group(1) if m else None

    @cached_property
    def _place_patterns(self) -> dict[str, re.Pattern]:
        places, regions = self.lex["local_dollar_places"], self.lex["local_dollar_regions"]
        # "the South American country": a word of `local_dollar_regions` before a place word makes it a wider region
        wider = {code: "".join(rf"(?<!\b{re.escape(word)} )" for word in regions.get(code, ()))
                 for code in places if code != "_doc"}
        return {code: re.compile(rf"(?<![\w$]){wider[code]}{alternation(words, boundary=False)}(?![\w$])")
                for code, words in places.items() if code != "_doc" and words}

    def _index_levels(self, text: str, found: list[Found]) -> list[Found]:
        """"fell 2.3% at 5,812.40", "to end 2026 at 6,400", "down 41 points at 6,212", "fell from 3,917.47 on Monday":
        a level an index closed at (or moved from) is in index points."""
        words = self.rx["index_words"]
        out = []
        for f in found:
            if f.unit == "count" and f.kind == "count" and not f.spelled and f.qualifier == "exact" \
                    and (f.value >= 100 or f.value != int(f.value)) and (to := re.search(r"\b(?:at|to|from|level\s+of)\s+$", text[max(0, f.start - 12):f.start])
                                                                          or self.rx["at_record"].search(text, max(0, f.start - 50), f.start)
                                                                          or self.rx["day_range"].search(text, max(0, f.start - 40), f.start)):
                sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[max(0, f.start - 300):f.start])[-1]
                # a record's level may name its index after it ("Since hitting a low of 19,898.10 on March 23, the Dow
                # has gained 86%"): the whole sentence counts
                whole = sentence + re.split(r"(?<=[.!?])\s+(?=[A-Z])|\n", text[f.end:f.end + 300])[0]
                if to.re is self.rx["day_range"] and not (
                        any(m.group(0).lower() not in ("average", "benchmark") for m in words.finditer(whole))
                        or _INDEX_NAME.search(whole) or _GLUED_INDEX_NAME.search(whole)):
                    out.append(f)
                    continue  # "benchmark Brent hit a high of 120", "temperatures averaged ... a high of 104"
                if to.re is self.rx["day_range"]:
                    sentence = whole
                bare = self.rx["level_after"].match(text[f.end:f.end + 12])
                # "down 41 points at 6,212": the level right after a move in index points is in index points
                # (or with its percentage and a day between: "up 40 points or 1.5% on Thursday to 2740")
                after_points = any(o.unit == "index point" and (m := _POINTS_TO_LEVEL.match(text, o.end)) is not None
                                   and m.end() == f.end for o in out[-2:]) or bool(out) and out[-1].unit == "index point" \
                    and re.fullmatch(r"\s+(?:at|to)\s+", text[out[-1].end:f.start]) is not None
                # "the share index fell from 3,917.47 on Monday": the level a move started from, in a sentence that
                # names an index (`index_words`)
                if bare and to.group(0).startswith("from"):
                    bare = bare and words.search(sentence)
                if bare and not self.rx["level_base_before"].search(text, max(0, f.start - 16), f.start) \
                        and (words.search(sentence) or after_points or _INDEX_NAME.search(sentence)):
                    f = replace(f, unit="index point", kind="physical")
            elif f.unit == "percentage_point" and abs(f.value) >= 100 and not f.spelled \
                    and self.rx["close_verbs"].search(re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[max(0, f.start - 300):f.start])[-1]):
                # "closed 0.24% higher at 61,623.10 points": no share moves by a hundred percentage points or more; so many
                # points in a sentence of a market's close are an index's (whatever the sentence calls the index: "the
                # all share", "the top 40"), not a player's ranking points ("rises to fourth with 5,840 points")
                f = replace(f, unit="index point", kind="physical")
            elif f.unit == "count" and f.kind == "count" and not f.spelled and f.value >= 100 \
                    and self.rx["level_bound_after"].match(text, f.end) \
                    and (f.qualifier in ("lower_bound", "upper_bound")
                         and self.rx["level_bound_before"].search(text, max(0, f.start - 30), f.start) is not None
                         or (f.qualifier == "exact" or f.hedge == "threshold")
                         and self.rx["level_crossed_before"].search(text, max(0, f.core_start - 30), f.core_start) is not None):
                # "KSE-100 closes above 50,000 for the first time", "the index ended below 7,000": a bound on the level
                # a market closed at; "Sensex crosses 70,000", "the Nikkei topped 40,000": a level a market crossed; in a
                # sentence that names an index ("average" or "benchmark" alone does not: "claims on average topped 200,000",
                # "benchmark Brent closed above 100")
                sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text[max(0, f.start - 300):f.start])[-1]
                if any(m.group(0).lower() not in ("average", "benchmark") for m in words.finditer(sentence)) \
                        or _INDEX_NAME.search(sentence) \
                        or _GLUED_INDEX_NAME.search(sentence):
                    f = replace(f, unit="index point", kind="physical")
            if f.unit == "count" and f.kind == "count" and not f.spelled and f.value >= 100 \
                    and _BRACKETED_LEVEL_BEFORE.search(text, max(0, f.start - 60), f.start) \
                    and _BRACKETED_MOVE_AFTER.match(text, f.end):
                # "Toronto Stock Exchange (19,957.96, down 36.82):": the market's level, and its move after it
                f = replace(f, unit="index point", kind="physical")
            elif f.unit == "count" and f.kind == "count" and not f.spelled and out and out[-1].unit == "index point" \
                    and (m := _BRACKETED_MOVE_AFTER.match(text, out[-1].end)) is not None and m.start("move") == f.start:
                f = replace(f, unit="index point", kind="physical")
            if f.unit == "count" and f.kind == "count" and not f.spelled and f.qualifier == "exact" and out \
                    and out[-1].unit == "index point" and out[-1].kind == "physical" and out[-1].value > 0 \
                    and 0.5 <= f.value / out[-1].value <= 2 and f.start - out[-1].end <= 30 \
                    and self._base_cue.search(text, out[-1].end, f.start) and not re.search(r"[,;]", text[out[-1].end:f.start]):
                # "to close at 32,006.65 compared with 32,466.27", "went up to 120.20 in March from 116.23": the level it is
                # compared with is the index's too (not across a comma, where the next item's move starts: "... to 154.7,
                # 'Education' rose from 138.5")
                f = replace(f, unit="index point", kind="physical", meta=dict(f.meta, unit_of_compared=True))
            out.append(f)
        for i in range(1, len(out) - 1):
            f, before, after = out[i], out[i - 1], out[i + 1]
            if f.unit == "count" and f.kind == "count" and not f.spelled and f.qualifier == "exact" and before.unit == "percent" \
                    and after.unit == "index point" and after.kind == "physical" and 0 < abs(f.value) < after.value \
                    and _OR_BETWEEN.fullmatch(text, before.end, f.start) and _TO_LEVEL_BETWEEN.fullmatch(text, f.end, after.start):
                # "rose 0.6 per cent, or 44.2, to 7,412.6": the move in index points the percentage restates, its level after
                out[i] = replace(f, unit="index point", kind="physical")
        return out

    def _conversions(self, text: str, found: list[Found]) -> list[Found]:
        """"7,199 yuan ($1,062)", "296 hp (224 kW)": a bracketed figure right after another converts it;
        it is a second quantity, not an accounting negative, and says nothing the first does not. A signed bare
        number right after a percentage in its brackets ("Lab 1120 (50.3%, +3.6)", "CON 43% (+2)") is the share's
        move, in percentage points."""
        out = []
        for i, f in enumerate(found):
            prev = found[i - 1] if i else None
            if prev is not None and prev.unit == "percent" and f.unit == "count" and f.kind == "count" and not f.spelled \
                    and text[f.start:f.start + 1] in "+-−" and re.fullmatch(r"\s*[,(\[]\s*", text[prev.end:f.start]) \
                    and (text[prev.end:f.start].strip() != "," or re.search(r"[(\[]\s*$", text[max(0, prev.start - 3):prev.start])):
                out.append(replace(f, unit="percentage_point", kind="percentage_points"))  # "(50.3%, +3.6)": the share's move
                continue
            if f.kind == "amount" and f.value == 1 and f.end == f.core_end and _EQUALS_AMOUNT.match(text, f.end):
                # "($1 = 72.9050 Indian rupees)": the unit of an exchange rate a wire story notes, no claim
                out.append(replace(f, claim_like=False, note="rate base"))
                continue
            if prev is not None and out and f.unit in _SPEED_OF and prev.unit in _SPEED_OF \
                    and re.fullmatch(r"\s*\(\s*", text[prev.end:f.start]) and _PER_HOUR_AFTER.match(text, f.end):
                # "winds of 265 kilometers (165 miles) per hour": the "per hour" after the brackets makes both speeds
                out[-1] = replace(out[-1], unit=_SPEED_OF[out[-1].unit]) if out[-1].unit in _SPEED_OF else out[-1]
                f = replace(f, unit=_SPEED_OF[f.unit])
            if prev is not None and self.rx["conversion_opening"].fullmatch(text[prev.end:f.start]):
                meta = dict(f.meta, conversion=True)
                meta.pop("bracketed", None)
                value = abs(f.value) if f.meta.get("bracketed") else f.value
                lower, upper = f.lower, f.upper
                if f.qualifier == "exact" and f.kind in ("physical", "amount") and f.unit != prev.unit and prev.qualifier in _BOUND_SIDES \
                        and re.fullmatch(r"\s*\(\s*", text[prev.end:f.start]):
                    # "up to 195 km (120 miles)", "about 20 kilometers (12.4 miles)": the conversion is hedged as its figure is
                    side = _BOUND_SIDES[prev.qualifier]
                    f = replace(f, qualifier=prev.qualifier)
                    lower, upper = (value if side == "lower" else lower), (value if side == "upper" else upper)
                f = replace(f, value=value, meta=meta, lower=lower, upper=upper)
                if prev.spelled and not f.spelled and f.value == prev.value and f.unit == prev.unit \
                        and re.fullmatch(r"\s*\(\s*", text[prev.end:f.start]):
                    # "Seventy-five (75) deaths", "three (3) rifles": the digits restate the words, one figure
                    f = replace(f, claim_like=False, note="restated")
            out.append(f)
        return out

    def _infer_currency(self, text: str, found: list[Found]) -> list[Found]:
        """"billions in incremental sales": a large bare number counting money takes the text's currency."""
        currencies = [f.unit for f in found if f.kind == "amount"]
        if not currencies:
            return found
        currency = max(set(currencies), key=currencies.count)
        # the currency the story writes its own sums in (four in five of them at least), not counting conversions
        # ("79 billion riyals ($21.07 billion)") or an exchange rate's base ("($1 = 3.7502 riyals)")
        mine = [f.unit for f in found if f.kind == "amount" and f.claim_like and not f.meta.get("conversion")]
        own = max(set(mine), key=mine.count) if len(mine) >= 2 else None
        if own is not None and mine.count(own) < 0.8 * len(mine):
            own = None
        out = []
        for f in found:
            if f.unit == "count" and (f.vague or f.value >= 1e6) and self.rx["money_noun_after"].match(text, f.end):
                f = replace(f, unit=currency, kind="amount")
            elif own is not None and self._bare_sum(text, f, own, found):
                # "Non-oil revenue stood at 502.5 billion in 2024", "7,574 billion rupees, which is 6,400 billion in the
                # revised estimate": a scaled sum with no unit of its own in a story that writes its money in one currency
                f = replace(f, unit=own, kind="amount", meta=dict(f.meta, currency_of_text=True))
            out.append(f)
        return out

    def _bare_sum(self, text: str, f: Found, own: str, found: list[Found]) -> bool:
        """Whether a bare count written with a scale of a million or more ("502.5 billion") and nothing after it but a
        mark or a word of the lexicon's `bare_sums` followers ("in", "for") is a sum of the story's money `own`: a
        money noun stands at or is of it in its sentence ("revenue stood at", "a budget of"), or a sum in `own` written
        with the same scale word stands in its paragraph ("Rs 2.3 billion for ... and 5.5 billion for ...")."""
        written = text[f.core_end:f.end].strip().lower()
        if f.unit != "count" or f.kind != "count" or f.spelled or f.value < 1e6 or not written.isalpha() \
                or not self.rx["bare_sum_end"].match(text, f.end):
            return False
        scaled = [o for o in found if o.end <= f.start and re.search(rf"\b{re.escape(written)}\b", text[o.core_end:o.end], re.I)]
        if scaled and scaled[-1].unit == "count" and not _SENTENCE_BREAK.search(text, scaled[-1].end, f.start):
            return False  # "21.6 million paying members, up from 18.9 million": the count it is compared with
        if self.rx["money_noun_before"].search(text, max(0, f.start - 80), f.start):
            return True
        opening = text.rfind("\n\n", 0, f.start) + 1
        closing = text.find("\n\n", f.end)
        closing = len(text) if closing < 0 else closing
        return any(o.unit == own and o.kind in ("amount", "change") and opening <= o.start and o.end <= closing
                   and re.search(rf"\b{re.escape(written)}\b", text[o.core_end:o.end], re.I) for o in found)

    def _base_units(self, text: str, found: list[Found]) -> list[Found]:
        """"fell to 333.9 million kg from 348.15 million", "1.6 million barrels a day, compared with 1.8 million":
        a bare count right after a word of the lexicon's `base_cues_before` is in the unit of the figure it is
        compared with, the one before it in the sentence, when the two are of one order of magnitude."""
        out: list[Found] = []
        for f in found:
            # a percentage between them restates the figure's share ("exported 247.3 million kg, or 74 per cent of the
            # total, down from 259 million"): the compared figure is the one before it
            prev = next((p for p in reversed(out) if p.unit not in ("percent", "percentage_point")), None)
            if prev is not None and out and out[-1] is not prev and _SENTENCE_BREAK.search(text, prev.end, f.start):
                prev = None
            if (prev is not None and f.unit == "count" and f.kind == "count" and not f.vague
                    and prev.kind in ("physical", "amount") and not prev.meta.get("duration") and not prev.meta.get("age")
                    and prev.value > 0 and 0.2 <= f.value / prev.value <= 5
                    and f.start - prev.end <= 120 and not _SENTENCE_BREAK.search(text, prev.end, f.start)
                    and self._base_cue.search(text, max(prev.end, f.start - 30), f.start)):
                f = replace(f, unit=prev.unit, kind=prev.kind, meta=dict(f.meta, unit_of_compared=True))
            elif (prev is not None and f.kind == "amount" and f.unit == prev.unit and prev.kind == "amount"
                    and (scale := _written_scale(text, prev)) and f.end == f.core_end and not f.vague
                    and f.qualifier == "exact" and 0 < f.value < 1000 and 0.2 <= f.value * scale / prev.value <= 5
                    and f.start - prev.end <= 120 and not _SENTENCE_BREAK.search(text, prev.end, f.start)
                    and self._base_cue.search(text, max(prev.end, f.start - 30), f.start)):
                # "earnings rose to Sh129 billion from Sh120": the base carries the scale of the figure it is compared with
                f = replace(f, value=f.value * scale, meta=dict(f.meta, scale_of_compared=True))
            out.append(f)
        return out

    @cached_property
    def _base_cue(self) -> re.Pattern:
        # "from the current 30.81 rate", "down from the previous 1.8 million": a base named as the one before
        return compile_cached(rf"{alternation(self.lex['base_cues_before'])}\s+(?:the\s+(?:current|previous|prior|existing|old)\s+)?"
                              rf"(?:about\s+|around\s+|some\s+|nearly\s+)?$", re.I)

    def _exchange_rates(self, text: str, found: list[Found]) -> list[Found]:
        """"The rupee settled at 83.14 against the US dollar", "the rand weakened to 18.95 to the dollar", "the
        Indian currency opened weak at 83.04": a bare number quoting a currency against another is an amount of the
        currency named before it (`exchange_rate_quotes` in the lexicon)."""
        out = []
        for f in found:
            if f.unit == "count" and f.kind == "count" and not f.vague and f.end == f.core_end and 0 < f.value < 1e5 \
                    and (quoted := self._quoted_currency(text, f)) is not None:
                f = replace(f, unit=quoted[1], kind="amount", meta=dict(f.meta, exchange_rate=quoted[0]))
            out.append(f)
        return out

    def _quoted_currency(self, text: str, f: Found) -> tuple[str, str] | None:
        """(the currency's word as written, its code) when the number `f` quotes a currency, else None."""
        quotes = self._quote_patterns
        if (against := quotes["against_before"].search(text, max(0, f.start - 40), f.start)) is not None:
            # "the pound increased 0.64% versus the US dollar at 1.313": sterling (or the euro, the Australian or New
            # Zealand dollar) is quoted in the currency it is set against right before the number
            opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, f.start - 300), against.start())),
                          default=max(0, f.start - 300))
            # (the currency quoted is the base, the subject of its rate: "the pound", in the other's money)
            bases = list(quotes["base_quoted"].finditer(text, opening, against.start()))
            if bases:
                word = re.sub(r"\s+", " ", against.group("q").lower())
                return bases[-1].group(0), self._quote_codes[word]
        if not quotes["against"].match(text, f.end):
            # a level verb alone ("opened weak at 83.04") quotes a currency only in a sentence about one ("The Indian
            # currency opened ..."), never an index's close after a sentence on the rand
            moved = quotes["moved_to"].search(text, max(0, f.start - 40), f.start)
            if not (moved or quotes["level"].search(text, max(0, f.start - 40), f.start)):
                return None
            opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, f.start - 300), f.start)),
                          default=max(0, f.start - 300))
            if not (quotes["currency"].search(text, opening, f.start) or quotes["currency_noun"].search(text, opening, f.start)):
                return None
            if moved and self.rx["index_words"].search(text, opening, f.start):
                return None  # "as the rupee firmed, the Sensex gained 2% to 72,000": the index's level
            if moved and quotes["against"].search(text, opening, f.start):
                return None  # "slipped 0.2% versus the euro to 11.61": the frame reads the rate and what it is against
        # "The franc rose to 177.63 against the yen and 0.9308 against the euro": a currency named as what another is
        # quoted against is no quoted one (the franc is, at 0.9308)
        named = [m for m in quotes["currency"].finditer(text, max(0, f.start - 300), f.start)
                 if self.lex["currency_words"][re.sub(r"\s+", " ", m.group(0).lower())] != "USD"
                 and not quotes["base_before"].search(text, max(0, m.start() - 40), m.start())]
        if not named:
            return None
        word = re.sub(r"\s+", " ", named[-1].group(0).lower())
        # "the peso fell to 820 to the dollar" in a story on Chile: the word's currency as the text places it
        return named[-1].group(0), self._currency_in_context(word, self.lex["currency_words"][word], text)

    @cached_property
    def _quote_codes(self) -> dict[str, str]:
        """The currencies a base-quoted currency is quoted in, by their words (`exchange_rate_quotes.quote_words`)."""
        return dict(pair.rsplit(":", 1) for pair in self.lex["exchange_rate_quotes"]["quote_words"])

    @cached_property
    def _quote_patterns(self) -> dict[str, re.Pattern]:
        words = self.lex["exchange_rate_quotes"]
        return {
            "against": compile_cached(rf"\s+{alternation(words['against'])}\.?\s+(?:the\s+|a\s+|one\s+|each\s+)?"
                                      rf"(?:(?:US|U\.S\.|American|single|common)\s+)?{alternation(words['bases'])}", re.I),
            "base_before": compile_cached(rf"{alternation(words['against'])}\.?\s+(?:the\s+|a\s+|one\s+|each\s+)?"
                                          r"(?:(?:US|U\.S\.|American|single|common)\s+)?$", re.I),
            "level": compile_cached(rf"{alternation(words['levels'])}(?:\s+[a-z]+)?\s+(?:at|to|around|near)\s+$"
                                    r"|\b(?:low|high)\s+of\s+$", re.I),
            "currency": compile_cached(alternation([w for w in self.lex["currency_words"] if w != "_doc"]), re.I),
            "currency_noun": compile_cached(r"\b(?:currency|local\s+unit)\b", re.I),
            # "versus the US dollar at 1.313", "against the euro at 1.184", "against the dollar to 1.3002"
            "against_before": compile_cached(rf"\b{alternation(words['against'])}\.?\s+(?:the\s+)?"
                                             rf"(?P<q>{alternation(list(self._quote_codes))})\s+(?:at|to)\s+$", re.I),
            "base_quoted": compile_cached(rf"\b{alternation(words['base_quoted'])}\b", re.I),
            # "lower by 10 paise to 83.50", "gained 0.2% to 83.10": the rate a currency's move in its subunit or in
            # percent reached
            "moved_to": compile_cached(r"(?:\b(?:paise|paisas?|cents?|kobo|pesewas|per\s?cent|percent)\b|%)\s+to\s+$", re.I),
        }

    def _from_number(self, name: str, text: str) -> Iterator[re.Match]:
        r"""`self.rx[name].finditer(text)` for the patterns that begin with a number ("n_in_m", "n_in_every",
        "n_to_one", "times", "fraction"): the same matches, found by trying the pattern only where a number
        can start.

        Each of them begins at a word boundary with a digit, "." and a digit, "a"/"an" and a space or hyphen,
        or a number word ("number" too, or right after a currency's letters); `_number_starts` lists every such
        place (and a few more: trying the pattern there finds nothing). `re` has no fast scan for patterns that begin with `\b` and
        case-insensitive words, so it tried each one at every character of the text: 0.16 s per 60
        articles, against 0.05 s this way. `Pattern.match` at a position sees the text around it
        (boundaries, look-behinds) as the scan does, and the next try starts where a match ended, as
        `finditer` does (none of these patterns matches empty text). tests/test_scanner_number_starts.py
        compares the two.
        """
        if self._starts[0] is not text:
            self._starts = (text, self._number_starts(text))
        pattern, after = self.rx[name], 0
        for start in self._starts[1]:
            if start >= after and (m := pattern.match(text, start)):
                yield m
                after = m.end()

    def _number_starts(self, text: str) -> list[int]:
        """Every place a number may start, a superset of where `number_start` matches and of where "number"
        (which also takes a number glued to a currency's letters, "USD10") can begin: the start of each run of
        digits, a "." right before one, and the words "a", "an" and the number words (from the text's word
        index, as `Exclusions.find` reads it). Two scans of the whole text (`number_start`, then "number"
        itself, which `re` tries at every character) become one scan for digits."""
        starts = self._number_words
        if starts is None:  # not ASCII words: the pattern's own scan
            return [m.start() for m in self.rx["number_start"].finditer(text)]
        found = set(words_of(text).candidates(starts))
        for m in _DIGIT_RUN.finditer(text):
            at = m.start()
            found.add(at)
            if at and text[at - 1] == ".":
                found.add(at - 1)
        return sorted(found)

    @cached_property
    def _number_words(self) -> Starts | None:
        return starts_of([*WORD_NUMBERS, "a", "an"])

    @cached_property
    def word_starts(self) -> dict[str, Starts]:
        """The patterns of `rx` that begin with words, with the words they can begin with: tried only there
        (`_from_words`). A pattern that no longer begins as recorded here is scanned."""
        lex = self.lex
        scales = starts_of(lex["scale_words"])
        vague_heads = starts_of([*lex["vague_heads"]["of_heads"], *lex["vague_heads"]["scale_heads"]])
        multiples = starts_of([*lex["multiples"].keys(), "twice", "thrice"])
        scale, currency, vague = (alternation(lex["scale_words"], boundary=False), alternation(lex["currency_words"].keys()),
                                  alternation(lex["vague_magnitudes"].keys()))
        where = {  # what each pattern begins with, on every alternative: (text, where)
            "money_adj": (_money_adjective(lex, scale, currency),
                          merge_starts(Starts(prefixes=("multi",)), scales)),
            "vague": (_vague_begins(lex, vague, currency, scale), merge_starts(vague_heads, starts_of(lex["vague_magnitudes"].keys()))),
            "half": (r"\bhalf\b(?!-(?!(?:million|billion|trillion)\b))", Starts(words=frozenset({"half"}))),
            "multiple": (rf"(?<!-)\b(?:{alternation(lex['multiples'].keys())}|twice|thrice)\b(?!-)", multiples),
        }
        return {name: starts for name, (begins, starts) in where.items()
                if starts is not None and self.rx[name].pattern.startswith(begins)}

    def _from_words(self, name: str, text: str) -> Iterator[re.Match]:
        """`self.rx[name].finditer(text)`, tried only at the words the pattern can begin with (as
        `Exclusions.find` does: the text's words are indexed once, for both)."""
        starts = self.word_starts.get(name)
        return self.rx[name].finditer(text) if starts is None else words_of(text).matches(self.rx[name], starts)

    def _money_adjectives(self, text):
        for m in self._from_words("money_adj", text):
            if re.search(r"\d[\d.,]*-$", text[max(0, m.start() - 12):m.start()]):
                continue  # "a 40-billion-euro bid": the scale of the number before it, read with that number
            s = m.group(0).lower()
            scale = next(v for k, v in self.lex["scales"].items() if k in s and len(k) > 2)
            cur = "GBP" if "pound" in s else next((c for w, c in self.lex["currency_words"].items() if w in s), "USD")
            multi = s.startswith("multi")
            low = scale * (2 if multi else 1)
            yield Found(m.start(), m.end(), m.start(), m.end(), low, cur, "amount", "lower_bound", lower=low)

    def _vague(self, text):
        lex = self.lex
        for m in self._from_words("vague", text):
            s = re.sub(r"\s+", " ", m.group(0).lower())
            if s == "scores" and not re.match(r"\s+of\b", text[m.end():m.end() + 4]):
                continue  # "he scores goals": a verb, not a vague magnitude
            if _NUMBER_BEFORE.search(text, max(0, m.start() - 24), m.start()):
                continue  # "Rs. 87621.80 millions": the scale of the number before it, read with that number
            word = self.rx["currency_word"].search(s)
            cur = lex["currency_words"][word.group(0)] if word else None
            core = re.sub(r"\s+of\s+\w+$", "", s) if cur else s
            low, high = self._vague_bounds(core)
            if low is None:
                continue
            unit, kind = (cur, "amount") if cur else ("count", "count")
            yield Found(m.start(), m.end(), m.start(), m.end(), low, unit, kind, "range", low, high, vague=True)

    def _double_digits(self, text):
        """"Loan growth has stayed in double-digits", "inflation will remain in double digits": a rate in double digits
        is a percentage of at least 10, in a sentence that names a rate (lexicon `double_digits`)."""
        words = self.lex["double_digits"]
        phrases = compile_cached(rf"\b{alternation(words['phrases'])}\b", re.I)
        rates = compile_cached(rf"(?:\b{alternation(words['rate_words'])}\b|%)", re.I)
        for m in phrases.finditer(text):
            opening = max((b.end() for b in _SENTENCE_BREAK.finditer(text, max(0, m.start() - 300), m.start())),
                          default=max(0, m.start() - 300))
            end = _SENTENCE_BREAK.search(text, m.end())
            if rates.search(text, opening, end.start() if end else len(text)):
                yield Found(m.start(), m.end(), m.start(), m.end(), 10.0, "percent", "percentage", "lower_bound", 10.0,
                            None, vague=True)

    def _vague_bounds(self, s: str) -> tuple[float | None, float | None]:
        lex = self.lex
        for head, (lo, hi) in lex["vague_multipliers"].items():
            if s.startswith(head + " "):
                rest = s[len(head) + 1:]
                if rest in lex["vague_magnitudes"]:
                    base = lex["vague_magnitudes"][rest][0]
                elif rest in lex["scales"]:
                    base = lex["scales"][rest]
                else:
                    return None, None
                return lo * base, hi * base
        if s in lex["vague_magnitudes"]:
            lo, hi = lex["vague_magnitudes"][s]
            return float(lo), float(hi)
        return None, None

    def _a_point(self, text):
        """"a full percentage point", "a basis point": one point, written with "a"."""
        for m in self.rx["a_point"].finditer(text):
            if re.search(r"\d\s+of\s+$", text[max(0, m.start() - 8):m.start()]):
                continue  # "0.8 of a percentage point": the number's unit
            if re.search(r"\bhalf\s+$", text[max(0, m.start() - 8):m.start()], re.I):
                continue  # "half a percentage point": read by `_half`
            value = 0.01 if m.group("w").lower() == "basis" else 1.0
            yield Found(m.start(), m.end(), m.start(), m.end(), value, "percentage_point", "percentage_points")

    def _a_duration(self, text):
        """"more than a year", "nearly a decade", "the strongest winds in over a century", "its first title in a
        decade": one unit of time written with "a" (a decade ten years, a century a hundred) is a duration stated as
        a fact when a hedge stands right before it, or when it is the window of a record ("in", after a word of
        lexicon `record_before` up to 60 characters before, in the same sentence); not a period ("more than a year
        ago", "a year earlier": `period_framing_after`), a possessive ("less than a year's worth") or a threshold
        ("within a year of the injury")."""
        for m in self.rx["a_duration"].finditer(text):
            if self.rx["period_after"].match(text, m.end()) or re.match(r"['’]s\b", text[m.end():m.end() + 3]):
                continue  # "less than a year's worth"
            before = text[max(0, m.start() - 60):m.start()]
            hedged = any(p.search(before) for p in self.rx["hedge_before"].values()) \
                and not self.rx["a_duration_not_after"].search(before)
            framed = re.search(r"\bin\s+$", before)
            if not (hedged or framed and self._record_before(text, m.start() - len(framed.group(0)))):
                continue
            word = m.group("w").lower()
            years = self.lex["time_units_in_years"].get(word)  # a decade ten years, a century a hundred
            value, unit = (float(years), "year") if years else (2.0, "week") if word == "fortnight" else (1.0, word)
            yield Found(m.start(), m.end(), m.start(), m.end(), value, unit, "physical", meta={"duration": True})

    def _record_before(self, text: str, end: int) -> bool:
        """Does a word of lexicon `record_before` ("lowest", "first", "record") stand up to 60 characters before `end`,
        with no full stop or semicolon between?"""
        return self.rx["record_before"].search(text, max(0, end - 60), end) is not None

    def _a_subunit(self, text):
        """"will rise by a cent", "fell a penny": one cent or penny written with "a" after a word of a move. A penny is
        sterling's, unless the text's first currency sign is the dollar's (American copy calls a cent a penny); a cent
        the text's currency, as "cents" are read (the local dollar's or the local cents' rules
        may give it another)."""
        for m in self.rx["a_subunit"].finditer(text):
            start = m.start("a")
            if m.group("w").lower() == "penny" and not re.match(r"[^€£¥₹]*\$", text):
                yield Found(start, m.end(), start, m.end(), 0.01, "GBP", "amount", meta={"subunit": True})
                continue  # (in a text whose first currency sign is the dollar's, "cut by a penny" is a cent)
            currency = self._text_currency(text)
            yield Found(start, m.end(), start, m.end(), 0.01, currency, "amount",
                        meta={"subunit": True} | ({"bare_dollar": True} if currency == "USD" else {}))

    def _n_in_m(self, text):
        lowered = text.lower()
        if " to one" in lowered:
            for m in self._from_number("n_to_one", text):  # "by roughly two to one"
                n = self._number_value(m.group("n3"))
                if n and n > 1:
                    yield Found(m.start(), m.end(), m.start(), m.end(), n, "ratio", "ratio")
        matches = list(self._from_number("n_in_m", text))
        if " every " in lowered:  # "Two pounds in every five"
            matches += list(self._from_number("n_in_every", text))
        for m in sorted(matches, key=lambda m: m.start()):
            groups = m.groupdict()
            n = self._number_value(groups.get("n") or groups.get("n2"))
            d = self._number_value(groups.get("m") or groups.get("m2"))
            if n is None or not d or n >= d or d > 1000 and not (_THOUSANDS.search(m.group("m") or m.group(0)) and not _OUT_OF.search(m.group(0))) or n == 0:
                continue  # not "3 in 2024" (a year) nor "96,545 out of 97,464" (a tally); "one in 10,000" is odds
            if text.startswith("-year", m.end()):
                continue  # "a 1-in-200-year event": a return period that names the event, no figure
            if _TALLY_OUT_OF.fullmatch(m.group(0)) and d not in _PROPORTION_BASES and _NOUN_AFTER.match(text, m.end()):
                continue  # "won 34 out of 42 seats", "20 out of 21 matches": two counts, each a fact, no proportion
            yield Found(m.start(), m.end(), m.start(), m.end(), n / d, "ratio", "ratio")

    def _fractions(self, text):
        for m in self._from_number("fraction", text):
            num, d_word = m.group("n").lower(), m.group("d").lower()
            d = self.lex["denominators"][d_word]
            after = text[m.end():m.end() + 5].lower()
            before = text[max(0, m.start() - 4):m.start()].lower()
            hyphen = "-" in m.group("sep")
            followed_by_of = re.match(r"\s+of\b", text[m.end():m.end() + 6], re.I) is not None  # not "a fourth offer"
            plural = d_word.endswith("s") and d_word != "halves" or d_word == "halves"
            if num in ("a", "an") and self.rx["and_a_fraction_before"].search(text, max(0, m.start() - 24), m.start()):
                continue  # "four-and-a-half years": the fraction of the number before it, read with that number
            if num in ("a", "an") and d_word == "half" and _HALF_OF_SCALE.match(text, m.end()):
                continue  # "a half million", "more than a half a million": half of the scale, read by `_half`
            if num in ("a", "an", "one"):
                # "a quarter of revenue", "one-fifth", "by a third", "about a fifth"; not "a third straight win"
                comparative = bool(self.rx["fraction_comparative"].match(after + text[m.end() + 5:m.end() + 12]))
                # "is exactly one sixth.": a fraction that ends its clause
                ends_clause = bool(re.match(r"\s*(?:[.,;:!?)]|$)", text[m.end():m.end() + 2])) and num == "one"
                if not (hyphen or followed_by_of or comparative or ends_clause or before.endswith("by ") or self._hedged(text, m.start())):
                    continue
                n = 1.0
            else:
                n = self._number_value(num)
                if n is None or n >= d and d_word.startswith("quarter"):
                    continue
                if d_word.startswith("quarter") and not (hyphen or followed_by_of):
                    continue  # "three quarters" of a year
                if not plural and n != 1:
                    continue
            yield Found(m.start(), m.end(), m.start(), m.end(), n / d, "ratio", "ratio")
        for m in self.rx["slash"].finditer(text):
            n, d = int(m.group("n")), int(m.group("m"))
            if not 0 < n < d or re.search(r"\d[\s-]$", text[max(0, m.start() - 2):m.start()]):
                continue  # "10 1/2 inches" is a mixed number (see _numbers)
            unit_of = re.match(r"\s+of\s+an?\s+", text[m.end():m.end() + 8])
            if d <= 64 and (self._unit_follows(text, m.end()) or (unit_of and self._unit_follows(text, m.end() + unit_of.end()))):
                # "1/2 pound", "1⁄32 of a quart": a fraction of a unit is a count the unit then attaches to
                yield Found(m.start(), m.end(), m.start(), m.end(), n / d, "count", "count",
                            meta={"unit_of": unit_of.end()} if unit_of else {})
            elif d > 31 or text[m.end():m.end() + 3] == " of":
                yield Found(m.start(), m.end(), m.start(), m.end(), n / d, "ratio", "ratio")
        for m in self.rx["vulgar"].finditer(text):
            if not m.group("whole") and re.search(r"\d\s+and\s+$", text[max(0, m.start() - 12):m.start()]):
                continue  # "7 and ½ cents": the fraction of the number before (`AND_FRACTION`)
            value = VULGAR[m.group("f")] + (int(m.group("whole")) if m.group("whole") else 0)
            kind, unit = ("count", "count") if m.group("whole") or self._unit_follows(text, m.end()) else ("ratio", "ratio")
            yield Found(m.start(), m.end(), m.start(), m.end(), value, unit, kind)

    def _unit_follows(self, text: str, end: int) -> bool:
        """Does a physical unit quantulum3 or the lexicon knows start right after `end`?"""
        if self.rx["extra_unit_after"].match(text, end):
            return True
        return self.physical_units and _physical_unit(text[end:end + 40], "1", self.ambiguous_units, self.exact_case_prefixes) is not None

    def _hedged(self, text: str, start: int) -> bool:
        """Is the word before `start` a hedge or 'between' ("about a quarter", "between a third and half")?"""
        window = text[max(0, start - 40):start]
        return bool(re.search(r"\bbetween\s+$", window, re.I)) or any(
            p.search(window) for p in self.rx["hedge_before"].values())

    def _half(self, text):
        ok_after = ("of", "the", "its", "their", "a", "an", "his", "her", "our", "all", "that", "this", "those", "these")
        ok_before = ("by", "than", "nearly", "almost", "about", "roughly", "around", "over", "under", "some", "just",
                     "in", "to", "only", "barely", "fully", "half")
        for m in self._from_words("half", text):
            nxt = text[m.end():m.end() + 12].lower().split()
            prev = re.findall(r"[^\s-]+", text[max(0, m.start() - 12):m.start()].lower())
            parts = re.findall(r"[^\s-]+", text[m.end():m.end() + 14].lower())  # "a half-million": the hyphen splits
            scale_word = next((w.strip(".,;") for w in parts[:2] if w.strip(".,;") in _HALF_SCALES), None)
            and_before = len(prev) >= 3 and prev[-2] == "and" and (prev[-3] in WORD_NUMBERS or prev[-3][:1].isdigit())
            if prev and prev[-1] == "a" and not and_before and scale_word is not None \
                    and parts[0].strip(".,;") in (scale_word, "a") \
                    and (a := re.search(r"\ba[\s-]+$", text[max(0, m.start() - 6):m.start()], re.I)) is not None:
                # "a half million", "more than a half a million": half of the scale, from the article "a" (not "two and a
                # half million", read with its number)
                start, end = max(0, m.start() - 6) + a.start(), text.lower().index(scale_word, m.end()) + len(scale_word)
                yield Found(start, end, start, end, 0.5 * _HALF_SCALES[scale_word], "count", "count")
                continue
            if prev and prev[-1] in ("first", "second", "latter", "other", "a", "one"):
                continue  # "first half" and "first-half profit" are periods; "two and a half" a number
            if prev and prev[-1] in self.lex["half_year_determiners"] and not (nxt and nxt[0].strip(".,;") == "of"):
                continue  # "profit for the half rose", "in the half to June": a results story's half-year, a period
            if nxt and nxt[0] in ("a", "an") and len(nxt) > 1 and nxt[1].strip(".,") in ("century", "decade", "year", "day", "month", "hour", "minute", "week"):
                word = nxt[1].strip(".,")
                years = {"century": 100, "decade": 10}.get(word)
                end = text.lower().index(word, m.end()) + len(word)
                value, unit = (0.5 * years, "year") if years else (0.5, word)
                yield Found(m.start(), end, m.start(), end, value, unit, "physical", meta={"duration": True})
                continue
            if nxt and nxt[0] in ("a", "an") and (pm := _HALF_A_PERCENT.match(text, m.end())) is not None:
                # "rose half a percent", "half a percentage point": half of one percent (point)
                points = pm.group(1) is not None or pm.group(2) is not None
                yield Found(m.start(), pm.end(), m.start(), pm.end(), 0.5, "percentage_point" if points else "percent",
                            "percentage_points" if points else "percentage")
                continue
            if nxt and nxt[0] in ("a", "an") and len(nxt) > 1 and nxt[1].strip(".,") in ("million", "billion", "dozen", "trillion"):
                scale = {"million": 1e6, "billion": 1e9, "dozen": 12, "trillion": 1e12}[nxt[1].strip(".,")]
                end = m.end() + len(text[m.end():]) - len(text[m.end():].lstrip())
                end = text.lower().index(nxt[1].strip(".,"), end) + len(nxt[1].strip(".,"))
                yield Found(m.start(), end, m.start(), end, 0.5 * scale, "count", "count")
                continue
            if m.start() > 1 and text[m.start() - 1] == "-" and text[m.start() - 2].isalpha():
                continue  # "fly-half", "scrum-half": a word's part
            written = text[m.end():m.end() + 12].split()
            word = written[0].strip(".,;:!?") if written else ""
            noun_after = word.isalpha() and word.islower() and word not in self.lex["half_not_before"]
            if (nxt and nxt[0].strip(".,;") in ok_after) or (prev and prev[-1] in ok_before) or noun_after:
                yield Found(m.start(), m.end(), m.start(), m.end(), 0.5, "ratio", "ratio")

    def _multiples(self, text):
        for m in self._from_words("multiple", text):
            w = m.group(0).lower()
            nxt = text[m.end():m.end() + 10].lower()
            if w in ("twice", "thrice"):
                value = 2.0 if w == "twice" else 3.0
                if not self.rx["twice_before"].match(nxt) or _AS_CLAUSE.match(text, m.end()):
                    # "scored twice", "met twice a year": a count of occasions, not a multiple; so is "scored twice as
                    # Harwick beat Dunmore", where 'as' opens a clause with a name, no comparison
                    yield Found(m.start(), m.end(), m.start(), m.end(), value, "count", "count")
                    continue
            else:
                value = float(self.lex["multiples"][w])
                if w in ("double", "triple", "quadruple", "halves", "halve") and not self.rx["multiple_verb_before"].match(nxt or " "):
                    continue
                if w.endswith("fold") and self.rx["fold_aspect_after"].match(text, m.end()):
                    continue  # "a twofold aim": how many parts a thing has, no multiple
            yield Found(m.start(), m.end(), m.start(), m.end(), value, "ratio", "multiple")

    def _times(self, text):
        for m in self._from_number("times", text):
            n = self._number_value(m.group("n"))
            after = text[m.end():m.end() + 12].lower()
            # "four times a week" counts occasions, and so does "scored 35 times in the league" (a phrase of place,
            # time or company after it, no change before); "8.4 times median earnings", "risen 2.5 times since" are
            # multiples
            occasions = n is not None and n == int(n) and not self.rx["change_before"].search(text, max(0, m.start() - 25), m.start())
            if n is None or n < 1.5 or (" times" in m.group(0).lower() and occasions and re.match(
                    r"\s+(?:a|an|per|each|every|in\s+a\s+row|this|last|since|before|so\s+far|in|for|from|during|against|"
                    r"at|on|with|while|when|but)\b|\s*[,.;]", after)):
                continue
            yield Found(m.start(), m.end(), m.start(), m.end(), n, "ratio", "multiple")

    def _foot_inches(self, text):
        """A height written as American copy writes it, feet and inches hyphened: "the 6-foot-11 center" is 83 inches,
        as "6ft 11in" is (`_join_feet_inches`); the inches fewer than twelve. Its core is the feet, as "foot-11" alone
        looks like a code to the exclusions."""
        for m in _FOOT_INCHES.finditer(text):
            feet, inches = int(m.group("f")), int(m.group("i"))
            if inches < 12:
                yield Found(m.start(), m.end(), m.start(), m.start("f") + len(m.group("f")), feet * 12 + inches, "inch", "physical")

    def _clock_durations(self, text):
        """A time written with a clock's colons that is no time of day: "finished in 2:05:06", "clocked 3:43.13"
        (hours, minutes and seconds, or minutes and seconds with their fraction). A time of day with a clock suffix
        ("2:05:06 GMT") or two digits of hours is excluded before this runs, and "3:45" alone stays excluded; one
        after a cue of `clock_time_cues` ("leaves at 2:05:06") is kept as a time of day, no claim."""
        for m in _CLOCK_DURATION.finditer(text):
            hours, minutes, seconds = m.group("h"), m.group("m"), m.group("s")
            if hours is None and "." not in seconds:
                continue
            value = (int(hours) * 3600 if hours else 0) + int(minutes) * 60 + float(seconds)
            found = Found(m.start(), m.end(), m.start(), m.end(), value, "second", "physical", meta={"duration": True})
            if self.rx["clock_cue_before"].search(text, max(0, m.start() - 12), m.start()):
                found = replace(found, claim_like=False, note="time of day")  # "the ferry leaves at 2:05:06"
            yield found

    def _join_compound(self, text: str, found: list[Found]) -> list[Found]:
        """"2 lakh 26 thousand 362 beneficiaries" is 226,362, "Rs 13 crore 10 lakh" is 131 million rupees, "One lakh 31
        thousand workers" 131,000: South Asian copy writes a number in parts, each a whole number of a larger scale
        (`compound_scales`) than the next part, with only a space between them; the parts after the first are bare."""
        scales = self.lex["compound_scales"]["words"]
        out: list[Found] = []
        for f in found:
            prev = out[-1] if out else None
            if prev is not None and f.unit == "count" and f.kind == "count" and f.qualifier == "exact" and not f.vague \
                    and f.start == f.core_start and prev.qualifier in ("exact", "approximate") and prev.kind in ("count", "amount") \
                    and re.fullmatch(r" ", text[prev.end:f.start]):
                last = prev.meta.get("compound_part") or _scale_part(text[prev.core_start:prev.end], scales)
                part = _scale_part(text[f.core_start:f.end], scales)
                whole = last and (prev.meta.get("compound_part") or float(prev.value / self.lex["scales"][last[0]]).is_integer())
                if whole and f.value < self.lex["scales"][last[0]] and (part is None or self.lex["scales"][part[0]] < self.lex["scales"][last[0]]) \
                        and (part is None or float(f.value / self.lex["scales"][part[0]]).is_integer()) and f.value == int(f.value):
                    out[-1] = replace(prev, end=f.end, core_end=f.core_end, value=prev.value + f.value,
                                      meta=dict(prev.meta, compound_part=part or ("one",)))
                    continue
            out.append(f)
        return out

    def _join_durations(self, text: str, found: list[Found]) -> list[Found]:
        """One duration from its parts: "two hours, five minutes and six seconds" is 7,506 seconds, "four years
        and 10 months" 58 months (in the smallest unit written). Each part is a larger unit than the next, of the
        same kind of time, with nothing but a comma or "and" between them."""
        out: list[Found] = []
        for f in found:
            prev = out[-1] if out else None
            size, prev_size = _TIME_SIZES.get(f.unit), _TIME_SIZES.get(prev.unit) if prev else None
            if prev is not None and size and prev_size and size[0] == prev_size[0] and prev_size[1] > size[1] \
                    and prev.meta.get("duration") and f.meta.get("duration") and f.qualifier == "exact" \
                    and prev.qualifier != "range" and _DURATION_JOINER.fullmatch(text, prev.end, f.start):
                value = prev.value * prev_size[1] / size[1] + f.value
                bounds = {"lower": value} if prev.qualifier == "lower_bound" else \
                    {"upper": value} if prev.qualifier == "upper_bound" else {}
                out[-1] = replace(prev, end=f.end, core_end=f.core_end, value=value, unit=f.unit, **bounds)
                if f.unit in ("minute", "second") and self.rx["remaining_after"].match(text[f.end:f.end + 12]) \
                        and self.rx["remaining_before"].search(text[max(0, prev.start - 30):prev.start]):
                    # "With three minutes 45 seconds remaining in the second quarter": a time in the match, as "with 12
                    # minutes to go" is (see `_classify_count`), read once the parts are one
                    out[-1] = replace(out[-1], claim_like=False, note="period")
                continue
            out.append(f)
        return out

    def _join_feet_inches(self, text: str, found: list[Found]) -> list[Found]:
        """One length from feet and inches: "the 6ft 5in striker" is 77 inches, "a record high of 14ft 3in" 171, "6 feet 2
        inches" 74 (in the smaller unit written, as a duration is); the inches fewer than twelve, right after the feet."""
        out: list[Found] = []
        for f in found:
            prev = out[-1] if out else None
            if prev is not None and prev.unit == "foot" and prev.qualifier != "range" and 0 <= f.value < 12 \
                    and f.qualifier == "exact" and _FEET_INCHES_GAP.fullmatch(text, prev.end, f.start):
                inches = f.end if f.unit == "inch" else (m.end() if f.unit == "count" and (m := _GLUED_INCHES.match(text, f.end)) else None)
                if inches is not None:
                    value = prev.value * 12 + f.value
                    bounds = {"lower": value} if prev.qualifier == "lower_bound" else \
                        {"upper": value} if prev.qualifier == "upper_bound" else {}
                    out[-1] = replace(prev, end=inches, core_end=inches, value=value, unit="inch", **bounds)
                    continue
            out.append(f)
        return out

    def _join_stones(self, text: str, found: list[Found]) -> list[Found]:
        """One weight from stones and pounds, in pounds: "scaling 9st 9lbs" is 135 pounds, "16 stones and 13 pounds" 237
        (the glued "9st" is no ordinal and no figure of its own; "16 stones" is no count of stones)."""
        out: list[Found] = []
        for f in found:
            m = _STONES_BEFORE.search(text, max(0, f.start - 20), f.start) \
                if f.unit == "pound-mass" and f.qualifier == "exact" and 0 <= f.value < 14 and f.core_start == f.start else None
            if m is not None:
                if out and out[-1].start >= m.start() and out[-1].end <= m.end():
                    out.pop()  # "16 stones and 13 pounds": the stones were read as a count
                out.append(replace(f, start=m.start(), core_start=m.start(), value=int(m.group(1)) * 14 + f.value))
                continue
            out.append(f)
        return out

    def _numbers(self, text):
        for m in MIXED.finditer(text):
            n, d = int(m.group("n")), int(m.group("d"))
            if 0 < n < d:
                yield Found(m.start(), m.end(), m.start(), m.end(), int(m.group("whole")) + n / d, "count", "count")
        if " and " in text:
            for m in AND_FRACTION.finditer(text):
                part = {"half": 0.5, "quarter": 0.25}.get(m.group("w") or "") or VULGAR.get(m.group("v") or "") \
                    or (0.75 if m.group("tq") else 0.0)
                whole = float(m.group("whole").replace(",", ""))
                yield Found(m.start(), m.end(), m.start(), m.end(), whole + part, "count", "count")
        for m in self._from_number("number", text):
            raw = m.group(0)
            value = self._number_value(raw)
            if value is None:
                continue
            spelled = not raw[:1].isdigit() and raw[:1] != "."
            s, e = m.start(), m.end()
            if s > 0 and text[s - 1].isalpha() and self._currency_before(text, s, e)[0] is None \
                    and not (_us_glued(text, s) and re.match(r"¢|c\b", text[e:e + 2])):
                continue  # "FORM79": a number glued to letters is money only after a currency ("RM79")
            if spelled and raw.lower() in ("one", "a", "an") and not (
                    raw.lower() == "one" and (self._percent_follows(text, e) or self._range_follows(text, s, e)
                                              or self._listed_one(text, s, e) or self._casualty_one(text, s, e))):
                continue  # "one of", "a year": but "a one per cent increase", "just one percentage point" are figures
            if self.rx["idiom"].match(text, s):
                continue
            yield Found(s, e, s, e, value, "count", "count", spelled=spelled)

    def _listed_one(self, text: str, start: int, end: int) -> bool:
        """Whether a spelled "one" is the last item of a list of counts in its sentence: "four were from the north, two from
        the south and one each from three other regions", "Four people were in their 60s, one was in their 70s"
        (lexicon `listed_counts`)."""
        rx = self.rx
        if not (rx["list_item_before"].search(text, max(0, start - 8), start) and rx["list_item_after"].match(text, end)):
            return False
        opening = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, start - 200), start)), default=max(0, start - 200))
        return rx["small_count"].search(text, opening, start) is not None

    def _casualty_one(self, text: str, start: int, end: int) -> bool:
        """Whether a spelled "one" counts a casualty: "one person died", "One man was killed", "left at least one dead",
        "at least one person has been reported killed"; not "no one was hurt" nor "the one person injured" (lexicon
        `casualty_one`)."""
        rx = self.rx
        return rx["casualty_after"].match(text, end) is not None \
            and rx["casualty_not_after"].search(text, max(0, start - 12), start) is None

    def _range_follows(self, text: str, start: int, end: int) -> bool:
        """Whether a spelled "one" opens a range of figures ("from one to five inches", "between one and two years",
        "one to two days")."""
        m = self.rx["range_end"].match(text[end:end + 24])
        if m is None:
            return False
        return "to" in m.group(0).lower() or bool(re.search(r"\bbetween\s+$", text[max(0, start - 9):start], re.I))

    def _percent_follows(self, text: str, end: int) -> bool:
        """Whether a percent or percentage-point word follows the number ending at `end` ("one per cent")."""
        rx = self.rx
        return bool(rx["percent_after"].match(text, end) or (
            (pp := rx["pp_after"].match(text, end)) and pp.group(0).strip().lower() not in self.bare_points))

    def _number_value(self, raw: str) -> float | None:
        raw = raw.strip()
        if not raw:
            return None
        if raw[0].isdigit() or raw[0] == ".":
            sci = re.fullmatch(r"(?P<m>[\d.,]+)\s?[×x]\s?10(?:\^)?(?P<e>[-−+]?\d+)", raw)
            if sci:  # "2.48×10−5"
                return float(sci.group("m").replace(",", "")) * 10 ** int(sci.group("e").replace("−", "-"))
            if _DECIMAL_COMMA.match(raw) or _OTHER_DECIMAL_COMMA.fullmatch(raw):
                raw = raw.replace(",", ".", 1)  # "16,4" is 16.4, "10 498,5" is 10498.5, "4,6955" is 4.6955
            try:
                return float(re.sub(r"[,\s\u2009\u202f\u00a0]", "", raw).replace("−", "-"))
            except ValueError:
                return None
        return _spelled_value(raw.lower())

    # ------------------------------------------------------- units and hedges
    def _extend(self, text: str, f: Found, taken: bytearray) -> Found:
        """Attach what surrounds a number: currency, scale, unit, hedge words."""
        if f.kind == "count" and not f.vague:
            f = self._attach_unit(text, f)
            f = self._classify_count(text, f)
        return self._attach_hedge(text, f, taken)

    def _attach_unit(self, text: str, f: Found) -> Found:
        rx = self.rx
        start, end, value = f.start, f.end, f.value
        if f.meta.get("unit_of"):
            end += f.meta["unit_of"]  # "1⁄32 of a quart": the unit comes after "of a"
        sign = rx["minus_before"].search(text, max(0, start - 8), start)
        if sign and rx["margin_before"].search(text, max(0, start - 20), start):
            sign = None  # "plus or minus 3 points": a margin, not a negative figure
        if sign is None and rx["percent_after"].match(text, end):
            sign = rx["negative_before"].search(text, max(0, start - 10), start)  # "from negative 1.15 percent"
        plus = None if sign else rx["plus_before"].search(text, max(0, start - 6), start)
        if sign:
            start, value = sign.start("sign"), -value
        elif plus:
            start = plus.start("sign")
        currency, cstart = self._currency_before(text, start, end)
        bare = currency == "USD" and text[cstart:start].strip() == "$"  # a plain "$": perhaps a local dollar
        if currency:
            start = cstart
            if sign is None and plus is None and (ahead := rx["minus_before"].search(text, max(0, start - 8), start)) \
                    and not rx["margin_before"].search(text, max(0, start - 20), start):
                start, value = ahead.start("sign"), -value  # "-US$195 per box", "a result of -N1.2bn": the sign
                # before the currency's mark (a range's "US$130-US$300" has a digit before its hyphen, no space)
        sm = rx["scale_after"].match(text, end)
        if sm is None and currency:
            sm = rx["spaced_money_scale"].match(text, end)  # "Sh6.2 b (£46.5m)": a money figure's spaced "b"/"m"
        scaled = False
        g = sm.groupdict() if sm else {}  # the spaced money scale has only its "s" group
        if sm:
            if g.get("hh"):
                factor = 100.0
            else:
                word = re.sub(r"[\s-]+", " ", (g.get("w") or g.get("a") or g.get("s")).lower())
                factor = self.lex["scales"][word] * (100.0 if g.get("h") else 1.0)
            # a bare "m"/"b" after a number is a scale for money ("€3.2m") or before a counted noun
            # ("35m devices", "1.2m tons"); otherwise metres, bytes or tonnes
            # "he brought the bar down at 2.31m.": an "m" ending a clause in a text about jumps and throws is metres
            metres = word == "m" and g.get("a") and not currency and _CLAUSE_END.match(text, sm.end()) is not None \
                and self._metre_text(text)
            # "1.1M without power": a capital "M" glued to a number is millions, not metres (the metre's symbol is "m"),
            # but after a determiner ("the 100M final") as a lower-case "m" is
            capital_m = g.get("a") == "M" and not self.rx["determiner_end"].search(text[max(0, start - 8):start])
            if g.get("hh") or word not in ("m", "b", "t") or currency or capital_m or (word == "m" and not metres and (
                    self._m_is_million(text, sm.end()) or _COUNT_MOVED_TO.search(text, max(0, start - 120), start)
                    or self._counted_before(text, start, sm.end()))) \
                    or word in ("m", "b") and _MONEY_RANGE_FIRST_END.search(text, max(0, start - 24), start):
                value *= factor
                end = sm.end()
                scaled = True
            elif word == "m" and g.get("a") and (metres or re.match(r"[\s-]+[a-z]", text[sm.end():sm.end() + 2])):
                # "a 3m wall", "the 100m hurdles": metres glued to the number
                return replace(f, start=start, end=sm.end(), value=value, unit="m", kind="physical")
        subunit, per_litre = False, None
        if currency is None:
            cw = rx["currency_after"].match(text, end) or (rx["currency_bracketed"].match(text, end) if scaled else None)
            sub = rx["subunit_after"].match(text, end) or self._subunit_of_a(text, end)
            # "61.40 euro cents" is cents of a euro, not 61.40 euros
            if cw and not (cw.group("c").lower() == "won" and value < 1000) and not (sub and sub.group("adj")):
                word = re.sub(r"\s+", " ", cw.group("c").lower())
                currency = self._currency_in_context(word, self.lex["currency_words"][word], text)
                bare = cw.group("c").lower() in ("dollar", "dollars")
                end = cw.end()
            elif sub:
                word = sub.group("c").lower()
                adjective = sub.group("adj") and re.sub(r"\s+", " ", sub.group("adj").lower())
                currency = (adjective and self.lex["subunit_currency_adjectives"][adjective]) \
                    or self._subunit_currency(word, text) or self._text_currency(text)
                bare = not adjective and word not in self.lex["subunit_currency"] and currency == "USD"
                if not adjective and _us_glued(text, start):
                    currency, bare, start = "USD", False, start - 2  # "US63¢ a share": US cents, as "$US3.70" is US dollars
                subunit = True
                value *= self.lex["subunit_currency_words"][word]
                end = sub.end()
            elif re.match(r"p\b", text[end:end + 2]) and text[start:end] not in _VIDEO_LINES \
                    and (self.rx["pence_text"].search(text)
                         or re.match(r"p\s+(?:a|an|per|each)\s+[a-z]+", text[end:end + 20])):
                # "245p" in a text in pounds, on sterling or on the FTSE is pence; not "1080p" video
                currency, value, end = "GBP", value * 0.01, end + 1
            elif (cps := rx["per_share_cents_glued"].match(text, end)) is not None:
                # "a fully franked dividend of 75cps": cents per share, of the text's money (not cycles a second)
                currency = self._text_currency(text)
                bare, subunit, value, end = currency == "USD", True, value * 0.01, cps.end()
            elif (per_litre := rx["cents_per_litre"].match(text, end)) is not None:
                # "a decrease of 21.90 c/l": cents a litre, as fuel-price stories write them, of the text's money
                currency = self._text_currency(text)
                bare, subunit, value, end = currency == "USD", True, value * 0.01, per_litre.end()
            elif re.match(r"c(?![\w'’-]|\.\w)", text[end:end + 3]) and (
                    _us_glued(text, start) or _GLUED_CENTS_RANGE.match(text, end)
                    or _GLUED_CENTS_RANGE_START.search(text, max(0, start - 16), start)
                    or (rx["per_share_cents_before"].search(text, max(0, start - 60), start) is not None
                        and not re.match(r"c\s+[A-Z]", text[end:end + 3])) or rx["per_share_cents_after"].match(text, end)
                    or "$" in text and (
                    re.match(r"c,?\s+(?:to|at)\s+\$\d", text[end:end + 12])
                    or re.search(rf"\b{alternation(self.lex['subunit_move_words'], boundary=False)}\s+$", text[max(0, start - 20):start])
                    or (re.search(r"\b(?:at|to)\s+$", text[max(0, start - 4):start]) and not re.match(r"c\s+[A-Z]", text[end:end + 3])))):
                # "lost 8c to $5.70", "gained 2c", "steady at 41c": cents glued to a price in a text that writes its
                # money in dollars (not "8C", "5c Queen St"); "between 23c and 27c": a range of cents in any text;
                # "Interim DPS 13.0c,", "a distribution of 4.2c has been declared", "paid 40c a share": a figure per share
                # in cents
                currency = self._text_currency(text)
                bare, subunit, value, end = currency == "USD", True, value * 0.01, end + 1
                if _us_glued(text, start):
                    currency, bare, start = "USD", False, start - 2  # "US20c higher"
            elif rx["pounds_after"].match(text, end) and (re.search(r"£|sterling|\bGBP\b", text) or rx["pounds_money_before"].search(
                    text[max(0, start - 40):start]) or self._writes_pounds(text) or self._currency_in_context("pounds", "GBP", text) != "GBP") \
                    and not rx["pounds_weight_before"].search(text[max(0, start - 40):start]):
                # "£275" elsewhere in the text does not make "the bag weighs 275 pounds" money; "1.52 trillion pounds"
                # in a story that names the Egyptian pound are Egyptian (`currency_symbol_context`)
                currency = self._currency_in_context("pounds", "GBP", text)
                end = rx["pounds_after"].match(text, end).end()
        if currency:
            meta = ({"bare_dollar": True} if bare else {}) | ({"subunit": True} if subunit else {})
            if per_litre is not None:
                meta["per"] = "litre"
            if rx["accounting_negative"].match(text, end) and start > 0 and text[start - 1] == "(":
                value = -abs(value)  # "($99.99)" is a loss in accounts, unless it converts the figure before it
                meta["bracketed"] = True
            rate = rx["rate_after"].match(text, end)
            if rate and (rate.group("u").lower() in self.lex["time_units"] or _physical_unit(" " + rate.group("u"), "1", self.ambiguous_units, self.exact_case_prefixes)):
                # "$15.4/hour", "$48 million per kilometre": the unit stays a currency code (the record
                # contract); the denominator goes with the span and into the claim's metric
                meta["per"] = rate.group("u")
                end = rate.end()
            f = replace(f, start=start, end=end, value=value, unit=currency, kind="amount", meta=meta)
            if rx["per_before"].search(text, max(0, start - 8), start) or _SLASH_AFTER_FIGURE.search(text, max(0, start - 2), start):
                # "$1.12 per $100 of value", "pay $8.79 for every $1,000 of taxable value"; "traded at N1,309/$1":
                # the unit an exchange rate is quoted per
                f = replace(f, claim_like=False, note="rate denominator")
            return f
        of_a = _OF_A.match(text, end)
        for key, unit, kind, factor in (("bp_after", "percentage_point", "percentage_points", 0.01),
                                        ("pp_after", "percentage_point", "percentage_points", 1.0),
                                        ("percent_after", "percent", "percentage", 1.0)):
            um = rx[key].match(text, end)
            if um is None and of_a is not None and key != "percent_after":
                # "0.8 of a percentage point", "a quarter of a percentage point" is written apart, not "of a point"
                um = rx[key].match(text, of_a.end())
                if um is not None and um.group(0).strip().lower() in self.bare_points \
                        and not (_POINTS_TO_PERCENT.match(text, um.end()) or self._index_context(text, f.start, um)):
                    # (a bare "0.07 of a point" is an index's move, or a share's on its way to a percentage)
                    um = None
            if um and key == "pp_after" and um.group(0).strip().lower() in self.bare_points \
                    and _POINTS_TO_PERCENT.match(text, um.end()):
                # "Fine Gael is down three points to 30pc": a move to a share is in percentage points
                return replace(f, start=start, end=um.end(), value=value, unit="percentage_point", kind="percentage_points")
            if um and key == "pp_after" and _points_word(um) in self.bare_points and self._index_context(text, f.start, um):
                # "the Dow fell 420 points": index points, not percentage points (also "the 40,000-point mark"; a hyphened
                # "-point" elsewhere stays as it was read: "a scant, one-point lead" in a poll)
                return replace(f, start=start, end=um.end(), value=value, unit="index point", kind="physical")
            if um and key == "bp_after" and self._index_basis_points(text, f.start, um):
                # "the All-Share Index was down by 1,048.17 basis points": an index's points, as Nigerian copy calls them
                return replace(f, start=start, end=um.end(), value=value, unit="index point", kind="physical")
            if um and (key != "pp_after" or self._pp_context(text, f.start, um)):
                return replace(f, start=start, end=um.end(), value=value * factor, unit=unit, kind=kind)
        suspended = re.match(r"(?:-\s*(?:to|and|or)[\s-]+|\s*[-\u2013]\s*)\d{1,3}[\s-]*(?:years?[\s-]*olds?|-year-olds?)\b",
                             text[end:end + 30], re.I)
        am = rx["age_after"].match(text, end)
        if suspended and value <= 130:  # "16- to 24-year-olds", "25-to-34-year-olds", "16-24 year olds": an age band
            return replace(f, start=start, end=end, value=value, unit="year", kind="physical", meta={"age": True},
                           claim_like=False, note="age")
        if am or (rx["age_before"].search(text, max(0, start - 30), start) and value <= 130) \
                or (value <= 130 and value == int(value) and rx["age_people_before"].search(text, max(0, start - 30), start)
                    and not rx["time_after"].match(text, end)):
            # "a 2,900-year-old site" is a quantity; "aged 18 to 34", "a 12-year-old" are people's ages, not claims
            end = am.end() if am else end
            f = replace(f, start=start, end=end, value=value, unit="year", kind="physical", meta={"age": True})
            return f if value > 130 else replace(f, claim_like=False, note="age")
        tm = rx["time_after"].match(text, end)
        if tm:
            unit = self.lex["time_units"][tm.group("u").lower()]
            streak = bool(tm.group("adj")) and tm.group("adj").strip().lower() in self.lex["streak_words"]
            if streak:
                return replace(f, start=start, end=tm.end(), value=value, unit="count", kind="count", meta={"streak": unit})
            years = self.lex["time_units_in_years"].get(tm.group("u").lower())
            if years:  # "two decades" is 20 years
                value, unit = value * years, "year"
            return replace(f, start=start, end=tm.end(), value=value, unit=unit, kind="physical", meta={"duration": True})
        if rx["ratio_before"].search(text[max(0, start - 40):start]) or rx["ratio_after"].match(text[end:end + 50]):
            return replace(f, start=start, end=end, value=value, unit="ratio", kind="ratio")  # "a ratio of 1.3", "2.3 people for every vacancy"
        if text[end:end + 1] in ('″', '"') and not re.match(r"[\w'’]", text[end + 1:end + 2]) and self._inch_marks(text, start):
            # "4.20″ at Thousand Oaks", "some 3-7" of rain": an inch mark after a figure in a text about rain or snow
            return replace(f, start=start, end=end + 1, value=value, unit="inch", kind="physical")
        if value < 10.5 and (mag := _MAGNITUDE_AFTER.match(text, end) or _MAGNITUDE_BEFORE.search(text, max(0, start - 40), start)):
            # "a 7.6 magnitude quake", "a magnitude 6.1 earthquake", "a magnitude of 6.4", "6.1 on the Richter scale"
            end = mag.end() if mag.start() >= end else end
            return replace(f, start=start, end=end, value=value, unit="magnitude", kind="physical")
        if value < 10.5 and re.fullmatch(r"\d\.\d", text[f.core_start:end]) and _QUAKE_AFTER.match(text, end):
            return replace(f, start=start, end=end, value=value, unit="magnitude", kind="physical")  # "a 5.8 temblor"
        deg = _DEGREES.match(text, end)
        if deg:  # "40.3C", "-4°F", "2.2degC": a temperature written with its scale letter
            unit = "degree celsius" if deg.group("u") == "C" else "degree fahrenheit"
            return replace(f, start=start, end=deg.end(), value=value, unit=unit, kind="physical")
        em = rx["extra_unit_after"].match(text, end)
        if em and self._extra_unit(em.group("u")) == "mill" and "." not in text[f.core_start:end] \
                and not self._millage_context.search(text):
            em = None  # "the group runs 12 mills": mills counted, not the property-tax unit
        if em:
            unit = self._extra_unit(em.group("u"))
            if (scaled_unit := self._scaled_unit(em.group("u"))) is not None and not scaled:
                # "169.2 bcfd", "2.65 Tcf": an abbreviation that carries its scale (lexicon `scaled_units`)
                return replace(f, start=start, end=em.end(), value=value * scaled_unit[0], unit=unit, kind="physical")
            if unit in self.lex["rate_units"]["units"]:  # "7.5 tonnes a hectare": tonne per hectare, meta per hectare
                per = unit.split(" per ", 1)[1]
                return replace(f, start=start, end=em.end(), value=value, unit=unit, kind="physical", meta={"per": per})
            return replace(f, start=start, end=em.end(), value=value, unit=unit, kind="physical")
        if self.physical_units:
            number = "1" if scaled or f.meta.get("unit_of") else ("-" if sign else "") + text[f.core_start:end]
            physical = _physical_unit(text[end:end + 40], number, self.ambiguous_units, self.exact_case_prefixes)
            if physical:
                unit, length, mean, spread = physical
                unit = self.canonical_unit(unit, text, negative=value < 0)
                last = re.search(r"\S+$", text[end:end + length]) if spread else None
                if last and (em := rx["extra_unit_after"].match(text, end + last.start())) and em.end() == end + length:
                    unit = self._extra_unit(em.group("u"))  # "55-65 kmph": the range's unit is a word of the lexicon's
                f = replace(f, start=start, end=end + length, value=value, kind="physical", unit=unit)
                if spread and not scaled:  # quantulum3 read a range: "44 mg to 50 mg", "10-15 exabytes"
                    f = replace(f, value=mean, qualifier="range", lower=mean - spread, upper=mean + spread)
                return f
        return replace(f, start=start, end=end, value=value)

    def _currency_before(self, text: str, start: int, end: int) -> tuple[str | None, int]:
        """The currency written right before a number ("$", "US$", "RM", "USD", "Rs", "kr"), and where it starts."""
        cm = self.rx["currency_before"].search(text, max(0, start - 8), start)  # "pounds 45.66bn": 7 characters
        if not cm:
            return None, start
        symbol = re.sub(r"\s", "", cm.group(0))
        if cm.start() > 0 and text[cm.start() - 1].isalpha() and symbol[:1] not in "$€£¥₹":
            return None, start  # "FORM 7": letters inside a word are no currency
        if symbol[:1].isalpha() and cm.group(0)[-1:].isspace() and symbol[-1:].isalpha() and len(symbol) == 1:
            return None, start  # "R 2", "P 3": a lone capital letter before a spaced number is a label
        if symbol[:1].isalpha() and re.search(r"\d\s+$", text[max(0, cm.start() - 3):cm.start()]):
            return None, start  # "lost 20 pounds 1,500 miles away": the word is the unit of the number before it
        if symbol in self.lex["currency_symbols_need_money_shape"]["symbols"]:
            after = text[start:end + 12]
            if not self._money_shape.match(after):
                return None, start  # "R2-D2", "PS5", "N95": initials and model names
            if symbol in self.lex["currency_symbols_need_money_shape"]["decimal_or_scale"] \
                    and (digits := re.match(r"\s?\d+(?![\d.,])", after)) and not self.rx["scale_after"].match(text, start + digits.end()):
                return None, start  # "a Kia K900": three digits alone are no kwacha ("K217 billion" is)
        if symbol == "$" and (coded := _CODED_DOLLAR.search(text, max(0, cm.start() - 5), cm.start())):
            # "NZD $7.25", "US $40": a dollar's code or letters written with a space before its "$" name that dollar
            code = self._coded_dollar(coded.group(1))
            if code is not None:
                return code, coded.start(1)
        return self._currency_in_context(symbol, self.lex["currency_symbols"][symbol], text), cm.start()

    @cached_property
    def _money_shape(self) -> re.Pattern:
        """The shape a number needs after letters that are also initials ("R", "PS", "N", "Sh"): thousands (by commas
        or, as South African copy groups them, by spaces: "R1 177 000"), a decimal, three digits or more, or any number
        before a scale of the lexicon ("R5 million", "Sh20 bln", "N3.5trn"; not "R2-D2", "PS5")."""
        scales = [w for w in self.lex["scales"] if w not in ("_doc", "hundred", "t") and " " not in w]
        return compile_cached(rf"\s?(?:\d{{1,3}}(?:,\d{{2,3}})+|[1-9]\d{{0,2}}(?:[\u2009\u202f\u00a0 ]\d{{3}})+(?!\d)|\d+[.,]\d+|\d{{3,}}"
                              rf"|\d+(?:\s|-)?(?:{alternation(scales, boundary=False)})\b)", re.I)

    def _coded_dollar(self, letters: str) -> str | None:
        """The dollar that `letters` written before a spaced "$" name: "NZ" ("NZ$"), "US" ("US$"), "NZD", "CAD" (a
        code of `currency_symbols` whose currency some symbol writes with a "$"), else None."""
        symbols = self.lex["currency_symbols"]
        if letters + "$" in symbols:
            return symbols[letters + "$"]
        dollars = {code for symbol, code in symbols.items() if "$" in symbol}
        return symbols[letters] if symbols.get(letters) in dollars else None

    def _currency_in_context(self, key: str, currency: str, text: str) -> str:
        """The currency a symbol or word shared by several stands for in `text` (`currency_symbol_context`): "kr 500" in
        a text about Norway is kroner, "Rs 50 billion" in a Pakistani budget story Pakistani rupees."""
        for code, cues in self.lex["currency_symbol_context"].get(key, {}).items():
            if code != "_doc" and re.search("|".join(map(re.escape, cues)), text, re.I):
                return code
        return currency

    def _match_text(self, text: str) -> bool:
        """Whether `text` reports a match (lexicon `match_scores.context`: 'halftime', 'rebounds', 'touchdown'),
        where bare points are a score's, never percentage points; read once a text."""
        if self._match_text_of[0] is not text:
            self._match_text_of = (text, self.rx["match_text"].search(text) is not None)
        return self._match_text_of[1]

    def _millions_text(self, text: str) -> bool:
        """Whether `text` writes a glued "m" for millions before a plural noun ("217m passengers", "35m devices"); read once
        a text."""
        if self._millions_text_of[0] is not text:
            self._millions_text_of = (text, any(self._m_is_million(text, m.end()) for m in _GLUED_M_NOUN.finditer(text)))
        return self._millions_text_of[1]

    def _metre_text(self, text: str) -> bool:
        """Whether `text` is about jumps or throws (lexicon `glued_m.metre_text_words`), where an "m" ending a
        clause is metres ("finished third with 80.87m."); read once a text."""
        if self._metre_text_of[0] is not text:
            self._metre_text_of = (text, self.rx["metre_text"].search(text) is not None)
        return self._metre_text_of[1]

    def _counted_before(self, text: str, start: int, end: int) -> bool:
        """"Total weekly hours worked climbed 1.1 per cent to 945.3m", "visitor numbers reached 2.3m last year": an "m"
        glued to a number that no word of length or unit follows is millions of what its clause counts, after a link
        (lexicon `glued_m.counted_links`) with a counted noun (`counted_before`) earlier in the clause."""
        after = re.match(r"\s+([a-z][a-z-]+)", text[end:end + 30])
        if after is not None and (after.group(1) in self.lex["glued_m"]["length_after"]
                                  or after.group(1) in self.lex["metre_event_words"]):
            return False
        return self.rx["counted_before"].search(text, max(0, start - 140), start) is not None

    def _m_is_million(self, text: str, end: int) -> bool:
        """"35m devices", "1.2m tons", "4.5m euros": an "m" glued to a number is millions before a plural noun,
        a currency or a unit word, and metres otherwise ("a 3m wall", "the 100m hurdles")."""
        m = re.match(r"\s+([a-z][a-z-]+)", text[end:end + 30])
        if not m:
            # "105m Euros", "145m (euros)": a currency word, capitalised or in brackets
            # (not the first word of the next paragraph: "... of 1.58m" ending a paragraph with no stop ends its clause)
            c = None if re.match(r"[ \t]*\n", text[end:end + 3]) else \
                re.match(r"\s+([A-Z][a-z]+)\b|\s*\(\s*([A-Za-z]+)\s*\)", text[end:end + 30])
            if c is not None and (c.group(1) or c.group(2)).lower() in self.lex["currency_words"]:
                return True
            # "Gatwick was up 5% to 31.46m, Stansted ...": at a clause's end, millions in a text that writes a glued "m"
            # before what it counts elsewhere ("processed 217m passengers"), unless it is about jumps and throws
            return c is None and (_CLAUSE_END.match(text, end) is not None or _DASH_AFTER.match(text, end) is not None) \
                and self._millions_text(text) \
                and not self._metre_text(text)
        word = m.group(1)
        glued_m = self.lex["glued_m"]
        if word in ("and", "but", "while", "whereas"):
            # "Luton rose 11% to 7.53m and London City increased 14% to 1.67m": a level a count moved to or from ends
            # its clause at the conjunction, in a text of glued millions (not "The wall is 3m and ...")
            return re.search(r"\b(?:to|from)\s+\d[\d.,]*m$", text[max(0, end - 30):end]) is not None \
                and self._millions_text(text) and not self._metre_text(text)
        if word in self.lex["metre_event_words"] or word in glued_m["length_after"]:
            return False
        if word in glued_m["verbs_after"]:
            return True  # "6.2m were unemployed": a count of what the sentence is about
        return word.endswith("s") or word in self.lex["currency_words"] or word in self.lex["year_lookalike_followers"] \
            or word in glued_m["nouns_after"] or bool(self.rx["extra_unit_after"].match(text, end))

    def canonical_unit(self, name: str, text: str, negative: bool = False) -> str:
        """quantulum3's unit name in the form claimx records use: SI symbols for common units, else the name.

        "degrees" in a text about temperatures is a temperature, not an angle.
        """
        if name == "degree angle" and (negative or self.rx["temperature_text"].search(text)):
            name = "degree Fahrenheit" if self._fahrenheit_text(text) else "degree Celsius"
        # "35C", "95F" in news are temperatures, not coulombs or farads
        name = {"coulomb": "degree Celsius", "farad": "degree Fahrenheit"}.get(name, name)
        if name == "second of arc" and self._inch_mark_context.search(text):
            name = "inch"  # "2-5″ of rain": inch marks, not seconds of arc
        symbols = self.lex["unit_symbols"]
        if name in symbols:
            return symbols[name]
        parts = name.split(" per ")
        return "/".join(symbols.get(p, p) for p in parts)

    def _fahrenheit_text(self, text: str) -> bool:
        """Whether a text's bare "degrees" are Fahrenheit: it names Fahrenheit, or names no Celsius and writes degrees
        no air reaches in Celsius ("The average high is 99 degrees"; lexicon `temperature_cues`)."""
        return bool(self.rx["fahrenheit_text"].search(text)) \
            or not self.rx["celsius_text"].search(text) and bool(self.rx["hot_degrees"].search(text))

    def _writes_pounds(self, text: str) -> bool:
        """Whether `text` writes sterling as "pounds": a sum of millions or billions of pounds ("310 million pounds",
        "2.3 billion pounds") stands after a word of the lexicon's `pounds_context` `money_words` (or `money_prefixes`)
        within 40 characters, and no word of weight. Wire copy writes every sum so once it writes one ("expects profit
        of 310 million pounds ... to 330 million pounds", "fell 7% to 412 million pounds"), as a text with "£" does."""
        cached = getattr(self, "_pounds_text", None)
        if cached is not None and cached[0] is text:
            return cached[1]
        rx = self.rx
        found = any(rx["pounds_money_before"].search(text[max(0, m.start() - 40):m.start()])
                    and not rx["pounds_weight_before"].search(text[max(0, m.start() - 40):m.start()])
                    for m in _SCALED_POUNDS.finditer(text))
        self._pounds_text = (text, found)
        return found

    def _subunit_currency(self, word: str, text: str) -> str | None:
        """The currency a subunit word belongs to (`subunit_currency`), read in the text's places when several
        currencies share it (`subunit_context_words`): "dipped 16 paisa" in a story from Karachi is a Pakistani
        rupee's hundredth, in one from Mumbai an Indian one's. None for a word of no one currency ("cents")."""
        currency = self.lex["subunit_currency"].get(word)
        unit_word = self.lex["subunit_context_words"].get(word)
        return self._currency_in_context(unit_word, currency, text) if currency and unit_word else currency

    def _text_currency(self, text: str) -> str:
        """The currency a text is written in: the first currency symbol it uses, else USD."""
        m = re.search(r"[$€£¥₹]", text)
        return self.lex["currency_symbols"][m.group(0)] if m else "USD"

    def _subunit_of_a(self, text: str, end: int) -> re.Match | None:
        """"up 0.57 of a U.S. cent", "down 0.3 of a cent": the subunit a number right before "of a" counts, else None."""
        of_a = _OF_A.match(text, end)
        return self.rx["subunit_after"].match(text, of_a.end()) if of_a else None

    def _index_context(self, text: str, start: int, m: re.Match) -> bool:
        """Are bare "points" those of a stock index (the Dow, the FTSE 100, "the index", "the share market"), or
        a move a percentage restates ("closed up 40 points or 1.5%")? Not in a sentence about a rate, a yield, a
        margin or a poll (an earlier sentence's "an annualised rate of 6.1%" does not make the Dow's points a rate's).
        They are too when the move goes on to a level of 100 or more that is no percentage ("closed up 40 points, or
        1.5%, to 2740"): a rate or a share in points never stands that high; and when they restate a percentage move
        ("rose 16.56% or 270 points")."""
        if _POINTS_TO_LEVEL.match(text, m.end()):
            return True
        if re.match(r"\s+per\s+[a-z]", text[m.end():m.end() + 12]):
            return False  # "averaged 50.4 points per game": a rate of a player's points; an index never moves per anything
        window = text[max(0, start - 120):m.end() + 40]
        breaks = list(_SENTENCE_BREAK.finditer(text, max(0, start - 400), start))
        after = _SENTENCE_BREAK.search(text, m.end(), m.end() + 40)
        opening = breaks[-1].end() if breaks else max(0, start - 400)
        sentence = text[max(opening, start - 120):after.start() if after else m.end() + 40]
        if self.rx["rate_sentence"].search(sentence):
            return False
        sentence = text[opening:after.start() if after else m.end() + 40]
        # an index named earlier in a long sentence ("the benchmark has gained 8,912 points or 21 percent in the fiscal
        # year, whereas the calendar year has seen an increase of over 9,900 points")
        # ... and the move restated in points after its percentage ("rose 16.56% or 270 points to end at 1900", "gained
        # 1.53 percent, or 68.13 points"): a price's or an index's points, never a rate's
        return bool(self.rx["index_words"].search(window)) or bool(self.rx["index_words"].search(sentence)) \
            or bool(re.match(r",?\s+or\s+[-+−]?\d[\d.,]*\s?(?:%|per\s?cent\b|pct\b)", text[m.end():m.end() + 20], re.I)) \
            or bool(_RESTATED_CHANGE_BEFORE.search(text, max(0, start - 30), start))

    def _index_basis_points(self, text: str, start: int, m: re.Match) -> bool:
        """Are "basis points" a stock index's points? Nigerian market copy calls them so ("the All-Share Index was down
        by 1,048.17 basis points", "gained 2.04 percent to close at 77,537.57 basis points"): in a sentence that names an
        index by more than "average" or "benchmark" (`index_words`) and no rate, yield or share, and not on the way to a
        percentage ("rose 30 basis points to 2.4%")."""
        if _POINTS_TO_PERCENT.match(text, m.end()):
            return False
        breaks = list(_SENTENCE_BREAK.finditer(text, max(0, start - 300), start))
        after = _SENTENCE_BREAK.search(text, m.end(), m.end() + 200)
        sentence = text[breaks[-1].end() if breaks else max(0, start - 300):after.start() if after else m.end() + 200]
        if self.rx["rate_sentence"].search(sentence):
            return False
        return any(w.group(0).lower() not in ("average", "benchmark") for w in self.rx["index_words"].finditer(sentence))

    def _pp_context(self, text: str, start: int, m: re.Match) -> bool:
        """'points' alone is a percentage-point change only near a percentage ('rate', '%')."""
        words = m.group(0).strip().lower()
        if "percent" in words or words in self.lex["points_context"]["pp_short"]:
            return True
        if self.rx["scored_before"].search(text[max(0, start - 40):start]):
            return False  # "scored 24 points", "scoring between 3.75 and 4.25 points": a score, whatever is near
        if self._match_text(text):
            return False  # "a 21-point deficit" in a game report that gives a shooting percentage: a score's points
        window = text[max(0, start - 120):m.end() + 60].lower()
        return bool(self.rx["pp_window"].search(window))

    def _classify_count(self, text: str, f: Found) -> Found:
        """Decide whether a bare count is a claim: "the two giants" is not, "4,600 stores" is."""
        rx = self.rx
        before = text[max(0, f.start - 30):f.start]
        if f.kind != "amount" and (per := rx["per_before"].search(before)) \
                and (f.kind == "count" or per.group(0)[:5].lower() != "every"):
            # "each 1°C of warming", "per 100,000 people", "12 deaths for every 100,000 residents" (not "runs every 8
            # minutes": a frequency)
            return replace(f, claim_like=False, note="rate denominator")
        if f.unit == "count" and f.end == f.core_end and not f.spelled and re.match(r"[A-Za-z]{2,}", text[f.end:f.end + 2]):
            # "the Philadelphia 76ers", "the 49ers": digits glued to a word no unit, scale or suffix read are part of a name
            return replace(f, claim_like=False, note="name")
        if self.rx["stat_labels"].match(text, f.end):
            return replace(f, claim_like=False, note="label")  # "a 95% confidence interval"
        if f.meta.get("duration") and rx["duration_average"].match(text[f.core_end:f.end + 20]):
            return replace(f, claim_like=False, note="label")  # "the 20-day average"
        if f.meta.get("duration") and rx["duration_change"].match(text[f.core_end:f.end + 30]):
            return replace(f, claim_like=False, note="period")  # "a five-year surge of 300 percent"
        if f.meta.get("duration") and re.search(r"[\d%]\S*(?:\s+\w+){0,3}\s+over\s+$", text[max(0, f.start - 40):f.start]):
            return replace(f, claim_like=False, note="period")  # "€900 million over three years"
        if f.meta.get("duration") and rx["accumulation_before"].search(text, max(0, f.start - 60), f.start):
            return replace(f, claim_like=False, note="period")  # "43 inches of rain in 24 hours": the window it fell in
        if f.meta.get("duration") and re.search(r"\b(?:the|a|single|over)\s+$", before, re.I) \
                and rx["window_end"].match(text, f.end):
            # "the 12 months to October", "the 12-month period", "in a 24-hour period", "over 12-month period": the
            # window of another figure
            return replace(f, claim_like=False, note="period")
        if f.meta.get("duration") and rx["duration_comparative"].match(text[f.end:f.end + 20]):
            return f  # "about six days later than in the 1990s": a difference, not a period
        if f.meta.get("duration"):
            framed_before = rx["period_before"].search(before)
            framed = framed_before or rx["period_after"].match(text, f.end)
            # "0 to 62 mph in 7.2 seconds", "sold out in just three days": how long something took is a claim
            performance = framed and rx["performance_in"].fullmatch(framed.group(0).strip()) and (
                f.unit in self.lex["performance_duration_units"] or f.hedge or self.rx["performance_cue"].search(before))
            # "for the first time in four years", "the lowest level in 15 years" report a record, not a period
            # (the record's word before the frame: "the first two years" is a period, "its first title in two decades" a record)
            record_end = f.start - len(framed_before.group(0)) if framed_before else f.start
            if framed and not performance and not self._record_before(text, record_end):
                return replace(f, claim_like=False, note="period")
        if f.unit in ("minute", "second") and rx["remaining_after"].match(text[f.end:f.end + 12]) \
                and rx["remaining_before"].search(before):
            return replace(f, claim_like=False, note="period")  # "with 12 minutes to go": a time in the match
        if f.unit in ("minute", "second") and not f.hedge and (rx["clock_before"].search(before)
                                                               or rx["match_event_after"].match(text, f.end)):
            return replace(f, claim_like=False, note="period")  # "on 78 minutes", "five minutes after the break": match time
        if rx["window_count_before"].search(before) \
                and f.unit == "count":
            return replace(f, claim_like=False, note="window")  # "nine of their last 10": what the count is out of
        if f.unit == "count" and not f.hedge and rx["side_modifier_after"].match(text, f.end):
            return replace(f, claim_like=False, note="modifier")  # "10-man Everton": players a side had left, no figure
        if f.unit == "count" and f.value < 10 and (mod := rx["modifier_after"].match(text, f.end)) \
                and mod.group(0)[1:].lower() not in self.lex["counted_run_words"] \
                and not rx["point_gap_after"].match(text, f.end):
            # "a three-bedroom house"; but "a five-game goal drought", "a three-match ban", "a two-time champion"
            # count games, matches, goals, titles (`counted_run_words`)
            return replace(f, claim_like=False, note="modifier")
        # "the two giants" names things already counted; "the three percent increase" is a rate all the same
        if f.spelled and f.value <= 10 and f.unit not in ("percent", "percentage_point") and rx["determiner_before"].search(before):
            return replace(f, claim_like=False, note="determiner")
        return f

    @cached_property
    def hedge_ends(self) -> frozenset[str] | None:
        """The last word of every hedge ("than" of "more than"; "." of "approx."), lower-cased; None when one
        has a letter outside ASCII (re's case folding could then match other text; "≥" has no case)."""
        ends = {_last_word(w).lower() for ws in self.lex["hedges"].values() for w in ws}
        cased = any(not c.isascii() and (c.isalnum() or c.lower() != c.upper()) for e in ends for c in e)
        return None if cased else frozenset(ends)

    def _may_end_with_hedge(self, window: str) -> bool:
        """Could a hedge end `window` (the "hedge_before" patterns: a hedge, then only spaces)? Its last word must
        be a hedge's last word: four in five numbers follow other words ("the", "was", "by"), and the eight
        patterns each tried every position of the 40-character window. tests/test_hedge_ends.py compares."""
        word = _last_word(window.rstrip())
        return self.hedge_ends is None or not word.isascii() or word.lower() in self.hedge_ends

    @cached_property
    def _comparison_cues(self) -> tuple[frozenset, frozenset, re.Pattern, re.Pattern]:
        """The lexicon's `comparison_base_hedges`: hedges that bring in the old side of a comparison after a change
        noun or after the figure compared, and the patterns of what stands before them."""
        cues = self.lex["comparison_base_hedges"]
        direction = self.lex["direction"]
        nouns = alternation(direction["up_nouns"] + direction["down_nouns"])
        scales = [w for w in self.lex["scales"] if w != "_doc"]
        return (frozenset(w.lower() for w in cues["after_change_nouns"]), frozenset(w.lower() for w in cues["after_figure"]),
                compile_cached(rf"{nouns}(?:\s+of\s+[^,;.()]{{1,30}}?)?\s+$", re.I),
                compile_cached(rf"(?:\d[\d.,]*%?|%|\bper\s?cent|\bpercent|\bpct|{alternation(scales)})\s*,?\s+$", re.I))

    def _comparison_base(self, text: str, hedge: str, at: int) -> bool:
        """Whether `hedge` at `at` brings in the old side of a comparison, no bound: "over" after a change noun ("a 10.17
        percent increase over N13.61 trillion", "an increase of 73 per cent over N96.78"), "higher than" right after
        the figure compared ("10.51 million, higher than 10.37 million in 2020", "28.8 percent higher than P599.28
        billion")."""
        after_noun, after_figure, noun_before, figure_before = self._comparison_cues
        return hedge in after_noun and noun_before.search(text, max(0, at - 60), at) is not None \
            or hedge in after_figure and figure_before.search(text, max(0, at - 30), at) is not None

    def _attach_hedge(self, text: str, f: Found, taken: bytearray) -> Found:
        rx = self.rx
        window_start = max(0, f.start - 40)
        window = text[window_start:f.start]
        matches = [(hm, q) for q, p in rx["hedge_before"].items() if (hm := p.search(window))] \
            if self._may_end_with_hedge(window) else []
        # the longest hedge decides: "no more than" is an upper bound, not "more than"
        for hm, qualifier in sorted(matches, key=lambda m: m[0].start("h")):
            if hm and hm.group("h").lower() == "over" and rx["across"].search(text, max(0, window_start + hm.start("h") - 40),
                                                                          window_start + hm.start("h")):
                continue  # "98 pitches over seven innings", "15 goals over 20 games": across them, not more than
            if hm and self._comparison_base(text, hm.group("h").lower(), window_start + hm.start("h")):
                continue  # "a 10.17 percent increase over N13.61 trillion", "10.51 million, higher than 10.37 million":
                # the old side of a comparison, exactly
            if hm and hm.group("h").lower() == "up to" and rx["up_to_level"].search(
                    text, max(0, window_start + hm.start("h") - 60), window_start + hm.start("h")):
                continue  # "growth picked up to 12.1%": the level the rate reached, exactly
            if hm and not any(taken[window_start + hm.start():f.start]):
                if f.qualifier == "range":  # "~25–40 min", "about 920 to 1,730": a hedged range is still a range
                    qualifier = {"approximate": "range"}.get(qualifier, qualifier)
                f = replace(f, start=window_start + hm.start("h"), qualifier=qualifier, hedge=hm.group("h").lower())
                break
        if f.hedge is None:
            for qualifier, pattern in rx["hedge_after"].items():
                hm = pattern.match(text, f.end)
                # "plus" is a hedge only at the end of a phrase ("10,000 plus."), not "10 plus 5"
                # "and below", "or above" is a bound only with no noun phrase after it ("6% and below the consensus
                # estimate": "below" governs "the consensus estimate", and the figure is exact)
                # a "+" before another figure adds it ("€100m + €46m", "2 + 2"), not "10,000+ fans"
                if hm and (hm.group("h").lower() != "plus" or re.match(r"\s*(?:[,.;)]|$)", text[hm.end():hm.end() + 2])) \
                        and not (hm.group("h") == "+" and re.match(r"\s*[\d$€£¥₹]", text[hm.end():hm.end() + 3])) \
                        and not (hm.group("h").lower().rsplit(None, 1)[-1] in self.preposition_hedges
                                 and rx["noun_phrase_start"].match(text, hm.end())):
                    f = replace(f, end=hm.end(), qualifier=qualifier, hedge=hm.group("h").lower())
                    break
        if f.hedge is None and rx["threshold_before"].search(text[max(0, f.start - 30):f.start]) \
                and rx["threshold_after"].match(text, f.end):
            f = replace(f, qualifier="lower_bound", hedge="threshold")
        return _bounds(f)

    def quantulum_readings(self, text: str, found: list[Found]) -> tuple[list[Found], list[Found]]:
        """Fold quantulum3's readings of `text` into the grammar's, so that each quantity is listed once.

        A quantulum3 reading of a span the grammar also read rides along on that quantity as
        `meta["quantulum"]` ("value unit") when it differs ("275 pound" read as £275 by the grammar
        and as 275 pound-mass by quantulum3); it is never a second record. A reading of text the
        grammar left alone is kept as its own quantity, not claim-like, only when it has a physical
        unit and lies outside the spans that are never quantities (dates, years, names, labels).
        RETURNS (tuple): (the grammar's quantities, some with meta["quantulum"]; quantulum3-only quantities).
        """
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                parsed = quantulum().parse(text)
        except Exception:  # quantulum3 raises on some inputs; then it adds nothing
            return found, []
        blocked = bytearray(len(text) + 1)
        for ex in self.exclusions.find(text):
            blocked[ex.start:ex.end] = b"\x01" * (ex.end - ex.start)
        found = list(found)
        extra: list[Found] = []
        for q in parsed:
            s, e = q.span
            name = q.unit.name
            unit = {"dimensionless": "count", "percentage": "percent"}.get(name) or self.canonical_unit(name, text)
            unit = self.lex["currency_words"].get(name.split(" per ")[0], unit) if " per " not in name else unit
            value = float(q.value)
            overlapping = [i for i, f in enumerate(found) if f.start < e and s < f.end]
            if overlapping:
                i = overlapping[0]
                f = found[i]
                same = math.isclose(f.value, value, rel_tol=1e-3, abs_tol=1e-9) and (
                    f.unit == unit or {f.unit, unit} <= {"count", "ratio"})
                if not same and "quantulum" not in f.meta:
                    found[i] = replace(f, meta=dict(f.meta, quantulum=f"{value:.12g} {unit}"))
                continue
            if unit in ("count", "ratio", "percent") or any(blocked[s:e]) or any(x.start < e and s < x.end for x in extra):
                continue  # years, "Voyager 2", list numbers: the grammar skipped them on purpose
            kind = "physical"
            low, high = (value - q.uncertainty, value + q.uncertainty) if q.uncertainty else (None, None)
            extra.append(Found(s, e, s, e, value, unit, kind, "range" if low is not None else "exact",
                               low, high, claim_like=False, note="quantulum3"))
        return found, extra

    # ------------------------------------------------------------------ ranges
    def _point_differences(self, text: str, found: list[Found]) -> list[Found]:
        """"the inflation rate dropped by 0.99 per cent to 16.25 per cent in May from 17.24 per cent in April": a change
        of a rate written in per cent that is the difference of the two levels its sentence moves it between ("by" it,
        "to" one and "from" the other, in either order) is in percentage points, as the arithmetic shows. Not when the
        relative change agrees as well (a level of 100)."""
        out = list(found)
        for i in range(len(out) - 2):
            change, one, other = out[i], out[i + 1], out[i + 2]
            if not all(f.unit == "percent" and f.kind == "percentage" and f.qualifier == "exact" for f in (change, one, other)) \
                    or not _BY_BEFORE.search(text, max(0, change.start - 12), change.start) \
                    or _SENTENCE_BREAK.search(text, change.end, other.start):
                continue
            first, second = _LEVEL_WORD.match(text, change.end, one.start), _LEVEL_WORD.match(text, one.end, other.start)
            if first is None or second is None or {first.group(1).lower(), second.group(1).lower()} != {"to", "from"}:
                continue
            old = other.value if second.group(1).lower() == "from" else one.value
            gap = abs(one.value - other.value)
            if abs(gap - change.value) <= 0.006 and old and abs(gap / old * 100 - change.value) > 0.006:
                out[i] = replace(change, unit="percentage_point", kind="percentage_points",
                                 meta=dict(change.meta, point_difference=True))
        return out

    def _join_plus_minus(self, text: str, found: list[Found]) -> list[Found]:
        """"a target of 2.5±1%", "a ratio of 50±1 per cent": a bare number, a plus-minus sign and a figure in a unit are one
        figure in that unit, the band the sign allows its bounds (1.5% to 3.5%), not a count and a second figure."""
        out: list[Found] = []
        for f in found:
            a = out[-1] if out else None
            # (the number alone may have been read as a ratio by a word before it: "a debt ratio of 50±1 per cent")
            if a is not None and a.unit in ("count", "ratio") and a.kind in ("count", "ratio") and not a.spelled and not a.vague \
                    and a.qualifier == "exact" and a.end == a.core_end and f.qualifier == "exact" and f.unit != "count" \
                    and _PLUS_MINUS.fullmatch(text, a.end, f.start):
                out[-1] = replace(f, start=a.start, core_start=a.core_start, value=a.value, qualifier="range",
                                  lower=a.value - f.value, upper=a.value + f.value, hedge=a.hedge)
                continue
            if a is not None and a.unit == f.unit and a.kind == f.kind and a.qualifier == f.qualifier == "exact" \
                    and not a.vague and not f.vague and 0 < f.value < abs(a.value) \
                    and self.rx["margin_joiner"].fullmatch(text, a.end, f.start):
                # "operating profit of £400 million, give or take a £100 million": the figure and the margin the words
                # allow either way (lexicon `sign_words` margin) are one range, £300 million to £500 million
                out[-1] = replace(a, end=f.end, core_end=f.core_end, value=a.value, qualifier="range",
                                  lower=a.value - f.value, upper=a.value + f.value)
                continue
            out.append(f)
        return out

    def _shared_percent(self, text: str, found: list[Found]) -> list[Found]:
        """"increased by 0.52, 1.33 and 1.19 per cent respectively", "predicted 8 and 10 percent less rainfall": the
        bare numbers of a list whose last item is a percentage (or percentage points) are percentages too, the unit
        written once after the last. Only digits with nothing but a comma, "and" or "or" between them; a range
        ("between 8 and 10 percent") was joined before."""
        out = list(found)
        for i in range(len(out) - 1, 0, -1):
            b = out[i]
            if b.unit not in ("percent", "percentage_point") or b.start != b.core_start or not text[b.core_start:b.core_start + 1].isdigit():
                continue
            j = i
            while j > 0:
                a = out[j - 1]
                if not (a.unit == "count" and a.kind == "count" and not a.spelled and not a.vague and a.qualifier == "exact"
                        and a.end == a.core_end and a.value < 1000 and _LIST_JOIN.fullmatch(text, a.end, out[j].start)
                        # not a rate quoted against a currency ("against the dollar at 1.3041 and 0.2% lower ...")
                        and not self._quote_patterns["against_before"].search(text, max(0, a.start - 40), a.start)):
                    break
                j -= 1
            # one number before the last is a list only when "and"/"or" alone joins them ("8 and 10 percent"; not "won
            # 24, and 40 per cent of ...")
            if j == i - 1 and "," in text[out[j].end:b.start]:
                continue
            for k in range(j, i):
                out[k] = replace(out[k], unit=b.unit, kind=b.kind, meta=dict(out[k].meta, shared_unit=True))
        for i in range(1, len(out)):
            a, f = out[i - 1], out[i]
            if f.unit == "count" and f.kind == "count" and not f.spelled and not f.vague and f.qualifier == "exact" \
                    and f.start == f.core_start and f.end == f.core_end and "." in text[f.core_start:f.core_end] \
                    and a.unit in ("percent", "percentage_point") and _FROM_AFTER_PERCENT.fullmatch(text, a.end, f.start):
                # "have 23.6 percent of decided voters, from 23.2 in the last poll": the old level, its unit left off
                out[i] = replace(f, unit=a.unit, kind=a.kind, meta=dict(f.meta, shared_unit=True))
        return out

    def _extra_unit(self, written: str) -> str:
        """The unit of `extra_units` written as `written`: its own key, else the key in lower case, else the first key
        that differs only in case ("87.43 lakh MT wheat" matched the case-blind pattern; "MT" is not a key as written);
        the unit of a scaled abbreviation of `scaled_units` ("bcfd": "cubic foot/day")."""
        if (scaled_unit := self._scaled_unit(written)) is not None:
            return scaled_unit[1]
        units = self.lex["extra_units"]
        return units.get(written) or units.get(written.lower()) or self._extra_units_by_case[re.sub(r"\s+", " ", written.lower())]

    def _scaled_unit(self, written: str) -> tuple[float, str] | None:
        """(scale, unit) of an abbreviation of the lexicon's `scaled_units` written as `written` (any case): "Bcf/d" is
        (1e9, "cubic foot/day"); None for any other unit."""
        entry = self.lex["scaled_units"].get(re.sub(r"\s+", " ", written.lower()))
        return None if entry is None or isinstance(entry, str) else (self.lex["scales"][entry[0]], entry[1])

    @cached_property
    def _extra_units_by_case(self) -> dict[str, str]:
        by_case: dict[str, str] = {}
        for key, unit in self.lex["extra_units"].items():
            by_case.setdefault(key.lower(), unit)
        return by_case

    def _join_ranges(self, text: str, found: list[Found]) -> list[Found]:
        """Merge "between 3 and 4 km", "$10m-$12m", "8 to 16 metres" into one range."""
        out: list[Found] = []
        i = 0
        while i < len(found):
            a = found[i]
            b = found[i + 1] if i + 1 < len(found) else None
            if b and after_from_to(self, text, a, b):
                found[i] = a = replace(a, value=_rescale_like(a, b, text))  # "from $10 to $15 billion"
            if b and from_to_shared_percent(self, text, a, b):
                # "has risen from 6.1 to 6.2 per cent": the old side is a percentage too, its unit written once
                found[i] = a = replace(a, unit=b.unit, kind=b.kind, meta=dict(a.meta, shared_unit=True))
            if b and a.qualifier != "range" and b.qualifier == "exact" and not a.vague and not b.vague \
                    and not b.meta.get("conversion"):
                joiner = self.rx["range_joiner"].fullmatch(text, a.end, b.start)
                between = self.rx["between_before"].search(text, max(0, a.start - 20), a.start)
                after_from = self.rx["from_before"].search(text, max(0, a.start - 12), a.start)
                word = joiner.group(0).strip().lower() if joiner else ""
                compatible = a.unit == b.unit or (a.unit == "count" and a.kind == "count" and b.kind != "multiple"
                                                  and a.end == a.core_end) or (a.meta.get("age") and b.unit == "count") \
                    or (a.kind == "amount" and b.unit == "count" and not b.spelled) \
                    or (a.unit == "count" and a.kind == "count" and b.kind == "multiple" and a.end == a.core_end
                        and re.search(r"\stimes$", text[b.core_start:b.end], re.I)
                        and (joiner and joiner.group(0).strip().lower() in ("to", "or", "-", "–")))  # "three to five times"
                # "four or five" is a range only for neighbouring whole numbers; "3 or 30" is a choice
                either = word != "or" or (b.value - a.value == 1 and a.value == int(a.value))
                # "off 12 cents to $4.10": a change in cents and the price it reached, never a range (a range
                # writes both ends alike, "50 to 60 cents", "$5 to $6")
                if a.kind == b.kind == "amount" and bool(a.meta.get("subunit")) != bool(b.meta.get("subunit")):
                    compatible = False
                if a.kind == "amount" and a.meta.get("subunit") and b.unit == "count":
                    compatible = False  # "gained 13 paise to 83.40": the move in a subunit and the rate it reached

                # "fell by roughly 1,400 to 31,200", "fell 3 pence to 245p": a change and the level it reached
                # (a hyphen between the two is a range all the same: "cut by 2-3 percent")
                by = word not in ("-", "\u2013") and (_BY_FURTHER_BEFORE.search(text, max(0, a.start - 16), a.start) or (
                    word == "to" and self.rx["change_verb_end"].search(text[max(0, a.start - 36):a.start])))
                if by and word == "to" and a.unit == "count" and a.kind == "count" and a.end == a.core_end and not a.spelled \
                        and b.unit in ("percent", "percentage_point") and a.value < b.value <= 3 * a.value:
                    # "expects capacity to rise 13 to 14 percent": a bare number before a percentage close above it is
                    # the range's first end, its unit written once (a change to a level writes its unit: "fell 3 pence
                    # to 245p", "rose 0.3 points to 5.2%")
                    by = False
                if not by and word == "to" and _RESTATED_CHANGE_BEFORE.search(text, max(0, a.start - 30), a.start) \
                        and (a.kind == "amount" or b.value > 3 * a.value):
                    # "increased 3.1 per cent or RM9.6 billion to RM325.9 billion": the change restated, then the level
                    by = True
                if not by and word == "to" and a.unit == b.unit and b.value > 3 * a.value \
                        and self.rx["change_noun_of_end"].search(text[max(0, a.start - 70):a.start]):
                    # "a decrease in the goods deficit of $1.2 billion to $65.7 billion": the change and the level it
                    # reached, as "fell by $1.2 billion to $65.7 billion" is; a range's ends lie closer ("an increase of
                    # 2 to 3 percent")
                    by = True
                if by and b.kind == "multiple":
                    by = None  # "soared by three to five times": a multiple is no level a change reaches
                if by and word == "to" and a.unit == "count" and _rescale_like(a, b, text) != a.value:
                    by = None  # "underestimating losses by 2 to 3 million tonnes": the first number takes the scale
                unscaled = a  # the first number as found, should the two make no range
                if b.unit == "percentage_point" and re.search(r"\bb(?:asis[\s-]points?|ps?|pts)\b", text[b.core_end:b.end], re.I) \
                        and a.unit == "count":
                    a = replace(a, value=a.value * 0.01)  # "50-100 basis points"
                if b.kind == "amount" and b.meta.get("subunit") and a.unit == "count" and a.kind == "count" \
                        and a.end == a.core_end and not a.spelled:
                    # "between 28 and 30 cents a share", "58-59 cents": the subunit is written once, after the range
                    # (each of `subunit_currency_words` is a hundredth; the first number keeps its value if the two
                    # make no range: "fell 30 to 45 cents", nor is a count before basis points scaled: "recapturing the
                    # 7,800-mark ... cut by 50 bps")
                    a = replace(a, value=a.value * 0.01)
                # "down from the 3.0% to 3.5% range", "to a 3.0% - 3.6% range": a range noun after them makes the two a
                # range whatever stands before
                named = word in ("to", "-", "\u2013") and bool(self.rx["range_noun_after"].match(text, b.end))
                if joiner and compatible and either and (named or not after_from and not by) and (word != "and" or between) \
                        and a.value < b.value and (word != "-" or " " not in joiner.group(0) or named or spaced_range(a, b)):
                    lo, hi = _rescale_like(a, b, text), b.value
                    start = between.start() if between else a.start
                    joined = replace(b, start=start, core_start=a.core_start, value=(lo + hi) / 2,
                                     qualifier="range", lower=lo, upper=hi, hedge=a.hedge)
                    if a.meta.get("age"):
                        joined = replace(joined, unit=a.unit, kind=a.kind, meta=a.meta, claim_like=a.claim_like, note=a.note)
                    elif a.kind == "amount" and b.unit == "count":
                        joined = replace(joined, unit=a.unit, kind=a.kind)
                    # a hedge before a range bounds it: "more than 3 to 4 million" is at least 3 million
                    if a.qualifier == "lower_bound":
                        joined = replace(joined, qualifier="lower_bound", value=lo, upper=None)
                    elif a.qualifier == "upper_bound":
                        joined = replace(joined, qualifier="upper_bound", value=hi, lower=None)
                    out.append(joined)
                    i += 2
                    continue
                a = unscaled
            out.append(a)
            i += 1
        return out


# "2:05:06", "2:05:06.4", "3:43.13": hours, minutes and seconds, or minutes and seconds with a fraction
# (one digit of hours: "18:07:44" and "09:15:32" are a clock's, a time stamp's)
_CLOCK_DURATION = re.compile(r"(?<![\d:.,])\b(?:(?P<h>[1-9]):(?=\d\d:))?(?P<m>[0-5]?\d):(?P<s>[0-5]\d(?:\.\d{1,3})?)(?![\d:])")
# (kind of time, size in its smallest unit) of the units a duration may be written in parts of
_TIME_SIZES = {"week": ("clock", 604800), "day": ("clock", 86400), "hour": ("clock", 3600), "minute": ("clock", 60),
               "second": ("clock", 1), "year": ("calendar", 12), "month": ("calendar", 1)}
_DURATION_JOINER = re.compile(r"\s*,?\s*(?:and\s+)?")


def spaced_range(a: Found, b: Found) -> bool:
    """"just 5 - 10 percent", "£2 – 3 billion": a dash with spaces joins a bare number to a percentage or an amount
    after it into a range; between two bare numbers it is a separator or a score ("won 3 - 1")."""
    return a.end == a.core_end and (a.unit == "count" and b.kind in ("percentage", "amount")
                                    or a.kind == "amount" and b.unit == "count" and b.value >= 1000 and not b.spelled)


def after_from_to(grammar: Grammar, text: str, a: Found, b: Found) -> bool:
    """"from $10 to $15 billion": two figures of a change, the first written without the scale it shares."""
    return bool(re.fullmatch(r"\s*to\s*", text[a.end:b.start], re.I)) and a.unit == b.unit and a.end == a.core_end \
        and bool(grammar.rx["from_before"].search(text, max(0, a.start - 12), a.start))


def from_to_shared_percent(grammar: Grammar, text: str, a: Found, b: Found) -> bool:
    """"from 6.1 to 6.2 per cent", "fell from 3.2 to 2.9%": a bare number after "from" and before "to" and a
    percentage (or percentage points) in digits is the change's old side, written without the unit it shares; so is
    the new side in the order wire copy often writes, "slipped to 25.6 from 25.9 percent"."""
    if not (a.unit == "count" and a.kind == "count" and not a.spelled and not a.vague and a.end == a.core_end
            and b.unit in ("percent", "percentage_point") and b.start == b.core_start
            and text[b.core_start:b.core_start + 1].isdigit()):
        return False
    between = text[a.end:b.start]
    if re.fullmatch(r"\s+to\s+", between, re.I):
        return bool(grammar.rx["from_before"].search(text, max(0, a.start - 12), a.start))
    return bool(re.fullmatch(r"\s+from\s+", between, re.I)) and bool(_TO_BEFORE.search(text, max(0, a.start - 4), a.start))


def _rescale_like(a: Found, b: Found, text: str) -> float:
    """In "$10 to $12 billion" or "52 and 61 billion tonnes" the first number takes the second's scale."""
    leading = _leading(text, b)
    magnitude = b.value / leading if leading else 1.0
    scale = re.search(r"\b(hundred|thousand|million|billion|trillion)s?$", text[b.core_start:b.core_end], re.I)
    if b.spelled and scale:  # "four to five thousand people"
        magnitude = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[scale.group(1).lower()]
    if a.end == a.core_end and magnitude >= 1000 and a.value * magnitude <= b.value:
        return a.value * magnitude
    return a.value


def _points_word(m: re.Match) -> str:
    """The word of points a unit match read, without the hyphen that joins it to its number ("the 40,000-point mark")."""
    return m.group(0).strip().lstrip("-").strip().lower()


def _leading(text: str, f: Found) -> float:
    m = re.search(DIGITS, text[f.core_start:f.end])
    if m and (_DECIMAL_COMMA.fullmatch(m.group(0)) or _OTHER_DECIMAL_COMMA.fullmatch(m.group(0))):
        return float(re.sub(r"[\s\u2009\u202f\u00a0]", "", m.group(0)).replace(",", "."))
    # (thousands grouped by spaces, "9 614", as _number_value reads them)
    return float(re.sub(r"[,\s\u2009\u202f\u00a0]", "", m.group(0))) if m else f.value


def _scale_part(written: str, scales: list[str]) -> tuple[str] | None:
    """(the scale word) a number part ends with, of `scales` ("26 thousand" -> ("thousand",)), else None."""
    m = re.search(r"([a-z]+)\s*$", written, re.I)
    return (m.group(1).lower(),) if m and m.group(1).lower() in scales else None


_WORD_RUN = re.compile(r"\w+")
_DIGIT_RUN = re.compile(r"\d+")


def _last_word(text: str) -> str:
    """The word (`\\w+`) `text` ends with, else its last character ("" for ""): what
    `re.search(r"\\w+\\Z", text)` finds, read from the end (the search tried `\\w+` at every position)."""
    m = _WORD_RUN.match(text[::-1])
    return m.group(0)[::-1] if m else text[-1:]


def _bounds(f: Found) -> Found:
    if f.qualifier == "lower_bound":
        return replace(f, lower=f.lower if f.lower is not None else f.value, upper=None)
    if f.qualifier == "upper_bound":
        return replace(f, upper=f.upper if f.upper is not None else f.value, lower=None)
    return f


@lru_cache(maxsize=4096)
def _spelled_value(words: str) -> float | None:
    words = words.replace("-", " ")
    if words.startswith(("a dozen", "dozen")):
        return 12.0
    if words in ONE_WORD:
        return ONE_WORD[words]
    try:
        values = quantulum().extract_spellout_values(words)
    except Exception:  # quantulum3 raises assorted errors on odd word sequences
        return None
    if len(values) != 1:
        return None
    try:
        return float(values[0]["new_surface"])
    except (KeyError, ValueError):
        return None


def _may_start_unit(after: str) -> bool:
    """Cheap test before asking quantulum3: could the word after a number begin a unit?"""
    m = re.match(r"\s?-?\s?([^\s\d,;:!?()\[\]]+)", after)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    if not word or not word[0].isalpha():
        return True  # "°C", "′", "²": symbols quantulum3 decides on
    index = unit_index()
    words, symbols, prefixes = index.words, index.symbols, index.prefixes
    # "GWh" is a prefixed "W" times hours; "km2" a "km" squared
    for candidate in {word, word.split("/")[0], word.rstrip("0123456789²³^"), word[:-1] if word.endswith("h") else word}:
        if candidate.lower() in words or candidate in symbols or candidate.lower() in symbols:
            return True
        if any(candidate.startswith(p) and candidate[len(p):] in symbols for p in prefixes if len(candidate) > len(p)):
            return True
    return False


PLAIN_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


@lru_cache(maxsize=8192)
def _physical_unit(after: str, number: str, ambiguous: frozenset[str],
                   exact_case: tuple[str, ...] = ()) -> tuple[str, int, float, float] | None:
    """The physical unit right after a number, via quantulum3: (unit name, characters used, value, spread).

    spread is non-zero when quantulum3 read a range ("3 to 4 L"): value is then its midpoint.

    quantulum3 sees only the number and the few words after it, and its answer counts only if
    the unit's surface ends on a word boundary: "4,600 U.S. stores" is not 4,600 atomic mass units.
    A unit written as one of `ambiguous` (the lexicon's `ambiguous_unit_surfaces`) is an ordinary word; a unit of a
    prefix in `exact_case` counts only written in its symbol's case.
    """
    if not after or not re.match(r"\s?[^\s\d,.;:!?)\]]", after) or not _may_start_unit(after):
        return None
    fraction = re.match(r"\s?/\s?(\d+)\s*([^\s\d,.;:!?)\]]+)", after)
    if fraction and fraction.group(2).lower() in ambiguous and int(fraction.group(1)) not in (2, 4, 8, 16, 32, 64):
        return None  # "3/22 in 2024" is a score, not 3/22 inch ("1/4 in" and "2 1/2 in" stay inches)
    if re.match(r"\s?/\s?\d", after) and not (fraction and _may_start_unit(after[fraction.start(2):])):
        return None  # "the 2025/26 season", "7/10": after a denominator, a unit must begin its next word
    clause = re.split(r"[,;:!?()\[\]\n]", after, maxsplit=1)[0]
    if PLAIN_NUMBER.fullmatch(number) and not re.search(r"\d", clause):
        # Which unit follows does not depend on the digits: quantulum3 (5 ms a call) is asked once per
        # number shape and clause ("7,777 km off the coast"), not once per number. A range needs the digits.
        reading = _unit_reading(re.sub(r"\d", "7", number), clause, ambiguous, exact_case)
        if reading is None or not reading[3]:
            return reading and (reading[0], reading[1], float(number.replace(",", "")), 0.0)
    return _unit_reading(number, clause, ambiguous, exact_case)


@lru_cache(maxsize=8192)
def _unit_reading(number: str, clause: str, ambiguous: frozenset[str],
                  exact_case: tuple[str, ...] = ()) -> tuple[str, int, float, float] | None:
    """quantulum3's reading of `number` followed by `clause`, kept only when it is a physical unit right there."""
    snippet = number + clause
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            parsed = quantulum().parse(snippet)
    except Exception:  # quantulum3 raises on some inputs; no unit then
        return None
    if not parsed:
        return None
    q = parsed[0]
    if q.span[0] != 0 or q.unit.entity.name in ("dimensionless", "currency") or q.unit.name in ("percentage", "dimensionless"):
        return None
    if q.unit.name.startswith("per "):
        return None  # "71,950 a year earlier": quantulum3 reads a time reference as a bare rate
    unit_surface = q.surface[len(number):].strip() if q.surface.startswith(number) else q.surface.split(" ", 1)[-1]
    if unit_surface in ambiguous or unit_surface.lower() in ambiguous:
        return None
    if exact_case and q.unit.name.startswith(exact_case) and unit_surface not in (getattr(q.unit, "symbols", None) or ()):
        return None  # "told 3AW": a call sign, not attowatts (lexicon ambiguous_unit_surfaces.exact_case_prefixes)
    first = unit_surface.split(" ", 1)[0]
    if first != unit_surface and (first in ambiguous or first.lower() in ambiguous):
        return None  # "452 in week 44": an ordinary word opens no unit (quantulum3 reads "in week" as inch weeks)
    last = unit_surface.rsplit(" ", 1)[-1]
    if last != unit_surface and (last in ambiguous or last.lower() in ambiguous) and snippet[q.span[1] - len(last):q.span[1]] == last:
        # "4.5 metres at 10.45am", "the 100 metres at the Olympics": an ordinary word after a unit is no part of
        # it (quantulum3 reads "metres at" as metre ampere-turns); the unit is what comes before it
        return _unit_reading(number, clause[:q.span[1] - len(last) - len(number)].rstrip(), ambiguous, exact_case)
    used = q.span[1] - len(number)
    rest = snippet[q.span[1]:]
    if used <= 0 or (rest[:1].isalnum()) or (rest[:1] == "." and rest[1:2].isalpha()):
        return None
    return q.unit.name, used, float(q.value), float(q.uncertainty or 0.0)
