"""Choosing by scoring candidates: features, weights as data, the best candidate.

The frame's choices (the subject of a claim, its period) gather *candidates*, each with a set of named
*features* (numbers, mostly 0 or 1: "is the grammatical subject of the figure's verb", "is a source",
"tokens away from the figure / 10"). A candidate's score is the weighted sum of its features; the highest
score above the section's `minimum` wins, ties going to the candidate gathered first.

The weights are data: `src/claimx/rules/weights.json`, one object per section ("subject", "period"),
each feature named there with its weight, plus the section's `minimum`. The file is checked when loaded
(an unknown section, an unknown or missing feature, a weight that is not a number: a `ValueError` naming
the file and the key) and saved and restored with the claims component (`nlp.to_disk()` carries it).
`claimx eval --ablate` scores the corpus once per feature with that feature's weight set to 0, so what
each feature adds can be read off (see docs/extraction.md).

To add a feature: compute it where the candidates are gathered, add its name to `FEATURES` below and
give it a weight in weights.json (the loader refuses a file that lacks it).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Generic, TypeVar

from claimx.lexicon import models_dir, read_rules_json

T = TypeVar("T")

# The features of each section, as computed by the modules that gather its candidates.
FEATURES: dict[str, tuple[str, ...]] = {
    "subject": (
        "possessive",          # the name owns the figure: "Harwick's $3.1 billion", "its 4,600 stores" -> topic
        "owner",               # the counted thing names its owner: "600 Sam's Club locations"
        "grammatical_subject",  # the subject of the figure's verb (or of a verb it hangs from)
        "holds_clause",        # the name stands as subject (or its owner) in the figure's clause
        "in_sentence",         # the name is written in the figure's sentence
        "distance",            # tokens between the name and the figure / 10 (in the sentence; else 0)
        "organisation",        # entity label ORG or PRODUCT
        "place_or_person",     # entity label GPE, LOC, FAC, PERSON, NORP, EVENT, WORK_OF_ART
        "source",              # the name is a source of figures: "according to X", "X said", "a study by X"
        "speaker",             # a person who says or estimates
        "topic",               # the organisation the text was last about (subjects of the two sentences before)
        "lead",                # what the article leads with (headline and first sentences)
        "salience",            # how often the name recurs in the article, log2(1 + mentions) / 4
        "lead_place",          # the place the headline and lead name most (what a statistics release is about)
        "place_scope",         # a place the clause opens with, in a story about places: "Across Wales, homicides rose 14%"
        "bracketed",           # the figure stands in brackets after the name: "Corvex Holdings (-4.1%)"
        "listed",              # the figure follows the name in a list with no verb: "Eurobourse 600 -0.6%; Nikkan 225 +0.9%"
        "paid_for",            # the figure is a sum paid for the name: "paid £41 million for Joel Varga"
        "moved",               # the name is what a verb moves by the figure: "dragging the Tarrant 150 down 0.8%"
        "place_in_clause",     # in a story about places, a place written "in" the figure's clause: "880 auctions held in Harlow"
        "local_place",         # in a disaster or weather story, a place written in/at/near the figure's own clause or phrase:
                               # "12 houses were lost at Kelbrook", "a high of 31.2C was recorded in Tarwick"
        "reporter",            # the name's role is the figure's reporter, not its owner: a public body (or a person) the
                               # subject of a verb of reporting, publishing or issuing the figure's clause hangs from
                               # ("The Harlow Weather Office issued three warnings", "Transport Ministry figures show
                               # 1.2 million journeys were made"), or a body holding warnings ("has two flood alerts")
        "reported_place",      # the place such a reporter's figure is of: the one place written in the figure's clause,
                               # else the country the reporter's name names, else the place the article leads with
    ),
    "period": (
        "after_figure",        # written right after the figure: "6,120 a year earlier", "5.4% in January"
        "base_relative",       # the old figure of a comparison and a relative period after it: "from 31% a year earlier"
        "restates_span",       # "over the same period": the span of the years written before it
        "in_sentence",         # a mention in the figure's sentence
        "other_clause",        # a clause break lies between the mention and the figure ("..., which opened in May")
        "distance",            # characters between the mention and the figure / 100
        "relative",            # relative to the claim's own period ("a year earlier"), resolved against it
        "comparison_base",     # introduced as a comparison base: "up 12% on the previous year", "from 2024"
        "of_base_figure",      # written after another figure that is a comparison's old side: "up from 31% in 2019"
        "of_other_figure",     # written right after another figure of the sentence, so that figure's period
        "of_figure_past_comma",  # written right after a later figure beyond a comma: "£2.95bn, below the £3.1bn peak in 2023"
        "counterpart",         # one on from "last year" dating a comparison's old side: "62.7%, compared with 62% last year"
        "base_figure",         # the figure is a comparison's old side and the candidate is not written for it
        "paragraph",           # the period the paragraph last set (a sentence before named it)
        "article",             # the period the article reports on (headline and lead)
        "not_past",            # (carried) the figure's verb is not in the past tense: a present state, a forecast
        "future",              # (carried) the figure is a forecast: future tense, "expects", "plans"
        "duration",            # (carried) the figure is a length of time ("12 minutes"), placing nothing in time
        "fiscal_carry",        # (carried) a results or budget story's fiscal period, which all its figures share
        "market",              # (carried) a share price or an index moving on the day
        "market_elsewhere",    # a mention not written for a share move ("fell 3.4% after X estimated ... in the third
                               # quarter"): the move is on the day, the mention dates what moved it
        "current",             # (carried) the carried period has not ended at publication (a forecast may take it)
        "present_state",       # (carried) a present-tense figure stating a named or definite thing's state ("the trust runs
                               # 1,180 beds"), not a rule ("each turbine has three blades"), a habit or direct speech
        "span_to_come",        # (carried) the figure's clause is for a span still to come ("over the next three seasons")
        "span_since_month",    # (carried) the figure's clause is for a span from a month to publication ("since March")
        "sample_size",         # the figure is the size of a study's sample ("a survey of 2,400 riders"): only a period
                               # written right after it
        "described_thing",     # (carried) outside a results or budget story, the figure describes a new thing by its size or
                               # value ("funded by a €3.2m grant", "a 14-mile project"), not a change ("a 10.8% cut")
        "on_the_day",          # (carried) outside a results or budget story, the figure reports a day's event, its verb
                               # dated by a weekday ("scored twice on Saturday"): no label names a day
        "list_intro",          # (carried) the period of a line ending in a colon over a list of one-line paragraphs
                               # ("For the year:" over "The S&P 500 is up 10.7%."): every line of the list is for it
        "month_release",       # (carried) a percentage, and the carried period a month named as one ("in October",
                               # "last month"): a statistics release's present tense ("the rate is 4.2%") reports it
    ),
}


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """One candidate: the value it would give, its features, and a short reason for the frame record."""

    value: T
    reason: str
    features: Mapping[str, float] = field(default_factory=dict)

    def score(self, weights: Mapping[str, float]) -> float:
        return sum(weights.get(name, 0.0) * x for name, x in self.features.items())

    def strongest(self, weights: Mapping[str, float]) -> str | None:
        """The feature that adds most to the score (what the frame gives as the reason), or None."""
        parts = [(weights.get(name, 0.0) * x, name) for name, x in self.features.items()]
        top = max(parts, default=(0.0, None), key=lambda p: p[0])
        return top[1] if top[0] > 0 else None


@dataclass(frozen=True)
class Weights:
    """The weights of every section; `minimum[section]` is the score a candidate must exceed to win."""

    sections: Mapping[str, Mapping[str, float]]
    minimum: Mapping[str, float]

    def of(self, section: str) -> Mapping[str, float]:
        return self.sections.get(section, {})

    def without(self, section: str, feature: str) -> "Weights":
        """These weights with one feature's weight set to 0 (what `claimx eval --ablate` measures)."""
        changed = dict(self.sections)
        changed[section] = {**self.sections[section], feature: 0.0}
        return replace(self, sections=changed)

    def to_dict(self) -> dict:
        return {section: {**{"minimum": self.minimum[section]}, **dict(weights)}
                for section, weights in self.sections.items()}


