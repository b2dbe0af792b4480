"""The article page: the text with its claims highlighted by verdict, and the claim list beside it.

The page keeps the overview's list (filters, search, sort) in its query string, for the way back
and the "next article" link, and the claim panel's tab (`show`), so both survive a decision.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Optional
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from claimx.records import Article, Claim
from claimx.review.explain import explain, readable
from claimx.review.format import claim_label, headline
from claimx.review.highlight import Span, highlight, in_text
from claimx.review.listing import PAGE_SIZE, SHOWS, ListState, list_state
from claimx.review.reviewers import reviewer_of
from claimx.review.templating import article_url, render
from claimx.store import ArticleNotFound, ClaimStore, Decision

router = APIRouter()


@dataclass(frozen=True)
class Notice:
    """Why a decision from a claim's form was not saved, shown on that claim with the typing kept.

    kind (str): "error" (fix the input), "conflict" (someone decided since the page loaded) or
        "expired" (the server restarted; the form carries a fresh token).
    message (str): what happened and what to do.
    decision (str): the button that was pressed.
    corrected_value (str): the corrected value as typed.
    comment (str): the comment as typed.
    """

    kind: str
    message: str
    decision: str = ""
    corrected_value: str = ""
    comment: str = ""


@dataclass(frozen=True)
class ClaimView:
    """One claim in the claim list.

    anchor (str): the element id of its entry ("c0", "c1"...), in text order.
    claim (Claim): the claim record.
    decision (Decision | None): its current review decision.
    history (list[Decision]): every decision on it, oldest first.
    flagged (bool): True for contradicted claims.
    located (bool): False when its offsets fall outside the text, so it has no highlight.
    explanation (str): the evidence told in one sentence.
    related (list[Claim]): the other claims of the article its evidence used.
    notice (Notice | None): why the last decision sent from its form was not saved.
    """

    anchor: str
    claim: Claim
    decision: Optional[Decision]
    history: list[Decision]
    flagged: bool
    located: bool
    explanation: str = ""
    related: list[Claim] = field(default_factory=list)
    notice: Optional[Notice] = None

    @property
    def open(self) -> bool:
        """True while the claim has no current decision: j/k step through these."""
        return self.decision is None

    @property
    def computation(self) -> str:
        """The evidence's computation with its e-notation written out."""
        evidence = self.claim.evidence
        return readable(evidence.computation) if evidence and evidence.computation else ""


@dataclass(frozen=True)
class ArticleContext:
    """What article.html shows.

    article (Article): the article.
    headline (str): its title, else its first line, else its id.
    text (Markup): the article text, escaped, with highlights.
    claims (list[ClaimView]): its claims in text order.
    counts (dict[str, int]): claims per verdict ("unchecked" for none).
    reviewed (int): claims with a current decision.
    link (str | None): the article's URL when it is an http(s) one, for a link.
    state (ListState): the overview list the article was opened from.
    show (str): the claim panel's tab.
    position (int | None): the article's place in that list (from 1), None when not in it.
    listed (int): how many articles the list holds.
    previous, next (str | None): the links to the neighbouring articles of the list.
    back (str): the link back to the list, at the page holding this article.
    here (str): this page's own path and query (for forms to come back to).
    reviewer (str): who decisions are recorded for.
    """

    article: Article
    headline: str
    text: Markup
    claims: list[ClaimView]
    counts: dict[str, int]
    reviewed: int
    link: Optional[str]
    state: ListState = field(default_factory=lambda: ListState(list_state({}).query))
    show: str = "all"
    position: Optional[int] = None
    listed: int = 0
    previous: Optional[str] = None
    next: Optional[str] = None
    back: str = "/"
    here: str = ""
    reviewer: str = ""

    @property
    def first_open(self) -> Optional[str]:
        """The anchor of the first claim left to review, for the skip link."""
        return next((view.anchor for view in self.claims if view.open), self.claims[0].anchor if self.claims else None)


def anchor_of(index: int) -> str:
    """Return the element id of the claim at this position in text order."""
    return f"c{index}"


def article_href(article_id: str, state: ListState, show: str = "all") -> str:
    """The path of an article's page with the list state and the panel's tab."""
    params = state.params(page=1)
    if show != "all":
        params["show"] = show
    return article_url(article_id) + (f"?{urlencode(params)}" if params else "")


def default_show(state: ListState, requested: Optional[str]) -> str:
    """The panel's tab: the one asked for, else the verdict the list is filtered by, else all."""
    if requested in SHOWS:
        return requested  # type: ignore[return-value]
    return state.query.verdict or "all"


