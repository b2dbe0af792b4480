"""Spans of text whose digits are not quantities: dates, times, phone numbers, addresses, labels.

A fact-checker never wants "7:30 p.m.", "Route 66", "(212) 555-0199" or "Section 4.2" as claims,
and most of them look like numbers to a naive parser. These patterns mark them before the
quantity grammar runs; any number inside a marked span is skipped.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cached_property

from claimx.grammar.units import compile_cached
from claimx.lexicon import Lexicon, alternation

# "20 Dec" is a date, "20 decently sized" is not: a month name ends on a full stop or a word boundary
_US_CENTS = re.compile(r"US\d+(?:\.\d+)?(?:¢|c\b)")  # US cents glued to their mark: "US63¢", "US20c"
_HHMM = r"(?:[01]\d|2[0-3])[0-5]\d"  # a 24-hour clock's four digits, "1410"
_HOURS = r"(?:hrs?|hours)\b"
MONTH_NAMES = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
DAY_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_RANGE = rf"{DAY_ORD}(?:\s*(?:-|–|to|and|&)\s*{DAY_ORD}\b)?"


@dataclass(frozen=True)
class Starts:
    r"""Where a pattern's matches can start, so that it is tried only there (see `Exclusions.find`).

    words (frozenset[str]): lower-cased words (whole `\w+` runs) a match can start with.
    prefixes (tuple[str, ...]): lower-case beginnings of such words (a word is a candidate when it begins
        with one).
    digits (bool): a match can start with a word that begins with a digit.
    chars (str): characters (not word characters) a match can start with, wherever they are.
    A word with a character outside ASCII is always a candidate: `re.IGNORECASE` folds some of them
    onto ASCII letters ("ſ" on "s", "K" on "k").
    """

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()
    digits: bool = False
    chars: str = ""


def starts_of(words) -> Starts | None:
    r"""The `Starts` of an `alternation(words)`: each word's first `\w+` run, or its first character when it
    begins with another; None (try everywhere) for a word whose first run is not ASCII."""
    firsts, chars = set(), ""
    for word in words:
        m = re.match(r"\w+", word)
        if m is None:
            chars += word[:1]
        elif not m.group(0).isascii():
            return None
        else:
            firsts.add(m.group(0).lower())
    return Starts(words=frozenset(firsts), chars=chars)


def merge_starts(*found: Starts | None) -> Starts | None:
    if any(f is None for f in found):
        return None
    return Starts(frozenset().union(*(f.words for f in found)), tuple(p for f in found for p in f.prefixes),
                  any(f.digits for f in found), "".join(f.chars for f in found))


MONTH_STARTS = Starts(prefixes=("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"))


@dataclass(frozen=True)
class Excluded:
    """A span that is not a quantity, and why."""

    start: int
    end: int
    reason: str


class Exclusions:
    """Finds the not-a-quantity spans of a text.

    lexicon (Lexicon): label words, street suffixes, phone cues and the like.
    """

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    @cached_property
    def patterns(self) -> list[tuple[str, re.Pattern]]:
        lex = self.lex
        labels = alternation(lex["label_words"])
        capitalized_labels = alternation(lex["label_words_capitalized"])
        streets = alternation(lex["street_suffixes"])
        phone_cues = alternation(lex["phone_cues"])
        service_nouns = alternation(lex["service_number_nouns"])
        score_cues = alternation(lex["score_cues"])
        rank = alternation(lex["rank_words"])
        zones = alternation(lex["time_zones"], boundary=False)  # bounded by the pattern: "1830 WAT", "1830WAT"
        # a four-digit number followed by a unit or counted noun is a quantity, not a year
        measured = rf"\s*(?:%|per\s?cent|{alternation(lex['year_lookalike_followers'])})"
        i = re.IGNORECASE
        # (a zone of the lexicon's, or the short "ET", "PT" a time of day takes: "4:30 p.m. ET")
        clock_suffix = rf"(?:\s*(?:[ap]\.?\s?m\b\.?|hrs\b|(?:{zones})\b|[ECMP]T\b))"
        # lexicon `exclusion_cues` (see its _doc)
        cues = lex["exclusion_cues"]
        not_year_after = "".join(rf"(?<!\b{_spaced(w)}\s)" for w in cues["not_year_after"])
        clock_cues = "|".join(rf"(?<=\b{_spaced(w)}\s)" for w in cues["clock_cues"])
        decade_owners, decade_modifiers = alternation(cues["decade_owners"]), alternation(cues["decade_modifiers"])
        label_numbers = alternation(cues["label_numbers"])
        # a label word of `value_label_words` right after "a" is no label (each a fixed-width look back)
        value_after_a = "".join(rf"(?<!\ba\s{re.escape(w)})" for w in cues["value_label_words"])
        tally_words, tally_adverbs = alternation(cues["tally_words"]), alternation(cues["tally_adverbs"])
        return [
            ("date", compile_cached(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
            ("date", compile_cached(rf"\b{MONTH_NAMES}\s*{DAY_RANGE}\b(?:,?\s+\d{{4}}\b)?", i)),
            ("date", compile_cached(rf"\b{DAY_ORD}\s+(?:of\s+)?{MONTH_NAMES}(?:,?\s+\d{{4}}\b)?", i)),
            ("date", compile_cached(rf"\b{MONTH_NAMES}\s+\d{{4}}\b", i)),
            ("date", compile_cached(rf"\b{DAY_ORD}\s*(?:and|to|-|–|&)\s*{DAY_ORD}\s+(?:of\s+)?{MONTH_NAMES}", i)),
            ("year", compile_cached(rf"(?<![\d,.$€£¥]){not_year_after}'?\b(?:1[5-9]\d\d|20\d\d|2100)(?:s|\s*[-–/]\s*['’]?(?:(?:1[5-9]|20)\d\d|\d\d?))?\b(?![,.]\d|{measured})", i)),
            ("year", compile_cached(rf"'\d0s\b|{decade_modifiers}-\d{{2,4}}s\b", i)),
            # a time of day or a time stamp ("18:07:44", "09:15:32", with its offset from UTC: "18:01:18-05"); one digit of hours, minutes and seconds with no
            # clock suffix ("finished in 2:05:06") and minutes with a fraction of seconds ("3:43.13") are read by the
            # grammar, which keeps one after a clock cue ("at 2:05:06") as a time of day, no claim
            ("time", compile_cached(rf"(?<![\d:.])\b(?:\d{{1,2}}:\d{{2}}(?![:.]\d){clock_suffix}?"
                                    rf"|\d{{2}}:\d{{2}}:\d{{2}}(?:\.\d{{1,3}})?(?:[+-]\d{{2}}(?::?\d{{2}})?\b|Z\b)?"
                                    rf"|\d:\d{{2}}:\d{{2}}(?:\.\d{{1,3}})?{clock_suffix})", i)),
            ("time", compile_cached(r"\b\d{1,2}\.\d{2}\s*[ap]\.?\s?m\b\.?", i)),
            ("time", compile_cached(r"\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'clock\b|o’clock\b)", i)),
            ("phone", compile_cached(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?)?\b\d{2,5}(?:[\s.-]\d{2,5}){1,4}\b")),
            ("phone", compile_cached(rf"{phone_cues}\s+(?:us\s+|them\s+|on\s+|at\s+)?\d{{3,}}\b", i)),
            # "the 999 service", "101 calls", "a 988 line": a service's number, not "1,800 services" or "450 calls"
            ("phone", compile_cached(rf"(?<![\d,.])\b(?:(\d)\1\1|\d[01]1|11[0-9]|988)\s+(?:[\w-]+\s+)?{service_nouns}", i)),
            ("address", compile_cached(rf"\b\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}(?i:{streets})", 0)),
            ("address", compile_cached(r"\b(?:suite|ste\.|p\.?o\.?\s*box|apt\.?|apartment|floor|room)\s*#?\d+\w*", i)),
            ("address", compile_cached(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")),
            # with a law's subsections in brackets: "Section 12(3)", "section 18(2)(b)", "Article 5(3)"
            # (not a word of `value_label_words` after "a": "declaring a figure 11.7p per share"; nor a percentage)
            ("label", compile_cached(rf"{labels}{value_after_a}\s*#?\s*\d+[A-Za-z]?(?:[.-]\d+)*\b"
                                     rf"(?:\(\d{{1,3}}[A-Za-z]?\)|\([a-z]{{1,4}}\))*(?![\d.]*\s*(?:%|per\s?cent))", i)),
            # (and the labels a list of them shares: "Year 12 and 14", "Grade 8 or 9")
            ("label", compile_cached(rf"{capitalized_labels}\s*#?\s*\d+[A-Za-z]?(?:[.-]\d+)*\b(?:\(\d{{1,3}}[A-Za-z]?\)|\([a-z]{{1,4}}\))*"
                                     r"(?:\s+(?:and|or|&)\s+\d{1,2}[A-Za-z]?\b(?![.,]\d|\s?%|\s+(?:per\s?cent|percent)\b))?")),
            ("rank", compile_cached(rf"{rank}\s*[-.]?\s*\d+\b", i)),
            ("citation", compile_cached(r"\b(?:vol(?:ume)?\.?|issue|no\.|pp?\.|pages?)\s*\d+(?:\s*(?:,|:|and|to|-|–)\s*(?:(?:issue|no\.|pp?\.|pages?)\s*)?\d+)*", i)),
            ("ordinal", compile_cached(r"\b\d+(?:st|nd|rd|th)\b", i)),
            ("code", compile_cached(r"(?<![\w$€£¥₹])[A-Za-z]{1,12}(?:-|(?=\d))\d[\w.-]*")),
            # ... and "4G", "3D", "4K"; "1H", "2H": the halves of a year as results copy writes them ("a strong 1H result",
            # "earnings skewed to the 2H"), no count
            ("code", compile_cached(r"\b(?!\d+(?:\.\d+)?[eE][-+]?\d+\b)\d+[A-Za-z]+\d[\w-]*\b|\b\d[GDK]\b|\b[12]H\b|\b\d+/\d+/\d+\b")),
            ("idiom", compile_cached(_idioms(cues["idioms"]), i)),
            ("list marker", compile_cached(r"(?m)^[ \t]*(?:\(?\d{1,3}[.)]|\d{1,3}\s*[-–]\s|#\d+)(?=\s)")),
            # a vote written with "to": "voted 5 to 2", "a vote tally of 21 to 11", "by 21 votes to 11", "The vote is always 3
            # to 2", and with its numbers spelled, "voted four to three" (lexicon `exclusion_cues.tally_words`)
            ("vote_tally", compile_cached(rf"\b(?:voted|(?:vote|tally)\s+(?:tally\s+)?(?:of|was|is|ended)(?:\s+{tally_adverbs})?)\s+(?:\d{{1,3}}\s+to\s+\d{{1,3}}\b|{tally_words}\s+to\s+{tally_words})"
                                      r"(?![.,]\d|\s?%|\s?per)"
                                      r"|(?<![\d,.])\b\d{1,3}\s+votes?\s+to\s+\d{1,3}\b(?![,.]\d)", i)),
            # the sets after a tennis score are scores too: "beating Sadie Harwell 6-4 3-6 7-5", "won 7-6, 6-3"
            ("score", compile_cached(rf"{score_cues}[?:]?\s+(?:\w[\w-]*,?\s+){{0,4}}\(?\d{{1,3}}\s?[-–]\s?\d{{1,3}}(?:,?\s+\d{{1,2}}\s?[-–]\s?\d{{1,2}}\b(?![.,]\d|\s?%|\s?per))*\b(?![.,]\d|\s?%|\s?per)|\b\d{{1,3}}\s?[-–]\s?\d{{1,3}}\s+{score_cues}", i)),
            # a Gaelic games score, goals and points of each side joined by "to", whatever comes before it ("Dublin
            # streaked to victory, 4-11 to 0-11", "retired at the break a point down, 1-9 to 0-11")
            ("score", compile_cached(r"(?<![\d.,/:–-])\b\d{1,2}-\d{1,2}\s+to\s+\d{1,2}-\d{1,2}\b(?![\d%]|[.,/:–-]\d)")),
            # a tennis score line, whatever comes before it: two sets or more ("3-6 6-3 6-4", "6-4, 5-7, 7-6 (9/7)"),
            # or one set decided by a tie-break ("7-6(5)"); each set a score a set can end on
            ("score", compile_cached(rf"(?<![\d.,/:–-])\b(?:{_SET}(?:,?\s+{_SET})+|{_TIEBREAK_SET})(?![\d%]|[.,/:–-]\d)")),
            # a golfer's round or total against par: "a 6-under 66", "five-under par 67", "at 11-under 133", "one-over-par";
            # never "one in three under 65", which writes no hyphen and no par
            ("score", compile_cached(rf"\b(?:\d{{1,2}}|{label_numbers})(?:-(?:under|over)(?:[-\s]par)?|\s(?:under|over)[-\s]par)"
                                     rf"(?:\s+(?:[6-8]\d|1[2-9]\d|2\d\d)\b(?![.,]\d|\s?%|-))?(?![-\w])", i)),
            # "the over 65s", "free travel for over 60s", "the under 18s": a group of people named by its age threshold
            ("age group", compile_cached(rf"{alternation(cues['age_group_bounds'])}\s(?:1[1-9]|[2-9]\d)s\b", i)),
            # "highs in the upper 70s", "the low 20s", "into the 60s": a band of temperatures (or years, ages), no figure
            ("decade", compile_cached(rf"{alternation(cues['decade_bands'])}[\s-]+[1-9]0s\b", i)),
            # a player's shooting, made and tried: "shot 12-for-17", "5-of-9 from 3-point range", "went 10-18 from the floor"
            ("tally", compile_cached(r"(?<![\d.,/:–-])\b\d{1,3}-(?:for|of)-\d{1,3}\b(?![.,]\d|-)", i)),
            ("tally", compile_cached(rf"(?<![\d.,/:–-])\b\d{{1,3}}\s?[-–]\s?\d{{1,3}}\s+{alternation(cues['shooting_after'])}", i)),
            # a team's win-loss record: in brackets after a name ("the Wolverines (6-2)", "Minnesota's (16-10, 5-8)"; the
            # name is checked in `find`), or before a season ("is now 7-0 on the season")
            ("record", compile_cached(r"(?<=[\w’'])\s\((\d{1,3})\s?[-–]\s?(\d{1,3})(,\s\d{1,3}\s?[-–]\s?\d{1,3})?\)")),
            ("record", compile_cached(rf"(?<![\d.,/:–-])\b\d{{1,3}}\s?[-–]\s?\d{{1,3}}\s+{alternation(cues['record_after'])}", i)),
            # a ranked list's heading, its rank before a name and a colon or dash: "10 Tomas Varga: £5.34m per goal"
            ("list marker", compile_cached(r"(?m)^[ \t]*\d{1,3}(?=[ \t]+[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){0,3}"
                                           r"[ \t]*(?::|[–—-][ \t]))")),
            # "Jane Smith, 52,": a person's age; "aged 18 to 34" and "a 2,900-year-old site" are read by the grammar
            ("age", compile_cached(r"(?<=[A-Z][a-z])\s?,\s\d{1,3}(?=[,.;)](?:\s|$)|$)", i)),
            ("name", compile_cached("|".join(lex["name_patterns"]["patterns"]))),
            # a 24-hour clock in four digits, as police, military and wire copy write it: with a time zone ("0800 GMT",
            # "1830 WAT"), or with "hrs"/"hours" after a leading zero ("0645 hrs") or a clock cue ("at about 1410 hrs",
            # "from 2100 hours"); never "1200 hours of community service", a duration
            ("time", compile_cached(rf"\b{_HHMM}\s?(?:{zones})\b|\b0\d[0-5]\d\s?{_HOURS}"
                                    rf"|(?:{clock_cues}){_HHMM}\s?{_HOURS}", i)),
            # a result line between two names: "Arsenal 2-1 Burnley", "Lyon 1-0 St Etienne", "Italy 20 - 61 Wales" (the
            # name before is checked in `find`)
            ("result line", compile_cached(r"(?<![\d.,/:–-])\b\d{1,3}\s?[-–]\s?\d{1,3}(?=\s+[A-Z][a-z])")),
            # a company's stock code in brackets after its name, an exchange's code and a colon before the number or a
            # market's suffix after it: "Takeda (TYO: 4502)", "Tencent (HKE:700)", "Kawasaki Kisen (T:9107)", "(KRX:005930)",
            # "(7203.T)", "(0700.HK)"
            ("ticker", compile_cached(r"\(\s*(?:[A-Z]{1,8}\s?:\s?\d{1,6}(?:\.[A-Z]{1,3})?|\d{3,6}\.[A-Z]{1,3})\s*\)")),
            # a player's mark out of ten in a ratings piece ("Made a fine save. 6/10", "Trio get 8/10s", "7.5/10", "10/10"): a
            # reporter's opinion, as a score is a result, not a fraction or a count of ten (but "1/10 of what it was" is one)
            ("score", compile_cached(r"(?<![\w/.,])\b(?:10|\d(?:\.5)?)/10s?\b(?![/.,]\d|\s+of\b)")),
            # "the 30-share BSE Sensex", "the wider 50-scrip Nifty", "the 500-stock index", "the 30-share pack Sensex": the
            # members that define a market index, no count (but "a 100-share block of Acme" counts shares)
            ("index size", compile_cached(rf"(?<![\d.,])\b\d{{1,4}}-(?i:{alternation(cues['index_size_nouns'])})\b"
                                          rf"(?=\s+(?:[A-Z]|(?:[a-z][\w-]*\s+)?(?i:{alternation(lex['index_words'])})\b))")),
            # a day and month in brackets after a weekday, as Indonesian copy dates a meeting: "on Thursday (21/12)",
            # "Wednesday (3/6/2020)"
            ("date", compile_cached(r"(?<=day\s\()\d{1,2}/\d{1,2}(?:/\d{2,4})?(?=\))", re.IGNORECASE)),
            # the opening hour of a span of clock time whose closing hour alone carries the clock's mark: "between 2 and 9
            # p.m.", "running 2–10 p.m.", "from 7 to 9pm" (the closing hour is a time by the pattern above)
            ("time", compile_cached(r"(?<![\d.,:$€£])\b(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:-|–|—|\bto\b|\band\b|\buntil\b|\btill\b)\s*"
                                    r"(?:[1-9]|1[0-2])(?:[:.][0-5]\d)?\s*(?:[ap]\.m\.|[ap]\.?\s?m\b)", i)),
            # an ordinal of a scale word, a visitor's or a customer's place in a count, no count of its own: "its 6 millionth
            # visitor", "the six millionth visitor", "the two-thousandth customer"
            ("ordinal", compile_cached(r"\b(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)[\s-]+(?:hundredth|thousandth|millionth|billionth)\b", i)),
            # a week of the year, as surveillance reports number them: "in week 44 of 2021", "the rate for week 7 was"
            ("label", compile_cached(rf"{alternation(cues['week_label_before'])}\s+week\s+(?:[1-9]|[1-4]\d|5[0-3])\b(?![.,]\d|\s?%)", i)),
            # "people in their 60s", "a man in his late 40s": a decade of people's ages, no claim
            ("age decade", compile_cached(rf"{decade_owners}\s+(?:{decade_modifiers}[\s-]+)?\d0s\b", i)),
            # a capitalised number word after a capitalised label is a name like "District 5": "District Five",
            # "Phase Two", "Terminal Three", "Ward One", and the names a list of them shares, "League One and Two";
            # never "Five districts"
            ("label", compile_cached(rf"\b(?:{alternation(_capitalised(lex['label_words']) + lex['label_words_capitalized'], boundary=False)})"
                                     rf"\s+{label_numbers}(?:(?:\s*,\s*|\s+(?:and|or|&)\s+){label_numbers})*\b")),
        ]

    @cached_property
    def starts(self) -> list[Starts | None]:
        r"""Where each of `patterns` can start (in the same order); None: anywhere (the pattern's own scan).

        Only patterns that begin with words are listed: `re` has no fast scan for a pattern that
        begins with `\b` and case-insensitive words, so it tries them at every character. Patterns that
        begin with a digit or a capital letter are left to their own scan (trying them at each digit
        from Python costs as much).
        """
        lex = self.lex
        labels, capitalized, rank = (alternation(lex[k]) for k in ("label_words", "label_words_capitalized", "rank_words"))
        cues = lex["exclusion_cues"]
        # (what the pattern begins with, where it can start): a pattern that no longer begins so is scanned
        where = {
            1: (r"\b(?:jan(?:uary)?|feb", MONTH_STARTS),
            3: (r"\b(?:jan(?:uary)?|feb", MONTH_STARTS),
            6: (rf"'\d0s\b|{alternation(cues['decade_modifiers'])}-", merge_starts(starts_of(cues["decade_modifiers"]), Starts(chars="'"))),
            11: (alternation(lex["phone_cues"]), starts_of(lex["phone_cues"])),
            14: (r"\b(?:suite|ste\.|p\.?o\.?\s*box|apt\.?|apartment|floor|room)\s",
                 Starts(prefixes=("suite", "ste", "p", "apt", "apartment", "floor", "room"))),
            16: (labels, starts_of(lex["label_words"])),
            17: (capitalized, starts_of(lex["label_words_capitalized"])),
            18: (rank, starts_of(lex["rank_words"])),
            19: (r"\b(?:vol(?:ume)?\.?|issue|no\.|pp?\.|pages?)\s", Starts(prefixes=("vol", "issue", "no", "p"))),
            23: (_idioms(cues["idioms"]), Starts(prefixes=tuple(sorted({m.group(0).lower() for w in cues["idioms"]
                                                                        if (m := re.match(r"[^\W\d]\w*", w))})), digits=True)),
            25: (r"\b(?:voted|(?:vote|tally)\s", Starts(prefixes=("vote", "tally"), digits=True)),
            26: (alternation(lex["score_cues"]) + r"\s+(?:\w[\w-]*,?\s+){0,4}\d{1,3}\s?[-–]\s?\d{1,3}",
                 merge_starts(starts_of(lex["score_cues"]), Starts(digits=True))),
            # a golfer's score against par: "6-under 66", "five-under par 67"
            28: (r"\b(?:\d{1,2}|", merge_starts(Starts(digits=True), starts_of(cues["label_numbers"]))),
            # "the over 65s"
            29: (alternation(cues["age_group_bounds"]) + r"\s", starts_of(cues["age_group_bounds"])),
            # "the upper 70s"
            30: (alternation(cues["decade_bands"]) + r"[\s-]", starts_of(cues["decade_bands"])),
            # the one three before the last: "in week 44 of 2021"
            len(self.patterns) - 3: (alternation(cues["week_label_before"]), starts_of(cues["week_label_before"])),
            # the one before the last: "in their 60s"
            len(self.patterns) - 2: (alternation(cues["decade_owners"]) + r"\s", starts_of(cues["decade_owners"])),
            # the last: "District Five", "Phase Two"
            len(self.patterns) - 1: (r"\b(?:", starts_of(_capitalised(lex["label_words"]) + lex["label_words_capitalized"])),
        }
        found = []
        for n, (_reason, pattern) in enumerate(self.patterns):
            begins, starts = where.get(n, (None, None))
            found.append(starts if begins is not None and pattern.pattern.startswith(begins) else _digit_starts(pattern))
        return found

    def find(self, text: str) -> list[Excluded]:
        """All not-a-quantity spans in `text`, possibly overlapping.

        The patterns that begin with words are tried only at the words they can begin with (`starts`):
        the same matches as `finditer` (tests/test_exclusion_starts.py), at a fifth of the time.
        text (str): the text to scan.
        RETURNS (list[Excluded]): spans with the reason each is excluded.
        """
        found = []
        words = words_of(text)
        for (reason, pattern), where in zip(self.patterns, self.starts):
            for m in (pattern.finditer(text) if where is None else words.matches(pattern, where)):
                if reason == "phone" and not _looks_like_phone(m.group(0)):
                    continue
                if reason in ("code", "name") and (self._is_money(m.group(0).rstrip(".") + _decimals_after(text, m.end())) or (
                        m.start() > 0 and text[m.start() - 1] in "$€£¥₹") or self._is_money_before_scale(text, m)
                        or _US_CENTS.match(text, m.start())):
                    continue  # "RM79", "USD10m", "R2.3", "PS2.7m", "$US55", "R16 billion", "US63¢" are money, not model names
                if reason == "code" and re.match(r"(?i)(?:minus|sub|plus|magnitude)-", m.group(0)):
                    continue  # "minus-130 degrees", "sub-7 nanometre", "a magnitude-6.5 quake": a sign, a bound or a unit, not a code
                if reason == "code" and re.fullmatch(r"(?i)in-\d[\d,]*", m.group(0)) and _ODDS_BEFORE.search(text, max(0, m.start() - 6), m.start()):
                    continue  # "a one-in-1,000 risk": odds, not a code (not "a one-in-100-year flood", a return period)
                if reason == "record" and m.group(0).startswith((" ", "\u00a0", "\t")) and not _after_team_name(text, m):
                    continue  # "children (5-11)": an age band, no team's record
                if reason == "rank" and m.group(0).startswith("no") and not m.group(0).startswith("no."):
                    continue  # "world No 1", "No 10 Downing Street" are labels; "no 16-year-old may vote" is a determiner
                if reason == "result line" and not _after_capitalised_word(text, m.start()):
                    continue  # "rose 2-3 Celsius": no name before, no result
                if reason == "age" and _in_results_list(text, m.start(), m.end()):
                    continue  # "include Accord, 250; Unity Party, 41; ...": a party's votes, not a person's age
                found.append(Excluded(m.start(), m.end(), "score" if reason == "result line" else reason))
        return found + self._named_numbers(text, found) + self._cricket_tallies(text) + self._match_scores(text)

    @staticmethod
    def _named_numbers(text: str, found: list[Excluded]) -> list[Excluded]:
        """"Six Flags Entertainment announces ...", "Six Flags will also launch ...": a capitalised number word and the
        capitalised word after it that the text writes as a name inside a sentence ("trips to Six Flags England", the
        name pattern of the lexicon's `name_patterns`) are that name wherever else it stands, a sentence's or a
        headline's start too."""
        names = {text[e.start:e.end] + " " + m.group(1) for e in found if e.reason == "name" and e.start < len(text)
                 and text[e.start:e.start + 1].isupper() and text[e.start:e.end].isalpha()
                 and (m := re.match(r" ([A-Z][a-z]+)", text[e.end:e.end + 30]))}
        out = []
        for name in names:
            word = name.split(" ", 1)[0]
            for m in re.finditer(rf"\b{re.escape(name)}\b", text):
                out.append(Excluded(m.start(), m.start() + len(word), "name"))
        return out

    def _cricket_tallies(self, text: str) -> list[Excluded]:
        """"all out for 145 after 98-5", "finished with 5/72", "13/144 in the match": in a text about cricket (a word
        of the lexicon's `cricket_tallies` context), two numbers joined by a slash or a dash, one of them at most 20,
        are a score line (runs and wickets) or a bowling analysis (wickets and runs), a tally like a match score."""
        if not self._cricket_context.search(text):
            return []
        slashed = [Excluded(m.start(), m.end(), "score") for m in _CRICKET_TALLY.finditer(text)
                   if min(int(m.group(1)), int(m.group(2))) <= 20]
        # ... and written with "for": "reached 454 for four at tea", "were 18 for one", "103 for no wicket", "figures of
        # seven for 48", "6 for 42": runs for wickets or wickets for runs, one side at most ten
        return slashed + [Excluded(m.start(), m.end(), "score") for m in _CRICKET_FOR_TALLY.finditer(text)
                          if min(_tally_number(m.group(1)), _tally_number(m.group(2))) <= 10]

    @cached_property
    def _cricket_context(self) -> re.Pattern:
        return compile_cached(alternation(self.lex["cricket_tallies"]["context"]), re.IGNORECASE)

    def _match_scores(self, text: str) -> list[Excluded]:
        """"the Hawks were upset 95-90 at home", "beat the visiting Harlow Hawks 127-119 and snapped", "went down
        6-3,5-7,6-7(7)", "a 136-135 overtime victory": in a text about a match (a word of the lexicon's
        `match_scores` context), two numbers joined by a dash with a mark, a bracket, a capitalised word or a word of
        `followers` right after them are a score or a win-loss record, no quantity; "2-3 inches", "10-15 goals" (a
        unit or a noun after) and "aged 18-24" (after a word of `not_before`) stay ranges."""
        if not self._match_context.search(text):
            return []
        found = []
        for m in _MATCH_SCORE.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start())
            if before is not None and before.group(1).lower() in self.lex["match_scores"]["not_before"]:
                continue
            if self._score_follower.match(text, m.end()):
                found.append(Excluded(m.start(), m.end(), "score"))
        return found

    @cached_property
    def _match_context(self) -> re.Pattern:
        return compile_cached(alternation(self.lex["match_scores"]["context"]), re.IGNORECASE)

    @cached_property
    def _score_follower(self) -> re.Pattern:
        """What may come right after a score in a match text: a mark, a bracket, the end, a capitalised word or a
        word of `match_scores.followers`."""
        followers = alternation(self.lex["match_scores"]["followers"])
        return compile_cached(rf"\s*(?:$|[.,;:!?)(\u2014\u2013]|\s[A-Z])|\s+(?i:{followers})\b")


    @cached_property
    def _money(self) -> re.Pattern:
        symbols = self.lex["currency_symbols"]
        shaped = set(self.lex["currency_symbols_need_money_shape"]["symbols"])
        letters = [s for s in symbols if s[:1].isalpha() and s not in shaped]
        # "K26.50", "K180bn" are kwacha but "K900" a model: `decimal_or_scale` symbols need more than three digits
        scaled_only = self.lex["currency_symbols_need_money_shape"]["decimal_or_scale"]
        shaped -= set(scaled_only)
        # "R2.3", "PS2.7m", "N600,000": a decimal, a thousands separator or a scale letter makes it money
        # ("R4,6955": a comma before four digits or more is a decimal comma, as South African copy writes a rate)
        # ("R1 177 000", "R3 307.43": thousands grouped by spaces, as South African copy writes them)
        scaled_shape = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?[A-Za-z]{0,3}|\d{1,3},\d{4,}|\d+\.\d+[A-Za-z]{0,3}|\d+(?:bn|m|k|b|mn|tn)" \
            r"|[1-9]\d{0,2}(?:[ \u2009\u202f\u00a0]\d{3})+(?:\.\d{1,2})?"
        money_shape = scaled_shape + r"|\d{3,}"
        return compile_cached(rf"(?:{alternation(letters, boundary=False)})\s?[\d.,]+(?:bn|mn|m|k|b|tn|trn|cr)?|"
                          rf"(?:{alternation(shaped, boundary=False)})\s?(?:{money_shape})|"
                          rf"(?:{alternation(scaled_only, boundary=False)})\s?(?:{scaled_shape})")

    def _is_money(self, s: str) -> bool:
        return bool(self._money.fullmatch(s))

    def _is_money_before_scale(self, text: str, m: re.Match) -> bool:
        """Whether a currency's letters start money written in thousands ("R1,500") or before a scale word ("Sh16
        billion", "R5 million"): money, however short the number."""
        return bool(self._money_before_scale.match(text, m.start()))

    @cached_property
    def _money_before_scale(self) -> re.Pattern:
        """A currency's letters and a number in thousands ("R1,500"), or any number (with a decimal comma too, "R1,5")
        and a scale word ("R16 billion", "R1,500 million", South African copy's "R401-million")."""
        letters = [s for s in self.lex["currency_symbols"] if s[:1].isalpha()]
        words = [w for w in self.lex["scales"] if w != "_doc" and len(w) >= 2 and w != "hundred"]
        return compile_cached(rf"(?:{alternation(letters, boundary=False)})(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?(?![\d,])"
                              rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:[.,]\d{{1,2}})?[\s-]?(?i:{alternation(words, boundary=False)})\b)")