def merge(candidates: Iterable[Candidate[T]]) -> list[Candidate[T]]:
    """Candidates with the same value (case-folded when a string) merged into one: each feature its largest
    value, the reason of the first gathered. Order is kept (the first gathered comes first)."""
    merged: dict[object, Candidate[T]] = {}
    for c in candidates:
        key = c.value.casefold() if isinstance(c.value, str) else c.value
        if key not in merged:
            merged[key] = c
            continue
        old = merged[key]
        features = dict(old.features)
        for name, x in c.features.items():
            features[name] = max(features.get(name, x), x)
        merged[key] = Candidate(old.value, old.reason, features)  # (what `replace` builds, without reading the fields)
    return list(merged.values())


def best(candidates: Iterable[Candidate[T]], weights: Weights, section: str) -> Candidate[T] | None:
    """The highest-scoring candidate whose score exceeds the section's minimum (the first one on ties)."""
    trace = TRACE.get()
    if trace is not None:
        candidates = list(candidates)
    found, top = None, weights.minimum.get(section, 0.0)
    w = weights.of(section)
    for candidate in candidates:
        s = candidate.score(w)
        if s > top:
            found, top = candidate, s
    if trace is not None:
        trace(section, candidates, found)
    return found


# Set by `claimx eval --fit-weights` (claimx.fit_weights): called with the section, every candidate and the one
# chosen, each time `best` chooses; None (the default) in every other run.
TRACE: ContextVar[Callable[[str, list, "Candidate | None"], None] | None] = ContextVar("claimx_scoring_trace",
                                                                                     default=None)


def parse(data: object, where: str) -> Weights:
    """Check `data` (the JSON object of weights.json) and build the weights; `where` names it in errors."""
    if not isinstance(data, dict):
        raise ValueError(f"{where}: expected a JSON object")
    unknown = sorted(set(data) - set(FEATURES) - {"_doc"})
    if unknown:
        raise ValueError(f"{where}: unknown section {unknown[0]!r} (known: {', '.join(FEATURES)})")
    sections, minimum = {}, {}
    for section, names in FEATURES.items():
        given = data.get(section)
        if not isinstance(given, dict):
            raise ValueError(f"{where}: missing section {section!r}")
        extra = sorted(set(given) - set(names) - {"minimum"})
        if extra:
            raise ValueError(f"{where}: {section}: unknown feature {extra[0]!r} (known: {', '.join(names)})")
        for key in ("minimum", *names):
            if key not in given:
                raise ValueError(f"{where}: {section}: missing feature {key!r}")
            value = given[key]
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ValueError(f"{where}: {section}: {key!r} must be a number")
        sections[section] = {name: float(given[name]) for name in names}
        minimum[section] = float(given["minimum"])
    return Weights(sections, minimum)


def read_weights(path: str | Path) -> Weights:
    """Read and check the weights in the file at `path` (never cached: a saved pipeline may change)."""
    return parse(*read_rules_json(path))


def load_weights(path: str | Path | None = None) -> Weights:
    """The weights at `path` (default: the packaged rules/weights.json, read once per process)."""
    return read_weights(path) if path else _packaged()


@lru_cache(maxsize=1)
def _packaged() -> Weights:
    return read_weights(models_dir() / "weights.json")
