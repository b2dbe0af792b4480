"""Helpers of the claim finder (components/claims.py and its parts): choosing among period mentions, reading
tokens and clauses, and the patterns of list lines and figures."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache

import numpy
from spacy.attrs import LOWER
from spacy.tokens import Doc, Span, Token

from claimx.doctext import doc_text
from claimx.marks import BULLETS
from claimx.frame import article as article_model
from claimx.frame import period as frame_period
from claimx.frame.entities import clean_name
from claimx.frame.subject import _phrase_token
from claimx.periods import (DAY_WORDS, MONTHS, PeriodMention, ended_months_before, find_periods,
                            last_fiscal_year_ended, not_over, shift_period)


DEFAULT_SPANS_KEY = "claims"

SUBJECT_LABELS = ("ORG", "PRODUCT", "PERSON", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART")


# period kinds of a statistics release's rolling year ("in the year ending March 2025"), whose figures share it
_ROLLING_KINDS = ("year_to",)


# What a deal struck by the organisation costs it (rules/frame.json price_verbs "buy:purchase price"): dated by the
# month the deal is announced.
_DEAL_PRICES = frozenset({"purchase price", "sale price"})


# period kinds that name a quarter or half without its year ("the second quarter", "the fiscal third quarter")
_YEARLESS = ("bare_quarter", "bare_half", "fiscal_bare_quarter")

_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?")


def _respective_period(sentence: str, n: int, figures: list[tuple[int, int]],
                       mentions: list[PeriodMention]) -> PeriodMention | None:
    """The period mention figure `n` pairs with in a sentence that says "respectively": a list of figures and a list of
    as many periods, each joined by commas and "and" ("grew 2.1% and 3.4% in 2019 and 2020, respectively"); None when
    there is no such word or the lists differ in length."""
    if "respectively" not in sentence.lower():
        return None

    def joined(a: int, b: int) -> bool:
        return a <= b and _LIST_GAP.fullmatch(sentence, a, b) is not None
    lo = hi = n
    while lo > 0 and joined(figures[lo - 1][1], figures[lo][0]):
        lo -= 1
    while hi + 1 < len(figures) and joined(figures[hi][1], figures[hi + 1][0]):
        hi += 1
    if hi == lo:
        return None
    dated = [m for m in mentions if m.period and not m.base and (m.start >= figures[hi][1] or m.end <= figures[lo][0])]
    runs: list[list[PeriodMention]] = []
    for m in dated:
        if runs and joined(runs[-1][-1].end, m.start):
            runs[-1].append(m)
        else:
            runs.append([m])
    fitting = [r for r in runs if len(r) == hi - lo + 1]
    return fitting[0][n - lo] if len(fitting) == 1 else None


def _in_other_clause(tok: Token, verb: Token) -> bool:
    """Whether `tok` hangs from `verb` only through a "with" phrase or a clause of its own (an adverbial, relative or
    participle clause), on its way up the parse; False when `verb` is not above it."""
    seen = tok
    for _ in range(12):
        if seen == verb:
            return False
        if seen.dep_ in ("advcl", "acl", "relcl", "pcomp") or seen.dep_ == "prep" and seen.lower_ == "with":
            return verb.is_ancestor(seen)
        if seen.head == seen:
            return False
        seen = seen.head
    return False


def _short_form_of(short: str, full: str) -> bool:
    """Whether the name `short` is `full` with some of its words written as their initials in capitals ("Air NV" of "Air
    Novaland Vale", "Bank of NZ" of "Bank of New Zealand"): the same words before and after, the initials between."""
    a, b = short.split(), full.split()
    if len(a) < 2 or len(b) <= len(a):
        return False
    for k, word in enumerate(a):
        if word.isupper() and len(word) >= 2 and word.isalpha():
            rest = len(a) - k - 1
            middle = b[k:len(b) - rest]
            return a[:k] == b[:k] and a[k + 1:] == b[len(b) - rest:] and len(middle) == len(word) \
                and "".join(w[0] for w in middle) == word
    return False


def _designation(tok: Token) -> bool:
    """Whether `tok` is a capitalised word the number right after it makes a class, a grade or a stage ("Type 2
    diabetes", "Stage 4 cancer", "a Category 4 storm"), not a name: no entity of the tagger's, and the number its
    own modifier."""
    if tok.ent_type_ or tok.i + 1 >= len(tok.doc):
        return False
    nxt = tok.doc[tok.i + 1]
    return nxt.like_num and nxt.head == tok and nxt.dep_ == "nummod"


def _ahead(choice: frame_period.PeriodChoice, published, past: bool = False,
           year_end: int | None = None, reported: str | None = None) -> frame_period.PeriodChoice:
    """A forecast's period when it was read as a yearless quarter or half already over at publication ("revenue
    for the second quarter would be below estimates", published in April; "analysts are expecting fiscal
    second-quarter earnings of $1.08" from a company whose year ends in May, published in September): the coming one,
    a year on. Told in the `past` ("analysts had been expecting fourth-quarter earnings of 54 cents", published in
    October), only one that ended at least half a year before: a forecast of the one just reported stays ("the
    third-quarter profit analysts had expected"). A fiscal quarter counts from the year end `year_end` (None: unknown);
    one of the fiscal year the story reports (`reported`, its period label) stays ("the EUR 2.47 billion analysts had
    expected" for the fourth quarter, in a story of FY2025's results)."""
    if choice.kind not in _YEARLESS or not choice.value or published is None \
            or not_over(choice.value, published, year_end):
        return choice
    year = re.search(r"FY(?:19|20)\d\d", choice.value)
    if year and reported and year.group(0) in reported:
        return choice
    ended = ended_months_before(choice.value, published, year_end)
    if past and (ended is None or ended < 6):
        return choice
    ahead = shift_period(choice.value, -1)
    return replace(choice, value=ahead) if ahead and not_over(ahead, published, year_end) else choice


def _latest(choice: frame_period.PeriodChoice, published, year_end: int | None = None) -> frame_period.PeriodChoice:
    """A fiscal period the text names without its year and an organisation whose year end it does not give ("its fiscal
    third-quarter profit", "for its latest fiscal year"): the one that ended last before publication, taken to have
    ended the month before it (two months before, early in a month: results come out some weeks after a period ends).
    A fiscal year is named by the calendar year it ends in (Q3 reported on 9 August 2021 ended in June or July, in a
    year ending that September or October: Q3 FY2021). Where the year end (`year_end`, a month) is known, only "the
    latest fiscal year" is read, as the last year to end before publication ("₹132.16 crore realised during the previous
    financial year", published in April 2021, with years ending in March: FY2021)."""
    value = choice.value or ""
    if published is None or not value.startswith("latest ") or choice.mention is None:
        return choice
    if year_end is not None:
        if value != "latest fiscal year":
            return choice
        return replace(choice, value=f"FY{last_fiscal_year_ended(published, year_end)}")
    ended = published.year * 12 + published.month - 1 - (1 if published.day >= 15 else 2)
    if value == "latest fiscal year":
        return replace(choice, value=f"FY{ended // 12}")
    quarter = re.fullmatch(r"latest Q([1-4])", value)
    if quarter is None:
        return choice
    n = int(quarter.group(1))
    return replace(choice, value=f"Q{n} FY{(ended + 3 * (4 - n)) // 12}")


# A week written relative to publication or by its first day ("last week", "the week of June 18-24"; periods.py).
_WEEK_KINDS = ("relative_week", "week_of")


def _calendar_year(choice: frame_period.PeriodChoice, published) -> frame_period.PeriodChoice:
    """A share price's or an index's period when its sentence's year was read as the company's fiscal year ("the stock
    has gained about 12% this year" in a results story of a year ending in January): the calendar year written, as
    markets count it."""
    m = choice.mention
    if m is None or m.kind not in ("year", "relative_year") or not (choice.value or "").startswith("FY"):
        return choice
    found = [x for x in find_periods(m.text, published) if x.period]
    return replace(choice, value=found[0].period) if len(found) == 1 and not found[0].period.startswith("FY") else choice


_CALENDAR_QUARTER = re.compile(r"([QH][1-4]) ((?:19|20)\d\d)")


def _fiscal_quarter(choice: frame_period.PeriodChoice, model: article_model.ArticleModel) -> frame_period.PeriodChoice:
    """A quarter or half read as a calendar one in a results story whose lead reports a year's results in calendar years
    ("its cloud division grew by more than 30% last year" ... "in the fourth quarter alone"): a quarter of the fiscal
    year the company reports, named as its bare years are (Q4 FY2025); and in any results story of a company whose
    year ends in December (stated, or read from the quarters its lead numbers: see article_model.reported_quarter_year_end),
    whose calendar quarters are its fiscal ones ("the fourth quarter of 2021" -> Q4 FY2021). Not in a story that reports
    a quarter or a month without such a year end (a market tracker's calendar quarters in a markets report), nor for a
    fiscal year ending in another month."""
    lead = model.period and article_model.label(model.period, model.fiscal)
    found = _CALENDAR_QUARTER.fullmatch(choice.value or "")
    if not (found and model.fiscal and lead and (re.fullmatch(r"FY(?:19|20)\d\d", lead) and model.year_end in (None, 12)
                                                 or model.year_end == 12)
            and choice.kind in ("bare_quarter", "quarter", "bare_half", "half")):
        return choice
    return replace(choice, value=f"{found.group(1)} FY{found.group(2)}")


def _calendar_books(choice: frame_period.PeriodChoice, model: article_model.ArticleModel) -> frame_period.PeriodChoice:
    """A bare year read as a fiscal year in a results story whose lead reports a calendar quarter or half ("reported a
    first-quarter profit ... for the quarter ended March 31" -> Q1 2022): a company keeping its books on calendar years,
    whose "forecast for 2022" is the calendar year 2022."""
    lead = model.period and article_model.label(model.period, model.fiscal)
    found = re.fullmatch(r"FY((?:19|20)\d\d)", choice.value or "")
    if not (found and lead and _CALENDAR_QUARTER.fullmatch(lead) and choice.kind in ("year", "relative_year", "full_year")):
        return choice
    return replace(choice, value=found.group(1))


# The most tokens between a word of `aggregate_nouns` and the length of time it sums up ("an average wait of 43
# minutes", "averaged four hours").
_AGGREGATE_REACH = 4


def _aggregated(span: Span, nouns) -> bool:
    """Whether a length of time is an average, a total or a record measured over the period a story reports ("waited
    an average of 41 minutes", "response times averaged two hours", "reached a record 12 minutes": a word of
    rules/frame.json `aggregate_nouns`, as a lemma, at most _AGGREGATE_REACH tokens before it in its sentence), no
    length that only places something in time: it takes the period carried to it."""
    doc = span.doc
    start = max(span.sent.start, span.start - _AGGREGATE_REACH)
    # (not a superlative's "lowest"/"highest": "their lowest level in 15 years" is the time since, no measure)
    return any(doc[i].lower_ in nouns or doc[i].lemma_.lower() in nouns and doc[i].tag_ not in ("JJS", "RBS")
               for i in range(start, span.start))


def _time_reading(span: Span) -> bool:
    """Whether a length of time is the reading of a measure of time, what a statistic of waits, delays or times stands
    at: the complement of "be" whose subject is a noun ("the median time was three hours and 19 minutes", "at the 95th
    percentile, the time was 18 minutes less than a year ago"; through a coordination, a measure phrase or a
    comparative, never through a preposition's object: "the highest in ten years" counts back), or the level a
    change of such a measure reaches ("handover times fell to 41 minutes"). It takes the period carried to it as any
    reading does, no length that only places something in time."""
    noun = span.root.head if span.root.dep_ == "nummod" else span.root
    if noun.dep_ == "pobj":
        verb = noun.head.head
        return noun.head.lower_ == "to" and noun.head.dep_ == "prep" and verb.pos_ in ("VERB", "AUX") \
            and any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in verb.children)
    tok = noun
    for _ in range(6):
        if tok.dep_ not in ("attr", "conj", "npadvmod", "amod", "acomp", "prep") or tok.head is tok:
            return False
        if tok.dep_ == "prep" and tok.head.lemma_ != "be":
            return False
        tok = tok.head
        if tok.lemma_ == "be":
            return any(c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN") for c in tok.children)
    return False


# A length of time this many of its units or more is a total of time worked, lost or spent, no length of one thing
_TIME_VOLUME = 1_000_000


def _time_volume(q: dict) -> bool:
    """Whether a figure in a unit of time is a volume of time summed over many people or things, written with a scale
    of millions ("Aggregate monthly hours worked decreased 15 million hours to 1,591.3 million hours", "1.2 million
    working days were lost to strikes"): a measure of the period a release reports, like any count, no length that
    only places something in time."""
    value = q.get("value")
    return isinstance(value, (int, float)) and abs(value) >= _TIME_VOLUME


def _record_month(choice: frame_period.PeriodChoice, model: article_model.ArticleModel) -> frame_period.PeriodChoice:
    """A bare year written for a figure in a story of a month's record ("Valdoria has its hottest August on record"
    ... "South: 25.3C in 2003"): an earlier record of the same month, that month of that year (2003-08), not the
    whole year. Only years before publication: the story's own year is read as written."""
    found = re.fullmatch(r"(?:19|20)\d\d", choice.value or "")
    if not (found and model.record_month and choice.mention is not None and choice.kind == "year"
            and model.published is not None and int(choice.value) < model.published.year):
        return choice
    return replace(choice, value=f"{choice.value}-{model.record_month:02d}")


# A yearless month ("in December", "at its October meeting") is read as the latest such month (claimx.periods); a
# forecast or an estimate of one at least this many months back is of the coming one instead.
_MONTH_AHEAD = 3


def _month_ahead(choice: frame_period.PeriodChoice, published) -> frame_period.PeriodChoice:
    """A forecast's or estimate's period when it was read as a yearless month well before publication ("expects the
    bank to cut rates at its October meeting", published in September; "expect inflation to ease to 2.1% in
    December", published in November): that month a year on, still to come. A month just gone stays ("expected the
    August rate to edge up to 4.9%", published in September: the figure not yet out)."""
    if choice.kind != "month" or choice.mention is None or not choice.value or published is None:
        return choice
    year, month = int(choice.value[:4]), int(choice.value[5:7])
    back = (published.year - year) * 12 + published.month - month
    return replace(choice, value=f"{year + 1}-{month:02d}") if back >= _MONTH_AHEAD else choice


def _week_closed(week: str, published: dt.date) -> dt.date:
    """The last trading day of the week a market story's "last week", "this week" or "the past week" names: the Friday
    before the week of publication for "last week", else the day of publication (a weekend's, the Friday before)."""
    if week.lower().startswith("last"):
        return published - dt.timedelta(days=published.weekday() + 3)
    return published if published.weekday() < 5 else _last_weekday(published)


def _names_no_day(text: str, words) -> bool:
    """Whether `text`, a whole article, names no day at all: no word of claimx.periods.DAY_WORDS ("Tuesday",
    "yesterday") and no phrase of rules/frame.json `event_day_words` or `report_day_words` ("today", "tonight", "last
    night", "this morning"). A story that tells a session's moves in the past tense and never says which day, as a
    paper printed the morning after writes it ("Shares of Corvane closed 4% higher at $31.20 in heavy trading"), reports
    the session before its publication date, as a market report's close of no named day is (see
    claimx.frame.article._close_of_today); one written on the day names it ("today", "on Tuesday")."""
    return _day_words_pattern(words).search(text) is None


@lru_cache(maxsize=4)
def _day_words_pattern(words) -> re.Pattern:
    """One case-blind pattern of the words that name a day (`_names_no_day`), built once per word lists."""
    from claimx.periods import DAY_WORDS
    phrases = sorted(DAY_WORDS | set(words.event_day_words) | set(words.report_day_words), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p) for p in phrases) + r")\b", re.I)


