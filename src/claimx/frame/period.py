"""The period of one claim: the best-scoring of its candidate periods (claimx.frame.scoring).

Candidates are each period mention of the claim's sentence and the period its paragraph or article
carries (see `article`); their features (FEATURES["period"] in claimx.frame.scoring, weighted in
rules/weights.json) make, with the packaged weights:
1. a mention written right after the figure its own ("6,120 a year earlier", "5.4% in January");
   a relative one ("a year earlier") is resolved against the sentence's or the paragraph's period;
2. else the nearest mention in the sentence that is not a comparison base ("up 12% on the previous
   year") and does not belong to a base figure ("up from 31% in 2019");
3. else the period the paragraph last set, else the article's reporting period.
The old figure of a comparison ("up from 31%") takes only a period written for it. For a change, the
comparison base's period is kept too.
"""
from __future__ import annotations

import dataclasses

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType

from claimx.frame.article import SPAN_KINDS, ArticleModel, label
from claimx.frame.scoring import Candidate, Weights, best, load_weights
from claimx.frame.words import FrameWords, alternatives, load_words
from claimx.lexicon import load_lexicon
from claimx.records import WRITTEN_REASONS
from claimx.periods import (DAY_WORDS, MONTHS, PeriodMention, comparative_label, day_of_week_before, names_a_rate, not_over,
                            shift_back, shift_months, shift_period)

# What may stand between a figure and the period that belongs to it: a few words, no clause break or figure.
# A dash set off by spaces (" \u2013 ", " - ": agency copy's dash) breaks a clause as an em dash does; unspaced it joins
# two years ("2015\u20132024").
# A contrast right before a period written after a figure opens the clause that period dates ("$148,200 but this year")
_CONTRAST_BEFORE = re.compile(r"\s(?:but|whereas|while)\s+$", re.I)
# (never across a contrast that opens another clause: "$148,200 but this year the value ...")
_ATTACHED_GAP = re.compile(r"^(?!.*\s[\u2013-]\s)(?!.*\b(?:but|whereas|while|yet)\s)[^\d,;:()\u2014]{0,24}$", re.I)
_RELATIVE_GAP = re.compile(r"^(?!.*\s[\u2013-]\s)(?!.*\b(?:but|whereas|while|yet)\s)[^\d,;:()\u2014]{0,20},?\s*$", re.I)
# The bracket that closes a conversion ("DKK315.4bn (€42bn) in 2010"): what stands between it and a period after it
_CLOSED_CONVERSION = re.compile(r"\s*[)\]]")
# Between the last of restated figures and the period that closes them: "$1.39 per diluted share, in ".
_RESTATED_GAP = re.compile(r"^(?!.*\s[\u2013-]\s)[^\d,;:()\u2014]{0,24},\s*(?:(?:in|for|during)\s+)?$")
# Between a figure and a period mention, what puts them in different clauses (`_Rules.clause_break`): a semicolon, a
# dash, or a comma before a relative or subordinate word or a coordinated clause (rules/frame.json `clause_break_words`:
# "..., which opened in September"), a comparison's own clause ("than it did", `than_clause_verbs`), or a participle
# clause of time, comma or not (`clause_participle_words`: "fell to 12.6% after jumping to 16.2% in April": April is
# the jump's).
# A participle clause of time (`_Rules.participle`, `participle_words`: "rose 0.2% after staying flat in February",
# "after falling in 2023, prices rose"): a period in it dates what the clause tells, not the figure before it nor what
# the sentence reports.
# Between a change and the new side of it, its two sides: ", from 5.6% in January to " (the new side's period is the
# change's).
_OWN_SIDES = re.compile(r",?\s*(?:\w+\s+)?from\b[^;]*\bto\s+(?:\w+\s+){0,2}", re.I)
# A period shorter than a year, whose "last year" after an old figure means the same period a year back.
_SUB_ANNUAL = re.compile(r"[QH][1-4] (?:FY)?(?:19|20)\d\d|(?:19|20)\d\d-(?:0[1-9]|1[0-2])")
# A candidate scoring below this is ruled out whatever else it has (a comparison base, a base figure's period).
_RULED_OUT = -1000.0
# Words right before a figure that make it the old figure of a comparison (`_Rules.base_figure`, rules/frame.json
# `base_words`: "up from 31%", "compared with $4m"). A determiner may bring one describing word after the words that
# only compare (`described_base_words`: "up 18% on the record £1.2 billion", "down from a revised 4.1%"), not after a
# bare "with" ("with a further 300 at risk") or before more of something (`not_describing_words`).

# "from" that opens a range, not the old side of a change: before a figure that is itself a range ("ranging from
# £10,000 to £28.5 million", read as one figure) or after a verb of ranging ("prices varied from £90 to £140").
# (`_Rules.ranging`: a verb of rules/frame.json `ranging_verbs`)
_RANGE_FIGURE = re.compile(r"\d\s*(?:to|-|\u2013)\s*\D{0,3}\d")


@dataclass(frozen=True)
class _Rules:
    """The period module's patterns, built from the word lists of rules/frame.json (`_rules`)."""

    clause_break: re.Pattern
    participle: re.Pattern
    in_participle: re.Pattern
    base_figure: re.Pattern
    ranging: re.Pattern
    when_clause: re.Pattern
    now_clause: re.Pattern
    owned_gap: re.Pattern
    aside: re.Pattern
    opening: re.Pattern
    concessive: re.Pattern
    bare_opening_end: re.Pattern
    old_side: re.Pattern
    from_side: re.Pattern
    to_side: re.Pattern
    alone: re.Pattern
    base_of: re.Pattern
    count_start: re.Pattern
    earlier_poll: re.Pattern
    revision_before: re.Pattern
    revision_after: re.Pattern


@lru_cache(maxsize=4)
def _rules(words: FrameWords) -> _Rules:
    """The patterns of the period module, from `words` (what each is for is said where it is used)."""
    participle = rf"{alternatives(words.participle_words)}\s+(?:\w+ly\s+)?\w+ing\b"
    return _Rules(
        count_start=re.compile(alternatives(words.count_start_words | words.until_words), re.I),
        # a revision's old side: a word of `revision_words` right before the figure ("an upward revision from the
        # previously estimated 2.1 percent", "revised from the 3.2% growth rate", "(initially reported: +0.8%") or
        # right after it and its noun ("from the 2.6% expansion initially reported to 2.8%")
        revision_before=re.compile(rf"{alternatives(words.revision_words)}[^.;!?\d]{{0,25}}$", re.I),
        revision_after=re.compile(rf"[^.;!?\d,]{{0,25}}?{alternatives(words.revision_words)}", re.I),
        # right after a poll's old share, the earlier poll it was read in, days before: "in a Nanos poll released on
        # Sunday", "in Sunday's poll", a word of `earlier_poll_words` ("last week", "a week earlier", "the previous poll")
        earlier_poll=re.compile(r"[^.;:!?\d]{0,60}?(?:\b(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['\u2019]s)?\b|"
                                rf"{alternatives(words.earlier_poll_words)})", re.I),
        clause_break=re.compile(rf"[;\u2014]|\s[\u2013-]\s|,\s+{alternatives(words.clause_break_words)}"
                                rf"|\s{alternatives(words.bare_clause_break_words)}\s"
                                rf"|\b(?:that|than)\s+(?:it|they|the\s+\w+)\s+{alternatives(words.than_clause_verbs)}"
                                rf"|{alternatives(words.clause_participle_words)}\s+(?:\w+ly\s+)?\w+ing\b", re.I),
        participle=re.compile(participle, re.I),
        in_participle=re.compile(participle + r"[^,;:()\u2014]*$", re.I),
        base_figure=re.compile(rf"(?:{alternatives(words.described_base_words)}\s+"
                               rf"(?:the|a|an|its|their)\s+(?!{alternatives(words.not_describing_words)}\s)[a-z]+\s+|"
                               rf"{alternatives(words.base_words)}\s+(?:the\s+|a\s+|its\s+)?)$", re.I),
        ranging=re.compile(rf"{alternatives(words.ranging_verbs)}\s+from\s+$", re.I),
        when_clause=re.compile(rf",?\s+(?:[a-z]+,?\s+){{0,2}}{alternatives(words.when_clause_words)}\s+[^,;:()\u2014\u2013]*",
                               re.I),
        # (also with no comma before "and"/"but", and after an auxiliary: "scored 22 last season and has now scored 71")
        now_clause=re.compile(rf"(?:[,;]\s+(?:and\s+|but\s+)?|\s+(?:and|but)\s+)(?:(?:has|have|is|are)\s+)?"
                              rf"{alternatives(words.now_words)}", re.I),
        owned_gap=re.compile(r"(?:'s|\u2019s|\s*:)?\s{0,2}(?:(?:[a-z-]+\s+){1,2}of\s+"
                             rf"(?:{alternatives(words.owned_gap_hedges)}\s+)?)?"),
        aside=re.compile(rf"(?:^|[,(\u2014]\s*|\s[\u2013-]\s+){alternatives(words.aside_words)}[^,;()\u2014]*$"
                         rf"|{alternatives(words.until_words)}\s+(?:the\s+end\s+of\s+)?$", re.I),
        # "Though cutting posts last year saved $11 million, ...": a sentence opening with a clause of its own, up to
        # the comma that ends it (rules/frame.json `concessive_openers`)
        concessive=re.compile(rf"\W*(?:(?:and|but)\s+)?{alternatives(words.concessive_openers)}\s[^,;:()\u2014]*$", re.I),
        opening=re.compile(rf"\W*(?:{alternatives(words.opening_prepositions)}\s+"
                           rf"(?:the\s+{alternatives(words.period_part_words)}\s+of\s+)?(?:the\s+)?)?", re.I),
        bare_opening_end=re.compile(rf"{alternatives(words.relative_period_ends)}$", re.I),
        old_side=re.compile(rf"{alternatives(words.old_side_words)}\s+(?:the\s+|a\s+|its\s+)?$", re.I),
        from_side=re.compile(rf",?\s*(?:\w+\s+)?from\s+(?:{alternatives(words.from_hedges)}\s+)?"),
        to_side=re.compile(rf"\bto\s+(?:{alternatives(words.to_hedges)}\s+)?$"),
        # a period the sentence's figures are only a part of: "in March alone" (rules/frame.json `alone_words`)
        alone=re.compile(rf"\s+{alternatives(words.alone_words)}", re.I),
        # the old side of a comparison named by a noun phrase ending in "of" ("22% more than the revised estimate of
        # Rs497 billion", "up 6% above the final count of 26.8 million"): a word of `described_base_words` after a
        # change's figure or word, or of `figure_base_words` right after a figure; group 1 the comparing word
        base_of=re.compile(rf"({alternatives(words.described_base_words | words.figure_base_words)})\s+"
                           rf"(?:(the|a|an|its|their)\s+)?(?!{alternatives(words.not_describing_words)}\s)"
                           rf"(?:[\w-]+\s+){{1,3}}(?:\([^()]{{1,40}}\)\s+)?of\s+(?:{alternatives(words.owned_gap_hedges)}\s+)?$", re.I))


@dataclass(frozen=True)
class PeriodChoice:
    """The period of a claim and why.

    mention (PeriodMention | None): the mention chosen, offsets relative to the sentence; None when carried.
    value (str | None): the normal form.
    base (str | None): for a change, the period it is compared with.
    reason (str): "after the figure", "in the sentence", "paragraph", "article" or "none".
    kind (str | None): the kind of expression the period came from, carried ones included.
    fiscal (bool): the value is a fiscal period of an organisation keeping its books on calendar years, labelled as
        the calendar period it is ("FY2025" -> "2025"): still the period its results report.
    """

    mention: PeriodMention | None
    value: str | None
    base: str | None
    reason: str
    kind: str | None = None
    fiscal: bool = False  # an organisation's fiscal period written as the calendar one it is ("Q4 2025"; article.as_calendar)

    @property
    def written(self) -> bool:
        """Whether the period was read from the figure's own sentence, not carried (`records.WRITTEN_REASONS`)."""
        return self.reason in WRITTEN_REASONS


def owners(sentence: str, mentions: list[PeriodMention], figures: list[tuple[int, int]]) -> dict[int, int]:
    """For each mention (by index) the figure (by index) it is written right after, if any."""
    return {i: chain[0] for i, chain in restated_owners(sentence, mentions, figures).items()}


