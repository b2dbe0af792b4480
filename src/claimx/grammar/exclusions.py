"""Spans of text whose digits are not quantities: dates, times, phone numbers, addresses, labels.

A fact-checker never wants "7:30 p.m.", "Route 66", "(212) 555-0199" or "Section 4.2" as claims,
and most of them look like numbers to a naive parser. These patterns mark them before the
quantity grammar runs; any number inside a marked span is skipped.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from claimx.lexicon import Lexicon, alternation

# "20 Dec" is a date, "20 decently sized" is not: a month name ends on a full stop or a word boundary
MONTH_NAMES = r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?:\.|\b)"
DAY_ORD = r"\d{1,2}(?:st|nd|rd|th)?"
DAY_RANGE = rf"{DAY_ORD}(?:\s*(?:-|–|to|and|&)\s*{DAY_ORD}\b)?"


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
        # a four-digit number followed by a unit or counted noun is a quantity, not a year
        measured = rf"\s*(?:%|per\s?cent|{alternation(lex['year_lookalike_followers'])})"
        i = re.IGNORECASE
        return [
            ("date", re.compile(r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")),
            ("date", re.compile(rf"\b{MONTH_NAMES}\s*{DAY_RANGE}\b(?:,?\s+\d{{4}}\b)?", i)),
            ("date", re.compile(rf"\b{DAY_ORD}\s+(?:of\s+)?{MONTH_NAMES}(?:,?\s+\d{{4}}\b)?", i)),
            ("date", re.compile(rf"\b{MONTH_NAMES}\s+\d{{4}}\b", i)),
            ("date", re.compile(rf"\b{DAY_ORD}\s*(?:and|to|-|–|&)\s*{DAY_ORD}\s+(?:of\s+)?{MONTH_NAMES}", i)),
            ("year", re.compile(rf"(?<![\d,.$€£¥])'?\b(?:1[5-9]\d\d|20\d\d|2100)(?:s|\s*[-–/]\s*(?:(?:1[5-9]|20)\d\d|\d\d))?\b(?![,.]\d|{measured})", i)),
            ("year", re.compile(r"'\d0s\b|\b(?:mid|early|late)-\d{2,4}s\b", i)),
            ("time", re.compile(r"\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.?\s?m\b\.?|hrs\b|GMT|UTC|BST|CET|[ECMP][SD]?T\b))?", i)),
            ("time", re.compile(r"\b\d{1,2}\.\d{2}\s*[ap]\.?\s?m\b\.?", i)),
            ("time", re.compile(r"\b\d{1,2}\s*(?:[ap]\.m\.|[ap]m\b|o'clock\b|o’clock\b)", i)),
            ("phone", re.compile(r"(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,5}\)\s?)?\b\d{2,5}(?:[\s.-]\d{2,5}){1,4}\b")),
            ("phone", re.compile(rf"{phone_cues}\s+(?:us\s+|them\s+|on\s+|at\s+)?\d{{3,}}\b", i)),
            ("phone", re.compile(rf"\b\d{{3}}\s+(?:[\w-]+\s+)?{service_nouns}", i)),
            ("address", re.compile(rf"\b\d{{1,5}}[A-Za-z]?(?:-\d{{1,5}})?\s+(?:[A-Z][\w'’.-]*\s+){{1,4}}(?i:{streets})", 0)),
            ("address", re.compile(r"\b(?:suite|ste\.|p\.?o\.?\s*box|apt\.?|apartment|floor|room)\s*#?\d+\w*", i)),
            ("address", re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b|\b[A-Z]{1,2}\d[A-Z\d]?\s+\d[A-Z]{2}\b")),
            ("label", re.compile(rf"{labels}\s*#?\s*\d+[A-Za-z]?(?:[.-]\d+)*\b", i)),
            ("label", re.compile(rf"{capitalized_labels}\s*#?\s*\d+[A-Za-z]?(?:[.-]\d+)*\b")),
            ("rank", re.compile(rf"{rank}\s*[-.]?\s*\d+\b", i)),
            ("citation", re.compile(r"\b(?:vol(?:ume)?\.?|issue|no\.|pp?\.|pages?)\s*\d+(?:\s*(?:,|:|and|to|-|–)\s*(?:(?:issue|no\.|pp?\.|pages?)\s*)?\d+)*", i)),
            ("ordinal", re.compile(r"\b\d+(?:st|nd|rd|th)\b", i)),
            ("code", re.compile(r"(?<![\w$€£¥₹])[A-Za-z]{1,12}(?:-|(?=\d))\d[\w.-]*")),
            ("code", re.compile(r"\b(?!\d+(?:\.\d+)?[eE][-+]?\d+\b)\d+[A-Za-z]+\d[\w-]*\b|\b\d[GDK]\b|\b\d+/\d+/\d+\b")),
            ("idiom", re.compile(r"\b(?:24/7|9/11|50/50|9-to-5|24-7|7-Eleven|catch-22|\d+-\d+-\d+)\b", i)),
            ("list marker", re.compile(r"(?m)^[ \t]*(?:\(?\d{1,3}[.)]|\d{1,3}\s*[-–]\s|#\d+)(?=\s)")),
            # a vote written with "to": "voted 5 to 2", "a vote tally of 21 to 11", "by 21 votes to 11"
            ("vote_tally", re.compile(r"\b(?:voted|(?:vote|tally)\s+(?:tally\s+)?(?:of|was|is|ended))\s+\d{1,3}\s+to\s+\d{1,3}\b"
                                      r"(?![.,]\d|\s?%|\s?per)"
                                      r"|\b\d{1,3}\s+votes?\s+to\s+\d{1,3}\b", i)),
            ("score", re.compile(rf"{score_cues}\s+(?:\w+\s+){{0,3}}\d{{1,3}}\s?[-–]\s?\d{{1,3}}\b(?![.,]\d|\s?%|\s?per)|\b\d{{1,3}}\s?[-–]\s?\d{{1,3}}\s+{score_cues}", i)),
            # "Jane Smith, 52,": a person's age; "aged 18 to 34" and "a 2,900-year-old site" are read by the grammar
            ("age", re.compile(r"(?<=[A-Z][a-z])\s?,\s\d{1,3}(?=[,.;)](?:\s|$)|$)", i)),
            ("name", re.compile("|".join(lex["name_patterns"]["patterns"]))),
        ]

    def find(self, text: str) -> list[Excluded]:
        """All not-a-quantity spans in `text`, possibly overlapping.

        text (str): the text to scan.
        RETURNS (list[Excluded]): spans with the reason each is excluded.
        """
        found = []
        for reason, pattern in self.patterns:
            for m in pattern.finditer(text):
                if reason == "phone" and not _looks_like_phone(m.group(0)):
                    continue
                if reason in ("code", "name") and (self._is_money(m.group(0).rstrip(".")) or (
                        m.start() > 0 and text[m.start() - 1] in "$€£¥₹")):
                    continue  # "RM79", "USD10m", "R2.3", "PS2.7m", "$US55" are money, not model names
                if reason == "code" and re.match(r"(?i)(?:minus|sub|plus)-", m.group(0)):
                    continue  # "minus-130 degrees", "sub-7 nanometre": a sign or a bound, not a code
                found.append(Excluded(m.start(), m.end(), reason))
        return found


    @cached_property
    def _money(self) -> re.Pattern:
        symbols = self.lex["currency_symbols"]
        shaped = set(self.lex["currency_symbols_need_money_shape"]["symbols"])
        letters = [s for s in symbols if s[:1].isalpha() and s not in shaped]
        # "R2.3", "PS2.7m", "N600,000": a decimal, a thousands separator or a scale letter makes it money
        money_shape = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?[A-Za-z]{0,3}|\d+\.\d+[A-Za-z]{0,3}|\d+(?:bn|m|k|b|mn|tn)|\d{3,}"
        return re.compile(rf"(?:{alternation(letters, boundary=False)})\s?[\d.,]+(?:bn|mn|m|k|b|tn|trn|cr)?|"
                          rf"(?:{alternation(shaped, boundary=False)})\s?(?:{money_shape})")

    def _is_money(self, s: str) -> bool:
        return bool(self._money.fullmatch(s))


def _looks_like_phone(s: str) -> bool:
    """Phone numbers have at least seven digits in groups; '3.5 4.0' or '2 1/2' do not qualify."""
    if re.fullmatch(r"[1-9]\d{0,2}(?:[ \u2009\u202f\u00a0]\d{3})+", s):
        return False  # "150 608", "1 234 567": thousands grouped by spaces
    digits = sum(c.isdigit() for c in s)
    if digits < 7 and not re.search(r"^\D*\d{3,}\D*$", s):
        return False
    groups = re.findall(r"\d+", s)
    if digits < 7:
        return len(groups) == 1  # the cue pattern: "call 311"
    return len(groups) >= 2 and not re.fullmatch(r"\d+\.\d+", s)
