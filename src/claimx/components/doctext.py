"""`Doc.text`, read once per Doc by claimx's components and record building.

`Doc.text` joins the text of every token (a new Token object each) on each access; the quantities
component, the claims component and `pipeline.doc_claims` each read it for the same Doc in turn. The
last Doc's text is kept here (the Doc itself held, so no other Doc can take its place while it is
compared by identity); a Doc's text never changes (annotation and retokenizing keep it).
"""
from __future__ import annotations

from spacy.tokens import Doc

_last: tuple[Doc | None, str] = (None, "")


def doc_text(doc: Doc) -> str:
    """`doc.text`, joined once for the last Doc asked about."""
    global _last
    last = _last  # one read: another thread may replace the pair meanwhile
    if last[0] is doc:
        return last[1]
    text = doc.text
    _last = (doc, text)
    return text