def article_context(
    store: ClaimStore,
    article_id: str,
    state: Optional[ListState] = None,
    *,
    show: Optional[str] = None,
    notices: Mapping[str, Notice] | None = None,
    reviewer: str = "",
) -> ArticleContext:
    """Gather an article's page from the store.

    store (ClaimStore): the store.
    article_id (str): the article id.
    state (ListState | None): the overview list it was opened from.
    show (str | None): the panel's tab asked for.
    notices (Mapping[str, Notice] | None): by claim id, decisions not saved and why.
    reviewer (str): who is reviewing.
    RETURNS (ArticleContext): the page's context.
    """
    state = state or list_state({})
    notices = notices or {}
    article = store.article(article_id)
    rows = store.claims(article=article_id)
    by_id = {claim.id: claim for claim, _ in rows}
    views: list[ClaimView] = []
    spans: list[Span] = []
    for index, (claim, decision) in enumerate(rows):
        span = Span(claim.start, claim.end, anchor_of(index), claim.verdict, claim_label(claim))
        spans.append(span)
        related = [by_id[i] for i in (claim.evidence.related_claims if claim.evidence else []) if i in by_id]
        views.append(
            ClaimView(
                anchor=anchor_of(index),
                claim=claim,
                decision=decision,
                history=store.decisions(claim.id) if decision else [],
                flagged=claim.verdict == "contradicted",
                located=in_text(span, article.text),
                explanation=explain(claim, by_id),
                related=related,
                notice=notices.get(claim.id),
            )
        )
    counts = {"contradicted": 0, "unverifiable": 0, "supported": 0, "unchecked": 0}
    for view in views:
        counts[view.claim.verdict or "unchecked"] += 1
    link = article.url if article.url and article.url.lower().startswith(("http://", "https://")) else None
    shown = default_show(state, show)
    position, listed, previous, following = _neighbours(store, state, article_id)
    back_page = (position - 1) // PAGE_SIZE + 1 if position else state.page
    return ArticleContext(
        article=article,
        headline=headline(article),
        # Blank lines a file ends with would leave an empty box under the text (pre-wrap).
        text=Markup(highlight(article.text, spans).rstrip()),
        claims=views,
        counts=counts,
        reviewed=sum(v.decision is not None for v in views),
        link=link,
        state=state,
        show=shown,
        position=position,
        listed=listed,
        previous=article_href(previous, state) if previous else None,
        next=article_href(following, state) if following else None,
        back=state.href("/", page=back_page),
        here=article_href(article_id, state, shown),
        reviewer=reviewer,
    )


def _neighbours(store: ClaimStore, state: ListState, article_id: str) -> tuple[Optional[int], int, Optional[str], Optional[str]]:
    """(position, list length, previous id, next id) of the article in the overview's list.

    An article that just left the list (the last claim of an "open" article was decided) keeps its
    place: its neighbours are found in the same list without the status filter.
    """
    ids = store.article_ids(state.query)
    if article_id in ids:
        index = ids.index(article_id)
        return (index + 1, len(ids), ids[index - 1] if index else None,
                ids[index + 1] if index + 1 < len(ids) else None)
    if state.query.status is None:
        return None, len(ids), None, ids[0] if ids else None
    everything = store.article_ids(replace(state.query, status=None))
    if article_id not in everything:
        return None, len(ids), None, ids[0] if ids else None
    index = everything.index(article_id)
    listed = set(ids)
    before = [i for i in everything[:index] if i in listed]
    after = [i for i in everything[index + 1:] if i in listed]
    return None, len(ids), before[-1] if before else None, after[0] if after else None


def render_article(
    request: Request,
    article_id: str,
    params: Mapping[str, str],
    *,
    notices: Mapping[str, Notice] | None = None,
    status: int = 200,
) -> HTMLResponse:
    """Render an article's page for this request (also for a decision that was not saved)."""
    try:
        context = article_context(
            request.app.state.store,
            article_id,
            list_state(params),
            show=params.get("show"),
            notices=notices,
            reviewer=reviewer_of(request),
        )
    except ArticleNotFound:
        raise HTTPException(404, f"No article {article_id!r} in this store.") from None
    return render(request, "article.html", {"page": context}, status)


@router.get("/articles/{article_id:path}", response_class=HTMLResponse, name="article")
def article_page(request: Request, article_id: str) -> HTMLResponse:
    """Serve one article's page."""
    return render_article(request, article_id, request.query_params)
