"""Fitting the frame's weights to gold articles: `claimx eval --fit-weights OUT.json`.

The gold articles are run through the pipeline once with a trace on `claimx.frame.scoring.best`: each time the
subject or the period of a figure is chosen by scoring, its candidates are kept with their features. For every
figure matched to a gold claim (the evaluator's own matching, `claimx.evaluate`), each candidate is marked as
agreeing with the gold subject or period when its value does by the evaluator's test (`same_subject`,
`normalise_period`). A *choice* is one such figure and section: its candidates' feature vectors, which of them
agree, and whether choosing none agrees (a gold period of none).

`fit` then searches the weights to maximise the number of choices whose best candidate agrees: coordinate
ascent, each weight in turn tried at a grid of multipliers of its value (a weight of 0 at a grid of small values),
a change kept only when it adds right choices, until a pass changes nothing. The vetoes (weights of -1000 or below)
and each section's `minimum` stay as they are.

What a candidate agrees on is read from its own value: the rules that rewrite the chosen subject afterwards (a
statistics body's place, "world") and the period's reckoning after the choice (a forecast's year ahead, a fiscal
quarter's calendar months) are not replayed for the candidates not chosen. So a choice whose chosen candidate and
the claim's final field differ in agreeing with the gold is *decided later* (`Choice.decided_later`): a rule after
the scorer set the field, and would most likely set it whatever the scorer chose. Such choices are left out of the fit
and of its counts of right choices; counting them would "fix" claims a later rule already gets right (or keeps
wrong), and the fitted weights would not move the scores `claimx eval` reports. `Collected` counts them
(`final_differs`), and the matched claims no scoring chose for (a rule that bypasses the scorer).
"""
from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

import numpy
from spacy.language import Language
from spacy.tokens import Span

from claimx.evaluate import GoldArticle, _first_match, normalise_period, same_subject
from claimx.frame.scoring import FEATURES, TRACE, Weights, parse
from claimx.pipeline import extract_articles
from claimx.reader import read_file
from claimx.records import Failure

VETO = -1000.0  # a weight at or below this rules a candidate out; the fit leaves it as it is
MULTIPLIERS = (0.0, 0.25, 0.5, 0.75, 1.5, 2.0, 3.0)
FROM_ZERO = (-50.0, -20.0, -10.0, -5.0, 5.0, 10.0, 20.0, 50.0)


@dataclass(frozen=True)
class Choice:
    """One scored choice of a matched claim: `features[i]` of candidate i, `agrees[i]` whether its value agrees
    with the gold; `none_agrees` whether choosing no candidate agrees; `chosen` the index chosen (None: none);
    `decided_later` whether the claim's final field disagrees where the chosen candidate agrees, or the other way
    round (a later rule set it: see the module docstring)."""

    section: str
    features: tuple[Mapping[str, float], ...]
    agrees: tuple[bool, ...]
    none_agrees: bool = False
    chosen: int | None = None
    article: str = ""
    text: str = ""
    decided_later: bool = False


@dataclass
class Collected:
    """The choices of a run, with the counts that say what the fit cannot see (see the module docstring).

    matched: gold claims matched, per section that the gold gives a field for; scored: those chosen by scoring;
    unfittable: scored choices where no candidate (nor none) agrees; final_differs: scored choices where the
    chosen candidate's value and the claim's final field differ in agreeing with the gold."""

    choices: list[Choice] = field(default_factory=list)
    matched: dict[str, int] = field(default_factory=lambda: {s: 0 for s in FEATURES})
    scored: dict[str, int] = field(default_factory=lambda: {s: 0 for s in FEATURES})
    unfittable: dict[str, int] = field(default_factory=lambda: {s: 0 for s in FEATURES})
    final_differs: dict[str, int] = field(default_factory=lambda: {s: 0 for s in FEATURES})

    def add(self, other: "Collected") -> None:
        self.choices += other.choices
        for name in ("matched", "scored", "unfittable", "final_differs"):
            for s, n in getattr(other, name).items():
                getattr(self, name)[s] += n