def _last_weekday(day: dt.date) -> dt.date:
    """The last weekday before `day` (a weekend story's session is Friday's)."""
    day -= dt.timedelta(days=1)
    while day.weekday() >= 5:
        day -= dt.timedelta(days=1)
    return day


def _lowered(doc: Doc, words: frozenset[str] | set[str]) -> list[Token]:
    """The tokens of `doc` whose lower-case form is one of `words`, in order: `[t for t in doc if t.lower_ in words]`
    without making a Token of every word. A document whose lower-cased text holds none of the words has none (a
    token's lower-case form is written in it); else the candidates come from the Doc's LOWER array and each is
    checked by its `lower_` (a hash is no proof)."""
    low = doc_text(doc).lower()
    present = [w for w in words if w in low]
    if not present:
        return []
    hashes = numpy.array([doc.vocab.strings[w] for w in present], dtype=numpy.uint64)
    found = numpy.flatnonzero(numpy.isin(doc.to_array(LOWER), hashes))
    return [t for t in (doc[int(i)] for i in found) if t.lower_ in words]


def _camel_case(tok: Token) -> bool:
    """Whether a word has a capital letter after its first ("easyJet", "eBay"): a name, though not capitalised."""
    return tok.is_alpha and not tok.is_upper and any(ch.isupper() for ch in tok.text[1:])


