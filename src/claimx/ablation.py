"""What each frame feature adds: `claimx eval --ablate`.

The gold articles are scored once with the weights as they are, then once per feature of
`claimx.frame.scoring.FEATURES` with that feature's weight set to 0. Each text is parsed once: later runs
re-run only the claims component on the parsed document (the base pipeline and the quantities do not
depend on the weights), so an ablation costs the claims component and the checker per feature, not a parse.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from claimx.evaluate import Evaluation, GoldArticle, Score, evaluate
from claimx.frame.scoring import FEATURES

COLUMNS = ("section", "feature", "weight", "subject", "metric", "period", "verdict", "false alarms",
           "missed contradictions")
FRAME_FIELDS = ("subject", "metric", "period")


class ReplayPipeline:
    """A stand-in for the pipeline in `extract_articles`: the first time a text is seen it is parsed by
    `nlp`; after that only the claims component runs again on the parsed Doc."""

    def __init__(self, nlp: Language):
        self.nlp = nlp
        self.claims = nlp.get_pipe("claimx_claims")
        self._docs: dict[tuple[str, str], Doc] = {}

    def make_doc(self, text: str) -> Doc:
        return self.nlp.make_doc(text)

    def pipe(self, units: Iterable, as_tuples: bool = False, batch_size: int = 16) -> Iterator:
        for doc, context in units:
            key = (doc.text, repr(doc.user_data.get("claimx")))
            if key in self._docs:
                done = self.claims(self._docs[key])
            else:
                done = self._docs[key] = self.nlp(doc)
            yield done, context


@dataclass(frozen=True)
class Ablation:
    """One row: the scores with `feature` of `section` switched off (feature None: all features on)."""

    section: str
    feature: str | None
    weight: float | None
    score: Score


def ablate(golds: Sequence[GoldArticle], nlp: Language, *, reference: str | Path | None = None) -> list[Ablation]:
    """Score `golds` with all features, then without each feature in turn (see the module docstring)."""
    claims = nlp.get_pipe("claimx_claims")
    weights = claims.weights
    replay = ReplayPipeline(nlp)
    rows = [Ablation("all", None, None, evaluate(golds, replay, reference=reference).overall)]
    try:
        for section, names in FEATURES.items():
            for name in names:
                claims.weights = weights.without(section, name)
                found: Evaluation = evaluate(golds, replay, reference=reference)
                rows.append(Ablation(section, name, weights.of(section)[name], found.overall))
    finally:
        claims.weights = weights
    return rows


def rows(ablations: list[Ablation]) -> list[list[str]]:
    """Table rows in COLUMNS order: the full scores, then each feature's scores with the change from the full
    ones in brackets (a negative change in a field means the feature helps it)."""
    full = ablations[0].score

    def cell(score: Score, name: str) -> str:
        rate = score.fields[name].rate if name in FRAME_FIELDS else score.verdict.rate
        base = full.fields[name].rate if name in FRAME_FIELDS else full.verdict.rate
        if rate is None:
            return "-"
        if score is full or base is None:
            return f"{rate:.3f}"
        return f"{rate:.3f} ({rate - base:+.3f})"

    out = []
    for a in ablations:
        out.append([a.section, a.feature or "(all on)", "" if a.weight is None else f"{a.weight:g}",
                    *(cell(a.score, name) for name in (*FRAME_FIELDS, "verdict")),
                    str(a.score.false_alarms), str(a.score.missed_contradictions)])
    return out
