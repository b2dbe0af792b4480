"""The overview page: every article with its claims per verdict, contradicted first, with filters."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse

from claimx.review.templating import render
from claimx.store import VERDICTS, ArticleSummary, ClaimStore, Facets

router = APIRouter()


@dataclass(frozen=True)
class OverviewContext:
    """What overview.html shows.

    articles (list[ArticleSummary]): the articles matching the filters, contradicted first.
    facets (Facets): the entities and metrics the filter menus offer.
    verdicts (tuple[str, ...]): the verdicts the verdict menu offers.
    filters (dict[str, str]): the filters in force, by name; empty when none.
    totals (dict[str, int]): articles, claims, contradicted claims, reviewed claims and
        decisions in the whole store.
    """

    articles: list[ArticleSummary]
    facets: Facets
    verdicts: tuple[str, ...]
    filters: dict[str, str]
    totals: dict[str, int]


def overview_context(
    store: ClaimStore, *, verdict: Optional[str], entity: Optional[str], metric: Optional[str]
) -> OverviewContext:
    """Gather the overview from the store.

    store (ClaimStore): the store.
    verdict (str | None): keep articles with a claim of this verdict.
    entity (str | None): keep articles with a claim about this entity.
    metric (str | None): keep articles with a claim on this metric.
    RETURNS (OverviewContext): the page's context.
    """
    every = store.articles()
    filters = {name: value for name, value in (("verdict", verdict), ("entity", entity), ("metric", metric)) if value}
    shown = store.articles(verdict=verdict, entity=entity, metric=metric) if filters else every
    totals = {
        "articles": len(every),
        "claims": sum(a.claims for a in every),
        "contradicted": sum(a.verdicts["contradicted"] for a in every),
        "reviewed": sum(a.reviewed for a in every),
        "decisions": store.decision_count(),
    }
    return OverviewContext(articles=shown, facets=store.facets(), verdicts=VERDICTS, filters=filters, totals=totals)


@router.get("/", response_class=HTMLResponse, name="overview")
def overview(request: Request, verdict: str = "", entity: str = "", metric: str = "") -> HTMLResponse:
    """Serve the overview; empty filter values mean "any"."""
    if verdict and verdict not in VERDICTS:
        raise HTTPException(400, f"Unknown verdict {verdict!r}: expected one of {', '.join(VERDICTS)}.")
    context = overview_context(
        request.app.state.store, verdict=verdict or None, entity=entity or None, metric=metric or None
    )
    return render(request, "overview.html", {"page": context})