def restated_owners(sentence: str, mentions: list[PeriodMention], figures: list[tuple[int, int]]) -> Mapping[int, tuple[int, ...]]:
    """For each mention (by index) the figures (by index) it is written right after, first the one it dates: a
    relative period after restated figures dates them all ("$571 million, or $1.23 per share, in the same quarter
    last year": both). Read-only: one answer serves every figure of the sentence (see `_SENTENCE_MEMO`)."""
    return _restated_owners(sentence, tuple(mentions), tuple(figures))


# Each figure's period candidates read the same sentence-wide facts (which figures are comparison bases, which
# mention is written after which figure): computed once per sentence instead of once per figure, which made a
# sentence with many figures quadratic. Pure functions of their arguments, so a small memo is enough.
_SENTENCE_MEMO = 64


_BRACKET_AFTER = re.compile(r"\s*\(\s*")  # a period's bracket opening right before a figure: "November (267,140 units)"


@lru_cache(maxsize=_SENTENCE_MEMO)
def _restated_owners(sentence: str, mentions: tuple[PeriodMention, ...],
                     figures: tuple[tuple[int, int], ...]) -> Mapping[int, tuple[int, ...]]:
    found: dict[int, tuple[int, ...]] = {}
    # figures restating one another ("$571 million, or $1.23 per share, in the same quarter last year")
    joined = {j + 1 for j in range(len(figures) - 1)
              if re.fullmatch(r",?\s+(?:or|and)\s+|\s*\(\s*", sentence[figures[j][1]:figures[j + 1][0]])}
    converted = {j + 1 for j in range(len(figures) - 1) if re.fullmatch(r"\s*\(\s*", sentence[figures[j][1]:figures[j + 1][0]])}
    for i, m in enumerate(mentions):
        after = [j for j, f in enumerate(figures) if f[0] >= m.end and possessive(sentence, m)
                 and _rules(load_words()).owned_gap.fullmatch(sentence, m.end, f[0])]
        if after:  # "the current year's $1.184 billion"; "a year-ago loss of $96 million, or 58 cents a share": both
            last = after[0]
            while last + 1 in joined:
                last += 1
            found[i] = tuple(range(after[0], last + 1))
            continue
        bracketed = [j for j, f in enumerate(figures) if f[0] >= m.end and m.period and not m.shift and not m.months
                     and not m.days and _BRACKET_AFTER.fullmatch(sentence, m.end, f[0])]
        if bracketed:  # "decreased 13% in December (231,468 units) compared to November (267,140 units)": the figure
            # in brackets right after a period is that period's, as is a figure written right before it (13%)
            prior = [j for j, f in enumerate(figures) if f[1] <= m.start and _ATTACHED_GAP.match(sentence[f[1]:m.start])]
            found[i] = (prior[-1], bracketed[0]) if prior else (bracketed[0],)
            continue
        inside = [j for j, f in enumerate(figures) if f[0] >= m.end and m.period
                  and (at := _compared_of(sentence, f[0])) is not None and at < m.start]
        if inside:  # "22% more than the 2024-25 revised estimate of Rs497 billion": the old side's own period
            found[i] = (inside[0],)
            continue
        # a relative period may follow a comma after restated figures ("$5.5 billion, or 69 cents a share, in the
        # year-ago quarter")
        gap = _RELATIVE_GAP if m.shift or m.months or m.days else _ATTACHED_GAP
        before = [(j, f) for j, f in enumerate(figures) if f[1] <= m.start and gap.match(sentence[f[1]:m.start])
                  and not _rules(load_words()).participle.search(sentence, f[1], m.start)]
        restating = False
        if not before and m.period and re.search(r"\d", m.text):
            # a period written with its year right after a conversion in brackets dates the figure it converts too ("up
            # from DKK315.4bn (€42bn) in 2010"; a relative "last year" there is the comparison's base, read as before)
            before = [(j, f) for j, f in enumerate(figures) if j in converted and f[1] <= m.start
                      and (closed := _CLOSED_CONVERSION.match(sentence, f[1], m.start)) is not None
                      and gap.match(sentence[closed.end():m.start])
                      and not _rules(load_words()).participle.search(sentence, f[1], m.start)]
            restating = bool(before)
        if not before and m.period:
            # a period after a comma that closes restated figures dates them all, the first one first ("compared with
            # $14.3 billion, or $1.39 per diluted share, in the fourth quarter of 2021")
            before = [(j, f) for j, f in enumerate(figures) if j in joined and f[1] <= m.start
                      and _RESTATED_GAP.match(sentence[f[1]:m.start])
                      and not _rules(load_words()).participle.search(sentence, f[1], m.start)]
            restating = bool(before)
        if before:
            last = j = max(before, key=lambda jf: jf[1][1])[0]
            if m.shift or m.months or m.days or restating:  # a relative period after restated figures is the first one's too
                while j in joined:
                    j -= 1
            found[i] = (j, *(k for k in range(j, last + 1) if k != j))
    return MappingProxyType(found)


# Between a period and a figure in a clause that says what happened then (`_Rules.when_clause`, rules/frame.json
# `when_clause_words`): "beating the 2020-21 season, when Fulham finished 18th with 28", "the 2019 final, in which she
# hit 41 winners".


def _record_reach(sentence: str, mention: PeriodMention, start: int) -> str | None:
    """The period a record reaches back to ("since 1959/60" -> "1959-60"), when the figure starting at `start` is that
    time's own: in brackets right after it, maybe after one noun ("since the 1952/53 season (18.2 million)"), or in a
    "when" clause after it (`when_of`); None otherwise."""
    if not (re.fullmatch(r"(?:\s+[\w-]+)?\s*\(\s*", sentence[mention.end:start]) or when_of(sentence, mention, start)):
        return None
    from claimx.periods import find_periods
    reached = [m for m in find_periods(re.sub(r"^since\s+", "", mention.text, flags=re.I)) if m.period]
    return reached[0].period if reached else None


def when_of(sentence: str, mention: PeriodMention, start: int) -> bool:
    """Whether the figure starting at `start` is in a "when" clause that dates it by `mention`, written right before
    the clause (see `_Rules.when_clause`): the period is that figure's own, even where it is the old side of a
    comparison."""
    return mention.end <= start and _rules(load_words()).when_clause.fullmatch(sentence, mention.end, start) is not None


# A clause set in the time the story reports on (`_Rules.now_clause`, rules/frame.json `now_words`): "In 2000, no states
# had rates that high, and now obesity is a problem in all 50 states": the opening year does not reach past it.


# Between a possessive period and the figure it owns (`_Rules.owned_gap`): nothing (a label's colon), or a noun and "of" ("last year's
# numbers of 282,127 points", "last season's total of 24,600"), maybe a word of rules/frame.json `owned_gap_hedges`.


def possessive(sentence: str, mention: PeriodMention) -> bool:
    """Whether `mention` is written as the owner of what follows: "last year's 64 miles", "the current year's", or as
    its adjective, "a year-ago loss of $1 million", or as the label of the old figure after it in parentheses ("£174m
    (2024: £157m)", claimx.periods.comparative_label)."""
    return mention.text.endswith(("'s", "\u2019s")) or sentence[mention.end:mention.end + 2] in ("'s", "\u2019s") \
        or comparative_label(sentence, mention.start, mention.end) \
        or mention.kind == "same_period_ago" and re.fullmatch(r"a\s+year-(?:ago|earlier)", mention.text, re.I) is not None


def base_figures(sentence: str, figures: list[tuple[int, int]]) -> frozenset[int]:
    """The figures (by index) that are the old side of a comparison ("up from 31%", "compared with $4m")."""
    return _base_figures(sentence, tuple(figures))


@lru_cache(maxsize=_SENTENCE_MEMO)
def _base_figures(sentence: str, figures: tuple[tuple[int, int], ...]) -> frozenset[int]:
    rules = _rules(load_words())
    found = []
    for j, (start, end) in enumerate(figures):
        low = max(0, start - 20)
        m = rules.base_figure.search(sentence[low:start])
        if m and not (m.group(0)[:2].lower() == "on" and (_standing(sentence, low + m.start(), start, end)
                                                          or _term(sentence, end) or _level_on(sentence, low + m.start()))) \
                and not (m.group(0)[:4].lower() == "from" and (_RANGE_FIGURE.search(sentence, start, end)
                                                             or rules.ranging.search(sentence, max(0, start - 30), start)
                                                             or _origin(sentence, low + m.start())
                                                             or _played(sentence, end))):
            found.append(j)
        elif _compared_of(sentence, start) is not None:
            found.append(j)
        elif found and found[-1] == j - 1 and _OR_FIGURE.fullmatch(sentence, figures[j - 1][1], start):
            # "from 105.5 million pounds or 58.6p per share last year": the old side's other figure, joined by "or"
            found.append(j)
    return frozenset(found)


# between two figures of one side of a comparison: "from $2.6 million, or 20 cents a share, a year earlier"
_OR_FIGURE = re.compile(r"\s*,?\s*or\s+")


@lru_cache(maxsize=_SENTENCE_MEMO)
def _described_bases(sentence: str, figures: tuple[tuple[int, int], ...]) -> frozenset[int]:
    """The base figures (`_base_figures`) that only a noun phrase ending in "of" makes old sides (`_compared_of`:
    "9% above the original budget of €1.51 billion"): a period written for them dates only them, but one with none
    of its own is often another estimate of the same period (a forecast, a budget, an average), not the year
    before's, so it keeps the candidates of any other figure."""
    rules = _rules(load_words())
    bases = _base_figures(sentence, figures)
    described: set[int] = set()
    for j in sorted(bases):
        if j - 1 in bases and _OR_FIGURE.fullmatch(sentence, figures[j - 1][1], figures[j][0]):
            if j - 1 in described:  # "from $79.95 million or $0.71 per share": the old side's other figure, as that one
                described.add(j)
            continue
        if not rules.base_figure.search(sentence[max(0, figures[j][0] - 20):figures[j][0]]) \
                and not _compared_bare(sentence, figures[j][0]):
            described.add(j)
    return frozenset(described)


def _compared_bare(sentence: str, start: int) -> bool:
    """Whether the figure starting at `start` is compared by "compared to" or "compared with" and a measure's name with
    no article ("compared to net income of $2.6 million last year"): the same measure of the other period, an old side
    as "from $2.6 million" is (see `_described_bases`), not another estimate of the same period."""
    m = _rules(load_words()).base_of.search(sentence, max(0, start - 80), start)
    return m is not None and m.group(2) is None and _compared_of(sentence, start) is not None


def _compared_of(sentence: str, start: int) -> int | None:
    """Whether the figure starting at `start` is the old side of a comparison named by a noun phrase ending in "of"
    (`_Rules.base_of`): "22 per cent more than the revised estimate of Rs497 billion", "up from the final count of
    26.8 million", "14 per cent over the previous allocation of Rs79bn". Only after a change: a figure or a change word
    right before the comparing word (not "raised $2m from the sale of 400 homes"); a word of
    `figure_base_words` ("above", "over") only right after a figure. The offset of the comparing word, else None."""
    low = max(0, start - 80)
    m = _rules(load_words()).base_of.search(sentence, low, start)
    if m is None:
        return None
    word = m.group(1).lower()
    if m.group(2) is None and not word.startswith(("compared", "in comparison")):
        return None  # a phrase with no article is a comparison's only after "compared": "compared to net income of $2.6m"
    before = re.split(r"[,;:()\u2014]", sentence[max(0, m.start() - 40):m.start()])[-1]
    # a change's size right before ("22 per cent over", "9% above")
    sized = re.search(r"(?:%|\bcent|\bpercent|\bpoints?)\s*$", before, re.I) is not None
    if word in load_words().figure_base_words and word not in load_words().described_base_words:
        ok = sized
    else:  # or a change or comparative word right before ("up from", "more than"), or a comparison's own words
        last = before.split()[-1].lower() if before.split() else ""
        ok = sized or word.startswith(("compared", "in comparison")) or last in _change_words() \
            or last in load_words().comparative_words
    return m.start() if ok else None


def _origin(sentence: str, at: int) -> bool:
    """Whether "from" at `at` follows a verb of rules/frame.json `origin_verbs` and so says where something came from,
    no old side of a comparison ("this resulted from 59,000 new licences being sold", "came from 1,200 donors")."""
    before = sentence[max(0, at - 20):at].split()
    return bool(before) and before[-1].lower() in load_words().origin_verbs