def _phrase_dep(tok: Token) -> str:
    """The dependency of the phrase `tok` is a conjunct, apposition or compound part of (up to three steps): "pobj"
    for "Institute" in "director of the National Heart, Lung, and Blood Institute", which the parser makes a
    conjunct of "Heart"."""
    return _phrase_root(tok).dep_


# the token standing for the phrase a token is a conjunct, apposition, compound or flat part of: one helper with the frame
_phrase_root = _phrase_token


_OWNER_PLACE = re.compile(r"(.+?)(?:'s|\u2019s) ([A-Z][\w&.-]*(?: [\w&.-]+)*)$")  # "France's Cac 40"

_LABEL_LINE = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u2014\u00b7][ \t]*)?([^:\n]{1,50}):[ \t]*")  # "Tolland: " before a figure
# "Tolland - " before a figure: a list's label set off by a spaced dash instead of a colon
_DASH_LABEL_LINE = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u2014\u00b7][ \t]*)?([^:\n]{1,50}?)[ \t]+[-\u2013\u2014][ \t]+")
# "London | Up 7.7% | £365,359 |" before a figure: a table's row, its cells set off by bars, as a page's table reads as
# text; its first cell labels the row
_PIPE_LABEL_LINE = re.compile(r"[ \t]*\|?[ \t]*([^|\n]{1,50}?)[ \t]*\|[ \t]*")


