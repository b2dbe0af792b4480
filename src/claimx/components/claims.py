"""The `claimx_claims` spaCy component: which quantities are claims, and what each is about.

Reads the quantities of `claimx_quantities` and writes the claim-like ones to
`doc.spans[spans_key]` (default "claims"), each with `span._.claim`: a dict of subject,
metric, period (as written and normalised without the article date), direction and kind.
Subjects come from entity recognition plus the dependency parse, falling back on the
organisation the text was last about ("Its", "the company"); metrics from the noun the number
counts or the phrase around it ("$716.9 billion in annual sales", "a quarter of total revenue").
"""
from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

import numpy
from spacy.attrs import DEP, HEAD, LOWER, POS
from spacy.language import Language
from spacy.parts_of_speech import NOUN as NOUN_POS
from spacy.tokens import Doc, Span, Token

from claimx.lexicon import Lexicon, alternation, load_lexicon
from claimx.components.direction import DirectionWords, change_direction, gapped_change, restated_change
from claimx.doctext import doc_text
from claimx.marks import BULLETS
from claimx.components.sentences import sentences_read_once
from claimx.frame import dictionary
from claimx.frame import article as article_model
from claimx.frame import metric as frame_metric
from claimx.frame import period as frame_period
from claimx.frame.entities import ArticleEntities, after_role, clean_name, without_dateline
from claimx.frame.scoring import Candidate, Weights, best, load_weights, merge
from claimx.frame.sentence import SentenceReading, Sentences
from claimx.frame.metric import measure_name, statistic_index
from claimx.frame.subject import (credit_line, hyphen_modifier, is_dateline, is_venue, is_funder, is_name, is_source, measure_short_form, moves_a_figure, public_body, publishes,
                                  sector_word,
                                  statistics_index_name, status)
from claimx.frame.words import FrameWords, load_words
from claimx.periods import (DAY_WORDS, MONTHS, PeriodMention, ended_months_before, find_periods, last_fiscal_year_ended,
                             not_over, shift_period)

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