def _played(sentence: str, end: int) -> bool:
    """Whether the figure ending at `end` after "from" counts the games a tally was made in ("38 points from 20
    games", "19 goals from 41 league appearances": rules/frame.json `played_nouns`, maybe after one describing word;
    or the balls or overs cricket's runs came from, `delivery_nouns`: "82 from 70 balls"), no old side of a comparison."""
    after = re.match(r"\s+([A-Za-z-]+)(?:\s+([a-z]+))?", sentence[end:end + 30])
    nouns = load_words().played_nouns | load_words().delivery_nouns
    return after is not None and (after.group(1) in nouns or after.group(2) in nouns)


def _term(sentence: str, end: int) -> bool:
    """Whether the figure ending at `end` after "on" sizes a contract or a deal the clause is made on ("signed on a
    five-year contract", "joined on a two-year deal": rules/frame.json `contract_nouns`, `transfer_nouns`), no comparison."""
    after = re.match(r"\s*([a-z]+)", sentence[end:end + 14])
    words = load_words()
    return after is not None and (after.group(1) in words.contract_nouns or after.group(1) in words.transfer_nouns)


def _level_on(sentence: str, at: int) -> bool:
    """Whether "on" at `at` follows a word of rules/frame.json `level_on_words` ("Labour is on 34 per cent", "Reform
    stays on 18%", "are still on 5%") or a name in capitals not opening the sentence, nor a month or a day ("one point
    ahead of the Unity Party on 28%"): the figure is a level the subject stands at, no old side of a comparison."""
    before = re.search(r"([A-Za-z]+)\s+$", sentence[max(0, at - 16):at])
    if before is None:
        return False
    word = before.group(1)
    return word.lower() in load_words().level_on_words \
        or word[:1].isupper() and sentence[:at].strip() != word and word.lower() not in MONTHS \
        and word.lower() not in DAY_WORDS


def _standing(sentence: str, at: int, start: int, end: int) -> bool:
    """Whether the figure from `start` to `end` after "on" (at `at`) is a standing in a sports table or a scorers' list
    ("sit fifth on 41 points", "finished the season on 86 points"): a noun of rules/frame.json's `standing_nouns`
    ends or follows it and its clause states no change before "on" (a figure or a word of rules/lexicon.json's change_up
    and change_down: "up 12 points on ..." brings in an old side)."""
    nouns = load_words().standing_nouns
    after = re.match(r"\s*([a-z]+)", sentence[end:end + 12])
    if not (after is not None and after.group(1) in nouns or sentence[start:end].rsplit(None, 1)[-1].lower() in nouns):
        return False
    clause = re.split(r"[,;:()\u2014]", sentence[max(0, at - 60):at])[-1]
    return not re.search(r"\d", clause) and _change_words().isdisjoint(re.findall(r"[a-z]+", clause.lower()))


@lru_cache(maxsize=1)
def _change_words() -> frozenset[str]:
    lexicon = load_lexicon()
    return frozenset(lexicon["change_up"]) | frozenset(lexicon["change_down"])


def sentence_anchor(sentence: str, mentions: list[PeriodMention], figures: list[tuple[int, int]],
                    spans: tuple[str, ...] = ()) -> PeriodMention | None:
    """The mention whose period a sentence sets for what follows it: its first own, written period (not a
    comparison base, a base figure's period, a span, a span still to come, a 'latest'/'past' period, a summer, which
    dates an event rather than what a story reports, or a part of the story's period singled out with "alone": "In the
    fourth quarter alone, ..."). With `spans`, only a span of those kinds: a study's cohort ("diagnosed in 1995 to
    1999"), which a study of spans reads as another story reads a year."""
    attached = owners(sentence, mentions, figures)
    bases = base_figures(sentence, figures)
    for i, m in enumerate(mentions):
        if m.period and not m.base and attached.get(i) not in bases \
                and (m.kind in spans if spans else m.kind not in SPAN_KINDS) \
                and not m.period.startswith(("past", "latest")) and not aside(sentence, m) \
                and m.kind not in ("next_span", "now_to_year", "relative_summer") \
                and not (m.kind == "for_the_year" and sentence[:m.start].strip()) \
                and not _rules(load_words()).alone.match(sentence, m.end) \
                and not _rules(load_words()).in_participle.search(sentence, max(0, m.start - 80), m.start):
            return m
    return None


# Where a period mention only dates an aside (`_Rules.aside`): a relative clause (rules/frame.json `aside_words`:
# "Ferraro, who took charge in October 2023, ...", "the line, which opened in September") or the end of a term
# (`until_words`: "a contract that runs until June 2030").


# Before a period that opens the sentence (`_Rules.opening`: "In July, ...", "During the 2024/25 season, ..."): a
# preposition of rules/frame.json `opening_prepositions` at most ("at the end of": `period_part_words`).


def opening(sentence: str, mention: PeriodMention) -> bool:
    """Whether `mention` opens the sentence, set off by a comma ("In July 2019, unemployment ..."): it dates every clause
    after it, subordinate ones included ("..., although the rate held at 3.2%")."""
    return bool(_rules(load_words()).opening.fullmatch(sentence[:mention.start]) and re.match(r"\s*,", sentence[mention.end:]))


# What ends a relative period that opens its sentence with no comma, right before its clause's subject
# (`_Rules.bare_opening_end`, rules/frame.json `relative_period_ends`): "A year ago the total was 3,228 head", "Two
# years earlier there were 41 staff".


def opening_relative(sentence: str, mention: PeriodMention, figure_start: int) -> bool:
    """Whether the relative period `mention` ("a year ago", "two years earlier") opens the sentence and dates the figure
    starting at `figure_start` after it: set off by a comma (`opening`, every clause after it), or with no comma before
    the clause's subject when no clause break or "now" lies between it and the figure ("A year ago the total was 3,228
    head, 676 head of cows and 299 head of bulls": a comma only between figures of a list; not "A year ago the rate was
    3%, but now it is 4%")."""
    if opening(sentence, mention):
        return True
    gap = sentence[mention.end:figure_start]
    rules = _rules(load_words())
    return bool(rules.opening.fullmatch(sentence[:mention.start]) and rules.bare_opening_end.search(mention.text)
                and re.match(r"\s+[^\W\d]", gap) and not rules.clause_break.search(gap) and not rules.now_clause.search(gap)
                # a comma only before the next figure of a list
                and not re.search(r",(?!\d)(?!\s*(?:and\s+)?[$\u20ac\u00a3]?\d)", sentence[mention.end:figure_start + 1]))


def labels_line(sentence: str, mention: PeriodMention, figure_start: int, mentions: list[PeriodMention]) -> bool:
    """Whether `mention` opens its sentence as the label of a line whose figures a word of `comparison_prepositions`
    sets side by side, and the figure starting at `figure_start` is the one after that word, with no period of its own
    between ("* 2019/20 2.25 per cent vs 2.75 per cent": a forecast beside the one it revises, both for 2019/20)."""
    words = sentence[:figure_start].split()
    return bool(mention.end <= figure_start and _rules(load_words()).opening.fullmatch(sentence[:mention.start]) and words
                and words[-1].lower() in load_words().comparison_prepositions
                and not any(x.period for x in mentions if mention.end <= x.start < figure_start))


def in_aside(sentence: str, mention: PeriodMention, start: int) -> bool:
    """Whether the figure starting at `start` is in the same aside as `mention` (no clause break between them)."""
    low, high = sorted((start, mention.start))
    return not re.search(r"[,;()\u2014]|\s[\u2013-]\s", sentence[low:high])


def aside(sentence: str, mention: PeriodMention) -> bool:
    """Whether `mention` dates an aside of the sentence rather than what it reports (see `_Rules.aside`)."""
    return bool(_rules(load_words()).aside.search(sentence[max(0, mention.start - 80):mention.start]))


@dataclass(frozen=True)
class _Setting:
    """What the candidates of one figure are read against (see `_setting`)."""

    usable: list[PeriodMention]   # the sentence's mentions outside the figure
    attached: dict[int, int]      # mention (by index in usable) -> the figure it is written right after
    restated: Mapping[int, tuple[int, ...]]  # mention (by index in usable) -> the figures it dates (`restated_owners`)
    bases: frozenset[int]         # the base figures of the sentence
    anchor: str | None            # the claim's own period, that relative mentions count back from
    base: str | None              # for a change, the period it is compared with
    relative_base: bool = False   # that period is written relative to the claim's own ("than a year ago")


def in_reported_year(m: PeriodMention, value: str | None, carried: str | None) -> str | None:
    """The year a "for the year" or "the full year" mention (the month "for the month" does) means against the period
    carried into its sentence: that year ("rose to 7.2 billion for the year" in a report on 2015), or the year a carried quarter or half is part of
    ("For the full fiscal year, net earnings were ..." in a report on Q4 FY2016: FY2016), not the year in progress at
    publication; `value` (the mention's own reading) otherwise."""
    if m.kind in ("for_the_year", "full_year") and carried and re.fullmatch(r"(?:FY)?(?:19|20)\d\d", carried):
        return carried
    if m.kind == "for_the_month" and carried and re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])", carried):
        # "Core prices rose 0.3 percent for the month" in a release on October published in November: the month
        # the story reports, not the one in progress at publication
        return carried
    if m.kind in ("for_the_year", "full_year") and carried \
            and (part := re.fullmatch(r"[QH][1-4] (FY)?((?:19|20)\d\d)", carried)):
        return f"{part.group(1) or ''}{part.group(2)}"
    return value


def _same_period_of(m: PeriodMention, value: str | None, anchor: str | None, labelled: bool = False,
                    year_end: int | None = None) -> str | None:
    """"the same quarter in 2014", "the same period of 2021" (`value` the year) read as the claim's own quarter, half or
    month (`anchor`) in that year: "Q2 2014" in a report on Q2 2015; so is a year labelling the old figure in
    parentheses (`labelled`: "pre-tax profit of £174m (2024: £157m)" in a report on H1 2025 -> H1 2024); `value`
    otherwise. A fiscal quarter or half of a year ending in month `year_end` falls in the calendar year its last month
    does: "earnings of $3.65 billion for the three months ended Dec. 31, up from $3.46 billion in the same period of
    2005" in a report on Q2 FY2007 of a year to June (October to December 2006) -> Q2 FY2006, not Q2 FY2005."""
    year = re.fullmatch(r"(FY)?((?:19|20)\d\d)", value or "")
    if m.kind != "same_period_ago" and not labelled or not year or year.group(1) and not labelled \
            or not anchor or not _SUB_ANNUAL.fullmatch(anchor):
        return value
    own = re.search(r"(?:19|20)\d\d", anchor)
    if own is None:
        return value
    written = int(own.group(0))
    part = re.fullmatch(r"([QH])([1-4]) FY((?:19|20)\d\d)", anchor)
    if part is not None and not year.group(1) and year_end is not None and 1 <= year_end < 12:
        # the calendar year the fiscal part ends in: its last month, counted back from the year's end month
        parts_after = (4 if part.group(1) == "Q" else 2) - int(part.group(2))
        last_month = year_end - (3 if part.group(1) == "Q" else 6) * parts_after
        written = int(part.group(3)) - (1 if last_month <= 0 else 0)
    return shift_period(anchor, written - int(year.group(2)))


# The gap from a period to a figure in a parallel clause after it, joined by ", while" or ", whereas" and no other break
# ("Exports in the first quarter rose 8.2%, while imports surged 24.0%").
# (the clause after "while" may list more moves: "..., while Orla shares have soared 36%, the Kestrel index has surged
# 25% and the Carlton 500 has gained 4.7%")
_PARALLEL_GAP = re.compile(r"[^,;:()\u2014\u2013]*,\s+(?:while|whereas)\s+[^;:()\u2014\u2013]*", re.I)


def _parallel_clause(gap: str, mention: PeriodMention, usable: list[PeriodMention], q_start: int) -> bool:
    """Whether a figure at `q_start` stands in a clause parallel to the one `mention` dates, after ", while" ("Exports in
    the first quarter of the year rose 8.2 per cent from a year earlier, while imports surged 24.0 per cent"), with no
    period of its own between them (only the first clause's comparison base): both measures are of that period."""
    return _PARALLEL_GAP.fullmatch(gap) is not None \
        and not any(mention.end <= x.start < q_start and x.period and not x.base for x in usable if x is not mention)


