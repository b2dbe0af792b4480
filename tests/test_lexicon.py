"""The grammar's lexicon (src/claimx/rules/lexicon.json) is checked when loaded, and travels with the pipeline."""
from __future__ import annotations

import json

import pytest

from claimx.components.direction import _from_words, DirectionWords
from claimx.grammar.scanner import Grammar
from claimx.lexicon import check_lexicon, load_lexicon, models_dir


def _packaged() -> dict:
    return json.loads((models_dir() / "lexicon.json").read_text(encoding="utf-8"))


def test_lexicon_packaged_file_passes_its_own_check():
    assert check_lexicon(_packaged(), "lexicon.json")["direction"]["fillers"]


@pytest.mark.parametrize("change,message", [
    (lambda d: d.__setitem__("hegdes", d.pop("hedges")), "unknown key 'hegdes'"),
    (lambda d: d.pop("index_words"), "missing key 'index_words'"),
    (lambda d: d["direction"].__setitem__("filers", d["direction"].pop("fillers")), "unknown key 'direction.filers'"),
    (lambda d: d["over_span"].pop("not_nouns"), "missing key 'over_span.not_nouns'"),
    (lambda d: d.__setitem__("threshold_nouns", "mark"), "'threshold_nouns' must be a list of non-empty strings"),
    (lambda d: d.__setitem__("scales", {"million": [1e6]}), "'scales' must be a JSON object of numbers"),
])
def test_lexicon_typo_or_wrong_shape_is_a_clear_error_naming_the_file_and_key(tmp_path, change, message):
    data = _packaged()
    change(data)
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message) as raised:
        load_lexicon(str(path))
    assert str(path) in str(raised.value)


def test_lexicon_unit_surfaces_and_over_span_words_come_from_the_lexicon(tmp_path):
    # "46 league matches" is a count of matches, not 46 leagues (a distance), because "league" is in
    # ambiguous_unit_surfaces; a lexicon without it reads the distance
    data = _packaged()
    path = tmp_path / "lexicon.json"
    text = "He has played 46 league matches this season."

    def unit(grammar):
        return [f.unit for f in grammar.scan(text)]

    assert unit(Grammar(load_lexicon())) == ["count"]
    data["ambiguous_unit_surfaces"]["surfaces"] = [w for w in data["ambiguous_unit_surfaces"]["surfaces"]
                                                   if not w.startswith("league")]
    path.write_text(json.dumps(data), encoding="utf-8")
    assert unit(Grammar(load_lexicon(str(path)))) != ["count"]


def test_direction_fillers_and_level_stops_come_from_the_lexicon():
    words = DirectionWords.from_lexicon(load_lexicon())
    text = "Sales rose a further 3% in May, and costs rose to 40%."
    q_further = {"start": text.index("3%"), "end": text.index("3%") + 2}
    q_to = {"start": text.index("40%"), "end": text.index("40%") + 3}
    assert _from_words(text, q_further, words) == "up"
    assert _from_words(text, q_to, words) is None
    strict = DirectionWords(**{**words.__dict__, "fillers": frozenset({"by"})})
    assert _from_words(text, q_further, strict) is None
