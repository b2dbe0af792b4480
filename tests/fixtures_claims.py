"""Claims of made-up text, for the extraction, frame and check tests.

The test files of the frame's readers all need the same two things: the claims the pipeline finds in a short
made-up article, keyed by their text, and the same claims after the checker. `claims_reader` and
`checked_reader` make them with the publication date a file's sentences are written against:

    claims_of = claims_reader(dt.date(2025, 10, 15))
    _checked = checked_reader(dt.date(2024, 8, 30), claims_of)
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from claimx.pipeline import extract_articles
from claimx.records import Article, Claim

ClaimsOf = Callable[..., dict[str, Claim]]


def claims_by_text(nlp, text: str, published: dt.date | None = None) -> dict[str, Claim]:
    """The claims the pipeline extracts from `text` published on `published`, keyed by their text."""
    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return {c.text: c for c in result.claims}


def claims_reader(default_published: dt.date | None = None) -> ClaimsOf:
    """`claims_by_text` with a file's own publication date as the default."""
    def claims_of(nlp, text: str, published: dt.date | None = default_published) -> dict[str, Claim]:
        return claims_by_text(nlp, text, published)
    return claims_of


def bundled_pack():
    """The reference pack `claimx check` uses when given none."""
    from claimx.reference.loading import load_pack
    from claimx.reference.pack import default_pack_path

    return load_pack(default_pack_path())


def checked_reader(default_published: dt.date | None, claims_of: ClaimsOf, default_pack=None) -> ClaimsOf:
    """The claims of `claims_of` after the checker, keyed by their text. `default_pack` is a pack or a
    function that loads one (e.g. `bundled_pack`); None checks against the article's own figures only."""
    def checked(nlp, text: str, published: dt.date | None = default_published, pack=None) -> dict[str, Claim]:
        from claimx.check.checker import check_claims

        if pack is None:
            pack = default_pack() if callable(default_pack) else default_pack
        claims = list(claims_of(nlp, text, published).values())
        return {c.text: c for c in check_claims(claims, pack, published=published)}
    return checked


def all_checked(nlp, text: str, published: dt.date | None) -> list[Claim]:
    """Every claim of `text` after the checker, in order (figures written twice kept apart)."""
    from claimx.check.checker import check_claims

    [result] = list(extract_articles([Article(id="a", text=text, published=published)], nlp))
    return check_claims(result.claims, None, published=published)


def doc_claims_of(nlp, text: str, published: dt.date | None = None) -> list[Claim]:
    """The claims component's claims of `text` in article order, without the rest of the pipeline's stages."""
    from claimx.pipeline import doc_claims

    return doc_claims(nlp(text), Article(id="t", text=text, published=published))


def quantities_by_text(nlp, text: str) -> dict:
    """The quantities the grammar finds in `text`, keyed by their text (before claims are made of them)."""
    return {span.text: span._.quantity for span in nlp(text).spans["quantities"]}


def subject_of(nlp, text: str, figure: str) -> str | None:
    """The subject the claims component gives the first claim written `figure` in `text` (see `doc_claims_of`)."""
    found = [c for c in doc_claims_of(nlp, text) if c.text == figure]
    assert found, [c.text for c in doc_claims_of(nlp, text)]
    return found[0].subject
