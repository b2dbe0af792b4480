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