class _Words:
    r"""The words (`\w+` runs) of a text, indexed for `Exclusions.find`: where each distinct word (lower-cased)
    starts, and the distinct words sorted, so that the words beginning with some letters (or with a digit) are
    one run of that list, found by bisection when a pattern asks (cheaper than filing every word under its
    first one, two and three letters, most of which no pattern asks for)."""

    def __init__(self, text: str):
        self.text = text
        self.whole: dict[str, list[int]] = {}
        self.other: list[int] = []  # words with a character outside ASCII
        whole = self.whole
        if text.isascii():  # (most texts) lower-cased at once: ASCII letters keep their places
            for m in _WORD.finditer(text.lower()):
                whole.setdefault(m.group(0), []).append(m.start())
        else:
            for m in _WORD.finditer(text):
                word = m.group(0)
                if word.isascii():
                    whole.setdefault(word.lower(), []).append(m.start())
                else:
                    self.other.append(m.start())
        self.sorted = sorted(whole)

    def _beginning(self, letters: str) -> list[int]:
        """The starts of the words that begin with `letters`."""
        words, whole, found = self.sorted, self.whole, []
        for n in range(bisect_left(words, letters), len(words)):
            if not words[n].startswith(letters):
                break
            found += whole[words[n]]
        return found

    def candidates(self, where: Starts) -> list[int]:
        """Every place a match may start: a superset of the starts of the pattern's matches, in order."""
        found = list(self.other)
        for word in where.words:
            found += self.whole.get(word, ())
        for prefix in where.prefixes:
            found += self._beginning(prefix[:3])  # words that begin with the first three letters: a superset
        if where.digits:
            words = self.sorted  # the words that begin with an ASCII digit sort together, before every letter and "_"
            for n in range(bisect_left(words, "0"), bisect_left(words, ":")):
                found += self.whole[words[n]]
        for char in where.chars:
            at = self.text.find(char)
            while at >= 0:
                found.append(at)
                at = self.text.find(char, at + 1)
        return sorted(set(found))

    def matches(self, pattern: re.Pattern, where: Starts):
        """`pattern.finditer(text)`, trying the pattern only at `candidates(where)`. `Pattern.match` at a
        position sees the text around it (word boundaries, look-behinds) as the scan does, and the next try
        starts where a match ended, as `finditer` does (no exclusion pattern matches empty text)."""
        after = 0
        for start in self.candidates(where):
            if start >= after and (m := pattern.match(self.text, start)):
                yield m
                after = m.end()


