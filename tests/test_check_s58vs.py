"""Session 58 (vs): verdicts the pack settles but the checker left unverifiable. The frame now records where the
sentence before the claim's starts in its paragraph (`Frame.previous_sentence_start`, from spaCy's sentence
boundaries), so the checker reads a figureless topic sentence by offsets and keeps no sentence splitter of its own.
Made-up text; each test fails on the session-start code unless its docstring says it is a guard."""
from __future__ import annotations

import datetime as dt

from claimx.pipeline import extract_articles
from claimx.records import Article

PUBLISHED = dt.date(2031, 3, 4)


def _claims(nlp, text: str):
    [result] = list(extract_articles([Article(id="t", text=text, published=PUBLISHED)], nlp))
    return {claim.text: claim for claim in result.claims}


def test_the_frame_records_the_start_of_the_sentence_before_in_its_paragraph(nlp):
    """"Dr. Olsen runs the ferry service. The service carried 41,000 passengers": the sentence before starts at "Dr."
    (spaCy's boundary, not a full stop's); a claim opening its paragraph, or the article, has none."""
    text = ("Ferry numbers climb\n\n"
            "Brackwater ferries carried 12,000 cars in 2030.\n\n"
            "Dr. Olsen runs the ferry service. The service carried 41,000 passengers in 2030, officials said.\n")
    claims = _claims(nlp, text)
    inside = claims["41,000"].frame
    assert inside.previous_sentence_start == text.index("Dr. Olsen")
    assert text[inside.previous_sentence_start:inside.sentence_start].strip() == "Dr. Olsen runs the ferry service."
    assert claims["12,000"].frame.previous_sentence_start is None
