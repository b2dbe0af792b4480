"""The overview's list state: filters, search, status, sort and page, read from a query string
and written back into links, so an article opened from a filtered list keeps the list (for its
"next article" link and the way back)."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Optional
from urllib.parse import urlencode

from fastapi import HTTPException

from claimx.store import SORTS, STATUSES, VERDICTS, ArticleQuery

PAGE_SIZE = 50
# What the sort menu says, by key of `claimx.store.SORTS`.
SORT_LABELS = {
    "flagged": "most contradicted",
    "open": "most left to review",
    "newest": "newest",
    "oldest": "oldest",
    "title": "title A–Z",
    "claims": "most claims",
}
STATUS_LABELS = {"open": "claims left to review", "done": "fully reviewed"}
SHOWS = ("all", "contradicted", "unverifiable", "supported", "open")
# A filter menu offers at most this many values (the most common); the search box finds the rest.
MENU_SIZE = 40
_MONTHS = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
}
# Words that say nothing about what a figure measures on their own ("the", "a year", "per cent").
_EMPTY = _MONTHS | {
    "the", "and", "for", "per", "cent", "percent", "year", "years", "its", "their", "that", "this", "with",
    "from", "than", "over", "last", "next", "quarter", "month", "week", "day", "total",
}
_WORD = re.compile(r"[^\W\d_]{3,}")


@dataclass(frozen=True)
class ListState:
    """The overview's state in force: the store query and the page number (from 1)."""

    query: ArticleQuery
    page: int = 1

    def params(self, **changes: object) -> dict[str, str]:
        """The non-default parts as query parameters; `changes` override fields (page included)."""
        query = replace(self.query, **{k: v for k, v in changes.items() if k != "page"})
        page = int(changes.get("page", self.page))  # type: ignore[arg-type]
        pairs = {
            "verdict": query.verdict,
            "entity": query.entity,
            "metric": query.metric,
            "q": query.search,
            "status": query.status,
            "sort": None if query.sort == "flagged" else query.sort,
            "page": str(page) if page > 1 else None,
        }
        return {name: value for name, value in pairs.items() if value}

    def href(self, path: str = "/", **changes: object) -> str:
        """`path` with the state (and `changes`) as its query string."""
        params = self.params(**changes)
        return f"{path}?{urlencode(params)}" if params else path

    @property
    def filtered(self) -> bool:
        """True when anything narrows the list (sort and page do not)."""
        q = self.query
        return any((q.verdict, q.entity, q.metric, q.search, q.status))


def list_state(params: Mapping[str, str]) -> ListState:
    """Read the list state from query parameters, refusing values the menus never offer (400).

    params (Mapping[str, str]): the request's query parameters; empty values mean "any".
    RETURNS (ListState): the state.
    """
    verdict = params.get("verdict") or None
    if verdict and verdict not in VERDICTS:
        raise HTTPException(400, f"Unknown verdict {verdict!r}: expected one of {', '.join(VERDICTS)}.")
    sort = params.get("sort") or "flagged"
    if sort not in SORTS:
        raise HTTPException(400, f"Unknown sort {sort!r}: expected one of {', '.join(SORTS)}.")
    status = params.get("status") or None
    if status and status not in STATUSES:
        raise HTTPException(400, f"Unknown status {status!r}: expected one of {', '.join(STATUSES)}.")
    try:
        page = max(1, int(params.get("page") or 1))
    except ValueError:
        page = 1
    search = " ".join((params.get("q") or "").split())[:200] or None
    query = ArticleQuery(
        verdict=verdict,  # type: ignore[arg-type]
        entity=(params.get("entity") or "").strip() or None,
        metric=(params.get("metric") or "").strip() or None,
        search=search,
        status=status,
        sort=sort,
    )
    return ListState(query, page)


def sane(value: str) -> bool:
    """Tell whether a metric or entity is worth a menu entry: a word of three letters or more that is
    not a month, weekday or filler ("the", "a year"), starting with a letter or digit (not ".",
    "-mile project", "April")."""
    value = value.strip()
    if not value or not (value[0].isalnum()):
        return False
    words = [word.lower() for word in _WORD.findall(value)]
    return bool(words) and not all(word in _EMPTY for word in words)


def menu(counts: list[tuple[str, int]], selected: Optional[str], *, size: int = MENU_SIZE) -> list[tuple[str, int]]:
    """The entries of one filter menu: sane values on more than one claim, most claims first, at
    most `size` of them; the selected value always stays.

    counts (list[tuple[str, int]]): (value, claims) pairs, most claims first.
    selected (str | None): the value in force.
    RETURNS (list[tuple[str, int]]): the entries.
    """
    several = len(counts) > 1
    kept = [(value, n) for value, n in counts if sane(value) and (n > 1 or not several or len(counts) < size)]
    kept = kept[:size]
    if selected and all(value != selected for value, _ in kept):
        kept.insert(0, (selected, dict(counts).get(selected, 0)))
    return kept