_WORD = re.compile(r"\w+")
_last_words: list[_Words | None] = [None]


def _decimals_after(text: str, end: int) -> str:
    """The decimals right after a match that stopped at the point ("R87" of "R87.89", "Sh12" of "Sh12.50"): a
    currency's letters before a decimal number are money however short its whole part. So are the groups of
    thousands a space sets off after one to three digits, as South African copy writes them ("R1" of "R1 177 000",
    "R3" of "R3 307.43")."""
    m = _DECIMALS.match(text, end) or _SPACED_THOUSANDS.match(text, end)
    return m.group(0) if m else ""


def _idioms(idioms: list[str]) -> str:
    """The pattern of numbers that are no figure: the lexicon's idioms ("24/7", "catch-22"), whole, or three numbers
    joined by hyphens."""
    return rf"\b(?:{alternation(idioms, boundary=False)}|\d+-\d+-\d+)\b"


def _spaced(phrase: str) -> str:
    r"""`phrase` as a fixed-width regex (for a lookbehind): escaped, one `\s` for each space ("at about" -> `at\sabout`)."""
    return re.escape(phrase).replace(r"\ ", r"\s")


def _capitalised(words: list[str]) -> list[str]:
    """Label words as a name writes them: "district" -> "District" (not "#", "p.")."""
    return [w[:1].upper() + w[1:] for w in words if w[:1].isalpha()]