class _TracedPipeline:
    """A stand-in for the pipeline in `extract_articles` that runs `nlp` on one Doc at a time, so that the
    trace knows which article and chunk each choice belongs to."""

    def __init__(self, nlp: Language, current: list):
        self.nlp, self.current = nlp, current

    def make_doc(self, text: str):
        return self.nlp.make_doc(text)

    def pipe(self, units: Iterable, as_tuples: bool = False, batch_size: int = 16) -> Iterator:
        for doc, context in units:
            self.current[:] = [context]
            yield self.nlp(doc), context


def _figure_key() -> tuple[int, int] | None:
    """The [start, end) of the figure being framed: the nearest `span` up the stack from the trace that is a
    quantity (the claims component's loop over figures, or the `_subject` it calls)."""
    frame = sys._getframe(2)
    while frame is not None:
        span = frame.f_locals.get("span")
        if isinstance(span, Span) and span.has_extension("quantity") and span._.quantity:
            return span._.quantity["start"], span._.quantity["end"]
        frame = frame.f_back
    return None


def collect(golds: Sequence[GoldArticle], nlp: Language) -> Collected:
    """Run `golds` through `nlp` once with the trace on and gather the choices of the matched claims."""
    current: list = [None]
    seen: dict[tuple[int, int, int], dict[str, tuple[list, object]]] = {}

    def trace(section: str, candidates: list, chosen) -> None:
        key = _figure_key()
        if key is None or current[0] is None:
            return
        n, offset = current[0]
        # the last choice of a section for a figure is the one its claim keeps
        seen.setdefault((n, key[0] + offset, key[1] + offset), {})[section] = (candidates, chosen)

    articles = [read_file(g.article).pop().model_copy(update={"published": g.published}) for g in golds]
    out = Collected()
    token = TRACE.set(trace)
    try:
        for n, (gold, item) in enumerate(zip(golds, extract_articles(articles, _TracedPipeline(nlp, current)))):
            if isinstance(item, Failure):
                continue
            out.add(_choices(n, gold, item.claims, seen))
    finally:
        TRACE.reset(token)
    return out


def _choices(n: int, gold: GoldArticle, claims: Sequence, seen: Mapping) -> Collected:
    out = Collected()
    used: dict[int, object] = {}
    for g in gold.claims:
        hit = _first_match(g, claims, used)
        if hit is None:
            continue
        i, _ = hit
        used[i] = g
        c = claims[i]
        traced = seen.get((n, c.start, c.end), {})
        for section in FEATURES:
            if section == "subject" and g.subject is None:
                continue
            agree = (lambda v: same_subject(g.subject, v)) if section == "subject" else \
                (lambda v: normalise_period(g.period) == normalise_period(v))
            out.matched[section] += 1
            if section not in traced:
                continue
            out.scored[section] += 1
            candidates, chosen = traced[section]
            values = [x.value if section == "subject" else x.value.value for x in candidates]
            agrees = tuple(bool(agree(v)) for v in values)
            none_agrees = section == "period" and g.period is None
            index = next((k for k, x in enumerate(candidates) if x is chosen), None)
            final = agree(c.subject if section == "subject" else c.period)
            later = (agrees[index] if index is not None else none_agrees) != bool(final)
            out.final_differs[section] += later
            if not any(agrees) and not none_agrees:
                out.unfittable[section] += 1
            out.choices.append(Choice(section, tuple(dict(x.features) for x in candidates), agrees, none_agrees, index,
                                      gold.name, g.text, later))
    return out


