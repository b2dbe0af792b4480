"""The `claimx_claims` spaCy component: which quantities are claims, and what each is about.

Reads the quantities of `claimx_quantities` and writes the claim-like ones to
`doc.spans[spans_key]` (default "claims"), each with `span._.claim`: a dict of subject,
metric, period (as written and normalised without the article date), direction and kind.
Subjects come from entity recognition plus the dependency parse, falling back on the
organisation the text was last about ("Its", "the company"); metrics from the noun the number
counts or the phrase around it ("$716.9 billion in annual sales", "a quarter of total revenue").

`ClaimFinder` holds the component's state and its sentence loop here; the reading of subjects is mixed in from
one module per part, each a class of methods on the same state: `names.NameTests` (whether a mention is a name),
`subject_choice.SubjectChoice` (`_subject` and its candidates), `subject_owners.SubjectOwners` (the entity a
figure's words name, owners of a measure, lists), `subject_scope.SubjectScope` (places, salience, a figure's verb's
subject, datelines), `subject_mentions.SubjectMentions` (named things, markets, descriptions, pronouns) and
`article_lead.ArticleLead` (what the headline and lead are about); `claim_helpers` holds the helpers they share.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from functools import lru_cache
from pathlib import Path
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from claimx.lexicon import Lexicon, alternation, load_lexicon
from claimx.components.direction import DirectionWords, change_direction, compared_change, gapped_change, restated_change
from claimx.doctext import doc_text
from claimx.marks import BULLETS
from claimx.components.sentences import sentences_read_once
from claimx.frame import dictionary
from claimx.frame import article as article_model
from claimx.frame import metric as frame_metric
from claimx.frame import period as frame_period
from claimx.frame.entities import ArticleEntities
from claimx.frame.scoring import Weights, load_weights
from claimx.frame.sentence import SentenceReading, Sentences
from claimx.frame.subject import status
from claimx.frame.words import FrameWords, alternatives, load_words
from claimx.periods import DAY_WORDS, MONTHS, day_of_week_before, find_periods, shift_period
from claimx.components.claim_helpers import describing_count
from claimx.components.claim_helpers import (DEFAULT_SPANS_KEY, NOT_SUBJECT_ENTS, SUBJECT_LABELS, _BARE_LABEL_LINE,
                                             _BULLET, _BULLET_LINE, _DEAL_PRICES, _LABEL_LINE, _LIST_ITEM,
                                             _ROLLING_KINDS, _SHORT_ITEM, _WEEK_KINDS, _aggregated, _ahead, _time_reading, _time_volume,
                                             _calendar_books, _calendar_year, _clause_head, _clean_name, _defines_a_group, _fiscal_quarter,
                                             _in_prep_of, _last_weekday, _latest, _names_no_day, _lowered, _month_ahead, _price_nouns,
                                             _record_month, _respective_period, _week_closed, calendar_word, kind_of_change,
                                             lead_sentences)
from claimx.components.names import NameTests
from claimx.components.subject_choice import SubjectChoice
from claimx.components.subject_owners import SubjectOwners
from claimx.components.subject_scope import SubjectScope
from claimx.components.subject_mentions import SubjectMentions
from claimx.components.article_lead import ArticleLead


# A fact box's row: a name (capitalised, up to four words), a spaced dash or a colon, and a short run with a figure in it
# ("NSW - 6.7 per cent vs 7.2 per cent in July", "SA - unchanged at 7.9 per cent", "Otago: 4.1 per cent (down 0.2)")
_NAME_ROW = re.compile(r"([A-Z][\w.&'-]*(?: [A-Za-z][\w.&'-]*){0,3})[ \t]*(?:[ \t][-\u2013\u2014]|:)[ \t]+[^\n\d]{0,30}\d[^\n]{0,50}")


# A list's introducing line that breaks a measure down ("by property type", "By health board") or says what it was
# ("The regional changes were:"), not a heading over a fact box's own measures ("Injuries and fatalities:")
_BROKEN_DOWN = re.compile(r"\b(?:[Bb]y|was|were|is|are|follows|include|included)\b")


_CLOSE_WORD = re.compile(r"\bclos(?:e|ing)\b", re.I)
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# A close dated by its day: "Friday's closing price", "its Thursday closing price", "closing price on Friday", "closing
# price of $131.08 on Friday", "closing (stock) price on June 12, 2025".
_WEEKDAY = "(?:" + "|".join(sorted(DAY_WORDS - {"yesterday"})) + ")"
_DAY_CLOSE = re.compile(rf"\b(?P<w>{_WEEKDAY}|yesterday)(?:['\u2019]s)?\s+clos(?:e|ing)\b"
                        r"|\bclos(?:e|ing)\s+(?:[a-z]+\s+){0,2}?(?:price\s+)?(?:of\s+\S+\s+)?(?:on\s+|from\s+)?"
                        rf"(?:(?P<w2>{_WEEKDAY})\b(?!,?\s+(?:{_MONTH_NAMES})\b)|(?:{_WEEKDAY},?\s+)?(?P<m>{_MONTH_NAMES})\.?\s+"
                        r"(?P<d>\d{1,2})(?:,?\s+(?P<y>(?:19|20)\d\d))?\b)", re.I)


def _close_day(sentence: str, published: dt.date) -> str | None:
    """The day "YYYY-MM-DD" of the one close `sentence` dates ("a premium to Friday's closing price of $44.10", "over its
    $3.16 closing stock price on June 12, 2019"), on or before `published`; None when it dates none or more than one."""
    found = list(_DAY_CLOSE.finditer(sentence))
    if len(found) != 1:
        return None
    m = found[0]
    if m.group("w") or m.group("w2"):
        day = day_of_week_before((m.group("w") or m.group("w2")).lower(), published)
        return day.isoformat() if day else None
    year = int(m.group("y")) if m.group("y") else published.year
    try:
        day = dt.date(year, MONTHS[m.group("m").lower()], int(m.group("d")))
    except ValueError:
        return None
    if not m.group("y") and day > published:
        day = day.replace(year=year - 1)
    return day.isoformat() if day <= published else None


_RAIN_UNITS = frozenset({"mm", "cm", "inch"})
# the units of a weather reading (a temperature, a length of rain or snow, a wind speed), which a weather or disaster story
# dates by the day its clause names whatever the story's period (a toll only in a story of a disaster's running toll)
_READING_UNITS = _RAIN_UNITS | {"degree celsius", "degree fahrenheit", "km/h", "mph"}


def _reading_date(span, published: dt.date, *, ahead: bool = False) -> str | None:
    """The day "YYYY-MM-DD" a day of a month with no year dates the figure `span` by, written after it in its own clause
    (see `_clause_and_speaker`) after "on" ("the 31.5C registered at Ashby Lacey, a village in Corran, on 2 March", "on
    March 2"): of the year of `published`, the year before when that day is still to come (unless `ahead`, a forecast).
    None when the clause names none, names a year with it ("on 2 March 2019", which the period reader dates), or another
    figure stands between (whose day it is)."""
    clause = _clause_head(span.root)
    if clause is None:
        return None
    doc, sent = span.doc, span.sent
    for tok in doc[span.end:sent.end]:
        if tok.lower_.rstrip(".") not in MONTHS or tok.dep_ != "pobj" and tok.head.dep_ != "pobj":
            continue
        prep = tok.head if tok.dep_ == "pobj" else tok.head.head
        if prep.lower_ != "on" or _clause_head(prep.head) not in _clause_and_speaker(clause):
            continue
        near = [t for t in doc[max(sent.start, tok.i - 1):min(sent.end, tok.i + 4)] if t.i != tok.i]
        days = [t for t in near if re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", t.text) and abs(t.i - tok.i) == 1]
        if not days or any(re.fullmatch(r"(?:19|20)\d\d", t.text) for t in near) \
                or any(any(ch.isdigit() for ch in t.text) for t in doc[span.end:min(days[0].i, tok.i)]):
            return None  # (a figure between is the one the day dates: "reached 32C, just short of the 32.7C ... on 17 June")
        try:
            day = dt.date(published.year, MONTHS[tok.lower_.rstrip(".")], int(re.match(r"\d+", days[0].text).group(0)))
        except ValueError:
            return None
        if day > published and not ahead:
            day = day.replace(year=day.year - 1)
        return day.isoformat()
    return None


def _clause_and_speaker(clause) -> tuple:
    """The verb `clause` (a Token), the first of the verbs it is joined to by "and" ("fires had claimed 1,588 homes and
    damaged 653 more"), and the speaker's verb whose words that clause is ("officials said fires had claimed ...")."""
    first = clause
    while first.dep_ == "conj" and first.head.pos_ in ("VERB", "AUX"):
        first = first.head
    return (clause, first, first.head) if first.dep_ == "ccomp" else (clause, first)


def _weather_reading(unit: str | None, span, words) -> bool:
    """Whether a physical figure of `unit` is a reading of rain: a length in a sentence with a word of rules/frame.json
    `rain_words` ("28.4 mm of rain on Monday"), which corpus/README.md dates by its day. A temperature "recorded on
    Tuesday" stays an event of its month (tests/test_period_s34.py)."""
    return unit in _RAIN_UNITS and any(t.lower_ in words.rain_words for t in span.sent)


# What stands between a figure and the old side it is compared with, naming no one (no capital, figure or clause end):
# "to N8.77bn in the first half, compared to N7.90bn", "to $4.1bn, up from $3.2bn", "at 12%, against 9% a year earlier"
_OLD_SIDE_BETWEEN = re.compile(r"[^.;:!?\dA-Z]{0,80}?\b(?:compared\s+(?:to|with)|against|versus|vs\.?|(?:up|down)\s+from|from)\s+"
                               r"(?:an?\s+|the\s+)?(?:[a-z-]+\s+){0,4}")
_OWNER_AFTER = re.compile(r"\s+(?:for|of|at|in|by|among)\s+(?:the\s+)?[A-Z]")  # the old side's own owner, after it


# the small words of a body's name (`body_name_words`) that say nothing of whose it is
_SMALL_NAME_WORDS = frozenset({"and", "for", "of", "the"})
# the reasons a subject came from the story rather than from the figure's own sentence (see _national_bodies)
_CARRIED_REASONS = frozenset({"topic", "lead", "salience"})


@lru_cache(maxsize=8)
def _country_words(words: FrameWords) -> tuple[frozenset[str], frozenset[str]]:
    """The countries (lower case) as a reader looks them up: the places of `demonyms` and the names `country_names` gives
    them ("britain" -> "united kingdom"); and every lower-case form an article may name one by (those, and the short forms
    `country_names` maps to one: "u.s.", "uk"). Built once per word list."""
    places = words.demonym_places()
    countries = frozenset(places | {words.country_name(p.title()).casefold() for p in places})
    forms = {pair.partition(":")[0] for pair in words.country_names}
    forms = {f for f in forms if words.country_name(f.upper()).casefold() in countries}
    return countries, frozenset(places | countries | forms)


class ClaimFinder(NameTests, SubjectChoice, SubjectOwners, SubjectScope, SubjectMentions, ArticleLead):
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
        self._mid_openers: set[str] | None = None  # see _plural_word
        self._role_words: list[Token] | None = None  # see _role_named_before
        self._verb_subjects: dict[int, Token | None] = {}  # see _verb_subject
        self._entity_names: dict[tuple[int, int], tuple | None] = {}  # entity (start, end) -> `_named_entity`
        self._subject_phrases: dict[tuple[int, str | None], str | None] = {}  # (token, topic) -> `_subject_phrase`
        self._verbs: tuple[Doc | None, dict] = (None, {})  # each figure's governing verb, found once per Doc
        self._named_subjects: dict[int, str | None] = {}  # sentence start -> its subject organisation (this Doc's)
        self._last_subject: tuple[int, str | None] = (-1, None)  # (sentence end, subject) of the last claim framed
        self._first_subject: tuple[int, str | None] = (-1, None)  # the same of the first claim of that sentence
        self._first_periods: list[tuple[int, object]] = []  # (sentence end, period choice) of each sentence's first claim
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
        self.counted_describers = frozenset(w.lower() for w in lex["counted_describers"]["words"])
        self.time_units = set(lex["time_units"].values())
        # a currency written as letters ("Ksh", "Rs", "RM") names a unit, never a subject, like its code ("KES")
        self.unit_names = set(lex["unit_symbols"].values()) | set(lex["currency_symbols"].values()) | {
            sign.rstrip(".") for sign in lex["currency_symbols"] if re.fullmatch(r"[A-Z][A-Za-z]+\.?", sign)} | {
            unit for unit in lex["extra_units"].values() if isinstance(unit, str) and unit.isupper()}  # "TEU", "FFE"
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
        # the words alone between a figure and the old side it is compared with ("Rs. 204 as compared to Rs. 171",
        # "22.4 cents, compared to 33.5 cents"; rules/frame.json `base_words`)
        self.compared_gap = re.compile(rf"[\s,]*(?:(?:as|up|down)\s+)?{alternatives(words.base_words)}\s+", re.I)
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

    def __call__(self, doc: Doc) -> Doc:
        dictionary.use(self._nlp)  # (once per vocabulary)
        with sentences_read_once(doc):  # the rules ask for the sentence of a figure, entity or verb many times
            return self._frame(doc)

    def _frame(self, doc: Doc) -> Doc:
        # Doc.text and Doc.ents (which Span.ents reads) rebuild from every token on each access,
        # so read them once per document: per claim they made the component quadratic in length.
        self._text = doc_text(doc)
        self._carries: dict[tuple[int, int], dict[str, float]] = {}  # a figure's carry features (`_sentence_periods`)
        self._paragraph_starts: list[int] = [0]  # set from the article model below, before any carry asks
        self._names = {}
        self._story_kind = None  # a results or a budget story's (set once its article model is built, below)
        self._plain_names = {}
        self._places_by_prefix = None  # the document's one-word places by their first five letters
        self._entity_candidates = {}
        self._saliences = {}
        self._entities_at, self._lower_words = {}, {}
        self._mid_capitals = None
        self._mid_openers = None
        self._role_words = None
        self._research_words = None
        self._study_people: bool | None = None  # see _studied_group
        self._description_names = None  # see _named_description
        self._common_words = {}  # see _common_word
        self._datelines = {}
        self._statistics_places = {}  # see _statistics_body_place
        self._spelled_out_names = None  # see _spelled_out
        self._defined_names = None  # see _defined_short_forms
        self._lead_end_of = None  # see _lead_end
        self._governed_areas = {}  # see _governed_area
        self._dateline_town: str | None | bool = False  # not read yet (see _dateline_place)
        self._body: str | None | bool = False  # not read yet (see _described_body)
        self._world: bool | None = None  # not read yet (see _world_story)
        self._verb_subjects = {}
        self._entity_names = {}
        self._subject_phrases = {}
        self._title_headline_end = None
        self._population_story: bool | None = None  # not read yet (see _population_move)
        doc.user_data["claimx_text"] = self._text  # for the frame's helpers, removed before returning
        self._ents = self._joined_places(doc, self._party_names(doc, self._short_forms_read_as_dates(
            doc, self._places_named_as_people(doc))))
        self._ent_starts = [e.start for e in self._ents]
        self._sentences = Sentences(self._ents)
        self._covering = defaultdict(list)  # token index -> the quantity spans over it
        self._named_subjects = {}
        self._last_subject = (-1, None)
        self._first_subject = (-1, None)  # (sentence end, subject) of the first claim framed in the last sentence with one
        self._first_periods = []
        self._record_periods = {}  # (start, end) of a period of an old record's figure -> that figure's phrase
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
        # the article's period reads past a kicker ("It's official."); who it is about reads the sentences as they come
        reporting = lead_sentences(sents, article_model.LEAD_SENTENCES, kickers=True)
        lead = lead_sentences(sents, article_model.LEAD_SENTENCES)
        model = article_model.build(self._text, published, reporting[-1].end_char if reporting else 0,
                                    comment=lambda m: self._dates_comment(doc, 0, m) or self._names_year(doc, 0, m)
                                    or self._dates_modifier(doc, 0, m))
        self._paragraph_starts = model.paragraphs  # the topic carry ends where the period carry does
        # a results or a public budget story: who reports its figures is read once (see article_lead._lead)
        self._story_kind = "budget" if model.budget else "results" if model.results else None
        if self._story_kind is not None:
            doc.user_data.pop("claimx_lead", None)
            self._names.clear()
        self._entities = ArticleEntities(doc, self.words, lead[-1].end_char if lead else 0, self.unit_names, self._text,
                                         name_of=self._table_name)
        self._entities.venues = self._venues()  # where what the text moves trades: no lead place (see `_venues`)
        top = lead_sentences(sents, 1)  # the headline lines and the first sentence: no section heading yet
        self._headings = self._section_headings(sents, top[-1].end if top else 0)
        self._heading_starts = [start for start, _ in self._headings]
        # a round-up's sections under headings that name their company, team or place: each its own story, read from
        # its own first sentences (its period, its fiscal or calendar books), nothing of the section above carried past
        # its heading (see article_model.section_model); the article's model for the text above the first heading
        sections = self._section_models(doc, sents, model)
        section_starts = [start for start, _ in sections]
        article = model
        claims = []
        topic: str | None = None  # the organisation the text was last about, for "its" and "the company"
        paragraph, current, current_reason, current_kind = -1, None, "article", None
        self._prior_metric = None  # the last measure of the sentence before, what "That compares with ..." measures
        self._prior_unit = None  # the unit of the figure that set it
        self._story_measures = {}  # unit -> (the last measure of a figure of that unit, its paragraph) (_bare_container)
        self._story_measure = None  # the last measure of a figure of any unit (what a figure naming none measures)
        self._no_day: bool | None = None  # whether the text names no day at all (`_names_no_day`), read once when asked
        self._paragraph_now = -1
        self._scope_now: tuple[int, str] | None = None  # (paragraph, the place its figures were last scoped to)
        self._prior_share = None  # the last share of the sentence before ("41.2 per cent share of the votes")
        self._lead_measure = None  # the measure of the first figure after the headline: what the story reports on
        self._deal_price = None  # the last price a verb of `price_verbs` named in the document, what "the deal" is worth
        self._grown: str | None = None  # the first growth a figure in percent measured ("GDP growth")
        self._measured: list[tuple[Span, str]] = []  # the document's figures so far and their metrics (frame_metric.forecast_of)
        self._list_intros = {}  # the start of a line that introduces a list -> what it says the list measures
        self._list_lines = {}  # (a line break, an item pattern) -> the line above the list (_line_above_list)
        self._moved_measure = None  # the measure a sentence with no figure said moved ("Knife offences increased.")
        self._moved_ways = {}  # "up"/"down" -> the last measure a figure said went that way (what a bare "decline" is of)
        self._prior_span = None  # the span of years written last ("between 1995 and 2024"): what "over the period" restates
        # the periods the text writes right before a survey's or a census's title ("The data came from the 2002 National
        # Health Interview Survey"): the period of that survey's findings, present-tense ones too (see _rolling_year)
        survey_title = article_model.survey_title_pattern()
        self._survey_periods = frozenset(
            article_model.label(m, model.fiscal) for m in find_periods(self._text, published, model.fiscal_year, model.year_end)
            if m.period and survey_title.match(self._text, m.end)) \
            if any(word.title() in self._text for word in self.words.survey_title_words) else frozenset()
        # (a text that writes no survey's title in capitals is spared the pass over its periods)
        intro = None  # the period a line ending in a colon set for the list under it ("For the year:"), else None
        # the period a section heading that is only a period ("2018-19", "Q3 2024") set for the paragraphs under it, up to
        # the next heading, else None
        headed = None
        heading_starts = frozenset(self._heading_starts)
        sentence = ""
        for sent in sents:
            if sections:
                k = bisect_right(section_starts, sent.start_char) - 1
                model = sections[k][1] if k >= 0 else article
            if sent.start_char in heading_starts:
                headed = self._heading_period(sent, published, model)
            here = model.paragraph_of(sent.start_char)
            if here == paragraph and sentence.strip():
                intro = None  # a paragraph of two sentences is past the list's one-line items
            if here != paragraph:
                paragraph = here
                self._paragraph_now = here
                current = model.period and article_model.label(model.period, model.fiscal)
                current_reason, current_kind = "article", model.period and model.period.kind
                if headed is not None:  # "2018-19" over "City were again champions ... and contributed 95 themselves"
                    current, current_reason, current_kind = headed
                if intro is not None:  # a list's lines, one a paragraph, share the period of the line introducing it
                    current, current_reason, current_kind = intro
            spans = by_sentence.get(sent.start, [])
            sentence = self._text[sent.start_char:sent.end_char]  # sent.text, without joining its tokens again
            if not spans and not sentence.strip():
                continue
            mentions = [m for m in find_periods(sentence, published, model.fiscal_year, model.year_end)
                        if not (model.game and m.kind in article_model.GAME_PART_KINDS)  # "in the fourth quarter" of a game
                        # ("to earn their first win of the season": the season a match report counts its result in)
                        and not (model.match_season and article_model.results_season(sentence, m))
                        and not self._dates_comment(doc, sent.start_char, m) and not self._names_year(doc, sent.start_char, m)
                        and not self._dates_modifier(doc, sent.start_char, m)
                        and not self._dates_title(doc, sent.start_char, m)
                        and not article_model.ranks_disaster(sentence, m)
                        # "received a nod for a face-off in November" in a story of June's primary: a month with no year
                        # still to come names the vote ahead, no period of the figures of the vote just held
                        and not (model.period is not None and model.period.kind == "election_month" and m.kind == "month"
                                 and published is not None and m.period is not None
                                 and m.period == f"{published.year - 1}-{m.period[5:7]}"
                                 and int(m.period[5:7]) > published.month)]
            if published is not None and model.period is not None and model.period.kind == "exam_year":
                # "Some 67.8% of pupils passed last year's exams, up from 60.7% in 2009": "last year's" owning the exam
                # is the year before publication, the exam's, not a year before the one the sentence names after it
                mentions = [replace(m, period=str(published.year - 1), kind="relative_year", shift=0, base=False)
                            if m.kind == "years_ago" and m.period is None and m.text.lower().startswith("last year")
                            and self._exam_after(sentence, m.end) else m for m in mentions]
            if model.period is not None and (quarter := re.fullmatch(r"Q([1-4]) ((?:19|20)\d\d)", model.period.period or "")):
                # "up 3.3 percent in the March 2017 year" in a quarterly release on the March 2017 quarter: the annual
                # figure to that quarter, labelled by the quarter as "in the year to the March 2017 quarter" is
                ended = f"{quarter.group(2)}-{3 * int(quarter.group(1)):02d}"
                mentions = [replace(m, period=model.period.period) if m.kind == "month_named_year" and m.period == ended
                            else m for m in mentions]
            # a period of an old record's figure ("the state record of 61cm set during Hurricane Floyd in 1999"): that
            # figure's only (by the characters of its phrase), no anchor of the sentence nor of the paragraph
            self._record_periods = {(m.start, m.end): phrase for m in mentions
                                    if (phrase := self._dated_figure_phrase(doc, sent.start_char, m)) is not None} \
                if spans and mentions else {}
            if spans:
                topic = self._topic_before(doc, sent, topic)
                carry = (current, current_reason, current_kind)
                if current_reason == "paragraph" and model.period is not None and self.now_words.search(sentence):
                    # "In 2015, wind and solar generated 4.6%. The share has now more than doubled, to 10.3%": "now" is
                    # the time the story reports, not the year the sentence before set
                    carry = (article_model.label(model.period, model.fiscal), "article", model.period.kind)
                found = self._sentence_claims(doc, sent, spans, mentions, carry, model,
                                              self._scoped_topic(topic, paragraph))
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
                self._take_scope(framed, paragraph)
                for c, fq, _ in framed:
                    if (m := c["metric"]) and c.get("direction") in ("up", "down") and " per " not in m \
                            and "share of" not in m and not frame_metric.is_change(
                                level := frame_metric.level_of(m, self.words), self.words) and not self._vague(level):
                        self._moved_ways[c["direction"]] = self._timeless(level)  # "Bus use fell 2%": what a later bare "decline" is of
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
            anchor = frame_period.sentence_anchor(sentence, [m for m in mentions if (m.start, m.end) not in self._record_periods],
                                                  figures)
            if anchor is None and model.period is not None and model.period.kind in article_model.STUDY_SPANS:
                # "About 41% of patients diagnosed in 1995 to 1999 were alive five years later. Rates for the other
                # cancers were about 62% and 18%.": in a study of spans of years, a span a sentence names is the cohort
                # what follows in its paragraph reports on, as a year would be in another story
                anchor = frame_period.sentence_anchor(sentence, mentions, figures, spans=article_model.STUDY_SPANS)
                if anchor is not None and anchor.period == model.period.period:
                    # the study's own span, restated: the article's period again
                    current = article_model.label(model.period, model.fiscal)
                    current_reason, current_kind, anchor = "article", model.period.kind, None
            if anchor is not None and self.words.opens_comparison(sentence):
                # "This compares to 9.4 per cent for the comparable period in 2008.": the period of what the sentence
                # before is compared with, not of what the next sentences report
                anchor = None
            # a year still to come ("close the plant by 2030") is a target's, not what the next sentences report
            anchored = anchor and (model.fiscal or article_model.not_future(article_model.label(anchor, model.fiscal), published))
            if anchored and model.period is not None and model.period.kind == "match_month" \
                    and (anchor.period == model.period.period[:4]
                         or anchor.period == article_model.season_of_month(model.period.period)):
                # "a sixth win in the 2023 World Cup": a tournament's year does not re-date the match's figures after it
                # (nor the season in progress: "Mitchell also scored 71 earlier this season. ... Lillard scored 41 of
                # his points before the break": a season total is its own sentence's; the match's figures stay the
                # match's month)
                anchored = None
            if anchored:
                # ("For the full year, net profit rose 9% ... Operating profit increased 33%" in a report on Q4 2025:
                # the year that quarter closes, as for the figures of the sentence that names it, not the year in
                # progress at publication)
                current = article_model.summer_season(
                    frame_period.in_reported_year(anchor, article_model.label(anchor, model.fiscal), current),
                    anchor.kind, model)
                current_reason, current_kind = "paragraph", anchor.kind
            if sentence.rstrip().endswith(":"):  # "For the year:" over its list; "On Monday:" (no period) ends one
                intro = (current, "list", current_kind) if anchored and not spans else None
            elif anchored:
                intro = None
        model = article
        self._headline_measures(claims, model.headline_end, self.words, self.time_units)
        self._short_names(doc, claims)
        self._written_names(doc, claims)
        self._sentence_periods(claims)
        if (country := self._one_country()) is not None:
            self._national_bodies(claims, country)
            self._national_figures(claims, country)
        doc.spans[self.spans_key] = claims
        doc.user_data.pop("claimx_text", None)
        doc.user_data.pop("claimx_figures", None)
        doc.user_data.pop("claimx_short_forms", None)  # see frame.subject.measure_short_form
        doc.user_data.pop("claimx_title_cased", None)  # see direction._title_cased
        doc.user_data.pop("claimx_prize_text", None)  # see frame.metric._prize_won
        doc.user_data.pop("claimx_levy_named", None)  # see frame.metric._levy_paid
        doc.user_data.pop("claimx_scoring_unit", None)  # see frame.metric.scoring_unit
        doc.user_data.pop(dictionary.INDEX_KEY, None)  # see frame.dictionary.text_index
        self._text, self._ents, self._ent_starts, self._covering, self._entities = "", (), [], {}, None
        self._sentences = None
        self._verbs, self._named_subjects, self._names, self._entity_names = (None, {}), {}, {}, {}
        self._plain_names, self._entity_candidates, self._saliences = {}, {}, {}
        self._entities_at, self._lower_words = {}, {}
        self._mid_capitals = None
        self._mid_openers = None
        self._role_words = None
        self._research_words = None
        self._study_people = None
        self._description_names = None  # see _named_description
        self._common_words = {}  # see _common_word
        self._datelines = {}
        self._statistics_places = {}  # see _statistics_body_place
        self._spelled_out_names = None  # see _spelled_out
        self._defined_names = None  # see _defined_short_forms
        self._lead_end_of = None  # see _lead_end
        self._governed_areas = {}  # see _governed_area
        self._verb_subjects = {}
        self._subject_phrases = {}
        self._headings, self._heading_starts = [], []
        return doc

    def _heading_period(self, sent: Span, published, model) -> tuple | None:
        """(period, "paragraph", kind) of a section heading line that is only a period, a year or a season with at most a
        preposition before it ("2018-19", "Q3 2024", "In 2020"): the period of the section's paragraphs, as a sentence
        opening with it would be; None for a heading that says anything else."""
        line = self._text[sent.start_char:sent.end_char].strip()
        mentions = [m for m in find_periods(line, published, model.fiscal_year, model.year_end) if m.period and not m.base]
        if len(mentions) != 1:
            return None
        m = mentions[0]
        rest = (line[:m.start] + line[m.end:]).strip(" -\u2013\u2014").lower()
        if rest and rest not in self.words.opening_prepositions:
            return None
        return article_model.label(m, model.fiscal), "paragraph", m.kind

    def _section_models(self, doc: Doc, sents: list[Span], article) -> list[tuple[int, object]]:
        """(start character, article model) of each section under a heading that names its subject (see
        `_section_headings`), from that heading to the next heading: the section's own model when its first sentences
        name a period (see article_model.section_model), else the article's. Empty when the text has no such heading,
        which is read as one story."""
        if not any(name for _, name in self._headings):
            return []
        found = []
        ends = [start for start, _ in self._headings[1:]] + [len(self._text)]
        for (start, name), end in zip(self._headings, ends):
            if not name:
                found.append((start, article))  # a heading that names nothing: the article's reading again
                continue
            body = [s for s in sents if start <= s.start_char < end]
            lead = lead_sentences(body, article_model.LEAD_SENTENCES, kickers=True)
            model = article_model.section_model(
                self._text, start, end, lead[-1].end_char if lead else start, article,
                comment=lambda m, at=start: self._dates_comment(doc, at, m) or self._names_year(doc, at, m)
                or self._dates_modifier(doc, at, m)) if body else None
            found.append((start, model or article))
        return found

    def _sentence_claims(self, doc: Doc, sent: Span, spans: list[Span], mentions, carry: tuple,
                         model, topic: str | None) -> list[Span]:
        """The claims among the quantities `spans` of sentence `sent`, with their frames; `carry` is the
        (period, reason, kind) its paragraph or article sets."""
        carried, carried_reason, carried_kind = carry
        if model.budget and carried_kind in ("season", "season_long", "budget_years") and model.period is not None \
                and carried == model.period.period:
            carried_kind = "budget_year"  # "The 2025/2026 budget" a budget story's lead names: the year budgeted for
        claims = []
        # `span._.claim` and `span._.quantity` as last set, held here by the span's characters as spaCy keys them (a
        # span._ lookup builds an Underscore each time): keys[k] are those of claims[k]; _frame reads them afterwards
        keys: list[tuple[int, int]] = []
        claim_of: dict[tuple[int, int], dict] = {}
        quantity_of: dict[tuple[int, int], dict] = {}
        self._framed = lambda: [(claim_of[key], quantity_of[key], self._bracketed_part(key, claim_of[key]["metric"]))
                                for key in keys]
        previous_metric: dict[str, str] = {}
        listed_moves: set[int] = set()  # the figures of the sentence that are items' moves (frame_metric.listed_change_item)
        listed_way = None  # the direction of the last of them
        item_list_measure: dict[str, str] = {}  # unit -> what a bracketed list's first item's figure measures (not the item)
        last_metric: str | None = None  # what "of it" refers to: the last figure's metric in the sentence
        last_verb = None  # the verb of the figure that set last_metric
        last_share: str | None = None  # the last share's metric in the sentence, what points after it move
        market_verbs: set[int] = set()  # the verbs of the sentence's share moves (see frame_period.carry_tense)
        last_change = None  # the sentence's claim figure before, and its direction (see direction.gapped_change)
        line_before = False  # the figure before is a player's line a rise was read on (see frame.metric.added_to_line)
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
                direction = carried_on or restated_change(doc, span, *last_change) \
                    or compared_change(doc, span, *last_change, self.direction_words)  # "a rise of 5.1%, Westerleigh 3.8%"; "up 31p, or 4%,"; "rose 1.2% in June compared with 1.5% in May"
            if direction == "down" and model.period is not None and model.period.kind in ("match_month", "event_month") \
                    and frame_metric.shot_made(span, q, self._governing_verb(span), self.words):
                direction = None  # "knocked down five consecutive 3-point shots": the shots made, no fall
            if direction == "up" and model.period is not None and model.period.kind in ("match_month", "event_month") \
                    and (frame_metric.added_to_line(doc, span, q, self.words)
                         or line_before and q["unit"] == "count"):
                # "Anthony Edwards added 23 points, eight rebounds": what he scored, no rise (nor a later count of his
                # line, however the parse hangs it on the verb: "added 22 points -- 15 in the second half -- plus seven
                # rebounds and six assists")
                direction, line_before = None, True
            else:
                line_before = False
            if direction is None and change_reached is None and last_change is not None and last_change[1] is not None \
                    and span.start == last_change[0].end + 1 and doc[span.start - 1].lower_ == "to" \
                    and q["unit"] != quantity_of[(last_change[0].start_char, last_change[0].end_char)]["unit"]:
                # "Kestrel lost 2.2% to 350p and Ardmore 1.4% to 369p": the level the change reached; the list's next
                # item, with its verb left out, carries the change on past it
                change_reached = span
            else:
                last_change, change_reached = (span, direction), None
            verb = self._governing_verb(span)
            metric = frame_metric.metric_of(doc, span, q, self.words, self.threshold_nouns, verb, antecedent=last_metric)
            unit_word = metric is not None and metric.lower() in self.words.unit_only_metrics
            if unit_word:
                # "Bernie Sanders took 4,852 (43.7 percent)": the unit of the figure after it (`unit_only_metrics`) says
                # nothing of what either measures; what the figures before them measured may (below)
                metric = None
            if model.period is not None and model.period.kind in ("match_month", "event_month") \
                    and (scored := frame_metric.scored_count(doc, span, q, direction, self.words)) is not None:
                # "McDaniels scored 21 for Minnesota", "smashed 82 from 70 balls": the report's scoring unit (a report of a
                # match, or of an event of a day: "beat Kelby by 71 runs in the World Cup on Sunday")
                metric = scored
            line_owner = None
            if model.period is not None and model.period.kind in ("match_month", "event_month") and q["unit"] == "count" \
                    and (line := frame_metric.shooting_line(doc, span, self.words)) is not None:
                # "made 12 of 14 shots", "went 32 of 45 from the field": the shots made, and the tries; "five of the
                # Warriors' 11 three-pointers": the team's whole ("sank six of his 11 attempts": made, no fall)
                metric, line_owner, line_part = line
                direction = None
            if metric is None and len(span) > 1 and span[-1].lower_ in self.words.delivery_nouns:
                metric = span[-1].lower_  # "91 runs from his 10 overs": the overs bowled, a unit the figure writes
            if (streak := frame_metric.streak_length(doc, span, self.words)) is not None:
                metric = streak  # "a seven-game winning streak": the streak's length, not a count of games
            if metric is None or "share price" in metric and frame_metric.poll_story(doc, self.words) \
                    and not frame_metric.market_story(doc, self.words):
                # "Fine Gael is down three points to 30pc" in a poll story: a party's poll support, not a share price
                metric = frame_metric.poll_support(doc, span, q, verb, direction, self.words) or metric
            if q["unit"] in ("percent", "index point") or q["kind"] == "amount":
                # "with Anglo Harlow off 2.17% to R261.79 and Kestrel 1.68% to R252.67": a listed name's move
                metric = frame_metric.listed_mover(doc, span, self.words) or metric
                if (item := frame_metric.mover_item(doc, span, self.words)) is not None:
                    # "Major Kestrel gainers were: Orlan Motors, up 4.12 percent at Rs.512.30; Tarwick and Tarwick, 2.88
                    # percent at ...": each item's own move and price (or an index's level), never the header's noun;
                    # the move goes the header's way when no word of the item says
                    name, way, level = item
                    metric = frame_metric.listed_name_metric(name, self.words)
                    if direction is None and not level and q["kind"] != "amount":
                        direction = way
                elif frame_metric.index_item(doc, span, self.words) is not None:
                    # "capital goods index lost 163.95 points": an index's own move, not its name as a measure
                    metric = self.words.subject_metric("index") or "index level"
            # "35.5 per cent in the No camp", "by a margin of 61 per cent to 24 per cent": a side of a poll's question
            metric = frame_metric.poll_side(doc, span, q, metric, direction, self.words) or metric
            if metric is not None and (direction or q["kind"] == "change") and metric[-1:].lower() == "s" \
                    and metric[:-1].lower() in self._change_words():
                # "Three counties saw rises of more than 10 per cent": a bare change word, as "a rise" is (not the things
                # a count or a sum is of: "38 movements an hour", "$20 million for improvements to the water mains")
                metric = metric[:-1]
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
            if metric is None and verb is not None and q["unit"] in ("count", "percent") and self._population_move(verb):
                # "New Rochelle grew from 72,182 to 77,062", "Chicago decreased by 6.9 percent" in a census story
                metric = frame_metric.change_of("population", direction, q, self.words) \
                    if direction and kind_of_change(q) else "population"
            if metric is not None and q["kind"] == "physical" and (extent := self._extent_of(metric, q)) is not None:
                metric = extent  # "The wildfire had grown to 31,600 hectares": the wildfire's area, not the wildfire
            if metric is None and n and claims and claims[-1] is spans[n - 1] and not direction \
                    and (before := claim_of[keys[-1]]["metric"]) \
                    and (self._level_after(spans[n - 1], span, before) or self._old_side_after(spans[n - 1], span, q,
                                                                                            quantity_of[keys[-1]])):
                # "Revenue up 23.44% at Rs 995 crore vs Rs 806 crore": the level a change stands at, and the old level
                # it is set against, measure what the change is a change of (a results table's line with no verb)
                metric = frame_metric.level_of(before, self.words)
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
            moved_before = claim_of[keys[-1]].get("direction") if n and claims and claims[-1] is spans[n - 1] else None
            if (item := frame_metric.listed_change_item(doc, span, spans[n - 1] if n else None,
                                                        n - 1 in listed_moves or moved_before is not None,
                                                        self.words)) is not None:
                # "paid more for dry or fresh pasta with an increase of 44.8 percent, ..., lettuce, 30.2 percent": the
                # item's change (its price's, in a sentence about prices)
                listed_moves.add(n)
                if any(t.lower_ in self.words.price_move_words for t in sent):
                    item = f"{item} price"
                way = direction or (listed_way if n - 1 in listed_moves else moved_before) or (
                    "up" if doc[span.start - 2].lower_ in self.words.rise_nouns else
                    "down" if doc[span.start - 2].lower_ in self.words.fall_nouns else None)
                listed_way = way
                metric = frame_metric.change_of(item, way, q, self.words)
            if metric is not None and frame_metric.is_change(metric, self.words) and " " in metric \
                    and self._place_level(doc, frame_metric.level_of(metric, self.words)):
                # "there was a smaller decrease of 1.3% in English non-metropolitan areas": where it changed, not what;
                # the bare change word, read below
                metric = "fall" if metric.endswith(" fall") else "growth" if metric.endswith(" growth") else "change"
            if metric is not None and (bare := self._degree_of_change(metric)) is not None:
                # "the greatest decline was in Scotland at 3.4%", "the level of decline was 4.6%", "a slower rate of
                # increase": how big or fast a change was names no measure; the bare change word, read below
                metric = bare
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
            if (metric is None or metric.lower() in self.words.reading_stand_ins) and q["kind"] == "physical" \
                    and (not direction or span.start > 0 and doc[span.start - 1].lower_ == "to") \
                    and (dimension := self.words.dimension(q["unit"] or "")) in self.words.reading_dimensions:
                # "Benson saw -9C", "the mercury soared to 36.9C", "Orsk fell to -13.9C": a temperature reading
                # (`reading_dimensions`), the level reached, not a change
                metric = dimension
            if metric is not None and metric.lower() in self.words.container_nouns \
                    and (counted := frame_metric.modified_container(doc, span, metric, self.words)) is not None:
                metric = counted  # "The number waiting more than 18 weeks rose to 2,400": who is counted, said after it
            elif metric is not None and metric.lower() in self.words.container_nouns and (
                    told := next((m for m in (last_metric, self._prior_metric) if m and not self._vague(m)), None)):
                # "The figure for July was 3.4%", "the total came to ...": a bare container names nothing of its own;
                # what the figure before it measures (not a count of individuals, which names nothing either)
                metric = frame_metric.level_of(told, self.words)
            elif metric is not None and (held := self._bare_container(doc, metric)) is not None \
                    and (earlier := self._container_antecedent(held, q["unit"], previous_metric)) is not None:
                # "That year, the number was 1,412", "Norland numbers have gone up by 118", "The equivalent figures for
                # Harlow were 88mm and 140%": see `_container_antecedent`
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
            if metric is None and n and claims and claims[-1] is spans[n - 1] and (before := claim_of[keys[-1]]["metric"]) \
                    and " per " in before and (span.start >= sent.start + 2 and doc[span.start - 1].lower_ == "from"
                                               and doc[span.start - 2].lower_ in ("up", "down")
                                               or quantity_of[keys[-1]]["unit"] == q["unit"] and self.compared_gap.fullmatch(
                                                   self._text, spans[n - 1].end_char, span.start_char)):
                # "it earned 66 cents per share, up from 58 cents per share", "Revenue per user stood at Rs. 204, as
                # compared to Rs. 171": the old side of a comparison is the same rate (a rate is carried no further)
                metric = before
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
            elif metric is None and unit_word and (earlier := self._story_measures.get(q["unit"])) is not None:
                # "For U.S. senator, 4,977 (20.1 percent) rallied around ...", a list of a vote's results whose measure
                # the story named before ("votes"): what a figure of its unit measured last
                metric = earlier[0]
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
                self._story_measure = level
            if metric and (" per " not in metric or self._per_played_metric(metric)):
                # a per-share figure is not what the next amount measures; a rate per game is ("2.1 points per game,
                # compared with 1.3 under her predecessor")
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
                if (backed := self._tally_candidate(doc, span, q, subject)) is not None:
                    # "For senator, 4,977 (20.1 percent) rallied around Democrat Ann Reid, 4,348 (17.5 percent) for Joel
                    # Hart": a tally of votes is the candidate's its clause gives it to
                    subject, why = backed, "named_in_sentence"
                if subject and q["kind"] != "amount" and (country := self._government_country(subject)) is not None:
                    # "the Welsh Government's target of 95%", "The Scottish Government aims to ensure 95% of patients are
                    # seen": a government named by its country's adjective stands for the country in a share or a count
                    # it sets or speaks of (money it spends stays its own: "The Welsh Government will spend £40m",
                    # tests/test_subject_s48.py)
                    subject = country
                if why not in ("owner", "possessive") and (q["unit"] in ("percent", "index point") or q["kind"] == "amount") \
                        and (listed := frame_metric.listed_name(doc, span, self.words)) is not None:
                    subject, why = self._entity_at(doc, listed.end - 1) or _clean_name(listed.text), "owner"  # "with Anglo Harlow off 2.17%"
                if claims and (before := claim_of[keys[-1]])["subject"] \
                        and (why == "topic" and before["subject_reason"] in ("grammatical_subject", "owner")
                             or why == "grammatical_subject" and before["subject_reason"] == "owner") \
                        and quantity_of[keys[-1]]["unit"] == q["unit"] \
                        and _OLD_SIDE_BETWEEN.fullmatch(self._text, claims[-1].end_char, span.start_char) \
                        and not _OWNER_AFTER.match(self._text, span.end_char):  # (not "compared with 21% for Quorra")
                    # "Unity Bank saw its profit before tax rise to N8.77bn, compared to N7.90bn in the same period last
                    # year": the old side of a comparison, naming no one, is of whom the new side is; so too when the new
                    # side's name was written right on it, over the clause's subject ("The poll put support for the Greens
                    # at 12%, up from 10%")
                    subject, why = before["subject"], before["subject_reason"]
            if line_owner is not None and not line_part:
                # "the Warriors' 11 three-pointers": the whole of a shooting line is the name's that owns it
                subject, why = self._entity_at(doc, line_owner.end - 1) or _clean_name(line_owner.text), "possessive"
            elif line_owner is not None and (player := next((e for e in reversed(sent.ents) if e.end <= span.start
                                                             and e.label_ == "PERSON"), None)) is not None:
                # "Curry made seven of his 17 attempts, but that included five of the Warriors' 11 three-pointers": the
                # part is what the player the sentence is about made of it
                subject, why = self._entity_at(doc, player.end - 1) or _clean_name(player.text), "grammatical_subject"
            if q["meta"].get("exchange_rate"):
                # "the rupee settled at 83.14 against the US dollar": the currency quoted, at its exchange rate
                # (the measure already read keeps the currency it is against: "The value of the pound increased 0.52%
                # versus the US dollar at 1.284" -> "exchange rate against the US dollar")
                subject, why = q["meta"]["exchange_rate"], "quoted currency"
                metric = metric if (metric or "").startswith("exchange rate against") else "exchange rate"
            if metric is None and q["unit"] == "index point" and not q["meta"].get("exchange_rate"):
                # "Sensex climbs to 59,245 points, Nifty settles at 17,665": a figure in an index's points that nothing
                # else says the measure of is the index's level (a change of it for a move)
                metric = frame_metric.change_of("index level", direction, q, self.words) if direction else "index level"
            if metric is None and subject and q["unit"] in ("percent", "percentage_point") \
                    and (labels := self._labels_of(subject)) & {"ORG", "PERSON", "NORP"} and not labels & {"GPE", "LOC"} \
                    and frame_metric.poll_story(doc, self.words) and not frame_metric.market_story(doc, self.words):
                # "The poll shows Sinn Fein up three points to 24pc", "the Labour Party 6pc, Independent 4pc": a share a
                # party or a candidate has in a poll story that says nothing else of what it measures is its poll support
                metric = frame_metric.change_of("poll support", direction, q, self.words) if direction else "poll support"
            lead_part = direction is not None and kind_of_change(q) and bool(self._lead_measure) and self._bracketed_part(key) \
                and not frame_metric.is_change(self._lead_measure, self.words)  # (a breakdown's item: the lead's, below)
            if metric is None and (earlier := self._story_measures.get(q["unit"])) is not None and not lead_part \
                    and not (direction and span.end < len(doc) and doc[span.end].lower_ in self.words.comparative_words) \
                    and not self._share_move(doc, span, q, verb, direction, earlier[0]) \
                    and not self._listed_under_heading(span):
                # any figure still measuring nothing, with no figure of its unit before it in its sentence, measures what
                # the story's last figure of its unit measured, however many paragraphs back ("The national pass rate
                # rose to 79.6%. North Kelmshire achieved 84.4%"; "Tarbury had 2,410 police officers ... There were 3,100
                # back then"), as a place and a unit word do above in their paragraph (measured on realtest32: the whole
                # story moved 8 of its metrics, the paragraph and the one before 3)
                metric = frame_metric.change_of(earlier[0], direction, q, self.words) \
                    if direction and kind_of_change(q) else earlier[0]
                if " per " not in metric:  # (the later figures of the sentence measure the same, and change it)
                    previous_metric[q["unit"]] = metric
                    self._story_measures[q["unit"]] = (earlier[0], self._paragraph_now)
                    if "share of" not in metric:
                        last_metric, last_verb = metric, verb
            if metric is None and self._story_measure and q["unit"] in ("percent", "ratio") and not direction \
                    and not self._share_move(doc, span, q, verb, direction) and not self._listed_under_heading(span):
                # a share (a percentage or a ratio, no change) still measuring nothing, with no figure of its unit before
                # it in the story, is a share of what the story's last figure of any unit measured ("Orla has attracted
                # users in excess of 3 million ..., with 25 percent falling between the ages of 18 and 30": the users);
                # a count or a sum is never carried across units (`test_metric_not_carried_across_units`), nor a change
                metric = frame_metric.change_of(self._story_measure, direction, q, self.words) \
                    if direction and kind_of_change(q) else self._story_measure
            # "The projection, published in the bank's report, is an increase on a previous estimate of 7.1%": a bare
            # restating noun names the first figure before it again, whose period it keeps (see below)
            restated = self._restating_sentence(doc, sent)
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
            if day_word is None and daily:
                # "oil prices dipped yesterday as the WTI contract fell $1.40, or 2.1 per cent, ..., while the Brent
                # contract declined $1.20": a day the sentence's main verb names dates every market figure of its
                # clauses, past their commas
                day_word = frame_period.root_day(span, self.words.reporting_verbs | self.words.publishing_verbs)
            if day_word is not None and not daily and (frame_period.dated_in_month(day_word, carried)
                                                       or frame_period.day_label(day_word, model.published) == carried):
                # "the highest temperature, 14.7C on Sunday 4 February" in a report of February: that month's; "exceeded
                # 45 degrees on Tuesday" in a story of Tuesday's heat: the day the story carries
                day_word = None
            # (a period of an old record's figure is that figure's only)
            own_mentions = [m for m in mentions if (phrase := self._record_periods.get((m.start, m.end))) is None
                            or phrase[0] <= figures[n][0] < phrase[1]] if self._record_periods else mentions
            # a payout the results story declares with its figures (rules/frame.json `declared_payout_nouns`)
            payout = model.fiscal and bool(metric) and bool(set(re.findall(r"[a-z]+", metric.lower())) & self.words.declared_payout_nouns)
            described = frame_period.describes_thing(span, self.words.rise_nouns | self.words.fall_nouns
                                                     | self.words.relational_nouns, self.words.career_record_words,
                                                     # (and a match's margin: "a five-wicket haul", "an eight-wicket
                                                     # victory")
                                                     self.words.scoring_units | self.words.result_margin_units)
            choice = frame_period.choose(sentence, n, figures,
                                         used := own_mentions if carried else frame_period.ago_from_publication(own_mentions, model.published),
                                         carried, carried_reason, model.fiscal,
                                         is_change=direction is not None, carried_kind=carried_kind,
                                         prior_span=self._prior_span, year_end=model.year_end,
                                         weights=self.weights, carry=(carry := frame_period.carry_features(
                                             # (a breakdown's item in brackets, "Others are Hollin (212 cases)",
                                             # is of the whole's period in any tense: read as reported)
                                             # (and a payout a results story declares, "will pay an interim dividend
                                             # of 3 cents": the period reported, not a forecast)
                                             carried, "past" if frame_metric.breakdown_item(doc, span) or payout
                                             else frame_period.carry_tense(verb, tense, market_verbs),
                                             "reported" if payout else status,
                                             q["unit"] in self.time_units and not signing
                                             and not _aggregated(span, self.words.aggregate_nouns)
                                             # ("hours worked decreased 15 million hours": a total of time worked, no
                                             # length that places something in time)
                                             and not _time_volume(q)
                                             # ("the median time was three hours": a reading of a measure of time)
                                             and not _time_reading(span), model,
                                             headline=sent.start_char < model.headline_end,
                                             state=frame_period.present_state(verb, sentence),
                                             # (not a measure: "Cradock, with an 81.2% pass rate, was the highest")
                                             described=described and not signing,
                                             # (a career total, or a thing that describes a name: "Marlow, a two-time
                                             # champion", a fact about a player in a match report too)
                                             fixed=self._career_total(span, sentence, sent.start_char, model)
                                             or described and not signing and frame_period.describes_name(span),
                                             sample=frame_period.sample_size(span, self.words.sample_nouns),
                                             rolling=self._rolling_year(model, carried), rate=q["unit"] == "percent",
                                             day=day_word is not None)))
            self._carries[(span.start_char, span.end_char)] = carry
            dropped: list = []
            while len(dropped) < 4 and (compared := frame_period.compared_side(sentence, figures[n], choice, figures[:n],
                                                                                  self.words) or (
                    # (and, once one is, any the sentence writes after it: "44% above the valuation it was given in March
                    # 2025, and nearly four times the $340 million it raised in 2023")
                    choice.mention if dropped and choice.mention is not None and choice.mention.start > dropped[0].start
                    and choice.written else None)) is not None:
                dropped.append(compared)
                # "a 20 per cent increase on the 121 million passengers it carried in 2022", "nearly four times the $340
                # million it raised in 2023": the year dates the side compared with, not the figure; read the figure as
                # if the sentence did not write it
                choice = frame_period.choose(sentence, n, figures, [m for m in used if all(m is not d for d in dropped)],
                                             carried, carried_reason, model.fiscal, is_change=direction is not None,
                                             carried_kind=carried_kind, prior_span=self._prior_span,
                                             year_end=model.year_end, weights=self.weights, carry=carry)
            if (respective := _respective_period(sentence, n, figures, mentions)) is not None:
                # "rose 2.1% and 3.4% in 2019 and 2020 respectively": each figure is of its place's period
                choice = frame_period.PeriodChoice(respective, article_model.label(respective, model.fiscal), None,
                                                   "in the sentence", respective.kind)
            elif (item := frame_period.forecast_item(sentence, n, figures, mentions)) is not None:
                # "raised its estimate for 2031 to 6.2% from a previous 5.4% and for 2032 to 3% from 2.5%": each side of
                # a forecast's revision is of the year its item names before it
                choice = frame_period.PeriodChoice(item, article_model.label(item, model.fiscal), None,
                                                   "forecast item", item.kind)
            if restated is not None and choice.reason in ("article", "paragraph", "none"):
                # "... raised its inflation outlook for 2022 to 9.7%. The projection ... is an increase on a previous
                # estimate of 7.1%": the period of the figure the restating noun names again
                choice = replace(restated, reason="restated figure")
            if not self._first_periods or self._first_periods[-1][0] != sent.end:
                self._first_periods.append((sent.end, choice))
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
            if daily and choice.mention is not None and choice.written \
                    and frame_period.later_clause(sentence, figures[n][1], choice.mention):
                # "Sterling was 0.4% lower versus the greenback at 1.41 dollars, as retail sales fell for the first time
                # since October in March": a period of a later clause dates that clause, not the day's price or rate
                choice = replace(choice, mention=None, value=None, base=None, reason="none", kind=None)
            # (a "last week" its paragraph carries to it too: "..., while the industry group said stocks rose by around
            # 600,000 barrels" after "... a build of 2.4 million barrels last week")
            carried_week = "last week" if choice.kind == "relative_week" and choice.mention is None \
                and choice.reason == "paragraph" and re.search(
                    r"\blast\s+week\b", self._text[model.paragraphs[model.paragraph_of(span.start_char)]:span.start_char]
                    if model.paragraphs else "", re.I) else None
            stocks_week = status != "market" and model.trading_day is not None and choice.kind == "relative_week" \
                and (choice.mention is not None and choice.mention.text.lower().startswith("last") or carried_week) \
                and q["kind"] in ("physical", "change") and q["unit"] not in ("percent", "percentage_point", "count") \
                and not re.fullmatch(r"[A-Z]{3}", q["unit"] or "") and q["unit"] not in self.time_units
            # ("U.S. crude storage posted a build of 2.4 million barrels last week" in a report of Friday's oil trading:
            # a weekly stock statistic of the market's week, dated by the day that week's trading ended, as the week's
            # move is)
            if status == "market" and choice.kind in _WEEK_KINDS or stocks_week:
                # "the index fell 4.1 per cent last week": a week's trading, dated as a day's is, by its last trading day
                # (the Friday before the week of publication; this week's, the day of publication's session); a week
                # named by its month ("the week of May 4") names no day
                week = choice.mention.text if choice.kind == "relative_week" and choice.mention is not None \
                    else carried_week if stocks_week else None
                choice = replace(choice, mention=None, value=None, base=None, reason="none", kind=None)
                if week is not None and model.published is not None:
                    # (of the week before the report's day of trading when that is after the publication date: "after
                    # falling nearly 3% last week" in Monday's Asian session, dated Sunday, is the Friday before it)
                    after = model.trading_day is not None and model.trading_day > model.published.isoformat()
                    day = _week_closed(week, dt.date.fromisoformat(model.trading_day) if after else model.published)
                    choice = replace(choice, value=day.isoformat(), reason="trading week", kind="day")
            if status == "market":
                choice = _calendar_year(choice, model.published)
            else:
                choice = _record_month(_calendar_books(_fiscal_quarter(choice, model), model), model)
            if day_word is not None and not daily and _weather_reading(q["unit"], span, self.words) \
                    and (day := frame_period.day_label(day_word, model.published)):
                # "Kestrel recorded 28.4 mm of rain on Monday": a measurement of a day is that day's (corpus/README.md),
                # not the month of the story nor no period at all
                choice = replace(choice, value=day, reason="measured day", kind="day")
            elif not daily and q["kind"] != "amount" and model.published is not None and self._disaster_story(doc) \
                    and (model.period is not None and model.period.kind == "report_day" or q["unit"] in _READING_UNITS) \
                    and (told := day_word or frame_period.event_day(span, frozenset(), sentence)) is not None \
                    and (clause := _clause_head(span.root)) is not None \
                    and _clause_head(told) in _clause_and_speaker(clause) \
                    and clause.lemma_.lower() not in self.words.start_verbs \
                    and (day := frame_period.day_label(told, model.published,
                                                       ahead=tense == "future" or status == "forecast")):
                # a disaster or weather story's day (a toll's in a story of the running toll, article period kind
                # report_day; a reading's in any), written in the figure's own clause, dates its toll or reading, as
                # the day it is counted or read (corpus/README.md): "officials said on Tuesday that 58 people were
                # missing", "a high of 31.2C on Monday", "could exceed 35C on Sunday" (the Sunday to come); the day must
                # date the figure's own clause (or the speaker's whose words it is), whose verb says no start ("Dozens of fires began on Saturday" are burning now)
                choice = replace(choice, value=day, reason="disaster day", kind="day")
            elif not daily and q["unit"] in _READING_UNITS and model.published is not None and self._disaster_story(doc) \
                    and (day := _reading_date(span, model.published, ahead=tense == "future" or status == "forecast")):
                # "just short of the 31.5C registered at Ashby Lacey on 2 March": a reading of a weather or disaster
                # story dated by a day of a month (no year) in its own clause is that day's, of the year the publication
                # date places
                choice = replace(choice, value=day, reason="disaster day", kind="day")
            if model.event_month is not None and q["kind"] != "amount" and q["unit"] not in _READING_UNITS \
                    and not choice.written \
                    and (self._event_reach(span) if q["kind"] == "count" else self._event_measure(span, q, metric)):
                # "a strong 7.0 magnitude earthquake struck on Friday", "the epicentre was 33.5 km off the coast and the
                # depth was 10 km", "The earthquake ... was centred about 67 kilometres south of Harlow": in a story of a
                # disaster's running toll, the event's own measures are of the month it struck (an event of a day), not
                # the day its toll is counted as of
                choice = replace(choice, value=model.event_month, reason="event", kind="month")
            if daily and day_word is not None \
                    and (choice.value is None or not self._own_clause_period(sentence, span, sent, choice)) \
                    and (day := frame_period.day_label(day_word, model.published, market=True)):
                # "the index closed 62 points lower on Tuesday": a day's trading, of the day the publication date places;
                # in a results story too, over the quarter it carries or another clause names ("Revenue in the quarter
                # climbed 7%, sending its shares up 6% Thursday")
                choice = replace(choice, value=day, reason="trading day", kind="day")
            elif (choice.value is None or choice.reason in ("article", "paragraph")) and daily \
                    and model.trading_day is not None and tense in ("past", "none", "present"):
                # "The index gained 647 points or 0.92%" in a report of Friday's trading: that day's move
                choice = replace(choice, value=model.trading_day, reason="article", kind="market_day")
            elif (choice.value is None or choice.reason in ("article", "paragraph")) and daily \
                    and model.published is not None \
                    and tense in ("past", "none", "present") and (self._trading_session(sentence)
                                                                   or self._trading_place(doc, sent, verb)
                                                                   or self._plain_past_move(sent, tense, metric, q, model.lead_day)):
                # "The bank's shares were up 1.4% in premarket trading", "Shares rose 5% to $88.40 in afternoon
                # trading", "rose 3.2% to 512 pence by 0900 GMT", "Shares of Quaylight jumped 31.5%" in a deal story: a
                # session of the day the story is written on, not the quarter a results story carries
                day = model.published if model.published.weekday() < 5 else _last_weekday(model.published)
                if model.results_day is None and not model.results and (
                        self._no_day if self._no_day is not None else self._reads_no_day()):
                    # "Shares of Corvane closed 4% higher in heavy trading" in a story that names no day at all (no
                    # "today", no weekday): a paper's report of the session before its publication date
                    day = _last_weekday(model.published)
                # (in a results story reported the day before publication, "reported a better quarterly profit yesterday
                # ... shares rose 5.8 per cent in after-hours trading": that day's session)
                choice = replace(choice, value=model.results_day or day.isoformat(), reason="trading session", kind="day")
            elif (choice.value is None or choice.reason in ("article", "paragraph")) and status == "market" \
                    and model.trading_day is None and model.lead_day is not None and tense in ("past", "none", "present"):
                # "OPEC+ announced on Monday it will lower output ... The price of WTI climbed 3 percent after the
                # announcement": a market's move in a story of a day's event is of that day, not of its month
                choice = replace(choice, value=model.lead_day, reason="lead day", kind="day")
            elif choice.value is None and status == "market" and model.results_day is not None \
                    and tense in ("past", "none", "present") and sent.start_char < model.results_end:
                # "Cisco reported a better-than-expected quarterly profit and outlook yesterday sending its shares up
                # five per cent": a share move of the sentence that dates the results, of that day
                choice = replace(choice, value=model.results_day, reason="results day", kind="day")
            if status != "market" and not daily and choice.kind == "market_day" and choice.reason == "article" \
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", choice.value or "") and not self._market_sentence(sentence) \
                    and not re.fullmatch(r"[A-Z]{3}", q["unit"] or "") and not (direction and q["unit"] == "percent") \
                    and q["unit"] != "index point" \
                    and not _words_pattern(DAY_WORDS).search(sentence.lower()):
                # (not a sum of money, a move in percent nor an index's points: a price's or an index's move the parse
                # leaves without a market's status, "a decline of 1.86 percent in Tarn Steel", "a weakness of 100 points";
                # nor in a sentence that names a day, which dates its own figures: "Tuesday's maximum was 39.8 degrees")
                # "OPEC+, which pumps about half of the world's oil", "the 13-member alliance" in a report of Friday's
                # oil trading: a figure outside the market (an output, a count, a share of something) is of the month of
                # the day's trading, as an event of a day is, not of the session (the day's volume and the counts of
                # shares that rose and fell, in a sentence of the market's words, keep the day)
                choice = replace(choice, value=choice.value[:7], kind="month")
            if model.trading_day is not None and model.published is not None \
                    and (closed := self._day_close_before(sentence, span, sent)) is not None \
                    and (day := day_of_week_before(closed, model.published)) is not None:
                # "weaker from Wednesday's close of 51.71" in a report of Thursday's trading: Wednesday's close
                choice = replace(choice, value=day.isoformat(), reason="previous close", kind="day")
            elif re.fullmatch(r"\d{4}-\d\d-\d\d", choice.value or "") and self._previous_close(sentence, span, sent) \
                    and re.fullmatch(r"\d{4}-\d\d-\d\d", choice.value or ""):
                # "shed 0.54 percent from the previous close of $63.34" in a report of Monday's trading: Friday's close
                choice = replace(choice, value=_last_weekday(dt.date.fromisoformat(choice.value)).isoformat(),
                                 reason="previous close")
            elif (status == "market" or choice.value == model.trading_day) and re.fullmatch(r"\d{4}-\d\d-\d\d", choice.value or "") \
                    and not choice.written \
                    and self._previous_session(sentence, span, sent, figures, n):
                # "Brent ended down 3.2% in the previous session" in a report of Wednesday's trading: Tuesday's move
                choice = replace(choice, value=_last_weekday(dt.date.fromisoformat(choice.value)).isoformat(),
                                 reason="previous session")
            if metric is not None and model.published is not None and _CLOSE_WORD.search(metric) \
                    and (closed := _close_day(sentence, model.published)) is not None:
                # "a 9 percent premium to Friday's closing price of $44.10, which was up 68 cents", "over its $30.16
                # closing stock price on June 12, 2025": a close the sentence dates is that day's, as a day's trading
                choice = replace(choice, value=closed, reason="closing day", kind="day")
            elif metric in _DEAL_PRICES and choice.reason in ("paragraph", "article", "none") and model.published is not None:
                # "agreed to buy Whole Foods Market for $13.7 billion": the terms of a deal struck now are of the month it
                # is announced, whatever period the story's figures about the company report
                choice = replace(choice, value=f"{model.published.year}-{model.published.month:02d}", reason="published",
                                 kind="deal_month")
            if model.period is not None and model.period.kind == "match_month" \
                    and choice.reason in ("paragraph", "article", "none") \
                    and (season := article_model.season_of_month(model.period.period)) is not None \
                    and self._table_standing(sentence, n, figures):
                # "lifted the champions four points clear at the top", "moved on to 74 points from 30 games", "a
                # six-point lead at the top with eight matches left": a match report's figure of the league table, the
                # season's standing after the match, not the match's own figure (of its month)
                choice = replace(choice, value=season, reason="table standing", kind="season")
            elif model.period is not None and model.period.kind == "match_month" and choice.value is None \
                    and choice.reason == "none" and self._line_whole(sentence, n, figures):
                # "McMahon (19 goals from 24 shots)", "Medhurst (27 from 32)", "a patient 90 from 134 balls": the whole
                # of a player's line in the match, not the old side of a change; of the match's month
                choice = replace(choice, value=model.period.period, reason="article", kind=model.period.kind)
            if (frame_metric.is_streak(metric, self.words) or self._run_of_games(sentence, n, figures)) \
                    and model.period is not None \
                    and model.period.kind in ("match_month", "event_month") and choice.reason in ("paragraph", "article", "none") \
                    and re.fullmatch(r"\d{4}-\d\d", model.period.period or ""):
                # "a seven-game winning streak" in a match report: a run over the season in progress when the text says
                # it counts a season ("the first all season"), else of the match's month (not a thing with no period)
                year, month = map(int, model.period.period.split("-"))
                if self._says_season(doc):
                    start = year if month >= 6 else year - 1
                    choice = replace(choice, value=f"{start}-{(start + 1) % 100:02d}", reason="streak season", kind="season")
                else:
                    choice = replace(choice, value=model.period.period, reason="article", kind=model.period.kind)
            if (season := article_model.summer_season(choice.value, choice.kind, model)) != choice.value:
                choice = replace(choice, value=season)
            if (years := article_model.two_year_relative(choice.value, choice.kind, model)) != choice.value:
                choice = replace(choice, value=years)
            if (half := article_model.half_span(choice.value, choice.kind, model)) != choice.value:
                choice = replace(choice, value=half)  # "between April and September" in a story of H1 FY2022
            if (ended := article_model.as_end_named(choice.value, choice.kind, model)) != choice.value:
                # "fiscal 2017, which ended in March" out in April 2018: FY2018
                choice = replace(choice, value=ended, base=article_model.as_end_named(choice.base, choice.kind, model))
            if (written := article_model.as_written(choice.value, model, choice.kind)) != choice.value:
                choice = replace(choice, value=written)
            if model.period is not None and model.period.kind == "transfer_season" and choice.value == model.period.period \
                    and choice.reason in ("article", "paragraph") and q["kind"] != "amount" \
                    and ((verb if verb is not None and verb.tag_ != "VBG" else span.sent.root).tag_ == "VBD") \
                    and not q.get("meta", {}).get("duration") and not self._signing_term(span, model):
                # "He finished the year with averages of 21.1 points" in a story of a signing for the season a window
                # opens: the season just played, told in the simple past ("has scored 14 goals this season" in a
                # January window is the season in progress, and names it)
                choice = replace(choice, value=shift_period(model.period.period, 1), reason="season played",
                                 kind="season_before")
            if model.calendar_books and (calendar := article_model.as_calendar(choice.value, model)) != choice.value:
                # "the fourth quarter" of a bank keeping calendar books: Q4 2025, still the quarter its results report
                choice = replace(choice, value=calendar, base=article_model.as_calendar(choice.base, model), fiscal=True)
            if status == "market" and verb is not None:
                market_verbs.add(verb.i)
            if metric is not None and self.time_only.fullmatch(metric):
                metric = None  # "the peak last month of more than 870": a time is no measure
            if metric is not None and metric[:1] in BULLETS:
                metric = metric.lstrip("".join(BULLETS) + " ") or None  # "- General fund: $915.3 million": no dash
            written = subject
            while written and metric is not None and " " in written and not metric.startswith(written + " ") \
                    and written.rsplit(" ", 1)[1].rstrip(".").lower() in self.words.company_suffixes:
                written = written.rsplit(" ", 1)[0]  # "Kilima Group Limited" written "Kilima Group" in the headline
            if metric is not None and written and written[:1].isupper() and metric.startswith(written + " ") \
                    and metric[len(written) + 1:][:1].islower() \
                    and (" " in written or self._labels_of(written) & {"GPE", "LOC"}) \
                    and said_by is not None and said_by.pos_ in ("NOUN", "PROPN") \
                    and metric.lower().endswith(said_by.lower_):  # the clause's subject; not "has 120 U.S. stores"
                # "Kilima Group net profit rises": the name is who, not what is measured (a commodity's "gold price" stays)
                metric = metric[len(written) + 1:]
            if q.get("meta", {}).get("conversion") and claims \
                    and re.fullmatch(r"\s*[(\[]\s*", self._text[claims[-1].end_char:span.start_char]):
                # "profit fell to DKK18.1bn (€2.4bn) from DKK28bn (€3.8bn) last year": a conversion in brackets is the
                # figure before it in another currency, with its whole frame
                converted = claims[-1]._.claim
                subject, metric, choice, direction = (converted["subject"], converted["metric"],
                                                      converted["period_choice"], converted["direction"])
                # "67 (45.6%) were confirmed": a percentage after a count is its share, a percentage all the same;
                # after a level of money or a physical level it is its share or its move, never an amount ("Ksh659.5
                # billion (27.5% of the budget)", "settled at $4,521/oz (-0.76%)"); "rose $271m (7%)" stays the change it
                # restates
                share = q["unit"] == "percent" and converted["kind"] in ("count", "amount", "physical")
                status, kind, why = converted["status"], kind if share else converted["kind"], converted["subject_reason"]
            if (tally := self._vote_tally(doc, span, q)) is not None \
                    and (metric is None or metric.lower() in self.words.vote_tally_measures
                         or metric.lower().split()[-1] in self.words.vote_tally_measures):  # ("GOP votes")
                # "Sen. Ann Reid took 4,852 (43.7 percent)", "received 332 votes or 16.35 percent": in a story of a vote, a
                # count with a share of the vote in brackets or after "or" counts votes, and the share is the vote share
                metric = tally
            index_level = self.words.subject_metric("index") or "index level"
            if metric is not None and direction and metric == frame_metric.change_of(index_level, direction, q, self.words):
                # "The Kestrel 40 closed at 12,310.55 points, up 96.20 points or 0.79 percent": an index's move in either
                # unit measures its level, as a move of a name on a market does ("index level"), never "index level growth"
                metric = index_level
            if (part := frame_metric.growth_contribution(
                    doc, span, q, self._grown, self.words,
                    listed=bool(self._measured) and self._measured[-1][0].sent.start == sent.start
                    and self._measured[-1][1].startswith(("contribution of ", "drag of ")))) is not None:
                metric = part  # "with inventories contributing 0.3 percentage points": a part's contribution to growth
            elif metric is not None and q["kind"] != "amount" and (forecast := frame_metric.forecast_of(
                    doc, span, metric, self._measured, self.words)) is not None:
                # "down from March's projection of 4.8%": a forecast of what the one before measured (not a sum of money: a
                # company's guidance stays "forecast", whose "revenue" the share check would take for the revenue itself)
                metric = forecast
            if span.start > sent.start and doc[span.start - 1].lower_ in ("this", "that") and doc[span.start - 1].dep_ == "det" \
                    and q["qualifier"] == "exact" and (same := next(
                    (m for s, m in reversed(self._measured) if s.start < sent.start and s._.quantity["unit"] == q["unit"]
                     and s._.quantity["value"] == q["value"]), None)) is not None:
                # "... increase revenue by 7% over the no new revenue rate. ... This 7% increase will help curb ...": the
                # figure a demonstrative points back at, stated before, measures what it measured there
                metric = frame_metric.change_of(same, direction, q, self.words) \
                    if direction and kind_of_change(q) and not frame_metric.is_change(same, self.words) else same
            if metric is not None:
                # "Gross domestic product growth" -> "GDP growth" (metric_short_forms), "Crowds" -> "attendance"
                # (measure_synonyms; not a duration: "the rain" of "within 24 hours" lasted), "second quarter growth" ->
                # "quarterly growth" (metric_period_phrases)
                metric = self.words.measure_named(self.words.short_forms(metric),
                                                  synonyms=q["unit"] not in self.time_units, count=q["unit"] == "count")
            span._.claim = claim = {"subject": self.words.country_name(subject), "metric": metric, "period": choice.value,
                                    "direction": direction,
                                    "status": status,
                                    "kind": kind, "period_choice": choice, "sentence": (sent.start_char, sent.end_char),
                                    "subject_reason": why}
            claims.append(span)
            keys.append(key)
            claim_of[key] = claim
            if metric is not None:
                self._measured.append((span, metric))
                if self._grown is None and not metric.startswith(("contribution of ", "drag of ")) and "forecast" not in metric \
                        and q["unit"] == "percent" and (metric.lower().split()[-1] in self.words.growth_words
                                                        or direction and kind == "change"):
                    # the growth a part's percentage points add to (frame_metric.growth_contribution): the first the
                    # story measures, the total its parts make up
                    self._grown = metric if metric.lower().split()[-1] in self.words.growth_words \
                        else f"{frame_metric.level_of(metric, self.words)} growth"
        return claims

    def _sentence_periods(self, claims: list[Span]) -> None:
        """A figure the frame left with no period takes the period of the nearest figure of its own sentence that has
        one, in the same clause (no semicolon, colon, dash, ", and", ", but", ", while", ", which" or reporting word
        "said", "according" between them: `_clause_between`): "posted a 52 per cent jump in net profit on a 27 per cent
        revenue rise" is one quarter's, "the Hawks hit 54.5 percent of their shots and were 20 of 39 from 3-point range"
        one match's. Only a figure that would have taken a carried period (`frame_period.carry_features` rules none of
        it out: reported in the past, no forecast, no length of time, no thing brought in with "a", no sample size);
        never a count of where other things come from ("pooled 38 estimates from 11 satellite missions": the study's
        description), nor from a deal's terms dated by publication (reason "published"), which are that figure's own.
        The period choice is the other figure's, reason included (the checks read it as they would read it there)."""
        clause_between = _clause_between(self.words.clause_joins, self.words.clause_relative_openers,
                                         self.words.clause_report_words)
        for span in claims:
            claim = span._.claim
            if claim.get("period") is not None or span._.quantity["unit"] in self.time_units:
                continue
            carry = self._carries.get((span.start_char, span.end_char), {})
            if any(carry.get(k) for k in ("not_past", "future", "described_thing", "sample_size", "duration")):
                continue
            noun = span.root.head if span.root.dep_ == "nummod" else span.root
            if span._.quantity["unit"] == "count" and noun.dep_ == "pobj" and noun.head.lower_ == "from":
                continue
            mates = [other for other in claims if other is not span and other._.claim.get("sentence") == claim.get("sentence")
                     and other._.claim.get("period") is not None
                     and getattr(other._.claim.get("period_choice"), "reason", None) != "published"
                     and not _counted_back_side(self._text, span, other, self.words)
                     and not clause_between.search(self._text, min(other.end_char, span.end_char),
                                                   max(other.start_char, span.start_char))]
            if mates:
                near = min(mates, key=lambda other: abs(other.start - span.start))
                claim["period"] = near._.claim["period"]
                claim["period_choice"] = near._.claim["period_choice"]

    def _short_names(self, doc: Doc, claims: list[Span]) -> None:
        """An organisation's subject by the initials the text names it by more often than by its full name ("the
        Bharatiya Janata Party (BJP) ... the BJP won 303 seats ... the BJP's share": BJP; "Indian Railways Catering and
        Tourism Corp." and then "IRCTC" twice), as a reader would look it up; not a place ("United States" stays)."""
        short: dict[str, str | None] = {}
        for span in claims:
            name = span._.claim.get("subject")
            if not name or " " not in name:
                continue
            if name not in short:
                short[name] = self._initials_used_more(doc, name)
            if short[name]:
                span._.claim["subject"] = short[name]

    def _written_names(self, doc: Doc, claims: list[Span]) -> None:
        """Each subject as the article writes the name in full, in its own case (see `_written_name`), and a committee
        of an organisation as that organisation (see `_committee_owner`)."""
        written: dict[str, str] = {}
        for span in claims:
            name = span._.claim.get("subject")
            if not name:
                continue
            if name not in written:
                full = self._written_name(name)
                written[name] = self._committee_owner(doc, full) or full
            span._.claim["subject"] = written[name]

    def _national_bodies(self, claims: list[Span], country: str) -> None:
        """A national public body the text names without its place ("the Education Ministry", "the Department of Basic
        Education", "the Examinations Office"), which a figure got only because the story is about it (its reason the topic,
        the lead or salience, not its own sentence), stands for the one country the article names: the ministry announces
        the country's pass rate, the board the country's candidates, as a statistics body's figures are its country's. Left
        alone: a body whose name holds another place or an adjective of one (it says whose), a council or a commission
        that governs a place ("the County Commission"), a board of an organisation the article names by itself ("the
        Tarnwell Board" of Tarnwell), a bank (`bank_name_words`: a central bank's rate is its own), and any article that
        names no country or several (`country`: the one it names, `_one_country`)."""
        subjects = {span._.claim.get("subject") for span in claims}  # (the organisation a board sits for, "SEEK")
        for span in claims:
            claim = span._.claim
            name = claim.get("subject")
            if name and claim.get("subject_reason") in _CARRIED_REASONS and self._national_body_of(name, country, subjects):
                claim["subject"] = country

    def _national_figures(self, claims: list[Span], country: str) -> None:
        """A figure in a sentence that scopes itself to the nation (a word of `national_scopes` in lower case: "a 14.8% rise
        in house prices nationally", "the national pass rate") is the one country the article names, when its subject came
        out as no organisation and no person, and does not already name the country ("Residential Property Price Index" ->
        Ireland). Not a word in a name ("the National Weather Service"), nor one in a comparison ("rose by three per cent
        but was still lower than the national average": `comparison_prepositions` or "than" between it and its verb),
        which measures another figure than the one beside it. `country`: the one the article names (`_one_country`)."""
        forms = _country_words(self.words)[1]
        scoped: dict[int, bool] = {}  # sentence start -> whether the sentence scopes itself to the nation
        for span in claims:
            claim = span._.claim
            name = claim.get("subject")
            if name and (name.casefold() == country.casefold() or self._labels_of(name) & {"ORG", "PERSON"}
                         or any(w.lower() in forms for w in name.split())):
                continue
            sent = span.sent
            if sent.start not in scoped:
                scoped[sent.start] = any(t.text in self.words.national_scopes and not self._in_comparison(t) for t in sent)
            if scoped[sent.start]:
                claim["subject"] = country

    def _reads_no_day(self) -> bool:
        """Whether the text names no day at all (`_names_no_day`), read once per text and kept in `_no_day`."""
        self._no_day = _names_no_day(self._text, self.words)
        return self._no_day

    def _in_comparison(self, token: Token) -> bool:
        """Whether a word of `comparison_prepositions` or "than" stands between `token` and its verb ("lower than the
        national average", "against 3% nationally")."""
        comparing = self.words.comparison_prepositions | {"than"}
        t = token.head
        while True:
            if t.lower_ in comparing:
                return True
            if t.pos_ in ("VERB", "AUX") or t.head is t:
                return False
            t = t.head

    def _one_country(self) -> str | None:
        """The one country the article names (not only as a source), by the name a reader looks it up by ("U.S.",
        "Britain" -> "United States", "United Kingdom"); None when it names none or more than one."""
        if self._entities is None:
            return None
        countries, forms = _country_words(self.words)
        found = {self.words.country_name(place) for place in self._entities.countries(forms)}
        found = {place for place in found if place and place.casefold() in countries}
        return found.pop() if len(found) == 1 else None

    def _national_body_of(self, name: str, country: str, others: set[str]) -> bool:
        """Whether `name` is a national public body of `country`: a word of `public_bodies` in a name that neither governs
        a place (a council or a commission of `governing_body_words` with no national word of `body_name_words`), nor is
        the board of an organisation the article names by itself (`others`: the article's subjects), nor a bank
        (`bank_name_words`), and that names no place but `country`, if any, by its name, short form or adjective
        ("Kenyan Revenue Service" of Kenya; see `_national_bodies`)."""
        words = [w.strip(".,'’").lower() for w in name.split()]
        if not any(w in self.words.public_bodies for w in words):
            return False
        # a council or a commission governs a place ("the County Commission") and owns its figures, unless its name says
        # it is the nation's ("National Examinations Council": a word of `body_name_words` that is no small word); a board
        # is a part of what it sits for (below)
        governing = self.words.governing_body_words & self.words.public_bodies - {"board"}
        national = self.words.body_name_words - _SMALL_NAME_WORDS
        if any(w in self.words.bank_name_words for w in words) \
                or any(w in governing for w in words) and not any(w in national for w in words):
            return False
        # a part of an organisation the article names by itself ("the SEEK Board" of SEEK) is that organisation's
        rest = " ".join(w for w in name.split() if w.strip(".,'’").lower() not in self.words.public_bodies | {"the", "of"})
        if rest and (rest in others or self._entities is not None and self._entities.get(rest) is not None
                     and not self._labels_of(rest) & {"GPE", "LOC", "NORP"}):
            return False
        countries, forms = _country_words(self.words)
        mine = country.casefold()
        for w in words:
            place = self.words.demonym(w) or (w if w in forms else None)
            if place is not None and self.words.country_name(place.title()).casefold() != mine \
                    and place.casefold() != mine:
                return False
        folded = name.casefold()
        return not any(re.search(rf"\b{re.escape(place)}\b", folded) for place in forms if " " in place and place != mine)

    def _committee_owner(self, doc: Doc, name: str) -> str | None:
        """The organisation whose committee `name` is, as the article introduces it: a name ending in a word of
        `committee_words` written, maybe with its short form in brackets, "of" a capitalised name ("The Monetary Policy
        Committee (MPC) of the Central Bank of Valdoria (CBV) retained the rate at 13.5 per cent" -> "Central Bank of
        Valdoria") or "of" a description that ends in a word of `description_heads` ("of Valdoria's central bank", "of
        the apex bank") -> the organisation the article leads with, else the one it names with the description's word
        ("the Bank of Valdoria"). A part's decisions and figures are its whole's.
        A deciding part written with no organisation anywhere in the text (a name of `deciding_part_names`: "The Committee
        stated ...", "Governing Council will continue to assess ...", "The Monetary Policy Committee, headed by Governor
        Ann Reid, ...") is the organisation the article leads with, when that is an organisation: a part's figures are
        its whole's, the body that decides never the topic. None otherwise."""
        if not name:
            return None
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I).lower()
        if name.split()[-1].lower() not in self.words.committee_words and bare not in self.words.deciding_part_names:
            return None
        m = re.search(rf"(?<!\w){re.escape(name)}(?:\s*\([A-Za-z&]+\))?\s+of\s+(?:the\s+)?", self._text)
        if m is None:
            if bare in self.words.deciding_part_names and (lead := self._lead(doc)) and lead != name \
                    and self._entities is not None and self._entities.acts_as_organisation(lead) \
                    and not self._labels_of(lead) & {"GPE", "LOC", "PERSON"}:
                return lead  # "The Committee stated ..." in a story led by "the Bank of Valdoria": the bank's
            return None
        after = self._text[m.end():m.end() + 80]
        named = re.match(r"[A-Z][\w.&'-]*(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w.&'-]*)*", after)
        if named is not None and " " in named.group(0) and not re.match(r"['\u2019]s\b", after[named.end():]):
            return " ".join(named.group(0).split())  # "of the Central Bank of Nigeria (CBN)"
        words = re.findall(r"[\w'\u2019-]+", after)[:4]
        head = next((w for w in words[1:] or words if w.lower() in self.words.description_heads), None)
        if head is None:
            return None
        if (lead := self._lead(doc)) and lead != name and head.title() in lead.split():
            return lead  # "of Ghana's central bank", "of the apex bank": the organisation the story is about
        # else the organisation the text names with the description's word ("the Bank of Valdoria")
        return next((n for e in self._ents if e.label_ == "ORG" and head.title() in (n := _clean_name(e.text)).split()
                     and n != name), None)

    def _written_name(self, name: str) -> str:
        """The name `name` stands for as the article writes it in full, which the tagger split or wrote as in a
        headline's capitals: a name in capitals the text also writes in mixed case ("MARKS AND SPENCER shares surged"
        ... "Marks and Spencer said" -> "Marks and Spencer"); a short form with an ampersand between capitals whose
        letters open the words of a name the text writes with "and" or "&" ("M&S" -> "Marks and Spencer"); one word the
        text never writes but before "and" (or "&") and the same capitalised word ("Marks" of "Marks and Spencer", which
        the tagger cuts; or the second, every time after one: "Spencer"), not a person's; a name opening its sentence with a
        description the text writes it without elsewhere, or never writes but to open a sentence ("Retailer Marks &
        Spencer (M&S) reported" -> "Marks & Spencer"). `name` itself otherwise."""
        text = self._text
        if (listed := self._exchange_index_name(name)) is not None:
            return listed
        if (amp := re.fullmatch(r"([A-Z]{1,2})&([A-Z]{1,2})", name)) is not None:
            left, right = amp.groups()
            pattern = rf"(?<!\w)({left[0]}[A-Za-z]*(?: [A-Z][A-Za-z]*)?)\s+(?:and|AND|&)\s+({right[0]}[A-Za-z]*)(?!\w)"
            found = [m.group(0) for m in re.finditer(pattern, text)
                     if "".join(w[0] for w in m.group(1).split()) == left and len(m.group(2)) > 1]
            if found:
                name = next((f for f in found if not f.isupper()), found[0])
                if name.isupper():
                    name = " ".join(w.lower() if w in ("AND", "&") else w.title() for w in name.split())
                return " ".join(name.split())
            return name
        if re.fullmatch(r"[A-Z][a-z]+", name) and not self._labels_of(name) & {"PERSON", "GPE", "LOC", "NORP", "FAC"}:
            pairs = {m.group(1) or m.group(2) for m in re.finditer(
                rf"(?<![\w&])(?:({re.escape(name)}\s+(?:and|&)\s+[A-Z]\w+)|([A-Z]\w+\s+(?:and|&)\s+{re.escape(name)})|"
                rf"{re.escape(name)})(?![\w&])(?![ \t]+[A-Z])", text)}  # (the pair ends the name: not "X and St Elwen Quay")
            if len(pairs) == 1 and (pair := next(iter(pairs))) is not None:
                return " ".join(pair.split())  # "Marks" or "Spencer", every time in "Marks & Spencer"
            return name
        words = name.split()
        if len(words) > 1 and words[0].lower() in self.words.description_heads and words[0].istitle() \
                and words[1][:1].isupper() \
                and (re.search(rf"(?<!{re.escape(words[0])} )(?<!\w){re.escape(' '.join(words[1:]))}(?!\w)", text)
                     or all(re.fullmatch(r"|.*(?:\n|[.!?][\"'”’]?\s)\s*", text[:m.start()][-4:], re.S)
                            for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text))):
            return " ".join(words[1:])  # "Retailer Marks & Spencer (M&S) reported", the text writing the name alone too
        if " " in name and name.isupper() and any(c.isalpha() for c in name):
            words = [re.escape(w) for w in name.split()]
            mixed = next((m.group(0) for m in re.finditer(r"(?i)(?<!\w)" + r"\s+".join(words) + r"(?!\w)", text)
                          if not m.group(0).isupper()), None)
            if mixed is not None:
                return " ".join(mixed.split())
        return name

    def _exchange_index_name(self, name: str) -> str | None:
        """An index named with the stock exchange it is "of" or "at", written as readers look it up: the exchange's
        letters (a word of `ticker_exchanges`, as the text writes them in brackets after the exchange's name, or as
        the exchange itself) before the index's last word ("the 30-scrip S&P Sensex of the Bombay Stock Exchange
        (BSE)" -> "S&P BSE Sensex"; "the wider 50-scrip Nifty of the National Stock Exchange (NSE)" -> "NSE Nifty"),
        the index's name holding a word of `index_name_words`. None for any other name."""
        index, exchange = re.sub(r" (?:of|at)$", "", name), None  # ("Nifty of": the tagger's name cut after "of")
        if (of := re.fullmatch(r"(.+?) (?:of|at) (?:the )?([A-Z][\w&]*(?: [A-Z][\w&]*)*)", name)) is not None:
            index, exchange = of.groups()  # the tagger's name ran on into the exchange's
        else:
            after = re.search(rf"(?<![\w&]){re.escape(index)}\s+(?:of|at)\s+(?:the\s+)?([A-Z][\w&]*(?:\s+[A-Z][\w&]*)*)",
                              self._text)
            exchange = after.group(1) if after is not None else None
        if exchange is None or not re.fullmatch(r"[\w&]+(?: [\w&]+)*", index) or len(index.split()) > 3 \
                or not any(w.lower() in self.words.index_name_words for w in index.split()):
            return None  # (an index's name: "Sensex", "Nifty", a word of `index_name_words`; not "Infosys at the NSE")
        exchange = " ".join(exchange.split())
        letters = exchange if exchange.lower() in self.words.ticker_exchanges else None
        if letters is None and exchange.split()[-1] == "Exchange":
            short = re.search(rf"{re.escape(exchange).replace(chr(92) + ' ', chr(92) + 's+')}\s*\(([A-Z&]{{2,}})\)", self._text)
            letters = short.group(1) if short is not None and short.group(1).lower() in self.words.ticker_exchanges else None
        if letters is None:
            return None
        words = index.split()
        return " ".join(words[:-1] + [letters, words[-1]])

    def _initials_used_more(self, doc: Doc, name: str) -> str | None:
        """The initials of `name` (its capitalised words', with or without a company's suffix: "Indian Railways
        Catering and Tourism Corp." -> IRCTC, "Australian Pharmaceutical Industries Limited" -> API; `company_suffixes`) when
        the text writes
        them as a word more often than it writes `name`; None otherwise, for a place's name, for a public body's
        (`public_bodies`, `governing_body_words`: "Kaipara District Council", "Sellenian Statistical Office", whose
        initials would lose the place) and for two letters ("BB" for "Bangladesh Bank": too few to be a name readers
        know), nor a market benchmark's (`benchmark_names`)."""
        if self._labels_of(name) & {"GPE", "LOC", "NORP"}:
            return None
        if self.words.benchmark_name(name) == name:
            return None  # "West Texas Intermediate crude": a market benchmark goes by the name the text spells out
        words = re.findall(r"[A-Za-z][\w'&.-]*", name)
        if words and words[-1].lower() in (self.words.public_bodies - {"bank"}) | self.words.governing_body_words:
            return None  # "Kaipara District Council", "Sellenian Statistical Office": a public body keeps its place
        if self._central_bank_name(name):
            return None  # "the Bank of Valdoria (BOV)": a central bank, a public body, keeps the name of its country
        capitals = [w for w in words if w[0].isupper()]
        if len(capitals) < 2 or len(capitals) < len(words) - 2:
            return None
        options = ["".join(w[0] for w in capitals)]
        if capitals[-1].rstrip(".").lower() in self.words.company_suffixes:
            options.append("".join(w[0] for w in capitals[:-1]))
        # the short name the text gives it in brackets right after it, whatever its letters ("the Chicago Heart
        # Association Detection Project in Industry (CHA)", "the Multiple Risk Factor Intervention Trial (MRFIT)")
        defined = re.findall(rf"(?<!\w){re.escape(name)}\s*\(([A-Z][A-Z0-9&]{{2,}})\)", self._text)
        if defined and not (any(w.lower() in self.words.study_nouns | self.words.index_name_words for w in words)
                            or any(d.lower() in self.words.initials_names | self.words.ticker_exchanges for d in defined)):
            # "Pakistan Refinery Limited (PRL) ... PRL skipped any dividend": the article introduces the company by its
            # full name and defines the short form for it; a reader looks it up by the full name (a study, "the Multiple
            # Risk Factor Intervention Trial (MRFIT)", a body known the world over by its initials, `initials_names`:
            # "OPEC", and a stock exchange, `ticker_exchanges`: "the Bombay Stock Exchange (BSE)", keep them)
            return None
        options += defined
        full = len(re.findall(rf"(?<!\w){re.escape(name)}(?!\w)", self._text))
        index = dictionary.text_index(doc, self._text)  # (each capitalised word's places, read once per document)
        for initials in options:
            if self.words.country_name(initials) != initials:
                continue  # "US" for "United States": a country keeps the name a reader looks it up by
            if len(initials) >= 3 and index.undotted_count(initials) > max(full, 1):
                return initials
        return None

    @staticmethod
    def _headline_measures(claims: list[Span], headline_end: int, words, time_units) -> None:
        """A headline's figure whose words leave its measure, its subject or its period unsaid ("Food inflationary trend
        persists as Inflation eased to 16.25% in May", "Group Q2 net income down 39.2 pct. to 774 bln won": a headline's
        capitals and clipped words defeat the parse) takes each of them it lacks from the body's first figure of the same
        value and unit, which the story restates it with ("Inflation eased to 16.25 per cent in May"; of the same measure,
        when there are several)."""
        body = [c for c in claims if c.start_char >= headline_end]
        for span in claims:
            if span.start_char >= headline_end:
                break
            claim, q = span._.claim, span._.quantity or {}
            if all(claim.get(k) for k in ("metric", "subject", "period")) or q.get("value") is None:
                continue
            twins = [b for b in body if (bq := b._.quantity or {}).get("unit") == q.get("unit")
                     and bq.get("value") is not None and abs(bq["value"] - q["value"]) <= 1e-9 * max(1.0, abs(q["value"]))]
            # (the one of the same measure, when the headline names one and the body restates it so)
            same = next((b for b in twins if b._.claim.get("metric") == claim.get("metric")), twins[0] if twins else None)
            if same is None:
                continue
            told, update = same._.claim, {}
            # a subject a title-case headline made of its measure's words ("Orlan's Profit Climbs 47%" -> "Profit",
            # "Harlen Q3 Sales Revenues Decline 21%"), which the body restates ("quarterly profit climbed 47%")
            swallowed = bool(claim.get("subject") and not claim.get("metric") and told.get("metric")
                             and set(re.findall(r"[a-z]+", claim["subject"].lower()))
                             & set(re.findall(r"[a-z]+", told["metric"].lower())))
            if not claim.get("metric") and told.get("metric") and (
                    claim.get("kind") != "change" or frame_metric.is_change(told["metric"], words) or swallowed):
                update["metric"] = told["metric"]  # (a change's measure only as a change: not "kittiwakes" for "down 68%")
            if (not claim.get("subject") or swallowed) and told.get("subject"):
                update.update(subject=told["subject"], subject_reason=told.get("subject_reason"))
            if claim.get("period") is None and told.get("period") is not None and q.get("unit") not in time_units:
                # (a length of time places nothing in time: "falls to six-year low")
                update.update(period=told["period"], period_choice=told["period_choice"])
            if update:
                span._.claim = dict(claim, **update)

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

    def _per_played_metric(self, metric: str) -> bool:
        """Whether `metric` is a count per game, match or outing ("points per game": frame.metric._per_played)."""
        return frame_metric.played_unit(metric.rsplit(" per ", 1)[-1].lower(), self.words)

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
        """The level of `metric` when it names nothing but a container noun, bare, after the names of places ("number",
        "numbers growth", "Norland numbers") or after words that only say which figure it is (`container_modifiers`,
        `period_adjectives`, a month's name or a year: "equivalent figures", "The largest total", "monthly totals", "the
        May figure"), else None."""
        level = frame_metric.level_of(metric, self.words)
        *owners, last = level.split()
        if last.lower() not in self.words.container_nouns:
            return None
        if owners and not all(self._which_figure(w) for w in owners) \
                and not set(owners) <= {t.text for e in doc.ents if e.label_ in ("GPE", "LOC") for t in e}:
            return None
        return level

    def _container_antecedent(self, held: str, unit: str, previous_metric: dict[str, str]) -> str | None:
        """What a bare container (`held`, see `_bare_container`) of a figure in `unit` measures. With words saying which
        figure it is ("The equivalent figures for Harlow were 88mm and 140%"), what the sentence's figure of its unit
        before measured (`previous_metric`; for a percentage, else what the share of the sentence before was of).
        Otherwise ("That year, the number was 1,412", "the number rose from 308 to 526, a rise of 218", "Norland numbers
        have gone up by 118", with no measure in the sentence or the one before), what a figure of its unit measured
        last in its paragraph or the one before (a place owning the container says only where). None when nothing
        did."""
        if " " in held and all(self._which_figure(w) for w in held.split()[:-1]) \
                and (before := previous_metric.get(unit) or (self._prior_share if unit in ("percent", "ratio") else None)):
            return before
        earlier = self._story_measures.get(unit)
        return earlier[0] if earlier and earlier[1] >= self._paragraph_now - 1 else None

    def _which_figure(self, word: str) -> bool:
        """Whether `word`, before a container noun, says only which figure it is, not what it measures: a word of
        `container_modifiers` or `period_adjectives` ("equivalent", "largest", "monthly"), a month's name ("May") or a
        year ("2024")."""
        low = word.lower()
        return low in self.words.container_modifiers or low in self.words.period_adjectives \
            or low in MONTHS or re.fullmatch(r"(?:19|20)\d\d", low) is not None

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
                if what and not frame_metric.is_change(frame_metric.level_of(what, self.words), self.words) \
                        and not self._place_level(doc, frame_metric.level_of(what, self.words)):
                    return frame_metric.change_of(frame_metric.level_of(what, self.words), way, q, self.words)
        prior = self._prior_metric
        other = {"up": "down", "down": "up"}.get(way or "")
        if prior and " per " not in prior and "share of" not in prior \
                and not frame_metric.is_change(level := frame_metric.level_of(prior, self.words), self.words) \
                and not (way in self._moved_ways and self._moved_ways.get(other) == level):
            # (not a measure that went the other way when another went this way: "Crossings fell 2.1%. Fares rose 4.2%.
            # The greatest decline was ...": of crossings)
            return frame_metric.change_of(self._timeless(level), way, q, self.words)
        if way in self._moved_ways:
            # "Bus use fell 2% ... the greatest decline was in Scotland at 3.4%": the last measure the story said went the
            # same way
            return frame_metric.change_of(self._moved_ways[way], way, q, self.words)
        return None

    def _place_level(self, doc: Doc, level: str) -> bool:
        """Whether a changed measure only names where ("English non-metropolitan areas", "Harlow"): the text of a place
        the tagger knows, or a phrase ending in a word of `place_heads` or `place_area_nouns` (or its plural) that
        holds a word of such a place or its adjective."""
        places = [e for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")]
        low = level.lower().strip()
        if any(e.text.lower() == low for e in places if e.label_ != "NORP"):
            return True
        last = low.split()[-1]
        heads = self.words.place_heads | self.words.place_area_nouns
        if not (last in heads or last.endswith("s") and last[:-1] in heads) or " of " in low:
            return False
        named = {t.lower_ for e in places for t in e}
        return any(w in named for w in low.split()[:-1])

    def _timeless(self, measure: str) -> str:
        """A measure without a leading word of `period_adjectives` ("quarterly Bus use" -> "Bus use"): what moved, for a
        figure of another sentence whose period is its own."""
        first, _, rest = measure.partition(" ")
        return rest if rest and first.lower() in self.words.period_adjectives else measure

    def _degree_of_change(self, metric: str) -> str | None:
        """The bare change word of a metric that says only how big, how fast or where in a ranking a change was
        ("greatest decline", "the slowest decline", "overall decline", "slower rate of increase", "level of decline"):
        past the words of `change_degree_words` and a noun of `change_degree_nouns` with its "of", a word of
        rise_nouns, fall_nouns or change_nouns alone; None for any other metric (nothing to strip, or more left)."""
        parts = metric.lower().split()
        if len(parts) < 2:
            return None
        rest = [w for w in parts if w not in self.words.change_degree_words]
        if len(rest) >= 3 and rest[-2] == "of" and rest[-3] in self.words.change_degree_nouns:
            rest = rest[:-3] + rest[-1:]
        return rest[0] if len(rest) == 1 and rest[0] in self._change_words() and rest[0] not in self.words.named_changes \
            and len(rest) < len(parts) else None

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
        line, the label is a measure ("Revenue: $4.1 billion"), the metric read says more than the label, or the
        label is a fact box's phrase (frame.metric.label_line: "Homes destroyed: 730") under a heading that neither
        says by what it breaks a measure down nor says what it was ("Injuries and fatalities:")."""
        found = self._list_intro(span)
        if found is None:
            return None
        name, begin, end = found
        if name.split()[-1].lower() in self.words.metric_heads or metric is not None and metric.lower() not in name.lower():
            return None
        if metric is not None and metric == frame_metric.label_line(doc, span, self.words) \
                and not _BROKEN_DOWN.search(self._text, begin, end + 1):
            # "Civilian fatalities: 12" under "Injuries and fatalities:", a fact box's heading: the label is a measure
            # of its own (frame.metric.label_line); a list breaks a measure down only under a line that says by what
            # or says it was ("Average prices by property type:", "The regional changes were:")
            return None
        if begin not in self._list_intros:
            self._list_intros[begin] = self._intro_measure(doc, begin, end)
        return self._list_intros[begin]

    def _election_story(self, doc: Doc) -> bool:
        """Whether the headline or the first two sentences name a vote (rules/frame.json `election_nouns`, `vote_words`).
        Read once per document."""
        if "claimx_election_story" not in doc.user_data:
            doc.user_data["claimx_election_story"] = any(
                t.lower_ in self.words.election_nouns or t.lower_ in self.words.vote_words
                for sent in lead_sentences(doc.sents, 2) for t in sent)
        return doc.user_data["claimx_election_story"]

    def _vote_tally(self, doc: Doc, span: Span, q: dict) -> str | None:
        """What a figure of a tally of votes measures, or None: in a story of a vote (`_election_story`), or a sentence
        with a word of `vote_words`, a count followed by a share in brackets or after "or" ("took 4,852 (43.7 percent)",
        "received 332 votes or 16.35 percent") counts votes, and that share is the vote share (rules/frame.json
        `vote_tally_metrics`)."""
        if q["unit"] not in ("count", "percent") or q.get("kind") not in ("count", "percentage") \
                or not (self._election_story(doc) or any(t.lower_ in self.words.vote_words for t in span.sent)):
            return None
        sent = span.sent
        share = _TALLY_SHARE
        if q["unit"] == "count":
            after = self._text[span.end_char:sent.end_char]
            # ("received 35,031 votes statewide (84 percent)": where the votes were cast may stand between)
            if re.match(rf"\s*(?:(?:[A-Za-z-]+\s+){{0,2}}votes?(?:\s+[a-z]+){{0,3}}\s*)?(?:\(\s*{share}\s*\)|,?\s+or\s+{share})",
                        after, re.I):
                return self.words.vote_tally_metric("count")
            return None
        before = self._text[sent.start_char:span.start_char]
        if re.search(r"\d[\d,]*\s*(?:(?:[A-Za-z-]+\s+){0,2}votes?(?:\s+[a-z]+){0,3}\s*)?(?:\(\s*|,?\s+or\s+)$", before,
                     re.I):
            return self.words.vote_tally_metric("percent")
        return None

    def _tally_candidate(self, doc: Doc, span: Span, q: dict, subject: str | None) -> str | None:
        """The candidate a tally of votes with no person for its subject goes to: a person named after a word of
        rules/frame.json `tally_for_words` ("for", "around", "behind") in the words right after the tally and its share,
        past a party's name, before any other figure ("4,977 (20.1 percent) rallied around relatively conservative
        Democrat Ann Reid, 4,348 (17.5 percent) for Democrat Joel Hart" -> Ann Reid, Joel Hart); or the person who is
        the subject of its verb when a party's name only names the votes ("Ann Reid received 9,976 GOP votes (77.2
        percent)", the votes read as the party's)."""
        if q["unit"] != "count" or self._vote_tally(doc, span, q) is None \
                or subject is not None and self._labels_of(subject) & {"PERSON"}:
            return None
        verb = self._governing_verb(span)
        said = self._verb_subject(doc, verb) if verb is not None else None
        if said is not None and said.ent_type_ == "PERSON" and (person := self._entity_at(doc, said.i)) is not None \
                and any(t.dep_ == "compound" and t.ent_type_ in ("ORG", "NORP")
                        for t in (span.root.head if span.root.dep_ == "nummod" else span.root).children):
            return person  # "Ann Reid received 9,976 GOP votes (77.2 percent)": the party names the votes, hers
        sent = span.sent
        bracket = re.match(rf"\s*(?:votes?\s*)?\(\s*{_TALLY_SHARE}\s*\)", self._text[span.end_char:sent.end_char], re.I)
        after_at = span.end_char + (bracket.end() if bracket is not None else 0)
        for ent in sent.ents:
            if ent.start_char < after_at or ent.label_ in ("NORP", "ORG") and ent.end_char < sent.end_char \
                    and not re.search(r"\d", self._text[after_at:ent.start_char]):
                continue  # (a party's name before the candidate's: "for Democrat Joel Hart")
            between = self._text[after_at:ent.start_char]
            if ent.label_ == "PERSON" and not re.search(r"\d", between) and len(between.split()) <= 6 \
                    and re.search(rf"\b(?:{_words_pattern(self.words.tally_for_words).pattern})\b", between):
                return _clean_name(ent.text)
            break
        return None

    def _heading_measure(self, span: Span) -> str | None:
        """What a figure on a bulleted line, or on a row of a name, a dash and its figures (_NAME_ROW: "NSW - 6.7 per
        cent vs 7.2 per cent"), measures when its sentence names nothing: the heading line above the list ("WAGE
        GROWTH" over "* 2019/20 2.5 per cent vs 2.75 per cent.", "JOBLESS RATES" over the rows), a line of at most four words, no
        digit and no closing punctuation, one of whose words names a measure (`metric_heads`, `place_measures`,
        `national_measures`; a heading that names a place or a company names no measure). Written in capitals, it
        is read in lower case ("wage growth"; a short one is an initialism, "GDP"). None otherwise."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        bulleted = _BULLET.match(text, start) is not None
        if bulleted:
            above = self._line_above_list(start, _BULLET_LINE)
        else:
            # a fact box's row of a name, a spaced dash or a colon and its figures ("NSW - 6.7 per cent vs 7.2 per
            # cent", "Otago: 4.1 per cent (down 0.2)") under a heading ("JOBLESS RATES"); not a row a measure labels
            # ("Revenue - $4.1 billion" under "KEY FIGURES")
            stop = text.find("\n", span.start_char)
            row = _NAME_ROW.fullmatch(text[start:stop if stop >= 0 else len(text)].strip())
            above = self._line_above_list(start, _NAME_ROW) if row and not any(
                w.lower() in self.words.metric_heads | self.words.place_measures | self.words.container_nouns
                for w in row.group(1).split()) else None
        if above is None:
            return None
        line = text[above[0]:above[1]].strip().rstrip(":").strip()
        words = line.split()
        if not 1 <= len(words) <= 4 or not all(re.fullmatch(r"[^\W\d_][\w&'/-]*", w) for w in words):
            return None
        measures = self.words.metric_heads | self.words.place_measures | self.words.national_measures
        if not any(w.lower() in measures and (bulleted or w.lower() not in self.words.container_nouns) for w in words):
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

    def _event_reach(self, span: Span) -> bool:
        """Whether the count `span` counts the people a disaster reached without harm: its clause's verb (or the verb
        of the clause it hangs on) is one of rules/frame.json `event_reach_verbs` ("15.6 million people could have felt
        Saturday's earthquake, including 6.2 million people who experienced strong shaking", "Some 6 000 people are
        estimated to have felt very strong shaking")."""
        tok = span.root
        for _ in range(8):
            if tok.pos_ in ("VERB", "AUX") and (tok.lemma_.lower() in self.words.event_reach_verbs or any(
                    c.dep_ == "xcomp" and c.lemma_.lower() in self.words.event_reach_verbs for c in tok.children)):
                return True  # (also "are estimated to have felt very strong shaking")
            if tok.head == tok or tok.dep_ in ("ROOT", "conj") and tok.pos_ in ("VERB", "AUX"):
                return False
            tok = tok.head
        return False

    def _event_measure(self, span: Span, q: dict, metric: str | None) -> bool:
        """Whether the figure `span` (of quantity `q`, measuring `metric`) measures a disaster itself: in the unit
        "magnitude", a measure holding a word of rules/frame.json `event_measure_words` ("depth", "epicentre"), or a
        clause whose verb's subject (or the subject of the verb it is joined to) is a word of `disaster_nouns` ("The
        earthquake ... was centred about 67 kilometres south of Harlow", "the quake ... struck about 66 kilometres below
        the surface"; not a reading named after it, "Snow totals reached 9 inches", which is of its day)."""
        if q.get("unit") == "magnitude":
            return True
        if metric and not set(re.findall(r"[a-z]+", metric.lower())).isdisjoint(self.words.event_measure_words):
            return True
        verb = _clause_head(span.root)
        for _ in range(3):
            if verb is None:
                return False
            subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subjects:  # (the disaster itself, not a reading named after it: "Snow totals reached 9 inches")
                return any(c.lower_ in self.words.disaster_nouns or c.lower_ in self.words.event_measure_words
                           for c in subjects)
            verb = verb.head if verb.dep_ == "conj" else None
        return False

    def _career_total(self, span, sentence: str, offset: int, model: article_model.ArticleModel) -> bool:
        """Whether the figure `span` is a career total in a match report (article period kind "match_month"): a word of
        rules/frame.json `career_words` in its clause ("Over her career she has won 287 of her 418 matches", "lifting
        his career total to 10,007 points"): a fact about the player, not the match, like a thing's size, it takes no
        carried month; not one right before a word of `career_record_words` (or a hyphened word ending in one), a record
        set in the match ("threw for a career high four touchdowns", "scored a career playoff-best 30 points"). Its
        clause runs between the nearest commas, semicolons or colons around it."""
        if model.period is None or model.period.kind != "match_month" or "career" not in sentence.lower() \
                and "all-time" not in sentence.lower():
            return False
        start, end = span.start_char - offset, span.end_char - offset
        low = max(sentence.rfind(c, 0, start) for c in ",;:") + 1
        highs = [i for i in (sentence.find(c, end) for c in ",;:") if i >= 0]
        clause = sentence[low:min(highs) if highs else len(sentence)].lower()
        tokens = re.findall(r"[a-z]+(?:-[a-z]+)?", clause)
        return any(word in self.words.career_words
                   and not (i + 1 < len(tokens) and tokens[i + 1].rsplit("-", 1)[-1] in self.words.career_record_words)
                   for i, word in enumerate(tokens))

    def _table_standing(self, sentence: str, n: int, figures: list[tuple[int, int]]) -> bool:
        """Whether figure `n` of `figures` (offsets in `sentence`) is a standing of a league table: followed, maybe past
        a noun of what a table counts (rules/frame.json `standing_nouns`, "points", "games"), by a word of
        `table_standing_after` ("four points clear", "two points behind", "a six-point lead at the top", "eight
        matches left", "74 points from 30 games"), or after one of `table_standing_before` ("from 30 games", "taking
        his tally to 36", "top the scoring charts with 37"); or a bare number listed after such a figure of its
        sentence, after a comma or "and" and a name ("Real have 78 points from 30 games, Barca 72 and third-placed
        Valencia 48")."""
        rules = _standing_rules(self.words)
        start, end = figures[n]
        if rules.after.match(sentence, start) or rules.before.search(sentence[max(0, start - 40):start]):
            return True
        return bool(re.fullmatch(r"\d{1,3}", sentence[start:end])) and rules.listed.search(sentence[:start]) is not None \
            and any(rules.after.match(sentence, s) for s, _ in figures[:n])

    def _line_whole(self, sentence: str, n: int, figures: list[tuple[int, int]]) -> bool:
        """Whether figure `n` of `figures` (offsets in `sentence`) is the whole of a line a count before it is made
        from: right after that count, maybe a noun of rules/frame.json `scoring_units` or `standing_nouns`, and "from",
        and followed by a noun of `shot_nouns` or `delivery_nouns` or a closing bracket ("19 goals from 24 shots",
        "(27 from 32)", "90 from 134 balls")."""
        if n == 0:
            return False
        start, end = figures[n]
        rules = _standing_rules(self.words)
        if not re.fullmatch(r"\d{1,3}", sentence[start:end]) or not re.fullmatch(r"\d{1,3}", sentence[slice(*figures[n - 1])]) \
                or not rules.line_from.fullmatch(sentence[figures[n - 1][1]:start]):
            return False
        return rules.line_of.match(sentence[end:]) is not None

    def _run_of_games(self, sentence: str, n: int, figures: list[tuple[int, int]]) -> bool:
        """Whether figure `n` of `figures` (offsets in `sentence`) counts a run of games, as a streak does: followed by
        a word of rules/frame.json `run_words`, maybe a noun of games or results ("has lost nine straight games",
        "three wins in a row", "five successive defeats"), or the first of a count "of" its last games ("29 of its
        last 33") and that whole."""
        start, end = figures[n]
        rules = _standing_rules(self.words)
        if rules.run.match(sentence, start) or rules.run_of.match(sentence, start):
            return True
        whole = rules.run_of.match(sentence, figures[n - 1][0]) if n > 0 else None
        return whole is not None and whole.end() >= end

    def _says_season(self, doc: Doc) -> bool:
        """Whether the text writes a word of rules/frame.json `streak_season_words` ("the first all season")."""
        return any(t.lower_ in self.words.streak_season_words for t in doc)

    def _signing_term(self, span, model: article_model.ArticleModel) -> bool:
        """Whether the figure `span` sizes the contract or deal of a player's signing in an article reporting the season
        of a transfer window ("signed on a five-year contract" in July 2017 -> 2017-18): the noun it describes is one of
        rules/frame.json `contract_nouns` or `transfer_nouns`; such a term is the season's, neither a bare thing's size nor a length of time that places nothing."""
        if model.period is None or model.period.kind != "transfer_season":
            return False
        head = span.root.head
        return head.i != span.root.i and head.lemma_.lower() in (self.words.contract_nouns | self.words.transfer_nouns)

    def _price_nouns(self) -> frozenset[str]:
        """The metrics `price_verbs` gives ("transfer fee", "purchase price")."""
        return _price_nouns(self.words.price_verbs)

    def _restating_sentence(self, doc: Doc, sent: Span):
        """The period choice of the first figure of the sentence right before `sent`, when `sent`'s main clause has a bare
        "The projection", "The forecast", "This figure" (`restating_nouns`) for subject: the noun names that figure
        again ("... raised its inflation outlook for 2022 to 9.7%. The projection, published in the bank's report, is an
        increase on a previous estimate of 7.1%"), and the figures of its clause are of that figure's period. None
        otherwise."""
        end, choice = next(((e, c) for e, c in reversed(self._first_periods) if e <= sent.start), (-1, None))
        if choice is None or choice.value is None or doc[end:sent.start].text.strip():
            return None
        subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.pos_ != "NOUN" or subj.lemma_.lower() not in self.words.restating_nouns \
                or [t.lower_ for t in subj.lefts] not in (["the"], ["this"], ["that"]) \
                or any(c.dep_ == "prep" for c in subj.children):
            return None
        return choice

    def _rolling_year(self, model, carried: str | None) -> bool:
        """Whether `carried` is the rolling year a statistics release reports, named with its year in the lead ("crimes
        recorded in the year ending March 2025"): every figure of the release shares it (see frame_period.carry_features);
        or the period of a survey the text names with it before its title (`_survey_periods`)."""
        lead = model.period
        if bool(carried) and model.release and lead.period == carried:
            return True  # "all figure in the office's annual statistics for 2018-19": a release's period
        if bool(carried) and carried in self._survey_periods:
            return True  # "The data came from the 2002 National Health Interview Survey ... 4.2% of women smoke"
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
    def _extent_of(self, metric: str, q: dict) -> str | None:
        """The dimension of a thing a physical figure gives when its metric is only the thing's name, one or two words
        none of which names a measure ("wildfire" -> "wildfire area" for hectares, "cyclone" -> "cyclone speed" for km/h;
        rules/frame.json `extent_dimensions` of `unit_dimensions`), else None."""
        dimension = self.words.dimension(q["unit"] or "")
        words = metric.lower().split()
        if dimension not in self.words.extent_dimensions or len(words) > 2 or dimension in words \
                or any(w in self.words.metric_heads or w in self.words.not_metrics for w in words):
            return None
        return f"{metric} {dimension}"

    def _population_move(self, verb: Token) -> bool:
        """Whether `verb` moves a place's population: a verb of `population_verbs` whose subject is a place the tagger
        names (GPE or LOC), in a text that writes a word of `population_words` ("population", "census")."""
        if verb.lemma_.lower() not in self.words.population_verbs:
            return False
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.ent_type_ not in ("GPE", "LOC"):
            return False
        if self._population_story is None:
            low = self._text.lower()
            self._population_story = any(w in low for w in self.words.population_words)
        return self._population_story

    def _level_after(self, prev: Span, span: Span, prev_metric: str) -> bool:
        """Whether `span` is the level a change just before it stands at, "at" or "to" between them ("up 23.44% at Rs
        995 crore"), the change's metric a change of something (`frame.metric.is_change`)."""
        return frame_metric.is_change(prev_metric, self.words) \
            and re.fullmatch(r"\s+(?:at|to)\s+", self._text[prev.end_char:span.start_char]) is not None

    def _old_side_after(self, prev: Span, span: Span, q: dict, prev_q: dict) -> bool:
        """Whether `span` is the old level a level just before it is set against, in the same unit, a word of
        rules/frame.json `old_side_words` between them ("at Rs 995 crore vs Rs 806 crore", "Margin at 36.8% vs
        37.89%", "at $4.1 billion from $3.9 billion"), also past the level's own "per" unit and a comma ("came in at
        Rs2.66/share, compared with Rs2.58/share", "45 cents per diluted share, compared with 41 cents")."""
        between = self._text[prev.end_char:span.start_char]
        if q["unit"] != prev_q["unit"] or q["kind"] != prev_q["kind"]:
            return False
        if re.fullmatch(rf"\s+{alternatives(self.words.old_side_words)}\s+", between, re.I) is not None:
            return True
        # (not a per-share sum restating a total before it: "$684 million, or $1.49 per diluted share, compared with
        # $571 million" sets the total against the total)
        return re.search(r",\s*or\s*$", self._text[max(0, prev.start_char - 6):prev.start_char]) is None \
            and re.fullmatch(rf"(?:/[a-z]+|\s+(?:per|a|an)\s+(?:[a-z]+\s+)?[a-z]+),?\s+{alternatives(self.words.old_side_words)}\s+",
                             between, re.I) is not None

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
        # "Six wildfires have scorched over 141,000 acres": an extent (not a time) the counted things reached
        # together is their total, not a bar each of them passed ("3,480 patients spent more than 12 hours")
        aggregate = q["kind"] == "physical" and not duration and not or_more
        tok = span.root
        for _ in range(6):
            if tok.dep_ in ("acl", "relcl") and tok.tag_ in ("VBG", "VBN") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                # "people waiting more than 52 weeks"; not "a plan to rebuild ... within three years", nor a clause
                # that reports how the noun itself moved ("crude prices, which have fallen by more than 30 percent",
                # "temperatures soaring up to 41°C"), nor a verb the parse hangs on a count describing the subject
                # ("AAP, second with 20 seats secured over 23 per cent of the votes")
                return not self._noun_moves(tok, q) and not describing_count(tok.head, self.counted_describers)
            if tok.pos_ in ("VERB", "AUX"):
                subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and not aggregate and not describing_count(subj, self.counted_describers):
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

    def _market_sentence(self, sentence: str) -> bool:
        """Whether `sentence` holds a word of the market as a whole or of its shares (rules/frame.json
        `market_wide_words`, `market_nouns`, `market_day_words`, `market_volume_phrases`: "Volume rose to 412 million
        shares", "advancers outnumbered decliners", "Some 1.2 billion shares changed hands")."""
        words = self.words
        return bool(_words_pattern(words.market_wide_words | words.market_nouns | words.market_day_words
                                   | words.market_volume_phrases).search(sentence.lower()))

    def _share_move(self, doc: Doc, span: Span, q: dict, verb: Token | None, direction: str | None,
                    measure: str | None = None) -> bool:
        """Whether a percentage move naming no measure, whose verb an organisation is the subject of, is the company's
        share price moving in a market report ("Nikkan 225 +0.9%", "Quillon Mobile fell 3.4%": see `_status`), not a
        change of what the story measured, as it is in any other story. A story whose last measure of the unit is a
        market's (`measure`: an index level, a share price, a word of `market_nouns`: "The Harlow all share closed 0.3%
        higher ... Brenmoor Holdings fell 3.1%") is a market report for this, whatever its other words."""
        said_by = self._verb_subject(doc, verb) if verb is not None else None
        if not (direction and q["unit"] == "percent" and said_by is not None
                and (said_by.ent_type_ == "ORG" or said_by.pos_ == "PROPN")):
            return False
        words = set((measure or "").lower().split())
        return bool((words | {w + "s" for w in words}) & self.words.market_nouns  # ("all share": a market's shares)
                    or frame_metric.market_story(doc, self.words))

    def _listed_under_heading(self, span: Span) -> bool:
        """Whether a figure stands on a bulleted line of a list under a heading line (`_heading_measure`): the heading
        says what the list measures, and a heading that names none (a place: "Marlow County" over "* 2025/26 3.1 per
        cent") leaves it measuring nothing rather than the story's last measure."""
        text = self._text
        start = text.rfind("\n", 0, span.start_char) + 1
        return _BULLET.match(text, start) is not None and self._line_above_list(start, _BULLET_LINE) is not None

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
                     and any(c.dep_ == "compound" and self._is_commodity(c) for c in said_by.children)
                     or said_by.lower_ in self.words.commodity_contract_nouns
                     and frame_metric.futures_commodity(said_by, self.words) is not None
                     or frame_metric.benchmark_price(said_by, self.words) is not None
                     or said_by.lower_ in self.words.price_nouns
                     and any(t.i > said_by.i and (self._is_commodity(t) and t.lower_ not in self.words.currencies
                                                  or frame_metric.benchmark_price(t, self.words) is not None)
                             for t in said_by.subtree)) \
                and said_by.lower_ not in self.words.currencies and said_by.head.lemma_.lower() != "average":
            # "Brent for December settlement declined 58 cents to $81.09 a barrel", "Brent oil prices rallied 2.2% on
            # Friday" (a commodity's prices, rules/frame.json price_nouns), "the Brent contract for August declined $1.20"
            # (a commodity's contract, `commodity_contract_nouns`), "The price for a crude barrel of West Texas
            # Intermediate oil climbed 3 percent" (a price of a commodity or a benchmark): a price's move on the day (not
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
        if verb.tag_ == "VB" and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i \
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

    def _day_close_before(self, sentence: str, span: Span, sent: Span) -> str | None:
        """The day (lower case) of the close the figure `span` is, written right before it with "'s" and "of" or "at"
        ("weaker from Wednesday's close of 51.71", "Friday's settlement at $63.02"; see frame.article.day_close); None
        otherwise."""
        before = sentence[max(0, span.start_char - sent.start_char - 32):span.start_char - sent.start_char]
        found = None
        for found in article_model.day_close(self.words).finditer(before):
            pass
        if found is None or not re.fullmatch(r"\s+(?:of|at)\s+", before[found.end():]):
            return None
        return found.group(1).lower()

    def _previous_session(self, sentence: str, span: Span, sent: Span, figures: list[tuple[int, int]], n: int) -> bool:
        """Whether a phrase of rules/frame.json `previous_session_phrases` follows the figure `span` (the `n`th of the
        sentence's `figures`, character offsets in `sentence`) with no other figure between: the move is of the trading
        day before the one reported ("They ended down 3.2% in the previous session"; not "were up 25c at $64.60, having
        fallen 3.3% in the previous session", whose first figures are the day's)."""
        start = span.end_char - sent.start_char
        end = figures[n + 1][0] if n + 1 < len(figures) else len(sentence)
        after = sentence[start:end].lower()
        return any(phrase in after for phrase in self.words.previous_session_phrases)

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