# a set of tennis, as a score line writes it: "6-4", "5-7", "7-6 (7/5)", "6-7(2)" (a tie-break's points only after 7-6)
_TIEBREAK_SET = r"(?:7\s?[-–]\s?6|6\s?[-–]\s?7)\s?\(\d{1,2}(?:\s?[-/]\s?\d{1,2})?\)"
_SET = rf"(?:{_TIEBREAK_SET}|[0-4]\s?[-–]\s?6|6\s?[-–]\s?[0-4]|7\s?[-–]\s?[56]|[56]\s?[-–]\s?7)"
_CRICKET_TALLY = re.compile(r"(?<![\d.,/:–-])\b(\d{1,3})\s?[/–-]\s?(\d{1,3})\b(?![.,]\d|[/:–-]\d|\s?%|\s?per)")
# a score or a record in a match text: "95-90", "6-7(7)", "7-6 (7/5)", "6-3,5-7"; no decimal, thousands, percent or "per"
# after
_ONE_SCORE = r"\d{1,3}\s?[-\u2013]\s?\d{1,3}\b(?:\s?\(\d{1,2}(?:\s?[-/]\s?\d{1,2})?\))?"
_MATCH_SCORE = re.compile(rf"(?<![\d.,/:\u2013-])\b{_ONE_SCORE}(?:,\s?{_ONE_SCORE})*(?!\.\d|,\d{{3}}\b|[/:\u2013-]\d|\s?%|\s?per\b)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")  # the word right before a figure
_ODDS_BEFORE = re.compile(r"\b(?:one|1)-$", re.I)  # "one-" before "in-1,000"
_TALLY_WORDS = "no one two three four five six seven eight nine ten".split()
_CRICKET_FOR_TALLY = re.compile(rf"(?<![\d.,/:–-])\b(\d{{1,3}}|{'|'.join(_TALLY_WORDS[1:])})\s+for\s+(\d{{1,3}}|{'|'.join(_TALLY_WORDS)})"
                                rf"(?:\s+(?:wickets?|wkts?|loss))?\b(?![.,]\d|\s?%|\s+(?:per|the|a|an|his|her|their)\b)", re.I)


