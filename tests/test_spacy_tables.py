"""The attribute ruler and the lemmatizer run over arrays (components/tables.py) give spaCy's own annotations."""
import numpy
import pytest
import spacy
from spacy.pipeline import AttributeRuler, Lemmatizer

from claimx.components.tables import (
    TableAttributeRuler,
    TableEnglishLemmatizer,
    _Index,
    speed_up,
)
from claimx.pipeline import default_model, load_pipeline

ATTRS = ["ORTH", "LOWER", "NORM", "TAG", "POS", "MORPH", "LEMMA", "DEP", "HEAD", "ENT_IOB", "ENT_TYPE", "SENT_START",
         "IS_SPACE"]

# made-up sentences that reach the ruler's rarer patterns (two-token ones, a regex, "there" + a form of "be", pronouns,
# modals, indefinite pronouns) and the lemmatizer's paths (base forms, rules, exceptions, proper nouns, spaces)
TEXTS = [
    ("Harlow Mills said on Tuesday that revenue rose 12% to $4.5 billion in the third quarter.\n\n"
     "There were 1,200 job cuts, and there is more to come, she said. Y'all ain't seen nothing yet."),
    "We're gonna need 3 more buses, he'd said; let's go. I gotta say c'mon, it's 40 km away.",
    "Somebody told them the geese were running 15 minutes late.\n\nEverything   costs more:   prices doubled.",
    "The council's budget of 212 million euros covers 2025-26, but it won't cover the mice, the oxen or the data.",
    "Nobody knew whether the mayor had been re-elected by 3,400 votes or by 34,000.",
    "",
    "   \n\n  ",
]


@pytest.fixture(scope="module")
def models():
    name = default_model()
    return spacy.load(name), speed_up_loaded(name)


def speed_up_loaded(name):
    nlp = spacy.load(name)
    assert speed_up(nlp) == ["attribute_ruler", "lemmatizer"]
    return nlp


def same_docs(a, b) -> bool:
    return numpy.array_equal(a.to_array(ATTRS), b.to_array(ATTRS)) and a.to_bytes() == b.to_bytes()


def test_the_same_annotations_as_spacy(models):
    plain, fast = models
    for text in TEXTS + TEXTS:  # twice: the second time from the lemmatizer's cache
        assert same_docs(plain(text), fast(text)), text


def test_the_rarer_patterns_are_reached(models):
    plain, _ = models
    doc = plain(TEXTS[0] + " " + TEXTS[1])
    lemmas = {t.lower_: t.lemma_ for t in doc}
    assert lemmas["ai"] == "be" and lemmas["gon"] == "go" and lemmas["'d"] == "would"  # two-token and word patterns
    assert {t.pos_ for t in doc if t.lower_ == "were"} == {"VERB"}  # "there were": the ruler sets its part of speech


def test_the_lemmatizer_cache_fills_as_spacys(models):
    plain, fast = models
    for text in TEXTS:
        plain(text), fast(text)
    assert plain.get_pipe("lemmatizer").cache == fast.get_pipe("lemmatizer").cache


def test_claimx_pipeline_runs_the_table_components(nlp):
    assert type(nlp.get_pipe("attribute_ruler")) is TableAttributeRuler
    assert type(nlp.get_pipe("lemmatizer")) is TableEnglishLemmatizer
    assert nlp.pipe_names[:6] == ["tok2vec", "tagger", "claimx_paragraphs", "parser", "attribute_ruler", "lemmatizer"]


def test_a_bare_load_is_left_alone(nlp):
    """The bench's yardstick loads the model with spacy.load in its own process; a load in the same process as claimx's
    pipeline is spaCy's own too: nothing is changed in what spaCy shares between loads."""
    bare = spacy.load(default_model())
    assert type(bare.get_pipe("attribute_ruler")) is AttributeRuler
    assert type(bare.get_pipe("lemmatizer")).__call__ is Lemmatizer.__call__
    bare("The council spent 3 million dollars.")
    index = bare.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    assert all(type(words) is list for words in index.values())


def test_claims_and_offsets_are_unchanged(nlp, monkeypatch):
    """The records of an article are the same with spaCy's own components: offsets, sentences, frames."""
    from claimx.pipeline import extract_articles
    from claimx.records import Article

    article = Article(id="a", text=TEXTS[0] + "\n\n" + TEXTS[3] + "\n\nSales fell 4% in 2024, the firm's chief said.\n")
    monkeypatch.setattr("claimx.pipeline.speed_up", lambda nlp: [])
    plain = load_pipeline()
    assert type(plain.get_pipe("attribute_ruler")) is AttributeRuler
    a = [c.model_dump() for r in extract_articles([article], nlp) for c in r.claims]
    b = [c.model_dump() for r in extract_articles([article], plain) for c in r.claims]
    assert a == b and len(a) >= 4
    for claim in a:
        assert article.text[claim["start"]:claim["end"]] == claim["text"]


def test_a_pattern_it_does_not_read_runs_spacys_code(models):
    """A ruler with a pattern shape the tables do not read (an operator) is run by spaCy's own code, whole."""
    name = default_model()
    plain, fast = spacy.load(name), spacy.load(name)
    speed_up(fast)
    for nlp in (plain, fast):
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": "rose"}, {"LOWER": "sharply", "OP": "?"}]], {"POS": "NOUN"})
    text = "Prices rose sharply and then rose again."
    assert same_docs(plain(text), fast(text))
    assert [t.pos_ for t in fast(text) if t.lower_ == "rose"] == ["NOUN", "NOUN"]
    assert fast.get_pipe("attribute_ruler")._claimx_rules[1] is None


def test_patterns_added_later_are_read(models):
    name = default_model()
    plain, fast = spacy.load(name), spacy.load(name)
    speed_up(fast)
    text = "The index rose 3 points to 4,120."
    assert same_docs(plain(text), fast(text))
    for nlp in (plain, fast):
        nlp.get_pipe("attribute_ruler").add([[{"LOWER": "index"}, {"LOWER": "rose"}]], {"LEMMA": "climb"}, index=1)
    assert same_docs(plain(text), fast(text))
    assert [t.lemma_ for t in fast(text) if t.lower_ == "rose"] == ["climb"]


def test_the_word_index_answers_as_its_list():
    words = ["mouse", "ox", "datum"]
    index = _Index(words)
    assert list(index) == words and "ox" in index and "oxen" not in index and index == words


def test_the_same_when_the_table_of_outcomes_starts_again(monkeypatch):
    """The one-token patterns' outcomes are kept per combination of the attributes they read, up to a limit."""
    from claimx.components.tables import _Rules

    monkeypatch.setattr(_Rules, "LIMIT", 5)
    name = default_model()
    plain, fast = spacy.load(name), spacy.load(name)
    speed_up(fast)
    for text in TEXTS:
        assert same_docs(plain(text), fast(text)), text
    assert 0 < len(fast.get_pipe("attribute_ruler")._claimx_rules[1].known) <= 5


def test_words_the_patterns_do_not_tell_apart_share_one_combination():
    """A word is read through the patterns' tests of it: ten fruits in one list are one combination or a few, not ten."""
    name = default_model()
    plain, fast = spacy.load(name), spacy.load(name)
    speed_up(fast)
    text = "Apples, pears, plums, figs, limes, dates, kiwis, mangoes, melons and grapes all rose in price."
    assert same_docs(plain(text), fast(text))
    combinations = {(t.is_space, t.lower_, t.tag_, t.dep_) for t in plain(text)}
    assert len(fast.get_pipe("attribute_ruler")._claimx_rules[1].known) < len(combinations) - 5
