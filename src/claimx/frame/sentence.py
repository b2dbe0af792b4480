"""What the claim frame reads from one sentence, read once and shared by every figure of the sentence.

The claims component frames a sentence's figures one after another, and several of its readers ask the sentence
the same question for each figure: which entities it holds, which places it writes "in" which clause. A
`SentenceReading` holds those answers for one sentence, each part built on its first use; `Sentences` gives the
reading of a sentence, built once per sentence (keyed by its start token) for one document. The component makes a
new `Sentences` for each document and drops it when the document is done, so no reading outlives its document.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Span, Token


class SentenceReading:
    """One sentence as the frame's readers share it.

    sent (Span): the sentence.
    ents (list[Span]): the document's entities inside the sentence, in text order (what `sent.ents` gives).
    places (list | None): the sentence's places with the clause a preposition of place ("in", "across",
        "throughout") puts them in, as `(entity, its phrase's root, that clause's verb or None)`; None until the
        claims component's `_clause_places` first reads them.
    """

    __slots__ = ("sent", "ents", "places")

    def __init__(self, sent: Span, ents: list[Span]):
        self.sent = sent
        self.ents = ents
        self.places: list[tuple[Span, Token, Token | None]] | None = None


class Sentences:
    """The readings of one document's sentences, each built on the first question asked of its sentence.

    ents (Sequence[Span]): the document's entities in text order (read once per document).
    """

    def __init__(self, ents: Sequence[Span]):
        self._ents = ents
        self._starts = [e.start for e in ents]
        self._read: dict[int, SentenceReading] = {}
        self.builds = 0  # readings built (a test counts them: one per sentence asked about)

    def of(self, sent: Span) -> SentenceReading:
        """The reading of the sentence `sent`."""
        reading = self._read.get(sent.start)
        if reading is None:
            self.builds += 1
            reading = self._read[sent.start] = SentenceReading(sent, self.ents_in(sent))
        return reading

    def ents_in(self, span: Span) -> list[Span]:
        """The entities inside `span` (what `span.ents` gives), from the document's entities."""
        found = []
        for ent in self._ents[bisect_left(self._starts, span.start):]:
            if ent.end > span.end:
                break
            found.append(ent)
        return found