# A share of the vote as a tally writes it after its count: "(43.7 percent)", "or 16.35 percent" (`_vote_tally`).
_TALLY_SHARE = r"[\d.,]+\s*(?:%|percent\b|per\s+cent\b|pc\b)"


@dataclass(frozen=True)
class _StandingRules:
    after: re.Pattern
    before: re.Pattern
    listed: re.Pattern
    run: re.Pattern
    run_of: re.Pattern
    line_from: re.Pattern  # between a player's count and the whole it is made from: " goals from ", " from "
    line_of: re.Pattern  # after that whole: a closing bracket or a noun of shots or deliveries ("shots", "balls")


@lru_cache(maxsize=4)
def _standing_rules(words) -> _StandingRules:
    """The patterns of `_table_standing`, `_run_of_games` and `_line_whole` (rules/frame.json `table_standing_after`,
    `table_standing_before`, `standing_nouns`, `table_count_nouns`, `run_words`, `run_result_nouns`, `scoring_units`,
    `shot_nouns`, `delivery_nouns`), built
    once per word lists, each read from a figure's first character."""
    nouns = alternatives(words.standing_nouns | words.table_count_nouns, boundary=False)
    figure = r"[\w.,]+(?:-[a-z]+)?"  # "four", "74", "six-point"
    results = rf"(?:{alternatives(words.run_result_nouns, boundary=False)})"
    return _StandingRules(
        after=re.compile(rf"{figure}(?:[\s-]+(?:league\s+)?{nouns})?[\s-]+"
                         rf"(?:{alternatives(words.table_standing_after, boundary=False)})\b"
                         # (a table's place, not the match's state: "two points behind Leicester", "four clear at the
                         # top", not "ten points behind at half-time")
                         r"(?=\s*(?:[,.;:()\u2014\u2013-]|$|(?:at\s+the\s+(?:top|summit|head)|of|on|with|and)\b|(?-i:[A-Z])))"
                         # "eight matches left", "74 points from 30 games"
                         rf"|{figure}\s+(?:games|matches)\s+(?:left|remaining|to\s+play)\b"
                         rf"|{figure}\s+(?:{nouns})\s+from\s+\w+\s+(?:games|matches)\b", re.I),
        before=re.compile(rf"\b(?:{alternatives(words.table_standing_before, boundary=False)})\s+$", re.I),
        listed=re.compile(r"(?:,|\band)\s+(?:[a-z][\w-]*\s+)?[A-Z][\w&.'-]*\s+$"),
        run=re.compile(rf"{figure}\s+(?:{alternatives(words.run_words, boundary=False)})\b"
                       rf"|{figure}\s+(?:{results})\s+(?:{alternatives(words.run_words, boundary=False)})\b", re.I),
        run_of=re.compile(rf"{figure}\s+(?:{results}\s+)?of\s+(?:its|their|his|her|the)\s+last\s+\w+", re.I),
        line_from=re.compile(rf"\s+(?:{alternatives(words.scoring_units | words.standing_nouns, boundary=False)}\s+)?from\s+",
                             re.I),
        line_of=re.compile(rf"\s*(?:\)|(?:{alternatives(words.shot_nouns | words.delivery_nouns, boundary=False)})\b)", re.I))


