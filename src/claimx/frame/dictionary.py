"""The nouns of the language's dictionary, as the pipeline's lemmatizer knows them.

spaCy's English rule lemmatizer carries the nouns of its dictionary (the "lemma_index" lookups table, some 57,000
words). The frame uses them to tell a capitalised first word that names nothing ("Burglary rose 12%", "Homelessness
rose 14%") from a company the tagger missed: `use(nlp)` reads the table once per vocabulary (the claims component
calls it), and `dictionary_noun` asks it. A pipeline without such a lemmatizer knows no nouns, and the frame falls
back to its other tests.
"""
from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Token

_NOUNS: dict[int, frozenset[str]] = {}  # id(vocab) -> the nouns of that pipeline's lemmatizer


def use(nlp: Language) -> None:
    """Read the nouns of `nlp`'s lemmatizer, once for its vocabulary."""
    key = id(nlp.vocab)
    if key in _NOUNS:
        return
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
        _NOUNS[key] = frozenset(table["noun"]) if "noun" in table else frozenset()
    except (KeyError, AttributeError, ValueError):
        _NOUNS[key] = frozenset()


def dictionary_noun(tok: Token, text: str, places: frozenset[str] = frozenset()) -> bool:
    """Whether `tok` is a capitalised word of the dictionary's nouns that names nothing: no entity covers it, its lower
    case form is a noun the lemmatizer knows and no word of `places` (a word of a place or of the world, which may be
    what a figure is about: "World airport traffic rose 6.4%"), and `text` (the document's) never writes it
    capitalised after a word in lower case, as a name is ("shares of Target")."""
    nouns = _NOUNS.get(id(tok.vocab))
    if not nouns or tok.ent_type_ or tok.lower_ not in nouns or tok.lower_ in places:
        return False
    return re.search(rf"[a-z,;]\s+{re.escape(tok.text)}\b", text) is None


def dictionary_plural(tok: Token) -> bool:
    """Whether `tok` is the plural of one of the dictionary's nouns, written with a capital ("Wildfires", "Farmers",
    "Voters"): its lower case form ends in "s" and its singular is a noun the lemmatizer knows while the form itself
    is none (plural names such as "Boots" stay, whose lower case form the dictionary holds as a noun of its own)."""
    nouns = _NOUNS.get(id(tok.vocab))
    lower = tok.lower_
    if not nouns or len(lower) < 5 or not lower.endswith("s") or not tok.text[:1].isupper() or tok.text.isupper():
        return False
    singulars = {lower[:-1]}
    if lower.endswith("es"):
        singulars.add(lower[:-2])
    if lower.endswith("ies"):
        singulars.add(lower[:-3] + "y")
    return bool(singulars & nouns)
