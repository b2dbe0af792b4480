"""quantulum3's own test sentences: `--all-quantities` must find at least as many right value+unit pairs.

quantulum3 ships its test cases (`_lang/en_US/tests/quantities.json`, sentence -> expected
quantities). Both tools' answers are scored against them with the same rules: a value within
0.1% and the same unit once names are normalised (quantulum3's "metre" is claimx's "m";
"dimensionless" is a count or ratio; a dozen is twelve; a cent is a hundredth of a dollar).
"""
from __future__ import annotations

import json
import math
import warnings
from pathlib import Path

import pytest
import quantulum3

from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from quantulum3 import parser as q3

CASES = json.loads((Path(quantulum3.__file__).parent / "_lang/en_US/tests/quantities.json").read_text())
NAMES = {"dollar": "USD", "euro": "EUR", "pound sterling": "GBP", "japanese yen": "JPY", "percentage": "percent",
         "dimensionless": "count", "ratio": "count"}
# quantulum3 units that are a multiple of one claimx reports: (claimx unit, factor)
MULTIPLES = {"dozen": ("count", 12), "gross": ("count", 144), "baker's dozen": ("count", 13),
             "cent": ("USD", 0.01), "dime": ("USD", 0.1), "penny": ("USD", 0.01)}


GRAMMAR = Grammar(load_lexicon())


def canonical(value: float, unit: str) -> tuple[float, str]:
    """Both tools' units in claimx's spelling, lower-cased: quantulum3's names go through claimx's mapping."""
    if unit in MULTIPLES:
        base, factor = MULTIPLES[unit]
        return value * factor, base.lower()
    unit = NAMES.get(unit, unit)
    return value, GRAMMAR.canonical_unit(unit, "").lower()


def right_pairs(expected: list[dict], got: list[tuple[float, str]]) -> int:
    got = [canonical(v, u) for v, u in got]
    used: set[int] = set()
    hits = 0
    for e in expected:
        ev, eu = canonical(e["value"], e["unit"])
        for i, (v, u) in enumerate(got):
            if i not in used and u == eu and math.isclose(v, ev, rel_tol=1e-3, abs_tol=1e-9):
                used.add(i)
                hits += 1
                break
    return hits


@pytest.fixture(scope="module")
def all_quantities_nlp():
    from claimx.pipeline import load_pipeline

    return load_pipeline(all_quantities=True)


def test_quantulum_parity_all_quantities_at_least_quantulum(all_quantities_nlp):
    ours = theirs = 0
    for case in CASES:
        doc = all_quantities_nlp(case["req"])
        mine = [(s._.quantity["value"], s._.quantity["unit"]) for s in doc.spans["quantities"]]
        ours += right_pairs(case["res"], mine)
        theirs += right_pairs(case["res"], [(q.value, q.unit.name) for q in q3.parse(case["req"])])
    total = sum(len(c["res"]) for c in CASES)
    print(f"quantulum3 test set: {total} expected, claimx {ours}, quantulum3 {theirs}")
    assert ours >= theirs
