"""schema.org ClaimReview JSON-LD: one item per claim a fact-checker would publish a rating for.

Only settled claims are published: a final verdict of supported or contradicted. Unverifiable
claims (the checker or a reviewer could not settle them) and claims a reviewer marked "not a
claim" have nothing to rate. Ratings use a 1-5 scale with a name Google shows as the rating:
`RATINGS` below.

Google's fact-check documentation requires `claimReviewed` (a short summary of the claim: under 75
characters), `reviewRating.alternateName` and `url`, and recommends `author`, `datePublished`,
`itemReviewed` (a Claim with `author`, `datePublished`, `appearance`, `firstAppearance`) and the
rating's `name`, `ratingValue`, `bestRating`, `worstRating`. Every one is written but
`firstAppearance`: an archive knows where a claim appeared, not where it first did.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import IO, Optional
from urllib.parse import quote, urlsplit

from claimx.check.tolerance import fmt
from claimx.export.reviewed import ReviewedClaim
from claimx.records import Claim, Entity

# Google: "Try to keep this less than 75 characters to minimize wrapping when displayed on a mobile device."
CLAIM_REVIEWED_LENGTH = 75
# Words that attribute a statement to someone: "said", "according to".
_ATTRIBUTION = re.compile(
    r"\b(?:said|says|told|tells|according to|estimated|estimates|reported|reports|announced|announces|"
    r"stated|states|claimed|claims|wrote|writes|argued|argues|insisted|added|noted|forecast)\b",
    re.IGNORECASE,
)
# Where a sentence splits into clauses, for a short claimReviewed.
_CLAUSE = re.compile(r"\s*(?:[,;:]\s+|\s+[—–-]\s+|\s+\((?=[^)]*\)))")

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
    claim_author (str | None): who published the articles checked (`--claim-author`): the author of
        claims an article makes in its own voice. Default: the host of the article's URL, else
        `author` (a newsroom checking its own archive).
    """

    author: str
    url: str
    date_published: dt.date
    claim_author: Optional[str] = None