# A list's item line: a short line ending in no colon (a name and its figures, "Taranaki $186,000 (up $19,500)").
_SHORT_ITEM = re.compile(r"[^\n]{1,100}(?<![!?:])")

_BULLET = re.compile(r"[ \t]*[" + re.escape("".join(BULLETS)) + r"][ \t]+\S")  # a bulleted line of a list

_BULLET_LINE = re.compile(_BULLET.pattern + r".*")  # the whole of one (stripped), for `_line_above_list`

_LIST_ITEM = re.compile(r"(?:[-\u2022*\u2013\u2014\u00b7]\s*)?(?:[^:\n]{1,50}:\s*\S[^\n]{0,40}"  # "Tolland: 95.3 per cent"
                        r"|[^\d:\n]{1,50}\s[$\u20ac\u00a3]?\d[^:\n]{0,40})")  # "Taranaki $186,000 (up $19,500)"


# "Northland " before "$221,500 (up $7500 from November)", or "Northland $221,500 (up " before "$7500": a name that
# opens a list's line and the figures it reads, with no colon (every word of the name capitalised; see `_list_intro`)
_BARE_LABEL_LINE = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u2014\u00b7][ \t]*)?([^\d:\n()]{1,50}?)[ \t]+"
                              r"(?:[$\u20ac\u00a3]?\d[^\s()]*[ \t]*\([ \t]*(?:[a-z]+[ \t]+)?)?")


