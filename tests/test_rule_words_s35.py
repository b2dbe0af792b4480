"""The word lists that were regexes in the scanner, the exclusions, the claims and direction components and the
checker are rule assets now (lexicon.json, check.json): checked when loaded, and a word added to a copy changes what
claimx reads the way the key's _doc says."""
from __future__ import annotations

import copy
import json

import pytest

from claimx.components.direction import DirectionWords, _relative_after
from claimx.grammar.scanner import Grammar
from claimx.lexicon import check_lexicon, load_lexicon, models_dir

from fixtures_check import claim


def _packaged() -> dict:
    return json.loads((models_dir() / "lexicon.json").read_text(encoding="utf-8"))


def _grammar(data: dict, tmp_path) -> Grammar:
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return Grammar(load_lexicon(str(path)), physical_units=False)


def _read(grammar: Grammar, text: str) -> list[tuple[float, str]]:
    return [(f.value, f.unit) for f in grammar.scan(text)]


def test_rule_words_new_keys_are_in_the_packaged_lexicon():
    lex = check_lexicon(_packaged(), "lexicon.json")
    assert "surpassed" in lex["index_levels"]["crossed_verbs"]
    assert "Twelve" in lex["exclusion_cues"]["label_numbers"]
    assert "higher than" in lex["direction_cues"]["above"]
    assert "currently" in lex["now_words"]["words"]


@pytest.mark.parametrize("change,message", [
    (lambda d: d["index_levels"].pop("crossed_verbs"), "missing key 'index_levels.crossed_verbs'"),
    (lambda d: d["direction_cues"].__setitem__("abvoe", d["direction_cues"].pop("above")),
     "unknown key 'direction_cues.abvoe'"),
    (lambda d: d.pop("exclusion_cues"), "missing key 'exclusion_cues'"),
    (lambda d: d["pounds_context"].__setitem__("money_words", "paid"), "'pounds_context.money_words' must be a list"),
])
def test_rule_words_a_typo_in_a_new_key_is_a_clear_error(tmp_path, change, message):
    data = _packaged()
    change(data)
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_lexicon(str(path))


@pytest.mark.parametrize("key,word,text,before,after", [
    # a verb of a level crossed makes an index's level one in index points
    (("index_levels", "crossed_verbs"), "scaled", "The Nikkei index scaled 40,000 for the first time.",
     [(40000.0, "count")], [(40000.0, "index point")]),
    # a verb of a level before a bound on it
    (("index_levels", "bound_verbs"), "shut", "The Nikkei index shut above 50,000 for the first time.",
     [(50000.0, "count")], [(50000.0, "index point")]),
    # a filler between a move and "a cent"
    (("subunit_moves", "fillers"), "merely", "Shares rose merely a cent.", [], [(0.01, "USD")]),
    # a capitalised number word after a label is a name, no figure
    (("exclusion_cues", "label_numbers"), "Thirty", "Voters in District Thirty backed the plan.", [(30.0, "count")], []),
])
def test_rule_words_a_word_added_to_a_scanner_list_changes_the_reading(tmp_path, key, word, text, before, after):
    data = _packaged()
    assert _read(Grammar(load_lexicon(), physical_units=False), text) == before
    changed = copy.deepcopy(data)
    changed[key[0]][key[1]].append(word)
    assert _read(_grammar(changed, tmp_path), text) == after


def test_rule_words_direction_cues_come_from_the_lexicon(tmp_path):
    # "beyond" is no word of direction_cues.above: the figure is no difference until it is added
    text = "Sales were 12% beyond the target."
    q = {"start": text.index("12%"), "end": text.index("12%") + 3, "kind": "percentage", "unit": "percent"}
    assert _relative_after(text, q, DirectionWords.from_lexicon(load_lexicon())) is None
    data = _packaged()
    data["direction_cues"]["above"].append("beyond")
    path = tmp_path / "lexicon.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert _relative_after(text, q, DirectionWords.from_lexicon(load_lexicon(str(path)))) == "up"


def test_rule_words_claims_time_words_travel_with_the_pipeline(nlp, tmp_path):
    """nlp.to_disk() saves the claims component's lexicon; a word added to `time_only_metric` or `now_words` in the
    saved copy is read back by spacy.load."""
    import spacy

    import claimx.components  # noqa: F401  (registers the factories)

    finder = nlp.get_pipe("claimx_claims")
    assert finder.time_only.fullmatch("the last month") and not finder.time_only.fullmatch("the last term")
    assert not finder.now_words.search("The rate is presently 4%.")
    nlp.to_disk(tmp_path / "pipe")
    saved = tmp_path / "pipe" / "claimx_claims" / "lexicon.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    data["time_only_metric"]["units"].append("term")
    data["now_words"]["words"].append("presently")
    saved.write_text(json.dumps(data), encoding="utf-8")
    loaded = spacy.load(tmp_path / "pipe").get_pipe("claimx_claims")
    assert loaded.time_only.fullmatch("the last term")
    assert loaded.now_words.search("The rate is presently 4%.")


def test_rule_words_check_scale_letters_come_from_check_json(tmp_path, monkeypatch):
    from claimx.check import internal
    from claimx.check.words import check_words

    written = claim("16mln", 16e6)  # "mln" is no scale letter of the packaged list
    assert not internal._has_scale_word(written)
    data = json.loads((models_dir() / "check.json").read_text(encoding="utf-8"))
    data["scale_letters"].append("mln")
    (tmp_path / "check.json").write_text(json.dumps(data), encoding="utf-8")
    (tmp_path / "lexicon.json").write_text(json.dumps(_packaged()), encoding="utf-8")
    monkeypatch.setenv("CLAIMX_MODELS", str(tmp_path))
    check_words.cache_clear()
    internal._scale_words.cache_clear()
    try:
        assert internal._has_scale_word(written)
    finally:
        monkeypatch.delenv("CLAIMX_MODELS")
        check_words.cache_clear()
        internal._scale_words.cache_clear()