def claim_review(item: ReviewedClaim, publisher: Publisher, entities: Sequence[Entity] = ()) -> Optional[dict]:
    """Build the ClaimReview for one claim, or None when its verdict is not publishable.

    item (ReviewedClaim): the claim with its review applied.
    publisher (Publisher): author, page and date of the fact checks.
    entities (Sequence[Entity]): the article's entities, to name a quoted speaker.
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
    claimed: dict[str, object] = {"@type": "Claim", "author": claim_author(item, publisher, entities),
                                  "appearance": appearance}
    if article.published:
        claimed["datePublished"] = article.published.isoformat()
    review: dict[str, object] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": f"{publisher.url}#{quote(item.claim.id, safe='')}",
        "claimReviewed": short_claim(item.claim),
        "datePublished": publisher.date_published.isoformat(),
        "author": {"@type": "Organization", "name": publisher.author, "url": publisher.url},
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": BEST_RATING,
            "worstRating": WORST_RATING,
            "alternateName": name,
            "name": name,
        },
        "itemReviewed": claimed,
    }
    body = _review_body(item)
    if body:
        review["reviewBody"] = body
    return review


def short_claim(claim: Claim, limit: int = CLAIM_REVIEWED_LENGTH) -> str:
    """A short summary of the claim for `claimReviewed`: its sentence when short, else the clause
    holding the figure (with the subject when the clause lacks it), else words around the figure.

    claim (Claim): the claim.
    limit (int): the longest summary, in characters.
    RETURNS (str): the summary, `limit` characters at most.
    """
    sentence = " ".join(claim.sentence.split())
    if len(sentence) <= limit:
        return sentence
    where = sentence.find(claim.text)
    if where < 0:
        return _cut(f"{claim.subject + ': ' if claim.subject else ''}{claim.text}", limit)
    cuts = [0, *(m.end() for m in _CLAUSE.finditer(sentence)), len(sentence) + 1]
    starts = [c for c in cuts if c <= where]
    ends = [m.start() for m in _CLAUSE.finditer(sentence) if m.start() >= where + len(claim.text)]
    clause = sentence[starts[-1]:ends[0] if ends else len(sentence)].strip().rstrip(".")
    subject = claim.subject
    if subject and subject.lower() not in clause.lower() and not clause.lower().startswith(subject.lower()):
        clause = f"{subject}: {clause}"
    if len(clause) <= limit:
        return clause[0].upper() + clause[1:]
    return _window(clause, claim.text, limit)


def _window(text: str, figure: str, limit: int) -> str:
    """Words of `text` around `figure`, cut with ellipses, at most `limit` characters."""
    where = max(text.find(figure), 0)
    left, right = where, where + len(figure)
    while True:
        grown = False
        before = text.rfind(" ", 0, max(left - 1, 0))
        if left > 0 and len(text[before + 1:right]) + 2 <= limit:
            left, grown = (before + 1 if before >= 0 else 0), True
        after = text.find(" ", right + 1)
        after = len(text) if after < 0 else after
        if right < len(text) and len(text[left:after]) + 2 <= limit:
            right, grown = after, True
        if not grown:
            break
    return ("…" if left > 0 else "") + text[left:right].strip() + ("…" if right < len(text) else "")


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def claim_author(item: ReviewedClaim, publisher: Publisher, entities: Sequence[Entity] = ()) -> dict[str, str]:
    """Who made the claim (`itemReviewed.author`): the speaker the sentence quotes, else the article's publisher.

    A speaker is a person or organisation the article's entity records place next to an
    attribution ("…, said Maria Lopez", "according to the Treasury"); "the company said" names the
    organisation the sentence is about. Without one the claim is the article's own: its publisher
    is `Publisher.claim_author`, else the host of the article's URL, else `Publisher.author`.
    item (ReviewedClaim): the claim and its article.
    publisher (Publisher): the export's publisher settings.
    entities (Sequence[Entity]): the article's entities.
    RETURNS (dict[str, str]): a schema.org Person or Organization.
    """
    claim = item.claim
    speaker = _speaker(claim, entities)
    if speaker is not None:
        return speaker
    if publisher.claim_author:
        return {"@type": "Organization", "name": publisher.claim_author}
    if _is_web_url(item.article.url):
        parts = urlsplit(item.article.url)
        host = parts.hostname or ""
        return {"@type": "Organization", "name": host.removeprefix("www."), "url": f"{parts.scheme}://{parts.netloc}"}
    return {"@type": "Organization", "name": publisher.author, "url": publisher.url}


def _speaker(claim: Claim, entities: Sequence[Entity]) -> Optional[dict[str, str]]:
    sentence = claim.sentence
    attribution = _ATTRIBUTION.search(sentence)
    if attribution is None:
        return None
    offset = claim.start - max(sentence.find(claim.text), 0)
    near: list[tuple[int, int, Entity]] = []
    for entity in entities:
        if entity.label not in ("PERSON", "ORG"):
            continue
        for mention in entity.mentions:
            start, end = mention.start - offset, mention.end - offset
            if 0 <= start and end <= len(sentence) and not (start < claim.end - offset and claim.start - offset < end):
                gap = attribution.start() - end if end <= attribution.start() else start - attribution.end()
                if gap <= 40:
                    near.append((0 if entity.label == "PERSON" else 1, abs(gap), entity))
    if near:
        entity = min(near, key=lambda found: found[:2])[2]
        return {"@type": "Person" if entity.label == "PERSON" else "Organization", "name": entity.name}
    about = re.search(r"\b(?:the|its)\s+(?:company|firm|group|bank|utility|council|government|ministry|agency|"
                      r"department|insurer|retailer|airline|carrier|operator|business)\s+" + attribution.group(0),
                      sentence, re.IGNORECASE)
    if about is None:
        return None
    organisations = [entity for entity in entities if entity.label == "ORG"]
    own = [entity for entity in organisations if claim.id in entity.claims]
    if own or organisations:
        chosen = own[0] if own else max(organisations, key=lambda entity: len(entity.mentions))
        return {"@type": "Organization", "name": chosen.name}
    if claim.subject and claim.subject[:1].isupper():
        return {"@type": "Organization", "name": claim.subject}
    return None


def write_claimreview(items: Iterable[ReviewedClaim], out: IO[str], publisher: Publisher,
                      entities_of: Optional[Callable[[str], Sequence[Entity]]] = None) -> int:
    """Write a JSON array of ClaimReview objects, safe to paste into a <script> element.

    items (Iterable[ReviewedClaim]): the claims; those without a publishable verdict are skipped.
    out (IO[str]): a text stream.
    publisher (Publisher): author, page and date of the fact checks.
    entities_of (Callable[[str], Sequence[Entity]] | None): an article's entities by its id
        (`ClaimStore.entities`), to name quoted speakers.
    RETURNS (int): items written.
    """
    cache: dict[str, Sequence[Entity]] = {}

    def entities(article: str) -> Sequence[Entity]:
        if entities_of is None:
            return ()
        if article not in cache:
            cache[article] = entities_of(article)
        return cache[article]

    reviews = [r for r in (claim_review(item, publisher, entities(item.article.id)) for item in items) if r is not None]
    text = json.dumps(reviews, ensure_ascii=False, indent=2)
    # "<" escaped so "</script>" in an article's text cannot end the element the JSON-LD sits in.
    out.write(text.replace("<", "\\u003c") + "\n")
    return len(reviews)


def _review_body(item: ReviewedClaim) -> str:
    claim, evidence = item.claim, item.claim.evidence
    parts = [f'The article says "{claim.text}": "{" ".join(claim.sentence.split())}"']
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