def _setting(sentence: str, figure: int, figures: list[tuple[int, int]], mentions: list[PeriodMention],
             carried: str | None, fiscal: bool, is_change: bool, year_end: int | None = None) -> _Setting:
    q_start, q_end = figures[figure]
    usable = [m for m in mentions if not (m.start < q_end and q_start < m.end)]
    restated = restated_owners(sentence, usable, figures)
    attached = {i: chain[0] for i, chain in restated.items()}
    bases = base_figures(sentence, figures)
    own_anchor = None
    for i, m in enumerate(usable):
        if attached.get(i) != figure and m.period and not m.base and attached.get(i) not in bases \
                and m.kind not in ("next_span", "now_to_year", "relative_summer") and not aside(sentence, m):
            own_anchor = in_reported_year(m, label(m, fiscal), carried)
            break
    anchor = own_anchor or carried
    base, relative_base = None, False
    if is_change:
        for i, m in enumerate(usable):
            # not the base of another figure further on ("fell by 3,400 ..., and are now a fifth below their level
            # a year earlier")
            elsewhere = attached.get(i) not in (None, figure) and re.search(r"[;]|,(?!\d)", sentence[q_end:m.start])
            if m.base and m.start >= q_end and not elsewhere:
                base = _same_period_of(m, label(m, fiscal), anchor, year_end=year_end) if m.period \
                    else shift_back(anchor, m)
                relative_base = m.period is None and bool(m.shift or m.months or m.days)
                break
    return _Setting(usable, attached, restated, bases, anchor, base, relative_base)


def candidates(sentence: str, figure: int, figures: list[tuple[int, int]], mentions: list[PeriodMention],
               carried: str | None, carried_reason: str, fiscal: bool, is_change: bool,
               carried_kind: str | None = None, carry: Mapping[str, float] | None = None,
               prior_span: str | None = None, setting: _Setting | None = None,
               year_end: int | None = None) -> list[Candidate[PeriodChoice]]:
    """The periods figure number `figure` of `figures` may have, each with its features (see `choose`);
    `carry` holds the carried candidate's features that depend on the figure (see `carry_features`); its `market` and
    `sample_size` also weigh the sentence's mentions. `prior_span`: the span of years last written before the
    sentence ("between 1995 and 2024"), what "over the same period" restates when the sentence writes no span.
    `setting`: the figure's `_setting`, when the caller has read it."""
    q_start, q_end = figures[figure]
    setting = setting or _setting(sentence, figure, figures, mentions, carried, fiscal, is_change, year_end)
    usable, attached, bases, anchor, base = (setting.usable, setting.attached, setting.bases, setting.anchor,
                                            setting.base)
    # a base figure by a noun phrase only ("above the original budget of €1.51 billion") scores as any figure
    is_base_figure = figure in bases and figure not in _described_bases(sentence, tuple(figures))
    market = bool(carry and carry.get("market"))  # a share move: on the day, so no period of another clause
    sample = float(bool(carry and carry.get("sample_size")))  # "a poll of 14 brokers": only a period written for it
    # a change still to come "from April" starts then ("council tax will rise by 4.99% from April"): no base
    future = bool(carry and carry.get("future"))
    rules = _rules(load_words())
    found: list[Candidate[PeriodChoice]] = []
    for i, m in enumerate(usable):
        after = figure in setting.restated.get(i, ())
        # a figure restating the one a relative period dates ("$571 million, or $1.23 a share, in the year-ago
        # quarter") is a base figure when that one is
        base_here = is_base_figure or after and attached.get(i) in bases
        if m.start >= q_end and setting.restated.get(i) and not after and possessive(sentence, m) \
                and min(setting.restated[i]) > figure:
            continue  # "a 10 percent exemption, up from last year's 8 percent": the year owns the figure after it only
        if m.kind == "next_span" and not in_aside(sentence, m, q_end if m.start >= q_end else q_start):
            continue  # "a dividend of €2.40, up from €2.10, and a buyback over the next 12 months": the buyback's
        # (not a disaster's toll to date, of the day it is counted as of: "At least 25 people have died since September")
        if m.kind == "since_month" and after and carried_kind != "report_day" \
                and not any(x.kind in ("month", "month_year") and x.period and not x.base and x.end <= q_start
                            for x in usable):
            # "to 180 since April": the span it runs over, which no label names (but "January house prices up 1.0% since
            # December": the change to the month the sentence names)
            found.append(Candidate(PeriodChoice(m, None, base, "after the figure", m.kind), "after the figure",
                                   {"in_sentence": 1.0, "after_figure": 1.0}))
            continue
        if m.kind == "record_since" and m.period is None and m.end <= q_start \
                and (reach := _record_reach(sentence, m, q_start)) is not None:
            # "the highest number since 1961/62 (14 million)", "the most since the 2004-05 season, when 15.6m watched":
            # the figure of the time a record reaches back to is that time's
            found.append(Candidate(PeriodChoice(m, reach, base, "in the sentence", m.kind), "in the sentence",
                                   {"in_sentence": 1.0}))
            continue
        if m.kind == "the_quarter" and m.period is None and m.start >= q_end and carried \
                and re.match(r"Q[1-4] ", carried) and not rules.clause_break.search(sentence[q_end:m.start]) \
                and not re.search(r"[;:]", sentence[q_end:m.start]):
            # "Revenue rose 7% to $22.8 billion in the quarter, and for the year it expects ...": the quarter the story
            # reports, written for the figure in its own clause (no later clause's period takes it)
            found.append(Candidate(PeriodChoice(m, carried, base, "after the figure", m.kind), "after the figure",
                                   {"in_sentence": 1.0, "after_figure": 1.0}))
            continue
        if m.period is None and not (m.shift or m.months or m.days) and m.kind != "same_period":
            continue  # "the quarter": read as the paragraph's or article's period
        gap = sentence[q_end:m.start] if m.start >= q_end else sentence[m.end:q_start]
        features = {"in_sentence": 1.0, "distance": min(abs(m.start - q_end), abs(q_start - m.end)) / 100,
                    "base_figure": float(base_here),
                    "other_clause": float(not (m.end <= q_start and opening(sentence, m) and not rules.now_clause.search(gap))
                                          and not when_of(sentence, m, q_start)
                                          and not (m.end <= q_start and _parallel_clause(gap, m, usable, q_start))
                                          and (bool(rules.clause_break.search(gap) or m.end <= q_start and rules.now_clause.search(gap))
                                               # "$148,200 but this year the value rose": a contrast's own clause after
                                               or m.start >= q_end and _CONTRAST_BEFORE.search(gap) is not None
                                               or m.end <= q_start and re.search(r",(?!\d)", gap) and rules.concessive.match(sentence[:m.start]) is not None
                                               or aside(sentence, m) and not in_aside(sentence, m, q_start))
                                          and not (m.kind == "full_year" and m.end <= q_start
                                                   and _forecast_words(load_words()).search(gap) is not None))}
        if m.kind == "same_period":
            # "over the same period": the span from the first to the last year written before it, else the span written
            # last before the sentence; after the figure, or before it in its clause ("retreated 4.8 km over the same
            # period, an average of about 300 metres a year"; "Over the same period, costs rose 8%")
            years = [y for x in mentions if x.end <= m.start and x.period for y in re.findall(r"(?:19|20)\d\d", x.period)]
            earlier = {label(x, fiscal) for x in mentions if x.end <= m.start and x.period and not x.base}
            # one period written before it in the sentence: that period ("37% since the start of the year, while the
            # index is up 19% over the same period")
            # the span written last before it ("a fall of 84 per cent since 2010, while lettings fell by 17 per cent in the
            # same period": 2010-2019), else the years written before it
            spans = [v for x in mentions if x.end <= m.start and x.period and not x.base
                     and re.fullmatch(r"(?:19|20)\d\d-(?:19|20)\d\d", v := (
                         since_span(label(x, fiscal), [label(y, fiscal) for y in usable if y is not x and y.period and not y.base])
                         if x.kind in ("since_year", "since_decade") else label(x, fiscal)) or "")]
            span = spans[-1] if spans else f"{years[0]}-{years[-1]}" if len(years) >= 2 and years[0] < years[-1] else \
                prior_span if not years else earlier.pop() if len(earlier) == 1 else None
            if span is None or m.start < q_end and (features["other_clause"]
                                                    or any(x.period for x in usable if m.end <= x.start < q_start)) \
                    or m.start >= q_end and features["other_clause"]:
                # (nor a figure of an earlier clause: "Last year 6,338 homes were built, ..., while lettings fell by 17
                # per cent in the same period": the same period is the lettings' clause's)
                continue
            found.append(Candidate(PeriodChoice(m, span, base, "in the sentence", m.kind),
                                   "in the sentence", {**features, "restates_span": 1.0}))
            continue
        if m.period is None:  # relative to the claim's own period: "a year earlier"
            if names_a_rate(m):
                continue  # "from 3.4% year-on-year in September": how the rate is measured, not when
            if after:
                value = shift_back(anchor, m)
                found.append(Candidate(PeriodChoice(m, value, base, "after the figure", m.kind), "after the figure", {
                    **features, "after_figure": 1.0, "relative": 1.0, "base_figure": 0.0,
                    # "down from last year's numbers of 282,127": the base owns the figure after it
                    "comparison_base": float(m.base and not base_here and not (possessive(sentence, m) and q_start >= m.end))}))
            elif base_here and m.start >= q_end:  # the old figure of "up from 31% a year earlier"
                found.append(Candidate(PeriodChoice(m, shift_back(anchor, m), None, "after the figure", m.kind),
                                       "after the figure", {**features, "relative": 1.0, "base_relative": 1.0,
                                                                    "base_figure": 0.0}))
            elif m.end <= q_start and opening_relative(sentence, m, q_start) and carried and not base_here:
                # "A year ago, the rate was 3.0%": an opening relative period counts back from the period carried
                # into the sentence, for every clause after it
                found.append(Candidate(PeriodChoice(m, shift_back(carried, m), base, "in the sentence", m.kind),
                                       "in the sentence", {**features, "relative": 1.0}))
            continue
        if m.base and m.kind == "relative_year" and m.start >= q_end and not base_here and not after \
                and attached.get(i) in bases and re.match(r"last\b", m.text, re.I):
            # "62.7% of pupils passed, compared with 62% last year": the new side is this year's, one on from the old
            found.append(Candidate(PeriodChoice(m, shift_period(label(m, fiscal), -1), base, "in the sentence", m.kind),
                                   "in the sentence", {"in_sentence": 1.0, "distance": features["distance"],
                                                       "counterpart": 1.0}))
        # "on last season's 24,600": the period of the figure it owns (not of one before it: "1.6% above last season's
        # harvest" compares with last season)
        # (a period whose bracket holds the figure owns it too: "compared to November (267,140 units)")
        owned = after and q_start >= m.end and (possessive(sentence, m) or bool(_BRACKET_AFTER.fullmatch(sentence, m.end, q_start)))
        value = label(m, fiscal)
        value = _quarter_of_three_months(m, value, carried)
        value = in_reported_year(m, value, carried)
        value = _same_period_of(m, value, anchor, labelled=owned and comparative_label(sentence, m.start, m.end),
                                year_end=year_end)
        if m.kind == "since_year" and value and when_of(sentence, m, q_start):
            # "has more than doubled since 2019, when the airport handled 1.9 million travellers": the year the span
            # starts, which the "when" clause reports on
            value = value[:4]
        elif m.kind in ("since_year", "since_decade"):  # "down by a quarter since 1996" in a story of counts to 2024: 1996-2024
            # (and in a story reporting an earlier year than the one it is published in, to that year: "has shrunk by a
            # fifth since 1985" in a study of 2025 published in 2026 -> 1985-2025)
            value = since_span(value, [label(x, fiscal) for x in usable if x is not m and x.period and not x.base]
                               + [carried if carried and re.fullmatch(r"(?:19|20)\d\d", carried) else None])
        if after and base_here and not owned and m.kind == "relative_year" and _SUB_ANNUAL.fullmatch(anchor or "") \
                and re.match(r"last\b", m.text, re.I):
            value = shift_period(anchor, 1)  # "revenue rose to $24.7bn, up from $22.6bn last year": its quarter a year back
        reason = "after the figure" if after else "in the sentence"
        if base_here and not after and labels_line(sentence, m, q_start, usable):
            base_here = False  # "* 2019/20 2.25 per cent vs 2.75 per cent": the line's label dates both sides
        if not after:
            span = re.fullmatch(r"((?:19|20)\d{2})-((?:19|20)\d{2})", value or "")
            if span and m.end <= q_start and re.search(r"\bto\s+$", sentence[max(0, q_start - 12):q_start]):
                value = span.group(2)  # "nearly tripled between 2019 and 2024, to 18,640": the level at the end
        found.append(Candidate(PeriodChoice(m, value, base, reason, m.kind), reason, {
            **features, "after_figure": float(after), "base_figure": float(base_here and not after),
            # (a share's move in a clause parallel to one the period dates is of that period too: "Orla's stock has rallied
            # 17% year to date, while Kestrel shares have soared 36%")
            "market_elsewhere": float(market and not after and not (m.end <= q_start and opening(sentence, m))
                                      and not (m.end <= q_start and _parallel_clause(gap, m, usable, q_start))),
            "sample_size": sample * (not after),
            "comparison_base": float(m.base and not (after and (base_here or owned)) and not when_of(sentence, m, q_start)
                                     and not (future and m.kind in ("month", "month_year") and m.text[:5].lower() == "from ")),
            "of_base_figure": float(attached.get(i) in bases and not after),
            "of_other_figure": float(attached.get(i) is not None and not after),
            # "totals £2.95 billion, below the £3.1 billion peak in 2023": a later figure's own period, past a comma
            "of_figure_past_comma": float(not after and attached.get(i) is not None and attached[i] > figure
                                          and bool(re.search(r"[,;](?!\d)", sentence[q_end:figures[attached[i]][0]]))
                                          and not _OWN_SIDES.fullmatch(sentence[q_end:figures[attached[i]][0]]))}))
    span = change_span(sentence, figure, figures, usable, setting) if is_change and not is_base_figure else None
    if span is not None:  # "fell by 29%, from 10 billion in 1970 to 7 billion in 2017": the change over 1970-2017
        found.append(Candidate(PeriodChoice(span[0], span[1], base, "in the sentence", span[0].kind), "in the sentence",
                               {"in_sentence": 1.0, "restates_span": 1.0}))
    if carried:
        # "worth at least £120 million over the next three seasons": a span still to come, no carried period
        to_come = any(m.kind == "next_span" and m.period is None and in_aside(sentence, m, q_end if m.start >= q_end else q_start)
                      for m in usable)
        # "have risen 11% since March": a span from a month to publication, which no label names
        # (a disaster's running toll since a month is of the day it is counted as of: article period kind report_day)
        since = carried_kind != "report_day" and any(
            m.kind == "since_month" and in_aside(sentence, m, q_end if m.start >= q_end else q_start) for m in usable)
        found.append(Candidate(PeriodChoice(None, carried, base, carried_reason, carried_kind), carried_reason, {
            "paragraph": float(carried_reason in ("paragraph", "list")), "article": float(carried_reason == "article"),
            "list_intro": float(carried_reason == "list"),
            "base_figure": float(is_base_figure), "span_to_come": float(to_come), "span_since_month": float(since),
            **(carry or {}),
            # "Prices are 3.2% higher than a year ago": a change against the same period a year back measures the
            # period the story reports, whatever the tense
            **({"not_past": 0.0} if setting.relative_base and not is_base_figure else {})}))
    return found


