"""The `claimx_paragraphs` spaCy component: a blank line ends a sentence.

News copy puts a headline, a dateline line, bullet points and photo captions on lines of their own,
mostly without a full stop, and the parser then reads a headline and the first sentence of the body as
one sentence ("Ardlow to spend £24.6 billion ... factsheet shows KELLSBRIDGE, Oct 8 - The Ardlow
Executive will spend ..."): the figure's verb, subject and period come from the wrong line. Placed
before the parser, this component marks the first word after a blank line (a whitespace token holding
two or more line breaks) as the start of a sentence; the parser keeps boundaries set before it.
"""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


class ParagraphBreaks:
    """Sets `is_sent_start` on the first token after every blank line (see the module docstring)."""

    def __init__(self, name: str = "claimx_paragraphs"):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        after_break = False
        for token in doc:
            if token.is_space:
                after_break = after_break or token.text.count("\n") >= 2
                continue
            if after_break and token.i > 0:
                token.is_sent_start = True
            after_break = token.whitespace_.count("\n") >= 2
        return doc


@Language.factory("claimx_paragraphs")
def make_paragraph_breaks(nlp: Language, name: str) -> ParagraphBreaks:
    """Factory for `ParagraphBreaks`."""
    return ParagraphBreaks(name)
