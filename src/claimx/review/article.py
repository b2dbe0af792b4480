"""The article page: the text with its claims highlighted by verdict, and the claim list beside it."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from claimx.records import Article, Claim
from claimx.review.format import claim_label
from claimx.review.highlight import Span, highlight, in_text
from claimx.review.templating import render
from claimx.store import ArticleNotFound, ClaimStore, Decision

router = APIRouter()


@dataclass(frozen=True)
class ClaimView:
    """One claim in the claim list.

    anchor (str): the element id of its entry ("c0", "c1"...), in text order.
    claim (Claim): the claim record.
    decision (Decision | None): its current review decision.
    history (list[Decision]): every decision on it, oldest first.
    flagged (bool): True for contradicted claims, the ones j/k step through.
    located (bool): False when its offsets fall outside the text, so it has no highlight.
    """

    anchor: str
    claim: Claim
    decision: Optional[Decision]
    history: list[Decision]
    flagged: bool
    located: bool


@dataclass(frozen=True)
class ArticleContext:
    """What article.html shows.

    article (Article): the article.
    text (Markup): the article text, escaped, with highlights.
    claims (list[ClaimView]): its claims in text order.
    counts (dict[str, int]): claims per verdict ("unchecked" for none).
    reviewed (int): claims with a current decision.
    link (str | None): the article's URL when it is an http(s) one, for a link.
    """

    article: Article
    text: Markup
    claims: list[ClaimView]
    counts: dict[str, int]
    reviewed: int
    link: Optional[str]


def anchor_of(index: int) -> str:
    """Return the element id of the claim at this position in text order."""
    return f"c{index}"


def article_context(store: ClaimStore, article_id: str) -> ArticleContext:
    """Gather an article's page from the store.

    store (ClaimStore): the store.
    article_id (str): the article id.
    RETURNS (ArticleContext): the page's context.
    """
    article = store.article(article_id)
    views: list[ClaimView] = []
    spans: list[Span] = []
    for index, (claim, decision) in enumerate(store.claims(article=article_id)):
        span = Span(claim.start, claim.end, anchor_of(index), claim.verdict, claim_label(claim))
        spans.append(span)
        views.append(
            ClaimView(
                anchor=anchor_of(index),
                claim=claim,
                decision=decision,
                history=store.decisions(claim.id) if decision else [],
                flagged=claim.verdict == "contradicted",
                located=in_text(span, article.text),
            )
        )
    counts = {"contradicted": 0, "unverifiable": 0, "supported": 0, "unchecked": 0}
    for view in views:
        counts[view.claim.verdict or "unchecked"] += 1
    link = article.url if article.url and article.url.lower().startswith(("http://", "https://")) else None
    return ArticleContext(
        article=article,
        text=highlight(article.text, spans),
        claims=views,
        counts=counts,
        reviewed=sum(v.decision is not None for v in views),
        link=link,
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse, name="article")
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """Serve one article's page."""
    try:
        context = article_context(request.app.state.store, article_id)
    except ArticleNotFound:
        raise HTTPException(404, f"No article {article_id!r} in this store.") from None
    return render(request, "article.html", {"page": context})