def _tally_number(written: str) -> int:
    """A side of a cricket tally as a number: "454", "four", "no" (no wicket)."""
    return int(written) if written.isdigit() else _TALLY_WORDS.index(written.lower())


# an item of a list written "Name, N" and joined by semicolons: "Accord, 250; APX, 1,149; and ZPC, 640"
_RESULT_ITEM = re.compile(r"(?:^|(?<=[;:]\s)|(?<=[;:])|(?<=\band\s))[A-Za-z][\w.&'’-]*(?:\s+[A-Za-z][\w.&'’-]*){0,3}\s?,\s?"
                          r"(\d{1,3}(?:,\d{3})+|\d+)(?=\s*(?:;|,?\s+and\b|\.(?:\s|$)|$))")
_SENTENCE_END = re.compile(r"[.!?](?=\s+[A-Z\"“])|\n")
_OLDEST_AGE = 120


def _in_results_list(text: str, start: int, end: int) -> bool:
    """Whether the "Name, N" at `start`..`end` that looks like a person's age ("Jane Smith, 52,") is an item of a list
    of results joined by semicolons ("include Accord, 250; Unity Party, 41; and ZPC, 1,149"): a number over any age,
    or an item of a semicolon list in which one number is over any age (votes, seats, scores), is no age."""
    number = text[start:end].lstrip(" ,")
    if int(number) > _OLDEST_AGE:
        return True
    if ";" not in text[end:end + 2] and ";" not in text[max(0, start - 40):start]:
        return False
    begin = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 600), start)), default=max(0, start - 600))
    stop = m.start() if (m := _SENTENCE_END.search(text, end)) else len(text)
    sentence = text[begin:stop]
    values = [int(v.group(1).replace(",", "")) for v in _RESULT_ITEM.finditer(sentence)]
    return sentence.count(";") >= 2 and any(v > _OLDEST_AGE for v in values)


