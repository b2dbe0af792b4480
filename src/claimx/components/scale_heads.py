"""The `claimx_scale_heads` spaCy component: a figure's scale letter stands where its number stands.

spaCy's tokenizer splits "£562m" into "£", "562" and "m", and the small model often hangs the letter somewhere else
than the number: in "Profit before tax rose to £562m from £71m" the "562" is the object of "to" while the "m" is
tagged a verb and hung on "rose" as an adverbial modifier (in a headline on its root as a conjunct, in a list on the
main verb as punctuation). The figure's span then has the stray letter for its root, nearer the sentence's root than
the number, and every reading of the figure's place in the sentence (its noun, its verb, its preposition, the
subject of its clause) starts from the wrong word, while the "£71m" beside it, parsed with the number as a modifier
of the letter and the letter as the object of "from", is read in full.

Placed after the parser, this component gives such a letter the place of its number, as the parser gives it to
"£71m" and to the "million" of "£562 million": the letter takes the number's head and relation, the number becomes
the letter's numeric modifier, and whatever the parser hung on the stray letter goes back to the letter's old head.
A letter tagged as a verb is tagged a noun (as "m" in "£71m"): a scale letter is never a verb, and a reading that
climbs to the figure's verb must not stop at it. The letters are the lexicon's glued scale abbreviations
(`scale_abbreviations.glued`: "m", "bn", "k", ...; also written with the sentence's full stop, "m."), glued to a
number with no space. A letter the parser already hangs on its number, or the number on it, is left where it is; a
letter hung beside its number on one head ("217m passengers": both modify "passengers"; the number, first, is the
span's root) goes under the number, so that it is no word of the noun's phrase ("up 8%" measured "m passengers").
"""
from __future__ import annotations

from functools import lru_cache

from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Token

from claimx.lexicon import load_lexicon

_VERB_TAGS = frozenset({"VERB", "AUX"})
_NOUN_MODIFIERS = frozenset({"compound", "amod", "nmod", "nummod"})
_NOUNS = frozenset({"NOUN", "PROPN"})


@lru_cache(maxsize=1)
def _glued_letters() -> frozenset[str]:
    letters = load_lexicon().data["scale_abbreviations"]["glued"]
    return frozenset(letters) | frozenset(f"{letter}." for letter in letters)


def _is_number(token: Token) -> bool:
    return token.like_num and any(ch.isdigit() for ch in token.text)


def _dominates(token: Token, other: Token) -> bool:
    """Whether `token` is an ancestor of `other`."""
    return any(ancestor.i == token.i for ancestor in other.ancestors)


def place_scale_letter(number: Token, letter: Token) -> bool:
    """Give `letter`, a scale letter glued to `number`, the number's place in the parse (see the module docstring).

    RETURNS (bool): whether the parse was changed.
    """
    changed = False
    if letter.pos_ in _VERB_TAGS:
        letter.tag_ = "NN"
        letter.pos_ = "NOUN"
        changed = True
    if letter.head.i == number.i or number.head.i == letter.i or number.head.i == number.i \
            or _dominates(letter, number):
        return changed
    if letter.head.i == number.head.i:
        # both on one head ("18m passengers": "18" and "m" each modify "passengers"): the number, first, is the span's
        # root already; the letter goes under it, no word of the counted noun's phrase ("up 6%" measured "m passengers")
        _rehang(letter, number, "quantmod")
        return True
    if letter.dep_ in _NOUN_MODIFIERS and letter.head.i > letter.i and letter.head.pos_ in _NOUNS \
            and not _dominates(number, letter):
        # the letter modifies the noun after the figure ("after £26m investment": the parser took "after" for a mark
        # and "26" for its object): the figure is that noun's modifier, as in "a $372M budget"; the number goes under
        # the letter
        number.head = letter
        number.dep_ = "nummod"
        return True
    head, dep = number.head, number.dep_
    _rehang(letter, head, dep)
    number.head = letter
    number.dep_ = "nummod"
    return True


def _rehang(letter: Token, head: Token, dep: str) -> None:
    """Hang `letter` on `head` as `dep`; what the parser hung on the letter goes back to the letter's old head."""
    old_head = letter.head
    strays = list(letter.children)
    letter.head = head
    letter.dep_ = dep
    for child in strays:
        child.head = old_head


class ScaleHeads:
    """Hangs a figure's scale letter where its number hangs (see the module docstring)."""

    def __init__(self, name: str = "claimx_scale_heads"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("DEP"):
            return doc
        letters = _glued_letters()
        strings = doc.vocab.strings
        for i, orth in enumerate(doc.to_array([ORTH]).tolist()):
            if i == 0 or strings[orth].lower() not in letters:
                continue
            letter, number = doc[i], doc[i - 1]
            if number.whitespace_ or letter.is_sent_start or not _is_number(number):
                continue  # (a letter the parser starts a sentence with stays in its own sentence)
            place_scale_letter(number, letter)
        return doc


@Language.factory("claimx_scale_heads")
def make_scale_heads(nlp: Language, name: str) -> ScaleHeads:
    """Factory for `ScaleHeads`."""
    return ScaleHeads(name)