class _Matrix:
    """A section's choices as arrays: every candidate's features in one matrix, grouped by choice."""

    def __init__(self, choices: Sequence[Choice], names: Sequence[str]):
        choices = [c for c in choices if not c.decided_later]
        rows = [[f.get(name, 0.0) for name in names] for c in choices for f in c.features]
        self.x = numpy.array(rows, dtype=float).reshape(len(rows), len(names))
        self.agrees = numpy.array([a for c in choices for a in c.agrees], dtype=bool)
        sizes = [len(c.features) for c in choices]
        self.group = numpy.repeat(numpy.arange(len(choices)), sizes)
        self.none_agrees = numpy.array([c.none_agrees for c in choices], dtype=bool)
        self.n = len(choices)

    def right(self, w: numpy.ndarray, minimum: float) -> int:
        """How many choices the weights `w` get right (the first of equal scores winning, as `best` does)."""
        if self.n == 0:
            return 0
        if not len(self.agrees):  # no candidates at all: choosing none is all there is
            return int(self.none_agrees.sum())
        s = self.x @ w
        top = numpy.full(self.n, -numpy.inf)
        numpy.maximum.at(top, self.group, s)
        at_top = s == top[self.group]
        first = numpy.full(self.n, len(s))
        numpy.minimum.at(first, self.group[at_top], numpy.flatnonzero(at_top))
        has = (top > minimum) & (first < len(s))
        ok = numpy.where(has, self.agrees[numpy.minimum(first, len(s) - 1)], self.none_agrees)
        return int(ok.sum())


def right(choices: Sequence[Choice], weights: Weights, section: str) -> int:
    """How many of `choices` of `section` the weights get right."""
    names = FEATURES[section]
    mine = [c for c in choices if c.section == section]
    w = numpy.array([weights.of(section)[name] for name in names])
    return _Matrix(mine, names).right(w, weights.minimum[section])


def fit(choices: Sequence[Choice], weights: Weights, *, sections: Iterable[str] = tuple(FEATURES),
        passes: int = 4) -> Weights:
    """The weights that get the most of `choices` right, searched from `weights` (see the module docstring)."""
    changed = {s: dict(weights.of(s)) for s in FEATURES}
    for section in sections:
        names = FEATURES[section]
        matrix = _Matrix([c for c in choices if c.section == section], names)
        w = numpy.array([changed[section][name] for name in names])
        minimum = weights.minimum[section]
        best_right = matrix.right(w, minimum)
        for _ in range(passes):
            moved = False
            for k, name in enumerate(names):
                if w[k] <= VETO:
                    continue
                start = w[k]
                tries = [start * m for m in MULTIPLIERS] if start else list(FROM_ZERO)
                for value in tries:
                    trial = w.copy()
                    trial[k] = value
                    got = matrix.right(trial, minimum)
                    if got > best_right:
                        best_right, w, moved = got, trial, True
            if not moved:
                break
        changed[section] = {name: float(w[k]) for k, name in enumerate(names)}
    return Weights(changed, dict(weights.minimum))


def weights_json(weights: Weights, doc: str | None = None) -> dict:
    """The weights as weights.json writes them (checked by the loader's `parse` before it is returned)."""
    data = {"_doc": doc} if doc else {}
    data.update(weights.to_dict())
    parse(data, "fitted weights")
    return data


DOC = ("Weights fitted by `claimx eval --fit-weights` (claimx.fit_weights) from the packaged weights; copy the ones "
       "that hold up on sets they were not fitted on into src/claimx/rules/weights.json.")
COLUMNS = ("section", "matched", "scored", "no candidate agrees", "decided later (left out)", "right before", "right after",
           "changed weights")


def rows(collected: Collected, before: Weights, after: Weights) -> list[list[str]]:
    """One table row per section in COLUMNS order: the counts of `collected`, the choices right with `before` and
    with `after`, and the weights that changed ("name old->new")."""
    out = []
    for section in FEATURES:
        moved = [f"{name} {before.of(section)[name]:g}->{after.of(section)[name]:g}" for name in FEATURES[section]
                 if before.of(section)[name] != after.of(section)[name]]
        out.append([section, str(collected.matched[section]), str(collected.scored[section]),
                    str(collected.unfittable[section]), str(collected.final_differs[section]),
                    str(right(collected.choices, before, section)), str(right(collected.choices, after, section)),
                    ", ".join(moved) or "-"])
    return out