_DECIMALS = re.compile(r"\.\d+(?!\w|\.\d)|,(?:\d{4,}|\d{2})(?!\w|,\d)")  # "R87.89"; "R4,6955", "R18,93", "R99,20, up": a decimal comma
_SPACED_THOUSANDS = re.compile(r"(?:[ \u2009\u202f\u00a0]\d{3})+(?:\.\d{1,2})?(?![\d,]|\.\d)")  # " 177 000" of "R1 177 000"


def words_of(text: str) -> _Words:
    """The word index of `text`, built once for the exclusions and the grammar's finders (the last text's
    is kept)."""
    words = _last_words[0]
    if words is None or words.text is not text:
        words = _last_words[0] = _Words(text)
    return words


def _after_team_name(text: str, m: re.Match) -> bool:
    """Whether the bracketed pair `m` ("(6-2)") follows a name, as a team's record does: a capitalised word that does not
    open its sentence ("the Wolverines (6-2)"), or one that does when the pair can be no range (its first number not
    below the second, "Arizona (8-0) rallied") or holds a second record ("IU (18-8, 8-5)"); never "Children (5-11)"."""
    before = text[max(0, m.start() - 40):m.start()]
    word = re.search(r"([\w’'.&-]+)$", before)
    if word is None or not word.group(1)[:1].isupper():
        return False
    opens = re.search(r"(?:^|[.!?:]\s+|\n\s*)$", before[:word.start()]) is not None
    return not opens or int(m.group(1)) >= int(m.group(2)) or m.group(3) is not None