_THREE_MONTHS = re.compile(r"\b(?:three|3)[\s-]+months?\b", re.I)


def _quarter_of_three_months(m: PeriodMention, value: str | None, carried: str | None) -> str | None:
    """The calendar quarter carried into the sentence ("Q1 2015") for three months that end in its last month ("grew 0.9
    per cent in three months through March" in a story of the first quarter's national accounts), which name that
    quarter; `value` (the month they end in, "2015-03", as a statistics office's rolling three months are labelled)
    otherwise."""
    quarter = re.fullmatch(r"Q([1-4]) ((?:19|20)\d\d)", carried or "")
    if m.kind != "months_to" or quarter is None or not _THREE_MONTHS.search(m.text) \
            or value != f"{quarter.group(2)}-{3 * int(quarter.group(1)):02d}":
        return value
    return carried


_SINCE = re.compile(r"(FY)?((?:19|20)\d\d)-(?:FY)?((?:19|20)\d\d)")


def since_span(value: str | None, known: list[str | None]) -> str | None:
    """A "since 1996" span (`value`, which runs to the publication year) ending instead at the latest year the sentence
    or the article reports on, when that is earlier: a study published in March 2026 of counts up to 2024 says "down
    by a quarter since 1996" of 1996-2024. `known`: the labels of the sentence's other periods and of the article's."""
    span = _SINCE.fullmatch(value or "")
    if span is None:
        return value
    start, end = int(span.group(2)), int(span.group(3))
    years = [int(y) for k in known if k for y in re.findall(r"(?:19|20)\d\d", k)]
    later = [y for y in years if start < y < end]
    if not later:
        return value
    fy = span.group(1) or ""
    return f"{fy}{start}-{fy}{max(later)}"


_YEARS_LABEL = re.compile(r"(FY)?((?:19|20)\d\d)(?:-(?:FY)?((?:19|20)\d\d))?")


def change_span(sentence: str, figure: int, figures: list[tuple[int, int]], usable: list[PeriodMention],
                setting: _Setting) -> tuple[PeriodMention, str] | None:
    """For a change written before its two sides, each with its own year ("rose by 1.3°C, from 12.1°C in 1996-2005 to
    13.4°C in 2015-2024"), the span from the old side's first year to the new side's last, with the old side's mention;
    None otherwise (months and quarters too: no label names a span of them)."""
    old, new = figure + 1, figure + 2
    if new >= len(figures) or old not in setting.bases \
            or not _rules(load_words()).from_side.fullmatch(sentence[figures[figure][1]:figures[old][0]]) \
            or not _rules(load_words()).to_side.search(sentence[figures[old][1]:figures[new][0]]):
        return None
    sides = {}
    for i, m in enumerate(usable):
        owner = setting.attached.get(i)
        if owner in (old, new) and m.period and owner not in sides:
            sides[owner] = m
    if len(sides) < 2:
        return None
    first, last = _YEARS_LABEL.fullmatch(sides[old].period), _YEARS_LABEL.fullmatch(sides[new].period)
    if not (first and last) or bool(first.group(1)) != bool(last.group(1)):
        return None
    start, end = first.group(2), last.group(3) or last.group(2)
    if start >= end:
        return None
    fy = "FY" if first.group(1) else ""
    return sides[old], f"{fy}{start}-{fy}{end}"


def ago_from_publication(mentions: list[PeriodMention], published) -> list[PeriodMention]:
    """With no period to count back from, "four years ago" counts back from the publication date: the year that many
    years before it ("the Greens won four seats four years ago", published 2026 -> 2022). "A year earlier" stays
    relative: it needs a period of the claim's own."""
    if published is None or not any(m.kind == "years_ago" and m.period is None for m in mentions):
        return mentions
    return [dataclasses.replace(m, period=str(published.year - m.shift), shift=0, kind="relative_year")
            if m.kind == "years_ago" and m.period is None and m.shift and m.text.lower().endswith((" ago", " back")) else m
            for m in mentions]


_YEAR_ONLY = re.compile(r"(FY)?((?:19|20)\d\d)")


def ago_span(choice: PeriodChoice, mentions: list[PeriodMention], published, figure: int,
             figures: list[tuple[int, int]]) -> PeriodChoice:
    """A change (figure number `figure` of `figures`, sentence-relative offsets) measured from a year written relative
    to its own as two or more years back, right after it with no other figure between ("the population rose 9.7
    percent from a decade ago", "up 40% on five years earlier"), whose sentence writes no period of its own for it: a
    change over the span of years from that base to the claim's carried year (or, with none, the year of publication),
    labelled as a span is ("2015-2025"), its base kept. The choice unchanged for any other claim: a change on a year
    before keeps its own year ("up 4% from a year ago"), and so does one whose sentence dates it ("4,310 calls last
    year, up about 40% from a decade ago": 2025)."""
    base = _YEAR_ONLY.fullmatch(choice.base or "")
    if base is None or choice.value is not None and choice.written:
        return choice
    end_of = figures[figure][1]
    upto = figures[figure + 1][0] if figure + 1 < len(figures) else None
    if not any(m.kind in ("years_ago", "relative_year") and m.base and m.start >= end_of
               and (upto is None or m.start <= upto)  # (the next figure may be its own count: "five years ago")
               and m.text.lower().endswith((" ago", " earlier", " before", " back")) for m in mentions):
        return choice
    own = _YEAR_ONLY.fullmatch(choice.value or "")
    if own is None and (choice.value is not None or published is None):
        return choice
    fy = (own.group(1) if own else None) or base.group(1) or ""
    end = int(own.group(2)) if own else published.year
    start = int(base.group(2))
    if end - start < 2:
        return choice
    return dataclasses.replace(choice, value=f"{fy}{start}-{fy}{end}", kind=choice.kind or "years_ago",
                               reason=choice.reason if choice.value else "in the sentence")


_SPAN_OF_YEARS = re.compile(r"((?:19|20)\d\d)-((?:19|20)\d\d)")
# between a change's figure and its new side: at most a word and "to" ("9pc to 71,200", "5,400 pairs to 6,100"), or
# a verb taking the thing up ("18pc to bring it up to 184,310"); not "5,000 euros were paid to 310 farms"
_NEW_SIDE = re.compile(r"(?:\s+[a-z]+)?\s+to\s+|\s+to\s+[a-z]+\s+(?:it|them)\s+up\s+to\s+", re.I)


def span_end(choice: PeriodChoice, sentence: str, figure: int, figures: list[tuple[int, int]]) -> PeriodChoice:
    """The level a change reaches over a span of years (figure number `figure` of `figures`, right after the "to" of a
    change whose figure comes before it in the sentence: "the number of homes rose by 9pc to 71,200 between 2011 and
    2022", "rising by 18pc to bring it up to 184,310", "grew from about 5,400 pairs to about 6,100 over the study
    period"): the level at the span's end, its last year (2022); the change itself keeps the span. The choice unchanged
    for any other claim."""
    span = _SPAN_OF_YEARS.fullmatch(choice.value or "")
    start = figures[figure][0]
    if figure > 0 and sentence.startswith("up to ", start):  # a figure written with its "up to" ("up to 184,310")
        start += 6
    if span is None or figure == 0 or not _NEW_SIDE.fullmatch(sentence, figures[figure - 1][1], start):
        return choice
    return dataclasses.replace(choice, value=span.group(2))


@lru_cache(maxsize=4)
def _forecast_nouns(words: FrameWords) -> re.Pattern[str]:
    """A noun of a forecast or an estimate (rules/frame.json `forecast_nouns`, `estimate_nouns`), singular or plural."""
    return re.compile(rf"{alternatives(words.forecast_nouns | words.estimate_nouns, boundary=False)}s?\b", re.I)


# between a forecast item's year and a figure of it: no clause or sentence break, no other year
_ITEM_GAP = re.compile(r"(?:[^;:!?()\u2014]|\.(?=\d)){0,90}")
# a year an item of a forecast names: written in digits, or this, next or the current year
_ITEM_YEAR = re.compile(r"(?:19|20)\d\d|\b(?:this|next|the\s+current|the\s+coming)\s+(?:fiscal\s+|financial\s+)?year\b", re.I)
# right before a side of a revision: its "to" or its "from" (the old side maybe "previous": "from a previous 6.4%")
_SIDE_BEFORE = re.compile(r"\b(?:to|from)\s+(?:(?:a|an|the|its)\s+)?(?:(?:previous|prior|earlier|revised)\s+)?$", re.I)
# what may stand between a figure and a period written for it alone ("3.2% in 2021", "to 3% for 2023")
_OWN_PERIOD_GAP = re.compile(r"\s*(?:in|for|during|over)?\s*(?:the\s+)?(?:whole\s+|full\s+|calendar\s+|fiscal\s+)?")


def forecast_item(sentence: str, figure: int, figures: list[tuple[int, int]],
                  mentions: list[PeriodMention]) -> PeriodMention | None:
    """The year of the item of a forecast's revision that figure number `figure` of `figures` (sentence-relative
    offsets) stands in: a forecast's or an estimate's noun (`forecast_nouns`, `estimate_nouns`) written with a year
    before the figure, which is a side of the revision after "to" or "from" ("raised its inflation estimate for 2031 to
    6.2% from a previous 5.4% and for 2032 to 3% from 2.5%", "lowered its 2031 growth forecast to 2% from 2.4% and its
    2032 forecast to 2.2% from 2.6%", "its projection for 2032 inflation to 4.1% from a previous 3.8%"): each figure,
    new side or old, is of the year written last before it in its item, not of the next item's year written after it
    nor the year before. None when no such year stands before it, or a period is written right after it for it alone
    ("to 3% from 3.1% in 2030")."""
    q_start, q_end = figures[figure]
    before = [m for m in mentions if m.end <= q_start and m.period and not m.base and _YEAR_ONLY.fullmatch(m.period)]
    if not before:
        return None
    year = before[-1]
    if not _ITEM_YEAR.search(year.text):
        return None  # ("kept its full-year forecast of up to 8% ...": no year an item names)
    gap = sentence[year.end:q_start]
    if not _ITEM_GAP.fullmatch(gap) or not _SIDE_BEFORE.search(gap):
        return None
    if not _forecast_nouns(load_words()).search(sentence, max(0, year.start - 60), q_start):
        return None
    nxt = next((m for m in mentions if m.start >= q_end and m.period), None)
    if nxt is not None and _OWN_PERIOD_GAP.fullmatch(sentence, q_end, nxt.start):
        return None  # "to 3% from 3.1% in 2030": the old side's own year
    return year