@lru_cache(maxsize=4)
def _price_nouns(pairs: frozenset[str]) -> frozenset[str]:
    """The nouns of `price_verbs` pairs ("sign:transfer fee" -> "transfer fee")."""
    return frozenset(pair.partition(":")[2] for pair in pairs)


def lead_sentences(sents, body: int, *, kickers: bool = False) -> list[Span]:
    """The headline, dateline and other lines without a full stop at the top, and the first `body`
    sentences of the text after them; with `kickers`, a kicker of a few words opening a story ("It's official.", "Your
    taxes are going up.") is kept but not counted, so the lead still reaches the sentences that report (the article's
    period reads them; who the article is about is read from the first sentences as they come, a kicker's too)."""
    found, seen = [], 0
    for sent in sents:
        text = sent.text.strip()
        if not text:
            continue
        if seen >= body:
            break
        found.append(sent)
        seen += text[-1] in ".!?\"'\u201d\u2019)" and not (kickers and _kicker(text))
    return found


_KICKER_WORDS = 6  # a sentence of at most this many words, with no figure, is a kicker, no report


def _kicker(text: str) -> bool:
    """Whether a sentence is a kicker of a few words with no figure ("It's official.", "Your property taxes are going
    up."), as local and feature copy opens a story before it reports."""
    return len(text.split()) <= _KICKER_WORDS and not any(ch.isdigit() for ch in text)


