"""The grammar's patterns that begin with a number are tried only where a number can start
(`Grammar._from_number`), those that begin with words only at those words (`Grammar._from_words`):
the same matches as `finditer` over the whole text."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from claimx.bench import perturb
from claimx.grammar.scanner import Grammar
from claimx.lexicon import load_lexicon

NAMES = ("n_in_m", "n_in_every", "n_to_one", "times", "fraction", "number")
CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"
PIECES = ["one", "One", "ONE", "two", "three", "seventeen", "seven", "twenty", "hundred", "thousand", "million",
          "dozen", "a", "A", "an", "An", "and", "half", "third", "thirds", "quarter", "quarters", "fifth",
          "in", "every", "out of", "to", "fold", "x", "times", "people", "ſix", "K", "1", "3", "10", "250",
          "1,500", "2.5", ".5", "1.5", "7", "٣", "-", " ", " ", " ", "  ", "\n", ".", ",", "(", "'", "’", "_", "%", "$",
          "é", "e"]


@pytest.fixture(scope="module")
def grammar():
    return Grammar(load_lexicon(None), physical_units=False)


def _same(grammar, text):
    for name in NAMES:
        expected = [(m.span(), m.groups()) for m in grammar.rx[name].finditer(text)]
        assert [(m.span(), m.groups()) for m in grammar._from_number(name, text)] == expected, (name, text)
    for name in WORD_NAMES:
        expected = [(m.span(), m.groups()) for m in grammar.rx[name].finditer(text)]
        assert [(m.span(), m.groups()) for m in grammar._from_words(name, text)] == expected, (name, text)


WORD_NAMES = ("money_adj", "vague", "half", "multiple")


def test_word_starts_cover_the_word_patterns(grammar):
    assert set(grammar.word_starts) == set(WORD_NAMES)  # a pattern that begins otherwise is scanned instead


def test_word_starts_equal_finditer_on_invented_texts(grammar):
    lex = grammar.lex
    words = [*lex["scale_words"], *lex["vague_magnitudes"].keys(), *lex["multiples"].keys(), *lex["currency_words"].keys(),
             "multi", "multi-", "multibillion", "multi-million", "billion-dollar", "tens", "dozens", "of", "several", "a few",
             "a couple of", "many", "half", "Half", "twice", "thrice", "HALVED", "worth", "more", "in", "pound", "dollar",
             "ſeveral", "Kelvin", "İn"]
    rng = random.Random(17)
    for _ in range(3000):
        text = "".join(rng.choice(words if rng.random() < 0.6 else PIECES) + rng.choice(["", " ", " ", "-", ".", ","])
                       for _ in range(rng.randint(1, 12)))
        for variant in (text, text.upper(), text.title()):
            _same(grammar, variant)


def test_number_starts_a_fraction_after_a_decimal_point(grammar):
    _same(grammar, "1.5 thirds of the vote, an eighth, two-thirds and 3 in 10 people; four times more, 2.5-fold")
    assert [m.group(0) for m in grammar._from_number("fraction", "1.5 thirds")] == ["5 thirds"]


def test_number_starts_equal_finditer_on_invented_texts(grammar):
    rng = random.Random(11)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) + rng.choice(["", " ", " ", "-"]) for _ in range(rng.randint(1, 16)))
        _same(grammar, text)


def test_number_starts_equal_finditer_on_the_corpus_perturbed(grammar):
    rng = random.Random(5)
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        _same(grammar, text)
        for _ in range(3):
            _same(grammar, perturb(text, rng))