def choose(sentence: str, figure: int, figures: list[tuple[int, int]], mentions: list[PeriodMention],
           carried: str | None, carried_reason: str, fiscal: bool, is_change: bool,
           carried_kind: str | None = None, weights: Weights | None = None,
           carry: Mapping[str, float] | None = None, prior_span: str | None = None,
           year_end: int | None = None) -> PeriodChoice:
    """The period of figure number `figure` of `figures` (sentence-relative offsets) in `sentence`: the
    best-scoring of its `candidates` (weights: rules/weights.json's "period" section), else none.

    mentions (list[PeriodMention]): the sentence's period mentions, sentence-relative.
    carried (str | None): the paragraph's or article's period, a candidate when given.
    carried_reason (str): "paragraph" or "article".
    fiscal (bool): the article reports fiscal years, so a bare year is a fiscal year.
    is_change (bool): the claim states a change, whose comparison base is looked for.
    carry (Mapping | None): the features of the carried candidate that depend on the figure (`carry_features`).
    prior_span (str | None): the span of years written last before the sentence (see `candidates`).
    year_end (int | None): the month the reporting organisation's fiscal year ends in (see `_same_period_of`).
    """
    setting = _setting(sentence, figure, figures, mentions, carried, fiscal, is_change, year_end)  # read once for both
    if setting.anchor and _earlier_forecast(sentence, figures[figure], mentions, figure in setting.bases):
        # "expected inflation to rise this year to 2.7%, up from 2.5% in January", "down from their December
        # projections of 2.1%": an earlier forecast's old side, dated by the month the forecast was made, is a forecast
        # of the same period as the new one
        return PeriodChoice(None, setting.anchor, None, "base of the change")
    if figure > 0 and figure not in setting.bases \
            and _rules(load_words()).revision_before.search(sentence, max(0, figures[figure][0] - 60), figures[figure][0]) \
            and (revised := _revised_period(setting, figures[figure][0], carried, fiscal)) is not None:
        # "April payrolls fell by 182,000 - a revision from the previously reported decline of 223,000": an earlier
        # estimate of the figure before it, of the period written before it, past the dash
        return PeriodChoice(None, revised, None, "base of the change")
    found = candidates(sentence, figure, figures, mentions, carried, carried_reason, fiscal, is_change, carried_kind,
                       carry, prior_span, setting, year_end)
    weights = weights or load_weights()
    chosen = best(found, weights, "period")
    if chosen is not None:
        if chosen.value.mention is None:  # carried: a mention of the same period in the sentence is its written form
            w = weights.of("period")
            same = [c for c in found if c.value.mention is not None and c.value.value == chosen.value.value
                    and c.score(w) > _RULED_OUT]
            if same:
                return same[0].value
        return chosen.value
    if figure in setting.bases:
        # "operating profit climbed to €1.12 billion from €980 million": the old figure is the year before's
        # (a statistics release's rolling year, carried to every figure of it, is a year back too: "13,100 violent
        # offences, down from 13,900" in the year ending March 2025 -> the year ending March 2024)
        rolling = bool(carry and carry.get("fiscal_carry")) and setting.anchor == carried
        # an election's old side ("took seven seats, up from four") is of the vote before, not of the year before
        # a monthly release's rate ("Core inflation rose to 3.5% from 3.3%") is set against the month before's reading
        monthly_rate = bool(carry and carry.get("month_release")) and setting.anchor == carried
        # a budget's old side ("will see the bill drop from $412 to $398") is the year before the one budgeted for
        budget = carried_kind == "budget_year" and setting.anchor == carried
        if carried_kind in ("poll_month", "election_month") and setting.anchor == carried \
                and _rules(load_words()).earlier_poll.match(
                    sentence, figures[figure][1], figures[figure + 1][0] if figure + 1 < len(figures) else len(sentence)):
            # "up from 38.6 percent in a Nanos poll released on Sunday", "from 25.9 percent in Sunday's poll": the last
            # poll's share, days before, of the poll's month
            return PeriodChoice(None, setting.anchor, None, "base of the change")
        if setting.anchor and _revised_from(sentence, figures[figure]):
            # "revised upwards, from the 2.6% expansion initially reported to 2.8%", "an upward revision from the
            # previously estimated 2.1 percent": a revision's old side is an earlier estimate of the same period
            return PeriodChoice(None, setting.anchor, None, "base of the change")
        value = None if carried_kind == "election_month" and setting.anchor == carried else \
            previous_of(sentence, figure, figures, setting.anchor, rolling, monthly_rate, budget)
        return PeriodChoice(None, value, None, "base of the change" if value else "none")
    return PeriodChoice(None, None, setting.base, "none")


# Before a figure, the words that make it the old side of a change written after the new one ("to $4.2m from $3.9m").
# (the old side of a change right before a figure: `_Rules.old_side`, a word of rules/frame.json `old_side_words`)
# A period a change's old side can be the year before of: a (fiscal) year, a quarter, a half or a season.
_YEARLY = re.compile(r"(?:FY)?(?:19|20)\d\d|[QH][1-4] (?:FY)?(?:19|20)\d\d|(?:19|20)\d\d-(?:\d\d)")


_YEAR_LABEL = re.compile(r"(?:FY)?(?:19|20)\d\d")
_TWO_YEAR_LABEL = re.compile(r"(?:19|20)\d\d-\d\d")


def _revised_period(setting: _Setting, start: int, carried: str | None, fiscal: bool) -> str | None:
    """The period written last before an earlier estimate's figure at `start` (a relative one counted back from the
    period carried into the sentence: "revised up its estimate of growth in the previous quarter to 0.3%, from a first
    estimate of 0.2%"), the period of the figure it revises; None when none is written before it."""
    before = [m for m in setting.usable if m.end <= start and not m.base]
    if not before:
        return None
    m = before[-1]
    if m.period:
        return label(m, fiscal)
    return shift_back(carried, m) if carried and (m.shift or m.months or m.days) else None


@lru_cache(maxsize=4)
def _future_words(words: FrameWords) -> re.Pattern[str]:
    """A word of rules/frame.json `future_words` ("will", "expects", "should")."""
    return re.compile(alternatives(words.future_words), re.I)


@lru_cache(maxsize=4)
def _forecast_words(words: FrameWords) -> re.Pattern[str]:
    """A forecast's noun (rules/frame.json `forecast_nouns`): a clause after a full year a sentence forecasts that
    names one ("forecasts full-year sales of $50 billion ... and it cut the high end of its earnings outlook by a
    penny") forecasts the same year, however its clauses are joined."""
    return re.compile(rf"\b{alternatives(words.forecast_nouns, boundary=False)}s?\b", re.I)


@lru_cache(maxsize=4)
def _revision_words(words: FrameWords) -> re.Pattern[str]:
    """A forecast's or an estimate's noun (rules/frame.json `forecast_nouns`, `estimate_nouns`) and then, in its
    clause, "to" and the new figure, right before the old side's word: "its forecast for next year to 2.1 percent "."""
    nouns = alternatives(words.forecast_nouns | words.estimate_nouns, boundary=False)
    clause = r"(?:[^.;:!?()]|\.(?=\d))"  # (a figure's decimal point ends no clause)
    return re.compile(rf"\b{nouns}s?\b{clause}{{0,80}}\bto\s+{clause}{{1,40}}$", re.I)


def _revised_forecast(sentence: str, side_start: int) -> bool:
    """Whether the old side starting at `side_start` ("from 1.5 percent") is an earlier figure of a forecast or an
    estimate the sentence revises ("raised its forecast of growth for this year to 1.9 percent from 1.5 percent", "cut
    its full-year revenue guidance to $4.2 billion from $4.4 billion"): the same period's earlier forecast, not the
    year before's figure."""
    return _revision_words(load_words()).search(sentence, max(0, side_start - 140), side_start) is not None


def _future_of(text: str) -> bool:
    """Whether `text` holds a word of rules/frame.json `future_words`: a change still to come ("will rise from $80 to
    $86") or one not made ("should have raised the tax from 6% to 7.5%")."""
    return _future_words(load_words()).search(text) is not None


def _expected_after(text: str) -> bool:
    """Whether `text`, after an old figure written "vs", says it was expected or estimated (a word of rules/frame.json
    `estimate_nouns` or `forecast_verbs`, as a lemma's start: "as expected by analysts", "estimate", "forecast")."""
    words = load_words()
    stems = {w[:6] for w in words.estimate_nouns | words.forecast_verbs if len(w) >= 6}
    return any(w[:6] in stems for w in re.findall(r"[a-z]+", text[:60].lower()) if len(w) >= 6)


_MONTH_OF_FORECAST_BEFORE = re.compile(r"(?:['\u2019]s)?\s+(?:median\s+)?(?:projections?|forecasts?|estimates?|outlook)"
                                       r"(?:\s+of|\s*:)?\s*(?:the\s+|a\s+)?$", re.I)
_MONTH_OF_FORECAST_AFTER = re.compile(r"(?:\s*(?:to|-|\u2013)\s*[\d.]+\s*(?:%|per\s*cent|percent))?\s*(?:range\s+)?"
                                      r"(?:reported|projected|forecast|predicted)\s+(?:in\s+)?", re.I)


@lru_cache(maxsize=4)
def _forecast_verbs(words: FrameWords) -> re.Pattern[str]:
    """A verb of rules/frame.json `forecast_verbs` in any of its forms ("forecast", "projected", "expects")."""
    return re.compile(rf"\b{alternatives(words.forecast_verbs, boundary=False)}\w*\b", re.I)


def _earlier_forecast(sentence: str, figure: tuple[int, int], mentions: list[PeriodMention], base: bool) -> bool:
    """Whether `figure`, in a sentence about a forecast (`forecast_nouns`, `estimate_nouns`, or a verb of
    `forecast_verbs`), is dated only by the month an earlier forecast was made: a month right after it when it is the
    old side of a change (`base`) with a participle of forecasting or reporting between ("down from the 3.0% to 3.5% range
    reported in June"; not a reading's own month, "up from 3.4% in December"), or owning
    the forecast noun right before it ("down from their December projections of 2.1%", "(June's projection: 3.5% -
    4.2%)")."""
    words = load_words()
    if not (_forecast_nouns(words).search(sentence) or _forecast_verbs(words).search(sentence)):
        return False
    start, end = figure
    for m in mentions:
        if m.kind not in ("month", "month_year") or not m.period:
            continue
        if base and m.start >= end and m.start - end <= 30 and _MONTH_OF_FORECAST_AFTER.fullmatch(sentence, end, m.start):
            return True  # (an old side's: "up from 2.5% in January", "from the 3.0% to 3.5% range reported in June")
        if m.end <= start and start - m.end <= 30 and _MONTH_OF_FORECAST_BEFORE.search(sentence, m.end, start):
            return True
    return False


def _revised_from(sentence: str, figure: tuple[int, int]) -> bool:
    """Whether the old side `figure` (sentence offsets) of a change is an earlier estimate of the same figure: a word of
    `revision_words` right before it or right after it and its noun."""
    rules = _rules(load_words())
    start, end = figure
    return rules.revision_before.search(sentence, max(0, start - 60), start) is not None \
        or rules.revision_after.match(sentence, end) is not None