def _digit_starts(pattern: re.Pattern) -> Starts | None:
    r"""`Starts(digits=True)` when every match of `pattern` begins with a digit at a word boundary ("\b\d",
    "\b(?!...)\d+", "\b(?:1[5-9]\d\d|20\d\d)"), or with one of a few characters an optional part opens with
    ("(?:\+\d{1,3})?(?:\(\d{2,5}\))?\b\d": "+" and "(" too); else None. Read from the pattern's parse, so a
    pattern written otherwise is scanned (re's parser is not a public interface: any surprise means None)."""
    try:
        from re import _constants as c, _parser

        items = list(_parser.parse(pattern.pattern, pattern.flags))
        chars = ""
        while items and (items[0][0] in (c.ASSERT_NOT, c.ASSERT) or (
                items[0][0] is c.MAX_REPEAT and items[0][1][0] == 0 and _first_literal(items[0][1][2]))):
            if items[0][0] is c.MAX_REPEAT:  # an optional part: it begins with one character
                chars += _first_literal(items[0][1][2])
            items = items[1:]
        if _bounded_digit(items, c):
            return Starts(digits=True, chars=chars)
    except Exception:  # noqa: BLE001
        pass
    return None


def _first_literal(sub) -> str:
    """The character a (sub)pattern begins with when it is a plain literal ("+", "(", "'"), else ""."""
    from re import _constants as c

    items = list(sub)
    while items and items[0][0] is c.SUBPATTERN:
        items = list(items[0][1][3])
    if items and items[0][0] is c.LITERAL and not chr(items[0][1]).isalnum():
        return chr(items[0][1])
    return ""


