"""Session 40, frame/dictionary.py: the frame's one plural test (`singular_of`) and the per-document index the
dictionary tests read (no whole-text search per candidate). Made-up words, names and sentences."""
from __future__ import annotations

import pytest

from claimx.frame import dictionary


@pytest.fixture(scope="module")
def word(nlp):
    dictionary.use(nlp)

    def make(text: str):
        return nlp.make_doc(text)[0]
    return make


@pytest.mark.parametrize("text,singular", [
    ("Burglaries", "burglary"),   # "ies" -> "y"
    ("Wildfires", "wildfire"),    # less its "s"
    ("Movies", "movie"),          # "ies" whose "y" form is no noun: less its "s"
    ("Buses", "bus"),             # "es" after a sibilant
    ("Taxes", "tax"),
    ("Jobs", "job"),              # four letters are enough
    ("Statistics", "statistic"),  # a noun of its own may be a plural too
])
def test_a_regular_plural_gives_its_singular(word, text, singular):
    assert dictionary.singular_of(word(text)) == singular


@pytest.mark.parametrize("text", [
    "Business", "Glass",  # "ss" ends no plural
    "Us", "Gas",          # too short
    "Barnes",             # "es" after no sibilant: no "barn"
    "Burglary",           # no "s"
    "Zorvens",            # no noun of the dictionary
])
def test_a_word_that_is_no_regular_plural_has_no_singular(word, text):
    assert dictionary.singular_of(word(text)) is None


def test_a_plural_that_is_a_noun_of_its_own_is_none_when_asked_so(word):
    assert dictionary.singular_of(word("Statistics"), own_noun=False) is None
    assert dictionary.singular_of(word("Homicides"), own_noun=False) == "homicide"


# the per-document index: the answers of the old whole-text regular expressions, read from one pass over the text

INDEX_TEXT = ("Harbour levy rises\n"
              "Levy receipts in Fenmoor rose 4% last year, the council said. Burglary fell, and Levy fell too;\n"
              "Levy was cut. The U.S. office of Levy-Hart and pre-Levy figures differ. Mr. Levy\tLevy\n\n"
              "Levy again, with co-op members.")


@pytest.mark.parametrize("word", ["Levy", "Burglary", "Harbour", "Fenmoor", "said", "U.S.", "co-op", "Hart", "Absent"])
def test_the_index_answers_as_the_regular_expressions_did(word):
    import re
    text, w = INDEX_TEXT, re.escape(word)
    body = text[text.find("\n") + 1:]
    index = dictionary.TextIndex(text)
    assert index.body_count(word) == len(re.findall(rf"(?<![\w-]){w}\b", body))
    assert index.undotted_count(word) == len(re.findall(rf"(?<![\w.]){w}(?![\w])", text))
    assert index.after_lower_case(word, across_line=True) == (
        re.search(rf"[a-z,;](?:[ \t]+|[ \t]*\n[ \t]*){w}\b", text) is not None)
    assert index.after_lower_case(word, across_line=False) == (re.search(rf"[a-z,;][ \t]+{w}\b", text) is not None)


def test_the_index_reads_a_line_break_and_a_blank_line_apart():
    index = dictionary.TextIndex("Bins emptied\nthe count rose,\nBurglary fell.\n\nTheft rose, and\n\nArson fell.")
    assert index.after_lower_case("Burglary", across_line=True)  # after "rose," and one line break
    assert not index.after_lower_case("Burglary", across_line=False)
    assert not index.after_lower_case("Arson", across_line=True)  # after a blank line: a new paragraph


def test_two_documents_do_not_share_their_index(nlp):
    one = nlp.make_doc("Rates rose.\n\nBurglary fell 4% in the year, police said.")
    two = nlp.make_doc("Rates rose.\n\nBurglary fell 4%. Reports of Burglary rose, and Burglary cases fell.")
    first = dictionary.text_index(one, one.text)
    second = dictionary.text_index(two, two.text)
    assert first is not second
    assert first.body_count("Burglary") == 1 and second.body_count("Burglary") == 3
    assert not first.after_lower_case("Burglary", across_line=True)
    assert second.after_lower_case("Burglary", across_line=True)
    assert dictionary.text_index(one, one.text) is first  # kept on its Doc, made once


def test_an_index_made_of_another_text_is_made_again(nlp):
    doc = nlp.make_doc("Burglary fell 4%.")
    stale = dictionary.text_index(doc, "Burglary fell. Burglary rose.")
    fresh = dictionary.text_index(doc, doc.text)
    assert fresh is not stale and fresh.undotted_count("Burglary") == 1


def test_the_claims_component_drops_the_index_it_made(nlp):
    doc = nlp("Fraud in Corlan\n\nPolice in Corlan recorded 12,400 offences last year.\n\nFraud offences fell by 3%.")
    assert dictionary.INDEX_KEY not in doc.user_data
