"""claimx.components.sentences: `.sent` answered from `doc.sents` read once gives what spaCy's own walk gives."""
from __future__ import annotations

import pytest

from claimx.components.sentences import sentences_read_once
from claimx.pipeline import load_pipeline

TEXT = ("Harwick Stores said on Tuesday that revenue rose 4.2% to $3.1 billion.\n\n"
        "Its shares fell 2%. Analysts had expected growth of 5%, the Tarrant Daily reported.\n"
        "- Profit: $210 million\n- Stores: 412")


@pytest.fixture(scope="module")
def doc():
    return load_pipeline()(TEXT)


def bounds(doc):
    spans = [doc[a:b] for a in range(len(doc)) for b in (a, a + 1, min(a + 6, len(doc)))]
    return [(t.sent.start, t.sent.end) for t in doc] + [(s.sent.start, s.sent.end) for s in spans]


def test_sentences_read_once_same_sentences_as_spacy(doc):
    expected = bounds(doc)
    with sentences_read_once(doc):
        assert bounds(doc) == expected
    assert "sent" not in doc.user_span_hooks and "sent" not in doc.user_token_hooks


def test_sentences_read_once_keeps_a_hook_of_the_docs_own(doc):
    own = lambda span: span  # noqa: E731
    doc.user_span_hooks["sent"] = own
    try:
        with sentences_read_once(doc):
            assert doc.user_span_hooks["sent"] is own and "sent" not in doc.user_token_hooks
        assert doc.user_span_hooks["sent"] is own
    finally:
        del doc.user_span_hooks["sent"]
