"""The overview page: the store's articles, 50 a page, filtered by their claims, searched by title,
sorted, contradicted first by default."""
from __future__ import annotations

from dataclasses import dataclass, field

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from claimx.review.format import headline
from claimx.review.listing import PAGE_SIZE, SORT_LABELS, STATUS_LABELS, ListState, list_state, menu
from claimx.review.templating import render
from claimx.store import VERDICTS, ArticleSummary, ClaimStore

router = APIRouter()


@dataclass(frozen=True)
class OverviewContext:
    """What overview.html shows.

    articles (list[ArticleSummary]): this page of the matching articles.
    state (ListState): filters, search, status, sort and page in force.
    matching (int): how many articles match in all.
    pages (int): how many pages they fill.
    entities (list[tuple[str, int]]): the entity menu: (value, claims), narrowed by the other filters.
    metrics (list[tuple[str, int]]): the metric menu, likewise.
    verdicts (tuple[str, ...]): the verdict menu.
    sorts (dict[str, str]): the sort menu, key to label.
    statuses (dict[str, str]): the status menu.
    filters (dict[str, str]): the filters in force, by name; empty when none.
    totals (dict[str, int]): articles, claims, contradicted claims, reviewed claims and
        decisions in the whole store.
    headlines (dict[str, str]): by article id, the headline of the page's articles without a title.
    """

    articles: list[ArticleSummary]
    state: ListState
    matching: int
    pages: int
    entities: list[tuple[str, int]]
    metrics: list[tuple[str, int]]
    verdicts: tuple[str, ...]
    sorts: dict[str, str]
    statuses: dict[str, str]
    filters: dict[str, str]
    totals: dict[str, int]
    headlines: dict[str, str] = field(default_factory=dict)

    @property
    def first(self) -> int:
        """The position of the page's first article (from 1)."""
        return (self.state.page - 1) * PAGE_SIZE + 1


def overview_context(store: ClaimStore, state: ListState) -> OverviewContext:
    """Gather one page of the overview from the store.

    store (ClaimStore): the store.
    state (ListState): what to list.
    RETURNS (OverviewContext): the page's context.
    """
    query = state.query
    rows, matching = store.article_page(query, offset=(state.page - 1) * PAGE_SIZE, limit=PAGE_SIZE)
    narrowing = {"verdict": query.verdict, "entity": query.entity, "metric": query.metric}
    filters = {name: value for name, value in state.params().items() if name not in ("sort", "page")}
    return OverviewContext(
        articles=rows,
        state=state,
        matching=matching,
        pages=max(1, -(-matching // PAGE_SIZE)),
        entities=menu(store.facet_counts("entity", **narrowing), query.entity),
        metrics=menu(store.facet_counts("metric", **narrowing), query.metric),
        verdicts=VERDICTS,
        sorts=SORT_LABELS,
        statuses=STATUS_LABELS,
        filters=filters,
        totals=store.totals(),
        # Untitled articles (plain text files) are named by their first line, as on their page.
        headlines={row.id: headline(store.article(row.id)) for row in rows if not row.title},
    )


@router.get("/", response_class=HTMLResponse, name="overview")
def overview(request: Request) -> HTMLResponse:
    """Serve the overview; empty filter values mean "any"."""
    state = list_state(request.query_params)
    return render(request, "overview.html", {"page": overview_context(request.app.state.store, state)})
