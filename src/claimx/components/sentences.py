"""`Token.sent` and `Span.sent` answered from a Doc's sentences read once, while a component runs.

spaCy finds a token's sentence by walking the sentence-start flags and slicing a new Span on every access
(`Doc.has_annotation` first, which is a Python loop); the frame rules ask for a figure's, an entity's or a
verb's sentence some 36,000 times over the 60 bench texts. spaCy's own `user_span_hooks["sent"]` and
`user_token_hooks["sent"]` answer from the list of `doc.sents` instead: the same sentence (the one holding the
span's first token, as spaCy's walk gives), found by bisection. The hooks are removed when the component ends.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from contextlib import contextmanager

from spacy.tokens import Doc, Span


@contextmanager
def sentences_read_once(doc: Doc) -> Iterator[None]:
    """Within the block, `.sent` of `doc`'s tokens and spans comes from `doc.sents` read once. Nothing changes
    for a Doc without sentence boundaries or with a "sent" hook of its own."""
    if "sent" in doc.user_span_hooks or "sent" in doc.user_token_hooks or not doc.has_annotation("SENT_START"):
        yield
        return
    sents = list(doc.sents)
    starts = [s.start for s in sents]

    def sentence_of(i: int) -> Span:
        return sents[bisect_right(starts, i) - 1]  # the last sentence starting at or before token i

    # each token's sentence by its index (doc.sents cover the Doc in order), as sentence_of gives it: the hooks are
    # asked some 80,000 times over the corpus, and a look-up costs less than a bisection and a call
    n = len(doc)
    of_token = [sent for sent in sents for _ in range(sent.start, sent.end)]
    if len(of_token) != n:
        of_token = [sentence_of(i) for i in range(n)]
    doc.user_span_hooks["sent"] = lambda span: of_token[span.start] if span.start < n else sentence_of(span.start)
    doc.user_token_hooks["sent"] = lambda token: of_token[token.i]
    try:
        yield
    finally:
        del doc.user_span_hooks["sent"], doc.user_token_hooks["sent"]