def kind_of_change(q: dict) -> bool:
    """Whether a quantity can state a change of another figure (a percentage, points or a ratio)."""
    return q["unit"] in ("percent", "percentage_point", "ratio")


# A phrase that is a figure and what it counts ("15.73 billion net tonne kilometres"), not a name that starts with a
# number ("3M", "7-Eleven", "21st Century Fox").
_FIGURE_PHRASE = re.compile(r"[\d.,]+\s+(?:[a-z]|(?i:million|billion|thousand|trillion)\b)")

NOT_SUBJECT_ENTS = ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "NORP", "LANGUAGE")

_CALENDAR_WORDS = frozenset(name for name in MONTHS if len(name) > 3) | DAY_WORDS


def _clause_head(tok: Token) -> Token | None:
    """The verb heading the clause `tok` stands in: up the heads to the first verb that is not a participle modifying a
    noun ("auctions held in Harlow": "held" is part of its noun's clause) nor an open complement ("is expected to reach
    5%": "reach" completes "expected"). None when there is none."""
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("acl", "amod", "compound", "aux", "auxpass", "xcomp"):
            return tok
        if tok.head == tok:
            return None
        tok = tok.head
    return None


def _age_noun(tok: Token) -> bool:
    """Whether a word is the head of a person's age used as a noun: "the 28-year-old" ("old" with "year" before it)."""
    return tok.lower_ in ("old", "year-old") and any(c.lower_ in ("year", "years") or c.like_num for c in tok.children)


def calendar_word(tok: Token) -> bool:
    """A month or weekday the tagger took for a name with no entity label ("June to August figures show ..."):
    never a subject. (A person the tagger labels, "June Okafor", keeps the label and is not one.)"""
    if tok.ent_type_ != "":
        return False
    if tok.lower_ in _CALENDAR_WORDS:
        return True
    # a month's short form before a day or a year ("Updated: Sep 25, 2023", "May 2016") is a date, not a name
    nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
    if nxt is not None and nxt.text == "." and tok.i + 2 < len(tok.doc):
        nxt = tok.nbor(2)
    return tok.lower_ in MONTHS and nxt is not None and nxt.like_num


# one cleaning of a mention for the entity table and the frame, cached: a pure function of the string
_clean_name = lru_cache(maxsize=4096)(clean_name)