def _bounded_digit(items: list, c) -> bool:
    """Do these items begin with a word boundary and then a digit, on every alternative? A look-behind that ends in
    a space ("(?<=\\bat\\s)", or a choice of such) bounds the digit after it as a word boundary does."""
    if items and (items[0] == (c.AT, c.AT_BOUNDARY) or _behind_a_space(items[0], c)):
        return _digit_first(items[1:], c)
    if items and items[0][0] is c.BRANCH:
        return len(items) == 1 and all(_bounded_digit(list(a), c) for a in items[0][1][1])
    return False


def _behind_a_space(item, c) -> bool:
    """Is `item` a look-behind whose last character is a space, or a choice of such look-behinds?"""
    op, av = item
    if op is c.BRANCH:
        return all(len(a) == 1 and _behind_a_space(a[0], c) for a in av[1])
    if op is not c.ASSERT or av[0] != -1 or not av[1]:
        return False
    return list(av[1])[-1] == (c.IN, [(c.CATEGORY, c.CATEGORY_SPACE)])


def _digit_first(items: list, c) -> bool:
    """Does every match of these items begin with a digit (look-aheads skipped)?"""
    while items and items[0][0] in (c.ASSERT_NOT, c.ASSERT) and items[0][1][0] == 1:  # look-aheads
        items = items[1:]
    if not items:
        return False
    op, av = items[0]
    if op is c.LITERAL:
        return chr(av) in "0123456789"
    if op is c.IN:
        return av == [(c.CATEGORY, c.CATEGORY_DIGIT)] or all(
            o is c.LITERAL and chr(v) in "0123456789" or o is c.RANGE and "0" <= chr(v[0]) <= chr(v[1]) <= "9"
            for o, v in av)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT):
        return av[0] >= 1 and _digit_first(list(av[2]), c)
    if op is c.SUBPATTERN:
        return _digit_first(list(av[3]), c)
    if op is c.BRANCH:
        return all(_digit_first(list(a), c) for a in av[1])
    return False


def _after_capitalised_word(text: str, start: int) -> bool:
    """Whether a capitalised word (a team's or a country's name) stands right before `start`: "Arsenal 2-1 Burnley"."""
    return bool(re.search(r"\b[A-Z][\w.'&-]*[ \t]+$", text[max(0, start - 40):start]))


def _looks_like_phone(s: str) -> bool:
    """Phone numbers have at least seven digits in groups; '3.5 4.0' or '2 1/2' do not qualify."""
    if re.fullmatch(r"[1-9]\d{0,2}(?:[ \u2009\u202f\u00a0]\d{3})+(?:\.\d{1,2})?", s):
        return False  # "150 608", "1 234 567", "63 515.86": thousands grouped by spaces, perhaps with cents
    digits = sum(c.isdigit() for c in s)
    if digits < 7 and not re.search(r"^\D*\d{3,}\D*$", s):
        return False
    groups = re.findall(r"\d+", s)
    if digits < 7:
        return len(groups) == 1  # the cue pattern: "call 311"
    return len(groups) >= 2 and not re.fullmatch(r"\d+\.\d+", s)