class ClaimFinder:
    """Turns claim-like quantities into claims with subject, metric, period and direction.

    nlp (Language): the pipeline.
    name (str): the component's name.
    quantities_key (str): where `claimx_quantities` wrote its spans.
    spans_key (str): the `doc.spans` key written.
    all_quantities (bool): keep quantities that are not claim-like too.
    lexicon (str | None): path of a lexicon JSON; None for src/claimx/rules/lexicon.json.
    """

    def __init__(self, nlp: Language, name: str = "claimx_claims", *, quantities_key: str = "quantities",
                 spans_key: str = DEFAULT_SPANS_KEY, all_quantities: bool = False, lexicon: str | None = None):
        self.name = name
        self.quantities_key = quantities_key
        self.spans_key = spans_key
        self.all_quantities = all_quantities
        self._text, self._ents, self._ent_starts = "", (), []  # the document being processed (see __call__)
        self._covering: dict[int, list[Span]] = {}
        self._sentences: Sentences | None = None  # the document's sentences as its figures share them (see _sentence)
        self._entities: ArticleEntities | None = None  # the document's entity table (see __call__)
        self._title_headline_end: int | None = None  # see _in_title_case_headline
        self._names: dict[tuple[int, int], bool] = {}  # entity (start, end) -> is_name, for this Doc
        self._plain_names: dict[tuple[int, int, int], bool] = {}  # entity (start, end, label) -> frame.subject.is_name
        self._entity_candidates: dict[tuple[int, int, int], tuple | None] = {}  # see _entity_candidate
        self._saliences: dict[str, float] = {}  # name -> _salience, for this Doc
        self._entities_at: dict[int, str | None] = {}  # token -> `_entity_at`, for this Doc
        self._lower_words: dict[str, bool] = {}  # word -> `_written_in_lower_case`, for this Doc
        self._mid_capitals: set[str] | None = None  # see _lower_case_word
        self._role_words: list[Token] | None = None  # see _role_named_before
        self._verb_subjects: dict[int, Token | None] = {}  # see _verb_subject
        self._entity_names: dict[tuple[int, int], tuple | None] = {}  # entity (start, end) -> `_named_entity`
        self._subject_phrases: dict[tuple[int, str | None], str | None] = {}  # (token, topic) -> `_subject_phrase`
        self._verbs: tuple[Doc | None, dict] = (None, {})  # each figure's governing verb, found once per Doc
        self._named_subjects: dict[int, str | None] = {}  # sentence start -> its subject organisation (this Doc's)
        self._last_subject: tuple[int, str | None] = (-1, None)  # (sentence end, subject) of the last claim framed
        self._first_subject: tuple[int, str | None] = (-1, None)  # the same of the first claim of that sentence
        self._headings: list[tuple[int, str]] = []  # this Doc's section headings (see _section_headings)
        self._heading_starts: list[int] = []
        self._use(load_lexicon(lexicon), load_words(), load_weights())
        self._nlp = nlp  # its lemmatizer's nouns are read at the first document (claimx.frame.dictionary), once loaded
        if not Span.has_extension("claim"):
            Span.set_extension("claim", default=None)

    def _use(self, lex: Lexicon, words: FrameWords, weights: Weights) -> None:
        """Take the word lists of `lex` (the grammar's lexicon) and `words` (the frame's), and the frame's
        candidate weights."""
        self.lexicon = lex
        self.words = words
        self.weights = weights
        self.threshold_nouns = lex.words("threshold_nouns")
        self.time_units = set(lex["time_units"].values())
        # a currency written as letters ("Ksh", "Rs", "RM") names a unit, never a subject, like its code ("KES")
        self.unit_names = set(lex["unit_symbols"].values()) | set(lex["currency_symbols"].values()) | {
            sign.rstrip(".") for sign in lex["currency_symbols"] if re.fullmatch(r"[A-Z][A-Za-z]+\.?", sign)}
        self.direction_words = DirectionWords.from_lexicon(lex)
        # a metric that is only a time ("last month", "the third quarter", "July"): what the claim measures is not
        # known (lexicon `time_only_metric`)
        only = lex["time_only_metric"]
        self.time_only = re.compile(rf"(?:(?:the\s+)?{alternation(only['relative'])}\s+{alternation(only['units'])}"
                                    rf"|(?:the\s+)?{alternation(only['ordinals'])}\s+{alternation(only['parts'])}"
                                    rf"|{alternation(only['months'])}"
                                    # "Jan.-Sept", "Jan-Jun": a span of months written short
                                    rf"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s*[-\u2013/]\s*"
                                    rf"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?)", re.I)
        # words that set a sentence in the time the story reports on (lexicon `now_words`)
        self.now_words = re.compile(alternation(lex["now_words"]["words"]), re.I)
        # lexicon `claim_cues`: a count "or more" that defines a group; the nouns of a market's subject
        cues = lex["claim_cues"]
        self.or_more = re.compile(rf"\bor\s+{alternation(cues['or_more'])}$", re.I)
        self.not_comment_time = re.compile(rf"{alternation(cues['not_comment_time'])}\s", re.I)
        self.stock_nouns, self.issue_states, self.volume_nouns = (
            frozenset(w.lower() for w in cues[key]) for key in ("stock_nouns", "issue_states", "volume_nouns"))

    def to_disk(self, path, *, exclude=tuple()) -> None:
        """Save the component's word lists and weights (lexicon.json, frame.json, weights.json), so
        `nlp.to_disk()` carries them."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "lexicon.json").write_text(json.dumps(self.lexicon.data, ensure_ascii=False, indent=1), encoding="utf-8")
        (path / "frame.json").write_text(json.dumps(self.words.to_dict(), indent=1), encoding="utf-8")
        (path / "weights.json").write_text(json.dumps(self.weights.to_dict(), indent=1), encoding="utf-8")

    def from_disk(self, path, *, exclude=tuple()) -> "ClaimFinder":
        """Restore the word lists saved by `to_disk` (checked as when loaded from the package)."""
        path = Path(path)
        self._use(load_lexicon(str(path / "lexicon.json")), load_words(str(path / "frame.json")),
                  load_weights(path / "weights.json"))
        return self

    def _is_name(self, ent: Span) -> bool:
        """`frame.subject.is_name`, once per entity of the document (it is asked for each claim near it)."""
        key = (ent.start, ent.end)
        if key not in self._names:
            self._names[key] = self._plain_name(ent) and not self._headline_only(ent) \
                and not (len(ent) == 1 and ent.start == ent.sent.start and self._lower_case_word(ent.root)) \
                and not (len(ent) == 1 and ent.start == ent.sent.start and self._plural_word(ent.root)) \
                and not self._dictionary_first_word(ent)
        return self._names[key]

    def _dictionary_first_word(self, ent: Span) -> bool:
        """Whether a one-word name the tagger made of a sentence's first word is a noun of the language's dictionary
        that names nothing: a crime, a tax, a measure a statistics story lists ("Burglary dropped 11%", "Shootings
        declined 9%", "Fraud offences fell by 4%"). No place's label (a place may be a word: "Phoenix grew by 2%"),
        no word in capitals, and the text writes it once: a company or a person named by a word ("Apple", "Shell")
        comes back in its story."""
        if len(ent) != 1 or ent.label_ in ("GPE", "LOC", "NORP", "FAC") or ent.root.is_upper \
                or not all(t.text in BULLETS for t in ent.doc[ent.sent.start:ent.start]):
            return False
        return self._dictionary_word(ent.root)

    def _dictionary_word(self, tok: Token) -> bool:
        """`dictionary.once_named_noun`: a capitalised noun of the dictionary the text writes once, no name."""
        return dictionary.once_named_noun(tok, self._text, self.words)

    def _table_name(self, ent: Span) -> bool:
        """Whether the article's entity table counts `ent` as a mention: a name (`_plain_name`) that is no Title Case
        headline's run of words the body never writes (`_headline_only`: "Marco Lenz Back To Harlow" of "Baseball: Marco
        Lenz Back To Harlow On One-Year Contract", which would take in "Marco Lenz" of the body as its short form); a
        place keeps its headline mention ("Kenya: Electoral Body Confirms Result" names the country the story is about)."""
        return self._plain_name(ent) and (ent.label_ in ("GPE", "LOC") or not self._headline_only(ent)) \
            and not (len(ent) == 1 and ent.start == ent.sent.start and self._plural_word(ent.root)) \
            and not self._dictionary_first_word(ent)

    def _plain_name(self, ent: Span) -> bool:
        """`frame.subject.is_name`, once per entity span and label: the article's entity table asks too."""
        key = (ent.start, ent.end, ent.label)
        if key not in self._plain_names:
            self._plain_names[key] = is_name(ent, self.words) and not self._sum_of_money(ent) \
                and not self._adjective_of_place(ent)
        return self._plain_names[key]

    def _sum_of_money(self, ent: Span) -> bool:
        """Whether the tagger took a sum of money for a name: the entity's root lies inside a figure read as an amount
        ("N96.3 billion" of "Gross premium written rose 42 per cent to N96.3 billion", tagged an organisation). A
        sum is what a figure measures, never who it is about."""
        return any(q._.quantity and q._.quantity.get("kind") == "amount" for q in self._covering.get(ent.root.i, ()))

    def _adjective_of_place(self, ent: Span) -> bool:
        """Whether a one-word name the tagger calls an organisation or a person is a place's adjective modifying a
        noun ("Kestovan unemployment fell", "Welsh house prices"): a word of `demonyms`, or a word longer than a
        one-word place the document names that shares the place's first five letters (see
        ArticleEntities.place_of_adjective). No one the figure is about: the place is (see `_demonym_place`)."""
        if len(ent) != 1 or ent.label_ in ("GPE", "LOC"):
            return False
        tok = ent.root
        if tok.dep_ not in ("compound", "amod") or tok.head.pos_ != "NOUN" or not tok.is_title:
            return False
        return self.words.demonym(tok.text) is not None or self._place_of_prefix(ent.doc, tok.text) is not None

    def _place_of_prefix(self, doc: Doc, word: str) -> str | None:
        """The one one-word place (GPE or LOC) the document names that `word` is an adjective of: shorter than the word,
        sharing its first five letters, the word not its plural ("Valdorian" -> "Valdoria"); None otherwise. The
        table of places is built once per document."""
        if self._places_by_prefix is None:
            table: dict[str, set[str]] = {}
            for e in doc.ents:
                name = e.text.strip()
                if e.label_ in ("GPE", "LOC") and len(e) == 1 and len(name) >= 5 and name.isalpha():
                    table.setdefault(name[:5].casefold(), set()).add(name)
            self._places_by_prefix = table
        found = self._places_by_prefix.get(word[:5].casefold(), set())
        if len(found) != 1:
            return None
        place = next(iter(found))
        if len(word) <= len(place) or word.casefold().startswith(place.casefold() + "s"):
            return None
        return place

    def _places_named_as_people(self, doc: Doc) -> tuple[Span, ...]:
        """`doc.ents`, with a name the tagger calls a person that is written with a place word of its own a place
        ("County Durham", "Kent County": a capitalised word of `place_heads`); set back on the document, so the
        article's entity table and the records see the place too."""
        ents = doc.ents
        if not any(e.label_ == "PERSON" and len(e) > 1 and any(t.is_title and t.lower_ in self.words.place_heads for t in e)
                   for e in ents):
            return ents
        fixed = tuple(Span(doc, e.start, e.end, label="GPE") if e.label_ == "PERSON" and len(e) > 1 and any(
            t.is_title and t.lower_ in self.words.place_heads for t in e) else e for e in ents)
        doc.ents = fixed
        return doc.ents

    def _joined_places(self, doc: Doc, ents: tuple[Span, ...]) -> tuple[Span, ...]:
        """`ents`, with two places joined by "and" after a preposition of scope one place ("house prices in England and
        Wales rose", "sales across Kestrel and Orland"): the area a figure is counted over is both together, which a
        reader looks up by the pair; set back on the document, so the entity table and the records see it too. Not
        two places set against each other ("trade between China and Japan", "exports to China and Japan"), and only a
        pair the text writes more than once (a statistics release names its area each time: a pair written once,
        "Farmers in Kastrava and Valdoria are big growers", lists two places, each of which the text may go on about)."""
        # (a place the tagger labels otherwise is still one: "in England and Wales" with "Wales" an organisation, a
        # one-word name after a place, or a place it labels a place elsewhere)
        places = {e.text for e in ents if e.label_ in ("GPE", "LOC")}
        joined, i, changed = [], 0, False
        while i < len(ents):
            e = ents[i]
            if i + 1 < len(ents) and e.text in places and (ents[i + 1].text in places or e.label_ in ("GPE", "LOC")
                                                           and len(ents[i + 1]) == 1 and ents[i + 1].label_ == "ORG") \
                    and ents[i + 1].start == e.end + 1 and doc[e.end].lower_ == "and" and e.start > 0 \
                    and doc[e.start - 1].lower_ in self.words.joined_place_prepositions \
                    and self._text.count(doc[e.start:ents[i + 1].end].text) > 1:
                joined.append(Span(doc, e.start, ents[i + 1].end, label="GPE"))
                i, changed = i + 2, True
                continue
            joined.append(e)
            i += 1
        if not changed:
            return ents
        doc.ents = tuple(joined)
        return doc.ents

    def _plural_word(self, tok: Token) -> bool:
        """Whether a capitalised first word the tagger took for a name (not one in capitals) is the plural of a noun
        of the dictionary (`dictionary.singular_of`: "Wildfires have burned 1.4 million hectares", "Farmers planted
        91.5 million acres") that the text never writes capitalised inside a sentence: what a figure counts or who did
        it, no name."""
        if not tok.text[:1].isupper() or tok.text.isupper() or not dictionary.singular_of(tok) \
                or self.words.commodity(tok.lower_):
            return False  # "Soybeans gained 1.8 percent": a commodity the frame knows stands for its price
        return tok.text not in self._mid_capital_words(tok.doc)

    def _lower_case_word(self, tok: Token) -> bool:
        """Whether a capitalised first word that the tagger took for a name is a common word: the text writes it
        in lower case elsewhere and never capitalised inside a sentence ("Turnout was 41%" after "a record low
        turnout"); a name that is also a word keeps its capital mid-sentence ("Target said ...", "shares of
        Target")."""
        word = tok.text
        if not word[:1].isupper() or word.isupper():
            return False
        # a measure the frame knows needs no lower-case twin ("Turnout was 34.2%" tagged a person)
        if word.lower() not in self.words.metric_heads and not self._written_in_lower_case(word.lower()):
            return False
        return word not in self._mid_capital_words(tok.doc)

    def _mid_capital_words(self, doc: Doc) -> set[str]:
        """The words the text capitalises inside a sentence, read once per document."""
        if self._mid_capitals is None:
            self._mid_capitals = {t.text for t in doc if t.text[:1].isupper() and not frame_metric.opens_sentence(t) and t.idx > 0
                                  and self._text[t.idx - 1] != "\n"
                                  and not self._in_title_case_headline(t.idx + len(t))}  # not "Record Low Turnout"
        return self._mid_capitals

    def _written_in_lower_case(self, word: str) -> bool:
        """Whether the text writes `word` (lower case, whole words), searched once per word of the document."""
        if word not in self._lower_words:
            self._lower_words[word] = word in self._text \
                and re.search(rf"(?<![\w.]){re.escape(word)}(?![\w])", self._text) is not None
        return self._lower_words[word]

    def _named_entity(self, doc: Doc, ent: Span) -> tuple[Span, str, bool, bool, float] | None:
        """What a sentence's entity offers every figure of the sentence as a subject, read once per entity:
        (the name's span, its clean name, whether it is an organisation, whether its root speaks, its
        salience); None when it cannot name a subject (another label, a unit, not a name)."""
        key = (ent.start, ent.end)
        if key not in self._entity_names:
            named = None
            if ent.label_ in SUBJECT_LABELS and not self._is_unit_name(ent.text) and self._is_name(ent):
                if (k := self._alias_open(doc, ent)) is not None:  # "Grocer Tarnwell Foods (TWF)": the name before the ticker
                    ent = self._aliased(doc, ent, k)
                name = _clean_name(ent.text)
                named = (ent, name, ent.label_ in ("ORG", "PRODUCT"), self._is_speaker(ent.root), self._salience(name))
            self._entity_names[key] = named
        return self._entity_names[key]

    def _headline_only(self, ent: Span) -> bool:
        """Whether `ent` is a tagger's name made of a Title Case headline's words ("Council Votes to Increase
        Tax"): in such a headline every word is capitalised, so a name counts only if the body writes it too."""
        # the tagger's span may run on into the blank line after the headline ("Jobs Added\n\n")
        if self._in_title_case_headline(ent.start_char + len(ent.text.rstrip())) and not self._in_body(_clean_name(ent.text)):
            return True
        first = len(self._text) - len(self._text.lstrip())
        return len(ent) == 1 and ent.start_char == first and not self._after_headline(_clean_name(ent.text))

    def _in_title_case_headline(self, end_char: int) -> bool:
        """Whether the text up to `end_char` lies in the first line and that line is written in Title Case."""
        if self._title_headline_end is None:
            text = self._text
            end = text.find("\n", len(text) - len(text.lstrip()))
            words = re.findall(r"[A-Za-z]{4,}", text[:end]) if end > 0 else []
            title = len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)
            self._title_headline_end = end if title else 0
        return end_char <= self._title_headline_end

    def _after_headline(self, name: str) -> bool:
        """Whether the text after the first line writes `name` (whole words, same case): a headline's first
        word is capitalised whatever it is, so a one-word name there that the article never writes again
        ("Map reveals the worst trusts ...", "Budget passes ...") is a common word."""
        text = self._text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        if end < 0 or not text[end:].strip():
            return True  # one line, no headline: nothing to judge by
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text[end:]))

    def _in_body(self, name: str) -> bool:
        """Whether the text after a Title Case headline writes `name` (whole words, same case)."""
        return bool(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", self._text[self._title_headline_end:]))

    def _is_unit_name(self, text: str) -> bool:
        """"MW", "GWh", "USD": the tagger sometimes takes a unit or a currency code for an organisation."""
        return text.strip().rstrip(".") in self.unit_names

    def __call__(self, doc: Doc) -> Doc:
        dictionary.use(self._nlp)  # (once per vocabulary)
        with sentences_read_once(doc):  # the rules ask for the sentence of a figure, entity or verb many times
            return self._frame(doc)

    def _frame(self, doc: Doc) -> Doc:
        # Doc.text and Doc.ents (which Span.ents reads) rebuild from every token on each access,
        # so read them once per document: per claim they made the component quadratic in length.
        self._text = doc_text(doc)
        self._paragraph_starts: list[int] = [0]  # set from the article model below, before any carry asks
        self._names = {}
        self._plain_names = {}
        self._places_by_prefix = None  # the document's one-word places by their first five letters
        self._entity_candidates = {}
        self._saliences = {}
        self._entities_at, self._lower_words = {}, {}
        self._mid_capitals = None
        self._role_words = None
        self._research_words = None
        self._study_people: bool | None = None  # see _studied_group
        self._description_names = None  # see _named_description
        self._common_words = {}  # see _common_word
        self._datelines = {}
        self._statistics_places = {}  # see _statistics_body_place
        self._spelled_out_names = None  # see _spelled_out
        self._governed_areas = {}  # see _governed_area
        self._dateline_town: str | None | bool = False  # not read yet (see _dateline_place)
        self._body: str | None | bool = False  # not read yet (see _described_body)
        self._world: bool | None = None  # not read yet (see _world_story)
        self._verb_subjects = {}
        self._entity_names = {}
        self._subject_phrases = {}
        self._title_headline_end = None
        doc.user_data["claimx_text"] = self._text  # for the frame's helpers, removed before returning
        self._ents = self._joined_places(doc, self._places_named_as_people(doc))
        self._ent_starts = [e.start for e in self._ents]
        self._sentences = Sentences(self._ents)
        self._covering = defaultdict(list)  # token index -> the quantity spans over it
        self._named_subjects = {}
        self._last_subject = (-1, None)
        self._first_subject = (-1, None)  # (sentence end, subject) of the first claim framed in the last sentence with one
        quantities = list(doc.spans.get(self.quantities_key, []))
        for other in quantities:
            for i in range(other.start, other.end):
                self._covering[i].append(other)
        if self.quantities_key == "quantities":  # the tokens inside a figure, for frame.metric's _is_figure
            doc.user_data["claimx_figures"] = frozenset(self._covering)
        by_sentence: dict[int, list[Span]] = defaultdict(list)
        for span in quantities:
            by_sentence[span.sent.start].append(span)
        info = doc.user_data.get("claimx", {}) if isinstance(doc.user_data.get("claimx"), dict) else {}
        published = info.get("published")
        sents = list(doc.sents)
        lead = lead_sentences(sents, article_model.LEAD_SENTENCES)
        model = article_model.build(self._text, published, lead[-1].end_char if lead else 0,
                                    comment=lambda m: self._dates_comment(doc, 0, m) or self._names_year(doc, 0, m)
                                    or self._dates_modifier(doc, 0, m))
        self._paragraph_starts = model.paragraphs  # the topic carry ends where the period carry does
        self._entities = ArticleEntities(doc, self.words, lead[-1].end_char if lead else 0, self.unit_names, self._text,
                                         name_of=self._table_name)
        self._entities.venues = self._venues()  # where what the text moves trades: no lead place (see `_venues`)
        top = lead_sentences(sents, 1)  # the headline lines and the first sentence: no section heading yet
        self._headings = self._section_headings(sents, top[-1].end if top else 0)
        self._heading_starts = [start for start, _ in self._headings]
        claims = []
        topic: str | None = None  # the organisation the text was last about, for "its" and "the company"
        paragraph, current, current_reason, current_kind = -1, None, "article", None
        self._prior_metric = None  # the last measure of the sentence before, what "That compares with ..." measures
        self._prior_unit = None  # the unit of the figure that set it
        self._story_measures = {}  # unit -> (the last measure of a figure of that unit, its paragraph) (_bare_container)
        self._paragraph_now = -1
        self._prior_share = None  # the last share of the sentence before ("41.2 per cent share of the votes")
        self._lead_measure = None  # the measure of the first figure after the headline: what the story reports on
        self._deal_price = None  # the last price a verb of `price_verbs` named in the document, what "the deal" is worth
        self._list_intros = {}  # the start of a line that introduces a list -> what it says the list measures
        self._list_lines = {}  # (a line break, an item pattern) -> the line above the list (_line_above_list)
        self._moved_measure = None  # the measure a sentence with no figure said moved ("Knife offences increased.")
        self._prior_span = None  # the span of years written last ("between 1995 and 2024"): what "over the period" restates
        intro = None  # the period a line ending in a colon set for the list under it ("For the year:"), else None
        sentence = ""
        for sent in sents:
            here = model.paragraph_of(sent.start_char)
            if here == paragraph and sentence.strip():
                intro = None  # a paragraph of two sentences is past the list's one-line items
            if here != paragraph:
                paragraph = here
                self._paragraph_now = here
                current = model.period and article_model.label(model.period, model.fiscal)
                current_reason, current_kind = "article", model.period and model.period.kind
                if intro is not None:  # a list's lines, one a paragraph, share the period of the line introducing it
                    current, current_reason, current_kind = intro
            spans = by_sentence.get(sent.start, [])
            sentence = self._text[sent.start_char:sent.end_char]  # sent.text, without joining its tokens again
            if not spans and not sentence.strip():
                continue
            mentions = [m for m in find_periods(sentence, published, model.fiscal_year, model.year_end)
                        if not self._dates_comment(doc, sent.start_char, m) and not self._names_year(doc, sent.start_char, m)
                        and not self._dates_modifier(doc, sent.start_char, m)]
            if spans:
                topic = self._topic_before(doc, sent, topic)
                carry = (current, current_reason, current_kind)
                if current_reason == "paragraph" and model.period is not None and self.now_words.search(sentence):
                    # "In 2015, wind and solar generated 4.6%. The share has now more than doubled, to 10.3%": "now" is
                    # the time the story reports, not the year the sentence before set
                    carry = (article_model.label(model.period, model.fiscal), "article", model.period.kind)
                found = self._sentence_claims(doc, sent, spans, mentions, carry, model, topic)
                claims.extend(found)
            else:
                found = []
            if sentence.strip():
                # (claim, quantity) of each of `found`, as _sentence_claims last set them: no span._ lookups
                framed = self._framed() if spans else []
                # (a figure in brackets after its label, "a fall in cafes and takeaway services (-0.3 per cent)",
                # measures a part of a breakdown: no measure for the next sentence's figures, which break the whole
                # down another way, "there were rises in Queensland (0.8 per cent)")
                last = next(((c, fq) for c, fq, bracketed in reversed(framed) if (m := c["metric"])
                             and " per " not in m and "share of" not in m and not bracketed), None)
                self._prior_metric = last[0]["metric"] if last is not None else None
                share = next(((c, fq) for c, fq, _ in reversed(framed) if (m := c["metric"]) and m.startswith("share of")
                              and fq["unit"] in ("percent", "ratio")), None)
                self._prior_share = share[0]["metric"] if share is not None else None
                self._prior_unit = last[1]["unit"] if last is not None else None
                if self._lead_measure is None and last is not None and sent.start_char >= model.headline_end:
                    first = next(c["metric"] for c, _, _ in framed if c["metric"])
                    self._lead_measure = frame_metric.level_of(first, self.words) if " per " not in first \
                        and "share of" not in first else ""
                if not spans:  # "Knife offences increased everywhere.": what the next sentence's bare "a rise" is of
                    self._moved_measure = self._measure_that_moved(doc, sent)
                elif found:
                    self._moved_measure = None
            figures = [(q.start_char - sent.start_char, q.end_char - sent.start_char) for q in spans]
            self._prior_span = next((article_model.label(m, model.fiscal) for m in reversed(mentions)
                                     if m.period and not m.base and m.kind in article_model.SPAN_KINDS), self._prior_span)
            anchor = frame_period.sentence_anchor(sentence, mentions, figures)
            if anchor is not None and self.words.opens_comparison(sentence):
                # "This compares to 9.4 per cent for the comparable period in 2008.": the period of what the sentence
                # before is compared with, not of what the next sentences report
                anchor = None
            # a year still to come ("close the plant by 2030") is a target's, not what the next sentences report
            anchored = anchor and (model.fiscal or article_model.not_future(article_model.label(anchor, model.fiscal), published))
            if anchored and model.period is not None and model.period.kind == "match_month" \
                    and anchor.period == model.period.period[:4]:
                # "a sixth win in the 2023 World Cup": a tournament's year does not re-date the match's figures after it
                anchored = None
            if anchored:
                current = article_model.summer_season(article_model.label(anchor, model.fiscal), anchor.kind, model)
                current_reason, current_kind = "paragraph", anchor.kind
            if sentence.rstrip().endswith(":"):  # "For the year:" over its list; "On Monday:" (no period) ends one
                intro = (current, "list", current_kind) if anchored and not spans else None
            elif anchored:
                intro = None
        doc.spans[self.spans_key] = claims
        doc.user_data.pop("claimx_text", None)
        doc.user_data.pop("claimx_figures", None)
        doc.user_data.pop("claimx_short_forms", None)  # see frame.subject.measure_short_form
        doc.user_data.pop(dictionary.INDEX_KEY, None)  # see frame.dictionary.text_index
        self._text, self._ents, self._ent_starts, self._covering, self._entities = "", (), [], {}, None
        self._sentences = None
        self._verbs, self._named_subjects, self._names, self._entity_names = (None, {}), {}, {}, {}
        self._plain_names, self._entity_candidates, self._saliences = {}, {}, {}
        self._entities_at, self._lower_words = {}, {}
        self._mid_capitals = None
        self._role_words = None
        self._research_words = None
        self._study_people = None
        self._description_names = None  # see _named_description
        self._common_words = {}  # see _common_word
        self._datelines = {}
        self._statistics_places = {}  # see _statistics_body_place
        self._spelled_out_names = None  # see _spelled_out
        self._governed_areas = {}  # see _governed_area
        self._verb_subjects = {}
        self._subject_phrases = {}
        self._headings, self._heading_starts = [], []
        return doc

    def _sentence_claims(self, doc: Doc, sent: Span, spans: list[Span], mentions, carry: tuple,
                         model, topic: str | None) -> list[Span]:
        """The claims among the quantities `spans` of sentence `sent`, with their frames; `carry` is the
        (period, reason, kind) its paragraph or article sets."""
        carried, carried_reason, carried_kind = carry
        claims = []
        # `span._.claim` and `span._.quantity` as last set, held here by the span's characters as spaCy keys them (a
        # span._ lookup builds an Underscore each time): keys[k] are those of claims[k]; _frame reads them afterwards
        keys: list[tuple[int, int]] = []
        claim_of: dict[tuple[int, int], dict] = {}
        quantity_of: dict[tuple[int, int], dict] = {}
        self._framed = lambda: [(claim_of[key], quantity_of[key], self._bracketed_part(key, claim_of[key]["metric"]))
                                for key in keys]
        previous_metric: dict[str, str] = {}
        item_list_measure: dict[str, str] = {}  # unit -> what a bracketed list's first item's figure measures (not the item)
        last_metric: str | None = None  # what "of it" refers to: the last figure's metric in the sentence
        last_verb = None  # the verb of the figure that set last_metric
        last_share: str | None = None  # the last share's metric in the sentence, what points after it move
        market_verbs: set[int] = set()  # the verbs of the sentence's share moves (see frame_period.carry_tense)
        last_change = None  # the sentence's claim figure before, and its direction (see direction.gapped_change)
        change_reached = None  # the level that change reached, written right after it ("lost 2.21% to R350.10")
        figures = [(q.start_char - sent.start_char, q.end_char - sent.start_char) for q in spans]
        sentence = self._text[sent.start_char:sent.end_char]  # sent.text, without joining its tokens per claim
        for n, span in enumerate(spans):
            key = (span.start_char, span.end_char)
            q = span._.quantity
            if q["claim_like"] and self._is_threshold(doc, span, q):
                q = span._.quantity = q | {"claim_like": False, "note": "threshold"}
            quantity_of[key] = q
            if not (q["claim_like"] or self.all_quantities):
                continue
            direction = change_direction(doc, span, q, self.direction_words, text=self._text)
            # the figure before, when this one is a later item of a gapped list of changes (whether or not the parse
            # hung the item's "by" on the list's verb, which gives the figure its direction by itself)
            carried_on = gapped_change(doc, span, *last_change, self.direction_words, reached=change_reached) \
                if last_change is not None else None
            gapped = last_change[0] if carried_on is not None and direction in (None, carried_on) else None
            if direction is None and last_change is not None:
                direction = carried_on or restated_change(doc, span, *last_change)  # "a rise of 5.1%, Westerleigh 3.8%"; "up 31p, or 4%,"
            if direction is None and change_reached is None and last_change is not None and last_change[1] is not None \
                    and span.start == last_change[0].end + 1 and doc[span.start - 1].lower_ == "to" \
                    and q["unit"] != quantity_of[(last_change[0].start_char, last_change[0].end_char)]["unit"]:
                # "Kestrel lost 2.2% to 350p and Ardmore 1.4% to 369p": the level the change reached; the list's next
                # item, with its verb left out, carries the change on past it
                change_reached = span
            else:
                last_change, change_reached = (span, direction), None
            verb = self._governing_verb(span)
            metric = frame_metric.metric_of(doc, span, q, self.words, self.threshold_nouns, verb, antecedent=last_metric) \
                or frame_metric.poll_support(doc, span, q, verb, direction, self.words)
            if gapped is not None and (item := frame_metric.gapped_item(doc, span, gapped, self.words)) is not None:
                # "Burglary rose by 3 per cent, robbery by 1 per cent": the item's own noun names what changed, not
                # the list's first (a change of it when the list's first figure was read as one)
                first = claim_of[keys[-1]]["metric"] if claims and claims[-1] is gapped else None
                metric = frame_metric.change_of(item, direction, q, self.words) \
                    if first and frame_metric.is_change(first, self.words) else item
            elif gapped is None and not direction and n and claims and claims[-1] is spans[n - 1] \
                    and quantity_of[keys[-1]]["kind"] == q["kind"] and (first := claim_of[keys[-1]]["metric"]) \
                    and not frame_metric.is_change(first, self.words) \
                    and first.lower() in sentence[:spans[n - 1].start_char - sent.start_char].lower() \
                    and (item := frame_metric.gapped_item(doc, span, spans[n - 1], self.words, level=True)) is not None \
                    and item.lower() != first.lower():
                # "Revenue was $4.1 billion and operating profit $600 million": a list of levels whose verb is left out
                # after the first item; each later item is measured by its own noun, when the first one's measure is
                # the noun written before its figure (not what a verb says: "employs 420 people and the group 1,200")
                metric = item
            moved_too = gapped is not None and metric is None \
                and (first := claim_of.get((gapped.start_char, gapped.end_char))) is not None and first["status"] == "market"
            if moved_too:
                # "Kestrel lost 2.2% to 350p and Ardmore 1.4% to 369p": a later item of a list of market moves, its verb
                # left out, moves what the list's figure before it moves (its own share price), on the same day
                metric = first["metric"]
            if metric is not None and n + 1 < len(spans) and len(metric.split()) <= 2 \
                    and metric.split()[-1].lower() in self.words.rise_nouns | self.words.fall_nouns \
                    and (reached := self._level_reached(doc, span, spans[n + 1])) is not None:
                # "a rise of 12 per cent to 4,300 burglaries", "the steepest increase, of 10.5 per cent to 24,480
                # offences": a change of what the level it reached counts
                metric = frame_metric.change_of(reached, direction or (
                    "up" if metric.split()[-1].lower() in self.words.rise_nouns else "down"), q, self.words)
            # (a "which" or "that" subject stands for what the clause hangs on: "generated $7.37 billion in revenue,
            # which is up 6%")
            if metric is None and direction and kind_of_change(q) and last_metric and (verb is None or verb == last_verb or not any(
                    c.dep_ in ("nsubj", "nsubjpass") and c.tag_ != "WDT" for c in verb.children)) \
                    and not frame_metric.is_change(last_metric, self.words):
                metric = frame_metric.change_of(last_metric, direction, q, self.words)  # "..., up 28%"
            elif metric is None and direction and kind_of_change(q) and n and last_metric and claims \
                    and claims[-1] is spans[n - 1] and claim_of[keys[-1]].get("direction") == direction \
                    and frame_metric.is_change(last_metric, self.words) \
                    and re.fullmatch(r"\s*,?\s*or\s+(?:\w+\s+)?", self._text[spans[n - 1].end_char:span.start_char]):
                metric = last_metric  # "up 41 million or 6 percent": the percentage restates the change before it
            elif metric is None and direction and q["unit"] == "percentage_point" and n and last_share \
                    and spans[n - 1].end <= span.start and self._text[span.start_char - 4:span.start_char].strip(" ,") in (
                        "up", "down") and "," in self._text[spans[n - 1].end_char:span.start_char]:
                # "took 41.2% of the vote, up 18.4 points on 2021": points set off after a share move that share
                metric = frame_metric.change_of(last_share, direction, q, self.words)
            elif direction and n and last_metric and not frame_metric.is_change(last_metric, self.words) \
                    and self._compared_after(doc, span, spans[n - 1]):
                # "It shipped 412,000 switches, 14% fewer than a year earlier": a change of the figure before
                metric = frame_metric.change_of(frame_metric.level_of(last_metric, self.words), direction, q, self.words)
            if (metric is None or metric.lower() in self.words.rise_nouns | self.words.fall_nouns) and self._prior_metric \
                    and verb is not None and self._pronoun_subject(sent, verb, span) \
                    and (q["unit"] == self._prior_unit or q["unit"] in ("percent", "percentage_point", "ratio", "count")):
                # (not a measure of another unit: "The highest temperature was 15.6C. It was a dry month, with 61.8 mm"; a
                # bare number may leave its unit out: "That compares with 39,500 a year earlier")
                # "Net income was $3.88 billion. This is 5.9% higher than ...", "That compares with 3.1 million":
                # the measure of the sentence before
                level = frame_metric.level_of(self._prior_metric, self.words)
                changed = metric is not None or (direction and kind_of_change(q))
                metric = frame_metric.change_of(level, direction or (
                    "up" if metric and metric.lower() in self.words.rise_nouns else "down" if metric else None),
                    q, self.words) if changed else level
            if metric is not None and metric.lower() in self.words.rise_nouns | self.words.fall_nouns \
                    and not last_metric and self._moved_measure:
                # "Knife offences increased everywhere. Dunscar had a rise of 29 per cent": knife offences growth
                metric = frame_metric.change_of(self._moved_measure, direction or (
                    "up" if metric.lower() in self.words.rise_nouns else "down"), q, self.words)
            elif metric is not None and metric.lower() in self.words.rise_nouns | self.words.fall_nouns \
                    and last_metric and frame_metric.is_change(last_metric, self.words):
                word_way = "up" if metric.lower() in self.words.rise_nouns else "down"
                metric = last_metric  # "a rise of 12 per cent, and Brackenshire 6 per cent": the same change
                if metric.lower().endswith(" growth") and word_way == "down" or metric.lower().endswith(" fall") and word_way == "up":
                    # "the northern route saw a rise of 14%, and the island route a fall of 3%": the same measure
                    metric = frame_metric.change_of(frame_metric.level_of(metric, self.words), word_way, q, self.words)
            if metric is not None and " " in metric and (how := metric.split(" ", 1))[0].lower() in self.words.period_adjectives \
                    and how[1].lower() in self._change_words() and how[1].lower() not in self.words.named_changes \
                    and (changed := self._bare_change(doc, sent, span, q, how[1], direction)) is not None:
                # "Harrowby had an annual rise of 5.1 per cent": how often says no more than the bare word what changed
                metric = changed if how[0].lower() in changed.lower() else f"{how[0].lower()} {changed}"
            elif metric is not None and metric.lower() in self._change_words() and metric.lower() not in self.words.named_changes:
                # "Stansted saw a rise of 21%", "Tolworth, with a movement of 9.2 per cent": a bare change word
                # names no measure; what changed is another change noun's "in" phrase in the sentence, else the
                # measure of the sentence before
                metric = self._bare_change(doc, sent, span, q, metric, direction) or metric
            elif n and claims and claims[-1] is spans[n - 1] and (before := claim_of[keys[-1]]["metric"]) \
                    and frame_metric.is_change(before, self.words) \
                    and not frame_metric.is_change(frame_metric.level_of(before, self.words), self.words) \
                    and self._level_after_change(doc, span, spans[n - 1]):
                # "a 10.7 percent increase to 78 million": the level reached measures what changed
                metric = frame_metric.level_of(before, self.words)
            if previous_metric.get(q["unit"]) and frame_metric.listed_after_name(doc, span):
                # "Nigeria (27 percent), the Democratic Republic of the Congo (12 percent)": the list's measure, what the
                # figure of its unit before measures (not the noun the parse hangs the name from)
                metric = previous_metric[q["unit"]]
            elif item_list_measure.get(q["unit"]) and frame_metric.listed_after_item(doc, span, self.words):
                # "the jobless rates for adult men (5.4 percent), adult women (4.9 percent) and teenagers (13.2 percent)":
                # each item's figure measures what the first one's does, the rates, not the item
                metric = item_list_measure[q["unit"]]
            elif metric and (item := frame_metric.bracketed_item(doc, span)) is not None \
                    and item.lower_ not in metric.lower().split() and item.dep_ == "pobj" and item.head.head.pos_ == "NOUN" \
                    and item.head.head.lower_ in metric.lower().split() \
                    and not frame_metric.listed_after_item(doc, span, self.words):
                # (the first item hangs from the measure: "the jobless rates for adult men (5.4 percent)")
                item_list_measure[q["unit"]] = metric
            if (respective := frame_metric.respective_item(doc, span, spans, metric)) is not None:
                metric = respective  # "Prices of rice, wheat flour and tomatoes rose by 0.41, 1.27 and 5.92 per cent respectively"
            if (listed := self._list_measure(doc, span, metric)) is not None:
                metric = listed  # "By health board, first-dose coverage was:" over "Tolland: 95.3 per cent"
            if metric is None and (headed := self._heading_measure(span)) is not None:
                metric = headed  # "UNEMPLOYMENT" over "* 2019/20 5.25 per cent vs 5.0 per cent."
            if metric is not None and q["kind"] == "amount":
                if metric in self._price_nouns():
                    self._deal_price = metric
                elif self._deal_price and metric.lower() in self.words.transfer_nouns:
                    metric = self._deal_price  # "Redmarsh signed Dunmore for £58m. The deal is worth up to £65m"
            placed = metric is not None and q["unit"] != "count" and q["kind"] != "multiple" and self._no_measure(metric)
            if placed:
                metric = None  # "The South and West regions grew 14.3 percent", "were down by 12% in the county": where
            if metric is not None and metric.lower() in self.words.container_nouns and (
                    told := next((m for m in (last_metric, self._prior_metric) if m and not self._vague(m)), None)):
                # "The figure for July was 3.4%", "the total came to ...": a bare container names nothing of its own;
                # what the figure before it measures (not a count of individuals, which names nothing either)
                metric = frame_metric.level_of(told, self.words)
            elif metric is not None and (held := self._bare_container(doc, metric)) is not None \
                    and (earlier := self._story_measures.get(q["unit"])) and earlier[1] >= self._paragraph_now - 1:
                # "That year, the number was 1,412", "the number rose from 308 to 526, a rise of 218", "Norland numbers
                # have gone up by 118" with no measure in the sentence or the one before: what a figure of its unit
                # measured last in its paragraph or the one before (a place owning the container says only where)
                earlier = earlier[0]
                metric = earlier if held == metric else frame_metric.change_of(earlier, "up" if metric.endswith(" growth") else (
                    "down" if metric.endswith(" fall") else None), q, self.words)
            if metric is None and n == 0 and q["unit"] == "percent" and not direction and self._prior_share \
                    and span.root.dep_ in ("dobj", "attr", "pobj", "appos") \
                    and not (span.end < sent.end and doc[span.end].lower_ == "of") \
                    and (verb is None or not any(c.dep_ == "dobj" and not (span.start <= c.i < span.end) for c in verb.children)):
                # "The Reform Party took 41.2 per cent share of the votes. Its partner got 7.9 per cent": the same share
                metric = self._prior_share
            if metric is None and n and claims and claims[-1] is spans[n - 1] and claim_of[keys[-1]].get("direction") \
                    and (before := claim_of[keys[-1]]["metric"]) and " per " not in before and "share of" not in before \
                    and not frame_metric.is_change(frame_metric.level_of(before, self.words), self.words) \
                    and self._level_after_change(doc, span, spans[n - 1]):
                # "the health division grew 8.4 per cent to almost $3.3 billion": the level the change went to measures
                # what changed, whichever way the change's own measure was named
                metric = frame_metric.level_of(before, self.words)
            if metric is None and n and claims and claims[-1] is spans[n - 1] and span.start >= sent.start + 2 \
                    and doc[span.start - 1].lower_ == "from" and doc[span.start - 2].lower_ in ("up", "down") \
                    and (before := claim_of[keys[-1]]["metric"]) and " per " in before:
                metric = before  # "it earned 66 cents per share, up from 58 cents per share": the same rate
            if metric is None and q["unit"] in previous_metric:
                metric = previous_metric[q["unit"]]
            elif metric is None and q["unit"] in ("percent", "ratio") and not direction \
                    and (share := previous_metric.get("ratio" if q["unit"] == "percent" else "percent", "")).startswith("share of"):
                metric = share  # "more than 40% of group revenue, against roughly a third two years ago"
            if metric is None and placed and (earlier := self._story_measures.get(q["unit"])) \
                    and earlier[1] >= self._paragraph_now - 1:
                # a place is no measure: what a figure of its unit measured last in the paragraph or the one
                # before ("There were 308.7 million people ... The South and West regions grew 14.3 percent")
                metric = frame_metric.change_of(earlier[0], direction, q, self.words) \
                    if direction and kind_of_change(q) else earlier[0]
            elif metric is None and not direction and self._bracketed_part(key) \
                    and (earlier := self._story_measures.get(q["unit"])) and earlier[1] >= self._paragraph_now - 1:
                # "Arnley had an 81.2% pass rate. Three districts fell short: Tarlow (48.5%), Brenna (47.2%) ...": a
                # breakdown's item in brackets naming no measure, with none in its sentence, is a level of what a figure
                # of its unit measured last in its paragraph or the one before
                metric = earlier[0]
            if metric and " per " not in metric and "share of" not in metric and self._bare_container(doc, metric) is None \
                    and not frame_metric.is_change(level := frame_metric.level_of(metric, self.words), self.words) \
                    and not self._vague(level):
                self._story_measures[q["unit"]] = (level, self._paragraph_now)
            if metric and " per " not in metric:  # a per-share figure is not what the next amount measures
                previous_metric[q["unit"]] = metric
                if "share of" not in metric:  # what changed, or a share is of: a measure, not a share of one
                    last_metric, last_verb = metric, verb
                elif not frame_metric.is_change(metric, self.words):
                    last_share = metric
            if q["meta"].get("per"):
                metric = f"{metric or q['unit'].split(' per ')[0]} per {q['meta']['per']}"
            converted = claims[-1] if claims and q["kind"] == "amount" and claims[-1].end == span.start - 1 \
                and doc[span.start - 1].text == "(" and quantity_of[keys[-1]]["kind"] == "amount" \
                and quantity_of[keys[-1]]["unit"] != q["unit"] else None
            if converted is None and claims and claims[-1].end == span.start - 2 and doc[span.start - 2].text == "," \
                    and doc[span.start - 1].lower_ in ("or", "to", "at") and metric is not None \
                    and (before := claim_of[keys[-1]]["metric"]) and metric in (before, frame_metric.level_of(before, self.words)):
                converted = claims[-1]  # "Brindle up 47p, or 4.1%, to 1,207p": the change restated, and its level, are Brindle's
            if converted is None and claims and claims[-1].end == span.start - 1 and doc[span.start - 1].text == "(" \
                    and span.end < sent.end and doc[span.end].text == ")" and q["unit"] == "percent":
                converted = claims[-1]  # "in Wales to £220,000 (17.6%)": a bracketed rate the figure before it carries
            if converted is not None:  # "about 75 million pounds ($97 million)": the same sum in another currency
                subject, why = claim_of[keys[-1]]["subject"], claim_of[keys[-1]]["subject_reason"]  # converted is claims[-1]
                if metric is None and q["kind"] == "amount" and quantity_of[keys[-1]]["kind"] == "amount":
                    metric = claim_of[keys[-1]]["metric"]  # "a fee of around £51 million (S$85.5 million)": the same fee
            else:
                subject, why = self._subject(doc, span, topic)
            if q["meta"].get("exchange_rate"):
                # "the rupee settled at 83.14 against the US dollar": the currency quoted, at its exchange rate
                subject, why, metric = q["meta"]["exchange_rate"], "quoted currency", "exchange rate"
            self._last_subject = (sent.end, subject)
            if self._first_subject[0] != sent.end:
                self._first_subject = (sent.end, subject)  # what "The forecast" in the next sentence restates
            kind = q["kind"]
            if direction and (kind in ("amount", "percentage", "count", "ratio") or kind == "physical" and not q["meta"].get("age")):
                kind = "change"
            tense = self._tense(span)
            if tense == "none" and self._list_intro(span) is not None \
                    or tense in ("none", "present") and self._listed_under_colon(span):
                # "Flat or maisonette: £164,300" under "Average prices by property type:", "Northland $221,500 (up
                # $7500)" under "The regional changes were:": a list item reports what its introducing line does (in
                # the present tense of a headline, or none: a place name opening the line may parse as a verb)
                tense = "past"
            if tense == "none" and self._root_past(span):
                # "Crops on 157,954 acres have been affected", "Heathrow fell three places (75 million, up 2.2%)": a figure
                # no verb governs reports in the tense of its sentence's main verb
                tense = "past"
            said_by = self._verb_subject(doc, verb) if verb is not None else None
            status = "market" if moved_too else self._status(span, q, tense, said_by, metric, direction)
            if status == "market" and metric and (moved := self._moved_market(span)) is not None \
                    and (price := self.words.subject_metric(moved.lower_)) \
                    and frame_metric.level_of(metric, self.words).lower() == moved.lower_:
                metric = price  # "sending its shares up 6%": the share price, as "its shares rose 6%" reads
            if metric is None and status == "market" and said_by is not None and said_by.ent_type_ == "ORG" \
                    and said_by.lower_ not in self.words.market_nouns:  # "Quillon Mobile fell 3.4%": its share price
                metric = frame_metric.market_move(doc, span, q, verb, said_by, self.words, moving=True)
            elif status == "reported" and metric is not None \
                    and metric == frame_metric.market_move(doc, span, q, verb, frame_metric.mover_of(verb) if verb is not None else None, self.words):
                status = "market"  # "the Holloway 30 slipped 0.4%": a market move
            if metric is None and self._prior_metric and n == 0 and status != "market" \
                    and (q["unit"] == self._prior_unit and not (q["unit"] in ("percent", "ratio") and not direction)
                         or q["unit"] in ("percent", "percentage_point") and direction and kind_of_change(q)):
                level = frame_metric.level_of(self._prior_metric, self.words)  # what the sentence before measured
                metric = frame_metric.change_of(level, direction, q, self.words) if direction and kind_of_change(q) else level
                if q["unit"] not in previous_metric and not q["meta"].get("per") and " per " not in metric:
                    # a list's first figure read only from the sentence before: the later items with nothing of
                    # their own measure the same ("The county recorded 260 new cases. Alden has 131, Barrow 50")
                    previous_metric[q["unit"]] = metric
            if metric is None and direction and kind_of_change(q) and self._lead_measure and self._bracketed_part(key) \
                    and not frame_metric.is_change(self._lead_measure, self.words):
                # "there were rises in Queensland (0.8 per cent)" after a breakdown by industry: a breakdown's item
                # naming no measure, with none in the sentence before, is a change of what the story reports on, its
                # lead's measure (never a figure outside brackets: "spend around 35% more per order" is no revenue)
                metric = frame_metric.change_of(self._lead_measure, direction, q, self.words)
            signing = self._signing_term(span, model)  # "on a five-year contract": a signing's term, the season's
            # a currency's exchange rate moves on the day's market as a share does ("The dollar rose 0.4% against the
            # yen to 151.20 on Tuesday")
            daily = status == "market" or (metric or "").startswith("exchange rate")
            day_word = frame_period.event_day(span, self.words.reporting_verbs | self.words.publishing_verbs, sentence) \
                if q["kind"] != "amount" or daily else None  # not a fee agreed on deadline day: the window's
            # season (a price on a market is the day's: "closed 4.5% higher on Thursday at $48.20")
            if day_word is not None and not daily and (frame_period.dated_in_month(day_word, carried)
                                                       or frame_period.day_label(day_word, model.published) == carried):
                # "the highest temperature, 14.7C on Sunday 4 February" in a report of February: that month's; "exceeded
                # 45 degrees on Tuesday" in a story of Tuesday's heat: the day the story carries
                day_word = None
            choice = frame_period.choose(sentence, n, figures,
                                         mentions if carried else frame_period.ago_from_publication(mentions, model.published),
                                         carried, carried_reason, model.fiscal,
                                         is_change=direction is not None, carried_kind=carried_kind,
                                         prior_span=self._prior_span,
                                         weights=self.weights, carry=frame_period.carry_features(
                                             # (a breakdown's item in brackets, "Others are Hollin (212 cases)",
                                             # is of the whole's period in any tense: read as reported)
                                             carried, "past" if frame_metric.breakdown_item(doc, span)
                                             else frame_period.carry_tense(verb, tense, market_verbs), status,
                                             q["unit"] in self.time_units and not signing, model,
                                             headline=sent.start_char < model.headline_end,
                                             state=frame_period.present_state(verb, sentence),
                                             # (not a measure: "Cradock, with an 81.2% pass rate, was the highest")
                                             described=frame_period.describes_thing(span, self.words.rise_nouns | self.words.fall_nouns
                                                                                    | self.words.relational_nouns)
                                             and not signing or self._career_total(span, sentence, sent.start_char, model),
                                             sample=frame_period.sample_size(span, self.words.sample_nouns),
                                             rolling=self._rolling_year(model, carried), rate=q["unit"] == "percent",
                                             day=day_word is not None))
            if (respective := _respective_period(sentence, n, figures, mentions)) is not None:
                # "rose 2.1% and 3.4% in 2019 and 2020 respectively": each figure is of its place's period
                choice = frame_period.PeriodChoice(respective, article_model.label(respective, model.fiscal), None,
                                                   "in the sentence", respective.kind)
            if direction is not None:  # "rose 9.7 percent from a decade ago": a change over the decade, 2015-2025
                choice = frame_period.ago_span(choice, mentions, model.published, n, figures)
            else:  # "rose by 9pc to 71,200 between 2011 and 2022": the level at the span's end, 2022
                choice = frame_period.span_end(choice, sentence, n, figures)
            if status in ("forecast", "estimate"):  # not "the €2.47 billion analysts had expected" of the quarter just
                # reported, nor an estimate of it ("is estimated to have grown 0.4% in the third quarter")
                choice = _ahead(choice, model.published, past=tense == "past" or status == "estimate",
                                year_end=model.year_end,
                                reported=model.period and article_model.label(model.period, model.fiscal))
            if status == "estimate" and choice.value is None and claims and n in frame_period.base_figures(sentence, figures):
                # "$1.03 a share, vs. 97 cents as expected by analysts", "lower than the $859.7 million consensus": the
                # estimate a result is measured against is of the result's period, not of the year before
                choice = replace(claim_of[keys[-1]]["period_choice"], reason="compared result")
            if status in ("forecast", "estimate") and tense != "past":
                choice = _month_ahead(choice, model.published)
            choice = _latest(choice, model.published, model.year_end)
            if status == "market" and choice.kind in _WEEK_KINDS:
                # "the index fell 4.1 per cent last week": a week's trading, like a day's, is no period a label names
                choice = replace(choice, mention=None, value=None, base=None, reason="none", kind=None)
            if status == "market":
                choice = _calendar_year(choice, model.published)
            else:
                choice = _calendar_books(_fiscal_quarter(choice, model), model)
            if daily and day_word is not None \
                    and (choice.value is None or not self._own_clause_period(sentence, span, sent, choice)) \
                    and (day := frame_period.day_label(day_word, model.published)):
                # "the index closed 62 points lower on Tuesday": a day's trading, of the day the publication date places;
                # in a results story too, over the quarter it carries or another clause names ("Revenue in the quarter
                # climbed 7%, sending its shares up 6% Thursday")
                choice = replace(choice, value=day, reason="trading day", kind="day")
            elif (choice.value is None or choice.reason in ("article", "paragraph")) and status == "market" \
                    and model.trading_day is not None and tense in ("past", "none", "present"):
                # "The index gained 647 points or 0.92%" in a report of Friday's trading: that day's move
                choice = replace(choice, value=model.trading_day, reason="article", kind="market_day")
            elif (choice.value is None or choice.reason in ("article", "paragraph")) and status == "market" \
                    and model.published is not None \
                    and tense in ("past", "none", "present") and (self._trading_session(sentence)
                                                                   or self._trading_place(doc, sent, verb)):
                # "The bank's shares were up 1.4% in premarket trading", "Shares rose 5% to $88.40 in afternoon
                # trading", "rose 3.2% to 512 pence by 0900 GMT": a session of the day the story is written on, not
                # the quarter a results story carries
                day = model.published if model.published.weekday() < 5 else _last_weekday(model.published)
                choice = replace(choice, value=day.isoformat(), reason="trading session", kind="day")
            if re.fullmatch(r"\d{4}-\d\d-\d\d", choice.value or "") and self._previous_close(sentence, span, sent) \
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", choice.value or ""):
                # "shed 0.54 percent from the previous close of $63.34" in a report of Monday's trading: Friday's close
                choice = replace(choice, value=_last_weekday(dt.date.fromisoformat(choice.value)).isoformat(),
                                 reason="previous close")
            if metric in _DEAL_PRICES and choice.reason in ("paragraph", "article", "none") and model.published is not None:
                # "agreed to buy Whole Foods Market for $13.7 billion": the terms of a deal struck now are of the month it
                # is announced, whatever period the story's figures about the company report
                choice = replace(choice, value=f"{model.published.year}-{model.published.month:02d}", reason="published",
                                 kind="deal_month")
            if (season := article_model.summer_season(choice.value, choice.kind, model)) != choice.value:
                choice = replace(choice, value=season)
            if (years := article_model.two_year_relative(choice.value, choice.kind, model)) != choice.value:
                choice = replace(choice, value=years)
            if (half := article_model.half_span(choice.value, choice.kind, model)) != choice.value:
                choice = replace(choice, value=half)  # "between April and September" in a story of H1 FY2022
            if (written := article_model.as_written(choice.value, model)) != choice.value:
                choice = replace(choice, value=written)
            if model.calendar_books and (calendar := article_model.as_calendar(choice.value, model)) != choice.value:
                # "the fourth quarter" of a bank keeping calendar books: Q4 2025, still the quarter its results report
                choice = replace(choice, value=calendar, base=article_model.as_calendar(choice.base, model), fiscal=True)
            if status == "market" and verb is not None:
                market_verbs.add(verb.i)
            if metric is not None and self.time_only.fullmatch(metric):
                metric = None  # "the peak last month of more than 870": a time is no measure
            if metric is not None and metric[:1] in BULLETS:
                metric = metric.lstrip("".join(BULLETS) + " ") or None  # "- General fund: $915.3 million": no dash
            if metric is not None and subject and subject[:1].isupper() and metric.startswith(subject + " ") \
                    and metric[len(subject) + 1:][:1].islower() \
                    and (" " in subject or self._labels_of(subject) & {"GPE", "LOC"}) \
                    and said_by is not None and said_by.pos_ in ("NOUN", "PROPN") \
                    and metric.lower().endswith(said_by.lower_):  # the clause's subject; not "has 120 U.S. stores"
                # "Kilima Group net profit rises": the name is who, not what is measured (a commodity's "gold price" stays)
                metric = metric[len(subject) + 1:]
            span._.claim = claim = {"subject": subject, "metric": metric, "period": choice.value, "direction": direction,
                                    "status": status,
                                    "kind": kind, "period_choice": choice, "sentence": (sent.start_char, sent.end_char),
                                    "subject_reason": why}
            claims.append(span)
            keys.append(key)
            claim_of[key] = claim
        return claims

    def _bracketed_part(self, key: tuple[int, int], label: str | None = None) -> bool:
        """Whether the figure at characters `key` stands in brackets right after a word ("takeaway services (-0.3 per
        cent)", "Nigeria (27 percent)"): a breakdown's item, labelled by the words before the bracket; with `label`
        (a metric), only when the label is what those words end with (not "prices fall" for "decreases in Transport
        (-2.6%)", the measure the list's items share)."""
        start, end = key
        before = self._text[max(0, start - 120):start].rstrip()  # the words before the bracket, not the whole text
        if not (before.endswith("(") and before[:-1].rstrip()[-1:].isalpha() and self._text[end:].lstrip().startswith(")")):
            return False
        return label is None or before[:-1].rstrip().lower().endswith(label.lower().split()[-1])

    def _level_reached(self, doc: Doc, span: Span, after: Span) -> str | None:
        """The noun a count right after `span` and "to" counts ("12 per cent to 4,300 burglaries" -> "burglaries"), or
        the count it moved "from", after a comma or in brackets ("a fall of 14 per cent (from 177 burglaries to 151)");
        None when nothing else stands between them or the count names no noun of its own."""
        gap = list(doc[span.end:after.start])  # "12 per cent to 4,300", "a 6.2 percent increase to 41.3 million passengers"
        if len(gap) == 2 and gap[0].text in ("(", ",") and gap[1].lower_ == "from":
            gap = gap[1:]
        if not (len(gap) == 1 or len(gap) == 2 and gap[0].lower_ in self._change_words()) or gap[-1].lower_ not in ("to", "from"):
            return None
        noun = after.root.head if after.root.dep_ == "nummod" else None
        if noun is None or noun.pos_ != "NOUN" or noun.i != after.end or noun.lower_ in self.words.not_metrics:
            return None
        return frame_metric.chunk_text(doc, noun, skip=after)

    def _change_words(self) -> frozenset[str]:
        """The bare change words: `rise_nouns`, `fall_nouns` and `change_nouns`."""
        words = self.words
        if getattr(self, "_changes_for", None) is not words:
            self._changes, self._changes_for = words.rise_nouns | words.fall_nouns | words.change_nouns, words
        return self._changes

    def _vague(self, metric: str) -> bool:
        """Whether `metric` is only words of `vague_nouns` ("individuals", "people"): no measure to carry."""
        return set(frame_metric.level_of(metric, self.words).lower().split()) <= self.words.vague_nouns

    def _no_measure(self, metric: str) -> bool:
        """Whether `metric` names a place, not a measure of a figure other than a count ("four states" counts them):
        its last word a word of `place_heads` or `world_scopes` or the plural of one ("South and West regions",
        "county", "world"); never a phrase with "of" or "per", nor the time a clause takes ("time to drive to the
        city")."""
        low = metric.lower()
        if " of " in low or " per " in low or low.startswith("time to ") or frame_metric.is_change(low, self.words):
            return False
        last = low.split()[-1]
        heads = self.words.place_heads | self.words.world_scopes
        return last in heads or last.endswith("s") and last[:-1] in heads

    def _bare_container(self, doc: Doc, metric: str) -> str | None:
        """The level of `metric` when it names nothing but a container noun, bare or after the names of places ("number",
        "numbers growth", "Norland numbers"), else None."""
        level = frame_metric.level_of(metric, self.words)
        *owners, last = level.split()
        if last.lower() not in self.words.container_nouns:
            return None
        if owners and not set(owners) <= {t.text for e in doc.ents if e.label_ in ("GPE", "LOC") for t in e}:
            return None
        return level

    def _bare_change(self, doc: Doc, sent: Span, span: Span, q: dict, word: str, direction: str | None) -> str | None:
        """What a figure whose metric is only a change word (`word`) is a change of: the "in" or "of" phrase of another
        change noun of its sentence ("the region which saw the greatest increase in its average rent ... is Tolworth,
        with a movement of 9.2 per cent" -> "change in average rent"), else the measure of the sentence before
        ("Cargo volumes were 2.3 million tonnes. Brenholt posted a growth of 4.1%" -> "Cargo volumes growth");
        None when neither says. A look at the sentence's tokens; a tree walk only from another change noun."""
        changes = self._change_words()
        way = direction if direction in ("up", "down") else "up" if word.lower() in self.words.rise_nouns \
            else "down" if word.lower() in self.words.fall_nouns else None
        for tok in sent:
            if tok.lower_ in changes and tok.pos_ == "NOUN" and not (span.start <= tok.i < span.end) \
                    and any(c.dep_ == "prep" and c.lower_ in ("in", "of") for c in tok.children):
                what = frame_metric.what_changed(doc, tok, span, self.words, None)
                if what and not frame_metric.is_change(frame_metric.level_of(what, self.words), self.words):
                    return frame_metric.change_of(frame_metric.level_of(what, self.words), way, q, self.words)
        prior = self._prior_metric
        if prior and " per " not in prior and "share of" not in prior \
                and not frame_metric.is_change(level := frame_metric.level_of(prior, self.words), self.words):
            return frame_metric.change_of(level, way, q, self.words)
        return None

    def _level_after_change(self, doc: Doc, span: Span, before: Span) -> bool:
        """Whether `span` is the level a change figure `before` went "to" and names no noun of its own ("a 10.7 percent
        increase to 78 million", "rose 4% to 1.4 million"); a look at the tokens between them."""
        gap = doc[before.end:span.start]
        if not (len(gap) == 1 or len(gap) == 2 and gap[0].lower_ in self._change_words()) or gap[-1].lower_ != "to":
            return False
        root = span.root
        return not (root.dep_ == "nummod" and root.head.pos_ == "NOUN" and root.head.i >= span.end)

    def _compared_after(self, doc: Doc, span: Span, before: Span) -> bool:
        """Whether `span` stands in apposition to the figure `before` and compares it with another time: a comma
        at most five tokens after `before` (its noun, no other mark but a hyphen between), then the figure and a word of `comparative_words` with
        "than" right after ("412,000 switches, 14% fewer than a year earlier", "3,412 posts, 41 more than this
        year"). A look at a few tokens, no tree walk."""
        comma = span.start - 1
        if comma <= before.end - 1 or doc[comma].text != "," or comma - before.end > 5 \
                or any(t.is_punct and t.text not in "-–" for t in doc[before.end:comma]):
            return False
        after = doc[span.end:span.end + 3]
        return len(after) >= 2 and after[0].lower_ in self.words.comparative_words and any(t.lower_ == "than" for t in after[1:])

    def _measure_that_moved(self, doc: Doc, sent: Span) -> str | None:
        """The measure a sentence with no figure says went up or down ("Offences involving a knife increased
        everywhere" -> "Offences involving a knife"): the noun subject of its main verb when that verb is one of
        moving (`move_verbs` or the lexicon's up and down verbs) and the noun names no actor or place; else None."""
        root = sent.root
        if root.pos_ != "VERB":
            return None
        moving = self.words.move_verbs | self.direction_words.change_verbs
        if root.lemma_.lower() not in moving and (root.lower_ in self.words.reporting_verbs
                                                  or root.lemma_.lower() in self.words.publishing_verbs):
            # "Retail sales volumes rose in October, the statistics office said", "Figures show that prices fell"
            root = next((c for c in root.children if c.dep_ == "ccomp" and c.pos_ == "VERB"
                         and c.lemma_.lower() in moving), root)
        lemma = root.lemma_.lower()
        if lemma not in moving:
            return None
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "NOUN" or subject.lower_ in self.words.actors \
                or subject.lower_ in self.words.not_metrics or subject.ent_type_ \
                or any(c.dep_ == "dobj" for c in root.children):
            return None
        measure = frame_metric.named(doc, subject, doc[subject.i:subject.i], self.words, None, with_conjuncts=True)
        if measure == subject.text:  # "Offences involving a knife or sharp instrument"
            measure += frame_metric.state_tail(doc, subject, doc[subject.i:subject.i])
        return measure

    def _list_measure(self, doc: Doc, span: Span, metric: str | None) -> str | None:
        """What a figure on a "Label: figure" line of a list measures when the label names no measure of its own
        (a place, a type: "Tolland: 95.3 per cent", "Detached: £512,400"): the measure of the line that
        introduces the list and ends with a colon ("By health board, first-dose coverage at age two was:",
        "Average prices in Linmouth by property type, September 2025:"). None when the figure is on no such
        line, the label is a measure ("Revenue: $4.1 billion") or the metric read says more than the label."""
        found = self._list_intro(span)
        if found is None:
            return None
        name, begin, end = found
        if name.split()[-1].lower() in self.words.metric_heads or metric is not None and metric.lower() not in name.lower():
            return None
        if begin not in self._list_intros:
            self._list_intros[begin] = self._intro_measure(doc, begin, end)
        return self._list_intros[begin]

    def _heading_measure(self, span: Span) -> str | None:
        """What a figure on a bulleted line measures when its sentence names nothing: the heading line above the
        list ("WAGE GROWTH" over "* 2019/20 2.5 per cent vs 2.75 per cent."), a line of at most four words, no
        digit and no closing punctuation, one of whose words names a measure (`metric_heads`, `place_measures`,
        `national_measures`; a heading that names a place or a company names no measure). Written in capitals, it
        is read in lower case ("wage growth"; a short one is an initialism, "GDP"). None otherwise."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        if not _BULLET.match(text, start) or (above := self._line_above_list(start, _BULLET_LINE)) is None:
            return None
        line = text[above[0]:above[1]].strip().rstrip(":").strip()
        words = line.split()
        if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[^\W\d_][\w&'/-]*", w) for w in words):
            return None
        measures = self.words.metric_heads | self.words.place_measures | self.words.national_measures
        if not any(w.lower() in measures for w in words):
            return None
        return line.lower() if line.isupper() and len(line) > 4 else line

    def _listed_under_colon(self, span: Span) -> bool:
        """Whether the figure `span` is on a short line with no verb of its own (_SHORT_ITEM: "Northland $221,500 (up
        $7500)", "Otago $200,000") among such lines under a line that ends with a colon ("The regional changes in
        median prices were:"): an item of the list it introduces, with or without a "Label:" colon of its own."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        stop = text.find("\n", span.end_char)
        if not _SHORT_ITEM.fullmatch(text[start:stop if stop >= 0 else len(text)].strip()):
            return False
        return self._list_introduced_by(start, _SHORT_ITEM) is not None

    def _list_intro(self, span: Span) -> tuple[str, int, int] | None:
        """For a figure on a "Label: figure" line of a list under a line that ends with a colon: the label and the
        start and end characters of that introducing line, without its colon; None otherwise."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        label = _LABEL_LINE.fullmatch(text, start, span.start_char)
        if label is None and (label := _BARE_LABEL_LINE.fullmatch(text, start, span.start_char)) is not None:
            # "Northland $221,500 (up $7500)": a name and its figures with no colon, when the words before the figure
            # are a name's (each capitalised or a name's small word: "Bay of Plenty"), not a sentence's
            if not all(w[:1].isupper() or w.lower() in self.words.name_connectives for w in label.group(1).split()):
                return None
        if label is None:
            return None
        found = self._list_introduced_by(start, _LIST_ITEM)
        return None if found is None else (label.group(1).strip(), *found)

    def _list_introduced_by(self, start: int, item: re.Pattern) -> tuple[int, int] | None:
        """The line that introduces the list the line at character `start` is in (see `_line_above_list`; _SHORT_ITEM
        for any short line, _LIST_ITEM for a label and its figures), when it ends with a colon: its start and the
        character of its colon. None when that line ends otherwise or the text begins first."""
        found = self._line_above_list(start, item)
        if found is None:
            return None
        begin, end = found
        body = self._text[begin:end].rstrip()
        return (begin, begin + len(body) - 1) if body.strip().endswith(":") else None

    def _line_above_list(self, start: int, item: re.Pattern) -> tuple[int, int] | None:
        """The first line above the line at character `start` that is neither blank nor a list item by `item`
        (a pattern the whole stripped line matches): its start and the character where it ends; None when the text
        begins first. The answer is the same for every line of one list, so it is kept for each line walked over
        (per document, in `_list_lines`): a list is read once, not once a figure."""
        text, known = self._text, self._list_lines
        walked = []
        end = start - 1  # the line break before the line at `start`
        found = None
        while end > 0:
            if (end, item) in known:
                found = known[(end, item)]
                break
            walked.append(end)
            begin = text.rfind("\n", 0, end) + 1
            line = text[begin:end].strip()
            if line and not item.fullmatch(line):
                found = begin, end
                break
            end = begin - 1
        for at in walked:
            known[(at, item)] = found
        return found

    def _intro_measure(self, doc: Doc, begin: int, end: int) -> str | None:
        """The measure a list's introducing line names: a noun that is a verb's subject ("first-dose coverage at age
        two was:"), else the head noun of a line with no verb ("Average prices in Linmouth by property type")."""
        line = doc.char_span(begin, end, alignment_mode="contract")
        if line is None:
            return None
        nouns = [t for t in line if t.pos_ == "NOUN" and t.lower_ not in self.words.not_metrics
                 and t.lower_ not in self.words.actors and not frame_metric.is_period_phrase(t.text)
                 and t.ent_type_ not in ("DATE", "TIME")]
        head = next((t for t in nouns if t.dep_ in ("nsubj", "nsubjpass")), None) \
            or next((t for t in nouns if t.dep_ == "ROOT" or t.head.pos_ not in ("NOUN", "PROPN", "ADP")), None)
        if head is None:
            return None
        if head.lemma_.lower() in self.words.rise_nouns | self.words.fall_nouns | self.words.change_nouns:
            # "The regional changes in median house prices were:": the list gives what changed, the level after it
            moved = next((g for c in head.children if c.dep_ == "prep" and c.lower_ in ("in", "of") and c.i > head.i
                          for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
            head = moved if moved is not None else head
        measure = frame_metric.named(doc, head, doc[head.i:head.i], self.words, None)
        of = next((g for c in head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > head.i
                   for g in c.children if g.dep_ == "pobj" and g.pos_ == "NOUN"), None)
        if of is not None and " of " not in measure and measure.lower() not in self.words.container_nouns:
            measure = f"{measure} of {frame_metric.chunk_text(doc, of, doc[of.i:of.i])}"  # "the share of homes let"
        return measure

    def _career_total(self, span, sentence: str, offset: int, model: article_model.ArticleModel) -> bool:
        """Whether the figure `span` is a career total in a match report (article period kind "match_month"): a word of
        rules/frame.json `career_words` in its clause ("Over her career she has won 287 of her 418 matches", "lifting
        his career total to 10,007 points"): a fact about the player, not the match, like a thing's size, it takes no
        carried month. Its clause runs between the nearest commas, semicolons or colons around it."""
        if model.period is None or model.period.kind != "match_month" or "career" not in sentence.lower() \
                and "all-time" not in sentence.lower():
            return False
        start, end = span.start_char - offset, span.end_char - offset
        low = max(sentence.rfind(c, 0, start) for c in ",;:") + 1
        highs = [i for i in (sentence.find(c, end) for c in ",;:") if i >= 0]
        clause = sentence[low:min(highs) if highs else len(sentence)].lower()
        return not self.words.career_words.isdisjoint(re.findall(r"[a-z]+(?:-[a-z]+)?", clause))

    def _signing_term(self, span, model: article_model.ArticleModel) -> bool:
        """Whether the figure `span` sizes the contract or deal of a player's signing in an article reporting the season
        of a transfer window ("signed on a five-year contract" in July 2017 -> 2017-18): the noun it describes is one of
        rules/frame.json `contract_nouns` or `transfer_nouns`; such a term is the season's, neither a bare thing's size nor a length of time that places nothing."""
        if model.period is None or model.period.kind != "transfer_season":
            return False
        head = span.root.head
        return head is not span.root and head.lemma_.lower() in (self.words.contract_nouns | self.words.transfer_nouns)

    def _price_nouns(self) -> frozenset[str]:
        """The metrics `price_verbs` gives ("transfer fee", "purchase price")."""
        return _price_nouns(self.words.price_verbs)

    @staticmethod
    def _rolling_year(model, carried: str | None) -> bool:
        """Whether `carried` is the rolling year a statistics release reports, named with its year in the lead ("crimes
        recorded in the year ending March 2025"): every figure of the release shares it (see frame_period.carry_features)."""
        lead = model.period
        if bool(carried) and model.release and lead.period == carried:
            return True  # "all figure in the office's annual statistics for 2018-19": a release's period
        return bool(carried) and not model.fiscal and lead is not None and lead.kind in _ROLLING_KINDS \
            and lead.period == carried and re.search(r"(?:19|20)\d\d", lead.text) is not None

    @staticmethod
    def _pronoun_subject(sent: Span, verb: Token, span: Span) -> bool:
        """Whether the figure's verb has "that", "this" or "it" for its subject at the start of the sentence
        (after at most a conjunction or an adverb: "But that compares with ..."): the sentence goes on about the
        figure before it."""
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or subject.lower_ not in ("that", "this", "it") or span.start <= subject.i < span.end:
            return False
        # or after a time put first: "A year earlier it was 3.9%", "In April it had been 2.8%"
        return all(t.pos_ in ("CCONJ", "ADV", "PUNCT") or t.ent_type_ in ("DATE", "TIME")
                   or t.dep_ == "prep" and t.head == verb and any(
                       g.dep_ == "pobj" and g.ent_type_ in ("DATE", "TIME") for g in t.children)
                   for t in sent.doc[sent.start:subject.i])

    def _sentence(self, span: Span | Token) -> SentenceReading:
        """The reading of the sentence of `span`, shared by every figure of it (see frame/sentence.py)."""
        if self._sentences is None:  # a reader asked outside a document's framing
            return SentenceReading(span.sent, list(span.sent.ents))
        return self._sentences.of(span.sent)

    def _ents_in(self, span: Span) -> list[Span]:
        """The entities inside `span` (what `span.ents` gives), from the document's entities read once."""
        found = []
        for ent in self._ents[bisect_left(self._ent_starts, span.start):]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found

    # -------------------------------------------------------------- threshold
    def _is_threshold(self, doc: Doc, span: Span, q: dict) -> bool:
        """A bound that defines a group rather than reports a figure: "people waiting more than 52 weeks".

        A duration (or any bounded quantity) is a threshold when it sits in a modifier of a noun
        ("waiting ... 52 weeks") or in a clause whose subject is itself counted ("3,480 patients spent
        more than 12 hours", "71.8% of patients were seen within four hours").
        """
        bounded = q["qualifier"] in ("lower_bound", "upper_bound") or bool(
            re.search(r"\bwithin\s+(?:a\s+|an\s+|the\s+)?$", self._text[max(0, q["start"] - 12):q["start"]], re.I))
        duration = q["unit"] in self.time_units
        if bounded and _defines_a_group(span):
            return True
        # "56.4% of pupils achieved five or more good grades": a count "or more" a counted group reached
        # (and "22 of its 33 schools have at least 60% of pupils gaining ...": a share the counted group holds)
        or_more = q["kind"] == "count" and bool(self.or_more.search(span.text)) \
            or q["kind"] == "percentage" and span.root.dep_ == "dobj"
        if not (bounded and (duration or q["kind"] == "physical" or or_more)):
            return False
        tok = span.root
        for _ in range(6):
            if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                # "people waiting more than 52 weeks"; not "a plan to rebuild ... within three years", nor a clause
                # that reports how the noun itself moved ("crude prices, which have fallen by more than 30 percent",
                # "temperatures soaring up to 41°C")
                return not self._noun_moves(tok, q)
            if tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None:
                    # the subject itself counted ("3,480 patients", "22 of its 33 schools"), not a count in a
                    # phrase that describes it ("The Congress with 7 seats could only manage over six per cent")
                    return any(t.lower_ in ("many", "most") or any(o != span for o in self._covering.get(t.i, ()))
                               for t in subj.subtree if not _in_prep_of(t, subj) or t.i in range(subj.i - 3, subj.i))
                if tok.dep_ not in ("conj", "advcl", "xcomp"):
                    return False
            if tok.head == tok:
                break
            tok = tok.head
        return False

    def _noun_moves(self, verb: Token, q: dict) -> bool:
        """Whether the clause `verb` heads reports a figure of the noun it describes rather than picks out a group:
        a non-restrictive relative clause (after a comma: "prices, which have fallen by more than 30 percent"), or a
        verb of change with a figure that is no count ("temperatures soaring up to 41°C"; "companies employing more
        than 500 people" still picks out a group)."""
        if verb.dep_ == "relcl" and verb.left_edge.i > 0 and verb.doc[verb.left_edge.i - 1].text == ",":
            return True
        return self.direction_words.moves_its_noun(verb, q["unit"])

    def _chunk_text(self, doc: Doc, head: Token, skip: Span) -> str:
        """The noun `head` with its modifiers (see `claimx.frame.metric.chunk_text`)."""
        return frame_metric.chunk_text(doc, head, skip)

    def _status(self, span: Span, q: dict, tense: str, said_by: Token | None, metric: str | None,
                direction: str | None) -> str:
        """reported, forecast, estimate or market (see `claimx.frame.subject.status`); a company that "fell
        3.4%" with nothing named as measured is its share price moving."""
        found = status(span, tense, self.words, said_by, count=q["unit"] == "count")
        if found == "market" and q["kind"] == "physical" and q["unit"] != "index point":
            return "forecast" if tense == "future" else "reported"  # "wheat stocks ... 268 million tonnes": a store
        if found == "reported" and metric is None and direction and q["unit"] == "percent" \
                and said_by is not None and said_by.ent_type_ == "ORG":
            return "market"
        if found == "reported" and q["kind"] != "physical" and (moved := self._moved_market(span)) is not None \
                and moved.lower_ in self.words.market_nouns:
            return "market"  # "sending its shares up 6%", "The results sent the stock down 3.9%": a move of the shares
        if found == "reported" and tense != "future" and q["kind"] in ("amount", "change", "percentage") and metric \
                and metric.lower() in {self.words.subject_metric(n) for n in self.words.market_nouns} - {None}:
            return "market"  # "after gaining $1.34 to close at $166.29" after "Shares sank $10.40": the share price
        if found == "reported" and tense != "future" and q["unit"] == "index point" and metric \
                and metric.lower() == (self.words.subject_metric("index") or "").lower():
            return "market"  # "The Harlow industrial average slipped 29.92 points ... to 9,712.28": an index's day
        if found == "reported" and said_by is not None and q["kind"] != "physical" \
                and (self._is_commodity(said_by) or said_by.lower_ in self.words.price_nouns
                     and any(c.dep_ == "compound" and self._is_commodity(c) for c in said_by.children)) \
                and said_by.lower_ not in self.words.currencies and said_by.head.lemma_.lower() != "average":
            # "Brent for December settlement declined 58 cents to $81.09 a barrel", "Brent oil prices rallied 2.2% on
            # Friday" (a commodity's prices, rules/frame.json price_nouns): a price's move on the day (not
            # "wheat averaged $231 a tonne in July", a month's average price)
            return "market"
        return found

    def _root_past(self, span: Span) -> bool:
        """Whether the main verb of the sentence of `span` is in the past tense (or a past participle: "have been
        affected"); of a speaker's sentence ('"... is within half a point of the 2% target," he said'), the main verb
        of what the speaker said."""
        root = span.sent.root
        if root.lemma_.lower() in self.words.reporting_verbs:
            said = [c for c in root.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX")]
            if not said:
                return False
            root = said[0]
        return root.pos_ in ("VERB", "AUX") and (root.tag_ in ("VBD", "VBN")
                                                 or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in root.children))

    def _tense(self, span: Span) -> str:
        """"past", "present", "future" (a modal or "will") or "none" (no verb governs the figure)."""
        verb = self._governing_verb(span)
        if verb is None:
            return "none"
        aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + ([verb.head] if verb.dep_ == "xcomp" else [])
        if verb.tag_ == "MD" or any(a.tag_ == "MD" or a.lower_ in ("will", "'ll", "going") for a in aux):
            return "past" if self._poll_found(verb) else "future"
        if verb.tag_ in ("VBD", "VBN") or any(a.tag_ == "VBD" for a in aux):
            return "past"
        if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and verb.head is not verb \
                and any(c.tag_ == "TO" for c in verb.children):
            # an infinitive has the tense of the verb it completes: "had expected the rate to edge up to 4.9%" and
            # "sales were expected to rise 4%" look back, "is expected to rise" does not
            head = verb.head
            head_aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
            if head.tag_ == "VBD" or any(a.tag_ == "VBD" for a in head_aux):
                return "past"
        return "present"

    def _previous_close(self, sentence: str, span: Span, sent: Span) -> bool:
        """Whether the figure `span` is a market's close of the trading day before the one reported, a phrase of
        rules/frame.json `previous_close_words` and maybe "of" right before it ("from the previous close of $63.34",
        "its prior close of 1,204.5")."""
        before = sentence[max(0, span.start_char - sent.start_char - 32):span.start_char - sent.start_char].lower()
        return any(re.search(rf"\b{re.escape(phrase)}\s+(?:of\s+|at\s+)?$", before) for phrase in self.words.previous_close_words)

    def _poll_found(self, verb: Token) -> bool:
        """Whether `verb` (with a modal) is what a poll or a survey found people would do, the clause a past-tense verb
        whose subject is one of rules/frame.json `poll_words` or `study_nouns` governs ("In July, a Daily Courier poll
        said 38% of people would vote for the Unity Party", "a survey found 41% would back it"): measured then, no
        forecast."""
        head = verb.head
        return verb.dep_ == "ccomp" and head.tag_ == "VBD" and any(
            t.lemma_.lower() in self.words.poll_words | self.words.study_nouns
            for c in head.children if c.dep_ == "nsubj" for t in c.subtree)

    def _governing_verb(self, span: Span) -> Token | None:
        doc, verbs = self._verbs
        if doc is not span.doc:
            doc, verbs = self._verbs = (span.doc, {})
        key = (span.start, span.end)
        if key not in verbs:
            verbs[key] = self._find_governing_verb(span)
        return verbs[key]

    @staticmethod
    def _find_governing_verb(span: Span) -> Token | None:
        tok = span.root
        for _ in range(5):
            # a word with a subject of its own is a predicate whatever its tag ("spending totals $2.91 billion")
            if tok.pos_ in ("VERB", "AUX") or (tok != span.root and any(c.dep_ == "nsubj" for c in tok.children)):
                return tok
            if tok.head == tok:
                return None
            tok = tok.head
        if tok.pos_ in ("VERB", "AUX") and (opener := tok.sent[0]).head == tok and opener.dep_ == "prep" \
                and opener.is_ancestor(span.root):
            # a figure deep in a phrase opening the sentence ("With 31 goals in 28 games for Ardlow Rovers, it was
            # clear he had ...": "28" -> "games" -> "in" -> "goals" -> "With" -> "was") has the verb it opens
            return tok
        return None

    # ---------------------------------------------------------------- subject
    def _subject(self, doc: Doc, span: Span, topic: str | None) -> tuple[str | None, str]:
        """The subject of the figure `span` and the reason it was chosen: the best-scoring candidate
        (see `_subject_candidates` and claimx.frame.scoring), else none."""
        if (carried := self._partitive_subject(doc, span)) is not None:
            return carried, "topic"  # "Of these, 19 had retreated": the figure before's subject
        if (carried := self._apposed_figure_subject(doc, span)) is not None:
            return carried, "topic"  # "with 38,910 offences, a fall of 9 per cent": the figure before's subject
        if (carried := self._relative_figure_subject(doc, span)) is not None:
            return carried, "topic"  # "... at 10.5 million tonnes, which was up 6.7 million tonnes": the figure before's
        if (carried := self._restated_figure_subject(doc, span)) is not None:
            return carried, "topic"  # "... will reach 806 million tonnes. The forecast is still 1.6% above last season's"
        if (body := self._elected_body(doc, span)) is not None:
            return body, "named_in_sentence"  # "The party won 60 of the 126 seats": the assembly's size, not the party's
        if (place := self._revised_estimate_owner(doc, span)) is not None:
            return place, "named_in_sentence"  # "The ICB cut its estimate for the Valdorian crop to 31.4 million tonnes"
        chosen = best(merge(c for c in self._subject_candidates(doc, span, topic)
                            if not self._date_name(c.value) and not self._is_unit_name(c.value)),
                      self.weights, "subject")
        if (chosen is None or chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience")) \
                and (group := self._studied_group(doc, span)) is not None:
            return group, "owner"  # "more than 30 percent of all vertebrates have declining populations", in a study
        if (chosen is None or chosen.strongest(self.weights.of("subject")) in ("topic", "lead", "salience")
                or chosen.value == topic and chosen.value not in self._text[span.sent.start_char:span.sent.end_char]) \
                and (place := self._electorate_place(doc, span)) is not None:
            # "Turnout was 34.2%" after "Labour won 24 seats": the place's election, not the party's the story leads
            # with (a subject the sentence names, "The Chokpot election recorded an 83% turnout", stays)
            return place, "topic"
        if chosen is not None and (place := self.words.statistics_place(chosen.value)
                                   or self._statistics_body_place(doc, chosen.value)) is not None:
            return place, "topic"  # "..., Stats NZ said today": a national statistics body's figures are its country's
        if chosen is not None and chosen.features.get("source") and (place := self._statistics_lead_place(doc)):
            return place, "topic"  # "as measured by the labour cost index (LCI)" in a Stats NZ release: a source only
        if chosen is not None and chosen.features.get("source") and (country := self._source_body_country(doc)) \
                and any(chosen.value in body for body in doc.user_data["claimx_source_bodies"]):
            return country, "topic"  # "2,410 fell ill, the Valdoria Centre for Disease Control said": Valdoria's count
        if chosen is None:
            if (place := self._statistics_lead_place(doc)) is not None:
                return place, "topic"  # a release that leads with "the ONS said" and names no place
            if (country := self._source_body_country(doc)) is not None:
                return country, "topic"  # "..., the Valdoria Centre for Disease Control has said": Valdoria's count
            if self._world_story(doc):
                return "world", "topic"  # "Between 2009 and 2019, the price of solar electricity dropped 89%"
            if (body := self._described_body(doc)) is not None:
                return body, "topic"  # "The council said ...": a local story that never names its council
            if topic is None and self._lead(doc) is None and (country := self._only_country()) is not None:
                return country, "topic"  # a national body's daily update that leads with no name, one country named
            if (country := self._money_country(doc)) is not None:
                return country, "topic"  # "petrol will decrease by R2.06 per litre", no place named: South Africa's
            return None, "none"
        strongest = chosen.strongest(self.weights.of("subject"))
        if self._world_story(doc) and (
                chosen.features.get("source") and strongest in ("in_sentence", "organisation", "place_or_person",
                                                                "holds_clause")
                or chosen.value == self._entities.lead_place
                and chosen.value not in self._text[span.sent.start_char:span.sent.end_char]):
            # a world story's figure that only a source ("ACI said") or the region of its lead, not named in the
            # figure's sentence ("Asia"), would otherwise take: "176 gigawatts were added in 2019 globally"
            return "world", "topic"
        lead = self._lead(doc)
        if lead and " " in lead and " " not in chosen.value and lead.rsplit(" ", 1)[1] == chosen.value \
                and " and " not in lead:  # (not one of two places joined: "Wales" of "England and Wales")
            chosen = replace(chosen, value=lead)  # "the Executive" of an article led by "the Ardlow Executive"
        if (plain := self._without_description(chosen.value)) != chosen.value:
            chosen = replace(chosen, value=plain)  # "Software giant Microsoft" -> "Microsoft"
        if (plain := self._without_owner_place(chosen.value)) != chosen.value:
            chosen = replace(chosen, value=plain)  # "South Korea's Corvane Electronics" -> "Corvane Electronics"
        if (full := self._spelled_out(doc, chosen.value)) is not None:
            chosen = replace(chosen, value=full)  # "the FBR collected" after "the Federal Board of Revenue (FBR)"
        elif lead and _short_form_of(chosen.value, lead):
            chosen = replace(chosen, value=lead)  # "Air NV's profit" in a story led by "Air Novaland Vale"
        if (place := self._governed_place(doc, chosen.value)) is not None:
            return place, "topic"  # "The City Council voted to adopt a $40.9 million budget": the city's budget
        if chosen.value.casefold() in self.words.government_words and (country := self._government_place(doc)):
            return country, "topic"  # "the Government", tagged as a name: the country's government
        if (area := self._governed_area(doc, chosen.value)) is not None:
            chosen = replace(chosen, value=area)  # "Harlow School Board" over "the district's budget": the district's
        if strongest in ("grammatical_subject", "in_sentence", "organisation", "place_or_person", "holds_clause",
                         "possessive", "topic") \
                and (any(t.ent_type_ == "MONEY" for t in span) or (span._.quantity or {}).get("kind") == "amount") \
                and self._office_holder(chosen.value) \
                and not ((verb := self._governing_verb(span)) is not None
                         and self.words.verb_metric(verb.lemma_.lower()) == "earnings") \
                and (place := topic if topic and self._labels_of(topic) & {"GPE", "LOC"}
                     else self._government_place(doc) or (topic if topic and not self._is_person(topic) else None)):
            # "treasurer Dominic Varro set aside $72.7 billion for roads", "Governor Reid's $4.2 billion budget" (the text
            # then about the governor): the sum of the state the text is about (the
            # place it leads with, else the place it names most, else its topic, a place the tagger calls a body); what
            # the person earns stays theirs
            return place, "topic"
        if (place := self._central_bank_measure(doc, span, chosen.value)) is not None:
            return place, "topic"  # "The Reserve Bank warned that underlying inflation of 3.5 per cent was too high"
        if strongest in ("topic", "lead", "salience"):
            return chosen.value, "topic"
        if strongest in ("in_sentence", "organisation", "place_or_person", "holds_clause"):
            return chosen.value, "source_only" if chosen.features.get("source") else "named_in_sentence"
        return chosen.value, chosen.reason

    def _central_bank_measure(self, doc: Doc, span: Span, name: str) -> str | None:
        """The country whose economy a central bank's story measures: a figure whose clause names a measure of a
        place (`place_measures`: "underlying inflation of 3.5 per cent", "Headline inflation fell to 2.1 per cent")
        whose chosen subject is a central bank ("the Reserve Bank", "the Reserve Bank of Australia": `public_bank_words`
        before "Bank"; not "Bank of" a place alone, which may be a company's name) is that place's (the "of" place of
        its name as the text writes it in full, else the country the text is about); the bank's own rate and targets
        stay the bank's. None otherwise."""
        words = name.split()
        if "Bank" not in words or words[0].lower() not in self.words.public_bank_words:
            return None
        clause = _clause_head(span.root)
        toks = [t for t in (clause.subtree if clause is not None else span.sent) if not (span.start <= t.i < span.end)]
        measures = self.words.place_measures
        if not any(t.lemma_.lower() in measures or t.lower_ in measures for t in toks) \
                or any(t.lemma_.lower() in ("target", "rate") for t in toks):
            return None  # (the bank's "inflation target of 2 to 3 per cent", its "cash rate")
        for full in (name, *(n for e in doc.ents if e.label_ == "ORG" and (n := _clean_name(e.text)).startswith(name + " of "))):
            if (of := re.search(r"\bBank of ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)$", full)) is not None:
                return _clean_name(of.group(1))  # "the Reserve Bank of Australia": Australia
        return self._government_place(doc)

    def _office_holder(self, name: str) -> bool:
        """Whether `name` is a person a mention introduces by a public office (`office_roles`), written right before
        the name or tagged into it: "treasurer Dominic Varro", "Finance Minister Ann Reid", "Mayor Joel Hart" ("Mr
        Varro" later is the same person). Such a person sets the government's money, no sum of their own."""
        entity = self._entities.get(name) if self._entities is not None else None
        if entity is None or entity.label != "PERSON" and not entity.introduced:
            return False
        roles = self.words.office_roles
        for ent in self._ents:
            if ent.label_ in SUBJECT_LABELS and self._entities.get(_clean_name(ent.text)) is entity \
                    and any(t.lower_ in roles for t in ent.doc[max(ent.start - 2, ent.sent.start):ent.end]):
                return True
        return False

    def _owner_for(self, doc: Doc, subj: Token) -> str | None:
        """The name a measure's "for" phrase gives its owner by: the name itself ("Sales for Harwick rose 4%") or the
        name owning the group it names ("Net profit for Valdoria's top ten lenders rose 10.8%" -> Valdoria, the owner
        the group's own figures take, "Valdoria's top ten lenders registered ..."); a source is none. None when the
        phrase names no one ("profit for the year")."""
        for prep in subj.children:
            if prep.dep_ != "prep" or prep.lower_ != "for":
                continue
            for obj in prep.children:
                if obj.dep_ != "pobj" or is_source(obj, self.words):
                    continue
                if obj.ent_type_ in ("ORG", "PRODUCT", "GPE", "LOC") and (named := self._entity_at(doc, obj.i)):
                    return named
                owner = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ in ("ORG", "GPE", "LOC")), None)
                if obj.pos_ == "NOUN" and owner is not None and (named := self._entity_at(doc, owner.i)):
                    return named
        return None

    def _studied_group(self, doc: Doc, span: Span) -> str | None:
        """The group a share is "of" in an article about a study (it names the people who made it, `study_people`):
        "more than 30 percent of all vertebrates have declining populations", "about 41 percent of amphibian species"
        -> "vertebrates", "amphibian species" (its modifiers kept, "all" left out). Only a plural common noun that no
        name or pronoun owns, with nothing after it, that says who or what is counted rather than a measure
        (`metric_heads`), a vague crowd (`vague_nouns`) or a body (`collective_nouns`), and not in a participle that
        describes a noun ("a sample representing nearly half of known species" is the sample's); None otherwise, and
        the figure keeps the candidate it had."""
        root = span.root
        of = next((c for c in root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        group = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if group is None or group.tag_ != "NNS" or group.lower_ in self.words.metric_heads \
                or group.lower_ in self.words.vague_nouns or group.lemma_.lower() in self.words.collective_nouns \
                or group.ent_type_ or any(c.dep_ not in ("det", "predet", "amod", "compound")
                                          or c.dep_ in ("det", "predet") and c.lower_ != "all"
                                          or c.ent_type_ or c.pos_ == "PROPN" for c in group.children):
            return None
        if self._study_people is None:  # read once per document, its tokens only when the text holds such a word
            low = self._text.lower()
            self._study_people = any(w in low for w in self.words.study_people) and any(
                t.lower_ in self.words.study_people and t.pos_ == "NOUN" for t in doc)
        if not self._study_people:
            return None
        if (verb := self._governing_verb(span)) is not None and verb.dep_ == "acl":
            return None  # "a sample representing nearly half of known species": a fact about what the verb describes
        words = [c for c in group.children if c.dep_ in ("amod", "compound") and c.i < group.i]
        start = min((c.left_edge.i for c in words), default=group.i)
        return doc[start:group.i + 1].text

    def _date_name(self, name: str) -> bool:
        """Whether a candidate's name is only a date: month or weekday words with numbers ("February", "March 2004",
        "Sep 25, 2023") that a bracket, a list or a dateline offered as a name ("February (2.2degC above average)").
        A date is never what a figure is about; a person of that name the tagger labels ("May") keeps it."""
        words = re.findall(r"[^\W\d_]+", name.lower())
        if not words or not all(w in MONTHS or w in DAY_WORDS for w in words):
            return False
        entity = self._entities.get(name) if self._entities is not None else None
        return entity is None or entity.label != "PERSON"

    def _elected_body(self, doc: Doc, span: Span) -> str | None:
        """The body a count of seats is the size of: a figure after another count and "of" or "out of" ("won 60 of the
        126 seats", "19 seats out of total 403 seats", "57 seats out of 70") in a sentence that counts `seat_nouns`: the
        governing body named in the sentence ("Uttar Pradesh Assembly", "Thornwick Borough Council"), else the place it
        names ("In Punjab, ..."), else the place the article leads with. None for any other figure."""
        k = span.start - 1
        while k > span.sent.start and doc[k].lower_ in ("the", "total", "a"):
            k -= 1
        if k <= span.sent.start or doc[k].lower_ != "of":
            return None
        k -= 1
        if doc[k].lower_ == "out":
            k -= 1
        seats = self.words.seat_nouns
        before = doc[k]
        counted = before.like_num or before.lower_ in seats and k > span.sent.start and doc[k - 1].like_num
        noun = span.root.head if span.root.dep_ == "nummod" else span.root
        if not counted or not (before.lower_ in seats or noun.lower_ in seats
                               or before.like_num and before.head.lower_ in seats):
            return None
        places = []
        for ent in self._sentence(span).ents:
            if ent.start <= k and ent.end > k or not self._is_name(ent):
                continue
            if ent.label_ == "ORG" and ent[-1].lower_ in self.words.governing_body_words:
                return _clean_name(ent.text)
            if ent.label_ in ("GPE", "LOC") or ent.label_ == "NORP" and ent.root.pos_ == "PROPN":
                places.append(_clean_name(ent.text))
        if places:
            return places[0]
        return self._entities.lead_place if self._entities is not None else None

    def _electorate_place(self, doc: Doc, span: Span) -> str | None:
        """The place whose election the figure measures the electorate of (`electorate_measures` in rules/frame.json):
        the subject of its verb names one ("Turnout was 34.2%", "turnout stood at 61%"), or the noun the figure counts
        and the words right after it do ("121,400 registered electors", "41,520 ballots cast", "About 56 million people
        were eligible to vote"). The place named in the sentence, else the one the article leads with; None for any
        other figure (and for "45% of registered voters backed Labour", a share of the electorate a party won)."""
        phrases = self.words.electorate_measures
        if not phrases or self._entities is None:
            return None
        sentence = self._text[span.sent.start_char:span.sent.end_char].lower()
        if not any(phrase.split()[0] in sentence for phrase in phrases):
            return None  # (read once per figure: most sentences name no electorate word at all)
        words: list[Token] = []
        verb = self._governing_verb(span)
        if verb is not None and verb.i < span.start:
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None and not (span.start <= subject.i < span.end) and subject.i < span.start:
                words.extend(subject.subtree)
        after = doc[span.end:min(span.end + 5, span.sent.end)]
        if not (len(after) and after[0].lower_ == "of"):
            words.extend(t for t in after if not t.is_punct)
        if span.start > span.sent.start and doc[span.start - 1].lower_ == "of":
            words.extend(t for t in doc[max(span.sent.start, span.start - 3):span.start - 1])  # "turnout of 62%"
        text = " ".join(t.lower_ for t in words)
        if not any(re.search(rf"\b{re.escape(p)}\b", text) for p in phrases):
            return None
        for ent in self._sentence(span).ents:
            if ent.label_ in ("GPE", "LOC") and self._is_name(ent):
                return _clean_name(ent.text)
        return self._entities.lead_place or self._dateline_place(doc) or self._lead_body_place()

    def _lead_body_place(self) -> str | None:
        """The place of the governing body the headline or lead names with its place ("Marlow City Council",
        "Thornwick Borough Council" -> Marlow, Thornwick), the most salient such; None when it names none."""
        bodies = []
        for entity in self._entities.lead_entities():
            words = entity.name.split()
            k = len(words)
            while k > 0 and words[k - 1].lower() in self.words.governing_body_words:
                k -= 1
            if 0 < k < len(words) and self._governed_words(" ".join(words[k:])):
                bodies.append((entity.salience, -entity.first, " ".join(words[:k])))
        return max(bodies)[2] if bodies else None

    def _world_story(self, doc: Doc) -> bool:
        """Whether the article is about the world as a whole: it names no country or town in its headline and lead
        other than a region (a LOC), and writes a word of `world_scopes` ("global", "globally", "world",
        "worldwide") outside a name at least three times, more often than it names the region its lead does ("176
        gigawatts were added globally ... More than half, 95.5 GW, was built in Asia"). Read once per document."""
        if self._world is not None:
            return self._world
        self._world = False
        if self._entities is None:
            return False
        place = self._entities.lead_place
        entity = self._entities.get(place) if place else None
        if entity is not None and entity.label != "LOC":
            return False  # a country's or a town's story ("the global price of wheat" in a Valdoria story)
        scopes = self.words.world_scopes  # the word or its adverb ("globally"): the lower-case forms below
        count = sum(1 for t in _lowered(doc, scopes | {s + "ly" for s in scopes})
                    if t.ent_type_ in ("", "GPE", "LOC", "NORP"))
        self._world = count >= 3 and count > (entity.mentions if entity is not None else 0) or self._world_headline(doc)
        return self._world

    def _world_headline(self, doc: Doc) -> bool:
        """Whether the headline's clause is about the world: its subject is a word of `world_scopes`, or has one
        before it ("World reaches 1TW of wind and solar", "Global emissions hit a record")."""
        text = self._text
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        if end < 0 or not text[end:].strip():
            return False  # one line, no headline
        for tok in doc:
            if tok.idx >= end:
                break
            head = tok.head if tok.dep_ in ("compound", "amod") else tok
            if tok.lower_ in self.words.world_scopes and head.dep_ in ("nsubj", "nsubjpass") and head.idx < end:
                return True
        return False

    def _statistics_lead_place(self, doc: Doc) -> str | None:
        """The place of the national statistics body (`statistics_bodies`) the headline or the first two sentences
        name, for a figure nothing else offers a subject to ("Unemployment rate falls to 4.9 percent ... Stats NZ
        said today"), in an article that leads with no other name (not "Harlow Foods said sales rose 4.2%, ahead of
        the 2.1% rise the ONS reported"). Read once per document."""
        if "claimx_statistics_place" in doc.user_data:
            return doc.user_data["claimx_statistics_place"]
        place = None
        sents = lead_sentences(doc.sents, 2)
        lead = self._lead(doc)
        if sents and (lead is None or self.words.statistics_place(lead) is not None):  # not a company's story
            opening = self._text[:sents[-1].end_char].lower()
            named = []
            for pair in sorted(self.words.statistics_bodies):
                body, _, where = pair.partition(":")
                if body in opening and (m := re.search(rf"(?<![\w.]){re.escape(body)}(?![\w])", opening)):
                    named.append((m.start(), where))
            place = min(named)[1] if named else None  # the body named first
        doc.user_data["claimx_statistics_place"] = place
        return place

    def _source_body_country(self, doc: Doc) -> str | None:
        """The country (a place of `demonyms`) in the name of the organisation the headline or the first two sentences
        cite as the source of their figures ("Cholera cases rose to 1,336, the Valdoria Centre for Disease Control said",
        "according to the Bureau of Statistics of Valdoria"): a national body's figures, for a figure nothing else
        offers a subject to, are its country's. None when no such source names a country, or they name several. Read
        once per document."""
        if "claimx_source_country" in doc.user_data:
            return doc.user_data["claimx_source_country"]
        found, names = set(), []
        for sent in lead_sentences(doc.sents, 2):
            for ent in self._ents_in(sent):
                if ent.label_ != "ORG" or len(ent) < 2 or not is_source(ent.root, self.words) \
                        or any(t.lower_ in self.words.academic_words for t in ent):
                    continue  # (not "the University of Southern Denmark": where researchers work, no national body)
                name = ent.text.lower()
                here = {country for country in self._countries
                        if country in name and re.search(rf"(?<!\w){re.escape(country)}(?!\w)", name)}
                # or by its adjective of nationality ("the Valdorian Reserve Bank said")
                here |= {place for pair in self.words.demonyms for adjective, _, place in [pair.partition(":")]
                         if adjective in name and re.search(rf"(?<!\w){re.escape(adjective)}(?!\w)", name)}
                found |= here
                if here:
                    names.append(_clean_name(ent.text))
        countries = [c for c in found if not any(c != o and c in o for o in found)]  # "niger" inside "nigeria"
        country = None
        if len(countries) == 1:
            written = re.search(rf"(?<!\w){re.escape(countries[0])}(?!\w)", self._text, re.I)
            country = written[0] if written else countries[0].title()
        doc.user_data["claimx_source_country"] = country
        doc.user_data["claimx_source_bodies"] = names
        return country

    def _statistics_body_place(self, doc: Doc, name: str) -> str | None:
        """`_read_statistics_body_place`, once per name and document: the subject asks for every figure."""
        if name not in self._statistics_places:
            self._statistics_places[name] = self._read_statistics_body_place(doc, name)
        return self._statistics_places[name]

    def _read_statistics_body_place(self, doc: Doc, name: str) -> str | None:
        """The place a statistics body not in `statistics_bodies` is named after, read from its name ("Carvela
        National Statistics Office", its short form "CNSO" as the article spells it out, "Statistics SA"): a name
        with a word of `statistics_name_words` whose other words, past those of `public_bodies` and
        `body_name_words`, are a place the article names (GPE or LOC), or the initials of one ("SA" for "South
        Africa"). None for any other name, and for a body that names no place ("the Central Statistics Office")."""
        entity = self._entities.get(name) if self._entities is not None else None
        full = entity.name if entity is not None else name
        if full.isupper() and 2 <= len(full) <= 6:  # a short form: the organisation whose initials it is
            full = next((e.text for e in doc.ents if e.label_ == "ORG"
                         and "".join(w.text[0] for w in e if w.is_title) == full), full)
        words = re.findall(r"[\w.&-]+", full.replace("\u2019", "'"))
        words = [w[:-2] if w.endswith("'s") else w for w in words]
        if not any(w.lower() in self.words.statistics_name_words for w in words):
            return None
        filler = self.words.statistics_name_words | self.words.public_bodies | self.words.body_name_words
        rest = " ".join(w for w in words if w.lower() not in filler)
        if not rest:
            return None
        # the names the text writes by themselves, not an organisation's: the tagger's places, and the one-word names
        # it may take for a person's ("Carvela's economy"); "Labor" or "Health" of a bureau's name are none
        places = {_clean_name(e.text) for e in doc.ents if e.label_ in ("GPE", "LOC")
                  or e.label_ in ("PERSON", "NORP") and len(e) == 1 and e.root.pos_ == "PROPN"}
        if rest in places:
            return rest
        if rest.isupper() and 2 <= len(rest) <= 4:
            initials = [p for p in places if " " in p and "".join(w[0] for w in p.split()) == rest]
            if len(initials) == 1:
                return initials[0]
        return None

    def _described_body(self, doc: Doc) -> str | None:
        """The local governing body an article names only by a description, for a figure nothing else offers a subject
        to: a noun of `local_bodies` in lower case written at least twice, once as "the council", "the district" that
        acts or owns ("The council said", "the district's general fund", "The city is projecting"); the most written
        such noun. Read once per document. None when the article has no such description."""
        if self._body is not False:
            return self._body
        counts: dict[str, int] = defaultdict(int)
        acting: set[str] = set()
        for tok in _lowered(doc, self.words.local_bodies):
            word = tok.lower_
            if not tok.is_lower:
                continue
            counts[word] += 1
            if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and tok.dep_ in ("nsubj", "nsubjpass", "poss"):
                acting.add(word)
        found = [w for w in acting if counts[w] >= 2]
        self._body = max(found, key=lambda w: (counts[w], w)) if found else None
        return self._body

    def _partitive_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure framed just before, when `span` opens its clause with a part of what that
        figure counted ("A total of 138 patients have recovered. Of them, 11 were discharged on Tuesday", "27
        smaller glaciers ... Of these, 19 had retreated"): "of" and a pronoun (`partitive_pronouns`) before the
        figure, at the start of the sentence or of a clause, and the figure before in the same sentence or the
        sentence before. None otherwise."""
        end, subject = self._last_subject
        if subject is None or end < 0 or not self._opens_with_a_part(doc, span):
            return None
        sent = span.sent
        if end != sent.end and (end > sent.start or doc[end:sent.start].text.strip()
                                or self._paragraph_ends(doc[end - 1].sent, sent.start_char)):
            return None  # the figure before is in neither this sentence nor the one just before it
        return subject

    def _apposed_figure_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure just before, when `span` stands in an apposition to it that describes it ("Oldmere
        was the exception, with 38,910 offences, a fall of 9 per cent", "logged 61,240 crimes, a rise of 5.9%"): the
        apposition's head is that figure (or the noun it counts) and no other figure stands between. None otherwise."""
        end, subject = self._last_subject
        if subject is None or end != span.sent.end:
            return None
        tok = span.root
        for _ in range(4):
            if tok.dep_ == "appos":
                break
            if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "pobj", "prep") or tok.head == tok:
                return None
            tok = tok.head
        else:
            return None
        head = tok.head
        if tok.dep_ != "appos" or head.i >= span.start or tok.pos_ != "NOUN" or (head.pos_ == "PROPN" and head.i not in self._covering) \
                or span.start <= tok.i < span.end or tok.i in self._covering:
            return None  # "a fall of 9 per cent" after "38,910 offences"; not a list of names the parser chained
        figure = head.i if head.i in self._covering else next(
            (c.i for c in head.children if c.dep_ == "nummod" and c.i in self._covering), None)
        if figure is None:
            return None
        after = max(q.end for q in self._covering[figure])
        if any(i in self._covering for i in range(after, span.start)):
            return None  # another figure between: not the one the apposition describes
        return subject

    def _relative_figure_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure just before, when `span` stands in a relative clause on that figure whose subject
        is "which" or "that" ("The ICB forecast Valdorian exports at 10.5 million tonnes, which was up 6.7 million
        tonnes, or 176%, from 3.8 million tonnes"): the clause says more of the same figure. None otherwise."""
        end, subject = self._last_subject
        if subject is None or end != span.sent.end:
            return None
        verb = self._governing_verb(span)
        if verb is None or verb.dep_ != "relcl" or verb.head.i not in self._covering or verb.head.i >= span.start:
            return None
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in verb.children):
            return None
        return subject

    def _restated_figure_subject(self, doc: Doc, span: Span) -> str | None:
        """The subject of the figure just before, when the clause's subject is a bare "the figure", "the forecast",
        "the total" (`restating_nouns`) that names that figure again ("World wheat production will reach 806 million
        tonnes, the ICB said. The forecast, 4 million tonnes lower than in July, is still 1.6% above last season's"):
        the first figure of its sentence or of the sentence just before. None otherwise."""
        end, subject = self._first_subject
        if subject is None or end < 0:
            return None
        verb = self._governing_verb(span)
        subj = self._verb_subject(doc, verb) if verb is not None else None
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in self.words.restating_nouns \
                or [t.lower_ for t in subj.lefts] not in (["the"], ["this"], ["that"]) \
                or any(c.dep_ == "prep" for c in subj.children):
            return None  # not "the forecast for Valdoria", "the total of 412 beds"
        sent = span.sent
        if end != sent.end and (end > sent.start or doc[end:sent.start].text.strip()):
            return None  # the figure before is in neither this sentence nor the one just before it (wire copy puts
            # each sentence in a paragraph of its own, so the one before may end a paragraph)
        return subject

    def _opens_with_a_part(self, doc: Doc, span: Span) -> bool:
        """Whether `span` opens its clause with "of" and a pronoun of `partitive_pronouns` ("Of these, 19 had
        retreated"), or is the bare subject of a clause joined on to one that does ("..., and three had
        disappeared"). (Read before the sentence checks of `_partitive_subject`: most figures fail it at once.)"""
        sent_start = span.sent.start
        for k in range(max(sent_start, span.start - 5), span.start - 1):
            if doc[k].lower_ == "of" and doc[k + 1].lower_ in self.words.partitive_pronouns \
                    and (k == sent_start or doc[k - 1].text in (",", ";", ":") or doc[k - 1].lower_ in ("and", "but")) \
                    and all(t.is_punct or t.i in self._covering or t.pos_ in ("ADV", "ADP", "ADJ") for t in doc[k + 2:span.start]):
                return True
        root = span.root
        verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
        if verb is not None and verb.dep_ == "conj" and verb.head.left_edge.i + 1 < len(doc):
            # "Of these, 19 had retreated faster, and three had disappeared": a bare count as the subject of the
            # clause joined on counts the same group
            first = verb.head.left_edge.i
            return doc[first].lower_ == "of" and doc[first + 1].lower_ in self.words.partitive_pronouns
        return False

    def _governed_place(self, doc: Doc, name: str) -> str | None:
        """The place a governing body named without its place stands for ("City Council", "the County Board of
        Supervisors": every word in `governing_body_words`): the place the article leads with, whose budget,
        borrowing and resolutions the body votes on. None for a body named with its place ("Calder Bay City
        Council" already says whose), or when the article leads with no place."""
        if not self._governed_words(name) or self._entities is None:
            return None
        # (the small model often tags a town as an organisation; a local story may name its town only in the dateline)
        place = self._entities.lead_place or self._dateline_place(doc) or self._lead(doc)
        return place if place and place.lower() != name.lower() and not self._governed_words(place) else None

    def _government_place(self, doc: Doc) -> str | None:
        """The country a bare "the government" (`government_words`) stands for: the place the article leads with (or
        names only by its adjective), else the place it names most; None when it names none."""
        entities = self._entities
        if entities is None:
            return None
        return entities.lead_place or entities.national_place or entities.most_named_place

    def _governed_area(self, doc: Doc, name: str) -> str | None:
        """The area a governing body named after it governs (`governed_areas`: "Harlow School Board" -> "Harlow School
        District"), when the article writes the area's last word in lower case as acting or owning ("the district's
        property tax", "the district expects"): the body approves the area's budget and taxes, which the text gives as
        the area's. A body written without its place ("the School Board"), which `_governed_place` gives no place to (the
        article names none), is the area in lower case ("school district", as the text writes it). None for any other
        name, or an article that never writes the area so."""
        if name not in self._governed_areas:  # once per name and document: every figure asks
            self._governed_areas[name] = self._read_governed_area(doc, name)
        return self._governed_areas[name]

    def _read_governed_area(self, doc: Doc, name: str) -> str | None:
        lowered = name.lower()
        for pair in self.words.governed_areas:
            body, _, area = pair.partition(":")
            bare = lowered == body  # "The School Board approved ...", in an article that names no place
            if not (lowered.endswith(" " + body) and len(lowered) > len(body) + 1 or bare):
                continue
            word = area.split()[-1].lower()
            if any(t.lower_ == word and t.is_lower and t.i > 0 and doc[t.i - 1].lower_ == "the"
                   and t.dep_ in ("nsubj", "nsubjpass", "poss") for t in _lowered(doc, frozenset({word}))):
                return area.lower() if bare else f"{name[:len(name) - len(body)]}{area}"
        return None

    def _governed_words(self, name: str) -> bool:
        """Whether `name` is made only of `governing_body_words`, with a body's word among them ("City Council",
        not "City")."""
        words = name.lower().split()
        return bool(words) and all(w in self.words.governing_body_words for w in words) and any(
            w not in self.words.place_heads and w not in self.words.governing_body_qualifiers
            for w in words)

    def _without_description(self, name: str) -> str:
        """A name without the description wire copy writes before a first mention ("Software giant
        Microsoft", "Bicycle seller Halfords": a word of `description_heads` in lower case followed by a
        capitalised name); else `name` as it is ("Calder Bay City Council", "Bank Leumi" are names)."""
        words = name.split()
        for n in range(len(words) - 2, -1, -1):
            if words[n].lower() in self.words.description_heads and words[n + 1][:1].isupper():
                rest = " ".join(words[n + 1:])
                return rest if words[n].islower() else name  # "Calder Bay City Council" is a name
        return name

    def _without_owner_place(self, name: str) -> str:
        """A name without the place wire copy writes as its owner before a first mention ("South Korea's Corvane
        Electronics", "France's Cac", "Poland's Ana Rusk": a place the article's entities know as one, its
        possessive, then a capitalised name); else `name` as it is."""
        m = _OWNER_PLACE.match(name)
        if m is None or self._entities is None or (owner := self._entities.get(m[1])) is None \
                or owner.label not in ("GPE", "LOC"):
            return name
        return m[2]

    def _subject_candidates(self, doc: Doc, span: Span, topic: str | None) -> Iterator[Candidate[str]]:
        """Who the figure `span` may be about, each with its features: the name that owns it ("Walmart's
        $713.2 billion"), the owner its counted thing names ("600 Sam's Club locations"), the subject of its
        verb, every name in its sentence, and the organisation the text is about (`topic`)."""
        sent = span.sent
        i = span.start - 1
        if i >= sent.start and doc[i].text in ("'s", "’s", "'", "’") and i - 1 >= sent.start:
            if ent := self._entity_at(doc, i - 1):
                yield Candidate(ent, "possessive", {"possessive": 1.0})
            elif owner := self._described_owner(doc, doc[i - 1], topic):
                yield Candidate(owner, "possessive", {"possessive": 1.0})  # "across the trust's three hospitals"
            elif owner := self._untagged_owner(doc, i - 1):
                yield Candidate(owner, "possessive", {"possessive": 1.0})  # "the Marlow 400's 11 sectors"
        if (owned := self._owner_of_measure(doc, span)) is not None:
            yield Candidate(owned, "possessive", {"possessive": 1.0})  # "Whole Foods' closing stock price of $33.06"
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
        pronoun = next((c for c in noun.children if c.dep_ == "poss" and c.i < span.start
                        and c.lower_ in self.words.person_pronouns), None)
        if pronoun is not None and (person := self._person_before(doc, pronoun)):
            yield Candidate(person, "possessive", {"possessive": 1.0})  # "in his last six games"
        j = span.end
        while j < min(sent.end, span.end + 4) and doc[j].pos_ in ("PROPN", "ADJ", "NOUN", "PART", "PUNCT") \
                and doc[j].text not in (",", ";"):
            ent = self._entity_at(doc, j)
            if ent and doc[j].ent_type_ in ("ORG", "PRODUCT", "FAC"):
                yield Candidate(ent, "owner", {"owner": 1.0})
                break
            j += 1
        if (agent := self._agent_owner(doc, span)) is not None:
            yield Candidate(agent, "possessive", {"possessive": 1.0})  # "the record of $14 million set by Ann Reid"
        if whole := self._owner_of_whole(doc, span):
            # "melt was detected across more than 60 per cent of Isvardi's surface": the owner of the whole a share is
            # of, as a name standing in the figure's clause (a named subject of the verb still wins)
            yield Candidate(whole, "named_in_sentence", {"in_sentence": 1.0, "holds_clause": 1.0})
        if described := self._apposed_name(doc, span):
            yield Candidate(described, "owner", {"owner": 1.0})  # "CORVIS, a 15-year study funded by ..."
        if held := self._with_holder(doc, span, topic):
            yield Candidate(held, "owner", {"owner": 1.0})  # "Dunlow, with 1,200 nurses, has ..."
        if (attached := self._attached_name(doc, span)):
            yield Candidate(attached, "owner", {"owner": 1.0})  # "followed by the Midwest at 28.7 percent"
        if paid_for := self._paid_for(doc, span) or self._signed_person(doc, span) or self._fee_for_person(doc, span):
            yield Candidate(paid_for, "owner", {"paid_for": 1.0})
        if paired := self._respective_name(doc, span):
            yield Candidate(paired, "owner", {"listed": 1.0})  # "A, B and C carried 8.5, 5.8 and 6.1 lakh, respectively"
        if headed := self._bullet_heading(doc, span):
            yield Candidate(headed, "owner", {"listed": 1.0})  # "Brackenshire Constabulary\n- 7% fall in burglary"
        if standing := self._name_on_figure(doc, span):
            yield Candidate(standing, "owner", {"listed": 1.0})  # "one point ahead of Fine Gael on 28%"
        if described := self._dash_line_owner(doc, span):
            yield Candidate(described, "owner", {"listed": 1.0})  # "91 – Harlow's winning points total."
        if bracketed := self._bracket_owner(doc, span) or self._bracketed_name_after(doc, span):
            yield Candidate(bracketed, "owner", {"bracketed": 1.0})
        elif listed := self._listed_owner(doc, span) or self._gapped_owner(doc, span) or self._list_line_label(doc, span):
            yield Candidate(listed, "owner", {"listed": 1.0})
        if (place := self._place_listed_after(doc, span)) is not None:
            yield Candidate(place, "place_scope", {"place_scope": 1.0})  # "rose 12.5% in England, 10.9% in Wales"
        verb = self._governing_verb(span)
        if verb is not None and (scope := self._place_scope(doc, verb)):
            yield Candidate(scope, "place_scope", {"place_scope": 1.0})
        elif (country := self._national_scope(span, verb, topic)) is not None:
            yield Candidate(country, "place_scope", {"place_scope": 1.0})  # "House prices nationally rose 8.9%"
        group = False
        # a story about places (the text is last about a place, or about no organisation): a place written "in" the
        # figure's own clause is where the figure is counted (see `_clause_places`)
        clause_places = self._clause_places(doc, span, verb, topic) \
            if topic is None or self._labels_of(topic) & {"GPE", "LOC"} else ()
        moved = self._moved_object(doc, span, topic)
        if moved:  # "dragging the Carlton 100 down 0.6%": the object moved, not the verb's subject
            yield Candidate(moved, "owner", {"moved": 1.0})
        elif verb is not None:
            subj = self._verb_subject(doc, verb)
            # "The corporations on the list combined to generate $41.7 trillion": a group of organisations the
            # clause names is no carried topic
            actor = subj if subj is not None else _acl_noun(verb)
            group = actor is not None and self._names_a_group(actor)
            # the number sits inside the subject ("Its more than 4,600 stores provide ..."), not in a relative
            # clause of it ("Kuroda, which booked 1.2 trillion yen")
            if subj is not None and subj.left_edge.i <= span.start and span.end - 1 <= subj.right_edge.i \
                    and (subj == span.root or subj.is_ancestor(span.root)) \
                    and not (subj.pos_ == "PROPN" and subj.left_edge.i <= verb.i <= subj.right_edge.i):
                owner = next((t for t in subj.children if t.dep_ == "poss"), None)
                if owner is not None:
                    named = self._entity_at(doc, owner.i) or self._untagged_owner(
                        doc, max(t.i for t in owner.subtree if t.dep_ != "case"))
                    owned = named or (self._organisation_topic(doc, owner, topic) if owner.lower_ == "its" else
                                      (self._person_before(doc, owner) or topic) if owner.lower_ in self.words.person_pronouns
                                      else topic)
                    if owned:
                        yield Candidate(owned, "possessive" if named else "topic", {"possessive": 1.0})
                elif (market := self._market_subject(doc, subj)) is not None:
                    # "About 14.2 billion shares changed hands", "a global market that grew 2%"
                    yield Candidate(market, "grammatical_subject", {"grammatical_subject": 1.0})
                subj = None
            # a speaker is no subject of what it says, but is of its own relative clause ("Ashgrove, who have
            # sold three players this window, said ...")
            if subj is not None and not (self._is_speaker(subj) and subj.head != verb
                                         and not (verb.dep_ == "relcl" and verb.head == subj)):
                named = self._subject_phrase(doc, subj, topic)
                if not named and (first := self._conjoined_subject(doc, subj, topic)):
                    named = first  # "Route 14 now runs every 8 minutes, and trips along it take 11 minutes less"
                if named and clause_places and named not in clause_places and subj.pos_ == "NOUN" and named in (
                        topic, self._entities.lead_place if self._entities is not None else None):
                    # "In Fenwick, the price rose 2.2%": a bare measure falls back on the place the story is about,
                    # which the place written in the clause overrides
                    yield Candidate(named, "topic", {"topic": 1.0})
                elif named:
                    yield Candidate(named, "topic" if named == topic else "grammatical_subject",
                                    {"grammatical_subject": 1.0})
                if (party := self._contracted_person(doc, span, subj)) is not None and party != named:
                    # "The Ashgrove Hawks and guard Marcus Webb have agreed a four-year, $120 million contract
                    # extension": a player's contract is the player's, whoever the clause names first
                    yield Candidate(party, "owner", {"paid_for": 1.0})
                if (owner := self._object_owner(doc, verb, span)) and owner != named:
                    # "Mr Hale raised Corvex's revenue target to 12%": who acts sets a level of what the owner owns
                    yield Candidate(owner, "possessive", {"possessive": 1.0})
                if (fined := self._penalised(doc, verb, span)) and fined != named:
                    # "The magistrate fined Ms Harlan $30,000": a penalty is the one it is imposed on's, not the court's
                    yield Candidate(fined, "possessive", {"possessive": 1.0})
                if named in (None, topic) and (reporter := self._reports_own_results(doc, subj)) is not None \
                        and reporter != named:
                    # "Mahindra said on Tuesday that domestic sales fell 3%": a company's results, said by it
                    yield Candidate(reporter, "owner", {"owner": 1.0})
        lead = self._lead(doc)
        for found in self._sentence(span).ents:
            if (found.start < span.end and span.start < found.end) \
                    or (offered := self._entity_candidate(doc, found, verb)) is None:
                continue
            start, end, name, reason, organisation, holds, source, speaker, salience = offered
            if found.end - found.start == found.root.i - found.start + 1 \
                    and (numbered := self._numbered_index(doc, found.root)) is not None:
                name = numbered  # "the ASX 200 added 0.3%" tagged "ASX": the index the number ends the name of
            gap = start - span.end if start >= span.end else span.start - end
            in_clause = name in clause_places
            yield Candidate(name, reason, {
                "in_sentence": 1.0, "organisation": organisation, "place_or_person": 1.0 - organisation,
                "holds_clause": holds, "distance": max(gap, 0) / 10, "source": source, "speaker": speaker,
                "topic": float(name == topic), "lead": float(name == lead), "salience": salience,
                "place_in_clause": float(in_clause)})
        if topic and not group:
            yield Candidate(topic, "topic", {"topic": 1.0, "lead": float(topic == lead), "salience": self._salience(topic)})
        place = (self._entities.lead_place or self._entities.national_place) if self._entities is not None else None
        if place:  # a statistics release: the country its headline and lead are about ("Turkish Statistical Institute")
            yield Candidate(place, "topic", {"lead_place": 1.0, "salience": self._salience(place)})

    def _clause_places(self, doc: Doc, span: Span, verb: Token | None, topic: str | None) -> tuple[str, ...]:
        """The places (see `_place_in_clause`) named in the clause of the figure `span`, other than `topic`, and
        neither a source nor a dateline's. The sentence's places and the clause each is written in are read once
        per sentence (`_places_of`); only the figure's own clause is read per figure."""
        places = self._places_of(span)
        if not places:
            return ()
        found, own = [], []  # (own: those in the figure's own phrase, see `_in_own_phrase`)
        clause = _clause_head(span.root)
        where = clause is not None and clause.dep_ == "relcl" \
            and any(c.lower_ == "where" for c in clause.children if c.i < clause.i)
        for place in places:
            ent = place[0]
            if ent.start < span.end and span.start < ent.end or not self._place_in_clause(place, clause, where):
                continue
            offered = self._entity_candidate(doc, ent, verb)
            if offered is not None and not offered[6] and offered[2] != topic:
                found.append(offered[2])
                if _in_own_phrase(place[1], span):
                    own.append(offered[2])
        return tuple(own or found)

    def _places_of(self, span: Span) -> list[tuple[Span, Token, Token | None]]:
        """The places of the sentence of `span` as `_place_in_clause` reads them, once per sentence: each GPE or LOC
        (by its label or the article's), the root of its phrase, and the clause (see `_clause_head`) whose "in",
        "across" or "throughout" holds it, else None."""
        reading = self._sentence(span)
        if reading.places is None:
            reading.places = []
            for ent in reading.ents:
                head = self._place_head_of(_phrase_root(ent.root))
                if ent.label_ not in ("GPE", "LOC") and not (self._labels_of(_clean_name(ent.text)) & {"GPE", "LOC"}) \
                        and head is None and not _placed_by_in(ent):
                    continue
                tok = _phrase_root(ent.root) if head is None else head  # "in the state of Assam": "state" stands in
                here = _clause_head(tok.head) if tok.dep_ == "pobj" \
                    and tok.head.lower_ in ("in", "across", "throughout") else None
                reading.places.append((ent, tok, here))
        return reading.places

    def _name_on_figure(self, doc: Doc, span: Span) -> str | None:
        """The name written right before "on" and a share or a count, as a poll or a table gives a standing ("just one
        point ahead of the Harlow Party on 28%", "with Ashby Town on 26 in the third relegation place"): the name's.
        None unless a name the tagger knows ends right before the "on"."""
        j = span.start - 1
        if j - 1 < span.sent.start or doc[j].lower_ != "on" or doc[j - 1].ent_type_ not in SUBJECT_LABELS \
                or doc[j].ent_iob_ == "I" or (span._.quantity or {}).get("kind") not in ("percentage", "count"):
            return None
        return self._entity_at(doc, j - 1)

    def _dash_line_owner(self, doc: Doc, span: Span) -> str | None:
        """The owner the description after a figure that opens its line with a dash names, in a list of key figures
        ("91 – Harlow's winning points total.", "4 – consecutive titles for Harlow City, the first time ...", "104
        – goals conceded by bottom club Ashby Town, a record"): a name owning a noun, or after "for" or "by", before the
        first comma. None for any other figure, or a description naming none so."""
        if span.end >= len(doc) or doc[span.end].text not in ("-", "\u2013", "\u2014") \
                or span.start_char > 0 and self._text[span.start_char - 1] != "\n":
            return None
        for t in doc[span.end + 1:min(span.end + 16, len(doc))]:
            if t.text in (",", ";", ".") or "\n" in t.text:
                return None
            owns = t.i + 1 < len(doc) and doc[t.i + 1].text in ("'s", "\u2019s")  # (the parse may miss the "poss")
            if t.pos_ == "PROPN" and (owns or t.dep_ == "pobj" and t.head.lower_ in ("for", "by")):
                start = min([t.i] + [c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"])
                return _clean_name(doc[start:t.i + 1].text)
        return None

    def _place_head_of(self, tok: Token) -> Token | None:
        """The head word of a place (`place_heads`) that the name `tok` is the "of" phrase of ("the tea-growing state of
        Harapur", "the province of Kelvar": "state", "province"), which says the name is a place whatever the tagger
        calls it; None otherwise."""
        prep = tok.head
        if tok.dep_ != "pobj" or tok.pos_ != "PROPN" or prep.lower_ != "of" or prep.dep_ != "prep":
            return None
        head = prep.head
        return head if head.pos_ == "NOUN" and head.lemma_.lower() in self.words.place_heads else None

    def _contracted_person(self, doc: Doc, span: Span, subj: Token) -> str | None:
        """The person among a clause's joined subjects, or the one a contract is agreed "with", when the figure sizes a
        contract (`contract_nouns`: "the Ashgrove Hawks and guard Marcus Webb have agreed to a four-year, $120 million
        contract extension", "... have agreed a four-year contract with guard Marcus Webb"): the
        length and the value of a player's contract are the player's, not the club's. None when the figure sizes no
        contract, or the subjects join no person (see `_is_person`) to another name."""
        tok = span.root
        for _ in range(4):
            if tok.lemma_.lower() in self.words.contract_nouns and tok.pos_ == "NOUN":
                break
            if tok.dep_ not in ("nummod", "compound", "quantmod", "amod", "nmod", "npadvmod", "appos") or tok.head == tok:
                return None
            tok = tok.head
        else:
            return None
        if not any(c.dep_ == "conj" for c in subj.children):
            # "The Harlow Hawks have agreed a four-year, $210 million contract extension with guard Marcus Webb": the
            # person the contract is agreed "with", on the contract or on its verb
            withs = [c for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "with"] \
                + [c for c in subj.head.children if c.dep_ == "prep" and c.lower_ == "with"]
            for prep in withs:  # ("a contract worth £12 million with striker Ade Bello": on the contract's words too)
                for ent in self._sentence(subj).ents:
                    if prep.i < ent.start and ent.end - 1 <= prep.right_edge.i and ent.label_ == "PERSON" \
                            and self._is_person(name := _clean_name(ent.text)):
                        return self._entities.get(name).name if self._entities is not None else name
            return None
        # the joined names as the parser hangs them: conjuncts, or a name in apposition to a role ("and guard Marcus Webb")
        for ent in self._sentence(subj).ents:
            if subj.left_edge.i <= ent.start and ent.end - 1 <= subj.right_edge.i and ent.label_ == "PERSON" \
                    and self._is_person(name := _clean_name(ent.text)):
                return self._entities.get(name).name if self._entities is not None else name
        return None

    @staticmethod
    def _place_in_clause(place: tuple[Span, Token, Token | None], clause: Token | None, where: bool) -> bool:
        """Whether the place `place` (one of `_places_of`: a GPE or LOC) is written "in", "across" or "throughout" in the clause of the figure
        `span`: "There were 880 auctions held in Harlow, with a clearance rate of 64.1%", "House prices in
        Fenwick rose 2.1%". The preposition hangs in the clause whose verb the figure's own phrase hangs from (a
        participle modifying a noun, "held", is part of that clause; a clause of its own, "..., with prices in Fenwick
        falling 0.6%", is not). Also the place a relative clause opening with "where" describes, when the figure stands
        in that clause ("The lowest growth was in Fenwick, where prices rose 1.2%"). `clause` is the figure's clause
        (`_clause_head` of its root), `where` whether it is a relative clause opening with "where"."""
        _, tok, here = place
        if where and clause.head == tok:
            return True  # "The lowest growth was in Fenwick, where prices rose 1.2%": the place the clause describes
        return here is not None and here == clause

    def _agent_owner(self, doc: Doc, span: Span) -> str | None:
        """The name that did what a participle after the figure says, by its agent ("the previous record of $14 million
        set last season by Ann Reid", "below the 6.3% recorded by Valdoria", "the 23 goals scored by Joel Varga"): the
        figure is that name's: a verb of `agent_verbs` (not "followed by", "compiled by", "funded by"), and a noun that
        names no owner of its own ("the club record of 15 set by X" is the club's); also a person's "by" right after
        a figure with no participle ("beating the 44 by Tomas Varga"). None otherwise."""
        tok = span.root
        nouns = [tok]
        if tok.dep_ in ("nummod", "quantmod", "compound") and tok.head != tok:
            tok = tok.head
            nouns.append(tok)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
            nouns.append(tok.head.head)  # "the record of $14 million set by ..."
        words = self.words
        for noun in nouns:
            if any(c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN", "PRON") and c.i not in self._covering
                   for c in noun.children):
                continue  # "the club record of 15 set by X": the noun names whose record it is
            for verb in noun.children:
                if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.i < span.end \
                        or verb.lemma_.lower() not in words.agent_verbs:
                    continue
                for agent in (c for c in verb.children if c.dep_ == "agent"):
                    for obj in (g for g in agent.children if g.dep_ == "pobj"):
                        name = self._entity_at(doc, obj.i)
                        if name and not is_source(obj, words, verb):
                            return name
        # "beating the 44 by Tomas Varga in 2017-18": a bare figure of a tally with a person's "by" right after it,
        # however the parse hangs the "by" (on the verb, here)
        after = tok.i + 1 if tok != span.root else span.end
        if after + 1 < len(doc) and doc[after].lower_ == "by" and doc[after + 1].ent_type_ == "PERSON" \
                and not any(c.dep_ in ("poss", "compound") and c.i not in self._covering for c in tok.children):
            return self._entity_at(doc, after + 1)
        return None

    def _names_a_group(self, subj: Token) -> bool:
        """Whether a verb's subject is a group of organisations of its own, not the one the text is about: a plural
        of `description_heads` ("the corporations on the list", "companies")
        with no owner named or pronoun ("its banks", "Corvex's stores"; "the world's 500 largest companies" is a group)."""
        return subj.tag_ == "NNS" and subj.lemma_.lower() in self.words.description_heads \
            and not any(c.dep_ == "poss" and (c.pos_ in ("PRON", "PROPN") or c.ent_type_) for c in subj.children)

    def _penalised(self, doc: Doc, verb: Token, span: Span) -> str | None:
        """Who a verb of rules/frame.json `penalty_verbs` imposes the figure on, when its object is a name written
        before the figure ("fined Ms Harlan $30,000", "fined Norvik Bank £40 million"); None otherwise."""
        if verb.lemma_.lower() not in self.words.penalty_verbs and verb.lower_ not in self.words.penalty_verbs:
            return None
        obj = next((c for c in verb.children if c.dep_ in ("dative", "dobj") and c.i < span.start
                    and not (span.start <= c.i < span.end) and c.i not in self._covering), None)
        if obj is None:
            return None
        named = self._entity_at(doc, obj.i)
        if named is None and obj.pos_ == "PROPN":
            first = min((t.i for t in obj.subtree if t.dep_ == "compound" and t.pos_ == "PROPN"), default=obj.i)
            named = _clean_name(doc[first:obj.i + 1].text)
        return named if named and not self._is_unit_name(named) else None

    def _object_owner(self, doc: Doc, verb: Token, span: Span) -> str | None:
        """The named owner of the direct object of `verb`, when the figure comes after that object in a phrase of the
        verb or of the object ("raised Corvex's long-term target to between 12% and 17%", "cut the group's dividend
        to 5p"): what the figure is a level of belongs to that owner, not to the person who acts; of a forecast, the
        name it is "on" or "for" ("raised its price target on Tallis Motors to $52"). None otherwise."""
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or span.start <= obj.i or not verb.is_ancestor(span.root):
            return None
        prep = span.root
        while prep.head not in (verb, obj) and prep.head != prep:
            prep = prep.head
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "from", "by") or prep.head not in (verb, obj):
            return None  # "raised Corvex's target to 12%", "cut the group's forecast by 3%"; not "bought Beta's unit for $2bn"
        if obj.lemma_.lower() in self.words.forecast_nouns or obj.lemma_.lower() in self.words.estimate_nouns:
            # "Brenmoor raised its price target on Tallis Motors to $52", "cut its forecast for Valdoria to 1.1%": a
            # forecast of the name after "on" or "for" is about that name, as analysts' consensus is about the company
            # they forecast; whose forecast it is, the source
            forecast = next((self._entity_at(doc, o.i) for p in (*obj.children, *verb.children)
                             if p.dep_ == "prep" and p.lower_ in ("on", "for") and p.i < span.start
                             for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("ORG", "GPE")
                             and self._entity_at(doc, o.i)), None)
            if forecast is not None and not self._is_person(forecast):
                return forecast
        owner = next((c for c in obj.children if c.dep_ == "poss"), None)
        if owner is None or owner.i >= span.start:
            return None
        named = self._entity_at(doc, owner.i)
        if named is None or self._is_person(named):
            return None  # "raised Elias Varn's tally to 14 goals" stays with who scored
        return named

    def _entity_candidate(self, doc: Doc, found: Span, verb: Token | None) -> tuple | None:
        """What entity `found` of a sentence offers a figure governed by `verb` as its subject, read once per entity
        and verb (the figures of a clause share both; only the distance to the figure is the figure's own):
        (the name's start and end tokens, its name, the candidate's reason, and its organisation, holds_clause,
        source, speaker and salience features); None when it offers nothing (see `_subject_candidates`)."""
        key = (found.start, found.end, verb.i if verb is not None else -1)
        if key in self._entity_candidates:
            return self._entity_candidates[key]
        offered = None
        if (named_entity := self._named_entity(doc, found)) is not None and not self._trading_venue(found, verb) \
                and not self._destination(found):
            e, name, organisation, speaks, salience = named_entity
            if verb is not None and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head != verb \
                    and not e.root.head.is_ancestor(verb) and (e.start > verb.i or e.root.head.dep_ == "advcl" or e.root.head.dep_ == "relcl"
                                               and e.root.head.head.ent_type_ in ("DATE", "TIME")):
                # the subject of a later clause that does not govern the figure's: "..., and Fire Station 12 will
                # lose"; or of a clause that only dates it: "In 2015, when the Paris Agreement was signed, wind and
                # solar generated 4.6% of global electricity"
                pass
            else:
                source = is_source(e.root, self.words, verb)
                spoke = speaks and e.root.head != verb  # "Pellam Foods added 4.6%" is no speaker
                speaker = spoke and not organisation
                # a person or place that reports a figure, or who paid for the work, is never what it is about
                # (nor a university whose researchers found it: "cut their risk by 62%, the researchers from the
                # University of Kelby found" is about the walkers, not the university)
                if not (not organisation and (source or speaker) or source and (
                        is_funder(e.root, self.words) or public_body(e.root, self.words) or is_venue(e.root, self.words)
                        or any(t.lower_ in self.words.academic_words for t in e))):
                    offered = (e.start, e.end, name, "source_only" if source or spoke else "named_in_sentence",
                               float(organisation), float(self._holds_clause(e, verb)), float(source or spoke),
                               float(speaker), salience)
        self._entity_candidates[key] = offered
        return offered

    def _destination(self, found: Span) -> bool:
        """Whether a name is where goods went or came from: the object of "to" or "from" hung on a noun of
        `destination_nouns` ("Shipments to China jumped 14%", "imports from Japan fell"): the exporter's or
        importer's figure, not the place's."""
        root = found.root
        return root.dep_ == "pobj" and root.head.lower_ in ("to", "from") \
            and root.head.head.lemma_.lower() in self.words.destination_nouns

    def _trading_venue(self, found: Span, verb: Token | None) -> bool:
        """Whether a place is where what a figure moves trades ("Its shares rose 3.1% to $48.20 in New York",
        "Shares of the company rose 2% in London trading", "Cocoa futures jumped 6% to $8,400 a tonne in New York"):
        the object of "in" or "on" on the market verb (or on a noun after it) whose subject is a traded thing, a word
        of `subject_metrics` that names a price or an index's level (shares, stocks, futures, a commodity) or a
        currency. The figure is the company's or the commodity's, never the place's, and the place leads no story."""
        root = found.root.head if found.root.dep_ == "compound" else found.root  # "in London trading"
        # (an exchange the tagger calls an organisation, "on" it: "closed 1.4 per cent higher at Rs 152.30 on the BSE")
        exchange = found.label_ == "ORG" and root.head.lower_ == "on"
        if verb is None or found.label_ not in ("GPE", "LOC") and not exchange or root.dep_ != "pobj" \
                or root.head.lower_ not in ("in", "on") or verb.lemma_.lower() not in self.words.market_verbs:
            return False
        attached = root.head.head  # the verb, or a noun or figure on it ("to $48.20 in New York", "in London trading")
        for _ in range(3):
            if attached == verb or attached.pos_ not in ("NOUN", "NUM", "ADP", "SYM"):
                break
            attached = attached.head
        if attached != verb:
            return False
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return subject is not None and (subject.lower_ in self.words.currencies or any(
            (said := self.words.subject_metric(w) or "").endswith(("price", "prices")) or said.startswith("index level")
            for w in (subject.lower_, subject.lemma_.lower())))

    def _venues(self) -> frozenset[str]:
        """The places the text names only as where what its clauses move trades (see `_traded_in`: "Copper rose 2.1%
        to $9,400 a tonne in London", "Cocoa futures jumped 6% in New York"): no place a story is about, so never the
        article's lead place. Read once per document, from its places' mentions (as the entity table names them)."""
        traded: dict[str, bool] = {}
        for ent in self._ents:
            if ent.label_ in ("GPE", "LOC") and (entity := self._entities.get(ent.text)) is not None:
                traded[entity.name] = traded.get(entity.name, True) and self._traded_in(ent.root, ent)
        return frozenset(name for name, only in traded.items() if only)

    def _traded_in(self, tok: Token, ent: Span | None = None) -> bool:
        """Whether a place's word (of the entity `ent`, when the caller has it) is where what its clause moves trades
        (see `_trading_venue`: "Cocoa futures jumped 6% to $8,400 a tonne in New York"): the market verb is the
        nearest verb above it; not where bare shares move ("Shares slip in London": that place's market is what the
        report is about). The sentence's entities are read only past the cheap tests."""
        if tok.ent_type_ not in ("GPE", "LOC") or tok.dep_ not in ("pobj", "compound"):
            return False
        verb = tok.head
        for _ in range(4):
            if verb.pos_ in ("VERB", "AUX") or verb.head == verb:
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.words.market_verbs:
            return False
        moved = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if moved is not None and moved.lower_ in self.stock_nouns and not any(
                c.dep_ in ("poss", "compound", "amod", "nmod", "prep") for c in moved.children):
            return False  # "Shares slip in London": the place's own market, what a market report is about
        if ent is None:
            ent = next((e for e in self._sentence(tok).ents if e.start <= tok.i < e.end), None)
        return ent is not None and self._trading_venue(ent, verb)

    @staticmethod
    def _alias_open(doc: Doc, ent: Span) -> int | None:
        """Where the brackets open when `ent` stands in them right after a name, as its ticker, listing or short
        form ("Halfords (HFD)", "Walmart (NYSE:WMT)", "the Office for National Statistics (ONS)"): the name
        before them is the candidate, not the alias. None otherwise."""
        sent = ent.sent
        k = next((i for i in range(ent.start - 1, max(sent.start, ent.start - 3) - 1, -1) if doc[i].text == "("), None)
        close = next((i for i in range(ent.end, min(sent.end, ent.end + 3)) if doc[i].text == ")"), None)
        if k is None or close is None or k - 1 < sent.start or doc[k - 1].pos_ != "PROPN":
            return None
        inside = doc[k + 1:close]
        return k if all(t.pos_ in ("PROPN", "PUNCT") or t.is_upper for t in inside) else None

    def _spelled_out(self, doc: Doc, name: str) -> str | None:
        """The full name a short form in capitals stands for where the text spells it out once, in brackets after
        the name ("the Federal Board of Revenue (FBR)": a later "the FBR collected Rs 576 billion" is the board's),
        the short form's first letter the full name's first capital; None for any other name. The table is built
        once per document from the tagger's names in brackets (see `_alias_open`)."""
        if self._spelled_out_names is None:
            table: dict[str, str] = {}
            for ent in self._ents:
                short = ent.text.strip()
                if not (short.isupper() and short.isalpha() and len(short) >= 2) \
                        or (k := self._alias_open(doc, ent)) is None:
                    continue
                full = _clean_name(self._aliased(doc, ent, k).text)
                capitals = [w[0] for w in full.split() if w[:1].isupper()]
                if " " in full and capitals and capitals[0] == short[0] and not full.isupper():
                    table.setdefault(short, full)
            self._spelled_out_names = table
        return self._spelled_out_names.get(name)

    def _aliased(self, doc: Doc, ent: Span, k: int) -> Span:
        """The name an alias in brackets opening at token `k` stands for: the whole entity the brackets follow
        ("the Office for National Statistics (ONS)"), else the proper nouns before them."""
        whole = next((e for e in self._sentence(ent).ents if e.end == k and e.label_ in SUBJECT_LABELS), None)
        if whole is not None:
            return Span(doc, whole.start, k, label=whole.label_)
        return Span(doc, self._name_start(doc, k - 1), k, label=ent.label_)

    def _moved_market(self, span: Span) -> Token | None:
        """The direct object a verb moves by the figure through a word of moving (`move_particles`) right before it
        ("sending its shares up 6%", "sent the stock down 3.9%"): the Token, else None."""
        tok = span.root
        if tok.dep_ != "npadvmod" or (particle := tok.head).lower_ not in self.words.move_particles \
                or particle.i != span.start - 1:
            return None
        verb = particle.head
        return next((c for c in verb.children if c.dep_ == "dobj" and c.i < particle.i), None)

    def _moved_object(self, doc: Doc, span: Span, topic: str | None) -> str | None:
        """The name a verb moves by the figure: the figure hangs on a word of moving (`move_particles`) of a verb
        with a direct object ("dragging the Carlton 100 down 0.6% to 8,212 points", "pushed Renholt up 4%"). A
        market report's causes move indexes and shares that are not the clause's subject. None otherwise, or
        when the object names no one."""
        tok = span.root
        if tok.dep_ == "pobj" and tok.head.lower_ == "to":
            tok = tok.head  # "down 0.6% to 8,212 points"
        if tok.dep_ not in ("npadvmod", "prep"):
            return None
        particle = tok.head
        if particle.lower_ not in self.words.move_particles and tok.lower_ == "to":
            # "to 6,140 points" hung on the verb: the verb's (or its object's) word of moving
            particle = next((c for t in (particle, *(c for c in particle.children if c.dep_ == "dobj"))
                             for c in t.children if c.lower_ in self.words.move_particles and c.i < tok.i), particle)
        if particle.lower_ not in self.words.move_particles:
            return None
        # "dragging the Tarrant 150 down 0.8%": the word hangs on the verb or on its object
        obj = particle.head if particle.head.dep_ == "dobj" else next(
            (c for c in particle.head.children if c.dep_ == "dobj"), None)
        if obj is None or obj.i > particle.i:
            return None
        if doc[particle.i - 1].text == "," and not any(t.ent_type_ or t.pos_ == "PROPN" for t in obj.subtree):
            return None  # a change set off after an object that names no one: "612,400 people attended clinics, up 4.1%"
        if obj.pos_ == "PROPN":
            number = next((c for c in obj.children if c.dep_ == "nummod" and c.i == obj.i + 1), None)
            if number is not None:  # "the Tarrant 150": a name ending in a number, which the tagger splits
                return _clean_name(doc[self._name_start(doc, obj.i):number.i + 1].text)
            return self._entity_at(doc, obj.i)
        return self._subject_phrase(doc, obj, topic) if obj.lower_ not in self.words.pronouns else None

    def _untagged_owner(self, doc: Doc, j: int) -> str | None:
        """The name the tagger missed that owns a figure, ending at token `j` before "'s": proper nouns, or a
        capitalised word and a number ("the Marlow 400's 11 sectors", "Route 9's 22 stops"); not a capitalised
        common word opening the sentence, nor a word of `not_subjects`. None otherwise."""
        sent = doc[j].sent
        end = j
        if doc[j].like_num and j not in self._covering and j - 1 >= sent.start and (
                doc[j - 1].pos_ == "PROPN" or doc[j - 1].is_title):
            j -= 1  # a name ending in a number, also opening the sentence ("Route 9's")
        if doc[j].pos_ != "PROPN" and not (end != j and doc[j].is_title):
            return None
        start = self._name_start(doc, j)
        name = _clean_name(doc[start:end + 1].text)
        if name.lower() in self.words.not_subjects or (start == end and start == sent.start and self._common_word(doc[start])):
            return None
        return name

    def _apposed_name(self, doc: Doc, span: Span) -> str | None:
        """The name an apposition holding the figure describes: "CORVIS, a 15-year study funded by the
        institute, ...", "Harwick Stores, a chain with 4,600 stores, ...": the figure is the named thing's. The
        figure hangs on the apposition's head through nouns and prepositions only (not a clause of its own,
        "Arveld, which supplies ..."), and what the apposition describes is a name (an entity or a proper noun
        the tagger missed). None otherwise."""
        tok = span.root
        for _ in range(5):
            if tok.dep_ == "appos":
                head = tok.head
                if head.i in self._covering:
                    return None  # not a unit the parser took for a name: "lost 48 Gt a year, a near tripling"
                if tok.left_edge.i >= span.start and head.dep_ == "pobj" and doc[tok.left_edge.i - 1].text == ",":
                    # an "apposition" opening with the figure is the next item of a list the parser chained to a name
                    # ("includes $260,000 for the Tax Office, $150,000 increase in mental health funding"), not a
                    # description of it, which opens with "a" or "the" ("Harwick, a chain with 4,600 stores")
                    return None
                if head.pos_ != "PROPN" and not head.ent_type_:
                    # a named thing that is no entity: "the Eastside bus rapid transit line, a 14-mile project"
                    return self._named_thing(doc, head) if head.pos_ == "NOUN" and head.dep_ != "ROOT" else None
                return self._entity_at(doc, head.i) or self._untagged_subject(doc, head)
            if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "npadvmod", "pobj", "prep", "nmod", "dobj", "acl") \
                    or tok.head == tok:
                return None
            tok = tok.head
        return None

    def _with_holder(self, doc: Doc, span: Span, topic: str | None) -> str | None:
        """The name a "with" phrase holding the figure describes: "Dunlow, with 1,200 nurses, has ...", "Brannock, with a
        2,310-strong workforce covering three hospitals, ..." -> Dunlow, Brannock; also the name the parse makes a
        compound of a clause it cut into a noun ("Co Ardlow fares best, with 596 nurses per 100,000 people", "fares" the
        noun). The name is the subject the phrase stands after; the figure hangs on "with" through nouns, prepositions
        and a participle only (not a clause of its own). None otherwise, and for a "with" on a verb, whose subject is
        the verb's (a candidate already)."""
        tok = span.root
        for _ in range(6):
            if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.head.dep_ == "prep":
                holder = tok.head.head
                if holder.i in self._covering or span.start <= holder.i < span.end:
                    return None
                if holder.dep_ in ("nsubj", "nsubjpass") and (holder.pos_ == "PROPN" or holder.is_title):
                    # (a "with" on a name elsewhere, "six points behind Ashcombe, with 15 matches left", is no such
                    # description; "Cork", a common noun too, is a name where it is written with its capital)
                    return self._subject_phrase(doc, holder, topic)
                named = next((c for c in holder.children if c.dep_ == "compound" and c.pos_ == "PROPN"
                              and c.i == holder.i - 1), None)
                if holder.dep_ == "ROOT" and holder.pos_ == "NOUN" and named is not None:
                    return self._entity_at(doc, named.i)
                return None
            if tok.dep_ not in ("nummod", "quantmod", "compound", "amod", "advmod", "npadvmod", "pobj", "prep", "nmod",
                                "dobj", "acl") or tok.head == tok:
                return None
            tok = tok.head
        return None

    def _owner_of_whole(self, doc: Doc, span: Span) -> str | None:
        """The name owning the whole a share or part is "of": "more than 60 per cent of Isvardi's surface", "12 of
        Norland's 20 largest lenders". None when the whole has no named owner, or when the figure's verb has a subject
        that names or has an owner ("The bay's kittiwakes make up about 4% of Eiremar's population" are the bay's)."""
        if not any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
            return None
        verb = self._governing_verb(span)
        subj = self._verb_subject(doc, verb) if verb is not None else None
        if subj is not None and (subj.pos_ == "PROPN" or subj.ent_type_ or any(c.dep_ == "poss" for c in subj.children)):
            return None
        if self._world_whole(span.root):
            return "world"  # "10% of global electricity generation", "36% of the world's electricity"
        if subj is not None and subj.pos_ == "PRON":
            return None
        for prep in span.root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    owner = next((c for c in pobj.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
                    if owner is not None:
                        return self._entity_at(doc, owner.i) or self._untagged_owner(
                            doc, max(t.i for t in owner.subtree if t.dep_ != "case"))
        return None

    def _owner_of_measure(self, doc: Doc, span: Span) -> str | None:
        """The named owner of the measure a figure is "of": "Whole Foods' Thursday closing stock price of $33.06",
        "Harwick's revenue of $3.1 billion"; also the level a named owner's change reaches, "to" after a change noun
        ("followed by Corvex's 0.9 per cent drop to $24.65", the parse may take the noun for a verb). None when the
        measure has no named owner."""
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ == "to" and (root.head.head.lower_ in self.words.rise_nouns
                                                                 or root.head.head.lower_ in self.words.fall_nouns):
            noun = root.head.head  # "Corvex's 0.9 per cent drop to $24.65": the owner may hang on the change's figure
            if any(c.dep_ in ("nsubj", "nsubjpass") for c in noun.children):
                return None  # a verb with its subject: "grants to Ardlow's councils rise to £1.06 billion"
            owner = next((t for t in doc[noun.left_edge.i:noun.i] if t.dep_ == "poss" and t.pos_ == "PROPN"), None)
            return self._entity_at(doc, owner.i) if owner is not None else None
        if root.dep_ != "pobj" or root.head.lower_ != "of" or root.head.head.pos_ != "NOUN":
            return None
        owner = next((c for c in root.head.head.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
        return self._entity_at(doc, owner.i) if owner is not None else None

    def _world_whole(self, root: Token) -> bool:
        """Whether the whole a share is "of" is the world's: a word of `world_scopes` before its head or as its owner
        ("of global electricity generation", "of the world's electricity")."""
        for prep in root.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for pobj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"):
                    if any(t.lower_ in self.words.world_scopes and t.dep_ in ("amod", "compound", "poss", "nmod")
                           for t in pobj.subtree if t.i < pobj.i):
                        return True
        return False

    def _respective_name(self, doc: Doc, span: Span) -> str | None:
        """The name a figure pairs with in a sentence that says "respectively": a list of figures and a list of as many
        names, each joined by commas and "and" ("Aldmoor, Brenlow and Corvane Air carried 8.5 million, 5.8 million and 6.1
        million passengers, respectively", "spent £3.4m and £3.2m respectively on Joel Varga and Sam Okoro"): the figure's
        place in its list is its name's place in the other. None when the lists differ in length or there is no such
        word."""
        sent = span.sent
        # (the word's letters in the sentence's text first: most sentences lack them, and that test reads no token)
        if "respectively" not in self._text[sent.start_char:sent.end_char].lower() \
                or not any(t.lower_ == "respectively" for t in sent):
            return None
        figures = sorted({(q.start, q.end) for i in range(sent.start, sent.end) for q in self._covering.get(i, ())
                          if q.sent.start == sent.start})
        figures = [f for f in figures if not any(o != f and o[0] <= f[0] and f[1] <= o[1] for o in figures)]

        def joined(a: int, b: int, words: int) -> bool:  # only separators (and a few lower-case words) between
            depth, seen, sep = 0, 0, False
            for t in doc[a:b]:
                if t.text == "(":
                    depth += 1
                elif t.text == ")":
                    depth = max(0, depth - 1)
                elif depth:
                    continue
                elif t.text in (",", "&") or t.lower_ in ("and", "or"):
                    sep = True
                elif t.pos_ in ("VERB", "AUX") or not (t.is_lower or t.is_punct) or t.i in self._covering:
                    return False
                else:
                    seen += 1
            return sep and seen <= words

        def groups(items: list[tuple[int, int]], words: int) -> list[list[tuple[int, int]]]:
            found: list[list[tuple[int, int]]] = []
            for item in items:
                if found and joined(found[-1][-1][1], item[0], words):
                    found[-1].append(item)
                else:
                    found.append([item])
            return [g for g in found if len(g) >= 2]

        mine = next((g for g in groups(figures, 3) if (span.start, span.end) in g
                     or any(a <= span.start and span.end <= b for a, b in g)), None)
        if mine is None:
            return None
        k = next(n for n, (a, b) in enumerate(mine) if a <= span.start and span.end <= b)
        names: list[tuple[int, int]] = []  # runs of capitalised words outside brackets and figures, no date or adjective
        depth, start = 0, None
        for t in sent:
            depth += (t.text == "(") - (t.text == ")")
            # (the tagger may miss a name or take a word of it for a verb or an ordinal: "Go First")
            naming = depth <= 0 and t.text not in "()" and t.i not in self._covering and not calendar_word(t) \
                and t.ent_type_ not in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "NORP") \
                and t.text[:1].isupper() and (t.is_alpha or t.is_title) \
                and (t.pos_ == "PROPN" or t.ent_type_ in SUBJECT_LABELS or t.i > sent.start)
            if naming and start is None:
                start = t.i
            elif not naming and start is not None:
                names.append((start, t.i))
                start = None
        if start is not None:
            names.append((start, sent.end))
        lists = [g for g in groups(names, 3) if len(g) == len(mine)]
        if len(lists) != 1:
            return None
        start, end = lists[0][k]
        return _clean_name(doc[start:end].text)

    def _attached_name(self, doc: Doc, span: Span) -> str | None:
        """The name a figure's "at" or "with" phrase hangs on: "led by the South at 29.4 percent, followed by the
        Midwest at 28.7 percent", "the region ... is London with a movement of 10.9 per cent", "Dubai International
        with a 10.7 percent increase": a ranking or a list of places and their figures. None when the phrase hangs
        on a verb ("closed at $40") or on no name."""
        tok = span.root
        for _ in range(4):
            if tok.dep_ in ("nummod", "quantmod", "compound", "amod") and tok.head != tok:
                tok = tok.head
            elif tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
                tok = tok.head.head  # "a movement of 10.9 per cent"
            else:
                break
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("at", "with"):
            return None
        listed = self._listed_with(doc, tok)
        if listed is not None:
            return listed
        owner = tok.head.head
        if owner.pos_ != "PROPN" or owner.ent_type_ not in ("GPE", "LOC"):
            return None
        name = self._entity_at(doc, owner.i)
        return name if name and not self._is_speaker(owner) else None

    def _listed_with(self, doc: Doc, tok: Token) -> str | None:
        """The organisation named right before the "with" a figure hangs from, the parser having hung the phrase on
        the verb: "The most active shares were Harlow Mills with 4,662,377 shares at Rs30.09 per share, Brenco Oil
        with ...": each figure is the name's it follows. A price "at" the count ("at Rs30.09") is the same name's.
        None when the word before "with" ends no organisation's name."""
        prep = tok.head
        if prep.lower_ in ("at", "with") and prep.head.dep_ == "pobj" and prep.head.head.lower_ == "with":
            prep = prep.head.head  # "with 4,662,377 shares at Rs30.09 per share"
        if prep.lower_ != "with" or prep.i == 0 or prep.head.pos_ not in ("VERB", "AUX") and prep.head.i != prep.i - 1:
            return None
        before = doc[prep.i - 1]
        # a word in capitals the tagger left out of the name still ends it ("Orvane PK with ...")
        end = prep.i - 1 if before.is_upper and before.is_alpha and prep.i >= 2 else prep.i
        ent = next((e for e in doc.ents if e.start < end <= e.end and e.end in (end, prep.i)), None)
        if ent is None or ent.label_ not in ("ORG", "PERSON") or before.pos_ != "PROPN" \
                or before.dep_ not in ("attr", "conj", "appos") or not self._is_name(ent):
            return None
        return self._entity_at(doc, ent.end - 1)

    def _paid_for(self, doc: Doc, span: Span) -> str | None:
        """The named thing a sum is paid for (`pay_verbs`) or spent on (`spending_verbs`): the price is about what changes hands, not the payer.
        "Redmarsh paid £41 million for Joel Varga", "the £41 million Redmarsh paid for Joel Varga": the figure is
        what the verb pays (its object, or the noun a relative clause of paying hangs on) and the name is its
        "for". None when that is no name ("paid $9m for a stake")."""
        root = span.root
        # the verb's object; "£38m" is often parsed as an adverbial modifier of the verb, its "m" a noun
        verbs = [root.head] if root.dep_ in ("dobj", "npadvmod") else []
        for noun in (root, root.head) if root.dep_ in ("nummod", "compound", "quantmod") else (root,):
            verbs += [c for c in noun.children if c.dep_ in ("relcl", "acl")]
        for verb in verbs:
            spends = verb.lemma_.lower() in self.words.spending_verbs
            if verb.pos_ == "VERB" and (spends or verb.lemma_.lower() in self.words.pay_verbs):
                # paid "for" a thing (`pay_verbs`), or spent "on" it (`spending_verbs`: "the Hawks spent Rs5 crore on
                # Karan Shah")
                prep = next((c for c in (*verb.children, *root.children) if c.dep_ == "prep" and c.lower_ == "on"), None) \
                    if spends else next((c for c in (*verb.children, *root.head.children, *root.children)
                                         if c.dep_ in ("prep", "dative") and c.lower_ == "for"), None)
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
                if obj is not None and obj.ent_type_ != "PERSON" and (obj.lower_ in self.words.player_nouns or _age_noun(obj)) \
                        and any(c.lower_ == "the" for c in obj.children):
                    # "paid 12.5 million pounds for the Under-21 international", "for the 28-year-old": the player
                    # named before
                    return self._person_before(doc, obj)
                return self._entity_at(doc, obj.i) if obj is not None else None
        prep = root.head if root.dep_ == "pobj" else None
        if prep is not None and prep.lower_ == "for" and prep.head.pos_ == "VERB" \
                and self.words.price_verb(prep.head.lemma_.lower()) == "purchase price":
            # "agreed to buy Whole Foods Market for $13.7 billion": the price is the thing bought's, not the buyer's
            obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
            return self._entity_at(doc, obj.i) if obj is not None and obj.pos_ == "PROPN" else None
        return None

    def _fee_for_person(self, doc: Doc, span: Span) -> str | None:
        """The person a fee is "for", when the clause's subject is a fee or a move (`transfer_nouns`) and the figure is
        what it comes to ("the fee for the 24-year-old is about 75 million pounds"): the person named (by name, or, for
        an age or a player noun, the person named last before it: "the 24-year-old", "the striker"). None otherwise."""
        root = span.root
        verb = root.head if root.dep_ in ("attr", "acomp", "dobj") else None
        if verb is None or verb.pos_ not in ("AUX", "VERB"):
            return None
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lemma_.lower() not in self.words.transfer_nouns | {"fee"}:
            return None
        obj = next((p for c in subj.children if c.dep_ == "prep" and c.lower_ == "for"
                    for p in c.children if p.dep_ == "pobj"), None)
        if obj is None:
            return None
        if obj.ent_type_ == "PERSON" and self._is_person(name := self._entity_at(doc, obj.i)):
            return name
        aged = obj.lower_.endswith("-year-old") or obj.lower_ == "old" and obj.i >= 2 and doc[obj.i - 2].lower_ == "year"
        if aged or obj.lemma_.lower() in self.words.player_nouns:  # "the 24-year-old", "the striker"
            return self._person_before(doc, obj)
        return None

    def _signed_person(self, doc: Doc, span: Span) -> str | None:
        """The person a fee signs: "Redmarsh United have signed striker Elias Dunmore from Ashgrove City for £58
        million", "completed the signing of defender Tom Ekwueme in a £12 million deal", "for a fee of £2.5m": the
        figure (or the deal or fee it sizes) hangs on "for"/"in" of a verb of `price_verbs` or one whose object is
        a move of `transfer_nouns` ("the signing of ..."), and that object is a person (see `_is_person`). A
        transfer fee is the player's, not the buying club's; so is the length of the contract the verb signs him "on"
        (`contract_nouns`: "signed striker Elias Varn from Ashgrove on a five-year contract"). None otherwise."""
        tok = span.root
        if tok.dep_ in ("nummod", "compound", "quantmod"):
            tok = tok.head  # "a £12 million deal"
        elif tok.dep_ == "npadvmod" and tok.head.dep_ == "pobj" and tok.head.i < span.start:
            tok = tok.head  # "for a club record £46.5m fee", parsed with "m" hanging on "record"
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in ("fee", "price", "sum"):
            tok = tok.head.head  # "for a fee of £2.5m"
        if tok.dep_ != "pobj" or tok.head.lower_ not in ("for", "in") and not (
                tok.head.lower_ == "on" and tok.lemma_.lower() in self.words.contract_nouns):  # "on a five-year contract"
            return None
        verb = tok.head.head
        if verb.pos_ == "NOUN" and verb.lemma_.lower() in self.words.transfer_nouns:
            objs = [verb]  # "the signing of defender Tom Ekwueme from Castlebury in a £12 million deal"
        elif verb.pos_ == "VERB":
            objs = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            return None
        for obj in objs:
            if obj.lemma_.lower() in self.words.transfer_nouns:  # "the signing of defender Tom Ekwueme"
                obj = next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                            for p in c.children if p.dep_ == "pobj"), None)
            elif not self.words.price_verb(verb.lemma_.lower()):
                continue
            if obj is not None and obj.ent_type_ != "PERSON" and obj.lemma_.lower() in self.words.player_nouns:
                # "to sign the teenage striker Joel Varga from Castlebury in an initial £8.1m transfer": the name
                # in apposition to the player noun
                obj = next((c for c in obj.children if c.dep_ == "appos" and c.ent_type_ == "PERSON"), obj)
            if obj is not None and obj.ent_type_ == "PERSON" and self._is_person(name := self._entity_at(doc, obj.i)):
                return name
        return None

    def _bracket_owner(self, doc: Doc, span: Span) -> str | None:
        """The name a figure stands in brackets after, in a list or a market report ("Hull University
        Hospitals NHS Trust (48 per cent)", "Corvex Holdings (-4.1%)", "Ardley Mutual (down 6.2%)"): the
        figure is that name's. Not a conversion after another figure ("5.4 billion yuan (US$765.2 million)")."""
        sent = span.sent
        k = span.start - 1
        while k >= sent.start and k > span.start - 3 and doc[k].text != "(" and (doc[k].is_lower or doc[k].text in "+-\u2212"):
            k -= 1  # "(down 6.2%)", "(+4.1%)"
        if k - 1 < sent.start or doc[k].text != "(" or doc[k - 1].i in self._covering:
            return None
        if not any(doc[j].text == ")" for j in range(span.end, min(span.end + 4, sent.end))):
            return None
        j = k - 1
        named = self._entity_at(doc, j)
        if named:
            return named
        if doc[j].pos_ != "PROPN" or doc[j].is_upper and len(doc[j]) <= 5:
            return None  # "(ONS)"-like codes name no one
        return _clean_name(doc[self._name_start(doc, j):j + 1].text)

    def _bracketed_name_after(self, doc: Doc, span: Span) -> str | None:
        """The name a figure is followed by in brackets, and nothing else ("rates vary from 13.2% (Tarnland) to 3.3%
        (Ostmark)", "the top score, 41% (Harlow), ..."): the figure is that name's. A place, a person or an
        organisation the tagger names over the whole bracket; not a short code in capitals ("(ONS)", "(EUR)"),
        which credits a source or names a unit."""
        sent = span.sent
        j = span.end
        if j + 2 >= sent.end or doc[j].text != "(":
            return None
        k = next((i for i in range(j + 1, min(j + 9, sent.end)) if doc[i].text in (")", "(")), None)
        if k is None or k == j + 1 or doc[k].text != ")":
            return None
        # the names in the bracket ("(Newfoundland and Labrador)" may be two places the tagger names apart)
        ents = [e for e in self._sentence(span).ents if j < e.start and e.end <= k]
        named = {i for e in ents if e.label_ in ("GPE", "LOC", "PERSON", "ORG") and self._is_name(e)
                 for i in range(e.start, e.end)}
        if not ents or not named or any(i not in named and doc[i].lower_ not in ("and", "&", "the")
                                        for i in range(j + 1, k)):
            return None
        name = _clean_name(doc[j + 1:k].text)
        return None if name.isupper() and len(name) <= 5 else name

    def _listed_owner(self, doc: Doc, span: Span) -> str | None:
        """The name a figure follows directly in a list with no verb ("Elsewhere at the close: Eurobourse 600
        -0.6%; Nikkan 225 +0.9%", "Best performers: Corvex 4.1%, Ardley Mutual 3.2%."): the item starts after
        a colon, semicolon or comma (or opens the sentence) and ends with the figure. In a market report the
        item may also be a company the tagger names, joined by "and", "with" or "while", or set off by a comma,
        with a word of moving before the figure ("Halvern rose 2%, Corrant 1.5% and Tyneford 0.8%", "with
        Quenby up 2.1% and Larchmont up 3%", "were Corvex, up 4.2%, and ...")."""
        sent = span.sent
        j = span.start - 1
        if j > sent.start and doc[j].lower_ in ("to", "or", "at"):
            # "Melrose Industries up 16.3p to 201.8p": the level a listed move reaches is the same name's, and so is
            # the move written again in another unit ("Ocado up 44.40p, or 5.9%, to 794.4p")
            k = j - 1 if doc[j - 1].text == "," else j
            moved = [q for q in self._covering.get(k - 1, ()) if q.end == k] if k > sent.start else []
            if not moved or doc[j].lower_ == "or" and k == j:
                return None
            first = self._restated_move(doc, moved[0]) if doc[j].lower_ in ("to", "at") else moved[0]
            return self._listed_owner(doc, first) if first is not None and doc[first.start - 1].lower_ in ("up", "down") else None
            # ("with Kestrel Midcap up 0.2 per cent at 5,679": "at" the level it stands at, as "to")
        after = doc[span.end] if span.end < sent.end else None
        joined = after is not None and (after.lower_ in self.words.list_joins or (after.lower_ in ("higher", "lower") and (
            span.end + 1 >= sent.end or doc[span.end + 1].text in (";", ",", ".") or doc[span.end + 1].lower_ in self.words.list_joins)))
        # "Melrose Industries up 16.3p to 201.8p, NMC Health up 163p to 2,759p": a move and the level it reached; also
        # with the move written again in another unit ("Ocado up 44.40p, or 5.9%, to 794.4p")
        leveled = after is not None and doc[j].lower_ in ("up", "down") and (
            after.lower_ in ("to", "at") and span.end + 1 in self._covering
            or after.text == "," and span.end + 2 < sent.end and doc[span.end + 1].lower_ == "or" and span.end + 2 in self._covering)
        joined = joined or leveled
        if j < sent.start or (after is not None and after.text not in (";", ",", ".") and not joined):
            return None
        end = j
        def capitalised(t: Token) -> bool:  # the tagger may take an unknown name for a verb ("Eurobourse 600")
            return t.pos_ == "PROPN" or (t.is_title and t.i != sent.start) or leveled and _camel_case(t)

        moved = doc[j].lower_ in ("up", "down") and j - 1 > sent.start
        if moved:  # "with Quenby up 2.1%", "Corvex, up 4.2%"
            j -= 2 if doc[j - 1].text == "," else 1
            end = j
        if doc[j].like_num and j - 1 >= sent.start and capitalised(doc[j - 1]) and j not in self._covering:
            j -= 1  # "Nikkan 225": a name ending in a number
        if not capitalised(doc[j]) or j in self._covering:
            return None
        start = j
        while start - 1 >= sent.start and (capitalised(doc[start - 1]) or doc[start - 1].text == "&"):
            start -= 1
        listed = start == sent.start or doc[start - 1].text in (":", ";", ",")
        if listed and not (joined or moved):
            return _clean_name(doc[self._name_start(doc, j) if end == j else start:end + 1].text)  # not before a number
        # outside a plain list, only a name the tagger knows, joined to the list or set off by a comma
        if not (listed or doc[start - 1].lower_ in self.words.list_joins or (moved and doc[end + 1].text == ",")
                or leveled and doc[start - 1].lemma_ == "be"):
            return None
        if leveled and moved and end == j:
            # "were Ocado up 44.40p, or 5.9%, to 794.4p, easyJet up 47p ...": a share's move written with its level or
            # again in another unit says a company moved, whether or not the tagger knows the name before it
            first = start + 1 if start < end and doc[start].lower_ in self.words.description_heads else start
            name = _clean_name(doc[first:end + 1].text)
            return None if name.lower() in self.words.not_subjects else name
        if doc[end].ent_type_ not in SUBJECT_LABELS or not self._entity_at(doc, end) \
                or doc[end].lower_ in self.words.not_subjects:
            return None
        return _clean_name(doc[self._name_start(doc, end):end + 1].text)

    def _list_line_label(self, doc: Doc, span: Span) -> str | None:
        """The name that labels the line of a list a figure stands on, before a colon ("Elmbridge Vale: up 5.4% to
        £312,000", "St Eda's School: 276 pupils, down from 301"): every figure of the line is the name's. The line is
        one of a list: a line next to it (a blank line between or none) is a "Label: figure" line too, or the list's
        introducing line ends with a colon. The label is a name: at most six words, each capitalised (or a name's
        small word, `name_connectives`), no digit, one word only when the tagger calls it a proper noun; not a word
        of `not_subjects`, nor ending in a measure (`metric_heads`: "Revenue: $4.1 billion"), and no verb stands
        between the colon and the figure (a dateline's colon opens a sentence: "Harbourton: Valdoria's prices
        rose 4.1%"). None otherwise."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        if ":" not in text[start:span.start_char]:
            return None  # (most figures: no colon before them on their line)
        label = _LABEL_LINE.match(text, start)
        if label is None or label.end() > span.start_char:
            return None
        name = label.group(1).strip()
        words = name.split()
        if not 1 <= len(words) <= 6 or any(ch.isdigit() for ch in name) \
                or not all(w[:1].isupper() or w.lower() in self.words.name_connectives for w in words) \
                or name.lower() in self.words.not_subjects or words[-1].lower() in self.words.metric_heads:
            return None
        colon = doc.char_span(label.start(1), label.end(1), alignment_mode="expand")
        after = doc.char_span(label.end(), span.start_char, alignment_mode="expand") if label.end() < span.start_char else None
        if colon is None or after is not None and any(t.pos_ in ("VERB", "AUX") for t in after):
            return None
        if len(words) == 1 and (colon.root.pos_ != "PROPN" or self._lower_case_word(colon.root)):
            return None  # "Detached: £512,400", "Dairy: down 34%": a kind of thing, no name
        stop = text.find("\n", span.end_char)
        stop = len(text) if stop < 0 else stop
        if not (self._list_line_near(text, start, -1) or self._list_line_near(text, stop, 1)
                or self._list_introduced_by(start, _LIST_ITEM) is not None):
            return None
        return _clean_name(name)

    @staticmethod
    def _list_line_near(text: str, at: int, step: int) -> bool:
        """Whether the line before the line break at `at` (step -1: `at` is where the line starts) or after it (step 1:
        `at` is its line break) is a "Label: figure" line of a list, a blank line between or none."""
        for _ in range(2):
            if step < 0:
                if at <= 0:
                    return False
                end = at - 1
                begin = text.rfind("\n", 0, end) + 1
                at = begin
            else:
                if at >= len(text):
                    return False
                begin = at + 1
                end = text.find("\n", begin)
                end = len(text) if end < 0 else end
                at = end
            line = text[begin:end].strip()
            if line:
                return ":" in line and any(ch.isdigit() for ch in line.partition(":")[2]) and bool(_LIST_ITEM.fullmatch(line))
        return False

    def _restated_move(self, doc: Doc, span: Span) -> Span | None:
        """The move a figure writes again in another unit after ", or" ("up 44.40p, or 5.9%": 44.40p for 5.9%), else
        the figure itself; None when "or" follows a comma with no figure before it."""
        k = span.start - 1
        if k - 2 < span.sent.start or doc[k].lower_ != "or" or doc[k - 1].text != ",":
            return span
        before = [q for q in self._covering.get(k - 2, ()) if q.end == k - 1]
        return before[0] if before else None

    def _bullet_heading(self, doc: Doc, span: Span) -> str | None:
        """The name a bulleted list's heading line gives its items: a figure on a line that opens with a bullet
        ("- ", "* ", "\u2022 ") under a line of its own that is a short name ("Brackenshire Constabulary\n- 7% fall in
        burglary\n- 22% rise in shoplifting"): at most six words, no closing punctuation, every word capitalised.
        None otherwise (a heading such as "Key figures:" names no one)."""
        text = self._text
        line_start = text.rfind("\n", 0, span.start_char) + 1
        if line_start == 0 or text[line_start:line_start + 2] not in ("- ", "* ", "\u2022 ", "\u2013 "):
            return None
        end = line_start - 1
        while end > 0:
            start = text.rfind("\n", 0, end) + 1
            line = text[start:end].strip()
            if not line:
                return None  # a blank line: no heading right above the list
            if line[:2] not in ("- ", "* ", "\u2022 ", "\u2013 "):
                words = line.split()
                if len(words) > 6 or line[-1] in ".!?:;,\"'\u201d\u2019)" or not all(
                        w[:1].isupper() or w in ("and", "of", "&", "the") for w in words) \
                        or line.lower() in self.words.not_subjects:
                    return None
                if line.isupper() and not any(start <= ent.start_char and ent.end_char <= end and ent.label_ in SUBJECT_LABELS
                                              for ent in self._ents):
                    return None  # a section title in capitals ("HIGHLIGHTS OF THE RESULTS"), no name the tagger knows
                return _clean_name(line)
            end = start - 1
        return None

    def _gapped_owner(self, doc: Doc, span: Span) -> str | None:
        """The name right before a figure in a clause that leaves out the verb of the clause before it (a gapped
        list): "Wiltshire had a rise of 29 per cent, and Surrey 24 per cent", "In Leeds it was 4.1%, in York 3.8%
        and in Hull 2.9%", and a name's possessive standing for the noun before ("Tarsania's crop is forecast at 22.8
        million tonnes, and Eiremar's at 5.6 million tonnes"). The name opens its item after "and"/"while"/"but"/"with"/"whereas", a comma or a
        semicolon (with "in"/"at"/"for" between), and an earlier figure of the sentence stands before the item.
        Not a month, a measure the frame knows or a word of `not_subjects`. None otherwise."""
        sent = span.sent
        end = span.start - 1
        if end - 2 >= sent.start and doc[end].lower_ == "to" and end - 1 in self._covering:
            # "Kestrel lost 2.2% to 350p and Ardmore 1.4% to 369p": the level a gapped item's change reached is the
            # item's own
            return self._gapped_owner(doc, self._covering[end - 1][0])
        if end - 4 >= sent.start and doc[end].lower_ in ("at", "to", "of") and doc[end - 1].text in ("'s", "\u2019s"):
            end -= 2  # "Tarsania's crop is forecast at 22.8 million tonnes, and Eiremar's at 5.6 million tonnes"
        if end - 2 < sent.start:
            return None
        j = end
        if doc[j].like_num and j not in self._covering and doc[j - 1].pos_ == "PROPN":
            j -= 1  # "and the Corran 250 0.4%": a name ending in a number
        tok = doc[j]
        if tok.pos_ == "NOUN" and j == end and j not in self._covering and (thing := self._named_thing(doc, tok)):
            # "Buses carried 29.8 million of those trips and the Harbor Line light rail 15.5 million": a named thing
            k = min(t.left_edge.i for t in tok.lefts if t.dep_ in ("compound", "nmod", "amod", "nummod")) - 1
            k -= doc[k].lower_ == "the"
            if k > sent.start and (doc[k].lower_ in self.words.list_joins or doc[k].text in (",", ";")) \
                    and any(i in self._covering for i in range(sent.start, k)):
                return thing
            return None
        if tok.pos_ != "PROPN" or j in self._covering or tok.ent_type_ in NOT_SUBJECT_ENTS \
                or tok.lower_ in _CALENDAR_WORDS:
            return None
        start = j
        while start - 1 > sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "&") \
                and doc[start - 1].lower_ not in _CALENDAR_WORDS:
            start -= 1
        k = start - 1
        if doc[k].lower_ in ("in", "at", "for") and k - 1 > sent.start:
            k -= 1  # "..., in York 3.8%"
        if not (doc[k].lower_ in self.words.list_joins or doc[k].text in (",", ";")):
            return None
        if not any(i in self._covering for i in range(sent.start, k)):
            return None  # no figure before: not a list's later item
        name = _clean_name(doc[start:end + 1].text)
        if name.lower() in self.words.not_subjects or name.lower() in self.words.metric_heads or self._is_unit_name(name):
            return None
        return name

    def _place_after(self, doc: Doc, span: Span, loose: bool = False) -> str | None:
        """The place written "in" or "at" right after the figure `span` ("12.5% in England", "5.8% in the Highlands",
        "16.5C at Exeter"): a GPE or LOC by its label here or the article's, and after "at" also a facility or an
        organisation ("rose 4% at Tarnwell Foods"); `loose`, any name the tagger knows. None otherwise."""
        j = span.end
        end = span.sent.end
        if j + 1 >= end or doc[j].lower_ not in ("in", "at"):
            return None
        prep = doc[j].lower_
        j += 1 + (doc[j + 1].lower_ == "the" and j + 2 < end)
        if doc[j].ent_iob_ != "B":
            return None
        ent = next((e for e in self._sentence(span).ents if e.start == doc[j].i), None)
        if ent is None or ent.label_ in NOT_SUBJECT_ENTS:
            return None
        name = _clean_name(ent.text)
        if loose:
            return name if doc[j].pos_ == "PROPN" else None
        labels = {ent.label_} | self._labels_of(name)
        return name if labels & ({"GPE", "LOC"} if prep == "in" else {"GPE", "LOC", "FAC", "ORG"}) else None

    def _place_listed_after(self, doc: Doc, span: Span) -> str | None:
        """The place a figure names right after it in a list of figures each written with its place ("prices rose by
        12.5% in England, 10.9% in Northern Ireland and 5.8% in Wales", "temperatures ranged from 16.5C at Exeter to
        -12.5C at Tulloch Bridge"): the figure is counted there, not in the place of the item before it. Only when
        another figure of the sentence is written the same way (one "12% in Spain" is a company's sales there as often
        as the place's own figure)."""
        place = self._place_after(doc, span)
        if place is None:
            return None
        sent = span.sent
        others = {q.start: q for i in range(sent.start, sent.end) for q in self._covering.get(i, ())
                  if q.start != span.start}
        return place if any(self._place_after(doc, q, loose=True) not in (None, place) for q in others.values()) else None

    def _name_start(self, doc: Doc, j: int) -> int:
        """Where the proper-noun name that ends at token `j` begins, without a description written before
        it ("Miner Fresnillo", "Grocer Tarnwell Foods", "Retailer Marks & Spencer": `description_heads`)."""
        start, sent = j, doc[j].sent
        while start - 1 >= sent.start and (doc[start - 1].pos_ == "PROPN" or doc[start - 1].text == "&"):
            start -= 1
        first = doc[start]
        if start < j and first.lower_ in self.words.description_heads and (first.i == sent.start or first.is_lower):
            return start + 1  # not "Harbour City Composite": a capitalised word inside a name is part of it
        return start

    def _place_scope(self, doc: Doc, verb: Token) -> str | None:
        """The place a clause opens with ("Across England and Wales, homicides rose 14%", "In Burnley, theft
        increased by 10%"), in a story whose headline names a place (a statistics story): its figures are
        that place's. A company's story keeps its own ("In China, sales fell 5%" are the company's)."""
        entities = self._entities
        if entities is None or not entities.lead_place or not entities.get(entities.lead_place).headline:
            return None
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.i > verb.i or prep.lower_ not in ("in", "across", "throughout"):
                continue
            bare = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN" and c.lemma_.lower()
                         in self.words.place_heads and [t.lower_ for t in c.subtree] == ["the", c.lower_]), None)
            if bare is not None and not any(c.dep_ in ("nsubj", "nsubjpass") and (c.pos_ == "PROPN" or c.ent_type_)
                                            for c in verb.children):
                # "Across the region there were 41 homicides": the town of the dateline, else the place the
                # headline names (not when a name is the clause's subject: "In the region, Harrowby had ...")
                return self._local_place(doc, bare) or (
                    None if bare.lemma_.lower() in self.words.local_place_heads else entities.lead_place)
            named = [n for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"
                     and c.lemma_.lower() in self.words.place_heads for p in c.children
                     if p.dep_ == "prep" and p.lower_ == "of" for n in p.children if n.dep_ == "pobj" and n.pos_ == "PROPN"]
            if named:  # "In the central state of Harapur, 20 people were killed": the state the head word says it is
                return doc[min([named[0].i] + [c.i for c in named[0].lefts if c.dep_ == "compound"
                                               and c.pos_ == "PROPN"]):named[0].i + 1].text
            for obj in (c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "PROPN"):
                places = [obj] + [c for c in obj.children if c.dep_ == "conj" and c.pos_ == "PROPN"]
                # read from the tokens: the tagger often takes "Across England" for an organisation
                names = [doc[min([t.i] + [c.i for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]):t.i + 1].text
                         for t in places]
                if any(t.ent_type_ in ("GPE", "LOC") or self._labels_of(n) & {"GPE", "LOC"} for t, n in zip(places, names)):
                    return " and ".join(names)  # "England and Wales"
        return None

    def _national_scope(self, span: Span, verb: Token | None, topic: str | None) -> str | None:
        """The country a figure's clause says it covers with a word of `national_scopes` ("House prices nationally have
        risen by 8.9%", "the national average price is now €241,000", "rents nationwide rose 3%") or an opening "across
        the country" ("Across the country, rents rose 3.2%"), in a story about places (the text last about a place, or
        about no organisation) that names a country (a place of `demonyms`): the one it names most. None otherwise."""
        entities = self._entities
        if entities is None or topic is not None and not self._labels_of(topic) & {"GPE", "LOC"}:
            return None
        scopes = self.words.national_scopes
        noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
        subj = self._verb_subject(span.doc, verb) if verb is not None else None
        heads = [t for t in (noun, subj) if t is not None and t.pos_ in ("NOUN", "PROPN")]
        found = any(c.lower_ in scopes and c.dep_ in ("amod", "advmod", "compound", "npadvmod")
                    for h in heads for c in h.subtree if c.i < h.i + 3 and (c.head == h or c.head.head == h)) \
            or verb is not None and any(
                c.dep_ in ("advmod", "npadvmod") and c.lower_ in scopes
                or c.dep_ == "prep" and c.i < verb.i and c.lower_ in ("across", "throughout") and any(
                    o.dep_ == "pobj" and o.lemma_.lower() in ("country", "nation") and [t.lower_ for t in o.subtree] == ["the", o.lower_]
                    for o in c.children)
                for c in verb.children)
        if not found:
            return None
        return entities.country(self._countries)

    def _money_country(self, doc: Doc) -> str | None:
        """The country whose currency the article's sums are written in (`currency_countries`), for a figure no name
        offers itself for, in an article that names no country (a place of `demonyms`): two sums or more, two thirds of
        them in that currency. Read once per document."""
        if "claimx_money_country" not in doc.user_data:
            country = None
            if self._entities is not None and not self._entities.countries(self._countries):
                codes = [q["unit"] for span in doc.spans.get(self.quantities_key, [])
                         if isinstance(q := span._.quantity, dict) and q.get("unit") and str(q["unit"]).isupper()
                         and len(str(q["unit"])) == 3]
                top = max(set(codes), key=codes.count, default=None)
                if top is not None and len(codes) >= 2 and codes.count(top) * 3 >= len(codes) * 2:
                    country = self.words.currency_country(top)
            doc.user_data["claimx_money_country"] = country
        return doc.user_data["claimx_money_country"]

    def _only_country(self) -> str | None:
        """The one country (a place of `demonyms`) the article names, not as a source; None when it names none or
        several."""
        entities = self._entities
        if entities is None:
            return None
        found = entities.countries(self._countries)
        return found[0] if len(found) == 1 else None

    @property
    def _countries(self) -> frozenset[str]:
        """The lower-case names of the countries of `demonyms` (the places its adjectives name)."""
        return self.words.demonym_places()

    def _salience(self, name: str) -> float:
        """How much the article is about `name`: its entity's mentions (not as a source) and subjects, see
        claimx.frame.entities."""
        if self._entities is None:
            return 0.0
        if name not in self._saliences:  # the entity table is complete once built: read once per name
            self._saliences[name] = self._entities.salience(name)
        return self._saliences[name]

    @staticmethod
    def _holds_clause(ent: Span, verb: Token | None) -> bool:
        """Whether entity `ent` stands as the subject (or its owner) of the figure's verb or of a verb it
        hangs from ("Rivals such as Brennan Mart posted sales of $9 billion")."""
        tok = ent.root
        while tok.dep_ in ("compound", "appos", "flat") and tok.head != tok:
            tok = tok.head
        if tok.dep_ == "poss":
            tok = tok.head
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.dep_ in ("nsubj", "nsubjpass") \
                and tok.head.head.pos_ == "NOUN":
            tok = tok.head.head  # "shares of Brennan Mart rose 4%"; not "Tomas Reyes of District 4 argued"
        if tok.dep_ not in ("nsubj", "nsubjpass"):
            return False
        head = tok.head
        if verb is not None and head != verb and head.is_ancestor(verb) and (
                verb.dep_ == "pcomp" and any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
                or verb.dep_ in ("conj", "prep") and any(c.dep_ in ("nsubj", "nsubjpass") and (
                    c.pos_ == "PROPN" or frame_metric.numbered_name(c)) for c in verb.children)):
            # "the ONS said, with the number of people in work falling by 109,000": a clause with its own subject,
            # hung on the entity's verb by a preposition, is not the entity's (unlike "Kelby said sales rose 4%"),
            # nor one joined to it by "and" whose subject is another name ("The BSE Sensex rose 0.5%, and the NSE
            # Nifty 50 gained 0.6%"; a noun there may still be the entity's: "..., and the 33,000-capacity ground"),
            # or that the parser hangs on it as a preposition ("The Dow rose 1.2%, the broader S&P 500 added 0.9%")
            return False
        # one in the other's subtree, read up the heads (is_ancestor) rather than by walking the subtree down
        return verb is None or head == verb or head.is_ancestor(verb) or verb.is_ancestor(head)

    def _is_speaker(self, tok: Token) -> bool:
        """A person who says, estimates or warns is the source of a figure, not what it is about."""
        if tok.ent_type_ != "PERSON" and tok.pos_ != "PROPN" and not tok.ent_type_:
            return False
        while tok.dep_ in ("det", "nmod", "compound") and tok.head != tok and tok.head.pos_ == "PROPN" and tok.head.ent_type_:
            # "the All Pakistan Sarafa Gems and Jewellers Association said": the tagger split one name in two; a part
            # hangs on the name that speaks
            tok = tok.head
        head = tok.head
        while head.dep_ in ("appos", "compound", "conj") and head.head != head and head.pos_ in ("PROPN", "NOUN"):
            head = head.head  # (up a name's words, not up a verb joined to another: "..., and Aemet said ...")
        if moves_a_figure(head.head if head.dep_ == "nsubj" else head):
            return False  # "Torrel Brands added 3.2%": a move, not a report
        subject = tok if tok.dep_ == "nsubj" else head if head.dep_ == "nsubj" else None
        if subject is not None and subject.head.i < subject.i and subject.head.lemma_.lower() in self.words.publishing_verbs:
            return True  # "..., reports the Valley Gazette": a credit written after its verb, not a company's own report
        return (tok.dep_ in ("nsubj", "appos", "compound", "pobj") or head.dep_ in ("nsubj",)) and (
            head.lemma_.lower() in self.words.reporting_verbs or head.lower_ in self.words.reporting_verbs
            or head.head.lower_ in self.words.reporting_verbs or head.lower_ == "according")

    def _verb_subject(self, doc: Doc, verb: Token) -> Token | None:
        """The subject of `verb`'s clause, or of the clause it completes (see `_find_verb_subject`), read once per
        verb of the document: the figures of a clause share it."""
        if verb.i not in self._verb_subjects:
            self._verb_subjects[verb.i] = self._find_verb_subject(doc, verb)
        return self._verb_subjects[verb.i]

    def _find_verb_subject(self, doc: Doc, verb: Token) -> Token | None:
        tok = verb
        for _ in range(3):
            # a dateline's place parsed as a second subject is none ("NEW YORK, April 13 - The Dow Jones industrial
            # average jumped 175 points")
            subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
            if not subjects and (fronted := frame_metric.fronted_apposition(tok)) is not None:
                subjects = [fronted]  # "For Orinda Holding, the profit before tax rose by 12%": the profit, Orinda's
            if len(subjects) > 1:
                # an article the parser read as a subject of its own is none ("The S&P 500 lost 1.1%" parsed "The"
                # as a pronoun beside "S&P"): the name after it is the subject
                subjects = [c for c in subjects if "Art" not in c.morph.get("PronType")] or subjects
            if len(subjects) > 1:
                # (also one written with a colon: "OTTAWA: Canada's consumer price index rose 4.1 per cent")
                subjects = [c for c in subjects if not (self._in_dateline(c) or self._dateline_word(doc, c)
                                                        or self._line_label(c))] or subjects
            if subjects:
                child = subjects[0]
                if (said := self._expletive_clause_subject(child, tok)) is not None:
                    return said  # "With 31 goals in 28 games, it was clear he had ...": his goals, not "it"'s
                if self._dateline_word(doc, child):  # "HARLOW, 11 January (...) - Tom Ekwueme ran": the name in apposition
                    child = next((c for c in child.children if c.dep_ == "appos" and c.pos_ == "PROPN"), child)
                child = self._past_dateline(doc, child)
                child = self._listed_subject(doc, child, tok)
                if child.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
                    # (not another figure's unit: "exceeded 13°C, which had an average of 13.03°C")
                    return None if tok.head.i in self._covering else tok.head
                if child.lower_ in ("which", "who") and child.tag_ in ("WDT", "WP"):
                    # "Rival Sandor Electronics, which Tessaly said shipped 57.9 million phones": the relative clause is
                    # the reporting verb's, the noun it hangs on what "which" stands for
                    up = tok
                    for _ in range(3):
                        if up.dep_ == "relcl":
                            return up.head
                        if up.head == up or up.dep_ not in ("ccomp", "xcomp", "conj"):
                            break
                        up = up.head
                return child
            for child in tok.children:
                if child.dep_ == "agent":
                    for pobj in child.children:
                        if pobj.ent_type_ in SUBJECT_LABELS:
                            return pobj
            if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "AUX") \
                    and tok.lemma_.lower() in self.words.market_verbs | self.words.move_verbs:
                # "the index dropped 2.5%, after rising 1.2% the week before": a participle of a move after a preposition
                # has the subject of the clause the preposition hangs on
                tok = tok.head.head
            elif tok.dep_ in ("xcomp", "conj", "advcl", "ccomp", "relcl", "acl", "pcomp") and tok.head != tok:
                tok = tok.head
            else:
                break
        first = tok.sent[0]
        if tok.dep_ == "ROOT" and first.i == tok.i - 1 and first.head == tok and first.dep_ in ("intj", "dep", "npadvmod") \
                and first.is_title and first.ent_type_ in SUBJECT_LABELS and tok.pos_ == "VERB":
            # "Pike scored twice": a name that is also a word, opening the sentence, parsed as an interjection
            return first
        return None

    @staticmethod
    def _expletive_clause_subject(subj: Token, verb: Token) -> Token | None:
        """The subject of the clause an empty "it" stands for: "it was clear he had the potential", "it is obvious
        Kestrel will win" (an "it" of "be" with an adjective and a clause that has a subject of its own); else none."""
        if subj.lower_ != "it" or verb.lemma_.lower() != "be" or not any(c.dep_ == "acomp" for c in verb.children):
            return None
        clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > subj.i), None)
        if clause is None:
            return None
        return next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)

    @staticmethod
    def _dateline_word(doc: Doc, tok: Token) -> bool:
        """Whether `tok` is a dateline's place in capitals that the tagger left unlabelled: it opens a line and a comma
        follows it ("ARDLOW, 11 January 2026 (Ardlow Herald) - Femi Adeyemi ran in three tries")."""
        start = tok.left_edge.i
        return tok.is_upper and tok.is_alpha and len(tok) > 1 and tok.i + 1 < len(doc) and doc[tok.i + 1].text in (",", ":") \
            and (start == 0 or "\n" in doc[start - 1].text_with_ws)

    def _in_dateline(self, tok: Token) -> bool:
        """Whether `tok` is inside a dateline's place or credit ("NEW YORK, April 13 -")."""
        for e in self._sentence(tok).ents:
            if e.start <= tok.i < e.end:
                key = (e.start, e.end)
                if key not in self._datelines:
                    self._datelines[key] = is_dateline(e)
                if self._datelines[key]:
                    return True
        return False

    def _reported_by_public_body(self, subj: Token) -> bool:
        """Whether an organisation in `subj`'s sentence reports its figure (a source) and is a public body: a word
        of its name is in `public_bodies` ("the Commerce Department said", "according to the Bureau of Labor
        Statistics")."""
        return any(e.label_ == "ORG" and is_source(e.root, self.words, subj.head)
                   and any(t.lower_ in self.words.public_bodies for t in e) for e in self._sentence(subj).ents)

    def _subject_phrase(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        """Name the subject token: an entity, the topic for a pronoun, or 'Owner + noun phrase' (read once
        per subject token and topic: the figures of a clause share their verb's subject)."""
        key = (subj.i, topic)
        if key not in self._subject_phrases:
            named = without_dateline(self._read_subject_phrase(doc, subj, topic))
            if named and " " in named:
                named = after_role(named, self.words)  # "Borussia Dortmund striker Erling Haaland": the person
            if named and _FIGURE_PHRASE.match(named):
                named = None  # "15.73 billion net tonne kilometres of rail freight were transported": a figure, no one
            self._subject_phrases[key] = named
        return self._subject_phrases[key]

    @staticmethod
    def _listed_subject(doc: Doc, subj: Token, verb: Token) -> Token:
        """The subject of a list's later item that the parse hangs on the first item's name ("with BHP up 1.9% and Rio
        Tinto adding 1.2%": "BHP" the subject of "adding", "Tinto" its conjunct): the conjunct right before the verb,
        when a figure stands between the two names (the first item's own); `subj` otherwise ("BHP and Rio Tinto added
        1.2%" share it)."""
        conj = next((c for c in subj.children if c.dep_ == "conj" and subj.i < c.i < verb.i), None)
        if conj is None or conj.right_edge.i != verb.i - 1 or conj.pos_ != "PROPN":
            return subj
        return conj if any(t.like_num for t in doc[subj.i + 1:conj.left_edge.i]) else subj

    @staticmethod
    def _past_dateline(doc: Doc, subj: Token) -> Token:
        """The subject written after a dateline when the parse makes the dateline's place the subject and hangs the
        name after the dash on it ("NEW YORK (REUTERS) - JPMorgan Chase & Co, the biggest US bank, reported ...":
        "YORK" the subject, "Chase" its conjunct), or a place in title case opening its line with a colon ("Harlow:
        Retail group Corvel Stores on Thursday reported ..."): that name's word; `subj` itself otherwise."""
        titled = subj.is_title and subj.i + 1 < len(doc) and doc[subj.i + 1].text == ":" \
            and (subj.i == subj.sent.start or doc[subj.i - 1].is_space)
        if not (subj.is_upper or titled) or len(subj) < 3 or subj.i - subj.sent.start > 6:
            return subj
        dash = next((t.i for t in doc[subj.i + 1:min(subj.i + 8, subj.sent.end)] if t.text in ("-", "\u2013", "\u2014", ":")), None)
        if dash is None or dash + 1 >= len(doc) or not (titled and dash == subj.i + 1
                                                         or frame_metric.opens_sentence(doc[dash + 1])):
            return subj  # no dash of a dateline ("HOBART - ", "LAGOS, July 30 (Reuters) - ") after the place
        return next((c for c in subj.children if c.dep_ in ("conj", "appos") and c.i > dash and c.pos_ == "PROPN"), subj)

    def _possessive_name(self, doc: Doc, subj: Token) -> str | None:
        """The name a capitalised body word with a proper-noun possessive before it makes ("St Orla's Hospital", "King's
        Mill Hospital"): a word of `generic_subjects` ("the hospital", "the council") written with a capital, the
        possessive and the words between all proper nouns. Such a name is the subject whole, never the bare
        description that stands for the topic, nor the tagger's cut of it ("Hospital" alone). None otherwise."""
        if subj.pos_ != "PROPN" or not subj.is_title or f"the {subj.lower_}" not in self.words.generic_subjects:
            return None
        owner = next((c for c in subj.children if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i < subj.i), None)
        if owner is None or not all(t.pos_ == "PROPN" or t.dep_ == "case" for t in doc[owner.left_edge.i:subj.i]):
            return None
        return _clean_name(doc[owner.left_edge.i:subj.i + 1].text)

    def _read_subject_phrase(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        if measure_name(subj, self.words):
            # "Customs Duty climbed to Rs. 1,104 billion": a tax's name is what is measured; whose, its owner's
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            return self._entity_at(doc, owner.i) if owner is not None else None
        if (subj.lemma_.lower() == "index" or subj.is_upper or subj.pos_ == "PROPN" and subj.lower_ in
                self.words.statistic_index_words) and statistics_index_name(subj, self.words) \
                and subj.head.lemma_.lower() not in self.words.source_verbs \
                and subj.head.lemma_.lower() not in self.words.publishing_verbs:  # not "the index showed prices in X rose"
            # "The Consumer Prices Index (CPI) rose by 7.0%", "CPIH rose by 0.9%", "The Consumer Price Indices (CPI)
            # increased by 1.02 percent": a statistics office's index measures
            # the place the release is about; no name of its own; "Valdoria's Consumer Price Index rose 0.2%": its owner's
            owner = next((c for c in subj.children if c.dep_ == "poss"), None)
            if owner is not None and (named := self._entity_at(doc, owner.i)):
                return named
            return self._entities.lead_place if self._entities is not None else None
        if (held := self._possessive_name(doc, subj)) is not None:
            return held
        if (numbered := self._numbered_index(doc, subj)) is not None:
            return numbered
        ent = self._entity_at(doc, subj.i)
        if ent:
            return ent
        if (named := self._apposed_subject_name(doc, subj)) is not None:
            return named
        if subj.lower_ in self.words.place_parts and (place := next((
                self._entity_at(doc, o.i) for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("GPE", "LOC")), None)):
            return place  # "parts of central Scotland saw two and a half times the average": the place's figure
        if subj.pos_ == "PROPN" and not subj.ent_type_ and subj.head.lemma_.lower() in self.words.market_verbs \
                and subj.dep_ == "nsubj" and moves_a_figure(subj.head) \
                and any(c.ent_type_ in ("MONEY", "PERCENT") for c in subj.head.children if c.dep_ in ("dobj", "npadvmod")) \
                and not (frame_metric.opens_sentence(subj) and (self._common_word(subj) or self._plural_word(subj))) \
                and (named := self._untagged_subject(doc, subj)):
            return named  # "NetCorva rose $1.37 to $64": a name the tagger missed, its price moving by the figure
        if (index := self._index_name(doc, subj)) is not None:
            return index
        if (market := self._market_subject(doc, subj)) is not None:
            return market
        if subj.pos_ == "NOUN" and any(t.dep_ in ("amod", "compound") and t.lower_ in self.words.world_scopes
                                       and (t.head == subj or t.head.dep_ == "compound" and t.head.head == subj)
                                       for t in subj.subtree if t.i < subj.i) \
                and not any(c.dep_ == "poss" for c in subj.children):
            return "world"  # "World wheat production will reach 806 million tonnes", "Global sales rose 20%"
        if (place := self._demonym_place(subj)) is not None:
            return place  # "Kastravan exports rose 12%", "the Valdorian crop": the place of the adjective
        is_metric = (subj.lower_ in self.words.metric_heads or subj.lemma_ in self.words.metric_heads) \
            and not (subj.lower_ in self.words.unit_heads
                     and any(t.dep_ == "compound" and t.pos_ == "PROPN" for t in subj.lefts))  # "The Intelligent Cloud business"
        owner_tok = next((t for t in subj.children if t.dep_ == "poss"), None)
        owner = None
        if owner_tok is not None:
            owner = self._entity_at(doc, owner_tok.i) or (
                (self._it_refers_to(doc, owner_tok) or self._organisation_topic(doc, owner_tok, topic))
                if owner_tok.lower_ in self.words.pronouns else self._described_owner(doc, owner_tok, topic))
            if owner is None and owner_tok.pos_ == "PROPN":
                # a name the tagger missed: "Qaresh's state grain agency bought 420,000 tonnes" is Qaresh's
                owner = self._untagged_owner(doc, max(t.i for t in owner_tok.subtree if t.dep_ != "case"))
        traded = None if owner is not None else subj if self._is_commodity(subj) else self._unit_of_commodity(subj)
        if traded is not None:
            # "Gold rose 0.8%", "Brent crude fell 1.2%", "a barrel of Brent crude was trading down 6.2%": a commodity's
            # price is the commodity's, not the company or the index a market report leads with
            words = [t for t in doc[traded.left_edge.i:traded.i + 1]
                     if t == traded or t.pos_ == "PROPN" or self._is_commodity(t)]  # not "benchmark", "spot"
            return " ".join(t.lower_ if t == traded or (t.i == t.sent.start and t.pos_ != "PROPN") else t.text
                            for t in words) or traded.lower_
        if is_metric:
            if owner:
                return owner
            if subj.dep_ == "appos" and subj.head.dep_ == "pobj" \
                    and subj.head.head.lower_ in frame_metric.FRONTED_OWNER_PREPOSITIONS \
                    and subj.head.head.i == subj.sent.start and (fronted := self._entity_at(doc, subj.head.i)) \
                    and not is_source(subj.head, self.words):
                return fronted  # "For Orinda Holding, the profit before tax rose": Orinda Holding's (see fronted_apposition)
            part = next((self._entity_at(doc, o.i) for p in subj.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                         for o in p.children if o.dep_ == "pobj" and o.ent_type_ in ("ORG", "PRODUCT")
                         and not is_source(o, self.words)), None)
            if part:
                return part  # "Revenue in Productivity and Business Processes was $9.0 billion": the part's (or the company's at "at")
            if (owner_for := self._owner_for(doc, subj)) is not None:
                return owner_for  # "Net profit for Valdoria's top ten lenders rose 10.8%", "Sales for Harwick rose 4%"
            named = next((self._entity_at(doc, t.i) for t in subj.lefts if t.dep_ in ("compound", "nmod")
                          and t.ent_type_ in ("ORG", "PRODUCT", "PERSON") and self._entity_at(doc, t.i)
                          and not (t.i == subj.sent.start and not doc[t.i + 1].ent_type_
                                   and self._entity_at(doc, t.i) != topic)), None)
            if named is None and subj.lower_ in self.words.market_nouns:
                # "Arden shares rose 31%": a company's short name the tagger calls a place (see `_names_company`)
                named = next((self._entity_at(doc, t.i) for t in subj.lefts if t.dep_ in ("compound", "nmod")
                              and t.ent_type_ in ("NORP", "GPE") and self._names_company(t)), None)
            if named:
                return named  # "BHP Billiton shares fell 0.5%"; not a one-word "Digital sales" or "A&E visits" opening the sentence
            if subj.lower_ in self.words.market_nouns and (untagged := self._untagged_company(subj)):
                return untagged  # "Wipro shares were down 2.1 percent": a company the tagger missed, not a sector
            place = next((self._entity_at(doc, t.i) for t in subj.lefts if t.dep_ in ("compound", "nmod")
                          and t.ent_type_ in ("GPE", "LOC") and self._entity_at(doc, t.i)), None)
            if subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures:
                # "Lancashire unemployment fell to 4.2%", "Cornwall house prices rose 4.1%": a measure of places the name
                # before it owns, whatever the story leads with (the small model tags many a county a person)
                modifiers = [t for m in subj.lefts if m.dep_ in ("compound", "nmod")
                             for t in (m, *(c for c in m.lefts if c.dep_ in ("compound", "nmod")))]  # "Yorkshire house prices"
                owned = next((self._entity_at(doc, t.i) for t in modifiers
                              if t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC", "PERSON", "ORG")
                              and self._entity_at(doc, t.i)), None)
                if owned and not any(c.dep_ == "poss" for c in subj.children):
                    return owned
            if place and (topic is None or topic == place or self._labels_of(topic) & {"GPE", "LOC"}) and (
                    self._reported_by_public_body(subj) or (
                    self._entities is not None and self._entities.lead_place == place
                    and self._entities.get(place).headline)):
                # "U.S. retail sales rose 0.6%, the Commerce Department said": a place's measure reported by a
                # public body, unless the text is about an organisation (in a company's story, "U.S. comparable
                # sales rose 4.5%, Walmart said" is Walmart's)
                return place
            for prep in subj.children:  # "Shares of China Petroleum & Chemical Corp. jumped 5%", "sales at Harwick"
                if prep.dep_ == "prep" and prep.lower_ in ("in", "across") and (
                        subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures) \
                        and (town := self._local_place(doc, next((t for t in prep.children if t.dep_ == "pobj"), None))):
                    return town  # "prices in the borough rose 0.9 per cent": the town the dateline names
                if prep.dep_ == "prep" and prep.lower_ in ("of", "at", "for", "in"):
                    # "at"/"for" an organisation, not a place ("attendance at Millbrook Park" is the club's);
                    # "in" a place for a measure of places ("Unemployment in Eiremar fell"; but "digital sales
                    # in the U.S." are the company's: see place_measures in rules/frame.json); "shares in" a
                    # company, as British copy writes "shares of" (market_nouns)
                    shares_in = prep.lower_ == "in" and subj.lower_ in self.words.market_nouns
                    named = next((self._entity_at(doc, t.i) for t in prep.children if t.dep_ == "pobj"
                                  and (prep.lower_ == "of" or (t.ent_type_ in ("GPE", "LOC") if prep.lower_ == "in"
                                                               and not shares_in else t.ent_type_ in ("ORG", "PRODUCT")))), None)
                    if named and prep.lower_ == "in" and not shares_in and subj.lemma_.lower() not in self.words.place_measures \
                            and subj.lower_ not in self.words.place_measures \
                            and (self._entities is None or named != self._entities.lead_place):
                        named = None
                    if named is None and prep.lower_ == "of" and subj.lower_ in self.words.market_nouns:
                        named = self._untagged_name(next((t for t in prep.children if t.dep_ == "pobj"), None))
                    if named:
                        return named
            measure = subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures or (
                subj.lemma_.lower() == "rate" and any(t.dep_ == "compound" and t.lower_ in self.words.place_measures
                                                      for t in subj.lefts))  # "the unemployment rate"
            if measure and self._entities is not None and self._entities.lead_place \
                    and (self._entities.get(self._entities.lead_place).headline or topic is None):
                # "Inflation rose 0.3%", "Clothing prices decreased 3.4%": a measure of a place, in an article
                # whose headline names the place, is that place's, not the office that publishes it
                return self._entities.lead_place
            inside = range(subj.left_edge.i, subj.right_edge.i + 1)
            ents = [e for e in self._sentence(subj).ents if e.label_ in ("ORG", "PRODUCT", "PERSON") and e.start not in inside
                    and self._is_name(e) and not is_source(e.root, self.words, subj.head)
                    and not self._is_speaker(e.root) and not self._trading_venue(e, subj.head)  # "... on the BSE"
                    # not the subject of a clause that does not govern this one: "The fire department's budget is cut
                    # by $2.5 million, and Fire Station 12 will lose its second engine company"
                    and not (e.root.dep_ in ("nsubj", "nsubjpass") and e.root.head != subj.head
                             and not e.root.head.is_ancestor(subj))
                    # nor a name in a "with" clause or a clause describing something else: "Scheduled traffic was up
                    # by 8.6%, with the most growth seen on flights to Hamburg (+116.3%) and Stuttgart (+59.7%)"
                    and not _in_other_clause(e.root, subj.head)]
            if ents and (k := self._alias_open(doc, ents[0])) is not None:
                named = self._aliased(doc, ents[0], k)  # "Walmart (NYSE:WMT) reports revenue ..."
                if is_source(named.root, self.words, subj.head) or self._is_speaker(named.root):
                    ents = ents[1:]  # "The Office for National Statistics (ONS) said ...": a source's short form
                else:
                    return _clean_name(named.text)
            return _clean_name(ents[0].text) if ents else topic
        if subj.lower_ in self.words.pronouns:
            return self._it_refers_to(doc, subj) or self._organisation_topic(doc, subj, topic)
        if (subj.lemma_.lower() in self.words.source_people or subj.lemma_.lower() in self.words.actors) \
                and subj.head.lemma_.lower() not in self.words.source_verbs:
            # people who do what the figure counts, not people who report it: "Researchers at the Polar
            # Institute combined 1,200 images" (but "Researchers at X found that ..." report)
            # "The former chief executive of Harwick, Ann Reid, took home £9.7m": hers, not Harwick's (the parser
            # may hang the name on the organisation, in apposition or as a conjunct with no "and")
            named_after = [c for c in subj.children if c.dep_ == "appos"] + [
                g for prep in subj.children if prep.dep_ == "prep" and prep.lower_ == "of"
                for o in prep.children if o.dep_ == "pobj" and not any(c.dep_ == "cc" for c in o.children)
                for g in o.children if g.dep_ in ("appos", "conj")]
            person = next((self._entity_at(doc, c.i) for c in named_after if c.ent_type_ == "PERSON"), None)
            if person:
                return person
            for prep in subj.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of", "with"):
                    named = next((self._entity_at(doc, t.i) for t in prep.children if t.dep_ == "pobj"
                                  and t.ent_type_ in ("ORG", "PRODUCT")), None)
                    if named:
                        return named
        number = next((t for t in subj.rights if t.dep_ == "nummod" and t.i == subj.i + 1 and t.text.isdigit()), None)
        if subj.is_title and number is not None:
            return doc[subj.i:number.i + 1].text  # a numbered name: "Route 14, the busiest line, runs every 8 minutes"
        chunk = self._chunk_text(doc, subj, skip=doc[subj.i:subj.i])
        definite = any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in subj.lefts)
        head = subj.lemma_.lower()
        if definite and subj.pos_ == "NOUN" and chunk.lower() in (subj.lower_, f"the {subj.lower_}") \
                and (person := self._role_named_before(doc, subj)):
            return person  # "striker Elias Varn ... The striker also won 12 caps"
        if definite and subj.is_lower and (subj.pos_ in ("NOUN", "PROPN") and head in self.words.player_nouns or _age_noun(subj)) \
                and (person := self._person_before(doc, subj)):
            # "The Valdoria international, 27, has signed a five-year deal", "The 24-year-old has scored 14 goals": a
            # description of a player by nation, age or position refers back to the person named
            # last, not to the place that modifies it (a speaker stays a source: see `_person_before`); the parser
            # may tag the lower-case role a proper noun after a name ("The Valdoria international")
            return person
        if definite and head in self.words.place_heads:
            # "the country already curtails about 8%", "The state is home to 20,000 glaciers": the place
            # named last, else the place the article leads with; "the town" the dateline's town
            if (town := self._local_place(doc, subj)) is not None:
                return town
            lead_place = self._entities.lead_place if self._entities is not None else None
            return self._antecedent(doc, subj, place=True) or lead_place or topic
        if definite and chunk.lower() in (subj.lower_, f"the {subj.lower_}") and (named := self._named_description(doc, subj)):
            return named  # "the institute" after "the Nordvik Polar Institute", "the team" after "Researchers at ..."
        bare = f"the {chunk.lower()}" in self.words.generic_subjects or chunk.lower() in self.words.generic_subjects
        if not bare and definite and head in self.words.description_heads:
            # "the packaged-food maker", "the Swiss lender": the organisation named last, else the topic
            return self._antecedent(doc, subj, place=False) or self._organisation_topic(doc, subj, topic)
        if bare and subj.lower_ in self.words.government_words and (country := self._government_place(doc)):
            return country  # "the government is on track to cut the deficit to 4.5%": the country's deficit
        if bare:
            return self._organisation_topic(doc, subj, topic)  # "the company", "the club": what the text is about
        chunk = re.sub(r"^(?:the|a|an)\s+", "", chunk, flags=re.I)
        if subj.lower_ in self.words.unit_heads:
            owner = owner or self._organisation_topic(doc, subj, topic)
            if chunk.lower() == subj.lower_ and (named := self._named_part_before(doc, subj)):
                chunk = named  # "the unit" is the part named just before: "The Services division, which ..."
            elif chunk.lower() == subj.lower_ and subj.lower_ in self.words.part_heads and owner \
                    and (part := self._owner_part_before(doc, subj, owner)):
                return part  # "Revenue at Orvane Devices fell 10.2%, and the unit ...": the owner's part named before
            return f"{owner} {chunk}" if owner and owner.lower() not in chunk.lower() else chunk
        acronym = subj.is_upper and subj.pos_ == "PROPN" and len(subj) >= 3 and subj.is_alpha \
            and not measure_short_form(subj, self.words) \
            and not (subj.i + 1 < len(doc) and doc[subj.i + 1].text in (",", "(", "-", "\u2013", "\u2014", ":")
                     and (subj.i == 0 or "\n" in doc[subj.i - 1].text + doc[subj.i - 1].whitespace_))  # a dateline's place
        if (subj.is_title or acronym) and subj.pos_ not in ("NOUN", "PRON", "DET") and chunk and chunk.lower() not in self.words.not_subjects \
                and subj.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(subj) and "(" not in chunk \
                and not (frame_metric.opens_sentence(subj) and len(without_dateline(chunk).split()) == 1
                         and (self._common_word(subj) or self._plural_word(subj)
                              # a plural of the dictionary the text writes once ("Homicides fell 14%"); a singular
                              # word may be a company's name the tagger missed, read by the other rules
                              or dictionary.singular_of(subj, own_noun=False) and self._dictionary_word(subj)
                              # in a story about a place, any untagged dictionary noun written capitalised once
                              # ("Burglary was down 14%")
                              or not subj.ent_type_ and subj.is_title and topic is not None
                              and self._labels_of(topic) & {"GPE", "LOC"} and dictionary.dictionary_noun(
                                  subj, self._text, self.words.scope_words, once=True))):
            # a name the tagger did not know ("Cloudify contributes ..."); a capitalised first word that is a
            # common word ("Inventory was 3% higher": "inventory" is written in lower case elsewhere; "Wildfires
            # have burned ...": the plural of a noun of the dictionary; "Burglary was down 14%", "Shoplifting was
            # up 21%": an untagged noun of the dictionary the body capitalises only there, in a story about a place) is not one
            return chunk
        if (thing := self._named_thing(doc, subj)) is not None:
            return thing  # "the Harbor Line light rail carried ...", "The Broadline 500 index ended down 1.3%"
        if definite and subj.pos_ == "NOUN" and (named := self._described_before(doc, subj)):
            return named  # "... the extension of the Harbor Line to Northgate. The extension cost $412 million"
        if owner is not None and owner_tok.lower_ not in self.words.pronouns and self._entity_at(doc, owner_tok.i):
            return owner  # "Antarctica's ice sheet lost 118 gigatons": the named owner of a thing that is no measure
        return None  # "Riders", "the buses": what the figure counts, not who it is about

    def _apposed_subject_name(self, doc: Doc, subj: Token) -> str | None:
        """The name written right after a common noun that is a clause's subject, in apposition to it ("while its NSE
        counterpart Kestrel was down 48 points", "its rival Corvex rose 2%"): the name the tagger knows. None
        otherwise."""
        if subj.pos_ != "NOUN" or subj.i + 1 >= len(doc):
            return None
        name = doc[subj.i + 1]
        if name.dep_ != "appos" or name.head != subj or name.pos_ != "PROPN":
            return None
        return self._entity_at(doc, name.i)

    def _named_thing(self, doc: Doc, subj: Token) -> str | None:
        """A named thing that is no entity: a common noun after a proper noun that names it ("the Harbor Line
        light rail", "The Broadline 500 index", "the Eastside bus rapid transit line"), written from its first
        modifier; not people (`actors`), a capitalised first word alone, a code in capitals or a word of
        `not_subjects`. None otherwise."""
        def naming(t: Token) -> bool:  # the parser may take an unknown name for an adjective ("the Eastside line")
            return (t.pos_ == "PROPN" and t.dep_ in ("compound", "nmod")) or (
                t.pos_ == "ADJ" and t.dep_ == "amod" and t.is_title and t.ent_type_ not in NOT_SUBJECT_ENTS and t.i != t.sent.start)
        if subj.pos_ == "NOUN" and subj.lemma_.lower() not in self.words.actors and subj.lower_ not in self.words.actors \
                and any(naming(t) for t in subj.lefts) \
                and not all(t.i == subj.sent.start and not self._study_code(t)
                            or (t.is_upper and not any(c.dep_ == "nummod" for c in t.children) and not self._study_code(t))
                            or t.lower_ in self.words.not_subjects
                        for t in subj.lefts if naming(t)):
            start = min((t.left_edge.i for t in subj.lefts if t.dep_ in ("compound", "nmod", "amod", "nummod")), default=subj.i)
            return doc[start:subj.i + 1].text
        return None

    def _study_code(self, t: Token) -> bool:
        """A code in capitals naming a piece of research (`study_nouns`): "TRIVANE" of "The TRIVANE trial"."""
        return t.is_upper and t.is_alpha and len(t) >= 3 and t.head.lemma_.lower() in self.words.study_nouns \
            and t.dep_ in ("compound", "nmod", "amod")

    def _local_place(self, doc: Doc, tok: Token | None) -> str | None:
        """The town a bare "the town", "the borough", "the city" (`local_place_heads`) means in local news: the
        place of the article's dateline ("LINMOUTH, 19 November 2025 (Linmouth Echo) - ..."), when the text writes
        that place as a name too. None otherwise (no dateline, or another noun)."""
        if tok is None or tok.pos_ != "NOUN" or tok.lemma_.lower() not in self.words.local_place_heads \
                or [t.lower_ for t in tok.subtree if t.dep_ != "case"] != ["the", tok.lower_]:
            return None
        return self._dateline_place(doc)

    def _dateline_place(self, doc: Doc) -> str | None:
        """The place a dateline opens the body with, in capitals before a comma or a spaced dash ("LINMOUTH, 19
        November ...", "NEW YORK, April 13 -", "ALDERFORD - The Town Council"), as the text writes it elsewhere
        ("Linmouth"); read once per document."""
        if self._dateline_town is False:
            self._dateline_town = None
            match = re.search(r"(?:^|\n\s*\n)\s*([A-Z][A-Z'\u2019.\- ]*[A-Z])\s*(?:,|\s[-\u2013\u2014]\s)",
                              self._text[:2000])
            if match is not None:
                name = " ".join(w.capitalize() for w in match.group(1).split())
                if re.search(rf"\b{re.escape(name)}\b", self._text):
                    self._dateline_town = name
        return self._dateline_town

    def _revised_estimate_owner(self, doc: Doc, span: Span) -> str | None:
        """The place or organisation whose figure an agency or a bank revises its own estimate of ("The ICB cut its
        estimate for the Valdorian crop to 31.4 million tonnes", "raised their forecast for Eiremar's output from 40
        million tonnes", "Banc of Harlow lowered its earnings estimate on Corvex to 2 cents a share"): the figure
        after "to"/"from"/"at", the verb's object a noun of `source_nouns`, `estimate_nouns` or `forecast_nouns` ("its
        price target") owned by "its"/"their", and a place or an
        organisation after "for"/"of"/"on" (an entity, or an adjective of place: see `_demonym_place`). The agency or
        the bank is the source, not the subject. None otherwise."""
        root = span.root
        if root.dep_ == "npadvmod" and root.head.dep_ == "advmod" and root.head.lower_ in ("up", "down"):
            verb = root.head.head  # "..., up 3% on last season": the change of the same revised figure
        elif root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ in ("to", "from", "at", "by"):
            verb = root.head.head  # "by": "raised its forecast for the world wheat crop by 6 million tonnes"
            if verb.dep_ == "advmod" and verb.lower_ in ("up", "down"):
                verb = verb.head  # "..., up 12% from 41.5 million tonnes": the old side of the same forecast figure
        else:
            return None
        if (place := self._forecast_object_place(verb)) is not None:
            return place
        estimates = self.words.source_nouns | self.words.estimate_nouns | self.words.forecast_nouns  # "its price target"
        for obj in verb.children:
            if obj.dep_ != "dobj" or obj.lemma_.lower() not in estimates or not any(
                    c.dep_ == "poss" and c.lower_ in self.words.owner_pronouns for c in obj.children):
                continue
            for prep in obj.children:
                if prep.dep_ != "prep" or prep.lower_ not in ("for", "of", "on"):
                    continue
                for pobj in (c for c in prep.children if c.dep_ == "pobj"):
                    named = self._entity_at(doc, pobj.i)
                    if named and pobj.ent_type_ in ("GPE", "LOC"):
                        return named  # "its estimate for Valdoria"
                    if pobj.pos_ == "PROPN" and pobj.ent_type_ not in ("PERSON", "DATE", "TIME") \
                            and (named := named or self._untagged_name(pobj.left_edge)):
                        return named  # "its earnings estimate on Corvex" (the tagger's label after "on" is no guide)
                    owner = next((c for c in pobj.children if c.dep_ == "poss"
                                  and c.ent_type_ in ("GPE", "LOC", "ORG")), None)
                    if owner is not None and (named := self._entity_at(doc, owner.i)):
                        return named  # "its forecast for Eiremar's output"
                    if (place := self._demonym_place(pobj)) is not None:
                        return place
                    if pobj.pos_ == "NOUN" and any(t.lower_ in self.words.world_scopes
                                                   for t in doc[pobj.left_edge.i:pobj.i]):
                        return "world"  # "its forecast for world maize production"
        return None

    def _forecast_object_place(self, verb: Token) -> str | None:
        """The place whose measure an agency forecasts or estimates at a figure, the measure the verb's object with an
        adjective of place or a place's possessive ("The ICB forecast Valdorian wheat exports at 9.5 million tonnes",
        "the bank estimates Eiremar's output at ..."): the agency is the source. None for a verb not of
        `forecast_verbs`, or an object naming no place. A sentence the parse reads as one noun phrase, the verb taken
        for a modifier ("The ICB forecast Valdorian wheat exports in 2026-27 at 9.5 million tonnes" -> "exports" its
        root), gives the place of that noun's adjective."""
        if verb.pos_ == "NOUN" and verb.dep_ == "ROOT" and any(
                t.lemma_.lower() in self.words.forecast_verbs for t in verb.lefts if t.dep_ in ("nmod", "compound")):
            return self._demonym_place(verb)
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in self.words.forecast_verbs:
            return None
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            owner = next((c for c in obj.children if c.dep_ == "poss" and c.ent_type_ in ("GPE", "LOC")), None)
            if owner is not None and (named := self._entity_at(obj.doc, owner.i)):
                return named
            if (place := self._demonym_place(obj)) is not None:
                return place
        return None

    def _demonym_place(self, subj: Token) -> str | None:
        """The place an adjective of place before the common noun `subj` names ("Valdorian crop", "Kastravan
        exports"): a capitalised modifier the tagger calls NORP or leaves untagged, longer than a one-word place
        of the article sharing its first five letters (see ArticleEntities.place_of_adjective). None otherwise,
        and when the noun has an owner ("Harwick's Valdorian unit")."""
        if subj.pos_ != "NOUN" or self._entities is None:
            return None
        for t in subj.lefts:
            if t.dep_ in ("amod", "compound") and t.is_title and t.ent_type_ in ("NORP", "", "PERSON", "ORG"):
                if any(c.dep_ == "poss" for c in subj.children):
                    return None
                # a country or region of `demonyms` before a measure of places ("Welsh house prices", "the Scottish
                # economy"; "Chinese ports" are ports), else the article's place sharing the word's start ("Valdorian
                # exports"; an organisation's tag only so: "Kestovan unemployment")
                if (place := self.words.demonym(t.text)) is not None and (
                        subj.lemma_.lower() in self.words.place_measures or subj.lower_ in self.words.place_measures
                        or subj.lemma_.lower() in self.words.national_measures
                        or subj.lower_ in self.words.national_measures):  # "exports", whose lemma is "export"
                    return place
                if len(t) > 5 and (t.ent_type_ != "ORG" or self._adjective_of_place(t.doc[t.i:t.i + 1])) \
                        and (place := self._entities.place_of_adjective(t.text)) is not None:
                    return place
        return None

    def _market_subject(self, doc: Doc, subj: Token) -> str | None:
        """What a market report's figure about the whole market, a sector or a market named by a common noun is
        about, read from the clause's subject:
        - breadth and volume (`market_wide_words`: "decliners outnumbered advancers by two to one", "Volume on the
          Nasdaq was 1.5 billion shares", volume or turnover only in a sentence about shares; bare "shares" with a verb of `market_volume_phrases`: "About 14.2 billion
          shares changed hands") -> the exchange named after "on" ("the Nasdaq"), else "<place> stock market" for
          "on U.S. exchanges", else "stock market";
        - "Technology shares fell 2.4%", "bank stocks" (`market_nouns` after a common noun) -> "technology sector";
          "U.S. stocks", "European shares" -> "U.S. stock market";
        - a market named by common words with a scope of `market_scopes` ("a global market that grew 2%") -> those
          words (not "the jobs market" of a statistics story, which is the place's).
        None otherwise (a company's shares keep their owner: "BHP Billiton shares", "shares of Harwick")."""
        lower = subj.lower_
        if lower not in self.words.market_wide_words and lower not in self.words.market_nouns and lower != "market":
            return None
        if subj.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "in", "at") for c in subj.children) \
                or self.words.population_stock(subj):  # "fish stocks fell": no market sector
            return None
        mods = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod")]
        places = [t for t in mods if t.ent_type_ in ("GPE", "NORP", "LOC")]
        if any(t.ent_type_ in ("ORG", "PRODUCT", "PERSON", "FAC") or t.like_num for t in mods):
            return None  # "BHP Billiton shares", "the Corran 500"
        if places and lower in self.stock_nouns and any(self._names_company(t) for t in places):
            return None  # "Tallis shares rose 3.2%": the short name of a company the article names in full, tagged a place
        verb = subj.head
        phrase = verb.lemma_.lower() + "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "dobj")
        if lower in self.words.market_wide_words or (
                lower in self.stock_nouns and not mods and phrase in self.words.market_volume_phrases):
            if lower == "issues" and not any(t.lower_ in self.issue_states for t in mods):
                return None
            for prep in [c for t in (subj, verb) for c in t.children if c.dep_ == "prep" and c.lower_ in ("on", "across")]:
                for obj in (c for c in prep.children if c.dep_ == "pobj"):
                    if named := self._entity_at(doc, obj.i):
                        return named  # "on the Nasdaq", "on the New York Stock Exchange"
                    where = [t for t in obj.lefts if t.ent_type_ in ("GPE", "NORP", "LOC")]
                    if where:
                        return f"{doc[where[0].i:where[-1].i + 1].text} stock market"  # "on U.S. exchanges"
            if lower in self.volume_nouns and (mods or not any(t.lower_ in self.stock_nouns for t in subj.sent)):
                return None  # "Sales volume rose 3%", "Turnover rose 5% to £3bn": a company's, not a market's
            return "stock market"
        if lower in self.stock_nouns:
            if places and len(places) == len(mods):
                return f"{doc[places[0].i:places[-1].i + 1].text} stock market"  # "U.S. stocks fell 1.2%"
            sector = [t for t in mods if t.pos_ in ("NOUN", "PROPN", "ADJ") and t not in places and t.is_alpha
                      and t.lower_ not in self.words.not_subjects]
            if sector and len(sector) == len(mods) and all(t.pos_ != "PROPN" or t.i == t.sent.start for t in sector) \
                    and all(t.is_lower or t.lower_ in self.words.sector_words or self._common_word(t) for t in sector):
                # (a capitalised word that is no sector is a company the tagger missed: "Wipro shares were down 2.1%")
                return " ".join(t.lower_ for t in sector) + " sector"  # "Technology shares fell 2.4%"
            return None
        if lower == "market" and any(t.lower_ in self.words.market_scopes for t in mods) and all(t.is_lower for t in mods):
            return " ".join(t.text for t in mods) + " market"  # "a global market that grew 2%"
        return None

    def _names_company(self, tok: Token) -> bool:
        """Whether a word the tagger calls a place or nationality is the short form of an organisation the article
        names in full ("Tallis" after "Tallis Motors"): the article's entity table joins it to a longer name that
        begins with it and is no place, nor a person introduced as one unless its mentions are tagged an organisation
        (the tagger often calls an invented company a person), and the word is no country or its adjective
        (`demonyms`)."""
        if self._entities is None or not tok.is_title or self.words.demonym(tok.text) is not None \
                or tok.lower_ in self.words.demonym_places():
            return False
        entity = self._entities.get(tok.text)
        return entity is not None and entity.name.casefold().startswith(tok.lower_ + " ") \
            and entity.label not in ("GPE", "LOC", "NORP") and (entity.is_organisation or not entity.introduced)

    def _untagged_name(self, tok: Token | None) -> str | None:
        """The capitalised words from `tok` on, with a word of `name_connectives` between two of them, when the tagger
        named none of them in full: "Shares of Research in Motion dropped 5%" -> "Research in Motion". None unless
        `tok` is a capitalised proper noun."""
        if tok is None or tok.pos_ != "PROPN" or not tok.is_title:
            return None
        doc, end = tok.doc, tok.i + 1
        while end < len(doc) and (doc[end].is_title and doc[end].pos_ == "PROPN" or doc[end].lower_ in self.words.name_connectives
                                  and end + 1 < len(doc) and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"):
            end += 1
        return doc[tok.i:end].text

    def _untagged_company(self, subj: Token) -> str | None:
        """The capitalised words right before "shares" or "stocks" that name no sector (`sector_words`, or a word the
        text writes in lower case) and no place: a company the tagger missed ("Wipro shares"). None otherwise."""
        mods = [t for t in subj.lefts if t.dep_ in ("compound", "amod", "nmod")]
        if not mods or mods[-1].i != subj.i - 1 or any(
                not t.is_title or t.ent_type_ in ("GPE", "NORP", "LOC", "DATE") or t.lower_ in self.words.sector_words
                or t.lower_ in self.words.not_subjects or self._common_word(t) for t in mods):
            return None
        return " ".join(t.text for t in mods)

    def _index_name(self, doc: Doc, subj: Token) -> str | None:
        """A market index named by the words before its head (`index_name_words`: "The Dow Jones industrial average
        jumped 175 points", "The Standard & Poor's 500 index rose 18 points", "the Nasdaq composite index"): the
        name from its first capitalised word, without a description before it ("the blue-chip Holloway 30
        industrial index"). A bare "the index" is the index named last before it in its paragraph ("The Tarrant
        150 rose 47 points. The index is now within 0.4% of its high"). Never a statistics office's index ("the
        Consumer Prices Index"). None otherwise."""
        if subj.lower_ not in self.words.index_name_words or subj.pos_ not in ("NOUN", "PROPN") \
                or statistic_index(subj, self.words):
            return None
        words = [t for t in doc[subj.left_edge.i:subj.i] if t.dep_ != "det"]
        # a name in capitals may carry its count of shares ("the benchmark KSE-100 index", "the CAC-40 index")
        first = next((t for t in words if t.pos_ == "PROPN" and t.is_title or t.is_upper and (
            t.is_alpha or t.pos_ == "PROPN" and re.fullmatch(r"[A-Z&]{2,}-?\d+", t.text))), None)
        if first is not None:
            return _clean_name(doc[first.i:subj.i + 1].text)
        if words and subj.lower_ == "index" and all(t.lower_ in self.words.currencies for t in words):
            return " ".join(t.lower_ for t in (*words, subj))  # "the dollar index rose 0.08%": a currency's index
        if words or subj.lower_ not in ("index", "average") \
                or not any(t.dep_ == "det" and t.lower_ in ("the", "this") for t in subj.lefts):
            return None
        for tok in reversed(doc[self._paragraph_start(doc, subj.sent):subj.left_edge.i]):
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "PROPN" and not tok.like_num:
                continue  # the index a clause before was about
            end = tok.i + 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and doc[tok.i + 1].head == tok else tok.i
            name = self._entity_at(doc, end) or _clean_name(doc[self._name_start(doc, end - 1 if doc[end].like_num else end):end + 1].text)
            last = name.split()[-1]
            if last[:1].isdigit() or last.lower() in self.words.index_name_words:
                return name
        return None

    def _organisation_topic(self, doc: Doc, tok: Token, topic: str | None) -> str | None:
        """What an organisation word at `tok` ("the club", "the company's", "its", "the unit") stands for: the
        topic, unless the topic is a person. A transfer or a profile often leads with a person ("Redmarsh sign
        Dunmore from Ashgrove"), and "the club reported revenue of £312 million" is then about the organisation
        named last before it in its paragraph, else the organisation the headline and lead name most; "he" and
        "his" keep the person."""
        if tok.lower_ not in ("it", "its") and tok.lower_ in self.words.pronouns or not self._is_person(topic):
            return topic
        entities = self._entities
        i = tok.left_edge.i - 1
        first = self._paragraph_start(doc, tok.sent)
        while i >= first:  # the tagger often leaves a club's or a company's short form untagged: read the tokens
            if doc[i].pos_ != "PROPN":
                i -= 1
                continue
            start = self._name_start(doc, i)
            name = self._entity_at(doc, i) or _clean_name(doc[start:i + 1].text)
            entity = entities.get(name)
            # a club that speaks is still the club ("Ashgrove ... said they would reinvest"); one cited is not
            if entity is not None and not self._is_person(name) and not is_source(doc[i], self.words, doc[i].head) \
                    and (entities.acts_as_organisation(name) or "ORG" in entity.labels or doc[i].dep_ in ("nsubj", "nsubjpass")):
                return name  # an organisation, or a name that acts as one ("Ashgrove, who have sold three players")
            i = start - 1
        return entities.lead_organisation or topic

    def _possessed_names(self, doc: Doc) -> frozenset[str]:
        """The names the text brings in as something an organisation owns, a possessive pronoun and a description
        before them ("Its shopping assistant Rufus", "their budget airline Jetstar"; the pronouns are the rule words
        `owner_pronouns`). Read once per document."""
        if "claimx_possessed" not in doc.user_data:
            doc.user_data["claimx_possessed"] = frozenset(
                _clean_name(ent.text) for ent in doc.ents
                if any(c.dep_ == "poss" and c.lower_ in self.words.owner_pronouns for c in ent.root.children)
                and any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.i < ent.start for c in ent.root.children))
        return doc.user_data["claimx_possessed"]

    def _is_person(self, name: str | None) -> bool:
        """Whether `name` is a person's: its entity is tagged as one more than twice as often as an organisation (the
        tagger takes a club for a person in a headline, "Redmarsh United sign ...", and its short form for the
        club), a mention is written as a person's ("striker Elias Dunmore", "Dunmore, 24,": the tagger also calls
        a wind farm a person), and it does not act as an organisation (see ArticleEntities)."""
        entity = self._entities.get(name) if self._entities is not None and name else None
        if entity is None or entity.label != "PERSON" or not entity.introduced or self._entities.acts_as_organisation(name):
            return False
        return entity.labels.get("PERSON", 0) > 2 * sum(entity.labels.get(lab, 0) for lab in ("ORG", "PRODUCT"))

    def _paragraph_start(self, doc: Doc, sent: Span) -> int:
        """The first token of the paragraph `sent` is in (a blank line ends a paragraph)."""
        start, after = sent.start, sent.start_char
        while start > 0:
            prev = doc[start - 1].sent
            if self._paragraph_ends(prev, after):
                break
            start, after = prev.start, prev.start_char
        return start

    def _paragraph_ends(self, prev: Span, after: int) -> bool:
        """Whether a paragraph ends with sentence `prev`: a blank line (or nothing but space) between it and the
        text starting at character `after`."""
        before = self._text[prev.start_char:after]  # the sentence and the space after it
        if not before.strip():
            return True
        k = bisect_right(self._paragraph_starts, after) - 1
        return k >= 0 and self._paragraph_starts[k] > prev.start_char

    def _conjoined_subject(self, doc: Doc, subj: Token, topic: str | None) -> str | None:
        """The named subject of the clause before, for a clause joined to it by "and" whose own subject names
        no one ("Route 14 now runs every 8 minutes, and trips along the corridor take 11 minutes less"):
        the second clause goes on about what the first named. None when the first names no one either, or is
        a person who speaks."""
        verb = subj.head
        if verb.dep_ != "conj" or subj.dep_ not in ("nsubj", "nsubjpass"):
            return None
        first = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if first is None or first.lower_ in self.words.pronouns or self._is_speaker(first):
            return None
        named = self._subject_phrase(doc, first, topic)
        return named if named and named != topic else None

    def _described_before(self, doc: Doc, subj: Token) -> str | None:
        """The named thing a definite description refers back to: the nearest earlier mention of the same
        noun, in its sentence or the two before in the same paragraph, that a name modifies ("the Northgate
        extension", "the extension of the Harbor Line", "the Skerry Banks wind farm"); else None. A name that
        reports ("a study by the Polar Institute") or speaks is no owner."""
        start, seen, after = subj.sent.start, 0, subj.sent.start_char
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            before = self._text[prev.start_char:after]
            if before.count("\n", len(before.rstrip())) >= 2 or not before.strip():
                break  # never across a blank line
            start, after = prev.start, prev.start_char
            seen += 1
        lemma = subj.lemma_.lower()
        for tok in reversed(doc[start:subj.left_edge.i]):
            if tok.pos_ != "NOUN" or tok.lemma_.lower() != lemma:
                continue
            names = [t for t in tok.lefts if t.dep_ in ("compound", "nmod") and t.pos_ == "PROPN"
                     and t.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(t)]
            if names:
                first = min(t.left_edge.i for t in names)
                return doc[first:max(t.i for t in names) + 1].text
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    obj = next((t for t in prep.children if t.dep_ == "pobj" and t.pos_ == "PROPN"
                                and t.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(t)), None)
                    if obj is not None and not is_source(obj, self.words):
                        return self._entity_at(doc, obj.i) or doc[min(t.i for t in obj.lefts if t.pos_ == "PROPN")
                                                                  if any(t.pos_ == "PROPN" for t in obj.lefts)
                                                                  else obj.i:obj.i + 1].text
            return None  # the nearest mention names nothing
        return None

    def _described_owner(self, doc: Doc, tok: Token, topic: str | None) -> str | None:
        """The body a bare "the trust's", "the club's" stands for: the body named before that the noun fits
        (see `_named_description`), else the topic for a generic description ("the company's"); else None."""
        if tok.pos_ != "NOUN" or [t.lower_ for t in tok.subtree if t.dep_ != "case"] != ["the", tok.lower_]:
            return None
        return self._named_description(doc, tok) or (
            self._organisation_topic(doc, tok, topic) if f"the {tok.lower_}" in self.words.generic_subjects else None)

    def _named_description(self, doc: Doc, subj: Token) -> str | None:
        """The named body a bare definite description ("the institute", "the trust", "the team") refers back to,
        when the article has named one before it that the noun fits; else None (the caller takes the topic).

        The nearest earlier name that ends in the noun ("the institute" after "the Nordvik Polar Institute",
        "the trust" after "Wexmoor Hospitals NHS Trust"); for the people or work of a study (`research_groups`:
        "the team", "the researchers", "the study") the body whose people were said to do the research
        ("Scientists at the Harlow Freshwater Centre", "a team from the University of Brackley", "its authors were led by
        the Hallstrom Institute"), not one that comments on it ("a scientist at X who was not involved in the study").
        """
        words = {subj.lower_, subj.lemma_.lower()}
        if self._description_names is None:
            # the names a description may refer back to, by their last word, in text order (read once per document:
            # a scan of every earlier entity per description made long documents quadratic)
            table: dict[str, tuple[list[int], list[str]]] = {}
            for k, ent in enumerate(self._ents):
                if ent.label_ not in ("ORG", "FAC", "PRODUCT") or not self._is_name(ent):
                    continue
                text = ent.text
                if self._is_unit_name(text):
                    continue
                name = _clean_name(text)
                ks, names = table.setdefault(name.split()[-1].lower(), ([], []))
                ks.append(k)
                names.append(name)
            self._description_names = table
        limit = bisect_left(self._ent_starts, subj.left_edge.i)
        latest = None
        for word in words:
            if word in self._description_names:
                ks, names = self._description_names[word]
                j = bisect_left(ks, limit) - 1
                if j >= 0 and (latest is None or ks[j] > latest[0]):
                    latest = (ks[j], names[j])
        if latest is not None:
            return latest[1]  # the nearest earlier name that ends in the noun
        if not words & self.words.research_groups:
            return None
        if self._research_words is None:  # the words of a study's people and work, read once per document
            self._research_words = [t for t in doc if t.lemma_.lower() in self.words.research_groups
                                    or t.lower_ in self.words.research_groups]
        for tok in reversed(self._research_words[:bisect_left([t.i for t in self._research_words], subj.left_edge.i)]):
            if any(c.dep_ == "relcl" and c.lemma_.lower() == "involve" and any(n.dep_ == "neg" for n in c.children)
                   for c in tok.children):
                continue  # "a scientist at the University of Calder Bay who was not involved in the research" comments
            if tok.dep_ == "nsubjpass" and tok.head.lemma_.lower() == "lead":
                # "Its 64 authors ... were led by the Hallstrom Institute": the body that led the study
                named = next((self._entity_at(doc, t.i) for a in tok.head.children if a.dep_ == "agent"
                              for t in a.children if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "FAC")), None)
                if named:
                    return named
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in ("at", "from", "of", "with"):
                    named = next((self._entity_at(doc, t.i) for t in prep.children
                                  if t.dep_ == "pobj" and t.ent_type_ in ("ORG", "FAC")), None)
                    if named:
                        return named
        return None

    def _unit_of_commodity(self, tok: Token) -> Token | None:
        """The commodity a single unit of it stands for as a subject ("a barrel of Brent crude was trading down 6.2%",
        "an ounce of gold rose to $2,410"): the "of" object of a noun after "a", "an" or "one", when it is a commodity
        (see `_is_commodity`); likewise the commodity whose price the noun is ("The price of gold rose by Rs1,200",
        "Silver prices were unchanged"). None otherwise."""
        if tok.pos_ == "NOUN" and tok.lemma_.lower() == "price":
            named = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1), None) or next(
                (g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"),
                None)
            return named if named is not None and self._is_commodity(named) else None
        if tok.pos_ != "NOUN" or not any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "one") for c in tok.children):
            return None
        of = next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"), None)
        return of if of is not None and self._is_commodity(of) else None

    def _is_commodity(self, tok: Token) -> bool:
        """Whether a subject noun stands for a traded commodity whose price a figure gives (`subject_metrics`
        in rules/frame.json, other than shares, stocks and indexes: "gold" -> "gold price")."""
        if tok.lower_ in self.words.currencies and tok.pos_ == "NOUN":
            return True  # "The pound rose 0.4% against the dollar": an exchange rate is the currency's (`currencies`)
        metric = self.words.subject_metric(tok.lower_) or self.words.subject_metric(tok.lemma_.lower())
        return bool(metric) and metric.endswith("price") and not metric.startswith("share") and tok.pos_ != "PROPN"

    def _common_word(self, tok: Token) -> bool:
        """Whether a capitalised first word is a common word: a measure the frame knows, or written in lower
        case elsewhere in the text."""
        lower = tok.lower_
        if lower in self.words.metric_heads or lower in self.words.not_subjects:
            return True
        if tok.is_title and dictionary.dictionary_noun(tok, self._text, self.words.scope_words, once=True, plural_only=True):
            return True  # "Homeowners in Redfern will pay ...", "Potholes in Greyholm cost ...": a plural noun, no name
        key = (lower, tok.lemma_.lower())
        if key not in self._common_words:  # the whole text searched once per word and document
            # (a word the text never writes needs no pattern compiled: most capitalised words are names)
            self._common_words[key] = (lower in self._text or key[1] in self._text) and bool(
                re.search(rf"(?<![\w.])(?:{re.escape(lower)}|{re.escape(key[1])})\b", self._text))
        return self._common_words[key]

    def _it_refers_to(self, doc: Doc, pronoun: Token) -> str | None:
        """What "it" or "its" at the start of a clause refers to: the subject of the sentence before, when that
        is a name that is not a person's ("Brennan Mart reported ... Its shares have fallen 9%"); else None
        (the caller takes the topic)."""
        if pronoun.lower_ in ("it", "its", "they", "their") and (sayer := self._reported_by(doc, pronoun)):
            return sayer
        if pronoun.lower_ in self.words.person_pronouns:
            return self._person_before(doc, pronoun)
        if pronoun.lower_ not in ("it", "its"):
            return None
        if pronoun.i - pronoun.sent.start > 3:
            # "The Broadline 500 is still up 14% for the year, and strategists expect it to end 2026 at 6,400": the
            # named subject of an earlier clause of the sentence, when that is no person and reports nothing
            for tok in reversed(pronoun.sent[:pronoun.i - pronoun.sent.start]):
                if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.i > pronoun.i or tok.ent_type_ == "PERSON" \
                        or self._is_speaker(tok) or is_source(tok, self.words):
                    continue
                if named := self._entity_at(doc, tok.i) or self._untagged_subject(doc, tok):
                    return named
            return None
        prev = None
        i = pronoun.sent.start
        while i > 0:
            prev = doc[i - 1].sent
            if prev.text.strip():
                break
            i = prev.start
        if prev is None or not prev.text.strip():
            return None
        root = prev.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.lower_ in self.words.pronouns:
            return None
        ent = self._entity_at(doc, subj.i) or (self._untagged_subject(doc, subj) if subj.ent_type_ != "PERSON" else None)
        if ent and not self._is_speaker(subj):
            return ent  # "it" is never a person: a PERSON label on a company's name is the tagger's mistake
        if subj.lower_ in self.words.part_heads or subj.lower_ in self.words.unit_heads:
            names = [t for t in subj.lefts if t.dep_ in ("compound", "amod")
                     and (t.pos_ == "PROPN" or (t.is_title and t.i != t.sent.start))]
            if names:  # "The Services division grew fast. Its revenue rose 35%": the named part
                part = doc[min(t.left_edge.i for t in names):subj.i + 1].text
                owner = self._lead(doc)
                return f"{owner} {part}" if owner and owner.lower() not in part.lower() else part
        if subj.pos_ == "NOUN" and any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") for t in subj.lefts) \
                and (named := self._described_before(doc, subj)):
            return named  # "The extension cost $412 million. It is drawing 9,500 boardings": the Harbor Line's
        return None

    def _role_named_before(self, doc: Doc, subj: Token) -> str | None:
        """The person a bare "the striker", "the chairman" refers back to: the person the same word introduced
        earlier in the article, written in lower case before the name ("Redmarsh signed striker Elias Varn");
        None when no person was introduced by it."""
        lemma = subj.lemma_.lower()
        entities = self._entities
        if self._role_words is None:  # the words that introduce a person, read once per document
            self._role_words = [t for t in self._compound_nouns(doc) if t.is_lower and t.head.ent_type_ == "PERSON"]
        left = subj.left_edge.i
        for tok in reversed(self._role_words):
            if tok.i >= left or tok.lemma_.lower() != lemma:
                continue
            named = self._entity_at(doc, tok.head.i)
            entity = entities.get(named) if entities is not None and named else None
            if entity is not None and entity.label == "PERSON" and not entities.acts_as_organisation(entity.name):
                return entity.name
        return None

    @staticmethod
    def _compound_nouns(doc: Doc) -> list[Token]:
        """The common nouns of `doc` that are compounds of a word after them ("striker" in "striker Elias Varn"),
        found on the document's arrays rather than by making a Token of every word."""
        arr = doc.to_array([DEP, POS, HEAD])
        found = (arr[:, 0] == doc.vocab.strings["compound"]) & (arr[:, 1] == NOUN_POS) \
            & (arr[:, 2].view(numpy.int64) > 0)
        return [doc[int(i)] for i in numpy.flatnonzero(found)]

    def _numbered_index(self, doc: Doc, subj: Token) -> str | None:
        """A market index whose name ends in its count of shares, which the tagger cuts off the name or reads as a
        figure or a date ("The FTSE 100 rose 0.4%" tagged "FTSE", "the ASX 200 added 0.3%", "the Nifty 50 gained
        0.5%" with "50" the subject, "Japan's Nikkei 225"): the name with its number, when a word of the name is
        one of `index_name_words` or the clause's verb moves a market (`market_verbs`). None otherwise."""
        if subj.pos_ == "PROPN" and subj.i + 1 < len(doc):
            number = doc[subj.i + 1]
            if number.head != subj or number.dep_ != "nummod":
                return None
            end = number
        elif subj.pos_ == "NUM" and subj.i >= 1 and doc[subj.i - 1].pos_ == "PROPN" and doc[subj.i - 1].head == subj \
                and doc[subj.i - 1].dep_ in ("compound", "nmod"):
            number, end = subj, subj
        else:
            return None
        if not re.fullmatch(r"\d{2,4}", number.text) or number.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") \
                or number.i + 1 < len(doc) and (doc[number.i + 1].like_num or doc[number.i + 1].text in ("%", "-")):
            return None
        start = self._name_start(doc, number.i - 1)
        name = doc[start:number.i]
        verb = subj.head if subj.dep_ in ("nsubj", "nsubjpass") else None
        if not any(t.lower_ in self.words.index_name_words for t in name) and not (
                verb is not None and verb.lemma_.lower() in self.words.market_verbs):
            return None
        named = _clean_name(doc[start:end.i + 1].text)
        return None if named.lower() in self.words.not_subjects else named

    def _untagged_subject(self, doc: Doc, tok: Token) -> str | None:
        """The name a proper-noun subject the tagger missed writes ("The Corran 250 is up 9%"), with a number that
        ends it; None for a word of `not_subjects` or a capitalised common word opening the sentence."""
        if tok.pos_ != "PROPN":
            return None
        end = tok.i + 1 if tok.i + 1 < len(doc) and doc[tok.i + 1].like_num and doc[tok.i + 1].head == tok else tok.i
        named = _clean_name(doc[self._name_start(doc, tok.i):end + 1].text)
        if named.lower() in self.words.not_subjects or (tok.i == tok.sent.start and (
                self._common_word(tok) or self._dictionary_word(tok))):
            return None
        return named

    def _person_before(self, doc: Doc, pronoun: Token) -> str | None:
        """The person "he", "she", "his" or "her" refers to: the person named last before it, in its sentence or
        the three before (a player's or a manager's figures: "Awoniyi scored twice ... He has 14 goals this
        season", "his 31 appearances"), by the full name the article writes. None when the pronoun says or
        expects something (a speaker is a source, not what a figure is about) or no person is named."""
        verb = pronoun.head if pronoun.dep_ in ("nsubj", "nsubjpass") else None
        subject_like = verb is not None or pronoun.dep_ == "poss" and pronoun.head.dep_ in ("nsubj", "nsubjpass")
        if verb is not None and (verb.lemma_.lower() in self.words.reporting_verbs | self.words.source_verbs
                                 | self.words.forecast_verbs or verb.lower_ in self.words.reporting_verbs):
            return None
        start, seen = pronoun.sent.start, 0
        while start > 0 and seen < 3:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        entities = self._entities
        found = []  # (mention, name) of each person named before the pronoun, the last first
        before = [e for e in self._ents[bisect_left(self._ent_starts, start):] if e.end <= pronoun.i]
        if entities is not None and (untagged := [e for e in entities.untagged_people
                                                  if start <= e.start and e.end <= pronoun.i]):
            # a full name the tagger left untagged after a role ("Ardlow striker Tomas Varga had ... With 29 goals
            # ..., it was clear he had"): a person "he" may mean
            before = sorted(before + untagged, key=lambda e: e.start)
        for ent in reversed(before):
            if ent.label_ not in SUBJECT_LABELS or not self._is_name(ent):
                continue
            entity = entities.get(_clean_name(ent.text)) if entities is not None else None
            if entity is None or (entity.label != "PERSON" or entities.acts_as_organisation(entity.name)) \
                    and not entity.introduced:
                continue  # a company the tagger once took for a person (not a name written as a person's: "striker X")
            if ent.label_ != "PERSON" and len(entity.name) <= len(_clean_name(ent.text)):
                continue  # a surname the tagger took for a place ("leaves Defoe, who ...") is the person written in full
            if ent.start > 0 and doc[ent.start - 1].is_lower and doc[ent.start - 1].lower_ in self.words.description_heads:
                continue  # "Austrian side RB Salzburg", "carmaker Torvane Motors": an organisation the tagger calls a person
            if ent.start < pronoun.sent.start and (is_source(ent.root, self.words) or self._is_speaker(ent.root)):
                # "..., as noted by Ann Reid, was Joel Varga. He scored 25 times": who told, in a sentence before, is
                # not whom "he" goes on about (in its own sentence a speaker's "her office" is the speaker's)
                continue
            found.append((ent, entity.name))
        if not found:
            return None
        last, name = found[0]
        if subject_like and last.start < pronoun.sent.start:
            # a pronoun that is its clause's subject (or owns it: "His 52 goals are a record"), with no person before
            # it in its sentence, continues the subject of the sentence that named the last person ("Adeyemi, 24, has
            # 13 tries, two short of the record of 15 set by Declan Moss. He signed a new three-year contract":
            # Adeyemi), not a person in a phrase of it; when that sentence's subject is itself such a pronoun ("He has
            # the most goals, surpassing Tommy Johnson's 38"), the person it continues
            subject = next((n for e, n in found if e.sent.start == last.sent.start
                            and _phrase_dep(e.root) in ("nsubj", "nsubjpass")), None)
            before = next((t for t in last.sent if t.i < last.start and t.dep_ in ("nsubj", "nsubjpass")
                           and t.head == last.sent.root), None) if subject is None else None
            if before is not None and before.lower_ in self.words.person_pronouns:
                subject = self._person_before(doc, before)
            elif before is not None and before.pos_ == "PROPN" and not before.ent_type_:
                # "Ines Valtorre won the final, beating Sadie Harwell. The 26-year-old took home $412,000": the
                # sentence's subject, a name the tagger missed, not the person in a phrase of it
                subject = self._untagged_subject(doc, before)
            return subject or name
        return name

    def _reports_own_results(self, doc: Doc, subj: Token) -> str | None:
        """The company that says its own results in a clause whose subject is a bare results noun (`result_nouns`:
        "Mahindra said on Tuesday that domestic sales fell 3%", "Torvane reported that revenue rose"): the name that is
        the reporting verb's subject (see `_reported_by`), tagged an organisation and no public body. A story about
        several companies gives each its own figures; a statistics office's "sales" are a place's (a public body), and
        no name owns a noun that has an owner of its own. None otherwise."""
        if subj.lemma_.lower() not in self.words.result_nouns and subj.lower_ not in self.words.result_nouns \
                or any(c.dep_ in ("poss", "det") and c.lower_ not in ("the",) or c.pos_ == "PROPN" for c in subj.children):
            return None
        named = self._reported_by(doc, subj)
        if named is None or "ORG" not in self._labels_of(named):
            return None
        sayer = next((e for e in self._sentence(subj).ents if _clean_name(e.text) == named), None)
        return None if sayer is None or public_body(sayer.root, self.words) else named

    def _reported_by(self, doc: Doc, pronoun: Token) -> str | None:
        """The organisation that says what the clause of `pronoun` states about itself: "Bellway said that it
        had seen a 30% drop in revenue", "Tesco said its sales rose 4%". The pronoun stands in a clause
        reported by a verb whose subject is a name that is not a person's; "it" is that name."""
        tok = pronoun.head if pronoun.dep_ == "poss" else pronoun
        for _ in range(4):
            if tok.dep_ == "ccomp" and tok.head != tok:
                verb = tok.head
                if verb.lemma_.lower() not in self.words.reporting_verbs and verb.lower_ not in self.words.reporting_verbs \
                        and verb.lemma_.lower() not in self.words.source_verbs:
                    return None
                sayer = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                if sayer is None or sayer.i > pronoun.i:
                    return None
                named = self._entity_at(doc, sayer.i)
                if not named or sayer.ent_type_ == "PERSON" and (self._entities is None or not self._entities.acts_as_organisation(named)) \
                        and self._is_person(named):
                    # "Chief executive Moira Delacey said its margins ...": the company, not her; a name tagged a
                    # person that no mention writes as one ("Maruti Suzuki said its sales rose") is the company
                    return None
                return named
            if tok.head == tok:
                return None
            tok = tok.head
        return None

    def _antecedent(self, doc: Doc, subj: Token, place: bool) -> str | None:
        """The name a definite description ("the company", "the packaged-food maker", "the city") refers back to.

        The nearest name before it, in its sentence or the two before, that is not a source, a speaker or a
        person: a place for a place noun, else an organisation (an entity some mention of which is tagged as
        one, since the tagger labels invented names inconsistently).
        """
        start, seen = subj.sent.start, 0
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        wanted = ("GPE", "LOC") if place else ("ORG", "PRODUCT", "FAC", "NORP")
        for ent in reversed([e for e in self._ents[bisect_left(self._ent_starts, start):] if e.end <= subj.left_edge.i]):
            if ent.label_ not in SUBJECT_LABELS or not self._is_name(ent) or self._is_unit_name(ent.text) \
                    or is_source(ent.root, self.words) or self._is_speaker(ent.root):
                continue
            if self._alias_open(doc, ent) is not None:
                continue  # "Tarnwell Foods Inc. (TSX:TWF)": a listing or a short form in brackets; the name before it is meant
            if not place and ent.sent == subj.sent and ent.root.dep_ in ("nsubj", "nsubjpass"):
                # the subject of the main clause of the same sentence, whatever its label ("Torrel Brands added
                # 3.2% after the cereal maker reported ..."): the tagger often calls a company a person
                return _clean_name(ent.text)
            if self._labels_of(_clean_name(ent.text)) & set(wanted):
                return _clean_name(ent.text)
            if not place and ent.root.dep_ in ("nsubj", "nsubjpass") and self._entities is not None \
                    and self._entities.acts_as_organisation(_clean_name(ent.text)):
                # "as Eastmar accelerates its shift ... The utility generated ...": a one-word name the tagger
                # calls a person, standing as a clause's subject, is the organisation the description means
                return _clean_name(ent.text)
        return None

    def _labels_of(self, name: str) -> set[str]:
        """Every label the tagger gave the entity `name` belongs to, anywhere in the document."""
        entity = self._entities.get(name) if self._entities is not None else None
        return set(entity.labels) if entity else set()

    def _named_part_before(self, doc: Doc, subj: Token) -> str | None:
        """The named part of an organisation that a bare "the unit" or "the division" refers back to.

        The nearest noun phrase before `subj`, in its sentence or the two before, headed by a part
        word and named by a proper-noun modifier ("The Services division", "its Motion Control unit").
        """
        start, seen = subj.sent.start, 0
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            start = prev.start
            seen += bool(prev.text.strip())
        for tok in reversed(doc[start:subj.i]):
            if tok.lower_ not in self.words.part_heads or tok.pos_ != "NOUN":
                continue
            names = [t for t in tok.lefts if t.dep_ in ("compound", "amod") and t.pos_ == "PROPN"]
            if names:
                return doc[min(t.left_edge.i for t in names):tok.i + 1].text
        return None

    def _owner_part_before(self, doc: Doc, subj: Token, owner: str) -> str | None:
        """The part of organisation `owner` that a bare "the unit" or "the division" refers back to, when it is
        named after its owner: the nearest organisation before `subj`, in its sentence or the one before, whose
        name starts with the owner's first word and is longer than a short form of it ("Orvane Devices" of
        "Orvane", "Velmont Marine" of "Velmont Group"); else None."""
        start = subj.sent.start
        if start > 0:
            start = doc[start - 1].sent.start
        for ent in reversed([e for e in self._ents[bisect_left(self._ent_starts, start):] if e.end <= subj.left_edge.i]):
            name = _clean_name(ent.text)
            if ent.label_ in ("ORG", "PRODUCT") and " " in name and name.split()[0] == owner.split()[0] \
                    and not owner.startswith(name) and self._is_name(ent) \
                    and not is_source(ent.root, self.words):
                return name
        return None

    def _entity_at(self, doc: Doc, i: int) -> str | None:
        """The clean name of the subject entity over token `i`, read once per token of the document."""
        if i not in self._entities_at:
            self._entities_at[i] = self._find_entity_at(doc, i)
        return self._entities_at[i]

    def _find_entity_at(self, doc: Doc, i: int) -> str | None:
        tok = doc[i]
        if tok.ent_type_ in SUBJECT_LABELS:
            for ent in self._sentence(tok).ents:
                if ent.start <= i < ent.end and not self._is_unit_name(ent.text) and self._is_name(ent):
                    start = self._hyphen_start(doc, ent.start) if ent.label_ in ("ORG", "PRODUCT", "FAC") else ent.start
                    return _clean_name(doc[start:ent.end].text)  # (a player's role, "Fly-half Rhys Carden", is none)
        return None

    @staticmethod
    def _hyphen_start(doc: Doc, start: int) -> int:
        """Where an organisation's name begins that the tagger cut at a hyphen of its first word ("Co-operative Bank"
        tagged "Bank", "Anglo-Vale Mining" tagged "Vale Mining"): the capitalised word before the hyphen, the hyphen and
        the word after written with no space between them, right before the entity's `start`; `start` otherwise."""
        k = start - 3
        if k < doc[start].sent.start or doc[k + 1].text != "-" or doc[k].whitespace_ or doc[k + 1].whitespace_ \
                or not doc[k].is_title or not doc[k + 2].is_alpha or not doc[k + 2].whitespace_:
            return start
        return k

    @staticmethod
    def _own_clause_period(sentence: str, span: Span, sent: Span, choice) -> bool:
        """Whether the period `choice` gives figure `span` is written in the figure's own clause: a mention of its
        sentence with no clause break (a comma, a semicolon, a colon, a bracket or a dash) between the two. A carried
        period, or one another clause names, is not."""
        if choice.mention is None or choice.reason not in ("in the sentence", "after the figure"):
            return False
        start, end = span.start_char - sent.start_char, span.end_char - sent.start_char
        gap = sentence[end:choice.mention.start] if choice.mention.start >= end else sentence[choice.mention.end:start]
        return not re.search(r"[,;:()\u2014\u2013]", gap)

    def _names_year(self, doc: Doc, offset: int, mention) -> bool:
        """Whether a bare year `mention` (offsets relative to the sentence starting at character `offset`) is part of a
        name, no period: right after a capitalised name it is written with ("Office 2007", "Windows 2000", "Vision 2030":
        a product, a plan, a work; not a month, a place, an event or a word of `year_time_words`, "Budget 2024"), or
        right before a word of `name_year_after` ("the 2024 model year": a product's generation, not when its figures
        are for). Not in a line written in title case, whose capitals say nothing (a headline's "Profit Up In 2024")."""
        if mention.kind != "year":
            return False
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return False
        year = next((t for t in reversed(span) if t.like_num), None)
        if year is None or year.i == 0 or not year.text.isdigit():
            return False  # (a year written alone: not "Decree 14/2025", a law's number and the year it was made)
        after = self._text[year.idx + len(year.text):year.sent.end_char].lower()
        if any(re.match(r"\s+" + re.escape(w) + r"\b", after) for w in self.words.name_year_after):
            return True  # "the 2024 model year", "2024 model-year vehicles"
        name = doc[year.i - 1]
        if name.pos_ != "PROPN" or not name.text[:1].isupper() \
                or name.lower_ in self.words.year_time_words or name.lower_ in MONTHS or name.lower_ in DAY_WORDS \
                or name.ent_type_ in ("DATE", "TIME", "EVENT", "GPE", "LOC", "NORP"):
            return False
        words = [t for t in name.sent if t.is_alpha]
        return sum(t.text[:1].isupper() for t in words) * 2 <= len(words)  # not a title-case line

    def _dates_modifier(self, doc: Doc, offset: int, mention: PeriodMention) -> bool:
        """Whether period `mention` (offsets relative to the sentence starting at character `offset`) only dates a
        thing a clause describes, a participle or relative clause with no figure in it ("a raise under contracts
        signed last fall", "breaking a slide that started in March", "the firm, which was founded in 1998, said ..."):
        when that thing happened, not the period of the sentence's figures."""
        if mention.kind in ("record_since", "record_since_event"):
            return False
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root
        if tok.dep_ == "pobj":
            tok = tok.head
        verb = tok.head if tok.dep_ in ("prep", "npadvmod", "tmod") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.head.pos_ not in ("NOUN", "PROPN"):
            return False
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "contracts signed last fall"
        relative = verb.dep_ == "relcl" and any(c.tag_ in ("WDT", "WP") for c in verb.children)  # "a slide that started in March"
        if not (participle or relative):
            return False  # nor "the operation to sign him in 2013", whose cost is of that year
        if verb.lemma_.lower() in self.words.publishing_verbs:
            return False  # "a poll published last month put the party on 31%": a poll's figures are of its date
        thing = verb.head
        # the thing is no figure nor part of a figure's phrase ("the €80m paid for him in 2014", "a quarter of the rise
        # recorded over the period"), and no figure is inside the clause ("a deal signed in 2024 for $5m")
        return not any(t.i in self._covering for t in verb.subtree) \
            and not any(t.i in self._covering for t in thing.subtree if t.i <= thing.i) \
            and not any(a.i in self._covering for a in list(thing.ancestors)[:3])

    def _dates_comment(self, doc: Doc, offset: int, mention) -> bool:
        """Whether period `mention` (offsets relative to the sentence starting at character `offset`) only dates a
        speaker's comment, a verb of `comment_verbs` it hangs from ("Retail sales rose 2.2%, the office said in
        September", "officials told reporters in March"): the comment's time, not the figures'; not a poll's or a study's
        (rules/frame.json `poll_words`, `study_nouns`), whose saying is its finding."""
        if self.not_comment_time.match(mention.text):
            return False  # "From January, Ofgem says the bill will go up": when what is said starts, not when it is said
        span = doc.char_span(offset + mention.start, offset + mention.end, alignment_mode="expand")
        if span is None:
            return False
        tok = span.root  # "in September" (the preposition) or "September" (its object), "last month"
        if tok.dep_ == "pobj":
            tok = tok.head
        verb = tok.head if tok.dep_ in ("prep", "npadvmod", "tmod") else None
        if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in self.words.comment_verbs:
            return False
        if any(t.lemma_.lower() in self.words.poll_words | self.words.study_nouns
               for c in verb.children if c.dep_ == "nsubj" for t in c.subtree):
            return False  # "In July, a Daily Courier poll said 38% would vote Unity": a poll says what it finds when taken
        # a comment verb with a figure for its object is no comment: "Between 1995 and 2024, the ice sheets added
        # 21.2 mm to sea level", "the firm added 4,000 jobs in March"
        return not any(c.dep_ == "dobj" and (c.like_num or any(n.dep_ == "nummod" for n in c.children))
                       for c in verb.children)

    def _described_organisation(self, t: Token) -> bool:
        """Whether a one-word name the tagger calls a person is introduced as an organisation by a noun of
        rules/frame.json `description_heads` right before it ("Budget carrier Fendley", "Chemicals maker Tessard"):
        people are introduced by their full names, and the small model often takes an unfamiliar company for one."""
        return t.ent_type_ == "PERSON" and t.pos_ == "PROPN" and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" for c in t.lefts) and any(
            c.dep_ in ("compound", "appos", "nmod") and c.lower_ in self.words.description_heads and c.i == t.i - 1
            for c in t.lefts)

    def _home_of_name(self, t: Token) -> bool:
        """Whether `t` is a place written as the owner of a name ("Japan's Nikkei 225", "Britain's FTSE 100", "Hong
        Kong's Hang Seng index", "Germany's Halbrecht"): the owned word a proper noun outside the place's name, or a
        market index's head word (rules/frame.json `index_name_words`) after one."""
        if t.ent_type_ not in ("GPE", "LOC"):
            return False
        while t.dep_ == "compound" and t.head.ent_type_ == t.ent_type_ and t.head.i > t.i:
            t = t.head  # "Hong" of "Hong Kong's"
        if t.dep_ != "poss":
            return False
        owned = t.head
        if owned.pos_ == "PROPN" and owned.ent_type_ not in ("GPE", "LOC", "NORP"):
            return True
        return owned.lower_ in self.words.index_name_words and any(
            c.pos_ == "PROPN" and c.i > t.i for c in owned.lefts if c.dep_ in ("compound", "nmod"))

    def _trading_place(self, doc: Doc, sent: Span, verb: Token | None) -> bool:
        """Whether a share's move is dated by the place where it traded, a session of the day's trading as much as
        "in morning trading" is ("Shares of the lender rose 2% in London trading", "Its shares fell 7% in Frankfurt"):
        a place of the sentence the shares' market verb trades in (see `_trading_venue`). Read only in a sentence
        with a place named in it."""
        return verb is not None and any(
            ent.label_ in ("GPE", "LOC") and self._trading_venue(ent, verb) for ent in self._sentence(sent[0]).ents)

    def _trading_session(self, sentence: str) -> bool:
        """Whether `sentence` dates a move by a session of the day's trading it names (rules/frame.json
        `trading_session_phrases`: "in premarket trading", "in early deals", "by 0900 GMT")."""
        low = " ".join(sentence.lower().split())
        return any(re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low) for p in self.words.trading_session_phrases)

    def _topic_before(self, doc: Doc, sent: Span, topic: str | None) -> str | None:
        """The organisation the text is about at `sent`: what "its" and "the company" mean.

        The organisation last named as a grammatical subject in the two sentences before in the same
        paragraph, else the article's lead (see `_lead`).
        """
        lead = self._lead(doc)
        heading = next((e for e in self._sentence(sent).ents if e.start == sent.start), None)
        if heading is not None and heading.label_ in ("ORG", "PRODUCT") and self._heads_its_line(heading) \
                and self._is_name(heading):
            return _clean_name(heading.text)  # "Orla Foods Corp. \u2014 The grocer saw its shares dip 1.6%"
        start, seen, after = sent.start, 0, sent.start_char
        while start > 0 and seen < 2:
            prev = doc[start - 1].sent
            if self._paragraph_ends(prev, after):
                break  # a new paragraph starts again from the lead: the carry never crosses a blank line
            start, after = prev.start, prev.start_char
            seen += 1
            if prev.start not in self._named_subjects:  # each sentence is looked back on up to twice
                self._named_subjects[prev.start] = self._named_subject(prev)
            if self._named_subjects[prev.start]:
                return self._named_subjects[prev.start]
        return self._section_of(sent.start_char) or lead or topic

    def _section_headings(self, sents: list[Span], body: int) -> list[tuple[int, str]]:
        """The section headings after the first sentence, as (start character, name or None): a line of its
        own, with a blank line after it, no closing punctuation, at most six words. It names its section's
        subject when all its words are proper nouns inside names and the article has at least two such
        headings with different names ("Marlow County" / "Fenwick County" in a county-by-county round-up);
        else (None) it only ends the section before."""
        found = []
        for sent in sents:
            if sent.start < body:
                continue
            text = self._text[sent.start_char:sent.end_char]
            line = text.strip()
            if not line or "\n" in line or not text.endswith("\n\n") and sent.end < len(sent.doc) \
                    or line[-1] in ".!?:;,\"'”’)" or len(line.split()) > 6:
                continue
            words = [t for t in sent if t.is_alpha]
            named = bool(words) and all(t.pos_ == "PROPN" and t.ent_type_ in SUBJECT_LABELS for t in words) \
                or bool(words) and all(t.pos_ == "PROPN" or t.is_title for t in words) and self._named_below(sent, line)
            # a heading that names nothing ("What happens next") still ends the section above
            found.append((sent.start_char, _clean_name(line) if named else None))
        if len({name for _, name in found if name}) < 2:
            # one named line is no round-up's sections: a photo credit or a stray label ("Getty Images")
            found = [(start, None) for start, _ in found]
        return found

    def _named_below(self, sent: Span, line: str) -> bool:
        """Whether a heading the tagger left untagged ("FirstMerit") begins a name tagged in the sentence right under it
        ("Akron-headquartered bank-holding company FirstMerit Corp. reported ..."): a round-up's company heading; or is
        written there again as a proper noun, or by its initials (a round-up's place heading)."""
        doc = sent.doc
        if sent.end >= len(doc):
            return False
        below = doc[sent.end].sent if not doc[sent.end].is_space else (doc[sent.end + 1].sent if sent.end + 1 < len(doc) else None)
        if below is None:
            return False
        if any(ent.label_ in SUBJECT_LABELS and ent.text.startswith(line) for ent in self._ents_in(below)):
            return True
        # a heading the sentence under it writes again as a proper noun, tagged or not ("Sindh" over "Sindh suffered a
        # loss of 10,721 acres", "Punjab" over "In Punjab 2,328 homes were ..."), or its initials ("Khyber Pakhtunkhwa"
        # over "... affected by floods in KP")
        words = line.split()
        n = len(words)
        toks = [t for t in below if not t.is_space]
        initials = "".join(w[0] for w in words) if n > 1 and all(w[:1].isupper() for w in words) else None
        return any(" ".join(t.text for t in toks[k:k + n]) == line and all(t.pos_ == "PROPN" for t in toks[k:k + n])
                   for k in range(len(toks) - n + 1)) or initials is not None and any(
            t.text == initials and t.pos_ == "PROPN" for t in toks)

    def _section_of(self, char: int) -> str | None:
        """The name the section heading above character `char` gives (see `_section_headings`), if any."""
        k = bisect_right(self._heading_starts, char) - 1
        return self._headings[k][1] if k >= 0 else None

    def _named_subject(self, sent: Span) -> str | None:
        """The first organisation named in `sent` as a grammatical subject (or as its owner), else the place it opens
        with in a story about places (see `_place_scope`)."""
        for ent in self._sentence(sent).ents:
            if len(ent) == 1 and ent.start == sent.start and ent.root.pos_ != "PROPN":
                continue  # a capitalised first word mistaken for a name
            if not self._is_name(ent) or is_source(ent.root, self.words):
                continue
            if _clean_name(ent.text) in self._possessed_names(sent.doc):
                # "Its shopping assistant Rufus, ..., has been used by ...": a part the organisation owns, as "its
                # cloud unit, Azure," is; "the company" in the sentences after is still the owner
                continue
            organisation = ent.label_ in ("ORG", "PRODUCT") or (
                self._entities is not None and self._entities.acts_as_organisation(_clean_name(ent.text))
                and not self._is_speaker(ent.root))  # "Eastmar" tagged a person: see ArticleEntities
            if organisation and (ent.root.dep_ in ("nsubj", "nsubjpass") or (
                    ent.root.dep_ == "poss" and ent.root.head.dep_ in ("nsubj", "nsubjpass"))
                    or self._named_by_copula(ent.root) or self._heads_its_line(ent)):
                return _clean_name(ent.text)
        if (scope := self._place_scope(sent.doc, sent.root)) is not None:
            return scope  # "In Tamsin, the storm caused three deaths. More than 15,000 people fled": the place the
            # sentence opens with, in a story about places, is what the next sentences of its paragraph are about
        return self._figure_mover(sent)

    @staticmethod
    def _heads_its_line(ent: Span) -> bool:
        """Whether a name opens its sentence as a heading before a dash or a colon, the way a digest paragraph names the
        company it is about ("Corvane Inc. \u2013 Shares leapt 25% ...", "Orla Foods Corp.: The grocer ...")."""
        doc = ent.doc
        return ent.start == ent.sent.start and ent.end < len(doc) and doc[ent.end].text in ("-", "\u2013", "\u2014", ":")

    def _figure_mover(self, sent: Span) -> str | None:
        """A name the tagger missed as the subject of the sentence's main verb, when that verb is a market move of a
        figure (`market_verbs`: "NetCorva rose $1.37 to $64", "Brenmoor fell 19 cents"; see `_untagged_subject`): what the next sentences
        of a market digest's paragraph are about. None otherwise."""
        root = sent.root
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or root.pos_ not in ("VERB", "AUX") or subj.ent_type_ or not moves_a_figure(root) \
                or root.lemma_.lower() not in self.words.market_verbs or calendar_word(subj):
            return None
        return self._untagged_subject(sent.doc, subj)

    def _placed_name(self, t: Token) -> bool:
        """Whether `t`, tagged a person's name, is a one-word name written where a place is ("Firefighters in Kelburn
        attended 2,340 incidents", "Parking charges in Delford town centre"): the object of "in" (or a name before the
        noun that is), and the article never writes it as a person's full name (see `ArticleEntities.acts_as_organisation`).
        The small model takes many an invented town for a person."""
        entity = self._entities.get(t.text) if self._entities is not None else None
        if entity is None or entity.name != t.text or not self._entities.acts_as_organisation(t.text):
            return False  # (not the first word of a longer name the article writes: "Ardlow" of "the Ardlow Executive")
        held = t.head if t.dep_ in ("compound", "nmod") and t.head.dep_ == "pobj" else t
        return held.dep_ == "pobj" and held.head.lower_ == "in"

    @staticmethod
    def _named_by_copula(tok: Token) -> bool:
        """Whether `tok` is what a description is said to be: "the next worst trust was the Rotherham NHS
        Foundation Trust", "The biggest faller was Quenby Mutual". The description is a common noun, so the
        name is what the sentence is about."""
        if tok.dep_ != "attr" or tok.head.lemma_ != "be":
            return False
        subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.pos_ == "NOUN" and any(c.dep_ == "det" for c in subj.children)

    def _lead(self, doc: Doc) -> str | None:
        """What an article leads with: the proper-noun phrase of its first sentences it is most about.

        Candidates are noun phrases with a proper noun in the headline and the first two sentences;
        each scores by how often its name recurs in the article (as whole words), with a bonus as a
        grammatical subject and for coming early.
        """
        if "claimx_lead" in doc.user_data:
            return doc.user_data["claimx_lead"]
        sents = lead_sentences(doc.sents, 2)
        text = self._text or doc.text
        scores: dict[str, float] = {}
        tagged_people: set[str] = set()  # names let in by the figure-moving verb, not their label
        chunks = self._lead_chunks(doc, sents[-1].end) if sents else []
        # a lead that names an organisation is about it, not about a town the tagger calls a person ("The Ardlow
        # Executive will spend ... in Ardlow"): see `_placed_name`
        organised = any(e.label_ == "ORG" and self._is_name(e) for sent in sents for e in self._ents_in(sent))
        covered = {i for c in chunks for i in range(c.start, c.end)}
        for sent in sents[1:]:
            # "LONDON, Feb 26 (Wirecast) - German engineering group Halbrecht said ...": the parser may hang the dateline
            # on the subject's phrase, and the noun chunker then drops the phrase for overlapping the dateline's; the
            # organisation that is the clause's subject still stands as a chunk of its own
            chunks += [Span(doc, e.start, e.end) for e in self._ents_in(sent) if e.label_ == "ORG"
                       and e.root.dep_ in ("nsubj", "nsubjpass") and e.root.i not in covered]
        for n, sent in enumerate(sents):
            for chunk in (c for c in chunks if c.start >= sent.start and c.end <= sent.end):
                if n > 0 and (study := [t for t in chunk if self._study_code(t) and t.head == chunk.root]):
                    # "The TRIVANE trial, led by ..., enrolled 11,860 people": a named study leads, its code in capitals
                    name = f"{doc[study[0].i:study[-1].i + 1].text} {chunk.root.lower_}"
                    score = len(re.findall(rf"(?<!\w){re.escape(study[0].text)}(?!\w)", text)) \
                        + (1.0 if chunk.root.dep_ in ("nsubj", "nsubjpass") else 0.0) + (2 - n) * 0.5
                    scores[name] = max(score, scores.get(name, 0.0))
                    continue
                # a person's name only in a headline, where the tagger often takes a place for a person, or
                # as the subject of a verb that takes a figure ("Sinopec earned 6.34 billion yuan": the
                # tagger's person is a company); a place that owns a description ("China's biggest refiner")
                # is not what the sentence is about
                moves = chunk.root.dep_ == "nsubj" and moves_a_figure(chunk.root.head)
                names = [t for t in chunk if (t.pos_ == "PROPN" or self._tagged_organisation(t))
                         # "the peak dengue season": a name has a capital, whatever the parser's tag; a currency
                         # a market report leads with is written in lower case ("the rand firmed")
                         and (not t.is_lower or t.lower_ in self.words.currencies)
                         and t.ent_type_ not in NOT_SUBJECT_ENTS and not calendar_word(t)
                         and (not t.is_upper or self._lead_acronym(t))
                         and not self._title_of_person(t)  # "Transportation Director" of "Director Cheryl Soon"
                         # "Striker Joel Varga scored twice": a role opening the sentence before a name
                         and not (t.i == sent.start and t.is_title and t.head.pos_ == "PROPN" and t.head.i > t.i
                                  and t.lower_ in self.words.player_nouns | self.words.source_people)
                         and (t.ent_type_ != "PERSON" or n == 0 or moves or self._described_organisation(t)
                              or not organised and self._placed_name(t))
                         and not (t.ent_type_ in ("GPE", "LOC") and t.dep_ == "poss"
                                  and chunk.root.lemma_.lower() in self.words.description_heads)
                         # "Japan's Nikkei 225 rose 0.4%", "Germany's DAX", "Hong Kong's Hang Seng index": a place that
                         # owns a name (an index, a company) is its home, not what the sentence is about
                         and not self._home_of_name(t)
                         and not self._traded_in(t)  # "... jumped 6% to $8,400 a tonne in New York": where it trades
                         # "Employment fell", "World's lakes"; also at a line's start, where the parser ran the
                         # headline into the first sentence ("... crime figures\nPolice forces in the region ...")
                         and not ((t.i == sent.start or t.i > 0 and "\n" in doc[t.i - 1].text + doc[t.i - 1].whitespace_
                                   or frame_metric.opens_sentence(t))  # "HOBART - Presentations to ... rose"
                                  and (self._common_word(t) or self._plural_word(t)  # "Wildfires have burned ..."
                                       or self._dictionary_word(t)))  # "Homicides fell 14%"
                         and not sector_word(t, self.words)  # "Education chiefs have claimed ..."
                         and not hyphen_modifier(t)  # "Toronto" of "The Toronto-based cable company"
                         and not self._is_unit_name(t.text)  # "Ksh" of "a net profit of Ksh. 37.1 billion"
                         and not self._written_sum(t)  # "Sh6.3b" of "the lion's share of Sh6.3b budget": a figure
                         and not (n == 0 and self._headline_credit(t))  # "... in 2023 - Okello": who said it
                         and not self._line_label(t)  # "Okello: rates will stay high", "Harbourton: Prices rose ..."
                         and not self._in_dateline(t)  # "Washington, DC, November 15, 2007-- The index rose ..."
                         and not _designation(t)]  # "Type" of "Type 2 diabetes", "Stage" of "Stage 4 cancer"
                if len(names) == 1 and names[0].lower_ in self.words.generic_place_names:
                    names = []  # "State's population now 31 million", "the State": a place word, no place's name
                if not names and chunk.root.dep_ in ("nsubj", "nsubjpass") \
                        and chunk.text.lower() in {f"the {w}" for w in self.words.government_words} \
                        and (country := self._government_place(doc)) is not None:
                    # "the government is on track to cut the deficit to 4.5%": a national story leads with its country
                    score = len(re.findall(rf"(?<!\w){re.escape(country)}(?!\w)", text)) + 1.0 + (2 - n) * 0.5
                    scores[country] = max(score, scores.get(country, 0.0))
                    continue
                if not names or self._is_speaker(chunk.root) and not self._reports_its_own(chunk.root) \
                        or chunk.root.pos_ == "NOUN" and any(self._is_speaker(t) for t in names) \
                        and not self._reports_its_own(chunk.root) \
                        or "(" in (chunk[0].text, doc[max(chunk.start - 1, 0)].text, doc[max(names[0].i - 1, 0)].text) \
                        or (_phrase_dep(chunk.root) == "pobj" and is_source(chunk.root, self.words)) \
                        or self._role_after_as(chunk.root) or self._body_figures(chunk, names) \
                        or publishes(chunk.root, self.words) or statistics_index_name(chunk.root, self.words) \
                        or measure_name(chunk.root, self.words) \
                        or is_venue(chunk.root, self.words):  # a journal, a speaker's employer, who a speaker tells
                    # a source named in a phrase ("according to X", "published by X") is not the lead, nor one a
                    # description of a speaker names ("the state weather agency Aemet said"); one that speaks ("X
                    # said") may be, when nothing else leads
                    continue  # speakers are sources; "(Claimx Wire)" is a credit
                names = self._before_owned(names)  # "the Orla Association's Annual Revenue": the association
                first, last = names[0].i, names[-1].i
                while first - 1 >= chunk.start and self._name_in_capitals(doc[first - 1]):
                    first -= 1  # "BHP Billiton": a word in capitals inside a longer name is part of it
                while last + 1 < chunk.end and self._name_in_capitals(doc[last + 1]):
                    last += 1  # "Stats NZ", not "Stats"
                name = _clean_name(doc[first:last + 1].text.split("\n")[0])
                whole = next((e for e in self._ents_in(sent) if e.start <= names[0].i < e.end
                              and e.label_ in SUBJECT_LABELS and self._is_name(e)), None)
                if whole is not None and (whole.start < chunk.start or whole.end > chunk.end or (
                        chunk.start <= whole.start < first and len(whole) > 2
                        and all(t.pos_ == "PROPN" and t.is_title for t in doc[whole.start:first]))):
                    # a piece of a longer name ("Finance" of "the Ardlow Department of Finance") is that name; so is
                    # a name whose opening proper nouns the tests above dropped as a common word at the sentence's
                    # start ("Lake" of "Lake Orrin Town Council approves ...", "lake" being written in lower case)
                    if is_source(whole.root, self.words):
                        continue
                    name = _clean_name(whole.text.split("\n")[0])
                if self._governed_words(name) and (place := self._dateline_place(doc)):
                    name = place  # "ALDERFORD - The Town Council voted ...": a body named without its place, the dateline's
                if len(name) < 3 or name.lower() in self.words.not_subjects or "(" in name \
                        or credit_line(doc[names[0].i:names[-1].i + 1]):
                    continue  # "Oct 8 (Claimx Wire": a dateline's credit; "The Daily, Thursday, April 12, 2025"
                if whole is None and self._label_line(sent) \
                        and len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) <= 1:
                    continue  # "Key Points", "Highlights", "Markets": a page's label on a line of its own
                if self._in_title_case_headline(chunk.end_char) and not self._in_body(name):
                    # "Water Rates" of "Board Agrees To Raise Water Rates By 6%"; also in the second sentence the
                    # segmenter cuts a headline into at its colon ("Budget 2025: Valdoria To Miss Deficit Goal")
                    continue
                if n == 0 and " " not in name and not self._after_headline(name) and (
                        names[0].i == sent.start or names[0].ent_type_ not in ("GPE", "LOC")):
                    # "Map" of "Map reveals the worst trusts for waiting times": never written again; nor is "ICU" of
                    # "7,870 cases; 393 in hospital; 8 in ICU" (a place the headline alone names may still lead)
                    continue
                score = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", text)) \
                    + (1.0 if chunk.root.dep_ in ("nsubj", "nsubjpass") else 0.0) + (2 - n) * 0.5
                scores[name] = max(score, scores.get(name, 0.0))
                if moves and any(t.ent_type_ == "PERSON" for t in names) and n > 0:
                    tagged_people.add(name)
        for name in list(scores):
            # "Rovers beat ..." (a name let in by its verb), "the Assembly spent ...": the name written in
            # full in the lead, which it is part of (a one-word name ends it)
            if name in tagged_people:
                longer = [o for o in scores if len(o) > len(name) and re.search(rf"(?<!\w){re.escape(name)}(?!\w)", o)]
            else:
                longer = [o for o in scores if " " not in name and " " in o and o.rsplit(" ", 1)[1] == name] \
                    or [o for o in scores if _short_form_of(name, o)]  # "Air NV" of "Air Novaland Vale": in full
            if longer:
                scores[longer[0]] = max(scores[longer[0]], scores.pop(name))
        best = max(scores, key=lambda name: scores[name], default=None)
        doc.user_data["claimx_lead"] = best
        return best

    def _written_sum(self, t: Token) -> bool:
        """Whether a word the tagger took for a name is a sum written as one word: a currency's letters and a figure
        ("Sh6.3b", "Rs9,200", "KSh12bn"), or any word with a figure's decimal or thousands mark inside ("Tz4.5m").
        ("G20", "A380", "KSE-100" and "COVID-19" are names.)"""
        if not any(c.isdigit() for c in t.text):
            return False
        if re.search(r"\d[.,]\d", t.text):
            return True
        m = re.match(r"([A-Za-z]{1,4})\.?\d", t.text)
        return m is not None and self._is_unit_name(m[1])

    def _line_label(self, t: Token) -> bool:
        """Whether `t` is in the label that opens a line before a colon rather than what the line reports on:
        - the speaker of a quote headline, the first line opening with a name of one to three proper nouns that the
          tagger does not take for an organisation or a place ("Okello: Rates will stay high for now"); a place opening
          a headline ("Valdoria: Inflation eases") is what the story is about;
        - a dateline written with a colon at the start of a later line ("Harbourton: Valdoria's consumer prices rose
          4.1 per cent ..."), a place tagged as one: where the story was filed, not what it reports on."""
        doc = t.doc
        start = t.i
        while start > 0 and start > t.i - 3 and not ("\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_):
            start -= 1
        if start > 0 and not ("\n" in doc[start - 1].text or "\n" in doc[start - 1].whitespace_):
            return False
        end = t.i + 1
        while end < len(doc) and end - start < 4 and doc[end].text != ":" and doc[end].pos_ == "PROPN":
            end += 1
        if end >= len(doc) or doc[end].text != ":" or any(not w.is_title and not w.is_upper for w in doc[start:end]):
            return False
        text = self._text or doc.text
        labels = {w.ent_type_ for w in doc[start:end]}
        if not text[:doc[start].idx].strip():  # the text's first line
            return not labels & {"ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "LAW", "WORK_OF_ART"}
        return bool(labels) and labels <= {"GPE", "LOC"}

    def _before_owned(self, names: list[Token]) -> list[Token]:
        """The name words of a lead's noun phrase up to a possessive, when the words after it are what the name owns: a
        measure or a word the text also writes in lower case ("the Orla Association's Annual Revenue", the tagger running
        the title-case words on into the name): the owner is the name."""
        for k, tok in enumerate(names[:-1]):
            nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
            if nxt is not None and nxt.tag_ == "POS" and any(
                    w.lower_ in self.words.metric_heads or self._common_word(w) for w in names[k + 1:]):
                return names[:k + 1]
        return names

    def _body_figures(self, chunk: Span, names: list[Token]) -> bool:
        """Whether the lead's noun phrase is a public body's figures, its name a modifier of a noun of `source_nouns`
        ("new Home Office crime figures", "the latest Ardlow Statistics Office data"): the body is the source, not what
        the story is about (a company's "earnings report" is not a public body's)."""
        root = chunk.root
        return root not in names and root.dep_ != "poss" and (
            root.lemma_.lower() in self.words.source_nouns or root.lower_ in self.words.source_nouns) \
            and names[-1].dep_ == "compound" and _phrase_root(names[-1]) == root and public_body(names[-1], self.words)

    @staticmethod
    def _role_after_as(tok: Token) -> bool:
        """Whether the name whose root is `tok` is an office someone takes or holds, after "as" ("was sworn in as Prime
        Minister", "named as Chief Executive"): a role, never what the article is about ("such as Apple" is a name)."""
        root = _phrase_root(tok)
        prep = root.head
        return root.dep_ == "pobj" and prep.lower_ == "as" and prep.i > 0 \
            and prep.doc[prep.i - 1].lower_ not in ("such", "well")

    def _headline_credit(self, t: Token) -> bool:
        """Whether `t` is in a name that ends the first line after a dash, the way a headline credits who said what it
        reports ("Harbour fees rose by Sh4 bln in 2023 - Okello", "Rates will stay high – Governor Ndaba"): one to three
        capitalised words, none tagged an organisation or a place (such a name after a dash may be what the story is
        about). A source, never the lead."""
        doc = t.doc
        if "claimx_headline_credit" not in doc.user_data:
            text = self._text or doc.text
            start = len(text) - len(text.lstrip())
            end = text.find("\n", start)
            line = text[start:end] if end > 0 else ""
            m = re.search(r" [-\u2013\u2014]\s*((?:[A-Z][\w'\u2019.]*\s*){1,3})$", line)
            doc.user_data["claimx_headline_credit"] = (start + m.start(1), start + m.end(1)) if m else None
        credit = doc.user_data["claimx_headline_credit"]
        return credit is not None and credit[0] <= t.idx < credit[1] and t.ent_type_ in ("PERSON", "")

    def _label_line(self, sent: Span) -> bool:
        """Whether a sentence is a label on a line of its own: at most four words, no verb, no closing punctuation, no
        name the tagger labels, a line break (or the text's start) before it and after it ("Key Points", "Highlights",
        "Business"): a page's section label or kicker, not a headline that names what the article is about."""
        text = self._text[sent.start_char:sent.end_char]
        line = text.strip()
        if not line or "\n" in line or len(line.split()) > 4 or line[-1] in ".!?:;,\"'\u201d\u2019)":
            return False
        before = self._text[:sent.start_char].rstrip(" \t")
        after = self._text[sent.end_char:] if not text.endswith("\n") else "\n"
        if before and not before.endswith("\n") or after.strip(" \t") and not after.lstrip(" \t").startswith("\n"):
            return False
        return not any(t.pos_ in ("VERB", "AUX") or t.ent_type_ in SUBJECT_LABELS or t.like_num for t in sent)

    def _lead_acronym(self, t: Token) -> bool:
        """Whether a word in capitals may lead: an organisation's short name the tagger knows ("in the NBA", "BJP has
        won"), of two letters or more, standing as a noun phrase's head (not "MMR uptake", "the MMR jab": a product or
        a measure's modifier), neither a dateline's place nor a word of `not_subjects` or a unit, nor one the text spells
        out in brackets ("the Carvela National Statistics Office (CNSO)"), which stands for what it spells out."""
        text = self._text or t.doc.text
        if self._index_code(t, text):
            return True  # "KSE-100 closes above 50,000" over "the benchmark KSE-100 index": a market index
        return (t.ent_type_ == "ORG" or self._untagged_acronym(t, text)) and t.is_alpha and len(t.text) >= 2 \
            and t.lower_ not in self.words.not_subjects \
            and t.dep_ != "compound" and not self._in_dateline(t) and not self._is_unit_name(t.text) \
            and f"({t.text})" not in text

    def _index_code(self, t: Token, text: str) -> bool:
        """Whether a word in capitals with a count of shares ("KSE-100", "CAC-40") is a market index's name: the text
        writes it before "index" (a word of `index_name_words`) at least once (`frame.metric.index_code`), and it is
        tagged a proper noun."""
        return t.pos_ == "PROPN" and frame_metric.index_code(t, self.words, text)

    def _untagged_acronym(self, t: Token, text: str) -> bool:
        """An organisation's short name in capitals the tagger left untagged ("Korvel recorded ..." written "KVL
        recorded a surplus of $6.8m"): a proper noun of three letters or more, the subject of its clause's verb,
        written at least three times in the text, and no statistics index ("CPI rose")."""
        return t.ent_type_ == "" and t.pos_ == "PROPN" and t.is_upper and len(t.text) >= 3 \
            and t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX") \
            and t.lower_ not in self.words.statistic_index_words \
            and len(re.findall(rf"(?<!\w){re.escape(t.text)}(?!\w)", text)) >= 3

    def _name_in_capitals(self, t: Token) -> bool:
        """Whether a word in capitals next to a lead's name words in its noun phrase ends or opens that name ("Stats
        NZ", "BHP Billiton"): a proper noun, not a dateline's place or a unit. Alone it may not lead (see
        `_lead_acronym`), but a piece of a longer name is that name."""
        return t.pos_ == "PROPN" and t.is_upper and t.is_alpha and len(t.text) >= 2 and not self._in_dateline(t) \
            and not self._is_unit_name(t.text) and t.lower_ not in self.words.not_subjects

    @staticmethod
    def _title_of_person(t: Token) -> bool:
        """Whether a capitalised word is part of a person's title before the name ("city Transportation Director
        Cheryl Soon", "Controller Myra Miller"): not itself the person's name, it modifies one."""
        head = t
        while head.dep_ == "compound" and head.head != head and head.ent_type_ != "PERSON":
            head = head.head
        return t.ent_type_ != "PERSON" and head != t and head.ent_type_ == "PERSON"

    def _reports_its_own(self, tok: Token) -> bool:
        """Whether an organisation that speaks reports its own figures: "Rogers Communications Inc. says its
        third-quarter revenue rose", "Harwick said its profit fell": the subject of the clause it reports is owned
        by "its", so the speaker is what the lead is about, not a source of someone else's figures."""
        if tok.dep_ != "nsubj" or tok.ent_type_ not in ("ORG", "") and not self._described_organisation(tok):
            return False
        body = public_body(tok, self.words)
        for clause in (c for c in tok.head.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None:
                continue
            result = subj.lemma_.lower() in self.words.result_nouns or subj.lower_ in self.words.result_nouns
            if subj.lower_ == "it" and not body and clause.lemma_.lower() != "be" and clause.pos_ in ("VERB", "AUX") \
                    and any(c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in clause.children):
                # "Skyvale said on Thursday it now expects full-year profit of ...", "Tessard said it swung to a net
                # profit of ...": an organisation that says what it itself expects, made or did speaks of its own
                # figures (not "it was likely", an empty "it")
                return True
            if any(c.dep_ == "poss" and c.lower_ == "its" for c in subj.children) and (not body or result):
                # (a public body's own results are its own too: "Harlen Bank said its profit rose", whatever "Bank"
                # makes of a name; not a statistics office's "its index")
                return True
            if result and not body and not any(c.dep_ == "poss" or c.pos_ == "PROPN" or c.ent_type_ in SUBJECT_LABELS
                                               for c in subj.children):
                # "Corvel Group said on Thursday that second-quarter profit rose 11%": a results word no one else owns
                return True
        return False

    def _tagged_organisation(self, t: Token) -> bool:
        """A capitalised word the parser calls a common noun but the tagger an organisation, never written in lower
        case ("Apple increases net income ...": the headline's first word parsed as a noun)."""
        return t.pos_ == "NOUN" and t.ent_type_ == "ORG" and t.is_title and not self._common_word(t)

    @staticmethod
    def _lead_chunks(doc: Doc, end: int) -> list[Span]:
        """The noun chunks of `doc` whose root comes before token `end` (every chunk inside the lead), as
        `doc.noun_chunks` gives them: its iterator goes through the tokens in order and decides each chunk
        from the tokens up to the chunk's root, so reading `doc[:end]` finds the same ones without walking
        the rest of the article (`Span.noun_chunks` walks all the Doc's chunks; `Doc.noun_chunks` parses
        every token)."""
        if doc.noun_chunks_iterator is None:
            return list(doc.noun_chunks)  # raises, as before
        return [Span(doc, start, stop, label=label) for start, stop, label in doc.noun_chunks_iterator(doc[0:end])]


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


def _phrase_root(tok: Token) -> Token:
    """The token standing for the phrase `tok` is a conjunct, apposition or compound part of (up to three steps)."""
    for _ in range(3):
        if tok.dep_ in ("compound", "appos", "conj", "flat") and tok.head != tok:
            tok = tok.head
        else:
            break
    return tok


_OWNER_PLACE = re.compile(r"(.+?)(?:'s|\u2019s) ([A-Z][\w&.-]*(?: [\w&.-]+)*)$")  # "France's Cac 40"
_LABEL_LINE = re.compile(r"[ \t]*(?:[-\u2022*\u2013\u2014\u00b7][ \t]*)?([^:\n]{1,50}):[ \t]*")  # "Tolland: " before a figure
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


def lead_sentences(sents, body: int) -> list[Span]:
    """The headline, dateline and other lines without a full stop at the top, and the first `body`
    sentences of the text after them."""
    found, seen = [], 0
    for sent in sents:
        text = sent.text.strip()
        if not text:
            continue
        if seen >= body:
            break
        found.append(sent)
        seen += text[-1] in ".!?\"'\u201d\u2019)"
    return found


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


@Language.factory(
    "claimx_claims",
    assigns=["doc.spans"],
    requires=["doc.spans"],
    default_config={"quantities_key": "quantities", "spans_key": DEFAULT_SPANS_KEY, "all_quantities": False,
                    "lexicon": None},
)
def make_claim_finder(nlp: Language, name: str, quantities_key: str, spans_key: str, all_quantities: bool,
                      lexicon: str | None) -> ClaimFinder:
    """Factory for `ClaimFinder`; see its docstring for the settings."""
    return ClaimFinder(nlp, name, quantities_key=quantities_key, spans_key=spans_key,
                       all_quantities=all_quantities, lexicon=lexicon)


def _in_own_phrase(tok: Token, span: Span) -> bool:
    """Whether `tok` stands in the noun phrase of the figure `span`, not in a phrase joined to it ("6,000 hectares out of
    1.8 million hectares in Harapur": "Harapur" is in the phrase of both figures, not in that of "4,000 hectares in
    Kelvar, and 6,000 hectares ...", which only joins it)."""
    noun = span.root.head if span.root.dep_ in ("nummod", "quantmod", "compound") else span.root
    while tok.i != noun.i:
        if tok.dep_ in ("conj", "appos", "relcl", "acl", "advcl", "ccomp") or tok.head == tok:
            return False
        tok = tok.head
    return True


def _placed_by_in(ent: Span) -> bool:
    """Whether a name the tagger calls a nationality or people (NORP) is written as a place: a proper noun "in" holds
    ("8,000 hectares of wheat in Harapur", where the small model tags "Harapur" NORP), not an adjective ("Harapuri")."""
    root = ent.root
    return ent.label_ == "NORP" and root.pos_ == "PROPN" and root.dep_ == "pobj" and root.head.lower_ == "in" \
        and not root.text.endswith(("an", "ans", "ish", "ese", "i"))


def _in_prep_of(tok: Token, top: Token) -> bool:
    """Whether `tok` sits in a prepositional phrase of `top` other than "of" ("with 7 seats"), below `top`."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return True
        tok = tok.head
    return False


def _defines_a_group(span: Span) -> bool:
    """Whether a bounded figure sits in a "with" phrase that picks out a group of many ("those with scores below
    3.5", "companies with more than 250 staff", "households with incomes under $30,000") or in a gerund after a
    preposition of a noun ("wins after trailing by 20 or more"): a threshold, not a figure reported. Not a single
    thing described ("a city with more than 410,000 residents")."""
    tok = span.root
    for _ in range(4):
        if tok.head is tok:
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
