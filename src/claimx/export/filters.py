"""Which stored claims an export writes: the filters every format shares."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Optional

from claimx.export.reviewed import ReviewedClaim, apply_review
from claimx.records import Article, VerdictName
from claimx.store import ClaimStore


@dataclass(frozen=True)
class ExportFilter:
    """The claims to export.

    verdict (str | None): only claims whose final verdict (after review) is this.
    article (str | None): only this article's claims.
    since (date | None): only claims in articles published on or after this date.
    reviewed (bool | None): True for reviewed claims only, False for unreviewed only.
    include_rejected_claims (bool): keep claims a reviewer marked "not a claim".
    """

    verdict: Optional[VerdictName] = None
    article: Optional[str] = None
    since: Optional[dt.date] = None
    reviewed: Optional[bool] = None
    include_rejected_claims: bool = False


def select(store: ClaimStore, selection: ExportFilter = ExportFilter()) -> list[ReviewedClaim]:
    """Read the claims a filter selects, with their review decisions applied, in article order.

    store (ClaimStore): the store to read.
    selection (ExportFilter): the filters.
    RETURNS (list[ReviewedClaim]): the claims to export.
    """
    rows = store.claims(article=selection.article, reviewed=selection.reviewed, since=selection.since)
    articles: dict[str, Article] = {}
    selected = []
    for row in rows:
        if row.claim.article not in articles:
            articles[row.claim.article] = store.article(row.claim.article)
        item = apply_review(row, articles[row.claim.article])
        if item.review_decision == "not_a_claim" and not selection.include_rejected_claims:
            continue
        # The verdict filter applies to the final verdict: a reviewed export is filtered as published.
        if selection.verdict is not None and item.claim.verdict != selection.verdict:
            continue
        selected.append(item)
    return selected
