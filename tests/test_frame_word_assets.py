"""The frame's word lists that were regexes in Python (rules/frame.json): a word added to a copy of the rules changes
what the frame reads, as docs/extraction.md ("Extending it") says."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from claimx.frame.words import KEYS, load_words, parse

def test_new_word_lists_are_loaded_and_checked():
    words = load_words()
    assert "career" in words.personal_earnings_words and "half-year results" in words.results_words
    assert "Stats" in words.statistics_words  # a word written with a capital keeps it
    assert "last night" in words.night_before_words and "market" in words.market_day_words
    data = words.to_dict()
    del data["results_words"]
    with pytest.raises(ValueError, match="missing key 'results_words'"):
        parse(data, "frame.json")
    assert "results_words" in KEYS


def test_article_results_words_extend_from_the_rules_folder(rules_copy):
    from claimx.frame import article

    text = "Harlow Motors trading update\n\nHarlow Motors said sales rose 4% in 2024, helped by its new vans."
    published = dt.date(2025, 2, 10)
    before = article.build(text, published, len(text))
    assert not before.fiscal
    rules_copy("results_words", "trading update")
    after = article.build(text, published, len(text))
    assert after.fiscal  # a results story now: its bare year is a fiscal year
    assert after.period is not None and article.label(after.period, after.fiscal) == "FY2024"


def test_article_event_day_words_extend_from_the_rules_folder(rules_copy):
    from claimx.frame import article

    published = dt.date(2025, 3, 5)  # a Wednesday
    body = "The Dunmore marathon drew a record 41,200 runners overnight on the coast road."
    assert article._event_day(body, published) is None
    rules_copy("event_day_words", "overnight")
    assert article._event_day(body, published) == published  # a day of its own: the day of publication


def test_period_base_words_extend_from_the_rules_folder(rules_copy):
    from claimx.frame import period

    sentence = "Output reached 12% set beside 9% a year earlier."
    figures = [(sentence.index("12%"), sentence.index("12%") + 3), (sentence.index("9%"), sentence.index("9%") + 2)]
    period._base_figures.cache_clear()
    assert period.base_figures(sentence, figures) == frozenset()
    rules_copy("base_words", "set beside")
    period._base_figures.cache_clear()
    assert period.base_figures(sentence, figures) == frozenset({1})  # the old side of the comparison
    period._base_figures.cache_clear()


def _saved_with(nlp, tmp_path, key: str, *added: str):
    """The pipeline saved with `nlp.to_disk()`, a word list of its frame.json extended, and loaded back."""
    import spacy

    import claimx.components  # noqa: F401  (registers the factories)

    nlp.to_disk(tmp_path / "pipe")
    saved = tmp_path / "pipe" / "claimx_claims" / "frame.json"
    data = json.loads(saved.read_text(encoding="utf-8"))
    data[key] = [*data[key], *added]
    saved.write_text(json.dumps(data), encoding="utf-8")
    return spacy.load(tmp_path / "pipe")


def test_subject_making_verbs_travel_with_the_pipeline(nlp, tmp_path):
    from claimx.frame.subject import is_source

    text = "Figures assembled by Kestrel Analytics show that sales rose 4% in 2024."
    maker = lambda pipeline: next(t for t in pipeline(text) if t.text == "Analytics")
    assert not is_source(maker(nlp), nlp.get_pipe("claimx_claims").words)
    loaded = _saved_with(nlp, tmp_path, "making_verbs", "assemble")
    assert "assemble" in loaded.get_pipe("claimx_claims").words.making_verbs
    assert is_source(maker(loaded), loaded.get_pipe("claimx_claims").words)  # who made the figures: a source


def test_entities_share_name_prefixes_extend_from_the_rules_folder(rules_copy):
    from claimx.frame import entities

    entities.clean_name.cache_clear()
    assert entities.clean_name("Units of Harlow Trust") == "Units of Harlow Trust"
    assert entities.clean_name("Shares of Harlow Trust") == "Harlow Trust"
    rules_copy("share_name_prefixes", "units of")
    entities.clean_name.cache_clear()
    assert entities.clean_name("Units of Harlow Trust") == "Harlow Trust"
    entities.clean_name.cache_clear()


def test_metric_period_nouns_extend_from_the_rules_folder(rules_copy):
    from claimx.frame.metric import is_period_phrase

    assert is_period_phrase("the third quarter") and not is_period_phrase("the second semester")
    rules_copy("period_nouns", "semester")
    assert is_period_phrase("the second semester")  # a time word: never what a figure measures


def test_an_emptied_list_turns_its_rule_off(rules_copy):
    from claimx.frame import article

    assert article._rules(load_words()).score.search("The council backed it by a 7-2 vote.") is None
    rules_copy("not_score_after", only=True)
    rules = article._rules(load_words())
    assert rules.score.search("The council backed it by a 7-2 vote.") is not None  # no word excludes a score now
    assert rules.score.search("Ardlow won 31-17.") is not None


def test_subject_byline_openers_extend_from_the_rules_folder(nlp, rules_copy):
    from claimx.frame.subject import _byline

    doc = nlp("Harlow budget passes\nWritten for the Post\nThe council approved a $4 million budget on Tuesday.")
    line = next(doc[t.i:t.i + 4] for t in doc if t.text == "Written")
    assert not _byline(line)
    rules_copy("byline_openers", "written")
    assert _byline(line)  # a writer's line, no subject
