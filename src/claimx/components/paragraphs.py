"""The `claimx_paragraphs` spaCy component: a blank line ends a sentence.

News copy puts a headline, a dateline line, bullet points and photo captions on lines of their own,
mostly without a full stop, and the parser then reads a headline and the first sentence of the body as
one sentence ("Ardlow to spend £24.6 billion ... factsheet shows KELLSBRIDGE, Oct 8 - The Ardlow
Executive will spend ..."): the figure's verb, subject and period come from the wrong line. Placed
before the parser, this component marks the first word after a blank line (a whitespace token holding
two or more line breaks) as the start of a sentence; the parser keeps boundaries set before it.
"""
from __future__ import annotations

import re
from functools import lru_cache

from spacy.attrs import IS_SPACE, ORTH
from spacy.language import Language
from spacy.tokens import Doc

from claimx.doctext import doc_text
from claimx.marks import BULLETS
from claimx.lexicon import load_lexicon


class ParagraphBreaks:
    """Sets `is_sent_start` on the first token after every blank line (see the module docstring)."""

    def __init__(self, name: str = "claimx_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        text = doc_text(doc)  # read again by the quantities component: joined once
        strings = doc.vocab.strings
        # each word's IS_SPACE and ORTH from the Doc's arrays: a Token is made only for a word a test below can hold for
        # (a space, the first word after a break, a word with "-" or "." in it), not for every word
        for i, (space, orth) in enumerate(doc.to_array([IS_SPACE, ORTH]).tolist()):
            if space:
                if not after_break:
                    token = doc[i]
                    after_break = token.text.count("\n") >= 2 or "\n" in token.text and _list_line(text, token)
                continue
            if not (after_break and i > 0) and "." not in (word := strings[orth]) and word != "-":
                continue  # (after_break stays False: see the end of the loop)
            token = doc[i]
            if after_break and token.i > 0:
                token.is_sent_start = True
                if token.text in BULLETS and token.i + 1 < len(doc) and not doc[token.i + 1].is_space:
                    doc[token.i + 1].is_sent_start = False  # "- 11% fall in burglary": the bullet opens its line
                elif token.i + 1 < len(doc) and token.is_alpha and "\n" not in token.whitespace_ and doc[token.i + 1].is_alpha \
                        and doc[token.i + 1].is_lower:
                    # "NASS now forecasts ...": a paragraph's first word in capitals, which the parser may take for a
                    # dateline of its own, opens the sentence the lower-case word after it goes on
                    doc[token.i + 1].is_sent_start = False
            # (both stops are words ending in a full stop: the others, most, are not asked)
            elif token.text == "-" and not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_ \
                    and token.i + 1 < len(doc) and not doc[token.i - 1].is_space:
                # "One-third of clinical trials ...": a word hyphened to the next, written with no space, is one word;
                # the parser may otherwise end a sentence at the hyphen of a fraction opening a paragraph
                token.is_sent_start = False
                doc[token.i + 1].is_sent_start = False
            elif token.text[-1:] == "." and _scale_stop(doc, token):
                doc[token.i + 1].is_sent_start = True
            elif token.text[-1:] == "." and _line_stop(doc, token):
                doc[token.i + 2].is_sent_start = True
            elif token.text == "." and (_currency_stop(doc, token) or _stop_before_ticker(doc, token)):
                doc[token.i + 1].is_sent_start = False
            elif "." in token.text and _decimal_before_word(doc, token):
                doc[token.i + 1].is_sent_start = False
            after_break = token.whitespace_.count("\n") >= 2  # (False: a word's whitespace_ is " " or "")
        return doc




def _scale_stop(doc: Doc, token) -> bool:
    """Whether `token` is a figure's scale letters glued to it with the sentence's full stop ("m." of "€21.5m.
    Television advertising ..."): spaCy's tokenizer keeps "m." whole as an abbreviation and the parser then runs the
    two sentences together, so the next word, a capitalised one after a space, starts a sentence."""
    if token.i == 0 or token.i + 1 >= len(doc) or not token.whitespace_:
        return False
    number, after = doc[token.i - 1], doc[token.i + 1]
    return (len(token.text) > 1 and token.text.endswith(".") and token.text[:-1].isalpha() and token.text[:-1].islower()
            and number.like_num and not number.whitespace_ and after.is_title and after.is_alpha)


def _line_stop(doc: Doc, token) -> bool:
    """Whether `token` is a word the tokenizer keeps whole with the sentence's full stop at the end of a line, before a
    single line break and a capitalised word: a figure's scale letters glued to it ("€8.8m." of "rose 2.3% to
    €8.8m.\nRevenues from knitwear ...") or initials in capitals ("U.S." of "customers outside the U.S.\nBoeing's
    full-year guidance ..."). The parser may run the two lines together as one sentence, so the figures of the next
    line take the measure and the subject of the line before; the word after the break starts a sentence. (A title
    such as "Mr." is neither, and a hard-wrapped line may end in one.)"""
    if token.i == 0 or token.i + 2 >= len(doc) or token.whitespace_ or len(token.text) < 2:
        return False
    space, after = doc[token.i + 1], doc[token.i + 2]
    if not space.is_space or space.text.count("\n") != 1 or not after.text[:1].isupper() or not after.text[:1].isalpha():
        return False
    number = doc[token.i - 1]
    glued_scale = token.text[:-1].isalpha() and token.text[:-1].islower() and number.like_num and not number.whitespace_
    initials = re.fullmatch(r"(?:[A-Z]\.){2,}", token.text) is not None
    return glued_scale or initials


def _currency_stop(doc: Doc, token) -> bool:
    """Whether `token` is the full stop of a currency written as an abbreviation before its figure ("Ksh. 37.1
    billion", "Tk. 50 crore"; the lexicon's `currency_symbols` that end with a full stop): the tokenizer splits the
    stop off and the parser may end the sentence there, leaving the figure without its verb and noun, so the figure
    after it never starts a sentence."""
    if token.text != "." or token.i == 0 or token.i + 1 >= len(doc) or not token.whitespace_:
        return False
    before, after = doc[token.i - 1], doc[token.i + 1]
    return not before.whitespace_ and f"{before.text}." in _dotted_currencies() and after.like_num


def _stop_before_ticker(doc: Doc, token) -> bool:
    """Whether `token` is the full stop of a company's abbreviated suffix before its ticker in brackets ("Corvel Plc.
    (CRV.L) reported ...", "Harlow Bhd. (HRL) said"): the tokenizer splits off the stop of a suffix it does not know as
    an abbreviation and the parser may end the sentence there, leaving the ticker the subject of the verb; a sentence
    never opens with a bracketed code in capitals."""
    if token.i == 0 or token.i + 3 >= len(doc) or not token.whitespace_:
        return False
    before, bracket, code = doc[token.i - 1], doc[token.i + 1], doc[token.i + 2]
    return not before.whitespace_ and before.is_alpha and before.text[:1].isupper() and bracket.text == "(" \
        and code.text[:1].isalpha() and code.text.replace(".", "").replace(":", "").isupper() \
        and any(t.text == ")" for t in doc[token.i + 3:token.i + 12])


def _decimal_before_word(doc: Doc, token) -> bool:
    """Whether `token` is a number with a decimal point followed by a word in lower case ("Rs. 87621.80 millions for
    the quarter"): the parser may end a sentence at the point inside the number; a sentence never opens with the
    lower-case word after it."""
    if token.i + 1 >= len(doc) or not token.like_num:
        return False
    after = doc[token.i + 1]
    return after.is_alpha and after.is_lower


@lru_cache(maxsize=1)
def _dotted_currencies() -> frozenset[str]:
    return frozenset(w for w in load_lexicon().data["currency_symbols"] if w.endswith(".") and len(w) > 1)


_SHORT_LINE = 50  # characters: a wrapped line of prose is longer; a list item, a heading or a table row is not


def _list_line(text: str, space) -> bool:
    """Whether a single line break (the whitespace token `space`) ends a line of a list rather than wrapping prose:
    the next line starts with a bullet, or the line before or after it is short ("Tolland: 95.3 per cent",
    "Dunscar Metropolitan Police" over "- 11% fall in burglary")."""
    start = space.idx
    end = start + len(space.text)
    after_end = text.find("\n", end)
    after = text[end:after_end if after_end >= 0 else len(text)].strip()
    if not after:
        return False
    if after.startswith(BULLETS):
        return True
    before = text[text.rfind("\n", 0, start) + 1:start].strip()
    return 0 < len(before) < _SHORT_LINE or len(after) < _SHORT_LINE


@Language.factory("claimx_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """Factory for `ParagraphBreaks`."""
    return ParagraphBreaks(name)
