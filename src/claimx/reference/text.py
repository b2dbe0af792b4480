"""Word normalisation shared by entity and metric resolution: tokens that survive case, possessives and spelling.

Articles and packs spell the same thing differently ("Walmart's", "Wal-Mart", "U.S.", "eCommerce",
"e-commerce", "revenues"); both sides go through `tokens` so a comparison of token sets is enough.
"""
from __future__ import annotations

import re

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
# "e-commerce", "e-mail": a one-letter prefix belongs to the word it is hyphenated to.
_LETTER_PREFIX = re.compile(r"\b([a-z])-(?=[a-z])")
# Dots inside abbreviations ("u.s.", "amazon.com") disappear; decimal points stay.
_NON_DECIMAL_DOT = re.compile(r"(?<!\d)\.|\.(?!\d)")
_WORD = re.compile(r"[a-z0-9]+(?:\.[0-9]+)?")


def lemma(word: str) -> str:
    """Reduce a plural, gerund or past form well enough for matching ("sales" -> "sal", "spending" -> "spend").

    word (str): one lower-case token.
    RETURNS (str): a stem shared by the word's forms ("conceded"/"conceding"), not necessarily a word.
    """
    if len(word) > 5 and word.endswith(("ing", "ed")):
        return word[:-3] if word.endswith("ing") else word[:-2]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    # A final "e" goes too, so "bus"/"buses" and "house"/"houses" meet.
    return word[:-1] if len(word) > 3 and word.endswith("e") else word


def tokens(text: str | None) -> list[str]:
    """Split `text` into normalised, lemmatised lower-case tokens.

    text (str | None): a name, alias, subject or metric phrase.
    RETURNS (list[str]): tokens in order; possessives, abbreviation dots and hyphens removed.
    """
    if not text:
        return []
    text = text.translate(_APOSTROPHES).lower()
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"s'(?=\s|$)", "s", text)
    text = _LETTER_PREFIX.sub(r"\1", text)
    text = _NON_DECIMAL_DOT.sub("", text)
    return [lemma(word) for word in _WORD.findall(text.replace("'", ""))]


def lexicon(words: str) -> set[str]:
    """A set of normalised tokens, for comparing with `tokens` output ("services" and "service" alike)."""
    return set(tokens(words))


# Function words: they never decide which entity or metric is meant.
STOP = lexicon("a an the of in on at for to by with from per and or as its their his her who which that this "
               "these those than it is was be been are were each into over under about has have had")