def previous_of(sentence: str, figure: int, figures: list[tuple[int, int]], anchor: str | None,
                rolling: bool = False, monthly_rate: bool = False, budget: bool = False) -> str | None:
    """The period of the old figure of a change that writes none ("rose to 24.6% from 23.9%"): the year before the
    claim's own yearly, quarterly or season period, or a `rolling` year's (a statistics release's year ending a
    month, labelled by that month: the year ending that month a year back), or a `monthly_rate`'s (a rate of a monthly
    release, carried as its month: the month before); None for another month (a series may compare with the month
    before or the year before), for a span, or when the old figure comes first ("from $80 to $86": a change still to
    come), unless its change is done in a story of a (rolling) year and the new side follows right after its "to"
    ("its combined ratio deteriorated from 85.3% to 85.9%" in a story of 2024: 2023), or its change is one a `budget`
    sets for the year budgeted for, carried ("will see the bill drop from $412 to $398": the year before's bill)."""
    start, end = figures[figure]
    lead = figure  # the old side's first figure, when this one restates it after "or" ("from $79.95 million or $0.71
    while lead > 0 and _OR_FIGURE.fullmatch(sentence, figures[lead - 1][1], figures[lead][0]):  # per share")
        lead -= 1
    start = figures[lead][0]
    side = _rules(load_words()).old_side.search(sentence[max(0, start - 20):start])
    if anchor is None or not (side or _compared_bare(sentence, start)):  # (or "compared to net income of $2.6m")
        return None
    if side is not None and _revised_forecast(sentence, max(0, start - 20) + side.start()):
        return anchor  # "raised its growth forecast for this year to 1.9 percent from 1.5 percent": the same year's
    following = sentence[end:figures[figure + 1][0]] if figure + 1 < len(figures) else sentence[end:]
    if side is not None and side.group(0).lower().startswith("v") and _expected_after(following):
        return None  # "88 cents per share vs. 91 cents per share as expected by analysts": the estimate, no year before
    to_new = re.fullmatch(r"[^,;]*\b(?:to|and)\s+", following) is not None
    if lead == 0 and not to_new:
        return None
    # (a budget's year written with both years, "2025-26", is a year too)
    year_label = _YEAR_LABEL.fullmatch(anchor) or budget and _TWO_YEAR_LABEL.fullmatch(anchor)
    if to_new and (not rolling and not year_label or _future_of(sentence[:start]) and not budget
                   # (only the new side right after: "from 2.6% of the placebo group to 2.1%" compares groups)
                   or not re.fullmatch(r"\s+to\s+", following)) \
            or re.match(r"\s+(?:in|during|for|over)\s+(?:the\s+)?(?:\w+\s+)?\d", following):
        # "from 5,400 birds to 6,100": the change is read from the old side, still to come ("will rise from $80 to
        # $86") or of a period no year back labels; "from 1 km² in the 1990s". But "deteriorated from 85.3% to 85.9%" in
        # a story of a year (or a rolling year): the old side is the year before's
        return None
    if rolling and re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])", anchor):
        return shift_period(anchor, 1)
    if monthly_rate and re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])", anchor):
        return shift_months(anchor, 1)  # a monthly release's rate: the reading of the month before
    season = re.fullmatch(r"((?:19|20)\d\d)-(\d\d)", anchor)
    if season and (int(season.group(1)) + 1) % 100 != int(season.group(2)):
        return None  # a month
    return shift_period(anchor, 1) if _YEARLY.fullmatch(anchor) else None


def _absolute(tok):
    """The verb an absolute clause of "with" and a participle hangs from ("with five coming from Norland", "with
    stocks adding 0.3 points": the participle the complement of "with", or describing the noun "with" takes), or None."""
    if tok is None or tok.tag_ != "VBG":
        return None
    prep = tok.head if tok.dep_ == "pcomp" else tok.head.head if tok.dep_ == "acl" and tok.head.dep_ == "pobj" else None
    if prep is None or prep.lower_ != "with" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return prep.head


def carry_tense(verb, tense: str, market_verbs: frozenset[int] | set[int] = frozenset()) -> str:
    """The tense a figure reports in, for the carried period: a verb without a tense of its own (a participle or a
    bare infinitive hanging from another clause: "numbers rose by 21,000, pushing the rate up to 4.3%", "the index
    increased, rising 0.9%") reports in the tense of the verb it hangs from, unless that verb moves a share price
    (`market_verbs`, token indices: "fell 2.3% by midday, giving the company a market value of €31 billion" is the
    value on the day).

    verb (Token | None): the verb governing the figure.
    tense (str): the tense read from `verb` alone (see the claims component's `_tense`).
    """
    tok = verb
    for _ in range(4):
        # (an absolute clause, "with" and a participle, has a subject of its own and no tense: "rose 3%, with 228,000
        # offences taking place", "was driven by exports, with stocks adding 0.3 points")
        absolute = _absolute(tok)
        if tense != "present" or tok is None or tok.tag_ not in ("VBG", "VB") \
                or tok.dep_ not in ("advcl", "ccomp", "conj", "acl") and absolute is None \
                or any(c.dep_ in ("aux", "auxpass") or c.dep_ == "nsubj" and absolute is None
                       for c in tok.children if c.tag_ != "TO") or tok.head.i == tok.i:
            return tense
        tok = absolute if absolute is not None else tok.head
        if tok.i in market_verbs:
            return tense
        if tok.tag_ in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in tok.children):
            return "past"
    return tense


# Determiners that make a subject a rule or an indefinite one rather than a definite thing whose state is reported.


def present_state(verb, sentence: str) -> bool:
    """Whether the present-tense `verb` (a Token, or None) states the current state of a definite thing: its subject
    is a name, or has "the"/"this" or an owner ("The trust runs 1,180 beds", "The agency's fleet of 412 buses
    includes 96 electric", "The site lies 22 km off the coast"), so the period the story reports on is its period.
    Not a rule or an indefinite subject ("each turbine has three blades", "a typical household uses"), a habit
    ("... each spring", "every August") or direct speech (what someone says holds when they say it)."""
    if verb is None or verb.tag_ not in ("VBZ", "VBP") or sentence.lstrip()[:1] in ('"', "\u201c", "'", "\u2018"):
        return False
    if any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1:
        return False
    subject = subjects[0]
    if subject.pos_ == "PRON":
        # "The average rent was £1,240 in May. This is a £61 increase on a year before": a "this" or "that" opening
        # the sentence stands for the figure of the sentence before, whose period it states
        return subject.lower_ in ("this", "that") and subject.i == verb.sent.start
    words = list(subject.children)
    if any(w.dep_ == "det" and w.lower_ in load_words().generic_determiners for w in words):
        return False
    if any(t.lower_ in load_words().habit_determiners and t.head.ent_type_ == "DATE" for t in verb.sent):
        return False  # a habit: "the team spends six weeks on the ice each spring"
    return subject.pos_ == "PROPN" or any(w.dep_ == "poss" or w.dep_ == "det" and w.lower_ in ("the", "this", "these")
                                          for w in words)


# Words that join a figure to the noun it describes ("a €3.2m grant", "a 14-mile project", "a 52,000-seat arena").
_MODIFIER_DEPS = ("nummod", "compound", "amod", "quantmod", "npadvmod")


def describes_thing(span, change_nouns: frozenset[str], record_words: frozenset[str] = frozenset(),
                    scoring_units: frozenset[str] = frozenset()) -> bool:
    """Whether the figure `span` (a Span) describes a thing the sentence brings in with "a"/"an", by its size or value
    ("funded by a €3.2m grant", "a 14-mile project", "under a 15% sell-on clause"): a fact about that thing, not a
    measure of a period. Not a change noun (`change_nouns`: "a 10.8% cut", "a 7.7% rise") nor a figure after its noun
    ("a budget of $4m"), nor a record a word of `record_words` (or one ending in it after a hyphen) calls it between
    the article and the figure ("threw for a career high four touchdowns", "a season-best 31 points"): a measure of
    what was done, in its period; nor a figure in a unit of `scoring_units` a match report counts its scoring in, right
    after it or hyphened to it ("finish with a disastrous 91 runs", "a 41-run victory", "a fighting 53-run knock"): what
    was scored, in the match's period."""
    doc = span.doc
    singular = {u[:-3] + "y" if u.endswith("ies") else u[:-1] if u.endswith("s") else u for u in scoring_units}
    if scoring_units and span.end < len(doc) and (
            doc[span.end].lower_ in scoring_units
            or doc[span.end].text == "-" and span.end + 1 < len(doc) and doc[span.end + 1].lower_ in singular):
        return False
    tok = span.root
    head = tok
    while head.dep_ in _MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    if head is tok or head.pos_ not in ("NOUN", "PROPN") or head.lemma_.lower() in change_nouns:
        return False
    dets = [c for c in head.children if c.dep_ == "det" and c.i < span.start]
    if record_words and dets and any(t.lower_ in record_words or t.lower_.rsplit("-", 1)[-1] in record_words
                                     for t in span.doc[dets[0].i + 1:span.start]):
        return False
    return bool(dets) and dets[0].lower_ in ("a", "an")


def describes_name(span) -> bool:
    """Whether the figure `span` (a Span) describes a noun that describes a name ("Marlow, a two-time champion",
    "Orla is a 300-person start-up"): the noun in apposition to the name, or the complement of "be" with the name as
    its subject: a standing fact about what is named, not an event of the story's period."""
    head = span.root
    while head.dep_ in _MODIFIER_DEPS and head.head.i > head.i:
        head = head.head
    if head is span.root or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if head.dep_ == "appos":
        return head.head.pos_ == "PROPN"
    return head.dep_ == "attr" and head.head.lemma_ == "be" \
        and any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in head.head.children)


def sample_size(span, sample_nouns: frozenset[str]) -> bool:
    """Whether the figure `span` (a Span) counts who or what a study asked or looked at: the 'of' phrase or the object
    of a word in `sample_nouns` ("a survey of 2,400 riders", "a poll of 14 brokers", "polled 1,200 voters")."""
    tok = span.root
    noun = tok.head if tok.dep_ in ("nummod", "quantmod") and tok.head.i != tok.i else tok
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        return noun.head.head.lemma_.lower() in sample_nouns
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in sample_nouns


_CLAUSE_BREAK = re.compile(r"(?<!\d),|,(?!\d)|[;:()\u2014\u2013\"\u201c\u201d]")  # a comma, but not a figure's thousands comma


def event_day(span, reporting_verbs: frozenset[str], sentence: str | None = None):
    """The word of DAY_WORDS that dates the event the figure `span` (a Span) reports, written in its own clause ("Pike
    scored twice on Saturday", "a crowd of 18,400 watched on Sunday", "the index closed 62 points lower on Tuesday"):
    a Token, or None. Not a day that only dates the report of it, the day of a word in `reporting_verbs` ("the office
    said on Wednesday that ...", "figures published on Tuesday show ..."), nor one past a clause break, nor the day of a
    close or a price after the figure ("6.75 per cent from Tuesday's close of 6.60", rules/frame.json
    `previous_close_words`; "added $1.50 from Friday's price"). `sentence`,
    the text of the figure's sentence when the caller has it, lets a sentence with no day word go unread."""
    if sentence is not None and "day" not in sentence.lower():
        return None  # every word of DAY_WORDS ends in "day": no need to walk the sentence's tokens
    doc = span.doc
    # the day right after the figure first ("rallied 2.2% on Friday and 3.4% on Thursday": Thursday for 3.4%), then the
    # nearest before it
    sent = span.sent  # (the tokens on each side sliced from the Doc: a Token made for each word once, not twice)
    after = list(doc[span.end:sent.end])
    before = list(doc[sent.start:span.start])[::-1]
    closes = {phrase.split()[-1] for phrase in load_words().previous_close_words}
    for tok in after + before:
        if tok.lower_ not in DAY_WORDS:
            continue
        if tok.i >= span.end and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ in ("'s", "\u2019s") \
                and (doc[tok.i + 2].lower_ in closes or doc[tok.i - 1].lower_ == "from"):
            continue  # "ended at 6.75 per cent from Tuesday's close of 6.60", "added $1.50 from Friday's price": the day
            # of the close or price the figure is measured from
        head = tok.head.head if tok.head.dep_ == "prep" else tok.head
        if head.lemma_.lower() in reporting_verbs or head.lower_ in reporting_verbs:
            continue
        if _opening_day(tok):
            return tok
        low, high = (span.end_char, tok.idx) if tok.idx >= span.end_char else (tok.idx + len(tok), span.start_char)
        text = doc.user_data.get("claimx_text") or doc.text  # the claims component leaves the text read once
        if not _CLAUSE_BREAK.search(text[low:high]) and not _rules(load_words()).count_start.search(text[low:high]):
            # (not the comma of a figure between: "down 3% at 1,080p on Tuesday"; but a day a "since" clause names
            # is when the count began, rules/frame.json `count_start_words`: "3,400 people displaced and 1,270 homes
            # damaged since rain began on Monday")
            return tok
    return None


