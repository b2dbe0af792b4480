"""schema.org ClaimReview JSON-LD: one item per claim a fact-checker would publish a rating for.

Only settled claims are published: a final verdict of supported or contradicted. Unverifiable
claims (the checker or a reviewer could not settle them) and claims a reviewer marked "not a
claim" have nothing to rate. Ratings use a 1-5 scale with a name Google shows as the rating:
`RATINGS` below.
"""
from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Optional
from urllib.parse import quote, urlsplit

from claimx.check.tolerance import fmt
from claimx.export.reviewed import ReviewedClaim

BEST_RATING = 5
WORST_RATING = 1
# verdict -> (ratingValue, alternateName)
RATINGS: dict[str, tuple[int, str]] = {"supported": (5, "True"), "contradicted": (1, "False")}


@dataclass(frozen=True)
class Publisher:
    """Who publishes the fact checks.

    author (str): the organisation's name (ClaimReview `author`).
    url (str): the page the fact checks are published on; each item's `url` is this page with
        the claim id as its fragment.
    date_published (date): when the fact checks are published.
    """

    author: str
    url: str
    date_published: dt.date


def claim_review(item: ReviewedClaim, publisher: Publisher) -> Optional[dict]:
    """Build the ClaimReview for one claim, or None when its verdict is not publishable.

    item (ReviewedClaim): the claim with its review applied.
    publisher (Publisher): author, page and date of the fact checks.
    RETURNS (dict | None): the JSON-LD object.
    """
    verdict = item.claim.verdict
    if verdict not in RATINGS or item.review_decision == "not_a_claim":
        return None
    value, name = RATINGS[verdict]
    article = item.article
    appearance: dict[str, object] = {"@type": "CreativeWork"}
    if _is_web_url(article.url):
        appearance["url"] = article.url
    # A headline names the appearance even when the archive kept no URL for it.
    appearance["headline"] = article.title or article.id
    if article.published:
        appearance["datePublished"] = article.published.isoformat()
    claimed: dict[str, object] = {"@type": "Claim", "appearance": appearance}
    if article.published:
        claimed["datePublished"] = article.published.isoformat()
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{publisher.url}#{quote(item.claim.id, safe='')}",
        "claimReviewed": item.claim.sentence,
        "datePublished": publisher.date_published.isoformat(),
        "author": {"@type": "Organization", "name": publisher.author, "url": publisher.url},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
        },
        "itemReviewed": claimed,
    }
    body = _review_body(item)
    if body:
        review["reviewBody"] = body
    return review


def write_claimreview(items: Iterable[ReviewedClaim], out: IO[str], publisher: Publisher) -> int:
    """Write a JSON array of ClaimReview objects, safe to paste into a <script> element.

    items (Iterable[ReviewedClaim]): the claims; those without a publishable verdict are skipped.
    out (IO[str]): a text stream.
    publisher (Publisher): author, page and date of the fact checks.
    RETURNS (int): items written.
    """
    reviews = [r for r in (claim_review(item, publisher) for item in items) if r is not None]
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    # "<" escaped so "</script>" in an article's text cannot end the element the JSON-LD sits in.
    out.write(text.replace("<", "\\u003c") + "\n")
    return len(reviews)


def _review_body(item: ReviewedClaim) -> str:
    claim, evidence = item.claim, item.claim.evidence
    parts = [f'The article says "{claim.text}".']
    if item.review_decision == "correct":
        parts.append(f"A reviewer read the figure as {fmt(claim.value)} {claim.unit}.")
    if evidence is not None:
        sources = "; ".join(ref.source for ref in evidence.reference if ref.source)
        if evidence.expected is not None:
            parts.append(f"The evidence implies {fmt(evidence.expected)} {claim.unit}.")
        if evidence.computation:
            parts.append(f"Computed: {evidence.computation}.")
        if sources:
            parts.append(f"Sources: {sources}.")
    if item.review_comment:
        parts.append(f"Reviewer: {item.review_comment}")
    return " ".join(parts)


def _is_web_url(url: Optional[str]) -> bool:
    return bool(url) and urlsplit(url).scheme in ("http", "https")
