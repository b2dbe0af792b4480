"""The grammar looks for a hedge before a number ("about", "more than", "up to") only when the words before it
end with a hedge's last word (`Grammar._may_end_with_hedge`): it never skips a window a hedge pattern matches."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from claimx.bench import perturb
from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


@pytest.fixture(scope="module")
def grammar():
    return Grammar(load_lexicon(None), physical_units=False)


def _check(grammar, window: str) -> bool:
    found = any(p.search(window) for p in grammar.rx["hedge_before"].values())
    assert not found or grammar._may_end_with_hedge(window), window
    return found


def test_hedge_ends_are_last_words(grammar):
    assert {"than", "about", "of", "to", ".", "~", "-", "≥"} <= grammar.hedge_ends
    assert grammar._may_end_with_hedge("rose by more than ") and grammar._may_end_with_hedge("(approx. ")
    assert not grammar._may_end_with_hedge("revenue was ") and not grammar._may_end_with_hedge("")


def test_hedge_ends_never_skip_a_hedge_on_the_corpus(grammar):
    rng = random.Random(29)
    found = 0
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for variant in (text, perturb(text, rng)):
            for m in re.finditer(r"[\d$€£~<>≤≥]", variant):
                found += _check(grammar, variant[max(0, m.start() - 40):m.start()])
    assert found > 100


def test_hedge_ends_never_skip_a_hedge_on_invented_windows(grammar):
    hedges = [w for ws in grammar.lex["hedges"].values() for w in ws]
    others = ["the", "was", "by", "revenue", "rose", "of", "to", "than", "ſome", "İn", "Kelvin", "é", "(", "[", "—", "-",
              "\n", "about-", "overs", "to.", "x~"]
    rng = random.Random(31)
    found = 0
    for _ in range(20_000):
        words = [rng.choice(hedges if rng.random() < 0.4 else others) for _ in range(rng.randint(1, 5))]
        window = rng.choice([" ", "", "(", "\n"]).join(words) + rng.choice(["", " ", "  ", "\n", " \n", "\t"])
        window = {0: window, 1: window.upper(), 2: window.title()}[rng.randint(0, 2)]
        found += _check(grammar, window[-40:])
    assert found > 2000