def _in_own_phrase(tok: Token, span: Span, participle: bool = False) -> bool:
    """Whether `tok` stands in the noun phrase of the figure `span`, not in a phrase joined to it ("6,000 hectares out of
    1.8 million hectares in Harapur": "Harapur" is in the phrase of both figures, not in that of "4,000 hectares in
    Kelvar, and 6,000 hectares ...", which only joins it). With `participle`, a past participle hung on the figure's own
    noun is part of its phrase ("500mm recorded in Tarwick and 400mm recorded in Ashby": "Ashby" is the second
    figure's), unless the noun is what a copula says its subject is ("The highest reading in Valdoria was 41C, recorded
    in Tarwick": Valdoria's record, read at a station)."""
    noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    while tok.i != noun.i:
        if participle and tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.i == noun.i and noun.dep_ != "attr":
            return True
        if tok.dep_ in ("conj", "appos", "relcl", "acl", "advcl", "ccomp") or tok.head == tok:
            return False
        tok = tok.head
    return True


def _placed_by_in(ent: Span) -> bool:
    """Whether a name the tagger calls a nationality or people (NORP), a body (ORG) or a person (PERSON) is written as a
    place: a proper noun "in" holds ("8,000 hectares of wheat in Harapur", where the small model tags "Harapur" NORP;
    "the highest average price was €598,000 in Kilbarra-Rathmore", tagged ORG), not an adjective ("Harapuri")."""
    root = ent.root
    if ent.label_ in ("ORG", "PERSON") and (ent[0].dep_ == "det" or any(c.dep_ == "det" for c in root.children)):
        return False
    return ent.label_ in ("NORP", "ORG", "PERSON") and root.pos_ == "PROPN" and root.dep_ == "pobj" and root.head.lower_ == "in" \
        and not root.text.endswith(("an", "ans", "ish", "ese", "i"))


def _in_prep_of(tok: Token, top: Token) -> bool:
    """Whether `tok` sits in a phrase that describes `top` rather than counts it, below `top`: a prepositional
    phrase other than "of" ("with 7 seats") or a relative clause ("The BSP, which won only 19 seats ...")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ != "of" or tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def describing_count(noun: Token, prepositions: frozenset[str]) -> bool:
    """Whether `noun` is counted in a phrase that describes another ("The BJP ... with just three seats got over five per
    cent", "AAP, second with 20 seats secured over 23 per cent"): a number among its modifiers and one of `prepositions`
    (the lexicon's `counted_describers`) right before them. A bounded figure the parse hangs on such a noun is no
    threshold the counted things define."""
    edge = noun.left_edge.i
    return edge > 0 and noun.doc[edge - 1].lower_ in prepositions \
        and any(t.like_num or t.pos_ == "NUM" for t in noun.doc[edge:noun.i])


def _defines_a_group(span: Span) -> bool:
    """Whether a bounded figure sits in a "with" phrase that picks out a group of many ("those with scores below
    3.5", "companies with more than 250 staff", "households with incomes under $30,000") or in a gerund after a
    preposition of a noun ("wins after trailing by 20 or more"): a threshold, not a figure reported. Not a single
    thing described ("a city with more than 410,000 residents")."""
    tok = span.root
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
            group = tok.head.head
            return group.tag_ in ("NNS", "NNPS") or group.lower_ in ("those", "anyone", "anybody", "everyone")
        # a gerund that picks out the things counted: "wins after trailing by 20 or more", "a record of wins after
        # leading by more than 10 points" (a relative clause may report a figure: "three hospitals, which treated
        # more than 4,000 patients")
        if tok.pos_ == "VERB" and tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" \
                and tok.head.head.pos_ == "NOUN":
            return True
        if tok.pos_ in ("VERB", "AUX"):
            return False  # the figure's own clause ends here
        tok = tok.head
    return False


def _acl_noun(verb: Token) -> Token | None:
    """The noun a reduced relative clause describes, the verb's logical subject ("the 500 largest companies combined
    to generate $41.7 trillion", parsed with "combined" an acl of "companies"): up through open complements."""
    for _ in range(3):
        if verb.dep_ == "xcomp":
            verb = verb.head
        elif verb.dep_ == "acl" and verb.head.pos_ == "NOUN":
            return verb.head
        else:
            return None
    return None
