"""`Doc.text`, read once per Doc by claimx's components and record building.

`Doc.text` joins the text of every token (a new Token object each) on each access; the paragraphs
component, the quantities component, the claims component and `pipeline.doc_claims` each read it for
the same Doc in turn. The texts of the last `KEPT` Docs are kept here (the Docs themselves held, so no
other Doc can take their places while they are compared by identity): spaCy runs the paragraphs
component over a whole batch (16 Docs) before the parser, so by the time the quantities component
reads a Doc's text, the paragraphs component has read 15 others. A Doc's text never changes
(annotation and retokenizing keep it).
"""
from __future__ import annotations

from collections import deque

from spacy.tokens import Doc

KEPT = 20  # Docs whose texts are kept: more than a batch of `nlp.pipe` (16 in claimx's runs), few (a Doc holds its tensor)
_kept: deque[tuple[Doc, str]] = deque(maxlen=KEPT)


def keep_text(doc: Doc, text: str) -> None:
    """Hold `text` as the text of `doc`, a Doc just made from it (`nlp.make_doc(text)`: spaCy's tokenizer keeps every
    character, so `Doc.text` would join the same string), so that no component joins it at all."""
    _kept.append((doc, text))


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once for each of the last `KEPT` Docs asked about."""
    for held, text in reversed(tuple(_kept)):  # (a copy: another thread may add a pair meanwhile)
        if held is doc:
            return text
    text = doc.text
    _kept.append((doc, text))
    return text