def root_day(span, reporting_verbs: frozenset[str]):
    """The word of DAY_WORDS that dates the main verb of the sentence of the figure `span` (a Span), when the figure
    stands in a clause under that verb: a day the verb governs ("dipped yesterday", "fell on Monday"), not written with
    "'s", and a verb that is no speaker's or publisher's (`reporting_verbs`: "the office said on Tuesday"). A Token, or
    None. The market figures of the sentence's later clauses are of that day ("oil prices dipped yesterday as the WTI
    contract fell $1.40, or 2.1 per cent, while the Brent contract declined $1.20")."""
    root = span.sent.root
    if root.lemma_.lower() in reporting_verbs or root.lower_ in reporting_verbs:
        return None
    under = span.root
    while under.head.i != under.i and under.i != root.i:
        under = under.head
    if under.i != root.i:
        return None
    for child in root.children:
        day = child if child.lower_ in DAY_WORDS and child.dep_ in ("npadvmod", "advmod", "nmod", "obl") else \
            next((g for g in child.children if g.lower_ in DAY_WORDS and g.dep_ == "pobj"), None) \
            if child.dep_ == "prep" and child.lower_ == "on" else None
        if day is not None and not (day.i + 1 < len(day.doc) and day.doc[day.i + 1].lower_ in ("'s", "\u2019s")):
            return day
    return None


def _opening_day(tok) -> bool:
    """Whether the day word `tok` opens its sentence, alone or after "on", before a comma ("On Tuesday, the Varex index
    ended 120 points lower at 31,204, while the Tolmex index was down 0.4%"): it dates every clause of the sentence."""
    start = tok.sent.start
    return tok.i + 1 < tok.sent.end and tok.doc[tok.i + 1].text == "," \
        and (tok.i == start or tok.i == start + 1 and tok.doc[start].lower_ == "on")


def dated_in_month(day_word, carried: str | None) -> bool:
    """Whether the weekday `day_word` (a Token, see `event_day`) is written with its date ("on Sunday 4 February", "on
    Friday, March 7") in the month `carried` ("YYYY-MM") the figure's paragraph or article carries: the event of a day
    in the month a story reports, which takes that month, as every event of a day does."""
    found = re.fullmatch(r"((?:19|20)\d\d)-(0[1-9]|1[0-2])", carried or "")
    if day_word is None or found is None:
        return False
    words = [t.lower_ for t in day_word.doc[day_word.i + 1:day_word.i + 4] if t.text != ","]
    named = None
    if len(words) >= 2 and words[0].isdigit() and 1 <= int(words[0]) <= 31 and words[1].rstrip(".") in MONTHS:
        named = MONTHS[words[1].rstrip(".")]
    elif len(words) >= 2 and words[0].rstrip(".") in MONTHS and re.fullmatch(r"\d{1,2}(?:st|nd|rd|th)?", words[1]):
        named = MONTHS[words[0].rstrip(".")]
    return named == int(found.group(2))


def day_label(day_word, published, *, ahead: bool = False, market: bool = False) -> str | None:
    """The label "YYYY-MM-DD" of the day `day_word` (a Token of DAY_WORDS, see `event_day`) names in an article
    published on `published` (see `claimx.periods.day_of_week_before`; `market` for a market's day of trading): "on
    Friday" in a report published on Friday 19 April 2024 is "2024-04-19". None without a publication date."""
    if day_word is None or published is None:
        return None
    last = day_word.i > 0 and day_word.doc[day_word.i - 1].lower_ == "last"
    day = day_of_week_before(day_word.lower_, published, ahead=ahead, last=last, market=market)
    return day.isoformat() if day else None


def carry_features(carried: str | None, tense: str, status: str, duration: bool, model: ArticleModel,
                   headline: bool = False, state: bool = False, described: bool = False,
                   sample: bool = False, day: bool = False, rolling: bool = False,
                   rate: bool = False, fixed: bool = False) -> dict[str, float]:
    """What decides whether a figure takes the period its paragraph or article carries.

    carried (str | None): the carried period.
    tense (str): "past", "present", "future" or "none" (see the claims component's `_tense`).
    status (str): the frame's status ("reported", "forecast", "estimate", "market").
    duration (bool): the figure is a length of time ("12 minutes"), which places nothing in time.
    model (ArticleModel): the article's calendar.
    headline (bool): the figure is in the headline, whose present tense reports what has happened ("Jobless rate
        climbs to 5.1%"): it is read as the past.
    state (bool): the figure states a definite thing's present state (`present_state`).
    described (bool): the figure describes a thing brought in with "a" (`describes_thing`); a results or budget
        story's fiscal period, or a poll story's month, still goes to it.
    sample (bool): the figure is the size of a study's sample (`sample_size`): no period but one written right after
        it, which `candidates` also reads from these features.
    day (bool): the figure reports a day's event (`on_the_day`) and is not a sum of money (a fee agreed on deadline day
        is the season's); a results or budget story's fiscal period still goes to it. A market figure (`status`
        "market") in a story of a deal struck now (article period kind "deal_month") counts as one: the day's trading.
    rolling (bool): the carried period is a statistics release's rolling year ("recorded 267,330 crimes in the year
        ending March 2025"), which, like a results story's fiscal period, every figure of the release shares.
    fixed (bool): the figure is a fact about a person or a name in any story (a career total, `describes_name`),
        which takes no carried period, a match report's month included.
    rate (bool): the figure is a percentage, as a statistics release's rates and shares are; with a carried month
        named as one (`month_release`), its present tense reports that month ("Youth unemployment is 11.3%").
    """
    if headline and tense == "present":
        tense = "past"
    lead_kind = model.period.kind if model.period is not None else None
    fiscal = model.fiscal and (carried or "").startswith(("FY", "Q", "H"))
    # a price change to take effect on a day to come is of that day's month in any tense: "will decrease by 30 cents",
    # "a litre will now cost R20.75" (article period kind effective_month)
    # and an opinion poll's shares, "Labour is on 34 per cent", are the poll's (article period kind poll_month)
    effective = lead_kind in ("effective_month", "poll_month") and carried is not None and carried == model.period.period
    return {"not_past": float(tense != "past" and not effective),
            "future": float((tense == "future" or status == "forecast") and not effective),
            # (a time run or played in the event a match's or a race's report is of, "won in two hours, five minutes", is
            # that event's, of its month)
            "duration": float(duration and lead_kind not in ("event_month", "match_month")), "fiscal_carry": float(fiscal or rolling and bool(carried)), "market": float(status == "market"),
            "current": float(not_over(carried, model.published, model.year_end)),
            "present_state": float(state and tense == "present" and status == "reported" and not duration),
            # (a budget's sums are the year budgeted for, whatever they describe: "unveiled a $4.8 billion package")
            # (and a deal's: "accepted a £32-billion takeover bid" is the deal struck in the month the story reports)
            # (a poll story's "a 12-point lead" is the poll's, as its shares are: article period kind poll_month)
            # (a match report's too: "scored with a 25-yard strike", "a 2-0 lead", events of the match; but not a fact
            # about a player or a name, `fixed`: "Marlow, a two-time champion", "her 418 career matches")
            "described_thing": float(fixed or described and not model.fiscal and not model.budget
                                     and lead_kind not in ("deal_month", "poll_month", "match_month")),
            "sample_size": float(sample),
            # an election article's year is the day's: "won 22 seats in Thursday's election" is of it
            # a share's move or price in a story of a deal struck now is the day's trading, not the deal's terms
            "on_the_day": float((day or status == "market" and lead_kind == "deal_month") and not model.fiscal and not model.budget
                                and lead_kind not in ("election_month", "match_month", "event_month", "event_year", "report_day", "poll_month")),
            # (a calendar quarter too: "rents rose 2.2 per cent over the June quarter ... growth in unit rents outpaced
            # house rents (up 3.5 per cent and 2.7 per cent)", as a quarterly release writes it)
            # (a month or quarter the release reports is a recent one: "a weak increase in October 2005" a year before
            # the story's month sets no present tense of the paragraph after it, "to raise borrowing costs to 5 per cent")
            "month_release": float(rate and carried is not None and re.fullmatch(r"(?:19|20)\d\d-(?:0[1-9]|1[0-2])|Q[1-4] (?:19|20)\d\d", carried) is not None
                                   and not model.fiscal and _recent(carried, model.published))}


# How many months before publication a statistics release's month (or quarter) may end and still be the one a present
# tense reports
_RELEASE_MONTHS = 6


def _recent(period: str, published) -> bool:
    """Whether the month or calendar quarter `period` ("2025-09", "Q3 2025") ended at most `_RELEASE_MONTHS` before the
    month of `published` (True when that is unknown)."""
    if published is None:
        return True
    if m := re.fullmatch(r"Q([1-4]) ((?:19|20)\d\d)", period):
        year, month = int(m.group(2)), 3 * int(m.group(1))
    else:
        year, month = int(period[:4]), int(period[5:7])
    return published.year * 12 + published.month - (year * 12 + month) <= _RELEASE_MONTHS


# Right after a figure (its unit or change word between), the word bringing in the side it is compared with, and the
# rest of the sentence up to a period mention: "14 per cent increase on the 77 million trips it recorded in", "about
# 31% above the $700 million valuation it was given in", "nearly three times the $260 million it raised in"
@lru_cache(maxsize=4)
def _compared_side_pattern(side_words: frozenset[str]) -> re.Pattern:
    """`compared_side`'s pattern with the words of rules/frame.json `compared_side_words`."""
    return re.compile(r"\s*(?:%|per\s?cent|percent|percentage\s+points?|points?)?\s*(?:(?!to\b)[a-z]+\s+){0,2}?"
                      rf"(?P<word>{alternatives(side_words)})\s+(?P<rest>.*)", re.I | re.S)


def compared_side(sentence: str, figure: tuple[int, int], choice: PeriodChoice,
                  earlier: Iterable[tuple[int, int]] = (), words: FrameWords | None = None) -> PeriodMention | None:
    """The period mention `choice` took for the figure at `figure` (sentence-relative offsets) when it stands inside
    the side the figure is compared with, after the figure: the comparison word ("above", "below", "than",
    "against", "compared with", "N times the"; "on", "over", "against" and "than" only before a figure of that side:
    "increase on the 77 million trips", not "rose 5% on strong sales", "over the year to March", "rose 3% against the
    dollar on Tuesday", "higher than when it opened in 2019") right after the figure, with no "to" between ("fell
    2% to below $50 on Tuesday"), and the mention later in that side's phrase, not the word's own object ("up 4% on
    2029": a base the mentions mark), in no later clause; or a mention before the figure inside the side one of the
    `earlier` figures of the sentence is compared with. None otherwise."""
    m = choice.mention
    if m is None or m.base or not choice.written:
        return None
    words = words or load_words()
    if m.end <= figure[0]:
        # (a mention before the figure inside the side an earlier figure is compared with: "about 31% above the $700
        # million valuation it was given in May 2029, and nearly three times the $260 million ...": the month is the
        # valuation's, not the later figure's)
        return m if any(f[1] <= m.start and _in_compared_side(sentence, f, m, words) for f in earlier) else None
    return m if m.start >= figure[1] and _in_compared_side(sentence, figure, m, words) else None


def _in_compared_side(sentence: str, figure: tuple[int, int], m: PeriodMention, words: FrameWords) -> bool:
    """Whether the mention `m` stands inside the side the figure at `figure` is compared with (`compared_side`)."""
    if sentence[figure[0]:figure[1]].lower().endswith("times") \
            and (times := re.match(r"\s+(?:the|that|what)\s+(.*)", sentence[figure[1]:m.start], re.S)):
        word, rest = "times", times.group(1)  # the figure "nearly four times", then "the $340 million ..."
    elif (found := _compared_side_pattern(words.compared_side_words).match(sentence, figure[1], m.start)) is not None:
        word, rest = " ".join(found.group("word").lower().split()), found.group("rest")
    else:
        return False
    if not rest.strip() or word in words.compared_side_figure_words and not re.search(r"\d", rest):
        return False
    if word in ("over", "on") and (twice := re.search(r"(\w+)\s+$", sentence[figure[1]:found.start("word")])) \
            and re.match(rf"{re.escape(twice.group(1))}\b", rest, re.I):
        return False  # "decreased 40.0% year over year to ¥1.43 billion ... in the full year": how the change is measured
    return re.search(rf"[;:]|,\s+{alternatives(words.clause_joins)}", rest) is None


def later_clause(sentence: str, q_end: int, mention: PeriodMention) -> bool:
    """Whether the period `mention` stands in a clause after the figure ending at `q_end` of `sentence` (a clause break
    of `_Rules.clause_break` between them: ", as retail sales fell ... in March", "; in March")."""
    return mention.start >= q_end and bool(_rules(load_words()).clause_break.search(sentence[q_end:mention.start]))
