"""quantulum3's choice among units that share a surface, with its training set indexed once
(`claimx.grammar.units._Disambiguation`), is the choice its own `disambiguate_no_classifier` makes."""
from __future__ import annotations

import random
import re
from itertools import islice
from pathlib import Path

from claimx.bench import perturb
from claimx.grammar.units import _Disambiguation, quantulum

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "articles"


def _texts():
    rng = random.Random(31)
    for path in sorted(CORPUS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        yield text
        yield perturb(text, rng)


def test_indexed_disambiguation_chooses_as_quantulum3():
    parser = quantulum()
    from quantulum3 import load, no_classifier

    fast = no_classifier.disambiguate_no_classifier
    assert isinstance(fast, _Disambiguation)
    original = fast.original
    entities = load.entities("en_US")
    units = load.units("en_US")
    groups = [list(v) for v in entities.derived.values() if len(v) > 1]  # entities sharing dimensions
    groups += [sorted(v, key=lambda u: u.name) for v in units.surfaces.values() if len(v) > 1]
    groups += [list(v) for v in units.symbols.values() if len(v) > 1]
    assert len(groups) > 30
    windows = []
    for text in islice(_texts(), 60):
        windows += [text[max(0, m.start() - 60):m.end() + 60] for m in re.finditer(r"\d[\d,.]*", text)][:10]
    windows += ["", "temperature rose 3 degrees celsius", "a 12 ft boat", "costs 5 pounds of flour"]
    # whole articles too
    windows += list(islice(_texts(), 0, 44, 4))
    compared = 0
    for n, window in enumerate(windows):
        for group in groups[n % 11::11]:  # every group against an eleventh of the windows
            assert fast(group, window) is original(group, window), (window, [g.name for g in group])
            compared += 1
    assert compared > 1_000

    calls = []

    def both(candidates, text, lang="en_US"):
        chosen = fast(candidates, text, lang)
        assert chosen is original(candidates, text, lang)
        calls.append(text)
        return chosen

    no_classifier.disambiguate_no_classifier = both
    try:
        for text in islice(_texts(), 16):
            for m in re.finditer(r"\d[\d,./]*", text):
                parser.parse(text[m.start():m.end() + 40])
    finally:
        no_classifier.disambiguate_no_classifier = fast
    assert len(calls) > 20


def test_unit_words_are_counted_as_splitting_each_example():
    quantulum()
    from quantulum3 import load

    examples = load.training_set("en_US")
    index = _Disambiguation(None)
    for unit in sorted({e["unit"] for e in examples}) + ["no such unit"]:
        words, total = {}, 0
        for example in examples:
            if example["unit"] == unit:
                total += len(example["text"])
                for word in example["text"].split(" "):
                    words[word] = words.get(word, 0) + 1
        assert index._unit_words("en_US", unit) == (words, total), unit
