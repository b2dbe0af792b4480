"""Golden tests: each corpus article's claims against its gold file.

The corpus (corpus/articles, corpus/gold) was written for claimx, one article per beat, with
traps; corpus/holdout was written later without sight of the rules. Extraction must stay at
recall >= 0.95 and precision >= 0.9 on every corpus article, and the seed article must give
every expected claim with the right value, unit, qualifier and bounds.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from claimx.evaluate import Score, evaluate, find_gold

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
GOLD = find_gold(CORPUS)
SEED = "amazon-walmart-revenue"


@pytest.fixture(scope="module")
def corpus_evaluation(nlp):
    return {e.gold.path.stem: e for e in evaluate(GOLD, nlp).articles}


@pytest.mark.parametrize("stem", [g.path.stem for g in GOLD])
def test_corpus_golden_article(corpus_evaluation, stem):
    result = corpus_evaluation[stem]
    problems = [f"{p.kind}: {p.text} ({p.detail})" for p in result.problems if p.kind in ("missed", "extra")]
    assert result.score.recall >= 0.95, problems
    assert result.score.precision >= 0.9, problems


def test_corpus_golden_seed_values_exact(corpus_evaluation):
    score = corpus_evaluation[SEED].score
    assert score.recall == 1.0 and score.precision == 1.0
    for field in ("value", "unit", "qualifier", "bounds"):
        tally = score.fields[field]
        assert tally.right == tally.total == score.matched, field


def test_corpus_golden_overall(corpus_evaluation):
    total = Score()
    for result in corpus_evaluation.values():
        total.add(result.score)
    assert total.recall >= 0.97 and total.precision >= 0.95


def test_corpus_golden_holdout_generalises(nlp):
    total = Score()
    for result in evaluate(find_gold(CORPUS / "holdout"), nlp).articles:
        total.add(result.score)
    assert total.recall >= 0.9 and total.precision >= 0.88