def _words_pattern(words: frozenset[str]) -> re.Pattern:
    """One pattern for a word list (`frame.words.alternatives`), built once per list, not a search per word."""
    return re.compile(alternatives(words))


def _counted_back_side(text: str, span: Span, other: Span, words: FrameWords) -> bool:
    """Whether `other` is the old side of a comparison `span` makes, dated by words counting back from it ("took 36.8%
    of the vote, up from 29.5% four years ago": the 29.5% is four years before the 36.8%, whose own period the
    sentence does not give): it comes after `span`, after "from", "than", "compared with/to", "against" or "on", and
    its period was counted back (a relative year)."""
    if other.start_char < span.end_char:
        return False
    choice = other._.claim.get("period_choice")
    mention = getattr(choice, "mention", None)
    if getattr(choice, "reason", None) == "after the figure" and _compared_with(
            words.compared_side_words - words.cause_side_words).search(text, span.end_char, other.start_char) is not None:
        # (nor a side brought in by "compared with", "than", "against", "above", "below" anywhere before it and dated by a
        # mention written after it: "Last year's first half benefitted from a £5.3m gain, ..., compared with a loss of
        # £2.0m in the first half of this year": the half is the £2.0m's, not the £5.3m's; "on" and "over" bring in
        # a cause too, "jumped 41 per cent in the June quarter on a 19 per cent rise")
        return True
    if getattr(choice, "kind", None) not in ("relative_year", "years_ago", "months_ago") and not (
            mention is not None and mention.text.lower().endswith((" ago", " earlier", " before", " back"))):
        return False
    return _compared_with(words.compared_with_words).search(text, span.end_char, other.start_char) is not None


@lru_cache(maxsize=4)
def _compared_with(words: frozenset[str]) -> re.Pattern:
    """The words that bring in a comparison's old side (rules/frame.json `compared_with_words`), as one pattern."""
    return re.compile(alternatives(words), re.I)

# What puts two figures of a sentence in different clauses for `ClaimFinder._sentence_periods`: a semicolon, colon or
# dash, a comma before a coordinated or relative clause, or a reporting word ("..., and investigators said he had sold");
# the words are rules/frame.json `clause_joins`, `clause_relative_openers` and `clause_report_words`
@lru_cache(maxsize=4)
def _clause_between(joins: frozenset[str], openers: frozenset[str], reporting: frozenset[str]) -> re.Pattern:
    return re.compile(rf"[;:\u2014]|,\s+{alternatives(joins | openers)}|{alternatives(reporting)}")
